"""The drawings of the exercises added to the low-back library for issue 12: easier rungs of its ladders."""

from __future__ import annotations

from ..describe import Drawing, Figure, Limb, Position, PropKind
from .common import (
    FEET_ON_FLOOR,
    HIP,
    SIDE,
    STAND_Y,
    Arms,
    arrow,
    at,
    drawing,
    feet,
    prop,
    register,
    seated,
    touch,
)

CHAIR_SEAT = 45.0  # the chair's own seat, as the chair prop draws it
CUSHION = 8.0  # a firm cushion on the seat makes it this much higher
HIGH_SEAT = CHAIR_SEAT + CUSHION


@register
def sit_to_stand_high_seat() -> Drawing:
    """Sitting near the front of a higher seat, hands on the thighs; pressing through feet and hands to stand."""
    chair = prop(PropKind.CHAIR, 5.0)
    # The firm cushion on the seat, a little shorter than the seat so the chair's front edge still shows.
    cushion = prop(PropKind.PILLOW, 6.0, CHAIR_SEAT, size=(38.0, CUSHION, 40.0))
    # Hands resting on the thighs, elbows a little out so the forearms lie along the top of the thighs.
    sitting_hands = Arms(
        arm_r=Limb(reach=at("knee_r", -14.0, 13.0, 1.0), toward=(-1.0, -0.3, 1.2)),
        arm_l=Limb(reach=at("knee_l", -14.0, 13.0, -1.0), toward=(-1.0, -0.3, -1.2)),
    )
    sit = seated(root_x=15.0, feet_x=44.0, lean=30.0, at=(15.0, HIGH_SEAT + 12.0, 0.0), **sitting_hands)
    # Rising: the bottom just off the seat, hands pressing on the thighs a little above the knees.
    hands_on_thighs = Arms(
        arm_r=Limb(reach=at("knee_r", -7.0, 16.0, 1.0), toward=(-1.0, -0.3, 1.2)),
        arm_l=Limb(reach=at("knee_l", -7.0, 16.0, -1.0), toward=(-1.0, -0.3, -1.2)),
    )
    hands = (touch("hand_r", "thigh_r"), touch("hand_l", "thigh_l"))
    rising = Figure(at=(36.0, 72.0, 0.0), lean=45.0, **feet(44.0, width=HIP + 2), **hands_on_thighs)
    standing = Figure(at=(44.0, STAND_Y, 0.0), **feet(44.0, width=HIP + 2))
    return drawing(
        "sit-to-stand-high-seat",
        SIDE,
        Position(
            sit,
            (chair, cushion),
            (),
            "1. Lean forward",
            (*FEET_ON_FLOOR, touch("seat", "pillow", "front third"), *hands),
        ),
        # The moment that makes this rung easier: the hands pushing on the thighs as the bottom leaves the seat.
        Position(
            rising,
            (chair, cushion),
            (arrow(at("", 22, 80, 0), at("", 40, 100, 0), 0.3),),
            "2. Press up",
            (*FEET_ON_FLOOR, *hands),
        ),
        # All the way up: a fresh blind reviewer, shown only the press, was unsure whether to stand fully.
        Position(
            standing, (chair, cushion), (arrow(at("", 68, 100, 0), at("", 68, 126, 0)),), "3. Stand tall", FEET_ON_FLOOR
        ),
        moving=("trunk",),
    )
