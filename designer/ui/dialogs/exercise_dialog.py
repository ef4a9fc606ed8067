"""The clinic's own exercises: add one, edit one, or edit a copy of a built-in one, with the therapist's photos.

Everything is checked by the domain (``Exercise.from_dict``) as the therapist
types, and the problems are shown under the form in plain words.  Save writes
the exercise to the store and closes the dialog only when that worked: a
problem or a failed save leaves the dialog open with everything typed in it.

Photos are imported (put upright, stripped of metadata, scaled, stored under a
content-hash name) into the data folder the moment they are chosen; a file that
cannot be used is refused in plain words and nothing changes.  A copy of a
built-in exercise keeps ``based_on``, so its drawing still shows when it has no
photos.

``confirm_delete`` is the check before a clinic exercise is deleted: an
exercise that the open plan, a saved plan or a saved template uses is not
deleted, and the therapist is told which plans use it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QImageReader, QPixmap, QTextBlockFormat, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from designer.domain import Exercise, Level, Plan, ValidationError, make_exercise_id
from designer.library import Library
from designer.storage import Store, StoreError

from ..theme import ACCENT, INK, LINE, PROBLEM
from ..widgets import forms
from ..widgets.forms import choice_box, form, quiet_label
from ..widgets.prescription_fields import PrescriptionFields

PHOTO_FILTER = "Photos (*.jpg *.jpeg *.png *.webp);;All files (*)"
PREVIEW_WIDTH, PREVIEW_HEIGHT = 240, 180

# Field paths from the domain's problems, in words the therapist sees on the form.
LABELS = {
    "id": "Name",
    "name": "Name",
    "category": "Category",
    "level": "Level",
    "purpose": "Purpose",
    "body_areas": "Body areas",
    "equipment": "Equipment",
    "setup": "Set-up",
    "steps": "Movement",
    "cues": "Key cues",
    "mistakes": "Common mistakes",
    "safety": "Safety note",
    "default.sets": "Sets",
    "default.reps": "Reps",
    "default.hold": "Hold",
    "default.duration": "Duration",
    "default.tempo": "Tempo",
    "default.rest": "Rest",
    "default.load": "Load",
    "default.side": "Side",
    "regressions": "Easier versions",
    "progressions": "Harder versions",
    "illustration": "Photos",
}
ABOUT, INSTRUCTIONS, PRESCRIPTION, PHOTOS = range(4)
TAB_OF = {
    "setup": INSTRUCTIONS,
    "steps": INSTRUCTIONS,
    "cues": INSTRUCTIONS,
    "mistakes": INSTRUCTIONS,
    "default": PRESCRIPTION,
    "regressions": PRESCRIPTION,
    "progressions": PRESCRIPTION,
    "illustration": PHOTOS,
}


def default_import_photo(source: Path, photos_dir: Path) -> str:
    from designer.illustrations.photos import import_photo

    return import_photo(source, photos_dir)


def default_drawing_path(drawing_id: str) -> Path | None:
    from designer.illustrations import drawing_path

    return drawing_path(drawing_id)


def editable_version(library: Library, exercise_id: str) -> Exercise:
    """What the dialog edits for a library exercise: the clinic's own as it is, or a fresh copy of a built-in one.

    Raises ``KeyError`` for an id that is not in the library.
    """
    exercise = library.get(exercise_id)
    if exercise is None:
        raise KeyError(f'no exercise "{exercise_id}" in the library')
    if not exercise.builtin:
        return exercise
    # The client reads the name on the handout, so the copy keeps it; the library marks it "the clinic's own".
    return library.copy_for_clinic(exercise.id, exercise.name)


def comma_list(text: str) -> list[str]:
    """ "mat, light kettlebell" -> ["mat", "light kettlebell"]."""
    return [part.strip() for part in text.split(",") if part.strip()]


def line_list(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def problem_label(path: str) -> str:
    """ "setup[2]" -> "Set-up (line 3)", "default.tempo" -> "Tempo"."""
    base, _bracket, rest = path.partition("[")
    label = LABELS.get(base, base.replace("_", " ").replace(".", " ").strip().capitalize())
    if rest.rstrip("]").isdigit():
        number = int(rest.rstrip("]")) + 1
        what = "line" if base in ("setup", "steps", "cues", "mistakes") else "entry"
        label += f" ({what} {number})"
    return label


def _root(path: str) -> str:
    """ "default.tempo" -> "default", "setup[2]" -> "setup"."""
    return path.split("[")[0].split(".")[0]


def _sentence(text: str) -> str:
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


class NeighbourPicker(QWidget):
    """Easier or harder versions of the exercise, picked from the library by name."""

    changed = Signal()

    def __init__(
        self, choices: Sequence[Exercise], chosen: Sequence[str], names: dict[str, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._names = names
        self.combo = QComboBox()
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.typed = QLineEdit()
        self.typed.setObjectName("inCombo")
        self.typed.setPlaceholderText("Type a name to find it…")
        self.combo.setLineEdit(self.typed)
        for exercise in choices:
            self.combo.addItem(exercise.name, exercise.id)
        self.combo.setCurrentIndex(-1)
        # Finding "bridge" anywhere in the name, not only at the start.
        completer = QCompleter(self.combo.model(), self.combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.combo.setCompleter(completer)
        self.add_button = QPushButton("Add")
        self.list = QListWidget()
        self.list.setFixedHeight(76)
        self.remove_button = QPushButton("Remove")
        for exercise_id in chosen:
            self._append(exercise_id)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.combo, 1)
        top.addWidget(self.add_button)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(self.list, 1)
        bottom.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(bottom)
        self.add_button.clicked.connect(self.add_current)
        self.typed.returnPressed.connect(self.add_current)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self._update_buttons()

    def ids(self) -> list[str]:
        return [str(self.list.item(row).data(Qt.ItemDataRole.UserRole)) for row in range(self.list.count())]

    def add(self, exercise_id: str) -> None:
        if exercise_id and exercise_id not in self.ids():
            self._append(exercise_id)
            self.changed.emit()
        self._update_buttons()

    def add_current(self) -> None:
        # The typed text may match a name exactly without the list having moved to it.
        index = self.combo.findText(self.combo.currentText().strip(), Qt.MatchFlag.MatchFixedString)
        if index < 0:
            index = self.combo.currentIndex()
        if index >= 0 and self.combo.currentText().strip():
            self.add(str(self.combo.itemData(index)))
            self.combo.setCurrentIndex(-1)
            self.combo.clearEditText()

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.changed.emit()
        self._update_buttons()

    def _append(self, exercise_id: str) -> None:
        name = self._names.get(exercise_id, f"{exercise_id} (not in the library)")
        item = QListWidgetItem(name)
        item.setData(Qt.ItemDataRole.UserRole, exercise_id)
        self.list.addItem(item)

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.list.count() > 0)
        if self.list.count() and self.list.currentRow() < 0:
            self.list.setCurrentRow(0)


class PhotoSlot(QWidget):
    """One of the exercise's photos (start or end position): a preview, Choose photo… and Remove."""

    chooseRequested = Signal()
    changed = Signal()

    def __init__(self, title: str, photos_dir: Path, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._photos_dir = photos_dir
        self.name = name
        heading = QLabel(title)
        heading.setObjectName("sectionHeading")
        self.picture = QLabel()
        self.picture.setFixedSize(PREVIEW_WIDTH, PREVIEW_HEIGHT)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setObjectName("quiet")
        self.picture.setStyleSheet("border: 1px dashed #C5CECC; border-radius: 6px; background: #FFFFFF;")
        self.choose_button = QPushButton("Choose photo…")
        self.remove_button = QPushButton("Remove")
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.picture)
        layout.addLayout(buttons)
        self.choose_button.clicked.connect(self.chooseRequested.emit)
        self.remove_button.clicked.connect(lambda: self.set_name(""))
        self.show_picture()

    def set_name(self, name: str) -> None:
        if name != self.name:
            self.name = name
            self.show_picture()
            self.changed.emit()

    def show_picture(self) -> None:
        path = self._photos_dir / self.name if self.name else None
        picture = QPixmap()
        if path is not None and path.is_file():
            reader = QImageReader(str(path))
            reader.setAutoTransform(True)
            image = reader.read()
            if not image.isNull():
                picture = QPixmap.fromImage(
                    image.scaled(
                        PREVIEW_WIDTH - 8,
                        PREVIEW_HEIGHT - 8,
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                )
        if picture.isNull():
            self.picture.setPixmap(QPixmap())
            self.picture.setText("No photo yet" if not self.name else "This photo is missing\nfrom the data folder")
        else:
            self.picture.setPixmap(picture)
        self.remove_button.setEnabled(bool(self.name))


class ExerciseDialog(QDialog):
    """Adds or edits one of the clinic's exercises; ``saved_exercise()`` is the result after ``exec()`` is accepted.

    ``exercise`` is None for a new exercise, one of the clinic's own to edit it, or an unsaved copy of a
    built-in one (``editable_version`` makes it).  The dialog saves to ``store`` itself, so a failed save
    keeps it open with everything typed.
    """

    def __init__(
        self,
        exercise: Exercise | None,
        library: Library,
        store: Store,
        parent: QWidget | None = None,
        *,
        import_photo: Callable[[Path, Path], str] = default_import_photo,
        drawing_path: Callable[[str], Path | None] = default_drawing_path,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._store = store
        self._import_photo = import_photo
        self._drawing_path = drawing_path
        self._is_new = exercise is None or exercise.id not in library
        self._original = exercise or Exercise(id="new-exercise", name="New exercise", category="-")
        self._saved: Exercise | None = None
        self._tried_saving = False
        self._touched: set[str] = set()  # required fields typed into (an empty new form is not "wrong" yet)
        original = self._original
        based_on = library.get(original.based_on) if original.based_on else None

        if exercise is None:
            title, about = (
                "New exercise",
                ("An exercise of the clinic's own. Once saved it is in the library, ready to add to any plan."),
            )
        elif self._is_new:
            source = based_on.name if based_on else original.name
            title, about = (
                f"Your copy of {source}",
                f"Change anything you like. The built-in {source} stays as it is, and plans "
                "that use it are not changed.",
            )
        else:
            title, about = (
                f"Edit {original.name}",
                "One of the clinic's own exercises: changes show in every plan that uses it.",
            )
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

        self.tabs = QTabWidget()
        self.tabs.addTab(self._about_page(exercise), "About")
        self.tabs.addTab(self._instructions_page(exercise), "Instructions")
        self.tabs.addTab(self._prescription_page(exercise), "Prescription and ladder")
        self.tabs.addTab(self._photos_page(original, based_on), "Photos")
        for field in (self.name, self.body_areas, self.equipment, self.purpose, self.prescription.load):
            field.setCursorPosition(0)  # show the start of a long text, not its end

        self.problem = forms.problem_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setObjectName("primary")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        if store.read_only:
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

    @staticmethod
    def _text_box(lines: Sequence[str], placeholder: str, height: int) -> QTextEdit:
        box = QTextEdit()
        box.setAcceptRichText(False)
        box.setPlainText("\n".join(lines))
        box.setPlaceholderText(placeholder)
        box.setMinimumHeight(height)
        box.setTabChangesFocus(True)
        # A little space after each line, so a long step that wraps still reads as one step; new lines
        # typed with Enter take the same spacing from the line before.
        spacing = QTextBlockFormat()
        spacing.setBottomMargin(5)
        cursor = QTextCursor(box.document())
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.mergeBlockFormat(spacing)
        box.document().setModified(False)
        return box

    def _about_page(self, exercise: Exercise | None) -> QWidget:
        page = QWidget()
        self.name = QLineEdit(exercise.name if exercise else "")
        self.name.setPlaceholderText("As the client will read it, e.g. Wall Sit")
        self.category = QComboBox()
        self.category.setEditable(True)
        self.category.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        category_text = QLineEdit()
        category_text.setObjectName("inCombo")
        category_text.setPlaceholderText("Choose one, or type a new category")
        self.category.setLineEdit(category_text)
        self.category.addItems(self._library.categories())
        self.category.setCurrentText(exercise.category if exercise else "")
        self.level = choice_box(
            [(level.label, level.value) for level in Level], (exercise.level if exercise else Level.GENTLE).value
        )
        self.body_areas = QLineEdit(", ".join(exercise.body_areas) if exercise else "")
        self.body_areas.setPlaceholderText("e.g. hips, lower back (separate with commas)")
        self.equipment = QLineEdit(", ".join(exercise.equipment) if exercise else "")
        self.equipment.setPlaceholderText("e.g. mat, light kettlebell (separate with commas)")
        self.equipment.setToolTip("Kit already in the library: " + ", ".join(self._library.equipment()))
        self.purpose = QLineEdit(exercise.purpose if exercise else "")
        self.purpose.setPlaceholderText("One line for the client: what this exercise is for")
        self.safety = self._text_box(
            [exercise.safety] if exercise and exercise.safety else [], "When to ease off or stop, in calm words", 90
        )
        self.safety.setMaximumHeight(130)
        layout = QVBoxLayout(page)
        layout.addLayout(
            form(
                [
                    ("Name", self.name),
                    ("Category", self.category),
                    ("Level", self.level),
                    ("Body areas", self.body_areas),
                    ("Equipment", self.equipment),
                    ("Purpose", self.purpose),
                    ("Safety note", self.safety),
                ]
            )
        )
        layout.addStretch(1)
        return page

    def _instructions_page(self, exercise: Exercise | None) -> QWidget:
        page = QWidget()
        hint = quiet_label("One step, cue or mistake per line. Short, plain sentences read best on the handout.")
        self.setup = self._text_box(
            exercise.setup if exercise else (), "e.g. Lie on your back with your knees bent and feet flat.", 80
        )
        self.steps = self._text_box(
            exercise.steps if exercise else (), "e.g. Press through your heels and lift your hips.", 100
        )
        self.cues = self._text_box(exercise.cues if exercise else (), "e.g. Ribs down, squeeze your seat.", 70)
        self.mistakes = self._text_box(
            exercise.mistakes if exercise else (), "e.g. Arching the lower back at the top.", 70
        )
        form(
            [
                hint,
                ("Set-up", self.setup),
                ("Movement", self.steps),
                ("Key cues", self.cues),
                ("Common mistakes", self.mistakes),
            ],
            page,
        )
        return page

    def _prescription_page(self, exercise: Exercise | None) -> QWidget:
        page = QWidget()
        hint = quiet_label("What a plan starts with when this exercise is added; each client's plan can change it.")
        # How often is not part of an exercise's defaults here: it is kept as it was (see ``_values``).
        self.prescription = PrescriptionFields(how_often=False)
        self.prescription.show_prescription(self._original.default)

        names = {e.id: e.name for e in self._library.all()}
        # An exercise cannot be its own easier or harder version, so it is not offered.
        choices = [e for e in self._library.all() if e.id != self._original.id or self._is_new]
        self.easier = NeighbourPicker(choices, exercise.regressions if exercise else (), names)
        self.harder = NeighbourPicker(choices, exercise.progressions if exercise else (), names)
        ladder_heading = QLabel("On the ladder")
        ladder_heading.setObjectName("sectionHeading")
        ladder_hint = quiet_label("The plan's Easier and Harder buttons swap to these.", wrap=False)
        ladder = QGridLayout()
        ladder.setHorizontalSpacing(14)
        ladder.addWidget(QLabel("Easier versions"), 0, 0)
        ladder.addWidget(QLabel("Harder versions"), 0, 1)
        ladder.addWidget(self.easier, 1, 0)
        ladder.addWidget(self.harder, 1, 1)

        prescription_heading = QLabel("Default prescription")
        prescription_heading.setObjectName("sectionHeading")
        layout = QVBoxLayout(page)
        layout.addWidget(prescription_heading)
        layout.addWidget(hint)
        layout.addWidget(self.prescription)
        layout.addSpacing(8)
        layout.addWidget(ladder_heading)
        layout.addWidget(ladder_hint)
        layout.addLayout(ladder)
        layout.addStretch(1)
        return page

    def _photos_page(self, original: Exercise, based_on: Exercise | None) -> QWidget:
        page = QWidget()
        hint = quiet_label(
            "Your own photos of the start and end positions (JPEG, PNG or WebP). They are put "
            "upright, cleared of hidden details such as the place they were taken, and kept in the "
            "data folder."
        )
        photos_dir = self._store.photos_dir
        self.start_photo = PhotoSlot("Start position", photos_dir, original.illustration.start_photo)
        self.end_photo = PhotoSlot("End position", photos_dir, original.illustration.end_photo)
        slots = QHBoxLayout()
        slots.addWidget(self.start_photo)
        slots.addSpacing(12)
        slots.addWidget(self.end_photo)
        slots.addStretch(1)
        self.drawing_note = quiet_label()
        self.drawing = QLabel()
        self.drawing.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        drawing_file = self._drawing_path(original.drawing_id)
        self._drawing_name = (based_on.name if based_on else original.name) if drawing_file else ""
        if drawing_file is not None:
            picture = QPixmap(str(drawing_file))
            if not picture.isNull():
                self.drawing.setPixmap(
                    picture.scaled(
                        300, 150, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                    )
                )
        layout = QVBoxLayout(page)
        layout.addWidget(hint)
        layout.addLayout(slots)
        layout.addSpacing(6)
        layout.addWidget(self.drawing_note)
        layout.addWidget(self.drawing)
        layout.addStretch(1)
        self._show_drawing_note()
        return page

    def _show_drawing_note(self) -> None:
        has_photos = bool(self.start_photo.name or self.end_photo.name)
        if self.start_photo.name and self.end_photo.name:
            text = "The handout shows your photos."
        elif has_photos:
            text = "The handout shows your photo."
        elif self._drawing_name:
            text = f"Without photos, the handout shows the drawing of {self._drawing_name}:"
        else:
            text = "Without photos, the handout shows no picture for this exercise."
        self.drawing_note.setText(text)
        self.drawing.setVisible(
            not has_photos and self.drawing.pixmap() is not None and not self.drawing.pixmap().isNull()
        )

    def _connect_all(self) -> None:
        for field in (self.name, self.body_areas, self.equipment, self.purpose):
            field.textChanged.connect(self._check)
        self.prescription.edited.connect(lambda _field: self._check())
        self.name.textEdited.connect(lambda _t: self._touched.add("name"))
        self.category.editTextChanged.connect(self._category_typed)
        for box in (self.safety, self.setup, self.steps, self.cues, self.mistakes):
            box.textChanged.connect(self._check)
        self.level.currentIndexChanged.connect(self._check)
        for picker in (self.easier, self.harder):
            picker.changed.connect(self._check)
        for slot in (self.start_photo, self.end_photo):
            slot.changed.connect(self._photos_changed)
        self.start_photo.chooseRequested.connect(lambda: self.choose_photo(self.start_photo))
        self.end_photo.chooseRequested.connect(lambda: self.choose_photo(self.end_photo))

    # -- photos ------------------------------------------------------------------------------

    def choose_photo(self, slot: PhotoSlot) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, f"Choose the photo of the {self._slot_words(slot)}", "", PHOTO_FILTER
        )
        if name:
            self.use_photo_file(slot, Path(name))

    def use_photo_file(self, slot: PhotoSlot, source: Path) -> bool:
        """Import a photo into the data folder and show it; a file that cannot be used is refused in plain words."""
        try:
            stored = self._import_photo(source, self._store.photos_dir)
        except (ValueError, OSError) as error:  # ImageImportError is a ValueError; every failure is told
            QMessageBox.warning(
                self,
                "Photo not used",
                # Not capitalised: the reason starts with the file's own name ("notes.jpg is not a picture").
                f"The {self._slot_words(slot)} photo was not changed: {str(error).rstrip('.')}.",
            )
            return False
        slot.set_name(stored)
        return True

    def _slot_words(self, slot: PhotoSlot) -> str:
        return "start position" if slot is self.start_photo else "end position"

    def _photos_changed(self) -> None:
        self._show_drawing_note()
        self._check()

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
            "id": self._new_id(name) if self._is_new else original.id,
            "name": name,
            "category": self.category.currentText(),
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
        }

    def _new_id(self, name: str) -> str:
        """An id nobody uses yet, made from the name: the id is how plans find the exercise."""
        base = make_exercise_id(name or "exercise")
        taken = {e.id for e in self._library.all()}
        candidate, number = base, 2
        while candidate in taken:
            suffix = f"-{number}"
            candidate = base[: 80 - len(suffix)].rstrip("-") + suffix
            number += 1
        return candidate

    def exercise(self) -> Exercise:
        """The exercise the form describes; raises ``ValidationError`` with every problem."""
        return Exercise.from_dict(self._values())

    def problems(self) -> list[tuple[str, str]]:
        """Every problem with the form as (field path, sentence in plain words)."""
        try:
            self.exercise()
        except ValidationError as error:
            return [(p.path, _sentence(f"{problem_label(p.path)} {p.message}")) for p in error.problems]
        return []

    def _check(self) -> bool:
        found = self.problems()
        shown = [
            (path, sentence)
            for path, sentence in found
            if self._tried_saving or _root(path) not in ("name", "category", "id") or _root(path) in self._touched
        ]
        if not self._store.read_only:
            self.problem.setText("\n".join(sentence for _path, sentence in shown))
        # A tab with something to fix has its title in the problem colour, so it is found without searching.
        wrong = {TAB_OF.get(_root(path), ABOUT) for path, _sentence in shown}
        bar = self.tabs.tabBar()
        for index in range(self.tabs.count()):
            bar.setTabTextColor(index, QColor(PROBLEM if index in wrong else INK))
        return not found

    def _category_typed(self, _text: str) -> None:
        self._touched.add("category")
        self._check()

    # -- closing -------------------------------------------------------------------------------------

    def accept(self) -> None:
        """Qt: save and close when everything makes sense; otherwise show what to fix and stay open."""
        self._tried_saving = True
        if self._store.read_only:
            return
        if not self._check():
            first = self.problems()[0][0]
            self.tabs.setCurrentIndex(TAB_OF.get(_root(first), ABOUT))
            return
        try:
            saved = self._store.save_exercise(self.exercise())
        except (StoreError, ValidationError) as error:
            message = getattr(error, "message", "") or str(error)
            self.problem.setText(
                f"The exercise could not be saved: {_sentence(message)} Everything you typed is "
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


# -- deleting ----------------------------------------------------------------------------------------


def plans_using(
    store: Store, exercise_id: str, open_plan: Plan | None = None, progress: Callable[[int, int], bool] | None = None
) -> list[str]:
    """Where an exercise is used, in words ("Back to lifting (Margaret Ellis)", "template: Hips"), open plan first.

    Reads every saved plan, so ``progress(done, total)`` is called as it goes; when it returns False
    the search stops and what was found so far is returned with "…" at the end.
    """
    found: list[str] = []
    if open_plan is not None and any(item.exercise_id == exercise_id for item in open_plan.items):
        found.append(f"{open_plan.title} (open now)")
    try:
        templates = store.list_saved_templates()
        summaries = store.list_plans()
    except StoreError:
        return found
    total = len(templates) + len(summaries)
    for done, (template_id, name) in enumerate(templates):
        try:
            if any(item.exercise_id == exercise_id for item in store.get_saved_template(template_id).items):
                found.append(f"the template {name}")
        except StoreError:
            continue  # a damaged template cannot be printed either way
        if progress is not None and not progress(done + 1, total):
            return [*found, "…"]
    for done, summary in enumerate(summaries, start=len(templates)):
        if open_plan is not None and summary.id == open_plan.id:
            continue  # the open plan's latest state was checked above
        try:
            plan = store.get_plan(summary.id)
        except StoreError:
            continue
        if any(item.exercise_id == exercise_id for item in plan.items):
            found.append(f"{summary.title} ({summary.client_name})" if summary.client_name else summary.title)
        if progress is not None and not progress(done + 1, total):
            return [*found, "…"]
    return found


def confirm_delete(parent: QWidget, store: Store, exercise: Exercise, open_plan: Plan | None) -> bool:
    """Ask before deleting one of the clinic's exercises; refuse, saying where, when a plan or template uses it."""
    progress = QProgressDialog("Checking which plans use this exercise…", "Stop", 0, 0, parent)
    progress.setWindowTitle("Delete exercise")
    progress.setMinimumDuration(500)  # only shown when the clinic has so many plans that it takes a while
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    stopped = False

    def step(done: int, total: int) -> bool:
        nonlocal stopped
        progress.setMaximum(total)
        progress.setValue(done)
        QApplication.processEvents()
        stopped = progress.wasCanceled()
        return not stopped

    users = plans_using(store, exercise.id, open_plan, step)
    progress.close()
    if stopped:
        return False
    if users:
        shown = users[:8] + ([f"and {len(users) - 8} more"] if len(users) > 8 else [])
        QMessageBox.information(
            parent,
            "Exercise not deleted",
            f"\u201c{exercise.name}\u201d is not deleted, because it is used in:\n\n"
            + "\n".join(f"\u2022 {line}" for line in shown)
            + "\n\nTheir handouts need it. Take it out of those plans first, or keep it in the library.",
        )
        return False
    answer = QMessageBox.question(
        parent,
        "Delete exercise?",
        f"Delete \u201c{exercise.name}\u201d from the clinic's library? No plan uses it. This cannot be undone.",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
