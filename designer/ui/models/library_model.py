"""The exercise library as a Qt list, and the filter behind the library's search box.

``LibraryModel`` adapts a list of ``Exercise`` values (it never changes
them); dragging rows out of it carries exercise ids.  ``LibraryFilter``
narrows it as the therapist types: every word typed must appear in the
exercise's name, category, body areas, equipment, level or purpose, with the
same folding (case, accents, apostrophes) as ``Library.search``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QMimeData, QModelIndex, QObject, QSortFilterProxyModel, Qt

from designer.domain import Exercise
from designer.library import equipment_name, fold

from ..mime import EXERCISE_IDS_MIME, exercise_ids_to_mime
from ..thumbnails import Thumbnails
from .base_list import AnyIndex, RowListModel

ExerciseIdRole = Qt.ItemDataRole.UserRole + 1
SubtitleRole = Qt.ItemDataRole.UserRole + 2
CategoryRole = Qt.ItemDataRole.UserRole + 3
LevelRole = Qt.ItemDataRole.UserRole + 4


def equipment_keys(exercise: Exercise) -> frozenset[str]:
    """The kit an exercise uses, folded as the equipment filter compares it."""
    return frozenset(fold(equipment_name(item)) for item in exercise.equipment)


def search_text(exercise: Exercise) -> str:
    """Everything the search box looks in, folded (no case, accents or apostrophes) as ``Library.search`` does."""
    return fold(
        " ".join(
            [
                exercise.name,
                exercise.id,
                exercise.category,
                exercise.region,
                exercise.level.value,
                exercise.purpose,
                *exercise.body_areas,
                *exercise.equipment,
            ]
        )
    )


class LibraryModel(RowListModel[Exercise]):
    """A read-only list of exercises, one row each; rows can be dragged into a plan."""

    SPOKEN_WITH_NAME = SubtitleRole

    EXTRA_FLAGS = Qt.ItemFlag.ItemIsDragEnabled

    def __init__(
        self, exercises: Sequence[Exercise] = (), thumbnails: Thumbnails | None = None, parent: QObject | None = None
    ) -> None:
        self._thumbnails = thumbnails
        self._search: list[str] = []
        self._equipment: list[frozenset[str]] = []
        super().__init__(exercises, parent)

    def set_exercises(self, exercises: Sequence[Exercise]) -> None:
        self.set_rows(exercises)

    def _rows_changed(self) -> None:
        # Worked out once here so that filtering on each keystroke is only string look-ups.
        self._search = [search_text(exercise) for exercise in self._rows]
        self._equipment = [equipment_keys(exercise) for exercise in self._rows]

    # -- reading ------------------------------------------------------------------

    def exercise(self, row: int) -> Exercise:
        return self._rows[row]

    def exercises(self) -> list[Exercise]:
        return self.rows()

    def search_text(self, row: int) -> str:
        return self._search[row]

    def equipment_of(self, row: int) -> frozenset[str]:
        return self._equipment[row]

    def row_of(self, exercise_id: str) -> int:
        return self.row_of_id(exercise_id)

    def row_data(self, exercise: Exercise, role: int) -> object:
        """What each row shows (name, picture, a line of detail) and the ids our code reads."""
        if role == Qt.ItemDataRole.DisplayRole:
            return exercise.name
        if role == Qt.ItemDataRole.DecorationRole:
            return self._thumbnails.pixmap(exercise) if self._thumbnails is not None else None
        if role == SubtitleRole:
            own = "" if exercise.builtin else " · the clinic's own"
            return f"{exercise.category} · {exercise.level.label}{own}"
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [exercise.name]
            if exercise.purpose:
                lines.append(exercise.purpose)
            if exercise.equipment:
                lines.append("You need: " + ", ".join(exercise.equipment))
            lines.append("Drag into the plan, or press Enter to add it.")
            return "\n".join(lines)
        if role == ExerciseIdRole:
            return exercise.id
        if role == CategoryRole:
            return exercise.category
        if role == LevelRole:
            return exercise.level.value
        return None

    # -- dragging -------------------------------------------------------------------------

    def mimeTypes(self) -> list[str]:
        """Qt: a drag from the library carries exercise ids in our own format."""
        return [EXERCISE_IDS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        """Qt: the dragged rows as exercise ids, in list order."""
        rows = sorted({index.row() for index in indexes if index.isValid()})
        return exercise_ids_to_mime([self._rows[row].id for row in rows])

    def supportedDragActions(self) -> Qt.DropAction:
        """Qt: a library exercise is copied into a plan, never moved out of the library."""
        return Qt.DropAction.CopyAction


class LibraryFilter(QSortFilterProxyModel):
    """Search words and the region, category, equipment and level filters over a ``LibraryModel``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._category = ""
        self._region = ""
        self._equipment = ""
        self._level = ""
        self.setDynamicSortFilter(False)

    def set_search(self, text: str) -> None:
        words = fold(text).split()
        if words != self._words:
            self._change(lambda: setattr(self, "_words", words))

    def set_category(self, category: str) -> None:
        if category != self._category:
            self._change(lambda: setattr(self, "_category", category))

    def set_region(self, region: str) -> None:
        if region != self._region:
            self._change(lambda: setattr(self, "_region", region))

    def set_equipment(self, equipment: str) -> None:
        if equipment != self._equipment:
            self._change(lambda: setattr(self, "_equipment", fold(equipment)))

    def set_level(self, level: str) -> None:
        if level != self._level:
            self._change(lambda: setattr(self, "_level", level))

    @property
    def is_filtering(self) -> bool:
        return bool(self._words or self._category or self._region or self._equipment or self._level)

    def _change(self, update: object) -> None:
        # Qt 6.9 and later tell views a filter is changing before it changes; older ones only after.
        begin = getattr(self, "beginFilterChange", None)
        if begin is not None:
            begin()
            update()  # type: ignore[operator]
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            update()  # type: ignore[operator]
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        """Qt: keep an exercise when every typed word and every chosen filter matches it."""
        model = self.sourceModel()
        if not isinstance(model, LibraryModel):
            return True
        exercise = model.exercise(source_row)
        if self._category and exercise.category != self._category:
            return False
        if self._region and exercise.region != self._region:
            return False
        if self._level and exercise.level.value != self._level:
            return False
        if self._equipment and self._equipment not in model.equipment_of(source_row):
            return False
        if self._words:
            text = model.search_text(source_row)
            return all(word in text for word in self._words)
        return True
