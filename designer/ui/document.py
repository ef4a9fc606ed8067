"""The plan being edited: its current value, its client, and the undo stack.

``Plan`` is immutable, so the document simply holds the latest value; every
edit is a command on the undo stack that swaps one value for the next
(see ``commands.py``).  "Unsaved" means the plan differs from the plan as last
saved (or opened): an undo back to the saved plan is saved again.  (Not the undo
stack's clean state: the window saves after every edit, and a stack marked clean
after each keystroke would no longer merge typing into one undo step.)

Each plan has its own undo stack, kept in one ``QUndoGroup`` while the window is open: going to another plan and
back leaves the first plan's history as it was (unless the plan was changed elsewhere meanwhile).  ``selection``
is the ids of the plan rows selected now, kept up to date by the editor, so that a command can give the selection
back on undo.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoGroup, QUndoStack

from designer.domain import Client, Plan


class PlanDocument(QObject):
    """Holds the open plan; commands change it, the window listens."""

    planChanged = Signal()  # the plan's content changed (an edit, an undo, a redo)
    planLoaded = Signal()  # another plan (or none) was opened
    selectRequested = Signal(list)  # ids of the rows an edit wants selected afterwards
    modifiedChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_group = QUndoGroup(self)
        self._stack = self._new_stack()
        self._kept: dict[str, tuple[QUndoStack, Plan]] = {}  # plan id: its history, and the plan as left
        self._plan: Plan | None = None
        self._client: Client | None = None
        self._saved: Plan | None = None  # the plan as it was last saved or opened
        self._was_modified = False
        self.selection: list[str] = []

    def _new_stack(self) -> QUndoStack:
        stack = QUndoStack(self)
        stack.setUndoLimit(500)
        self.undo_group.addStack(stack)
        self.undo_group.setActiveStack(stack)
        return stack

    @property
    def undo_stack(self) -> QUndoStack:
        """The open plan's undo history."""
        return self._stack

    def _follow_modified(self) -> None:
        modified = self.modified
        if modified != self._was_modified:
            self._was_modified = modified
            self.modifiedChanged.emit(modified)

    @property
    def plan(self) -> Plan | None:
        return self._plan

    @property
    def client(self) -> Client | None:
        return self._client

    @property
    def modified(self) -> bool:
        if self._plan is None:
            return False
        return self._saved is None or not _same_content(self._saved, self._plan)

    def load(self, plan: Plan | None, client: Client | None) -> None:
        """Open a plan (or none) for editing, with the undo history it had when it was last left (if it is still
        as it was then), else a fresh one."""
        if self._plan is not None:
            self._kept[self._plan.id] = (self._stack, self._plan)
        else:
            self._forget(self._stack)  # no plan, so no edits to keep
        kept = self._kept.pop(plan.id, None) if plan is not None else None
        if kept is not None and plan is not None and _same_content(kept[1], plan):
            self._stack = kept[0]
            self.undo_group.setActiveStack(self._stack)
        else:
            if kept is not None:
                self._forget(kept[0])
            self._stack = self._new_stack()
        self.selection = []
        self._plan = plan
        self._saved = plan
        self._follow_modified()
        self._client = client
        self.planLoaded.emit()
        self.planChanged.emit()

    def _forget(self, stack: QUndoStack) -> None:
        self.undo_group.removeStack(stack)
        stack.deleteLater()

    def forget_history(self, plan_id: str) -> None:
        """A plan was deleted or archived: its kept history goes with it."""
        kept = self._kept.pop(plan_id, None)
        if kept is not None:
            self._forget(kept[0])

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
        self._follow_modified()
        self.planChanged.emit()
        if select:
            self.selectRequested.emit(list(select))

    def mark_saved(self, saved: Plan, *, plan_was: Plan) -> None:
        """The store saved ``plan_was`` and returned ``saved``: the plan is saved unless it changed since."""
        if self._plan is None or saved.id != self._plan.id:
            return
        self._plan = replace(self._plan, revision=saved.revision, updated=saved.updated, created=saved.created)
        self._saved = saved if _same_content(plan_was, saved) else plan_was
        self._follow_modified()

    def mark_unsaved(self) -> None:
        """The open plan is not in the store as it is here (its first save failed)."""
        self._saved = None
        self._follow_modified()


def _same_content(left: Plan, right: Plan) -> bool:
    """The same plan, apart from when and how often it was saved."""
    return replace(left, revision=right.revision, updated=right.updated, created=right.created) == right
