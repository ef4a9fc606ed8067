"""The drawings of the carries exercises."""

from __future__ import annotations

from ..describe import Bend, Camera, Drawing, Limb, Position, PropKind, View
from .common import (
    FEET_ON_FLOOR,
    GOBLET_CONTACTS,
    SIDE,
    STAND_Y,
    arrow,
    at,
    both,
    carrying_arms,
    drawing,
    goblet_hold,
    held,
    prop,
    register,
    shaded_leg,
    stand,
    touch,
    walking,
)

# From the side and a little in front: the walk goes forward across the picture, a knee lifts forward, and the
# weight in the near (right) hand shows.
CARRY_CAMERA = Camera(View.SIDE, turn=25.0)


# Seen straight from the side: the worktop stands beside the body on the side away from the weight.  Its top is
# a little above the hip, so the thigh lifted level passes plainly below the top edge (with a worktop at hip height
# a blind reviewer saw the thigh lying on it or through it).  The free hand rests on the top just in front of the
# hip, beside the body, elbow soft (resting behind the hip, a reviewer saw the arm reaching backwards).
MARCH_WORKTOP = prop(PropKind.WORKTOP, -16.0, z=-32.0, facing=90.0, size=(60.0, 100.0, 120.0))
MARCH_HAND = Limb(reach=(22.0, 102.5, -37.0), toward=(-0.3, 0.0, -1.0), flat=True)
LEVEL_HEAD = Bend(flex=28.0)  # eyes ahead, not tipped back to the ceiling
# The weight arm hangs long, the hand a little forward of the shoulder so the kettlebell hangs in front of the
# thigh, clear above the standing knee (straight below the shoulder it hid that knee).
WEIGHT_ARM = Limb(reach=at("shoulder_r", 5.0, -50.0, 10.0), toward=(-1.0, 0.0, 0.2))


@register
def suitcase_march() -> Drawing:
    """Standing tall next to a worktop, a hand on it, a kettlebell in the other hand, arm long; one knee lifts in
    front, the body staying upright."""
    bell = held(PropKind.KETTLEBELL, "grip_r")
    lifted = shaded_leg("l", 0.55)  # the knee that lifts, shaded
    start = stand(at=(0.0, STAND_Y, 0.0), arm_r=WEIGHT_ARM, arm_l=MARCH_HAND, neck=LEVEL_HEAD)
    end = start.but(leg_l=Limb(flex=80.0, bend=90.0, tip=15.0))
    holding = (touch("hand_r", "kettlebell"), touch("hand_l", "worktop"))
    return drawing(
        "suitcase-march",
        SIDE,
        Position(start, (MARCH_WORKTOP, bell, lifted), contacts=(*FEET_ON_FLOOR, *holding)),
        Position(
            end,
            (MARCH_WORKTOP, bell, lifted),
            (arrow(at("knee_l", 10, -30, 0), at("knee_l", 10, -6, 0)),),
            contacts=(touch("foot_r", "floor"), *holding),
        ),
        moving=("leg_l",),
    )


WAY = arrow(at("root", 44, -60, 0), at("root", 84, -60, 0))


@register
def farmers_carry() -> Drawing:
    """Walking tall with a kettlebell in each hand, arms long by the sides."""
    bells = (held(PropKind.KETTLEBELL, "grip_r"), held(PropKind.KETTLEBELL, "grip_l"))
    walk = walking(**carrying_arms())
    return drawing(
        "farmers-carry",
        CARRY_CAMERA,
        Position(walk, bells, (WAY,), "Walk", (*FEET_ON_FLOOR, *both("hand", "kettlebell"))),
        holds="a weight in each hand, body tall",
    )


@register
def suitcase_carry() -> Drawing:
    """Walking tall with one kettlebell at the side, not leaning towards or away from it."""
    bell = held(PropKind.KETTLEBELL, "grip_r")
    walk = walking(arm_r=carrying_arms()["arm_r"])
    return drawing(
        "suitcase-carry",
        CARRY_CAMERA,
        Position(walk, (bell,), (WAY,), "Walk", (*FEET_ON_FLOOR, touch("hand_r", "kettlebell"))),
        holds="the weight at your side, body upright",
    )


@register
def goblet_carry() -> Drawing:
    """Walking tall with a kettlebell held close to the chest in both hands."""
    bell, hands = goblet_hold()
    walk = walking(**hands)
    return drawing(
        "goblet-carry",
        SIDE,
        Position(walk, (bell,), (WAY,), "Walk", (*FEET_ON_FLOOR, *GOBLET_CONTACTS)),
        holds="the weight close to your chest",
    )
