"""Every plan edit as an undoable command.

Each command holds the plan before and after the edit (plans are immutable,
so this is cheap and exact): redo puts the after value in the document, undo
the before value.  Typing in one field of one row merges into one command, so
one Ctrl+Z takes back a whole word rather than a letter.

Selection follows undo and redo: a command gives back, on undo, the rows that
were selected when it was made, and on redo the rows the edit selects (the
added rows, the row after removed ones, the exercise whose prescription changed).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtGui import QUndoCommand

from designer.domain import Exercise, Layout, Plan, Prescription, Stage

from . import plan_edits
from .document import PlanDocument


class PlanCommand(QUndoCommand):
    """Swap the document's plan for ``after``; undo brings back the plan as it was."""

    def __init__(
        self,
        document: PlanDocument,
        after: Plan,
        text: str,
        *,
        select_after: Sequence[str] | None = None,
        select_before: Sequence[str] | None = None,
    ) -> None:
        """``select_before`` defaults to the rows selected now; ``select_after`` to the same rows."""
        super().__init__(text)
        assert document.plan is not None, "an edit needs an open plan"
        self.document = document
        self.before: Plan = document.plan
        self.after: Plan = after
        self.select_before = list(document.selection if select_before is None else select_before)
        self.select_after = list(self.select_before if select_after is None else select_after)

    def redo(self) -> None:
        self.document.apply(self.after, self.select_after)

    def undo(self) -> None:
        self.document.apply(self.before, self.select_before)


