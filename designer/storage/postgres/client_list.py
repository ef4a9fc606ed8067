"""The list of every client, kept on this desk between changes, so the window's client list is instant at 10,000
clients instead of a 10,000-row query each time.

The list is trusted only while this desk is listening for other desks' changes (``notifications.py``): any
committed change, this desk's own as soon as it commits and another desk's as soon as its note arrives, makes the
next listing read the database again.  Without a listener (the server away, or not yet listening) nothing is kept
and every listing asks the server, so a list is never older than the notes that have reached this desk.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from ..index import ClientSummary
from .connection import DatabaseAddress
from .notifications import Change, ChangeListener


class ClientListCache:
    """Everyday and archived client lists, each with the change count it was read at."""

    def __init__(self, address: DatabaseAddress) -> None:
        self._address = address
        self._lock = threading.Lock()
        self._changes = 0  # bumped by every committed change this desk hears of
        self._lists: dict[bool, tuple[int, list[ClientSummary]]] = {}
        self._listener: ChangeListener | None = None
        self._connected = False
        self._listings = 0

    def listing(self, archived: bool, read: Callable[[], list[ClientSummary]]) -> list[ClientSummary]:
        """The clients (``archived`` or in everyday use), from this desk's copy when no change came since."""
        self._listings += 1
        if self._listings == 2:  # a window lists again and again; a one-off command never needs the listener
            self._start_listening()
        with self._lock:
            seen = self._changes
            kept = self._lists.get(archived)
            if self._connected and kept is not None and kept[0] == seen:
                return list(kept[1])
        fresh = read()
        with self._lock:
            if self._connected and self._changes == seen:  # nothing changed while we read: worth keeping
                self._lists[archived] = (seen, fresh)
        return list(fresh)

    def changed(self) -> None:
        """A change was committed (by this desk, or heard from another): the next listing reads again."""
        with self._lock:
            self._changes += 1
            self._lists.clear()

    def close(self) -> None:
        with self._lock:
            listener, self._listener = self._listener, None
            self._connected = False
            self._lists.clear()
        if listener is not None:
            listener.stop()

    def _start_listening(self) -> None:
        with self._lock:
            if self._listener is not None:
                return
            self._listener = ChangeListener(self._address, self._heard, on_connection=self._connection)
        self._listener.start(wait=0)  # the first listings ask the server; the copy is used once listening

    def _heard(self, change: Change) -> None:
        if change.kind not in ("clinic", "exercise", "template"):  # those never show in a client's summary
            self.changed()

    def _connection(self, connected: bool) -> None:
        # Notes sent while the listener was away are lost, so what was kept is dropped either way.
        with self._lock:
            self._connected = connected
            self._changes += 1
            self._lists.clear()
