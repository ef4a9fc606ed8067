"""The open plan as a Qt tree: stage rows with their exercise rows under them.

Exercises not in any stage are shown first, at the top level, then each
stage.  The model only adapts the document's current ``Plan``: drops do not
change it directly but push undoable commands, and the model follows the
document's ``planChanged`` signal.

Drag and drop is in ``mimeData``/``dropMimeData`` (as napari does), so tests
can drop without a mouse.  Library drags carry exercise ids; drags inside the
plan carry row ids and become move commands.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractItemModel, QMimeData, QModelIndex, QObject, QPersistentModelIndex, Qt

from designer.domain import Exercise, Plan, PlanItem, Stage
from designer.workflows.precautions import exercise_conflicts

from .. import commands
from ..document import PlanDocument
from ..mime import (
    EXERCISE_IDS_MIME,
    PLAN_ROWS_MIME,
    PlanRows,
    exercise_ids_from_mime,
    plan_rows_from_mime,
    plan_rows_to_mime,
)
from ..plan_edits import default_stage_for_new_items
from ..thumbnails import Thumbnails
from .base_list import spoken

AnyIndex = QModelIndex | QPersistentModelIndex

RowIdRole = Qt.ItemDataRole.UserRole + 1
KindRole = Qt.ItemDataRole.UserRole + 2
SubtitleRole = Qt.ItemDataRole.UserRole + 3
PrecautionRole = Qt.ItemDataRole.UserRole + 4  # why the exercise may not suit the client's conditions, or ""

STAGE = "stage"
ITEM = "item"

# internalId of a top-level row; a row under a stage has the stage's position + 1.
TOP = 0


class PlanTreeModel(QAbstractItemModel):
    """Stages and exercises of the document's plan, for a ``QTreeView``."""

    def __init__(
        self,
        document: PlanDocument,
        exercise: Callable[[str], Exercise | None],
        thumbnails: Thumbnails | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._exercise = exercise
        self._thumbnails = thumbnails
        self._plan: Plan | None = None
        self._loose: list[PlanItem] = []
        self._stages: list[Stage] = []
        self._children: list[list[PlanItem]] = []
        document.planChanged.connect(self._follow_document)
        self._follow_document()

    # -- following the document -----------------------------------------------------

    def _shape(self, plan: Plan | None) -> tuple[object, ...]:
        if plan is None:
            return ()
        return (
            plan.id,
            tuple(item.id for item in plan.items_in("")),
            tuple((stage.id, tuple(item.id for item in plan.items_in(stage.id))) for stage in plan.stages),
        )

    def _follow_document(self) -> None:
        plan = self._document.plan
        if self._shape(plan) == self._shape(self._plan):
            # Same rows in the same places: only their text changed.
            self._take(plan)
            self._rows_changed()
            return
        # Rows came, went or moved.  Plans are short, so a reset is cheap; the view keeps
        # its selection and open stages by id (see PlanTreeView).
        self.beginResetModel()
        self._take(plan)
        self.endResetModel()

    def _take(self, plan: Plan | None) -> None:
        self._plan = plan
        if plan is None:
            self._loose, self._stages, self._children = [], [], []
            return
        self._loose = plan.items_in("")
        self._stages = list(plan.stages)
        self._children = [plan.items_in(stage.id) for stage in self._stages]

    def _rows_changed(self) -> None:
        top = self.rowCount()
        if top == 0:
            return
        self.dataChanged.emit(self.index(0, 0), self.index(top - 1, 0))
        for position, items in enumerate(self._children):
            if items:
                parent = self.index(len(self._loose) + position, 0)
                self.dataChanged.emit(self.index(0, 0, parent), self.index(len(items) - 1, 0, parent))

    # -- reading rows ----------------------------------------------------------------------

    @property
    def plan(self) -> Plan | None:
        return self._plan

    def row_object(self, index: AnyIndex) -> Stage | PlanItem | None:
        """The stage or plan item a row shows."""
        if not index.isValid():
            return None
        parent_id = index.internalId()
        row = index.row()
        if parent_id == TOP:
            if row < len(self._loose):
                return self._loose[row]
            position = row - len(self._loose)
            return self._stages[position] if position < len(self._stages) else None
        items = self._children[parent_id - 1] if parent_id - 1 < len(self._children) else []
        return items[row] if row < len(items) else None

    def index_of_id(self, row_id: str) -> QModelIndex:
        """The index of the stage or item with this id (invalid when not shown)."""
        for row, item in enumerate(self._loose):
            if item.id == row_id:
                return self.index(row, 0)
        for position, stage in enumerate(self._stages):
            stage_index = self.index(len(self._loose) + position, 0)
            if stage.id == row_id:
                return stage_index
            for row, item in enumerate(self._children[position]):
                if item.id == row_id:
                    return self.index(row, 0, stage_index)
        return QModelIndex()

    def stage_index(self, stage_id: str) -> QModelIndex:
        return self.index_of_id(stage_id) if stage_id else QModelIndex()

    # -- Qt's model interface -----------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        """Qt: the index of a row; rows under a stage remember the stage's position."""
        if column != 0 or row < 0 or not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, TOP)
        if parent.internalId() != TOP:
            return QModelIndex()
        position = parent.row() - len(self._loose)
        return self.createIndex(row, 0, position + 1)

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        """Qt: an exercise in a stage has the stage row as parent; top-level rows have none."""
        if not index.isValid() or index.internalId() == TOP:
            return QModelIndex()
        return self.createIndex(len(self._loose) + index.internalId() - 1, 0, TOP)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Qt: top level holds loose exercises then stages; a stage holds its exercises."""
        if not parent.isValid():
            return len(self._loose) + len(self._stages)
        if parent.internalId() != TOP or parent.column() != 0:
            return 0
        position = parent.row() - len(self._loose)
        return len(self._children[position]) if 0 <= position < len(self._children) else 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Qt: one column; the delegate draws the picture, name and prescription in it."""
        return 1

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Qt: names, prescriptions in short, pictures, and the ids our code reads back."""
        row = self.row_object(index)
        if row is None:
            return None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            # A screen reader says the row's name and its second line, as the eye reads them.
            return spoken(self.data(index, Qt.ItemDataRole.DisplayRole), self.data(index, SubtitleRole))
        if isinstance(row, Stage):
            return self._stage_data(row, index, role)
        return self._item_data(row, role)

    def _stage_data(self, stage: Stage, index: AnyIndex, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return stage.title
        if role == SubtitleRole:
            count = self.rowCount(index)
            parts = [
                f"Weeks {stage.weeks}" if stage.weeks else "",
                stage.goal,
                f"{count} exercise{'s' if count != 1 else ''}" if count else "empty: drag exercises here",
            ]
            return " · ".join(part for part in parts if part)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [stage.title]
            if stage.goal:
                lines.append("Goal: " + stage.goal)
            if stage.move_on_when:
                lines.append("Move on when: " + stage.move_on_when)
            return "\n".join(lines)
        if role == RowIdRole:
            return stage.id
        if role == KindRole:
            return STAGE
        return None

    def _item_data(self, item: PlanItem, role: int) -> object:
        exercise = self._exercise(item.exercise_id)
        if role == Qt.ItemDataRole.DisplayRole:
            return exercise.name if exercise else f"Missing exercise ({item.exercise_id})"
        if role == SubtitleRole:
            short = item.prescription.in_short()
            short = f"{short} · note" if item.note else short
            return f"\u26a0 precaution · {short}" if self._precaution(exercise) else short
        if role == Qt.ItemDataRole.DecorationRole:
            if self._thumbnails is None:
                return None
            return self._thumbnails.pixmap(exercise, item.exercise_id)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = item.prescription.in_words()
            text = f"{text}\nNote: {item.note}" if item.note else text
            warning = self._precaution(exercise)
            return f"{warning}\n\n{text}" if warning else text
        if role == PrecautionRole:
            return self._precaution(exercise)
        if role == RowIdRole:
            return item.id
        if role == KindRole:
            return ITEM
        return None

    def _precaution(self, exercise: Exercise | None) -> str:
        """The precaution warning for this exercise and the plan's client ("" when it suits them)."""
        if exercise is None:
            return ""
        return " ".join(conflict.message for conflict in exercise_conflicts(exercise, self._document.client))

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """Qt: every row can be dragged; stages and the empty area accept drops."""
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if self._plan is not None else Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        if isinstance(self.row_object(index), Stage):
            return base | Qt.ItemFlag.ItemIsDropEnabled
        return base | Qt.ItemFlag.ItemNeverHasChildren

    def removeRows(self, row: int, count: int, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        """Qt: never remove rows behind the document's back.

        After a move inside the view Qt asks the source to remove the dragged
        rows; the move command has already put them in their new place, so
        the answer is no.
        """
        return False

    # -- drag and drop -----------------------------------------------------------------------

    def mimeTypes(self) -> list[str]:
        """Qt: we accept exercises from the library and rows of this plan."""
        return [EXERCISE_IDS_MIME, PLAN_ROWS_MIME]

    def supportedDropActions(self) -> Qt.DropAction:
        """Qt: library exercises are copied in; plan rows are moved."""
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        """Qt: rows dragged out of the plan view are moved within it."""
        return Qt.DropAction.MoveAction

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        """Qt: the dragged rows' ids.  When a stage is among them, the stages move (with their exercises)."""
        items: list[str] = []
        stages: list[str] = []
        for index in sorted(indexes, key=self._display_position):
            row = self.row_object(index)
            if isinstance(row, Stage):
                stages.append(row.id)
            elif isinstance(row, PlanItem):
                items.append(row.id)
        plan_id = self._plan.id if self._plan is not None else ""
        return plan_rows_to_mime(PlanRows(plan_id, [] if stages else items, stages))

    def _display_position(self, index: QModelIndex) -> tuple[int, int]:
        parent = index.parent()
        return (parent.row(), index.row()) if parent.isValid() else (index.row(), -1)

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex) -> bool:
        """Qt: exercises may land anywhere; plan rows only from this plan; stages only between stages."""
        if self._plan is None:
            return False
        if data.hasFormat(EXERCISE_IDS_MIME):
            return bool(exercise_ids_from_mime(data))
        rows = plan_rows_from_mime(data)
        if rows is None or rows.plan_id != self._plan.id:
            return False
        if rows.stage_ids:
            return not parent.isValid() or isinstance(self.row_object(parent), Stage)
        return bool(rows.item_ids)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex) -> bool:
        """Qt: a drop becomes one undoable command: add the exercises, or move the rows."""
        if action == Qt.DropAction.IgnoreAction:
            return True
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        plan = self._plan
        assert plan is not None
        rows = plan_rows_from_mime(data)
        if rows is not None and rows.stage_ids:
            self._document.push(commands.move_stages(self._document, rows.stage_ids, self._stage_position(row, parent)))
            return True
        stage_id, position = self._drop_place(row, parent)
        if rows is not None:
            self._document.push(commands.move_items(self._document, rows.item_ids, stage_id, position))
            return True
        exercises = [found for found in map(self._exercise, exercise_ids_from_mime(data)) if found is not None]
        if not exercises:
            return False
        self._document.push(commands.add_exercises(self._document, exercises, stage_id, position))
        return True

    def _drop_place(self, row: int, parent: AnyIndex) -> tuple[str, int | None]:
        """The stage and the row in it where dropped exercises go."""
        target = self.row_object(parent) if parent.isValid() else None
        if isinstance(target, Stage):
            return target.id, row if row >= 0 else None
        if isinstance(target, PlanItem):  # dropped onto an exercise: just before it
            group = self._children[parent.internalId() - 1] if parent.internalId() != TOP else self._loose
            return target.stage_id, group.index(target)
        plan = self._plan
        assert plan is not None
        if row < 0:  # the empty space below the rows: the end of the plan
            return default_stage_for_new_items(plan), None
        if row <= len(self._loose) and (self._loose or not self._stages or row < len(self._loose)):
            return "", row
        # Between two stage rows: the end of the stage above.
        position = min(row - len(self._loose), len(self._stages)) - 1
        if position < 0:
            return self._stages[0].id, 0
        return self._stages[position].id, None

    def _stage_position(self, row: int, parent: AnyIndex) -> int | None:
        if parent.isValid():  # dropped onto a stage: take its place
            return parent.row() - len(self._loose)
        if row < 0:
            return None
        return max(0, row - len(self._loose))
