"""The exercise library: search as you type, filters, and a list to drag from.

Enter (in the list, or in the search box) adds the selected exercise to the
plan; the Down key goes from the search box into the list.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from designer.domain import CATEGORIES, Exercise, Level
from designer.library import equipment_name, fold

from ..models.library_model import ExerciseIdRole, LibraryFilter, LibraryModel, SubtitleRole
from ..thumbnails import Thumbnails
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

    def __init__(self, exercises: Sequence[Exercise], thumbnails: Thumbnails, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = LibraryModel(exercises, thumbnails, self)
        self.filter = LibraryFilter(self)
        self.filter.setSourceModel(self.model)

        heading = QLabel("Library")
        heading.setObjectName("paneHeading")
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search: name, body area, equipment…")
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(self)
        self.category = QComboBox()
        self.equipment = QComboBox()
        self.level = QComboBox()
        for combo in (self.category, self.equipment, self.level):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
        self.set_exercises(exercises)

        self.list = LibraryList()
        self.list.setModel(self.filter)
        self.list.setUniformItemSizes(True)  # 2,000 rows lay out at once without measuring each
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setDragEnabled(True)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.list.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.list.setItemDelegate(TwoLineDelegate(SubtitleRole, None, self.list, picture_size=thumbnails.size))
        self.list.addRequested.connect(self._add_selected)
        self.list.doubleClicked.connect(lambda index: self.addRequested.emit([index.data(ExerciseIdRole)]))
        self.empty = QLabel()
        self.empty.setObjectName("quiet")
        self.empty.setWordWrap(True)
        self.empty.hide()

        filters = QHBoxLayout()
        filters.setSpacing(4)
        filters.addWidget(self.equipment, 3)
        filters.addWidget(self.level, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.search)
        layout.addWidget(self.category)
        layout.addLayout(filters)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        hint = QLabel("Drag into the plan, or select and press Enter.")
        hint.setObjectName("quiet")
        hint.setWordWrap(True)
        layout.addWidget(hint)

        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self._add_from_search)
        self.category.currentIndexChanged.connect(lambda _i: self._filters_changed())
        self.equipment.currentIndexChanged.connect(lambda _i: self._filters_changed())
        self.level.currentIndexChanged.connect(lambda _i: self._filters_changed())

    def set_exercises(self, exercises: Sequence[Exercise]) -> None:
        """Show a new library (after the clinic added an exercise, say), keeping the filters."""
        self.model.set_exercises(exercises)
        categories = [c for c in CATEGORIES if any(e.category == c for e in exercises)]
        categories += sorted({e.category for e in exercises} - set(categories))
        kit_names: dict[str, str] = {}
        for exercise in exercises:
            for item in exercise.equipment:
                kit_names.setdefault(fold(equipment_name(item)), equipment_name(item))
        for combo, everything, values in (
            (self.category, "All categories", [(c, c) for c in categories]),
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

    # -- searching -------------------------------------------------------------------

    def _search_changed(self, text: str) -> None:
        self.filter.set_search(text)
        self._after_filtering()

    def _filters_changed(self) -> None:
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
        if watched is self.search and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() == Qt.Key.Key_Down:
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

    def select_exercise(self, exercise_id: str) -> None:
        row = self.model.row_of(exercise_id)
        if row < 0:
            return
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
