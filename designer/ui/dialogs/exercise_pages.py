"""The exercise dialog's first three tabs: About, Instructions, and Prescription and ladder.

Each tab is a page that builds and holds its own fields, filled from the
exercise being edited (or empty for a new one).  The dialog
(``exercise_dialog``) reads the fields, checks them as the therapist types and
saves; the Photos tab is the ``ExercisePhotos`` widget.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from designer.domain import MOVEMENTS, Exercise, Level
from designer.library import Library

from ..widgets.check_list import CheckList
from ..widgets.forms import choice_box, form, quiet_label
from ..widgets.ladder_picker import LadderPicker
from ..widgets.prescription_fields import PrescriptionFields
from .exercise_form import fill_categories, region_box, text_box


class AboutPage(QWidget):
    """What the exercise is: its name, where it sits in the library, what it is for, and its safety note."""

    def __init__(self, exercise: Exercise | None, library: Library) -> None:
        super().__init__()
        self.name = QLineEdit(exercise.name if exercise else "")
        self.name.setPlaceholderText("As the client will read it, e.g. Wall Sit")
        self.category = QComboBox()
        self.category.setEditable(True)
        self.category.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        category_text = QLineEdit()
        category_text.setObjectName("inCombo")
        category_text.setPlaceholderText("Choose one, or type a new category")
        self.category.setLineEdit(category_text)
        self.region = region_box(library, exercise)
        fill_categories(self.category, library, self.region.currentData())
        self.category.setCurrentText(exercise.category if exercise else "")
        self.precautions = CheckList(
            [(words.capitalize(), movement) for movement, words in MOVEMENTS.items()],
            exercise.precautions if exercise else (),
        )
        self.precautions.setToolTip(
            "Movements this exercise asks for that a precaution may forbid: the plan warns when the client has one"
        )
        self.level = choice_box(
            [(level.label, level.value) for level in Level], (exercise.level if exercise else Level.GENTLE).value
        )
        self.body_areas = QLineEdit(", ".join(exercise.body_areas) if exercise else "")
        self.body_areas.setPlaceholderText("e.g. hips, lower back (separate with commas)")
        self.equipment = QLineEdit(", ".join(exercise.equipment) if exercise else "")
        self.equipment.setPlaceholderText("e.g. mat, light kettlebell (separate with commas)")
        self.equipment.setToolTip("Kit already in the library: " + ", ".join(library.equipment()))
        self.purpose = QLineEdit(exercise.purpose if exercise else "")
        self.purpose.setPlaceholderText("One line for the client: what this exercise is for")
        self.safety = text_box(
            [exercise.safety] if exercise and exercise.safety else [], "When to ease off or stop, in calm words", 90
        )
        self.safety.setMaximumHeight(130)
        # A film of the exercise (the clinic's own, YouTube or Vimeo): the handout prints a QR code to it.
        self.video = QLineEdit(exercise.video if exercise else "")
        self.video.setPlaceholderText("https://… the clinic's film of this exercise (optional)")
        self.video.setToolTip("The handout prints a code beside the exercise that opens this film on a phone")
        layout = QVBoxLayout(self)
        layout.addLayout(
            form(
                [
                    ("Name", self.name),
                    ("Body region", self.region),
                    ("Category", self.category),
                    ("Level", self.level),
                    ("Body areas", self.body_areas),
                    ("Equipment", self.equipment),
                    ("Purpose", self.purpose),
                    ("Safety note", self.safety),
                    ("Film (web link)", self.video),
                    ("Asks for", self.precautions),
                ]
            )
        )
        layout.addStretch(1)


class InstructionsPage(QWidget):
    """How to do it, one line each: the set-up, the movement, the key cues and the common mistakes."""

    def __init__(self, exercise: Exercise | None) -> None:
        super().__init__()
        hint = quiet_label("One step, cue or mistake per line. Short, plain sentences read best on the handout.")
        self.setup = text_box(
            exercise.setup if exercise else (), "e.g. Lie on your back with your knees bent and feet flat.", 80
        )
        self.steps = text_box(
            exercise.steps if exercise else (), "e.g. Press through your heels and lift your hips.", 100
        )
        self.cues = text_box(exercise.cues if exercise else (), "e.g. Ribs down, squeeze your seat.", 70)
        self.mistakes = text_box(exercise.mistakes if exercise else (), "e.g. Arching the lower back at the top.", 70)
        form(
            [
                hint,
                ("Set-up", self.setup),
                ("Movement", self.steps),
                ("Key cues", self.cues),
                ("Common mistakes", self.mistakes),
            ],
            self,
        )


class PrescriptionPage(QWidget):
    """What a plan starts with when the exercise is added, and its easier and harder versions.

    ``original`` is the exercise being edited or copied; ``offer_itself``: whether it is offered as its own
    easier or harder version (only a new one, which is not in the library yet).
    """

    def __init__(self, exercise: Exercise | None, original: Exercise, library: Library, *, offer_itself: bool) -> None:
        super().__init__()
        hint = quiet_label("What a plan starts with when this exercise is added; each client's plan can change it.")
        # How often is not part of an exercise's defaults here: it is kept as it was (see ``_values``).
        self.prescription = PrescriptionFields(how_often=False)
        self.prescription.show_prescription(original.default)

        names = {e.id: e.name for e in library.all()}
        # An exercise cannot be its own easier or harder version, so it is not offered.
        choices = [e for e in library.all() if e.id != original.id or offer_itself]
        ladder = LadderPicker(
            choices, exercise.regressions if exercise else (), exercise.progressions if exercise else (), names
        )
        self.easier, self.harder = ladder.easier, ladder.harder

        prescription_heading = QLabel("Default prescription")
        prescription_heading.setObjectName("sectionHeading")
        layout = QVBoxLayout(self)
        layout.addWidget(prescription_heading)
        layout.addWidget(hint)
        layout.addWidget(self.prescription)
        layout.addSpacing(8)
        layout.addWidget(ladder)
        layout.addStretch(1)
