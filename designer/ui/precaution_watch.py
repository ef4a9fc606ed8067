"""Tells the therapist, in the banner and the status bar, when an exercise in the open plan does not suit the client.

It follows the open plan: an exercise added (from the library, by drag and drop, from a template), a plan opened,
or a client's conditions changed.  Each clash is told once when it appears; the plan's rows keep showing it
(``PrecautionRole`` of the plan model).  The plan is never changed: the therapist decides.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from designer.workflows.precautions import ItemConflict, conflict_summary, plan_conflicts

from .document import PlanDocument
from .widgets.banner import Banner
from .window_state import WindowState

PRECAUTION_BANNER = "precautions"  # the banner's key for the precaution warning


class PrecautionWatch(QObject):
    """Shows a precaution warning when a clash between the plan and the client's conditions first appears."""

    def __init__(self, document: PlanDocument, state: WindowState, banner: Banner) -> None:
        super().__init__(state.window)
        self._document = document
        self._state = state
        self._banner = banner
        self._told: set[tuple[str, str]] = set()  # (plan item id, condition id) already told
        document.planLoaded.connect(self._told.clear)
        document.planChanged.connect(self.check)

    def conflicts(self) -> list[ItemConflict]:
        """The clashes in the open plan now."""
        plan = self._document.plan
        if plan is None:
            return []
        return plan_conflicts(plan, self._document.client, self._state.exercises.get)

    def check(self) -> None:
        """Tell the clashes not told yet; take the warning away when none is left in the plan."""
        conflicts = self.conflicts()
        new = [c for c in conflicts if (c.item_id, c.conflict.condition.id) not in self._told]
        self._told = {(c.item_id, c.conflict.condition.id) for c in conflicts} | self._told
        if not conflicts:
            self._banner.clear(PRECAUTION_BANNER)
            return
        if not new:
            return
        text = conflict_summary(new)
        self._state.say(text, 15_000)
        # The banner holds one message: a message about saving the plan matters more, so it is not covered.
        if self._banner.isHidden() or self._banner.key in ("", PRECAUTION_BANNER):
            self._banner.show_message(text, key=PRECAUTION_BANNER)
