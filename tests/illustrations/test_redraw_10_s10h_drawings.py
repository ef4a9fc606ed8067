"""What blind review s10 (list s10h) found hard to read, held by a test each: the nerve stretch's head tipped so
slightly at the end that only the arrow and the words said it (it now tips clearly, its neck still under it), and
the slow wrist lowering's hand poking up past the dumbbell like a thin stick (the bar now at the end of the fist)."""

from __future__ import annotations

import math

from drawing_geometry import skeleton

from designer.illustrations import body
from designer.illustrations.describe import PropKind
from designer.illustrations.poses import DRAWINGS

GLIDE = "median-nerve-glide"


def head_tip(points: body.Skeleton) -> float:
    """How far the head leans sideways from upright, degrees (positive: away from the right arm)."""
    base, top = points["head_base"], points["head_top"]
    return math.degrees(math.atan2(base[2] - top[2], top[1] - base[1]))


def test_the_nerve_stretch_head_tips_clearly_away_from_the_arm_at_the_end() -> None:
    """Blind review s10: 'the head tilt in the finish drawing is very slight; I only know from the arrow'."""
    start, finish = skeleton(GLIDE, 0), skeleton(GLIDE, 1)
    assert abs(head_tip(start)) < 3, "the head straight at the start"
    assert head_tip(finish) >= 25, f"the head tips plainly away from the arm ({head_tip(finish):.0f} degrees)"
    assert finish["wrist_r"][2] > finish["shoulder_r"][2] + 40, "the arm out to the side, away from the tip"


def test_the_tipped_head_stays_joined_to_its_neck() -> None:
    """Tipped further, the head must not slide off its neck (blind reviews 8c, 9, 9c)."""
    finish = skeleton(GLIDE, 1)
    assert math.dist(finish["head_base"], finish["neck_base"]) < 12, "the head sits on its neck"
    sideways = finish["neck_base"][2] - finish["head"][2]
    assert sideways < 9, f"the head's middle {sideways:.1f} cm to the side of the neck, not off it"


def test_the_slow_lowering_holds_the_weight_at_the_end_of_the_fist() -> None:
    """Blind review s10: in Start 'the hand is a thin stick poking up past the dumbbell'.  The bar sits in the
    curled fingers at the end of the fist, so no stub of hand shows beyond it."""
    drawing = DRAWINGS["wrist-extensor-lowering"]
    for index, position in enumerate(drawing.positions):
        points = skeleton("wrist-extensor-lowering", index)
        (weight,) = [prop for prop in position.props if prop.kind == PropKind.DUMBBELL]
        grip = weight.at.offset
        hand = math.dist(points["wrist_r"], points["hand_r"])
        assert math.dist(grip, points["hand_r"]) < 0.2 * hand, "the bar at the end of the fist, not short of it"
        assert math.dist(grip, points["wrist_r"]) > 0.75 * hand, "the wrist clear of the bar"
