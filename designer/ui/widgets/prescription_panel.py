"""The prescription of the selected exercise: sets, reps, hold, duration, tempo, rest, load, side, how often, note.

Every change is pushed as an undoable command as soon as it makes sense
(typing "8-1" on the way to "8-12" waits; the field shows what is wrong in
words).  The tempo is explained in plain words beside its field as it is
typed.  Two buttons swap the exercise for its easier or harder neighbour on
its ladder, keeping the prescription.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from designer.domain import Exercise, PlanItem, Prescription, Range, Side, ValidationError, explain_tempo
from designer.domain.prescription import DURATION_RANGE, HOLD_RANGE, REPS_RANGE, REST_RANGE, Frequency, Tempo

from .. import commands
from ..document import PlanDocument

NOT_SET = "—"


def parse_range(text: str, bounds: tuple[int, int]) -> Range | None:
    """A typed "10" or "8-12"; "" means not set.  Raises ValueError with a plain reason."""
    if not text.strip():
        return None
    return Range.parse(text.strip(), *bounds)


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

        self.subheading = QLabel()
        self.subheading.setObjectName("quiet")
        self.subheading.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)

        self.easier = QToolButton()
        self.harder = QToolButton()
        for button, easier in ((self.easier, True), (self.harder, False)):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
            button.clicked.connect(lambda _checked=False, e=easier: self._swap_first(e))
        swap_row = QHBoxLayout()
        swap_row.addWidget(self.easier)
        swap_row.addWidget(self.harder)
        swap_row.addStretch(1)

        self.sets = QSpinBox()
        self.sets.setRange(1, 20)
        self.reps = QLineEdit()
        self.reps.setPlaceholderText("10 or 8-12")
        self.hold = self._optional_spin(HOLD_RANGE[1], " s")
        self.duration = QLineEdit()
        self.duration.setPlaceholderText("seconds: 30 or 20-30")
        self.tempo = QLineEdit()
        self.tempo.setPlaceholderText("3-1-1")
        self.tempo_words = QLabel()
        self.tempo_words.setObjectName("quiet")
        self.tempo_words.setWordWrap(True)
        self.rest = QSpinBox()
        self.rest.setRange(REST_RANGE[0] - 1, REST_RANGE[1])
        self.rest.setSpecialValueText(NOT_SET)
        self.rest.setSuffix(" s")
        self.rest.setSingleStep(15)
        self.load = QLineEdit()
        self.load.setPlaceholderText("e.g. 8 kg kettlebell, light band")
        self.side = QComboBox()
        for side, label in ((Side.BOTH, "Both"), (Side.EACH, "Each side"), (Side.LEFT, "Left only"),
                            (Side.RIGHT, "Right only")):
            self.side.addItem(label, side.value)
        self.times_a_day = self._optional_spin(10, "")
        self.times_a_day.setSuffix(" a day")
        self.days_a_week = self._optional_spin(7, "")
        self.days_a_week.setSuffix(" days a week")
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText("A note for this client (printed under the exercise)")
        self.note.setFixedHeight(52)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)

        often_row = QHBoxLayout()
        often_row.addWidget(self.times_a_day)
        often_row.addWidget(self.days_a_week)
        often_row.addStretch(1)

        # Two columns of short fields, so the whole prescription fits under the plan without scrolling.
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 3)
        for narrow in (self.sets, self.hold, self.rest, self.tempo):
            narrow.setMaximumWidth(120)
        rows: list[tuple[str, QWidget, str, QWidget]] = [
            ("Sets", self.sets, "Reps", self.reps),
            ("Hold", self.hold, "Duration", self.duration),
            ("Rest", self.rest, "Side", self.side),
            ("Tempo", self.tempo, "", self.tempo_words),
        ]
        for row, (left_label, left, right_label, right) in enumerate(rows):
            grid.addWidget(self._label(left_label), row, 0)
            grid.addWidget(left, row, 1)
            if right_label:
                grid.addWidget(self._label(right_label), row, 2)
                grid.addWidget(right, row, 3)
            else:
                grid.addWidget(right, row, 2, 1, 2)
        grid.addWidget(self._label("Load"), 4, 0)
        grid.addWidget(self.load, 4, 1, 1, 3)
        grid.addWidget(self._label("How often"), 5, 0)
        grid.addLayout(often_row, 5, 1, 1, 3)
        grid.addWidget(self._label("Note"), 6, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.note, 6, 1, 1, 3)

        header = QHBoxLayout()
        header.addWidget(self.heading)
        header.addWidget(self.subheading, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(header)
        layout.addLayout(swap_row)
        layout.addLayout(grid)
        layout.addWidget(self.problem)
        layout.addStretch(1)

        self.sets.valueChanged.connect(lambda _v: self._edit("sets"))
        self.reps.textEdited.connect(lambda _t: self._edit("reps"))
        self.hold.valueChanged.connect(lambda _v: self._edit("hold"))
        self.duration.textEdited.connect(lambda _t: self._edit("duration"))
        self.tempo.textEdited.connect(self._tempo_typed)
        self.rest.valueChanged.connect(lambda _v: self._edit("rest"))
        self.load.textEdited.connect(lambda _t: self._edit("load"))
        self.side.currentIndexChanged.connect(lambda _i: self._edit("side"))
        self.times_a_day.valueChanged.connect(lambda _v: self._edit("how often"))
        self.days_a_week.valueChanged.connect(lambda _v: self._edit("how often"))
        self.note.textChanged.connect(self._note_typed)
        document.planChanged.connect(self.refresh)

    @staticmethod
    def _label(text: str) -> QLabel:
        label = QLabel(text)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return label

    @staticmethod
    def _optional_spin(maximum: int, suffix: str) -> QSpinBox:
        box = QSpinBox()
        box.setRange(0, maximum)
        box.setSpecialValueText(NOT_SET)  # 0 shows as "—": not part of this prescription
        box.setSuffix(suffix)
        return box

    # -- showing an item -------------------------------------------------------------

    @property
    def item_id(self) -> str:
        return self._item_id

    def show_item(self, item_id: str) -> None:
        self._item_id = item_id
        self.problem.clear()
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
        p = item.prescription
        self._loading = True
        try:
            self.sets.setValue(p.sets)
            self._set_text(self.reps, p.reps, lambda text: parse_range(text, REPS_RANGE))
            self.hold.setValue(p.hold_seconds or 0)
            self._set_text(self.duration, p.duration, lambda text: parse_range(text, DURATION_RANGE))
            self._set_text(self.tempo, p.tempo, lambda text: str(Tempo.parse(text)) if text.strip() else "")
            self.rest.setValue(-1 if p.rest_seconds is None else p.rest_seconds)
            if self.load.text().strip() != p.load:
                self.load.setText(p.load)
            self.side.setCurrentIndex(self.side.findData(p.side.value))
            self.times_a_day.setValue(p.frequency.times_a_day or 0)
            self.days_a_week.setValue(p.frequency.days_a_week or 0)
            if self.note.toPlainText().strip() != item.note:
                self.note.setPlainText(item.note)
        finally:
            self._loading = False
        self.tempo_words.setText(explain_tempo(self.tempo.text()))

    @staticmethod
    def _set_text(field: QLineEdit, value: Any, parse: Callable[[str], Any]) -> None:
        try:
            if parse(field.text()) == value:
                return
        except ValueError:
            pass
        shown = "" if value is None else str(value)
        field.setText(shown.replace("–", "-"))

    def _show_ladder(self, exercise: Exercise | None) -> None:
        for button, ids, easier in ((self.easier, exercise.regressions if exercise else (), True),
                                    (self.harder, exercise.progressions if exercise else (), False)):
            neighbours = [found for found in map(self._exercise, ids) if found is not None]
            button.setEnabled(bool(neighbours))
            if not neighbours:
                button.setText("No easier version" if easier else "No harder version")
                button.setMenu(None)  # type: ignore[arg-type]  # Qt takes no menu as "none"
                button.setPopupMode(QToolButton.ToolButtonPopupMode.DelayedPopup)
                continue
            arrow = "◀ Easier: " if easier else "Harder: "
            button.setText(f"{arrow}{neighbours[0].name}{'' if easier else ' ▶'}")
            button.setToolTip("Swap for this exercise; the prescription stays as it is")
            if len(neighbours) > 1:
                menu = QMenu(button)
                for other in neighbours:
                    menu.addAction(other.name, partial(self.swap_to, other, easier))
                button.setMenu(menu)
                button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
            else:
                button.setMenu(None)  # type: ignore[arg-type]  # Qt takes no menu as "none"
                button.setPopupMode(QToolButton.ToolButtonPopupMode.DelayedPopup)

    # -- editing ------------------------------------------------------------------------

    def _swap_first(self, easier: bool) -> None:
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

    def _tempo_typed(self, text: str) -> None:
        self.tempo_words.setText(explain_tempo(text))
        self._edit("tempo")

    def _note_typed(self) -> None:
        if self._loading or self._item() is None:
            return
        note = self.note.toPlainText().strip()
        item = self._item()
        if item is not None and note != item.note:
            self._document.push(commands.change_note(self._document, self._item_id, note))

    def _read(self, current: Prescription) -> Prescription:
        """The prescription the fields describe; raises ValueError naming the field that is wrong."""
        try:
            reps = parse_range(self.reps.text(), REPS_RANGE)
        except ValueError as error:
            raise ValueError(f"Reps {error}") from None
        try:
            duration = parse_range(self.duration.text(), DURATION_RANGE)
        except ValueError as error:
            raise ValueError(f"Duration {error}") from None
        tempo_text = self.tempo.text().strip()
        try:
            tempo = str(Tempo.parse(tempo_text)) if tempo_text else ""
        except ValueError as error:
            raise ValueError(f"Tempo {error}") from None
        try:
            return replace(
                current,
                sets=self.sets.value(),
                reps=reps,
                hold_seconds=self.hold.value() or None,
                duration=duration,
                tempo=tempo,
                rest_seconds=None if self.rest.value() < 0 else self.rest.value(),
                load=" ".join(self.load.text().split()),
                side=Side(self.side.currentData()),
                frequency=Frequency(self.times_a_day.value() or None, self.days_a_week.value() or None),
            )
        except ValidationError as error:
            raise ValueError(str(error)) from None

    def _edit(self, field: str) -> None:
        if self._loading:
            return
        item = self._item()
        if item is None:
            return
        try:
            prescription = self._read(item.prescription)
        except ValueError as error:
            self.problem.setText(str(error))
            return
        self.problem.clear()
        if prescription != item.prescription:
            self._document.push(commands.change_prescription(self._document, self._item_id, prescription, field))
