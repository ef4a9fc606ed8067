"""The plan edits the window offers, as plain functions from one ``Plan`` to the next.

No Qt here: the undo commands in ``commands.py`` call these, and they are
tested on their own.  The window shows a plan grouped by stage (exercises not
in a stage first, then each stage in order); every function keeps the plan's
item list in that same order, so what the therapist sees is what the handout
prints.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from designer.domain import Exercise, Plan, PlanItem, Prescription, Stage


def grouped_order(plan: Plan) -> Plan:
    """The same plan with its items listed in display order: loose items first, then stage by stage."""
    ordered: list[PlanItem] = []
    for _stage, items in plan.grouped():
        ordered.extend(items)
    if [item.id for item in ordered] == [item.id for item in plan.items]:
        return plan
    return plan.with_items(ordered)


def group_items(plan: Plan, stage_id: str) -> list[PlanItem]:
    """The exercises shown under one stage ("" for those not in a stage), in order."""
    return plan.items_in(stage_id)


def default_stage_for_new_items(plan: Plan) -> str:
    """Where an exercise goes when the therapist does not say: the last stage, or no stage."""
    return plan.stages[-1].id if plan.stages else ""


def _rebuild(plan: Plan, groups: dict[str, list[PlanItem]]) -> Plan:
    order = ["", *(stage.id for stage in plan.stages)]
    items: list[PlanItem] = []
    for stage_id in order:
        items.extend(
            replace(item, stage_id=stage_id) if item.stage_id != stage_id else item for item in groups.get(stage_id, [])
        )
    return plan.with_items(items)


def _groups(plan: Plan) -> dict[str, list[PlanItem]]:
    groups: dict[str, list[PlanItem]] = {"": plan.items_in("")}
    for stage in plan.stages:
        groups[stage.id] = plan.items_in(stage.id)
    return groups


def _check_stage(plan: Plan, stage_id: str) -> None:
    if stage_id and plan.stage(stage_id) is None:
        raise KeyError(f"the plan has no stage {stage_id!r}")


def add_exercises(
    plan: Plan,
    exercises: Sequence[Exercise],
    stage_id: str,
    row: int | None = None,
    *,
    ids: Sequence[str] | None = None,
) -> tuple[Plan, list[str]]:
    """Add exercises with their default prescriptions into a stage at ``row`` (the end when None).

    Returns the new plan and the new items' ids.  ``ids`` fixes the new items' ids, so that redoing
    an add gives the same items back (and the selection and autosave follow them).
    """
    _check_stage(plan, stage_id)
    groups = _groups(plan)
    target = groups.setdefault(stage_id, [])
    position = len(target) if row is None or row < 0 else min(row, len(target))
    new_items = []
    for index, exercise in enumerate(exercises):
        item = PlanItem(exercise_id=exercise.id, prescription=exercise.default, stage_id=stage_id)
        if ids is not None:
            item = replace(item, id=ids[index])
        new_items.append(item)
    target[position:position] = new_items
    return _rebuild(plan, groups), [item.id for item in new_items]


def remove_items(plan: Plan, item_ids: Iterable[str]) -> Plan:
    gone = set(item_ids)
    return plan.with_items(item for item in plan.items if item.id not in gone)


def place_items(plan: Plan, item_ids: Sequence[str], stage_id: str, row: int | None) -> Plan:
    """Move items into ``stage_id`` so they sit at ``row`` of that stage as it is shown now.

    ``row`` counts the rows shown before the move (moving items included), as a drop on the view does;
    None or -1 means the end of the stage.  The moved items keep their relative order.
    """
    _check_stage(plan, stage_id)
    moving_ids = _in_display_order(plan, item_ids)
    moving = set(moving_ids)
    groups = _groups(plan)
    shown = groups.get(stage_id, [])
    anchor: str | None = None
    if row is not None and row >= 0:
        anchor = next((item.id for item in shown[row:] if item.id not in moving), None)
    by_id = {item.id: item for item in plan.items}
    for key in groups:
        groups[key] = [item for item in groups[key] if item.id not in moving]
    target = groups[stage_id]
    position = next((i for i, item in enumerate(target) if item.id == anchor), len(target))
    target[position:position] = [by_id[item_id] for item_id in moving_ids]
    return _rebuild(plan, groups)


def _in_display_order(plan: Plan, item_ids: Iterable[str]) -> list[str]:
    wanted = set(item_ids)
    ordered = [item.id for item in grouped_order(plan).items if item.id in wanted]
    missing = wanted - set(ordered)
    if missing:
        raise KeyError(f"the plan has no exercise {sorted(missing)[0]!r}")
    return ordered


def move_items_by(plan: Plan, item_ids: Sequence[str], step: int) -> Plan:
    """Ctrl+Up / Ctrl+Down: move items one row up or down.

    At the top of a stage an item moves to the end of the stage above, and at
    the bottom to the start of the stage below, so the keyboard alone can
    carry an exercise anywhere in the plan.  Several items move as a block.
    """
    if step not in (-1, 1) or not item_ids:
        return plan
    plan = grouped_order(plan)
    ordered = _in_display_order(plan, item_ids)
    moving = set(ordered)
    # "Not in a stage" is a place to move to only while it holds other exercises: in a staged plan
    # the keyboard should not strand an exercise outside every stage.
    loose_others = [item for item in plan.items_in("") if item.id not in moving]
    stage_order = [stage.id for stage in plan.stages]
    if loose_others or not plan.stages or lead_is_loose(plan, ordered):
        stage_order.insert(0, "")
    # The first item (moving up) or the last (moving down) decides where the block goes.
    lead = _item(plan, ordered[0] if step < 0 else ordered[-1])
    shown = plan.items_in(lead.stage_id)
    index = _row_of(shown, lead.id)
    if step < 0:
        above = [item for item in shown[:index] if item.id not in moving]
        if above:
            return place_items(plan, ordered, lead.stage_id, _row_of(shown, above[-1].id))
        position = stage_order.index(lead.stage_id)
        return plan if position == 0 else place_items(plan, ordered, stage_order[position - 1], None)
    below = [item for item in shown[index + 1 :] if item.id not in moving]
    if below:
        return place_items(plan, ordered, lead.stage_id, _row_of(shown, below[0].id) + 1)
    position = stage_order.index(lead.stage_id)
    return plan if position == len(stage_order) - 1 else place_items(plan, ordered, stage_order[position + 1], 0)


def lead_is_loose(plan: Plan, item_ids: Sequence[str]) -> bool:
    """True when any of the items is not in a stage."""
    return any(_item(plan, item_id).stage_id == "" for item_id in item_ids)


def _row_of(items: Sequence[PlanItem], item_id: str) -> int:
    return next(i for i, item in enumerate(items) if item.id == item_id)


def change_prescription(plan: Plan, item_id: str, prescription: Prescription) -> Plan:
    item = _item(plan, item_id)
    return plan.replace_item(replace(item, prescription=prescription))


def change_note(plan: Plan, item_id: str, note: str) -> Plan:
    item = _item(plan, item_id)
    return plan.replace_item(replace(item, note=note))


def swap_exercise(plan: Plan, item_id: str, exercise_id: str) -> Plan:
    """Swap an item's exercise for another (its easier or harder neighbour), keeping the prescription."""
    item = _item(plan, item_id)
    return plan.replace_item(replace(item, exercise_id=exercise_id))


