"""How the handout preview follows the window: the layout and tracking choices, each fresh render and what it
warns of, and the page of the exercise chosen in the plan.

The preview panel only shows; the renderer only renders.  This is the glue between them and the plan:
kept apart from the main window so that the window's own module stays a list of its parts.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from designer.domain import Layout
from designer.pdf.warnings import WarningKind

from . import commands
from . import settings as keys
from .document import PlanDocument
from .handout_actions import HandoutActions
from .plan_editor import PlanEditor
from .settings import WindowSettings
from .widgets.banner import Banner
from .widgets.preview_panel import PreviewPanel
from .workers import PreviewRenderer

HANDOUT_BANNER = "handout"  # the banner's key for what the handout lacks
QUIET_WARNINGS = {WarningKind.NO_LOGO}  # said under the preview, not in the banner
# What the clinic's own settings put right, in the words of one short banner line ("The handout ... and ...").
CLINIC_SET_UP = {
    WarningKind.PLACEHOLDER_CLINIC_NAME: "is headed \u201cYour Clinic\u201d",
    WarningKind.NO_CONTACT: "has no booking details",
}


def in_window(warning: str) -> str:
    """A handout warning as the window says it: how to put it right in the window, not on the command line."""
    return str(getattr(warning, "in_window", warning))


class PreviewLink:
    """Connects the preview panel and its renderer to the plan being edited and to the banner."""

    def __init__(
        self,
        panel: PreviewPanel,
        renderer: PreviewRenderer,
        document: PlanDocument,
        editor: PlanEditor,
        handouts: HandoutActions,
        banner: Banner,
        settings: WindowSettings,
        open_clinic_settings: Callable[[], None] | None = None,
    ) -> None:
        self.panel = panel
        self.open_clinic_settings = open_clinic_settings
        self.document = document
        self.editor = editor
        self.handouts = handouts
        self.banner = banner
        self.settings = settings
        panel.layoutChosen.connect(self._layout_chosen)
        panel.trackingToggled.connect(self._tracking_toggled)
        panel.appointmentChanged.connect(lambda: handouts.request_preview(at_once=True))
        # Under the preview only what the banner leaves out (a missing logo): the rest is said once, above.
        renderer.rendered.connect(
            lambda result: panel.show_pdf(
                result.pdf, [in_window(w) for w in result.warnings if getattr(w, "kind", None) in QUIET_WARNINGS]
            )
        )
        renderer.rendered.connect(lambda result: self._handout_warnings(result.warnings))
        renderer.rendered.connect(lambda _result: self._turn_to_waiting())
        self._waiting = 0  # an exercise chosen before its handout was drawn: turned to once it is
        renderer.failed.connect(panel.show_problem)
        editor.selectionChanged.connect(self._turn_to_selected)

    def plan_changed(self) -> None:
        """Show the plan's own layout choice, without announcing it as a change."""
        plan = self.document.plan
        if plan is not None:
            self.panel.set_choices(plan.layout, self.panel.tracking.isChecked())

    def _layout_chosen(self, value: str) -> None:
        self.settings.set_text(keys.LAST_LAYOUT, value)
        if self.document.plan is not None and self.document.plan.layout.value != value:
            self.document.push(commands.change_layout(self.document, Layout(value)))
        else:
            self.handouts.request_preview()

    def _tracking_toggled(self, on: bool) -> None:
        self.settings.set_flag(keys.TRACKING, on)
        self.handouts.request_preview(at_once=True)

    def _handout_warnings(self, warnings: list[Any]) -> None:
        """What makes the handout wrong (the placeholder clinic name, letters no font has, an empty plan) goes in
        the banner, unless the banner tells of something that matters more (a plan not saved).  A missing logo is
        said under the preview only: the handout is right without one, and the banner would nag every session."""
        if self.banner.key not in ("", HANDOUT_BANNER):
            return
        warnings = [warning for warning in warnings if getattr(warning, "kind", None) not in QUIET_WARNINGS]
        kinds = {getattr(warning, "kind", None) for warning in warnings}
        if warnings and kinds <= set(CLINIC_SET_UP) and self.open_clinic_settings is not None:
            # Only the clinic's own details are missing: one short line (the window is short of height on a small
            # screen) and the button that puts it right.
            missing = " and ".join(CLINIC_SET_UP[kind] for kind in CLINIC_SET_UP if kind in kinds)
            self.banner.show_message(
                f"The handout {missing}: set the clinic's details in Clinic settings.",
                key=HANDOUT_BANNER,
                action="Clinic settings\u2026",
                on_action=self.open_clinic_settings,
            )
        elif warnings:
            self.banner.show_message("The handout: " + " ".join(map(in_window, warnings)), key=HANDOUT_BANNER)
        else:
            self.banner.clear(HANDOUT_BANNER)

    def _turn_to_selected(self) -> None:
        """The preview turns to the page of the exercise chosen in the plan (numbered as the handout numbers)."""
        items, _stages = self.editor.selected()
        plan = self.document.plan
        if len(items) != 1 or plan is None:
            return
        ordered = [item.id for item in plan.in_reading_order()]
        if items[0] in ordered:
            number = ordered.index(items[0]) + 1
            self._waiting = 0 if self.panel.show_exercise(number) else number

    def _turn_to_waiting(self) -> None:
        number, self._waiting = self._waiting, 0
        if number:
            self.panel.show_exercise(number)
