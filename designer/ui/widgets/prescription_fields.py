"""The fields of a prescription (sets, reps, hold, duration, tempo, rest, load in words and numbers, side, how
often), laid out compactly.

One widget for the two places a prescription is typed: the plan's
prescription panel (one client's exercise) and the exercise dialog (what a
plan starts with).  It reads and shows ``Prescription`` values through the
domain's own plain-data form, so both places check the fields the same way
and say what is wrong in the same words.

The fields are set out two or three to a row, whichever fits the width, so
the prescription takes little height under the plan and the plan keeps room
for its exercises.  The tempo is explained in words beside its field as it is
typed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from designer.domain import Kilograms, Prescription, Range, Side, Tempo, ValidationError, explain_tempo
from designer.domain.dose import (
    DAYS_A_WEEK_RANGE,
    DURATION_RANGE,
    HOLD_RANGE,
    REPS_RANGE,
    REST_RANGE,
    SETS_RANGE,
    TIMES_A_DAY_RANGE,
)
from designer.domain.load import EFFORT_RANGE, IN_RESERVE_RANGE

from .field_grid import FieldGrid
from .forms import choice_box, quiet_label

NOT_SET = "—"

# The domain's field names (as in ``Prescription.to_dict``) in the words on the form.
FIELD_LABELS = {
    "sets": "Sets",
    "reps": "Reps",
    "hold": "Hold",
    "duration": "Duration",
    "tempo": "Tempo",
    "rest": "Rest",
    "load": "Load",
    "load_kg": "Kg",
    "effort": "Effort",
    "reps_in_reserve": "Reps left",
    "side": "Side",
    "times_a_day": "Times a day",
    "days_a_week": "Days a week",
}
SIDE_LABELS = {Side.BOTH: "Both sides", Side.EACH: "Each side", Side.LEFT: "Left only", Side.RIGHT: "Right only"}


# How the cells are set out with two or three fields to a row; a name ending in "*" takes the rest of its row.
ARRANGEMENTS = {
    3: [
        ["sets", "reps", "side"],
        ["hold", "duration", "rest"],
        ["load", "load_kg", "effort"],
        ["tempo", "how_often*"],
        ["tempo_words*"],
    ],
    2: [
        ["sets", "reps"],
        ["hold", "duration"],
        ["rest", "side"],
        ["tempo", "tempo_words*"],
        ["load*"],
        ["load_kg", "effort"],
        ["how_often*"],
    ],
}


def parse_range(text: str, bounds: tuple[int, int]) -> Range | None:
    """A typed "10" or "8-12"; "" means not set.  Raises ValueError with a plain reason."""
    if not text.strip():
        return None
    return Range.parse(text.strip(), *bounds)


def number_box(bounds: tuple[int, int], suffix: str = "", step: int = 1, *, can_be_unset: bool = True) -> QSpinBox:
    """A number box for the domain's ``bounds``; one below them shows as "—": not part of this prescription."""
    box = QSpinBox()
    box.setRange(bounds[0] - 1 if can_be_unset else bounds[0], bounds[1])
    box.setSuffix(suffix)
    box.setSingleStep(step)
    if can_be_unset:
        box.setSpecialValueText(NOT_SET)
    return box


