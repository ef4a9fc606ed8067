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


def test_the_dead_bug_is_seen_from_above_so_both_legs_and_both_arms_show_apart() -> None:
    # "I can't tell whether the arm and leg that move are on opposite sides"; "the bent leg left in Finish is pale".
    drawing = DRAWINGS["dead-bug"]
    assert drawing.camera.down >= 20.0, "seen a little from above, the far limbs stand clear of the near ones"
    finish = drawing.positions[1]
    assert finish.label == "Opposite arm and leg"
    sides = {name[-1] for name in drawing.moving}
    assert sides == {"r", "l"}, "the moving arm and leg are on opposite sides"
    points = build(finish.figure)
    assert points["knee_l"][1] > points["hip_l"][1] + 30.0, "the other leg stays up in tabletop"


def test_the_dead_bug_arm_reaches_overhead_clear_of_the_head_and_the_arrows_start_at_the_limbs() -> None:
    # "The arm arrow starts in empty air, not at an arm. The arm going overhead seems to go through the head."
    drawing = DRAWINGS["dead-bug"]
    start, finish = (build(position.figure) for position in drawing.positions)
    hand, head = finish["hand_l"], finish["head"]
    assert hand[0] < finish["head_top"][0], "the hand reaches past the head"
    assert abs(hand[2] - head[2]) > 30.0, "out to the side, clear of the head, not through it"
    for arrow, tip in zip(drawing.positions[1].arrows, ("hand_l", "toe_r"), strict=True):
        base = finish[arrow.start.body]
        begins = tuple(b + o for b, o in zip(base, arrow.start.offset, strict=True))
        was = start[tip]
        gap = sum((a - b) ** 2 for a, b in zip(begins[:2], was[:2], strict=True)) ** 0.5
        assert gap < 16.0, f"the arrow starts where the {tip} was, not in empty air"
