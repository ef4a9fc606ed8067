"""The exercise library: search as you type, filters, and a list to drag from.

Enter (in the list, or in the search box) adds the selected exercise to the
plan; the Down key goes from the search box into the list.  Below the list,
"New exercise" and "Edit…" (the clinic's own) or "Edit a copy…" (a built-in
one) ask the window to open the exercise dialog; the list's context menu has
them too, with "Delete…" for the clinic's own.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from designer.domain import CATEGORIES, REGIONS, Exercise, Level
from designer.library import equipment_name, fold

from ..models.library_model import ExerciseIdRole, LibraryFilter, LibraryModel, SubtitleRole
from ..thumbnails import Thumbnails
from .flow_row import FlowRow
from .forms import quiet_label
from .row_delegate import TwoLineDelegate


class LibraryList(QListView):
    """The list of exercises; Enter asks for the selected ones to be added."""

    addRequested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Qt: Enter or Return adds the selection to the plan."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.addRequested.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class LibraryPanel(QWidget):
    """Search, filters and the exercise list."""

    addRequested = Signal(list)  # exercise ids to add to the plan
    newExerciseRequested = Signal()
    editExerciseRequested = Signal(str)  # exercise id: the clinic's own to edit, or a built-in one to copy
    deleteExerciseRequested = Signal(str)  # exercise id of one of the clinic's own
    currentExerciseChanged = Signal()  # the Library menu's Edit and Delete follow the list's current row

    def __init__(self, exercises: Sequence[Exercise], thumbnails: Thumbnails, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = LibraryModel(exercises, thumbnails, self)
        self.filter = LibraryFilter(self)
        self.filter.setSourceModel(self.model)

        heading = QLabel("Library")
        heading.setObjectName("paneHeading")
        self.search = QLineEdit()
        self.search.setAccessibleName("Search the library")
        self.search.setPlaceholderText("Search: name, body area, equipment…")
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(self)
        self.region = QComboBox()
        self.region.setAccessibleName("Body region")
        self.category = QComboBox()
        self._exercises: Sequence[Exercise] = ()
        self.equipment = QComboBox()
        self.level = QComboBox()
        self.category.setAccessibleName("Category")
        self.equipment.setAccessibleName("Equipment")
        self.level.setAccessibleName("Level")
        # Wide enough for "Any equipment" and "Any level" whole; a long choice ends in "…" and is in the tooltip.
        for combo, shortest in (
            (self.region, "All regions"),
            (self.category, "All categories"),
            (self.equipment, "Any equipment"),
            (self.level, "Any level"),
        ):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(len(shortest))
            combo.currentIndexChanged.connect(lambda _i, c=combo: c.setToolTip(c.currentText()))
        self.set_exercises(exercises)

        self.list = LibraryList()
        self.list.setAccessibleName("Exercise library")
        self.list.setModel(self.filter)
        self.list.setUniformItemSizes(True)  # 2,000 rows lay out at once without measuring each
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setDragEnabled(True)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.list.setDefaultDropAction(Qt.DropAction.CopyAction)
        # Long names ("Supported Single-Leg Romanian Deadlift") wrap onto a second line beside the picture.
        self.list.setItemDelegate(
            TwoLineDelegate(SubtitleRole, None, self.list, picture_size=thumbnails.size, title_lines=2)
        )
        self.list.addRequested.connect(self._add_selected)
        self.list.doubleClicked.connect(lambda index: self.addRequested.emit([index.data(ExerciseIdRole)]))
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._show_context_menu)
        self.empty = quiet_label()
        self.empty.hide()
        self.new_button = QPushButton("New exercise")
        self.new_button.setToolTip(
            "Add an exercise of the clinic's own, with your own photos if you like (Ctrl+Shift+E)"
        )
        self.edit_button = QPushButton("Edit…")
        self.new_button.clicked.connect(self.newExerciseRequested.emit)
        self.edit_button.clicked.connect(self.edit_current)
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)

        # Side by side when both show their words whole, else one above the other.
        filters = FlowRow([self.equipment, self.level], fill=True, spacing=4)
        for combo in (self.region, self.category, self.equipment, self.level):
            combo.setToolTip(combo.currentText())
        self.level.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.search)
        layout.addWidget(FlowRow([self.region, self.category], fill=True, spacing=4))
        layout.addWidget(filters)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addWidget(quiet_label("Drag into the plan, or select and press Enter."))
        layout.addLayout(buttons)

        self.list.selectionModel().currentChanged.connect(lambda *_: self._update_edit_button())
        self.list.selectionModel().currentChanged.connect(lambda *_: self.currentExerciseChanged.emit())
        # A new library or filter can change the current row without a currentChanged of its own.
        self.filter.modelReset.connect(self.currentExerciseChanged.emit)
        self.filter.layoutChanged.connect(self.currentExerciseChanged.emit)
        self._update_edit_button()
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self._add_from_search)
        self.region.currentIndexChanged.connect(lambda _i: self._region_changed())
        self.category.currentIndexChanged.connect(lambda _i: self._filters_changed())
        self.equipment.currentIndexChanged.connect(lambda _i: self._filters_changed())
        self.level.currentIndexChanged.connect(lambda _i: self._filters_changed())

    def set_exercises(self, exercises: Sequence[Exercise]) -> None:
        """Show a new library (after the clinic added an exercise, say), keeping the filters."""
        self.model.set_exercises(exercises)
        self._exercises = exercises
        regions = [r for r in REGIONS if any(e.region == r for e in exercises)]
        regions += sorted({e.region for e in exercises if e.region} - set(regions))
        kit_names: dict[str, str] = {}
        for exercise in exercises:
            for item in exercise.equipment:
                kit_names.setdefault(fold(equipment_name(item)), equipment_name(item))
        for combo, everything, values in (
            (self.region, "All regions", [(r, r) for r in regions]),
            (self.equipment, "Any equipment", [(kit_names[k].capitalize(), k) for k in sorted(kit_names)]),
            (self.level, "Any level", [(level.label, level.value) for level in Level]),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, "")
            for label, value in values:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)
        self._fill_categories()

    def _fill_categories(self) -> None:
        """The category choices follow the chosen region: only the categories that hold its exercises."""
        region = self.region.currentData() or ""
        shown = [e for e in self._exercises if not region or e.region == region]
        categories = [c for c in CATEGORIES if any(e.category == c for e in shown)]
        categories += sorted({e.category for e in shown} - set(categories))
        chosen = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem("All categories", "")
        for category in categories:
            self.category.addItem(category, category)
        self.category.setCurrentIndex(max(0, self.category.findData(chosen)))  # a category of another region goes
        self.category.blockSignals(False)
        self.category.setToolTip(self.category.currentText())

    # -- searching -------------------------------------------------------------------

    def _search_changed(self, text: str) -> None:
        self.filter.set_search(text)
        self._after_filtering()
        # Enter adds the highlighted row: after each change of the words that is the best match, shown selected
        # (a row left current from an earlier search was added instead, though another was listed first).
        if self.filter.rowCount():
            first = self.filter.index(0, 0)
            self.list.setCurrentIndex(first)
            self.list.scrollTo(first)

    def _region_changed(self) -> None:
        self._fill_categories()
        self._filters_changed()

    def _filters_changed(self) -> None:
        self.filter.set_region(self.region.currentData() or "")
        self.filter.set_category(self.category.currentData() or "")
        self.filter.set_equipment(self.equipment.currentData() or "")
        self.filter.set_level(self.level.currentData() or "")
        self._after_filtering()

    def _after_filtering(self) -> None:
        count = self.filter.rowCount()
        if count == 0:
            self.empty.setText("No exercise matches. Try fewer words, or set the filters back to \u201cAll\u201d.")
            self.empty.show()
        else:
            self.empty.hide()
        if count and not self.list.currentIndex().isValid():
            self.list.setCurrentIndex(self.filter.index(0, 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Qt: the Down key in the search box moves into the list."""
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
        ):
            self.list.setFocus()
            if not self.list.currentIndex().isValid() and self.filter.rowCount():
                self.list.setCurrentIndex(self.filter.index(0, 0))
            return True
        return super().eventFilter(watched, event)

    # -- adding ----------------------------------------------------------------------------

    def selected_ids(self) -> list[str]:
        rows = sorted(self.list.selectionModel().selectedRows(), key=QModelIndex.row)
        ids = [str(index.data(ExerciseIdRole)) for index in rows]
        if not ids and self.list.currentIndex().isValid():
            ids = [str(self.list.currentIndex().data(ExerciseIdRole))]
        return ids

    def select_exercise(self, exercise_id: str, *, reveal: bool = False) -> None:
        """Make an exercise the current one; ``reveal`` clears the search and filters if they hide it."""
        row = self.model.row_of(exercise_id)
        if row < 0:
            return
        index = self.filter.mapFromSource(self.model.index(row, 0))
        if not index.isValid() and reveal:
            self.search.clear()
            for combo in (self.region, self.category, self.equipment, self.level):
                combo.setCurrentIndex(0)
            index = self.filter.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.list.setCurrentIndex(index)
            self.list.scrollTo(index)

    def _add_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.addRequested.emit(ids)

    def _add_from_search(self) -> None:
        index = self.list.currentIndex()
        if not index.isValid() and self.filter.rowCount():
            index = self.filter.index(0, 0)
        if index.isValid():
            self.addRequested.emit([str(index.data(ExerciseIdRole))])

    # -- the clinic's own exercises ------------------------------------------------------------

    def current_exercise(self) -> Exercise | None:
        index = self.list.currentIndex()
        if not index.isValid():
            return None
        return self.model.exercise(self.filter.mapToSource(index).row())

    def _update_edit_button(self) -> None:
        exercise = self.current_exercise()
        builtin = exercise is None or exercise.builtin
        self.edit_button.setText("Edit a copy…" if builtin else "Edit…")
        self.edit_button.setToolTip(
            "Make the clinic's own copy of this exercise to change; the built-in one stays"
            if builtin
            else "Change this exercise of the clinic's own"
        )
        self.edit_button.setEnabled(exercise is not None)

    def edit_current(self) -> None:
        """Ask to edit the current exercise (the clinic's own) or a copy of it (a built-in one)."""
        exercise = self.current_exercise()
        if exercise is not None:
            self.editExerciseRequested.emit(exercise.id)

    def delete_current(self) -> None:
        """Ask to delete the current exercise, if it is one of the clinic's own."""
        exercise = self.current_exercise()
        if exercise is not None and not exercise.builtin:
            self.deleteExerciseRequested.emit(exercise.id)

    def context_menu(self, exercise: Exercise | None) -> QMenu:
        """The list's right-click menu for an exercise (or for the empty space below the rows)."""
        menu = QMenu(self)
        if exercise is not None:
            exercise_id = exercise.id
            menu.addAction("Add to plan", lambda: self.addRequested.emit([exercise_id]))
            menu.addAction(
                "Edit a copy…" if exercise.builtin else "Edit…", lambda: self.editExerciseRequested.emit(exercise_id)
            )
            if not exercise.builtin:
                menu.addAction("Delete…", lambda: self.deleteExerciseRequested.emit(exercise_id))
            menu.addSeparator()
        menu.addAction("New exercise…", self.newExerciseRequested.emit)
        return menu

    def _show_context_menu(self, position: QPoint) -> None:
        index = self.list.indexAt(position)
        if index.isValid():
            self.list.setCurrentIndex(index)
        menu = self.context_menu(self.current_exercise() if index.isValid() else None)
        menu.exec(self.list.viewport().mapToGlobal(position))
        menu.deleteLater()
