"""The shoulder, neck and upper back exercises: their ladders, the precautions they carry, their drawings' bands,
and the two staged templates built from them (issue 12)."""

from __future__ import annotations

from itertools import pairwise

import pytest

from designer.domain import Level, precaution_conflicts
from designer.domain.regions import NECK, SHOULDER
from designer.illustrations.describe import PropKind
from designer.illustrations.poses import DRAWINGS
from designer.library import Library, load_builtin_exercises, load_builtin_template

BY_ID = {exercise.id: exercise for exercise in load_builtin_exercises()}

# The ladders the issue asks for, easiest first.
LADDERS = (
    ("pendulum", "table-slide", "wand-flexion", "active-flexion"),
    ("shoulder-rotation-hold", "band-outward-rotation", "side-lying-rotation", "rotation-at-90"),
    ("shoulder-blade-setting", "band-pull-apart"),
    ("cross-body-stretch", "towel-behind-back"),
    ("chin-tuck-lying", "chin-tuck-sitting", "chin-tuck-head-lift"),
    ("neck-tilt", "upper-trapezius-stretch"),
    ("neck-turn", "levator-scapulae-stretch"),
    ("upper-back-extension-chair", "prone-w", "prone-y"),
)
ORDER = [Level.GENTLE, Level.MODERATE, Level.CHALLENGING]


@pytest.mark.parametrize("ladder", LADDERS, ids=lambda ladder: ladder[0])
def test_each_ladder_climbs_in_order(ladder: tuple[str, ...]) -> None:
    for easier, harder in pairwise(ladder):
        assert harder in BY_ID[easier].progressions, f"{easier} should lead on to {harder}"
        assert easier in BY_ID[harder].regressions, f"{harder} should lead back to {easier}"
        assert ORDER.index(BY_ID[easier].level) <= ORDER.index(BY_ID[harder].level), (easier, harder)


def test_the_regions_hold_what_the_issue_asks_for() -> None:
    shoulder = {exercise.id for exercise in BY_ID.values() if exercise.region == SHOULDER}
    neck = {exercise.id for exercise in BY_ID.values() if exercise.region == NECK}
    assert len(shoulder) >= 14 and len(neck) >= 10
    assert {"scaption", "wall-push-up-plus", "band-inward-rotation"} <= shoulder
    assert {"neck-turn", "neck-tilt", "neck-press-hold", "prone-y"} <= neck


def conflicts(exercise_id: str, condition: str) -> list[str]:
    exercise = BY_ID[exercise_id]
    found = precaution_conflicts(exercise.name, exercise.precautions, (condition,))
    return [movement for conflict in found for movement in conflict.movements]


def test_after_a_shoulder_repair_active_and_loaded_work_is_flagged_but_passive_movement_is_not() -> None:
    for exercise_id in ("active-flexion", "scaption", "rotation-at-90", "band-pull-apart"):
        assert "shoulder-active-lift" in conflicts(exercise_id, "shoulder-repair"), exercise_id
    for exercise_id in ("wall-push-up-plus", "side-lying-rotation"):
        assert "shoulder-loaded" in conflicts(exercise_id, "shoulder-repair"), exercise_id
    # Pressing against the wall works the repaired tendon; reaching up behind the back stretches it.
    assert conflicts("shoulder-rotation-hold", "shoulder-repair") == ["shoulder-resisted-press"]
    assert conflicts("towel-behind-back", "shoulder-repair") == ["shoulder-behind-back-stretch"]
    # The arm hangs, slides on a table, or is lifted by the other arm: the early exercises after a repair.
    for exercise_id in ("pendulum", "table-slide", "wand-flexion"):
        assert conflicts(exercise_id, "shoulder-repair") == [], exercise_id


def test_lying_face_down_is_flagged_in_later_pregnancy() -> None:
    assert conflicts("prone-w", "late-pregnancy") == ["lying-face-down"]
    assert conflicts("prone-y", "late-pregnancy") == ["lying-face-down"]
    assert conflicts("upper-back-extension-chair", "late-pregnancy") == []


@pytest.mark.parametrize(
    "exercise_id", ["band-outward-rotation", "band-inward-rotation", "rotation-at-90", "band-pull-apart"]
)
def test_band_drawings_show_the_band_and_where_it_is_fixed(exercise_id: str) -> None:
    for position in DRAWINGS[exercise_id].positions:
        bands = [prop for prop in position.props if prop.kind == PropKind.BAND]
        assert bands, exercise_id
        fixed = [end for band in bands for end in (band.at, band.to) if end is not None and not end.body]
        anchors = [prop for prop in position.props if prop.kind == PropKind.ANCHOR]
        # A band tied to a door shows the door's anchor; a band held in both hands has no fixed end.
        assert bool(fixed) == bool(anchors), exercise_id


@pytest.mark.parametrize(
    ("template_id", "regions"),
    [("shoulder-rotator-cuff", {SHOULDER}), ("neck-pain", {NECK, SHOULDER})],
)
def test_the_staged_templates_have_goals_measurable_steps_and_one_weekly_schedule(
    template_id: str, regions: set[str]
) -> None:
    library = Library([])
    plan = load_builtin_template(template_id, library)
    assert len(plan.stages) == 3
    for stage in plan.stages:
        assert stage.goal and stage.weeks, stage.id
        # "Move on when" is measured: a pain score, a count or a time.
        assert any(character.isdigit() for character in stage.move_on_when), stage.id
        assert 3 <= len(plan.items_in(stage.id)) <= 5, stage.id
    assert {library.get(item.exercise_id).region for item in plan.items} <= regions
    assert len({item.prescription.frequency for item in plan.items}) == 1, "one weekly schedule"
