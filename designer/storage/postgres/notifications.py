"""Hearing other desks' changes as they happen: PostgreSQL's LISTEN/NOTIFY.

Every change the PostgreSQL store commits sends a small JSON note on the ``designer_changes`` channel (what
changed, its id, the plan's new revision, and which desk made it).  A ``ChangeListener`` holds one connection of
its own, listens on that channel in a background thread, and calls ``on_change`` for each note from another desk;
the window can subscribe with it to refresh its lists and an open plan that is not being edited.  When the server
goes away the listener says so through ``on_connection(False)``, keeps trying, and says ``True`` when it is back.

    listener = ChangeListener(repository.address, on_change=print, ignore_desk=repository.desk)
    listener.start()
    ...
    listener.stop()
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

import psycopg

from .connection import DatabaseAddress

log = logging.getLogger(__name__)

CHANNEL = "designer_changes"  # the one channel every desk's store notifies and listens on

POLL_SECONDS = 0.5  # how often the thread looks up from waiting to see whether it should stop
RETRY_SECONDS = 2.0  # how soon it tries again after losing the server


@dataclass(frozen=True)
class Change:
    """One committed change on another desk: ``kind`` is client, plan, sent, clinic, exercise or template."""

    kind: str
    id: str
    desk: str
    revision: int | None = None

    @classmethod
    def from_payload(cls, payload: str) -> Change | None:
        try:
            note = json.loads(payload)
            revision = note.get("revision")
            return cls(str(note["kind"]), str(note["id"]), str(note.get("desk", "")), revision)
        except (ValueError, KeyError, TypeError, AttributeError):
            return None  # a note we did not write: not ours to act on


class ChangeListener:
    """Listens for committed changes on a connection of its own, in a background thread."""

    def __init__(
        self,
        address: DatabaseAddress,
        on_change: Callable[[Change], None],
        *,
        ignore_desk: str = "",
        on_connection: Callable[[bool], None] | None = None,
    ) -> None:
        self.address = address
        self.on_change = on_change
        self.on_connection = on_connection
        self.ignore_desk = ignore_desk  # this desk's own changes need no refresh
        self._stop = threading.Event()
        self._listening = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self, *, wait: float = 10.0) -> None:
        """Start listening; returns once the first LISTEN is in place (or ``wait`` seconds have passed)."""
        self._thread = threading.Thread(target=self._run, name="designer-change-listener", daemon=True)
        self._thread.start()
        self._listening.wait(wait)

    @property
    def listening(self) -> bool:
        return self._listening.is_set()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=POLL_SECONDS * 4)
            self._thread = None

    def _run(self) -> None:
        connected: bool | None = None
        while not self._stop.is_set():
            try:
                with psycopg.connect(self.address.conninfo(), autocommit=True) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self._listening.set()
                    if connected is not True:
                        connected = True
                        self._tell_connection(True)
                    while not self._stop.is_set():
                        for note in conn.notifies(timeout=POLL_SECONDS):
                            self._deliver(note.payload)
            except psycopg.Error as error:
                self._listening.clear()
                if connected is not False:
                    connected = False
                    log.info("lost the shared database while listening: %s", error)
                    self._tell_connection(False)
                self._stop.wait(RETRY_SECONDS)

    def _deliver(self, payload: str) -> None:
        change = Change.from_payload(payload)
        if change is None or (self.ignore_desk and change.desk == self.ignore_desk):
            return
        try:
            self.on_change(change)
        except Exception:  # a subscriber's mistake must not stop the listening
            log.exception("a change listener failed")

    def _tell_connection(self, connected: bool) -> None:
        if self.on_connection is not None:
            try:
                self.on_connection(connected)
            except Exception:
                log.exception("a connection listener failed")
