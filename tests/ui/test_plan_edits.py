"""The plan edits behind the commands, without Qt."""

from __future__ import annotations

from designer.domain import Exercise, Plan, PlanItem, Stage
from designer.ui import plan_edits


def _plan_with(items: list[tuple[str, str]], stages: tuple[Stage, ...]) -> Plan:
    return Plan(
        title="P",
        stages=stages,
        items=tuple(PlanItem(exercise_id="glute-bridge", stage_id=stage, id=item_id) for item_id, stage in items),
    )


STAGES = (Stage("Stability", id="s1"), Stage("Strength", id="s2"))


def _layout(plan: Plan) -> list[tuple[str, str]]:
    return [(item.id, item.stage_id) for item in plan.items]


def test_add_exercises_uses_defaults_and_position(ladder_exercises: list[Exercise]) -> None:
    plan = _plan_with([("a", "s1"), ("b", "s1")], STAGES)
    bridge = ladder_exercises[1]
    after, ids = plan_edits.add_exercises(plan, [bridge], "s1", 1)
    assert [item.id for item in after.items] == ["a", ids[0], "b"]
    assert after.item(ids[0]).prescription == bridge.default  # type: ignore[union-attr]
    at_end, _ = plan_edits.add_exercises(plan, [bridge], "s2")
    assert at_end.items[-1].stage_id == "s2"


def test_place_items_counts_rows_as_shown_before_the_move() -> None:
    plan = _plan_with([("a", "s1"), ("b", "s1"), ("c", "s1"), ("d", "s2")], STAGES)
    # Dropping "a" at row 2 of stage 1 (between b and c) puts it after b.
    assert _layout(plan_edits.place_items(plan, ["a"], "s1", 2)) == [("b", "s1"), ("a", "s1"), ("c", "s1"), ("d", "s2")]
    # Into another stage, at its start.
    assert _layout(plan_edits.place_items(plan, ["b", "c"], "s2", 0)) == [
        ("a", "s1"),
        ("b", "s2"),
        ("c", "s2"),
        ("d", "s2"),
    ]


def test_keyboard_moves_cross_stage_borders_but_not_out_of_a_staged_plan() -> None:
    plan = _plan_with([("a", "s1"), ("b", "s1"), ("c", "s2")], STAGES)
    down = plan_edits.move_items_by(plan, ["b"], 1)
    assert _layout(down) == [("a", "s1"), ("b", "s2"), ("c", "s2")]
    up = plan_edits.move_items_by(down, ["b"], -1)
    assert _layout(up) == [("a", "s1"), ("b", "s1"), ("c", "s2")]
    # The first exercise of the first stage stays put: there is nowhere above it.
    assert plan_edits.move_items_by(plan, ["a"], -1) == plan
    assert plan_edits.move_items_by(plan, ["c"], 1) == plan


def test_moving_a_block_keeps_its_order() -> None:
    plan = _plan_with([("a", ""), ("b", ""), ("c", ""), ("d", "")], ())
    assert [i.id for i in plan_edits.move_items_by(plan, ["b", "c"], 1).items] == ["a", "d", "b", "c"]
    assert [i.id for i in plan_edits.move_items_by(plan, ["c", "b"], -1).items] == ["b", "c", "a", "d"]


def test_swap_keeps_the_prescription() -> None:
    plan = _plan_with([("a", "s1")], STAGES)
    swapped = plan_edits.swap_exercise(plan, "a", "single-leg-bridge")
    assert swapped.items[0].exercise_id == "single-leg-bridge"
    assert swapped.items[0].prescription == plan.items[0].prescription


def test_stage_edits() -> None:
    plan = _plan_with([("a", "s1"), ("b", "s2")], STAGES)
    moved = plan_edits.move_stage_by(plan, "s2", -1)
    assert [s.id for s in moved.stages] == ["s2", "s1"]
    assert [i.id for i in moved.items] == ["b", "a"]  # the items follow their stages
    assert [s.id for s in plan_edits.place_stages(plan, ["s1"], None).stages] == ["s2", "s1"]
    removed = plan_edits.remove_stages(plan, ["s1"])
    assert [s.id for s in removed.stages] == ["s2"] and [i.id for i in removed.items] == ["b"]
    assert plan_edits.next_stage_title(plan) == "Confidence"
