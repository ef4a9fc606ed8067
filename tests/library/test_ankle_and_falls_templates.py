"""The ankle-sprain and falls-prevention templates: stages with a goal and a measurable point to move on, one
weekly schedule, and the exercises that suit each stage."""

from __future__ import annotations

import re

import pytest

from designer.domain.precautions import precaution_conflicts
from designer.library import Library, load_builtin_template

TEMPLATES = ("ankle-sprain-back-to-sport", "falls-prevention")


@pytest.fixture(scope="module")
def library() -> Library:
    return Library([])


@pytest.mark.parametrize("template_id", TEMPLATES)
def test_every_stage_has_a_goal_a_measurable_move_on_point_and_its_exercises(template_id, library):
    plan = load_builtin_template(template_id, library)
    assert len(plan.stages) == 3
    for stage in plan.stages:
        assert stage.goal and stage.weeks, stage.id
        # Measurable: the point to move on names a count, a time or a score.
        assert re.search(r"\d", stage.move_on_when), stage.id
        assert 3 <= len(plan.items_in(stage.id)) <= 5, stage.id


@pytest.mark.parametrize("template_id", TEMPLATES)
def test_one_weekly_schedule(template_id, library):
    plan = load_builtin_template(template_id, library)
    assert {item.prescription.frequency.days_a_week for item in plan.items} == {3}


def test_the_ankle_stages_climb_the_ladders_and_end_with_hopping(library):
    plan = load_builtin_template("ankle-sprain-back-to-sport", library)
    first, _, last = (plan.items_in(stage.id) for stage in plan.stages)
    assert {library.get(item.exercise_id).level.value for item in first} == {"gentle", "moderate"}
    assert "small-hops" in {item.exercise_id for item in last}
    assert "small-hops" not in {item.exercise_id for item in first}
    assert "25 single-leg heel raises" in plan.stages[1].move_on_when


def test_falls_prevention_is_otago_style(library):
    plan = load_builtin_template("falls-prevention", library)
    # Strength (chair stands, knee bends, heel raises) and balance in every stage; walking advice in the notes.
    # The chair stands climb by less hand help: a higher seat with hands on the thighs first, then arms crossed.
    chair_stands = [
        [item.exercise_id for item in plan.items_in(stage.id) if item.exercise_id.startswith("sit-to-stand")]
        for stage in plan.stages
    ]
    assert chair_stands == [["sit-to-stand-high-seat"], ["sit-to-stand"], ["sit-to-stand"]]
    # The handout's "move on to" never points a frail client at a loaded squat or a lift.
    loaded = {"goblet-squat", "kettlebell-deadlift", "box-lift"}
    assert all(not loaded & set(library.get(item.exercise_id).progressions) for item in plan.items)
    assert "three times a week" in plan.notes and "walk" in plan.notes
    assert "30-second chair stand" in plan.stages[0].move_on_when
    # Nothing asks a client at risk of falling to hop.
    assert all("hopping" not in library.get(item.exercise_id).precautions for item in plan.items)


def test_single_leg_work_and_hops_are_flagged_for_clients_who_must_not_take_full_weight(library):
    def conflicts(exercise_id: str, condition: str) -> list[str]:
        exercise = library.get(exercise_id)
        return [c.message for c in precaution_conflicts(exercise.name, exercise.precautions, (condition,))]

    for exercise_id in ("single-leg-heel-raise", "heel-drop", "one-leg-stand", "small-hops", "tandem-walk"):
        assert conflicts(exercise_id, "partial-weight-bearing"), exercise_id
    # Hopping is flagged for a new knee and for osteoporosis; standing on two feet, or sitting, is not flagged.
    assert conflicts("small-hops", "knee-replacement") and conflicts("small-hops", "osteoporosis")
    for exercise_id in ("double-heel-raise", "knee-bends", "tandem-stance", "seated-heel-raise", "band-ankle-push"):
        assert not conflicts(exercise_id, "partial-weight-bearing"), exercise_id
