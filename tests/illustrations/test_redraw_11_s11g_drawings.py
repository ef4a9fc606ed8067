"""The drawings a fresh blind review (list 11, s11full) read wrongly keep what fixed them: the standing knee lift
stops with the knee plainly below the hip, and says so; the leg back at the counter is seen a little from in front,
the counter running along the body beside it, and the leg goes back a little, nearly straight, not swung; the low
step-up ends with both feet on the step, the shaded trailing leg showing behind the near one; the sideways step-up
shows, from the front, a staircase rising at the client's side, the shaded left leg coming up onto the bottom stair."""

from __future__ import annotations

import math

from designer.illustrations import body
from designer.illustrations.describe import PropKind, View
from designer.illustrations.equipment import furniture
from designer.illustrations.geometry import dot, length, sub
from designer.illustrations.layout import position_labels
from designer.illustrations.poses import DRAWINGS
from designer.illustrations.poses.knee_standing import LOW_STEP


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


def test_the_low_step_up_ends_with_both_feet_on_the_step_and_the_trailing_leg_in_sight() -> None:
    """Blind review s11full: in the finish the far foot stood hidden behind the near one, so the reviewer could not
    tell whether it came up onto the step; the arrow behind the bottom read as "hips forward" or "lift the leg"."""
    drawing = DRAWINGS["low-step-up"]
    step = next(p for p in drawing.positions[1].props if p.kind == PropKind.STEP)
    front, back = step.at.offset[0] + 18.0, step.at.offset[0] - 18.0  # a 36 cm deep step
    start, finish = points("low-step-up", 0), points("low-step-up", 1)
    assert max(start["heel_l"][1], start["toe_l"][1]) < 6, "the trailing foot starts on the floor"
    for tag in "rl":
        for part in ("heel", "toe"):
            spot = finish[f"{part}_{tag}"]
            assert LOW_STEP < spot[1] < LOW_STEP + 5 and back < spot[0] < front, f"{part}_{tag} on the step's top"
    assert finish["ankle_r"][0] - finish["ankle_l"][0] >= 9, "the far foot a little behind: both legs show"
    for position in drawing.positions:
        assert any(p.kind == PropKind.MARK and p.at.body == "knee_l" for p in position.props), "trailing leg shaded"
    (rise,) = drawing.positions[1].arrows
    assert rise.end.body == "ankle_l" and rise.start.body == "ankle_l", "the arrow brings the trailing foot up"
    assert rise.start.offset[0] < -20 and rise.start.offset[1] < 0 < rise.end.offset[1], "from the floor behind"
    assert position_labels(drawing)[1] == "Both feet up"


def test_the_sideways_step_up_shows_the_stairs_rising_beside_the_client() -> None:
    """Blind review s11full: from the front a lone step under the foot could be in front or to the side, and the
    reviewer stood facing it to step up forwards; the arrow outside the hip read as a hip hitch."""
    drawing = DRAWINGS["lateral-step-up"]
    assert drawing.camera.view == View.FRONT and drawing.camera.turn == 0 and drawing.camera.down == 0
    for index, position in enumerate(drawing.positions):
        stairs = sorted((p for p in position.props if p.kind == PropKind.STEP), key=lambda p: p.at.offset[2])
        assert len(stairs) == 2, "the bottom stair and the one above it"
        bottom, above = stairs
        assert bottom.size is not None and above.size is not None
        assert above.size[1] >= 2 * bottom.size[1] - 0.5, "the next stair a stair higher"
        assert above.at.offset[2] - above.size[2] / 2 >= bottom.at.offset[2] + bottom.size[2] / 2 - 0.5, "beyond it"
        here = points("lateral-step-up", index)
        assert above.at.offset[2] > here["hip_r"][2], "the stairs rise on the client's right side"
        near, far = bottom.at.offset[0] - bottom.size[0] / 2, bottom.at.offset[0] + bottom.size[0] / 2
        assert near < here["ankle_l"][0] < far and near < here["ankle_r"][0] < far, "the feet beside it, not before it"
        assert any(p.kind == PropKind.MARK and p.at.body == "knee_l" for p in position.props), "rising leg shaded"
    start, finish = points("lateral-step-up", 0), points("lateral-step-up", 1)
    assert max(start["heel_l"][1], start["toe_l"][1]) < 6, "the left foot starts on the floor"
    assert start["ankle_l"][2] < start["ankle_r"][2] - 20, "beside the right foot on the stair, not behind it"
    assert abs(finish["ankle_l"][0] - finish["ankle_r"][0]) < 2, "then side by side on the stair"
    assert min(finish["heel_l"][1], finish["heel_r"][1]) > 16, "both feet up on it"
    (rise,) = drawing.positions[1].arrows
    assert rise.start.body == rise.end.body == "ankle_l", "the arrow brings the left foot up, not the hip"
    assert rise.start.offset[1] < 0 < rise.end.offset[1] and rise.start.offset[2] < -15, "from the floor beside"
