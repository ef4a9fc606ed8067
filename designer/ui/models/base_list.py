"""The one base of the window's read-only list models: a Qt list over a plain Python list of rows.

The library, the clients, a client's plans and the sent log are each such a list.  This class holds the rows and
answers Qt's questions (how many rows, which flags, is this index valid); each model says only what one row shows
(``row_data``) and what its id is (``id_of``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar, Generic, TypeVar

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

AnyIndex = QModelIndex | QPersistentModelIndex

Row = TypeVar("Row")


def spoken(name: object, second_line: object) -> str:
    """What a screen reader says for a row: its name, then its second line ("3 × 10 · bodyweight")."""
    words = [str(part).replace(" · ", ", ") for part in (name, second_line) if part]
    return ", ".join(words)


class RowListModel(QAbstractListModel, Generic[Row]):
    """A read-only list of rows; ``set_rows`` replaces them all (the views are told to start again)."""

    EXTRA_FLAGS: ClassVar[Qt.ItemFlag] = Qt.ItemFlag.NoItemFlags  # e.g. ItemIsDragEnabled
    # The role of the row's second line: a screen reader says it after the name ("Glute Bridge, Gentle").
    SPOKEN_WITH_NAME: ClassVar[int | None] = None

    def __init__(self, rows: Sequence[Row] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self.set_rows(rows)

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._rows_changed()
        self.endResetModel()

    def _rows_changed(self) -> None:
        """Called with the new rows in place, before the views are told: work out what filtering needs."""

    def rows(self) -> list[Row]:
        return list(self._rows)

    def row_at(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of_id(self, row_id: str) -> int:
        """The row with this id, or -1."""
        for row, value in enumerate(self._rows):
            if self.id_of(value) == row_id:
                return row
        return -1

    def id_of(self, value: Row) -> str:
        return str(getattr(value, "id", ""))

    def row_data(self, value: Row, role: int) -> object:
        """What ``value`` shows for ``role`` (None: nothing)."""
        raise NotImplementedError

    # -- Qt's model interface -------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's default argument)
        """Qt: one row per value; a list has no children."""
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Qt: what the row at ``index`` shows for ``role``."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            extra = self.row_data(row, self.SPOKEN_WITH_NAME) if self.SPOKEN_WITH_NAME is not None else None
            return spoken(self.row_data(row, Qt.ItemDataRole.DisplayRole), extra)
        return self.row_data(row, role)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """Qt: rows can be selected (and, where a model says so, dragged), never edited in place."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
            | self.EXTRA_FLAGS
        )
