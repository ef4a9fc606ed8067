"""What blind review 9 (list s9i) found hard to read, held by a test each: the marching bridge's lifted foot is
clearly off the floor and ahead of the foot that stays down (it was a hair up, over the pale leg's shin), and the
hip-lift arrow stands above the hips, clear of the hand on the floor."""

from __future__ import annotations

from designer.illustrations.body import build
from designer.illustrations.poses import DRAWINGS


def test_the_marching_bridge_lifts_the_foot_clear_of_the_floor_and_of_the_other_leg() -> None:
    # "The lifted foot is only a hair above the floor and the two legs overlap; the pale shin passes through it."
    lift = DRAWINGS["marching-bridge"].positions[2]
    points = build(lift.figure)
    lowest = min(points[name][1] for name in ("heel_r", "toe_r", "ankle_r"))
    assert lowest > 12.0, "the lifted foot is clearly off the floor"
    assert points["heel_r"][0] > points["ankle_l"][0] + 8.0, "the lifted foot is ahead of the pale shin"
    assert points["knee_r"][1] > points["ankle_r"][1] + 15.0, "the knee stays bent, above the lifted foot"


def test_the_marching_bridge_hip_arrow_stands_clear_of_the_hand() -> None:
    # "In step 2 the hand sits on the arrow."
    up = DRAWINGS["marching-bridge"].positions[1]
    points = build(up.figure)
    (arrow,) = up.arrows
    start = points[arrow.start.body]
    assert start[1] + arrow.start.offset[1] > points["hand_r"][1] + 20.0, "the arrow starts well above the hand"
