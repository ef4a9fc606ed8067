"""The drawings of the carries exercises."""

from __future__ import annotations

from ..describe import Camera, Drawing, Limb, Position, PropKind, View
from .common import (
    FEET_ON_FLOOR,
    GOBLET_CONTACTS,
    SIDE,
    arrow,
    at,
    both,
    carrying_arms,
    drawing,
    goblet_hold,
    held,
    prop,
    register,
    stand,
    touch,
    walking,
)

# From the side and a little in front: the walk goes forward across the picture, a knee lifts forward, and the
# weight in the near (right) hand shows.
CARRY_CAMERA = Camera(View.SIDE, turn=25.0)


@register
def suitcase_march() -> Drawing:
    """Standing tall, a kettlebell in one hand, arm long; one knee lifts in front, the body staying upright."""
    bell = held(PropKind.KETTLEBELL, "grip_r")
    # The kitchen worktop the client stands beside, on the side away from the weight: seen from the weight's
    # side, it stands behind the body, a hand's reach away.
    worktop = prop(PropKind.WORKTOP, -30.0, z=-32.0, facing=90.0)
    side_arm = carrying_arms()["arm_r"]
    start = stand(arm_r=side_arm, arm_l=Limb(out=6.0, bend=8.0))
    end = stand(arm_r=side_arm, arm_l=Limb(flex=14.0, out=6.0, bend=20.0), leg_l=Limb(flex=80.0, bend=90.0, tip=15.0))
    return drawing(
        "suitcase-march",
        CARRY_CAMERA,
        Position(start, (worktop, bell), contacts=(*FEET_ON_FLOOR, touch("hand_r", "kettlebell"))),
        Position(
            end,
            (worktop, bell),
            (arrow(at("knee_l", 10, -30, 0), at("knee_l", 10, -6, 0)),),
            contacts=(touch("foot_r", "floor"), touch("hand_r", "kettlebell")),
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
