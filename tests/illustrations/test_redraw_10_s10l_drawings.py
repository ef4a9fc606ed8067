"""The drawings a blind review (list 10, s10b) found hard to read keep what fixed them (s10l)."""

from __future__ import annotations

from designer.illustrations import body
from designer.illustrations.poses import DRAWINGS


def skeleton(exercise_id: str, index: int) -> body.Skeleton:
    return body.build(DRAWINGS[exercise_id].positions[index].figure)


def test_the_knee_rolls_panels_say_the_knees_start_up_and_roll_to_one_side() -> None:
    """Blind reviews s9, s10, s10b: seen from above, the upright start knees looked tipped one way already, so the
    panels read as one way, then the other.  The labels say the knees start up and go to one side, and stay short
    enough for the two panels to sit side by side."""
    labels = [position.label for position in DRAWINGS["knee-rolls"].positions]
    assert labels == ["Knees up", "Knees to one side"]
    assert all(label is not None and len(label) <= 18 for label in labels)