def _item(plan: Plan, item_id: str) -> PlanItem:
    item = plan.item(item_id)
    if item is None:
        raise KeyError(f"the plan has no exercise {item_id!r}")
    return item


def add_stage(plan: Plan, stage: Stage, index: int | None = None) -> Plan:
    stages = list(plan.stages)
    stages.insert(len(stages) if index is None else max(0, min(index, len(stages))), stage)
    return grouped_order(plan.with_stages(stages))


def update_stage(plan: Plan, stage: Stage) -> Plan:
    if plan.stage(stage.id) is None:
        raise KeyError(f"the plan has no stage {stage.id!r}")
    return plan.with_stages(stage if old.id == stage.id else old for old in plan.stages)


def remove_stages(plan: Plan, stage_ids: Iterable[str]) -> Plan:
    """Remove stages together with their exercises (one undo brings both back)."""
    gone = set(stage_ids)
    kept_items = [item for item in plan.items if item.stage_id not in gone]
    return replace(plan, stages=tuple(s for s in plan.stages if s.id not in gone), items=tuple(kept_items))


def place_stages(plan: Plan, stage_ids: Sequence[str], index: int | None) -> Plan:
    """Move stages so they start at ``index`` among the stages as shown now (None: the end)."""
    moving = [stage for stage in plan.stages if stage.id in set(stage_ids)]
    if not moving:
        return plan
    anchor = None
    if index is not None and index >= 0:
        anchor = next((s.id for s in plan.stages[index:] if s.id not in set(stage_ids)), None)
    rest = [stage for stage in plan.stages if stage.id not in set(stage_ids)]
    position = next((i for i, stage in enumerate(rest) if stage.id == anchor), len(rest))
    rest[position:position] = moving
    return grouped_order(plan.with_stages(rest))


def move_stage_by(plan: Plan, stage_id: str, step: int) -> Plan:
    ids = [stage.id for stage in plan.stages]
    index = ids.index(stage_id)
    target = index + step
    if not 0 <= target < len(ids):
        return plan
    ids.insert(target, ids.pop(index))
    by_id = {stage.id: stage for stage in plan.stages}
    return grouped_order(plan.with_stages(by_id[i] for i in ids))


def next_stage_title(plan: Plan) -> str:
    """A helpful name for a new stage, following the clinic's usual three."""
    usual = ["Stability", "Strength", "Confidence"]
    taken = {stage.title.lower() for stage in plan.stages}
    for title in usual:
        if title.lower() not in taken:
            return title
    return f"Stage {len(plan.stages) + 1}"