class MergingPlanCommand(PlanCommand):
    """An edit made by typing: consecutive edits of the same field of the same row merge into one."""

    MERGE_ID = 1000

    def __init__(self, document: PlanDocument, after: Plan, text: str, key: tuple[Any, ...], **kwargs: Any) -> None:
        super().__init__(document, after, text, **kwargs)
        self.key = key

    def id(self) -> int:
        return self.MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Qt asks whether ``other``, just pushed, can be folded into this command."""
        if not isinstance(other, MergingPlanCommand) or other.key != self.key:
            return False
        self.after = other.after
        self.select_after = other.select_after
        # Typed back to where it started: nothing to undo any more.
        self.setObsolete(self.after == self.before)
        return True


def _name(exercise: Exercise | None, fallback: str = "exercise") -> str:
    return exercise.name if exercise is not None else fallback


def add_exercises(
    document: PlanDocument, exercises: Sequence[Exercise], stage_id: str, row: int | None = None
) -> PlanCommand:
    plan = _plan(document)
    after, new_ids = plan_edits.add_exercises(plan, exercises, stage_id, row)
    text = f"Add {exercises[0].name}" if len(exercises) == 1 else f"Add {len(exercises)} exercises"
    return PlanCommand(document, after, text, select_after=new_ids)


def remove_rows(document: PlanDocument, item_ids: Sequence[str], stage_ids: Sequence[str] = ()) -> PlanCommand:
    plan = _plan(document)
    after = plan_edits.remove_stages(plan_edits.remove_items(plan, item_ids), stage_ids)
    removed = len(plan.items) - len(after.items)
    if stage_ids:
        text = "Remove stage" if len(stage_ids) == 1 else f"Remove {len(stage_ids)} stages"
    else:
        text = "Remove exercise" if removed == 1 else f"Remove {removed} exercises"
    return PlanCommand(
        document, after, text, select_before=[*item_ids, *stage_ids], select_after=_row_after(plan, item_ids, stage_ids)
    )


def _row_after(plan: Plan, item_ids: Sequence[str], stage_ids: Sequence[str]) -> list[str]:
    """The row to select once these rows are removed: the one after the last of them (a second Delete removes
    it too), else the one before; for exercises, their stage when it has no others left."""
    gone = {*item_ids, *stage_ids}
    if stage_ids:
        rows = [stage.id for stage in plan.stages]
    else:
        stage_of = {item.id: item.stage_id for item in plan.items}
        stage = stage_of.get(item_ids[-1], "") if item_ids else ""
        rows = [item.id for item in plan.items_in(stage)] if stage else [item.id for item in plan.items]
        if stage and all(row in gone for row in rows):
            return [stage]
    if not rows:
        return []
    last = max((rows.index(row) for row in gone if row in rows), default=-1)
    after = [row for row in rows[last + 1 :] if row not in gone]
    before = [row for row in rows[:last] if row not in gone]
    if after:
        return after[:1]
    return before[-1:]


def move_items(document: PlanDocument, item_ids: Sequence[str], stage_id: str, row: int | None) -> PlanCommand:
    after = plan_edits.place_items(_plan(document), item_ids, stage_id, row)
    text = "Move exercise" if len(item_ids) == 1 else f"Move {len(item_ids)} exercises"
    return PlanCommand(document, after, text, select_after=item_ids, select_before=item_ids)


def move_items_by(document: PlanDocument, item_ids: Sequence[str], step: int) -> PlanCommand:
    after = plan_edits.move_items_by(_plan(document), item_ids, step)
    text = "Move exercise up" if step < 0 else "Move exercise down"
    return PlanCommand(document, after, text, select_after=item_ids, select_before=item_ids)


def change_prescription(
    document: PlanDocument, item_id: str, prescription: Prescription, field: str
) -> MergingPlanCommand:
    after = plan_edits.change_prescription(_plan(document), item_id, prescription)
    label = field.replace("_", " ")
    return MergingPlanCommand(
        document,
        after,
        f"Change {label}",
        ("prescription", item_id, field),
        select_before=[item_id],
        select_after=[item_id],
    )


def change_note(document: PlanDocument, item_id: str, note: str) -> MergingPlanCommand:
    after = plan_edits.change_note(_plan(document), item_id, note)
    return MergingPlanCommand(
        document, after, "Change note", ("note", item_id), select_before=[item_id], select_after=[item_id]
    )


def swap_exercise(document: PlanDocument, item_id: str, exercise: Exercise, easier: bool) -> PlanCommand:
    after = plan_edits.swap_exercise(_plan(document), item_id, exercise.id)
    text = f"Swap for easier {exercise.name}" if easier else f"Swap for harder {exercise.name}"
    return PlanCommand(document, after, text, select_after=[item_id], select_before=[item_id])


def add_stage(document: PlanDocument, stage: Stage, index: int | None = None) -> PlanCommand:
    after = plan_edits.add_stage(_plan(document), stage, index)
    return PlanCommand(document, after, f"Add stage {stage.title}", select_after=[stage.id])


def edit_stage(document: PlanDocument, stage: Stage, field: str) -> MergingPlanCommand:
    after = plan_edits.update_stage(_plan(document), stage)
    label = {"move_on_when": "when to move on"}.get(field, field)
    return MergingPlanCommand(
        document,
        after,
        f"Change stage {label}",
        ("stage", stage.id, field),
        select_before=[stage.id],
        select_after=[stage.id],
    )


def move_stages(document: PlanDocument, stage_ids: Sequence[str], index: int | None) -> PlanCommand:
    after = plan_edits.place_stages(_plan(document), stage_ids, index)
    return PlanCommand(document, after, "Move stage", select_after=stage_ids, select_before=stage_ids)


def move_stage_by(document: PlanDocument, stage_id: str, step: int) -> PlanCommand:
    after = plan_edits.move_stage_by(_plan(document), stage_id, step)
    text = "Move stage up" if step < 0 else "Move stage down"
    return PlanCommand(document, after, text, select_after=[stage_id], select_before=[stage_id])


def edit_plan_details(document: PlanDocument, **changes: Any) -> MergingPlanCommand:
    """Title or notes of the plan, as typed."""
    plan = _plan(document)
    after = replace(plan, **changes)
    field = ",".join(sorted(changes))
    label = {"title": "plan title", "notes": "plan notes"}.get(field, "plan details")
    return MergingPlanCommand(document, after, f"Change {label}", ("plan", field))


def change_layout(document: PlanDocument, layout: Layout) -> PlanCommand:
    after = replace(_plan(document), layout=layout)
    return PlanCommand(document, after, f"Layout: {layout.label}")


def _plan(document: PlanDocument) -> Plan:
    if document.plan is None:
        raise RuntimeError("no plan is open")
    return document.plan