class PrescriptionFields(FieldGrid):
    """Every field of a prescription; ``edited`` names the field the therapist changed.

    ``how_often`` adds the times-a-day and days-a-week boxes (the plan has them; an exercise's
    defaults keep theirs as they were).
    """

    edited = Signal(str)  # the domain's field name ("sets", "reps", …, "times_a_day", "days_a_week")

    def __init__(self, *, how_often: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(ARRANGEMENTS, parent)
        self.setObjectName("prescriptionFields")
        self._how_often = how_often
        self._loading = False

        self.sets = number_box(SETS_RANGE, can_be_unset=False)
        self.reps = QLineEdit()
        self.reps.setPlaceholderText("8-12")
        self.reps.setToolTip("How many times: 10, or a range such as 8-12")
        self.hold = number_box(HOLD_RANGE, " s")
        self.duration = QLineEdit()
        self.duration.setPlaceholderText("20-30 s")
        self.duration.setToolTip("How long, in seconds: 30, or a range such as 20-30")
        self.tempo = QLineEdit()
        self.tempo.setPlaceholderText("3-1-1")
        self.tempo.setToolTip("Seconds down, pause, up: for example 3-1-1")
        self.tempo_words = quiet_label()
        self.tempo_words.hide()  # until there is a tempo to put in words
        self.rest = number_box(REST_RANGE, " s", 15)
        self.load = QLineEdit()
        self.load.setPlaceholderText("e.g. band")  # short: it shares its row with the numbers when wide
        self.load.setToolTip("The load in words: bodyweight, light band, kettlebell (numbers go in Kg and Effort)")
        # The load in numbers: the handout says them in words ("2–4 kg", "effort about 6 out of 10").
        self.load_kg = QLineEdit()
        self.load_kg.setPlaceholderText("2-4")
        self.load_kg.setToolTip("Weight in kilograms: 4, or a range such as 2-4")
        self.effort = number_box(EFFORT_RANGE)  # out of 10: the tooltip says so, and the cell stays narrow
        self.effort.setToolTip("How hard a set should feel, out of 10 (\u2014 when not set)")
        self.effort.setAccessibleName("Effort out of 10")
        self.reps_in_reserve = QLineEdit()
        self.reps_in_reserve.setPlaceholderText("left")
        self.reps_in_reserve.setToolTip("Stop with this many repetitions left in the tank: 2, or a range such as 2-3")
        self.side = choice_box([(label, side.value) for side, label in SIDE_LABELS.items()])
        self.times_a_day = number_box(TIMES_A_DAY_RANGE, " a day")
        self.days_a_week = number_box(DAYS_A_WEEK_RANGE, " days a week")
        # Narrow boxes for short values, so three fit to a row under the plan.
        digits = self.fontMetrics().horizontalAdvance
        for box, widest in (
            (self.sets, "20"),
            (self.hold, "600 s"),
            (self.rest, "600 s"),
            (self.reps, "20-30"),
            (self.duration, "20-30 s"),
            (self.tempo, "3-1-1"),
            (self.load_kg, "2.5-5"),
            (self.effort, "10"),
            (self.reps_in_reserve, "2-3"),
        ):
            box.setMinimumWidth(digits(widest) + (36 if isinstance(box, QSpinBox) else 20))
            box.setMaximumWidth(120)
        self.load.setMinimumWidth(digits("20-30 s") + 20)  # grows with its column
        self.side.setMinimumWidth(digits("Both sides") + 36)

        often = QWidget()
        often_row = QHBoxLayout(often)
        often_row.setContentsMargins(0, 0, 0, 0)
        often_row.addWidget(self.times_a_day)
        often_row.addWidget(self.days_a_week)
        often_row.addStretch(1)
        often.setVisible(how_often)
        self._cells = {
            key: (self.caption(FIELD_LABELS[key], getattr(self, key)), getattr(self, key))
            for key in (
                "sets",
                "reps",
                "side",
                "hold",
                "duration",
                "rest",
                "tempo",
                "load",
                "load_kg",
            )
        }
        # Effort out of 10 and repetitions left in reserve share a cell: both say how hard, and a row is saved.
        how_hard = QWidget()
        how_hard_row = QHBoxLayout(how_hard)
        how_hard_row.setContentsMargins(0, 0, 0, 0)
        how_hard_row.setSpacing(4)
        how_hard_row.addWidget(self.effort)
        how_hard_row.addWidget(self.reps_in_reserve)
        self._cells["effort"] = (self.caption(FIELD_LABELS["effort"], self.effort), how_hard)
        self.reps_in_reserve.setAccessibleName("Repetitions left in reserve")
        self.times_a_day.setAccessibleName("Times a day")
        self.days_a_week.setAccessibleName("Days a week")
        self._cells["tempo_words"] = (None, self.tempo_words)
        # No label of its own (it would widen the label column): the boxes say what they are.
        self.times_a_day.setSpecialValueText(f"{NOT_SET} a day")
        self.days_a_week.setSpecialValueText(f"{NOT_SET} days a week")
        often.setToolTip("How often: times a day, and days a week (\u2014 when it does not matter)")
        self._cells["how_often"] = (None, often)

        if not how_often:
            self.left_out.add("how_often")
        self._arrange(2)

        self.sets.valueChanged.connect(lambda _v: self._changed("sets"))
        self.reps.textChanged.connect(lambda _t: self._changed("reps"))
        self.hold.valueChanged.connect(lambda _v: self._changed("hold"))
        self.duration.textChanged.connect(lambda _t: self._changed("duration"))
        self.tempo.textChanged.connect(self._tempo_changed)
        self.rest.valueChanged.connect(lambda _v: self._changed("rest"))
        self.load.textChanged.connect(lambda _t: self._changed("load"))
        self.load_kg.textChanged.connect(lambda _t: self._changed("load_kg"))
        self.effort.valueChanged.connect(lambda _v: self._changed("effort"))
        self.reps_in_reserve.textChanged.connect(lambda _t: self._changed("reps_in_reserve"))
        self.side.currentIndexChanged.connect(lambda _i: self._changed("side"))
        self.times_a_day.valueChanged.connect(lambda _v: self._changed("times_a_day"))
        self.days_a_week.valueChanged.connect(lambda _v: self._changed("days_a_week"))
        for name in ("sets", "hold", "rest", "times_a_day", "days_a_week"):
            # A typed value the box will not take (Sets 0) changes no value: say so as it is typed.
            box = getattr(self, name)
            edit = box.findChild(QLineEdit)
            if edit is not None:
                edit.textEdited.connect(lambda _t, n=name: self._changed(n))

    # -- showing and reading ---------------------------------------------------------------

    def show_prescription(self, prescription: Prescription, keep: set[str] | frozenset[str] = frozenset()) -> None:
        """Show a prescription, leaving alone any field whose text already means its value, and the fields in
        ``keep`` (a refused value, kept in view with its reason until it is put right).

        (Typing "8-1" on the way to "8-12" is never overwritten by a refresh.)
        """
        p = prescription
        self._loading = True
        try:
            if "sets" not in keep:
                self.sets.setValue(p.sets)
            if "reps" not in keep:
                self._set_text(self.reps, p.reps, lambda text: parse_range(text, REPS_RANGE))
            self.hold.setValue(p.hold_seconds or 0)
            if "duration" not in keep:
                self._set_text(self.duration, p.duration, lambda text: parse_range(text, DURATION_RANGE))
            if "tempo" not in keep:
                self._set_text(self.tempo, p.tempo, lambda text: str(Tempo.parse(text)) if text.strip() else "")
            self.rest.setValue(-1 if p.rest_seconds is None else p.rest_seconds)
            if " ".join(self.load.text().split()) != p.load:
                self.load.setText(p.load)
                self.load.setCursorPosition(0)  # the start of a long load, not its end
            self._set_text(self.load_kg, p.load_kg, lambda text: Kilograms.parse(text) if text.strip() else None)
            self.effort.setValue(p.effort or 0)
            self._set_text(self.reps_in_reserve, p.in_reserve, lambda text: parse_range(text, IN_RESERVE_RANGE))
            self.side.setCurrentIndex(self.side.findData(p.side.value))
            self.times_a_day.setValue(p.frequency.times_a_day or 0)
            self.days_a_week.setValue(p.frequency.days_a_week or 0)
        finally:
            self._loading = False
        self._explain_tempo(self.tempo.text())

    def _explain_tempo(self, tempo: str) -> None:
        """The tempo in words under the fields ("3 s down, ..."), and no empty line there when it has none."""
        words = explain_tempo(tempo)
        self.tempo_words.setText(words)
        self.tempo_words.setVisible(bool(words))

    @staticmethod
    def _set_text(field: QLineEdit, value: Any, parse: Callable[[str], Any]) -> None:
        try:
            if parse(field.text()) == value:
                return
        except ValueError:
            pass
        shown = "" if value is None else str(value)
        field.setText(shown.replace("–", "-"))

    def values(self) -> dict[str, Any]:
        """What the fields say, as the domain's plain data (``Prescription.from_dict`` reads it), unchecked."""
        values: dict[str, Any] = {
            "sets": self.sets.value(),
            "reps": self.reps.text().strip() or None,
            "hold": self.hold.value() or None,
            "duration": self.duration.text().strip() or None,
            "tempo": self.tempo.text().strip(),
            "rest": None if self.rest.value() < 0 else self.rest.value(),
            "load": " ".join(self.load.text().split()),
            "load_kg": self.load_kg.text().strip() or None,
            "effort": self.effort.value() or None,
            "reps_in_reserve": self.reps_in_reserve.text().strip() or None,
            "side": self.side.currentData(),
        }
        if self._how_often:
            values["times_a_day"] = self.times_a_day.value() or None
            values["days_a_week"] = self.days_a_week.value() or None
        return values

    def read_what_is_right(self, base: Prescription) -> tuple[Prescription, dict[str, str]]:
        """The prescription with every field that reads well, and the others' reasons (field name: words).

        A wrong reps value does not hold back the sets typed after it; it stays in its box with its reason.
        """
        values = self.values()
        problems: dict[str, str] = {}
        kept = base.to_dict()
        for _attempt in range(len(values) + 1):
            try:
                return Prescription.from_dict(values, base), problems
            except ValidationError as error:
                for problem in error.problems:
                    field = problem.path.split(".")[0]
                    if field not in values:  # not one field's fault: nothing can be kept
                        return base, {**problems, field: str(problem)}
                    problems[field] = f"{FIELD_LABELS.get(field, field)} {problem.message}."
                    values[field] = kept.get(field)
        return base, problems

    def refused_numbers(self) -> dict[str, str]:
        """Number boxes holding a typed value they will not take (a 0 in Sets), with the reason in words."""
        refused: dict[str, str] = {}
        for name in ("sets", "hold", "rest", "times_a_day", "days_a_week"):
            box: QSpinBox = getattr(self, name)
            if box.hasAcceptableInput():
                continue
            low = box.minimum() + (1 if box.specialValueText() else 0)
            label = FIELD_LABELS[name]
            refused[name] = f"{label} must be from {low} to {box.maximum()}" + (
                f" (or “{NOT_SET}” for none)." if box.specialValueText() else "."
            )
        return refused

    def mark(self, problems: dict[str, str]) -> None:
        """Outline the fields that are wrong, with the reason in their tooltip (and for screen readers)."""
        for name in (*FIELD_LABELS, "how_often"):
            widget = getattr(self, name, None)
            if not isinstance(widget, QWidget):
                continue
            wrong = name in problems
            if bool(widget.property("invalid")) != wrong:
                widget.setProperty("invalid", wrong)
                widget.style().unpolish(widget)
                widget.style().polish(widget)
            widget.setAccessibleDescription(problems.get(name, ""))

    def read(self, base: Prescription) -> Prescription:
        """The prescription the fields describe (what they do not show comes from ``base``).

        Raises ValueError saying, in words, which field is wrong and why.
        """
        try:
            return Prescription.from_dict(self.values(), base)
        except ValidationError as error:
            raise ValueError(
                "\n".join(f"{FIELD_LABELS.get(p.path, p.path)} {p.message}." for p in error.problems)
            ) from None

    # -- typing ---------------------------------------------------------------------------------

    def _tempo_changed(self, text: str) -> None:
        self._explain_tempo(text)
        self._changed("tempo")

    def _changed(self, field: str) -> None:
        if not self._loading:
            self.edited.emit(field)
