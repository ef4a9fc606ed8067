"""The precaution warning: which exercises of a plan do not suit the client's conditions, in the therapist's words."""

from __future__ import annotations

from designer.domain import Client, Exercise, Plan, PlanItem
from designer.library import Library
from designer.workflows.precautions import conflict_summary, exercise_conflicts, items_conflicts, plan_conflicts


def exercise(exercise_id: str, name: str, *movements: str) -> Exercise:
    return Exercise(id=exercise_id, name=name, category="Hip strength", precautions=movements)


LIBRARY = Library(
    [
        exercise("deep-squat", "Deep Squat", "hip-flexion-past-90"),
        exercise("side-lying-clam", "Side-Lying Clam", "hip-outward-rotation"),
        exercise("bridge-hold", "Bridge Hold"),
        exercise("carry-and-kneel", "Carry and Kneel", "kneeling", "shoulder-loaded"),
    ],
    builtin=[],
)


def plan_of(*exercise_ids: str) -> Plan:
    return Plan(
        title="Home", items=tuple(PlanItem(exercise_id, id=f"i{n}") for n, exercise_id in enumerate(exercise_ids))
    )


def test_an_exercise_asking_for_a_forbidden_movement_is_named_with_the_reason() -> None:
    posterior_hip = Client("Arthur Penn", conditions=("hip-replacement-posterior",))
    found = plan_conflicts(plan_of("bridge-hold", "deep-squat", "side-lying-clam"), posterior_hip, LIBRARY.get)
    assert [(c.item_id, c.exercise_id) for c in found] == [("i1", "deep-squat")]
    assert found[0].message == (
        "Deep Squat involves bending the hip past 90° (knee higher than the hip when sitting), which is not advised "
        "with hip replacement, posterior approach (early weeks). "
        "Check it suits the client, or choose an easier version."
    )


def test_each_condition_is_told_and_only_its_movements() -> None:
    client = Client("Arthur Penn", conditions=("knee-replacement", "shoulder-repair", "hip-replacement-anterior"))
    found = plan_conflicts(plan_of("carry-and-kneel", "side-lying-clam", "deep-squat"), client, LIBRARY.get)
    assert [(c.exercise_id, c.conflict.condition.id, c.conflict.movements) for c in found] == [
        ("carry-and-kneel", "knee-replacement", ("kneeling",)),
        ("carry-and-kneel", "shoulder-repair", ("shoulder-loaded",)),
        ("side-lying-clam", "hip-replacement-anterior", ("hip-outward-rotation",)),
    ]
    summary = conflict_summary(found)
    assert (
        summary.startswith("Precautions: 2 exercises") and "Carry and Kneel" in summary and "Side-Lying Clam" in summary
    )


def test_no_client_no_conditions_or_an_unknown_exercise_give_nothing() -> None:
    plan = plan_of("deep-squat", "not-in-the-library")
    assert plan_conflicts(plan, None, LIBRARY.get) == []
    assert plan_conflicts(plan, Client("Ruth Okafor"), LIBRARY.get) == []
    assert plan_conflicts(plan, Client("Ruth", conditions=("late-pregnancy",)), LIBRARY.get) == []
    assert conflict_summary([]) == ""


def test_only_the_items_just_added_are_checked() -> None:
    client = Client("Arthur Penn", conditions=("hip-replacement-posterior",))
    found = items_conflicts([("new", "deep-squat")], client, LIBRARY.get)
    assert [c.item_id for c in found] == ["new"]
    assert conflict_summary(found).startswith("Precaution: Deep Squat involves")
    squat = LIBRARY.get("deep-squat")
    assert squat is not None and len(exercise_conflicts(squat, client)) == 1


def test_the_built_in_knee_to_chest_warns_after_a_posterior_hip_replacement() -> None:
    """The built-in library carries precautions too: hugging the knee to the chest bends the hip well past 90°."""
    client = Client("Arthur Penn", conditions=("hip-replacement-posterior",))
    found = plan_conflicts(plan_of("knee-to-chest", "glute-bridge"), client, Library().get)
    assert [c.exercise_id for c in found] == ["knee-to-chest"]
