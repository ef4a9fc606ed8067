"""The drawings a fresh blind review (list 11, s11full) read wrongly keep what fixed them: the standing knee lift
stops with the knee plainly below the hip, and says so; the leg back at the counter is seen a little from in front,
the counter running along the body beside it, and the leg goes back a little, nearly straight, not swung."""

from __future__ import annotations

import math

from designer.illustrations import body
from designer.illustrations.describe import PropKind
from designer.illustrations.equipment import furniture
from designer.illustrations.geometry import dot, length, sub
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


def test_the_leg_back_shows_the_counter_alongside_the_body_and_the_leg_going_back_a_little() -> None:
    """Blind review s11full: straight from the side the counter was a panel behind the body, read as one the client
    faces, and the bent leg kicked up behind read as a swing."""
    drawing = DRAWINGS["standing-hip-extension"]
    assert 15 <= drawing.camera.turn <= 30, "from a little in front: the counter's end and top show"
    for index, position in enumerate(drawing.positions):
        counter = next(p for p in position.props if p.kind == PropKind.WORKTOP)
        blocks = furniture(counter, counter.at.offset)
        top = next(block for block in blocks if block.name == "top")
        here = points("standing-hip-extension", index)
        assert top.distance(here["hand_l"]) < 4, "the left hand rests on the counter top"
        hip = here["hip_l"]
        for along in (-25.0, 25.0):
            spot = (hip[0] + along, 80.0, hip[2] - 30.0)
            assert any(block.distance(spot) < 0 for block in blocks), "the counter runs past the body, front and back"
        assert all(block.distance(hip) > 0 for block in blocks), "the client stands beside it, not in it"
    start, finish = points("standing-hip-extension", 0), points("standing-hip-extension", 1)
    thigh, shin = sub(finish["knee_r"], finish["hip_r"]), sub(finish["ankle_r"], finish["knee_r"])
    back = math.degrees(math.atan2(-thigh[0], -thigh[1]))
    assert 18 <= back <= 30, "the leg goes back a little"
    knee = math.degrees(math.acos(dot(thigh, shin) / (length(thigh) * length(shin))))
    assert knee <= 15, "the knee nearly straight, not kicked up behind"
    assert finish["ankle_r"][0] < start["ankle_r"][0] - 25, "the foot clearly behind"
    assert position_labels(drawing)[1] == "Leg back slowly"
