"""The plan being edited: its current value, its client, and the undo stack.

``Plan`` is immutable, so the document simply holds the latest value; every
edit is a command on the undo stack that swaps one value for the next
(see ``commands.py``).  "Unsaved" means the stack is not clean: a successful
save marks it clean, an undo after a save makes it unsaved again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from designer.domain import Client, Plan


class PlanDocument(QObject):
    """Holds the open plan; commands change it, the window listens."""

    planChanged = Signal()  # the plan's content changed (an edit, an undo, a redo)
    planLoaded = Signal()  # another plan (or none) was opened
    selectRequested = Signal(list)  # ids of the rows an edit wants selected afterwards
    modifiedChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(500)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self._plan: Plan | None = None
        self._client: Client | None = None

    def _clean_changed(self, clean: bool) -> None:
        self.modifiedChanged.emit(not clean)

    @property
    def plan(self) -> Plan | None:
        return self._plan

    @property
    def client(self) -> Client | None:
        return self._client

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    def load(self, plan: Plan | None, client: Client | None) -> None:
        """Open a plan (or none) for editing; the undo history starts afresh."""
        self.undo_stack.clear()
        self._plan = plan
        self._client = client
        self.planLoaded.emit()
        self.planChanged.emit()

    def set_client(self, client: Client | None) -> None:
        """The client's details changed (their name, say): keep the plan, refresh what shows the name."""
        self._client = client
        self.planChanged.emit()

    def push(self, command: QUndoCommand | None) -> None:
        """Do an edit through the undo stack; an edit that changes nothing is not recorded."""
        if command is None or self._plan is None:
            return
        if getattr(command, "after", None) == self._plan:
            return
        self.undo_stack.push(command)

    def apply(self, plan: Plan, select: Sequence[str] = ()) -> None:
        """Called by commands only: make ``plan`` the current value.

        The saved revision and time stay those of the latest save, so undoing
        past a save never makes the stored revision go backwards.
        """
        if self._plan is not None and plan.id == self._plan.id:
            plan = replace(plan, revision=self._plan.revision, updated=self._plan.updated)
        self._plan = plan
        self.planChanged.emit()
        if select:
            self.selectRequested.emit(list(select))

    def mark_saved(self, saved: Plan, *, plan_was: Plan) -> None:
        """The store saved ``plan_was`` and returned ``saved``; mark clean if nothing changed since."""
        if self._plan is None or saved.id != self._plan.id:
            return
        current = replace(self._plan, revision=saved.revision, updated=saved.updated, created=saved.created)
        unchanged_since = self._plan == plan_was
        self._plan = current
        if unchanged_since:
            self.undo_stack.setClean()
