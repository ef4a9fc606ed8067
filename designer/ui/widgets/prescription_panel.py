"""The prescription of the selected exercise: its fields, the ladder buttons and a note for the client.

Every change is pushed as an undoable command as soon as it makes sense
(typing "8-1" on the way to "8-12" waits; the panel shows what is wrong in
words).  The fields themselves are ``PrescriptionFields``, shared with the
exercise dialog.  Two buttons swap the exercise for its easier or harder
neighbour on its ladder, keeping the prescription; they always show the
neighbour's whole name, side by side when they fit and one above the other
when they do not.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from designer.domain import Exercise, PlanItem

from .. import commands
from ..document import PlanDocument
from .elided_label import ElidedLabel
from .flow_row import FlowRow
from .forms import problem_label
from .prescription_fields import FIELD_LABELS, PrescriptionFields

# The undo menu's words for a field ("Change how often" for either of its two boxes).
UNDO_WORDS = {"times_a_day": "how often", "days_a_week": "how often"}


class PrescriptionPanel(QWidget):
    """Edits one plan item's prescription through the document's undo stack."""

    swapped = Signal(str)  # the item's id, after a swap along the ladder

    def __init__(
        self,
        document: PlanDocument,
        exercise: Callable[[str], Exercise | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._exercise = exercise
        self._item_id = ""
        self._loading = False

        self.heading = QLabel()
        self.heading.setObjectName("panelHeading")
        self.subheading = ElidedLabel()
        self.subheading.setObjectName("quiet")
        self.subheading.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

        self.easier = QToolButton()
        self.harder = QToolButton()
        for button, easier in ((self.easier, True), (self.harder, False)):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setObjectName("ladder")
            button.clicked.connect(lambda _checked=False, e=easier: self.swap_first(e))
        # Never narrower than the whole name: a cut-off "Single-… Bridge" is no use to a therapist.
        self.ladder = FlowRow([self.easier, self.harder])

        self.fields = PrescriptionFields(how_often=True)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText("A note for this client, printed under the exercise")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 2 + 16)
        self.fields.add_row("&Note", self.note)
        self.problem = problem_label()
        self.problem.hide()

        header = QHBoxLayout()
        header.setSpacing(8)
        header.addWidget(self.heading)
        header.addWidget(self.subheading, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addWidget(self.ladder)
        # Above the fields, not under them: under, it was cut off at the bottom of the plan's pane.
        layout.addWidget(self.problem)
        layout.addWidget(self.fields)
        layout.addStretch(1)

        self.fields.edited.connect(self._edit)
        self.note.textChanged.connect(self._note_typed)
        document.planChanged.connect(self.refresh)

    # -- showing an item -------------------------------------------------------------

    @property
    def item_id(self) -> str:
        return self._item_id

    def show_item(self, item_id: str) -> None:
        if item_id != self._item_id:  # the same item again (reselected after an edit) keeps a refused value
            self._show_problem("")
        self._item_id = item_id
        self.refresh()

    def _item(self) -> PlanItem | None:
        plan = self._document.plan
        return plan.item(self._item_id) if plan is not None and self._item_id else None

    def refresh(self) -> None:
        """Show the item's current values, leaving alone any field whose text already means them."""
        item = self._item()
        self.setEnabled(item is not None)
        if item is None:
            return
        exercise = self._exercise(item.exercise_id)
        self.heading.setText(exercise.name if exercise else item.exercise_id)
        self.subheading.setText(
            f"{exercise.category} · {exercise.level.label}" if exercise else "This exercise is not in the library."
        )
        self._show_ladder(exercise)
        self._loading = True
        try:
            self.fields.show_prescription(item.prescription, keep=self._refused())
            if self.note.toPlainText().strip() != item.note:
                self.note.setPlainText(item.note)
        finally:
            self._loading = False

    def _show_ladder(self, exercise: Exercise | None) -> None:
        for button, ids, easier in (
            (self.easier, exercise.regressions if exercise else (), True),
            (self.harder, exercise.progressions if exercise else (), False),
        ):
            neighbours = [found for found in map(self._exercise, ids) if found is not None]
            button.setEnabled(bool(neighbours))
            button.setMenu(None)  # type: ignore[arg-type]  # Qt takes no menu as "none"
            button.setPopupMode(QToolButton.ToolButtonPopupMode.DelayedPopup)
            if not neighbours:
                button.setText("No easier version" if easier else "No harder version")
                button.setToolTip("")
                continue
            name = neighbours[0].name
            button.setText(f"Easier: {name}" if easier else f"Harder: {name}")
            button.setToolTip(f"Swap for {name}; the sets, reps and the rest of the prescription stay as they are")
            if len(neighbours) > 1:
                menu = QMenu(button)
                for other in neighbours:
                    menu.addAction(other.name, partial(self.swap_to, other, easier))
                button.setMenu(menu)
                button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.ladder.fit()

    def fit(self, width: int) -> None:
        """Arrange the ladder buttons and the fields for ``width`` now (before the panel is shown at it),
        so that its height can be measured."""
        self.ladder.fit(width)
        self.fields.fit(width)

    # -- editing ------------------------------------------------------------------------

    def swap_first(self, easier: bool) -> None:
        item = self._item()
        exercise = self._exercise(item.exercise_id) if item else None
        if exercise is None:
            return
        ids = exercise.regressions if easier else exercise.progressions
        target = next((found for found in map(self._exercise, ids) if found is not None), None)
        if target is not None:
            self.swap_to(target, easier)

    def swap_to(self, exercise: Exercise, easier: bool) -> None:
        if self._item() is None:
            return
        self._document.push(commands.swap_exercise(self._document, self._item_id, exercise, easier))
        self.swapped.emit(self._item_id)

    def _note_typed(self) -> None:
        item = self._item()
        if self._loading or item is None:
            return
        note = self.note.toPlainText().strip()
        if note != item.note:
            self._document.push(commands.change_note(self._document, self._item_id, note))

    def _refused(self) -> set[str]:
        """The fields whose typed value was refused: a refresh leaves them as typed, with their reason."""
        if not self.problem.isVisible() and not self.problem.text():
            return set()
        return {name for name in FIELD_LABELS if self.fields_marked(name)}

    def fields_marked(self, name: str) -> bool:
        widget = getattr(self.fields, name, None)
        return isinstance(widget, QWidget) and bool(widget.property("invalid"))

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))  # no empty line's worth of height when all is well
        if not text:
            self.fields.mark({})

    def _edit(self, field: str) -> None:
        """Push what reads well; a value that does not stays in its box, outlined, with its reason in words
        above the fields until it is put right or undone."""
        item = self._item()
        if self._loading or item is None:
            return
        prescription, problems = self.fields.read_what_is_right(item.prescription)
        problems.update(self.fields.refused_numbers())
        self.fields.mark(problems)
        self._show_problem("\n".join(problems.values()))
        if prescription != item.prescription:
            self._document.push(
                commands.change_prescription(self._document, self._item_id, prescription, UNDO_WORDS.get(field, field))
            )
