"""The plan as the therapist edits it: a tree of stages and exercises.

Drops and drags go through the model (see ``PlanTreeModel``); this view adds
the keys (Delete removes, Ctrl+Up and Ctrl+Down move) and keeps the selection
and the open stages when the model is rebuilt after an edit.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from ..models.plan_model import KindRole, PlanTreeModel, RowIdRole, SubtitleRole
from .row_delegate import TwoLineDelegate


class PlanTreeView(QTreeView):
    """Shows a ``PlanTreeModel``; says what the keyboard asked for through signals."""

    removeRequested = Signal()
    moveRequested = Signal(int)  # -1 up, +1 down
    currentRowChanged = Signal(str, str)  # kind ("stage", "item" or ""), id

    def __init__(self, model: PlanTreeModel, picture_size: QSize | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self._model = model
        self.setHeaderHidden(True)
        self.setRootIsDecorated(True)
        self.setIndentation(18)
        self.setAnimated(False)
        self.setExpandsOnDoubleClick(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setItemDelegate(TwoLineDelegate(SubtitleRole, KindRole, self, picture_size=picture_size))
        self.empty_text = "Pick a client on the left, or add one, to start a plan."
        self._collapsed: set[str] = set()
        self._keep_selection: list[str] = []
        self._keep_current = ""
        model.modelAboutToBeReset.connect(self._remember)
        model.modelReset.connect(self._restore)
        self.collapsed.connect(lambda index: self._collapsed.add(str(index.data(RowIdRole))))
        self.expanded.connect(lambda index: self._collapsed.discard(str(index.data(RowIdRole))))
        self.selectionModel().currentChanged.connect(self._current_changed)
        self.expandAll()

    # -- selection ----------------------------------------------------------------

    def selected_ids(self) -> tuple[list[str], list[str]]:
        """The selected exercises' and stages' ids, in the order shown."""
        items: list[str] = []
        stages: list[str] = []
        for index in sorted(self.selectionModel().selectedRows(), key=self._position):
            row_id = str(index.data(RowIdRole))
            (stages if index.data(KindRole) == "stage" else items).append(row_id)
        return items, stages

    def current_ids(self) -> tuple[str, str]:
        index = self.currentIndex()
        if not index.isValid():
            return "", ""
        return str(index.data(KindRole)), str(index.data(RowIdRole))

    def _position(self, index: QModelIndex) -> tuple[int, int]:
        parent = index.parent()
        return (parent.row(), index.row()) if parent.isValid() else (index.row(), -1)

    def select_ids(self, row_ids: list[str]) -> None:
        """Select these rows (the first becomes current) and show them."""
        selection = QItemSelection()
        first = QModelIndex()
        for row_id in row_ids:
            index = self._model.index_of_id(row_id)
            if index.isValid():
                selection.select(index, index)
                if not first.isValid():
                    first = index
        if not first.isValid():
            self._current_changed(QModelIndex(), QModelIndex())
            return
        flags = QItemSelectionModel.SelectionFlag
        self.selectionModel().setCurrentIndex(first, flags.NoUpdate)
        self.selectionModel().select(selection, flags.ClearAndSelect | flags.Rows)
        self._current_changed(first, QModelIndex())
        self.scrollTo(first)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.currentRowChanged.emit(str(current.data(KindRole)), str(current.data(RowIdRole)))
        else:
            self.currentRowChanged.emit("", "")

    def _remember(self) -> None:
        items, stages = self.selected_ids()
        self._keep_selection = items + stages
        self._keep_current = self.current_ids()[1]

    def _restore(self) -> None:
        # Stages stay open unless the therapist closed them.
        for row in range(self._model.rowCount()):
            index = self._model.index(row, 0)
            if index.data(KindRole) == "stage":
                self.setExpanded(index, str(index.data(RowIdRole)) not in self._collapsed)
        wanted = [self._keep_current, *[i for i in self._keep_selection if i != self._keep_current]]
        self.select_ids([row_id for row_id in wanted if row_id])

    # -- keys ----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Qt: Delete removes the selected rows; Ctrl+Up and Ctrl+Down move them."""
        key = event.key()
        control = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not event.modifiers() & ~(
            Qt.KeyboardModifier.KeypadModifier
        ):
            self.removeRequested.emit()
            event.accept()
            return
        if control and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.moveRequested.emit(-1 if key == Qt.Key.Key_Up else 1)
            event.accept()
            return
        super().keyPressEvent(event)

    # -- empty state -------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        """Qt: an empty plan says what to do instead of showing a blank box."""
        super().paintEvent(event)
        if self._model.rowCount() > 0:
            return
        painter = QPainter(self.viewport())
        painter.setPen(QColor("#6B7775"))
        font = painter.font()
        font.setPointSizeF(font.pointSizeF() * 1.05)
        painter.setFont(font)
        rect = self.viewport().rect().adjusted(24, 24, -24, -24)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), self.empty_text)
        painter.end()
