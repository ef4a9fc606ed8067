"""The drawings of the ankle's balance and hopping exercises: one leg at the counter, on a cushion, small hops.

Kept apart from ``ankle`` (mobility and calf strength) so each stays short; they share its kitchen counter.
"""

from __future__ import annotations

from ..describe import Drawing, Figure, Limb, Position, PropKind
from .ankle import BENT_BACK, HANDS_ON_COUNTER, counter, hands_on_counter
from .common import (
    ANKLE_Y,
    FEET_ON_FLOOR,
    HIP,
    SIDE,
    STAND_Y,
    Arms,
    arrow,
    at,
    both,
    drawing,
    feet,
    prop,
    register,
    touch,
)


def one_leg_at_counter(lift: float = 0.0) -> Figure:
    """Standing on the right leg at the counter, hands on its edge, the left foot lifted behind."""
    return Figure(
        at=(0.0, STAND_Y + lift, 0.0),
        leg_r=Limb(reach=(0.0, ANKLE_Y + lift, HIP), flat=True),
        leg_l=BENT_BACK,
        **hands_on_counter(height=93.8),
    )


@register
def one_leg_stand_eyes_closed() -> Drawing:
    """Standing on one leg at the counter, hands on its edge, eyes closed."""
    return drawing(
        "one-leg-stand-eyes-closed",
        SIDE,
        Position(one_leg_at_counter(), (counter(),), (), "Eyes closed", (touch("foot_r", "floor"), *HANDS_ON_COUNTER)),
        holds="standing on one leg",
    )


@register
def one_leg_stand_on_cushion() -> Drawing:
    """Standing on one leg on a firm cushion next to the counter, hands on its edge."""
    cushion = prop(PropKind.PILLOW, 5.0, z=HIP, size=(40.0, 9.0, 36.0))
    return drawing(
        "one-leg-stand-on-cushion",
        SIDE,
        Position(
            one_leg_at_counter(7.5), (counter(), cushion), (), "Hold", (touch("foot_r", "pillow"), *HANDS_ON_COUNTER)
        ),
        holds="standing on one leg on the cushion",
    )


@register
def small_hops() -> Drawing:
    """Fingertips of one hand on the counter: standing with the knees soft, a small hop up off both feet, then a
    soft landing on the balls of the feet with the knees a little bent.

    The trunk keeps the same slight forward lean in every panel, so only the legs change: feet flat, then a
    hand's width above the floor (a clear gap, so it reads as a hop, not a rise onto the toes), then down on the
    balls of the feet with the heels just up.
    """
    fingertips = Arms(arm_r=hands_on_counter()["arm_r"], arm_l=Limb(out=6.0, bend=10.0))
    hop = 10.0  # how far the feet leave the floor
    air = Figure(
        at=(0.0, STAND_Y + hop, 0.0),
        lean=4.0,
        leg_r=Limb(reach=(1.0, ANKLE_Y + hop + 2.0, HIP), toward=(1.0, 0.0, 0.0), tip=8.0),
        leg_l=Limb(reach=(1.0, ANKLE_Y + hop + 2.0, -HIP), toward=(1.0, 0.0, 0.0), tip=8.0),
        **fingertips,
    )
    landing = Figure(
        at=(0.0, STAND_Y - 2.0, 0.0),
        lean=4.0,
        leg_r=Limb(reach=(1.0, ANKLE_Y + 3.0, HIP), toward=(1.0, 0.0, 0.0), toes=0.0),
        leg_l=Limb(reach=(1.0, ANKLE_Y + 3.0, -HIP), toward=(1.0, 0.0, 0.0), toes=0.0),
        **fingertips,
    )
    ready = Figure(at=(0.0, STAND_Y - 2.0, 0.0), lean=4.0, **feet(1.0), **fingertips)
    return drawing(
        "small-hops",
        SIDE,
        Position(ready, (counter(),), (), "1. Knees soft", (*FEET_ON_FLOOR, touch("hand_r", "worktop"))),
        Position(
            air,
            (counter(),),
            (arrow(at("heel_r", -12, -8), at("heel_r", -12, 10)),),
            "2. Two-foot hop",
            (touch("hand_r", "worktop"),),
        ),
        Position(
            landing,
            (counter(),),
            (arrow(at("heel_r", -12, 18), at("heel_r", -12, 2)),),
            "3. Land softly",
            (*both("toes", "floor"), touch("hand_r", "worktop")),
        ),
        moving=("legs",),
    )
