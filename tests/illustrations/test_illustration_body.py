"""The figure keeps human proportions in every position of every drawing: no limb stretches, nothing sinks
through the floor, and a description that asks the impossible is refused with a clear message."""

from __future__ import annotations

import math

import pytest

from designer.illustrations import body
from designer.illustrations.describe import At, Camera, Drawing, Figure, Limb, Position, PropKind, View
from designer.illustrations.geometry import length, sub
from designer.illustrations.poses import DRAWINGS, stand
from designer.illustrations.render import FULL, render

SEGMENTS = {
    ("shoulder_r", "elbow_r"): body.UPPER_ARM,
    ("shoulder_l", "elbow_l"): body.UPPER_ARM,
    ("elbow_r", "wrist_r"): body.FOREARM,
    ("elbow_l", "wrist_l"): body.FOREARM,
    ("hip_r", "knee_r"): body.THIGH,
    ("hip_l", "knee_l"): body.THIGH,
    ("knee_r", "ankle_r"): body.SHANK,
    ("knee_l", "ankle_l"): body.SHANK,
    ("root", "waist"): body.LUMBAR,
    ("waist", "neck_base"): body.THORAX,
    ("neck_base", "head_base"): body.NECK,
}

POSITIONS = [
    pytest.param(drawing, index, id=f"{exercise_id}-{index}")
    for exercise_id, drawing in sorted(DRAWINGS.items())
    for index in range(len(drawing.positions))
]


def skeleton_of(drawing: Drawing, index: int) -> body.Skeleton:
    position = drawing.positions[index]
    skeleton = body.build(position.figure)
    if any(item.kind == PropKind.MAT for item in position.props):
        skeleton.shift((0.0, 1.5, 0.0))
    return skeleton


def test_standing_tall_is_a_believable_adult() -> None:
    skeleton = body.build(stand())
    height = skeleton["head_top"][1]
    assert 160 < height < 175
    assert body.lowest_point(skeleton) == pytest.approx(0.0, abs=1e-6)
    # Hips at about half the height, shoulders at about four fifths, wrists near the hips.
    assert 0.48 < skeleton["root"][1] / height < 0.55
    assert 0.78 < skeleton["shoulder_r"][1] / height < 0.85
    assert abs(skeleton["wrist_r"][1] - skeleton["root"][1]) < 12


@pytest.mark.parametrize(("drawing", "index"), POSITIONS)
def test_no_limb_stretches_in_any_position(drawing: Drawing, index: int) -> None:
    skeleton = skeleton_of(drawing, index)
    for (start, end), expected in SEGMENTS.items():
        # A head nodding on the top of the neck carries the top of the neck a little way with it, and no further.
        give = body.nod_give(drawing.positions[index].figure.nod) if start == "neck_base" else 0.0
        assert length(sub(skeleton[end], skeleton[start])) == pytest.approx(expected, abs=0.6 + give), (start, end)


@pytest.mark.parametrize(("drawing", "index"), POSITIONS)
def test_nothing_sinks_through_the_floor(drawing: Drawing, index: int) -> None:
    skeleton = skeleton_of(drawing, index)
    assert body.lowest_point(skeleton) > -2.5


@pytest.mark.parametrize(("drawing", "index"), POSITIONS)
def test_every_position_touches_the_floor_or_a_prop(drawing: Drawing, index: int) -> None:
    """Nobody floats: the lowest point of the body is on the floor, the mat, or a step."""
    skeleton = skeleton_of(drawing, index)
    assert body.lowest_point(skeleton) < 24.0


def test_joint_angles_move_the_limb_the_way_a_therapist_would_expect() -> None:
    raised = body.build(stand(arm_r=Limb(flex=90.0)))
    hand = sub(raised["wrist_r"], raised["shoulder_r"])
    assert hand[0] == pytest.approx(body.UPPER_ARM + body.FOREARM, abs=0.5)  # straight forward
    knee = body.build(stand(leg_r=Limb(flex=90.0, bend=90.0)))
    assert knee["knee_r"][1] == pytest.approx(knee["hip_r"][1], abs=0.5)  # thigh level
    assert knee["ankle_r"][0] == pytest.approx(knee["knee_r"][0], abs=0.5)  # shin hanging straight down
    out = body.build(stand(arm_l=Limb(out=90.0)))
    assert sub(out["wrist_l"], out["shoulder_l"])[2] < -50  # the left arm goes out to the left


def test_a_hand_can_hold_a_knee_and_an_ankle_can_rest_on_the_other_knee() -> None:
    # Lying on the back, the left knee drawn up; the right ankle rests on it and the right hand holds it.
    figure = Figure(
        lean=-90.0,
        at=(0.0, 13.0, 0.0),
        leg_l=Limb(flex=110.0, bend=110.0),
        leg_r=Limb(reach=At("knee_l", (-4.0, 7.0, 0.0)), toward=(0.2, 0.4, 1.0)),
        arm_r=Limb(reach=At("knee_l", (-6.0, -4.0, 8.0))),
    )
    skeleton = body.build(figure)
    assert length(sub(skeleton["ankle_r"], skeleton["knee_l"])) == pytest.approx(math.hypot(4.0, 7.0), abs=0.5)
    assert length(sub(skeleton["wrist_r"], skeleton["knee_l"])) == pytest.approx(math.hypot(6, 4, 8), abs=0.5)


def test_an_unreachable_hand_is_refused_with_the_exercise_named() -> None:
    figure = stand(arm_r=Limb(reach=(120.0, 90.0, 17.0)))
    drawing = Drawing("too-far", Camera(View.SIDE), (Position(figure),))
    with pytest.raises(body.PoseError, match=r"too-far: the right arm cannot reach that far"):
        render(drawing, FULL)


def test_an_unknown_body_point_is_refused_with_the_known_ones() -> None:
    figure = stand(arm_r=Limb(reach=At("elbow_x", (0.0, 0.0, 0.0))))
    with pytest.raises(body.PoseError, match=r'no body point "elbow_x".*knee_l'):
        body.build(figure)
