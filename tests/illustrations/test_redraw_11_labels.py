"""Labels that a fresh blind review (s11) needed: the tandem walks look like an ordinary stride from the side, and
the small hop shows one leg only, so the panels say what the side view cannot (heel to toe, both feet), in the same
words as the exercise's own text."""

from __future__ import annotations

from designer.illustrations.poses import DRAWINGS
from designer.library import load_builtin_exercises


def text_of(exercise_id: str) -> str:
    exercise = next(exercise for exercise in load_builtin_exercises() if exercise.id == exercise_id)
    return " ".join((*exercise.setup, *exercise.steps)).lower()


def labels(exercise_id: str) -> list[str]:
    return [(position.label or "").lower() for position in DRAWINGS[exercise_id].positions]


def test_the_tandem_walks_say_heel_to_toe_as_their_text_does() -> None:
    for exercise_id in ("tandem-walk", "tandem-walk-backwards"):
        assert "heel" in text_of(exercise_id) and "toe" in text_of(exercise_id)
        start, finish = labels(exercise_id)
        assert start == "heel to toe", "from the side, feet in one line look like a normal step"
        assert "step" in finish
    assert "back" in labels("tandem-walk-backwards")[1]


def test_the_small_hop_says_both_feet_and_both_feet_leave_the_floor_together() -> None:
    assert "both feet" in text_of("small-hops")
    hop = DRAWINGS["small-hops"].positions[1]
    assert "two-foot" in (hop.label or "").lower(), "from the side only one leg shows: is it a hop on one leg?"
    right, left = hop.figure.leg_r.reach, hop.figure.leg_l.reach
    assert right is not None and left is not None
    assert right[1] == left[1], "both feet in the air at the same height"
