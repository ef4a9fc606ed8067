"""Following other desks on a shared database: their changes reach this window within moments, and a server
that goes away is said plainly.

The shared store announces every committed change (``designer/storage/postgres/notifications.py``); here a
listener's notes come back to the window's thread as Qt signals.  The client list is read again; the open plan
is read again too when another desk saved it and it has no unsaved edits here (with unsaved edits, the next save
is refused and the therapist chooses, see ``plan_session.py``).  On the data folder there are no other desks and
nothing is started.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from designer.storage import StoreError

if TYPE_CHECKING:
    from .main_window import MainWindow

AWAY_BANNER = "shared-database-away"


class OtherDesks(QObject):
    """Listens for other desks' changes (only on a shared database) and keeps the window up to date."""

    changed = Signal(object)  # a notifications.Change, delivered on the window's thread
    connection = Signal(bool)  # whether the server can be reached

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._listener: Any = None
        self.changed.connect(self._changed)
        self.connection.connect(self._connection)
        listen = getattr(window.repository, "listen", None)
        if callable(listen):
            # Edits kept on this computer when the server was last away: saved before any plan is opened.
            self.save_kept_edits()
            # Emitted on the listener's thread; Qt queues each signal to this object's thread, the window's.
            self._listener = listen(self.changed.emit, on_connection=self.connection.emit)

    @property
    def following(self) -> bool:
        return self._listener is not None

    def stop(self) -> None:
        listener, self._listener = self._listener, None
        if listener is not None:
            listener.stop()

    def _changed(self, change: Any) -> None:
        window = self._window
        if window.state.closing:
            return
        if change.kind in ("client", "plan", "sent", "import", "everything"):
            window.clients.refresh_clients()
        plan = window.document.plan
        if change.kind == "plan" and plan is not None and change.id == plan.id and not window.document.modified:
            if change.revision is not None and change.revision <= plan.revision:
                return  # this very version is open already
            try:
                fresh = window.repository.get_plan(plan.id)
            except StoreError:
                return  # deleted there, or the server went away: the window keeps what it shows
            window.session.load(fresh.id, window.document.client)
            window.state.say(f"\u201c{fresh.title}\u201d was updated on another desk at {_local_time(fresh.updated)}.")

    def save_kept_edits(self) -> str:
        """Save the edits kept on this computer while the server was away (not the open plan's while the window has
        edits of its own to it: the window's retry saves those); what was done, in words ("" for nothing)."""
        window = self._window
        kept = getattr(window.repository, "unsaved_edits", None)
        if kept is None:
            return ""
        from designer.storage.postgres.unsaved import save_kept_edits

        plan = window.document.plan
        # The open plan is left to the window's own retry only while the window holds edits of it; a plan merely
        # reopened at start (its kept edits are newer than what the window shows) is saved here and shown again.
        mine = plan.id if plan is not None and window.document.modified else ""
        done = save_kept_edits(window.repository, kept, open_plan=mine)
        if plan is not None and not mine and any(saved.id == plan.id for saved in done.saved):
            window.session.load(plan.id, window.document.client)
        said = done.summary()
        if said:
            window.clients.refresh_clients()
            window.state.say(said, 15_000)
        return said

    def _connection(self, connected: bool) -> None:
        banner = self._window.banner
        if connected:
            banner.clear(AWAY_BANNER)
            self.save_kept_edits()
            return
        banner.show_message(
            f"{self._window.repository.location[:1].upper()}{self._window.repository.location[1:]} cannot be "
            "reached just now. Your changes stay in this window and are saved when the server is back; the "
            "designer keeps trying.",
            key=AWAY_BANNER,
            error=True,
            dismissable=False,
        )


def _local_time(stamp: str) -> str:
    try:
        return f"{dt.datetime.fromisoformat(stamp).astimezone():%H:%M}"
    except ValueError:
        return "a moment ago"
