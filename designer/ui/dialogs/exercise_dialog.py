"""The clinic's own exercises: add one, edit one, or edit a copy of a built-in one, with the therapist's photos.

Everything is checked by the domain (``Exercise.from_dict``) as the therapist
types, and the problems are shown under the form in plain words.  Save keeps
the exercise (``designer.workflows.exercises.save_exercise``) and closes the
dialog only when that worked: a problem or a failed save leaves the dialog open
with everything typed in it.

Photos are made safe (put upright, stripped of metadata, scaled) and kept in
the repository under a content-hash name the moment they are chosen; a file
that cannot be used is refused in plain words and nothing changes.  A copy of a
built-in exercise keeps ``based_on``, so its drawing still shows when it has no
photos.  The first three tabs are pages of their own (``exercise_pages``), and
the pickers widgets of their own (``widgets/neighbour_picker.py``,
``widgets/photo_slot.py``); deleting an exercise is the window's
(``exercise_actions.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from designer.domain import Exercise, ValidationError
from designer.library import Library
from designer.storage import StoreError
from designer.storage.repository import PictureKind, Repository
from designer.workflows import WorkflowError
from designer.workflows.exercises import save_exercise

from ..theme import ACCENT, INK, LINE, PROBLEM
from ..widgets import forms
from ..widgets.exercise_photos import ExercisePhotos
from ..widgets.forms import quiet_label
from ..widgets.photo_slot import PhotoSlot
from .exercise_form import (
    ABOUT,
    TAB_OF,
    comma_list,
    dialog_words,
    fill_categories,
    line_list,
    problem_label,
    root,
    sentence,
    unused_id,
)
from .exercise_pages import AboutPage, InstructionsPage, PrescriptionPage

PHOTO_FILTER = "Photos (*.jpg *.jpeg *.png *.webp);;All files (*)"


def default_prepare_photo(source: Path) -> bytes:
    from designer.illustrations.photos import prepare_photo

    return prepare_photo(source)


def default_drawing_path(drawing_id: str) -> Path | None:
    from designer.illustrations import drawing_path

    return drawing_path(drawing_id)


class ExerciseDialog(QDialog):
    """Adds or edits one of the clinic's exercises; ``saved_exercise()`` is the result after ``exec()`` is accepted.

    ``exercise`` is None for a new exercise, one of the clinic's own to edit it, or an unsaved copy of a
    built-in one (``workflows.exercises.editable_version`` makes it).  The dialog saves it itself, so a failed save
    keeps it open with everything typed.
    """

    def __init__(
        self,
        exercise: Exercise | None,
        library: Library,
        repository: Repository,
        parent: QWidget | None = None,
        *,
        prepare_photo: Callable[[Path], bytes] = default_prepare_photo,
        drawing_path: Callable[[str], Path | None] = default_drawing_path,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._repository = repository
        self._prepare_photo = prepare_photo
        self._drawing_path = drawing_path
        self._is_new = exercise is None or exercise.id not in library
        self._original = exercise or Exercise(id="new-exercise", name="New exercise", category="-")
        self._saved: Exercise | None = None
        self._tried_saving = False
        self._touched: set[str] = set()  # required fields typed into (an empty new form is not "wrong" yet)
        original = self._original
        based_on = library.get(original.based_on) if original.based_on else None

        title, about = dialog_words(original, new=exercise is None, copy=self._is_new, based_on=based_on)
        self.setWindowTitle(title)
        # The window's style sheet frames every line edit; one inside a combo box is framed by the combo already.
        # The window's style frames line edits but not rich text boxes: these get the same frame.
        self.setStyleSheet(
            "QLineEdit#inCombo { border: none; padding: 0; background: transparent; }"
            f"QTextEdit {{ border: 1px solid {LINE}; border-radius: 5px; padding: 2px; background: #FFFFFF; }}"
            f"QTextEdit:focus {{ border-color: {ACCENT}; }}"
        )
        self.setMinimumSize(720, 640)
        heading = QLabel(title)
        heading.setObjectName("panelHeading")
        subheading = quiet_label(about)

        # Each tab builds its own fields; the dialog reads and checks them all, so it names them itself.
        about_tab = AboutPage(exercise, library)
        self.name, self.region, self.category = about_tab.name, about_tab.region, about_tab.category
        self.level, self.precautions, self.video = about_tab.level, about_tab.precautions, about_tab.video
        self.body_areas, self.equipment, self.purpose = about_tab.body_areas, about_tab.equipment, about_tab.purpose
        self.safety = about_tab.safety
        how_tab = InstructionsPage(exercise)
        self.setup, self.steps, self.cues, self.mistakes = how_tab.setup, how_tab.steps, how_tab.cues, how_tab.mistakes
        amounts_tab = PrescriptionPage(exercise, original, library, offer_itself=self._is_new)
        self.prescription, self.easier, self.harder = amounts_tab.prescription, amounts_tab.easier, amounts_tab.harder
        self.tabs = QTabWidget()
        self.tabs.addTab(about_tab, "About")
        self.tabs.addTab(how_tab, "Instructions")
        self.tabs.addTab(amounts_tab, "Prescription and ladder")
        self.tabs.addTab(self._photos_page(original, based_on), "Photos")
        for field in (self.name, self.body_areas, self.equipment, self.purpose, self.prescription.load):
            field.setCursorPosition(0)  # show the start of a long text, not its end

        self.problem = forms.problem_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setObjectName("primary")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        if repository.read_only:
            save.setEnabled(False)
            for slot in (self.start_photo, self.end_photo):
                slot.choose_button.setEnabled(False)
            self.problem.setText("This data folder is open read-only, so the exercise cannot be saved here.")

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(subheading)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._connect_all()
        self._start_values = self._values()
        self._check()
        self.name.setFocus()

    # -- pages ---------------------------------------------------------------------------

    def _photos_page(self, original: Exercise, based_on: Exercise | None) -> QWidget:
        def photo_bytes(name: str) -> bytes | None:
            return self._repository.get_picture(PictureKind.PHOTO, name)

        self.photos = ExercisePhotos(
            photo_bytes,
            original.illustration.start_photo,
            original.illustration.end_photo,
            self._drawing_path(original.drawing_id),
            based_on.name if based_on else original.name,
        )
        self.start_photo, self.end_photo = self.photos.start_photo, self.photos.end_photo
        self.drawing_note = self.photos.drawing_note
        return self.photos

    def _connect_all(self) -> None:
        for field in (self.name, self.body_areas, self.equipment, self.purpose, self.video):
            field.textChanged.connect(self._check)
        self.prescription.edited.connect(lambda _field: self._check())
        self.name.textEdited.connect(lambda _t: self._touched.add("name"))
        self.category.editTextChanged.connect(self._category_typed)
        for box in (self.safety, self.setup, self.steps, self.cues, self.mistakes):
            box.textChanged.connect(self._check)
        self.level.currentIndexChanged.connect(self._check)
        self.region.currentIndexChanged.connect(self._region_chosen)
        self.precautions.changed.connect(self._check)
        for picker in (self.easier, self.harder):
            picker.changed.connect(self._check)
        self.photos.changed.connect(self._check)
        self.start_photo.chooseRequested.connect(lambda: self.choose_photo(self.start_photo))
        self.end_photo.chooseRequested.connect(lambda: self.choose_photo(self.end_photo))

    # -- photos ------------------------------------------------------------------------------

    def choose_photo(self, slot: PhotoSlot) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, f"Choose the photo of the {self.photos.slot_words(slot)}", "", PHOTO_FILTER
        )
        if name:
            self.use_photo_file(slot, Path(name))

    def use_photo_file(self, slot: PhotoSlot, source: Path) -> bool:
        """Keep a safe copy of a photo and show it; a file that cannot be used is refused in plain words."""
        try:
            stored = self._repository.put_picture(PictureKind.PHOTO, self._prepare_photo(source), ".jpg")
        except (ValueError, OSError, StoreError) as error:  # ImageImportError is a ValueError; every failure is told
            QMessageBox.warning(
                self,
                "Photo not used",
                # Not capitalised: the reason starts with the file's own name ("notes.jpg is not a picture").
                f"The {self.photos.slot_words(slot)} photo was not changed: {str(error).rstrip('.')}.",
            )
            return False
        slot.set_name(stored)
        return True

    # -- reading the form ----------------------------------------------------------------------

    def _values(self) -> dict[str, Any]:
        """What the form says, as the domain's plain data (before any checking)."""
        original = self._original
        default = original.default
        illustration = {
            "drawing": original.illustration.drawing,
            "start_photo": self.start_photo.name,
            "end_photo": self.end_photo.name,
        }
        name = self.name.text()
        return {
            "id": unused_id(name, {e.id for e in self._library.all()}) if self._is_new else original.id,
            "name": name,
            "category": self.category.currentText(),
            "region": self.region.currentData(),
            "precautions": list(self.precautions.chosen()),
            "level": self.level.currentData(),
            "purpose": self.purpose.text(),
            "body_areas": comma_list(self.body_areas.text()),
            "equipment": comma_list(self.equipment.text()),
            "setup": line_list(self.setup.toPlainText()),
            "steps": line_list(self.steps.toPlainText()),
            "cues": line_list(self.cues.toPlainText()),
            "mistakes": line_list(self.mistakes.toPlainText()),
            "safety": self.safety.toPlainText(),
            "default": {
                **self.prescription.values(),
                # Not on this form: kept as they were.
                "times_a_day": default.frequency.times_a_day,
                "days_a_week": default.frequency.days_a_week,
                "notes": default.notes,
            },
            "regressions": self.easier.ids(),
            "progressions": self.harder.ids(),
            "illustration": {key: value for key, value in illustration.items() if value},
            "based_on": original.based_on,
            # Not on this form: kept as they were (an edited copy still explains its tempo).
            "tempo_words": list(original.tempo_words),
            "video": self.video.text().strip(),
        }

    def exercise(self) -> Exercise:
        """The exercise the form describes; raises ``ValidationError`` with every problem."""
        return Exercise.from_dict(self._values())

    def problems(self) -> list[tuple[str, str]]:
        """Every problem with the form as (field path, sentence in plain words)."""
        try:
            self.exercise()
        except ValidationError as error:
            return [(p.path, sentence(f"{problem_label(p.path)} {p.message}")) for p in error.problems]
        return []

    def _check(self) -> bool:
        found = self.problems()
        shown = [
            (path, sentence)
            for path, sentence in found
            if self._tried_saving or root(path) not in ("name", "category", "id") or root(path) in self._touched
        ]
        if not self._repository.read_only:
            self.problem.setText("\n".join(sentence for _path, sentence in shown))
        # A tab with something to fix has its title in the problem colour, so it is found without searching.
        wrong = {TAB_OF.get(root(path), ABOUT) for path, _sentence in shown}
        bar = self.tabs.tabBar()
        for index in range(self.tabs.count()):
            bar.setTabTextColor(index, QColor(PROBLEM if index in wrong else INK))
        return not found

    def _region_chosen(self, _index: int) -> None:
        fill_categories(self.category, self._library, self.region.currentData())
        self._check()

    def _category_typed(self, _text: str) -> None:
        self._touched.add("category")
        self._check()

    # -- closing -------------------------------------------------------------------------------------

    def accept(self) -> None:
        """Qt: save and close when everything makes sense; otherwise show what to fix and stay open."""
        self._tried_saving = True
        if self._repository.read_only:
            return
        if not self._check():
            first = self.problems()[0][0]
            self.tabs.setCurrentIndex(TAB_OF.get(root(first), ABOUT))
            return
        try:
            saved = save_exercise(self._repository, self.exercise())
        except (StoreError, ValidationError, WorkflowError) as error:
            message = getattr(error, "message", "") or str(error)
            self.problem.setText(
                f"The exercise could not be saved: {sentence(message)} Everything you typed is "
                "still here; try Save again."
            )
            return
        self._saved = saved
        super().accept()

    def reject(self) -> None:
        """Qt: Cancel or Escape; ask before dropping what was typed."""
        if self._values() != self._start_values:
            answer = QMessageBox.question(
                self,
                "Close without saving?",
                "Close without saving? The changes typed here will be lost.",
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    def saved_exercise(self) -> Exercise | None:
        """The exercise as stored, after Save; None before (or after Cancel)."""
        return self._saved
