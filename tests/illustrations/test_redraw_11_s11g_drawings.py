"""The drawings a fresh blind review (list 11, s11full) read wrongly keep what fixed them: the standing knee lift
stops with the knee plainly below the hip, and says so."""

from __future__ import annotations

import math

from designer.illustrations import body
from designer.illustrations.geometry import sub
from designer.illustrations.layout import position_labels
from designer.illustrations.poses import DRAWINGS


def points(exercise_id: str, index: int) -> dict[str, tuple[float, float, float]]:
    return body.build(DRAWINGS[exercise_id].positions[index].figure).points


def test_the_knee_lift_stops_with_the_thigh_plainly_below_level() -> None:
    """Blind review s11full lifted the knee to hip height: the thigh was 20 degrees below level, read as level."""
    start, finish = points("standing-knee-lift", 0), points("standing-knee-lift", 1)
    thigh = sub(finish["knee_r"], finish["hip_r"])
    below = math.degrees(math.atan2(-thigh[1], thigh[0]))
    assert 30 <= below <= 45, "the thigh clearly below level, yet clearly lifted"
    assert finish["knee_r"][1] < finish["hip_r"][1] - 15, "the knee a good hand's width below the hip"
    assert min(finish["heel_r"][1], finish["toe_r"][1]) > min(start["heel_r"][1], start["toe_r"][1]) + 10, "lifted"
    assert position_labels(DRAWINGS["standing-knee-lift"])[1] == "Knee below hip", "the limit in words"
