"""The drawings of the hip hinge exercises."""

from __future__ import annotations

from ..describe import Bend, Drawing, Figure, Limb, Position, Prop, PropKind
from .common import (
    ANKLE_Y,
    HIP,
    SIDE,
    STAND_Y,
    Arms,
    arrow,
    at,
    drawing,
    feet,
    hanging_arms,
    held,
    prop,
    register,
)


@register
def wall_hip_hinge() -> Drawing:
    def hands(height: float) -> Arms:
        return Arms(
            arm_r=Limb(reach=at("knee_r", 8.0, height, 3.0), toward=(-0.3, -0.3, 1.0)),
            arm_l=Limb(reach=at("knee_l", 8.0, height, -3.0), toward=(-0.3, -0.3, -1.0)),
        )

    start = Figure(at=(0.0, STAND_Y, 0.0), **feet(), **hands(36.0))
    end = Figure(at=(-20.0, 83.0, 0.0), lean=48.0, **feet(), **hands(24.0))
    wall = prop(PropKind.WALL, -35.0)
    return drawing(
        "wall-hip-hinge",
        SIDE,
        Position(start, (wall,)),
        Position(end, (wall,), (arrow(at("sacrum", 14, 10), at("sacrum", -1, 2), -0.2),)),
    )


@register
def hip_hinge() -> Drawing:
    dowel = Prop(PropKind.DOWEL)
    hands = Arms(
        arm_r=Limb(reach=at("behind_neck", -2.0), toward=(0.0, -1.0, 1.0)),
        arm_l=Limb(reach=at("behind_waist", -2.0), toward=(0.0, -1.0, 0.0)),
    )
    start = Figure(at=(0.0, STAND_Y, 0.0), **feet(), **hands)
    end = Figure(at=(-18.0, 84.0, 0.0), lean=55.0, **feet(), **hands)
    return drawing(
        "hip-hinge",
        SIDE,
        Position(start, (dowel,)),
        Position(end, (dowel,), (arrow(at("sacrum", 12, 14), at("sacrum", -4, 2), -0.2),)),
    )


@register
def romanian_deadlift() -> Drawing:
    weights = (held(PropKind.DUMBBELL, "grip_r"), held(PropKind.DUMBBELL, "grip_l"))
    start = Figure(at=(0.0, STAND_Y, 0.0), **feet(), **hanging_arms(forward=6.0))
    end = Figure(at=(-20.0, 83.0, 0.0), lean=68.0, **feet(), **hanging_arms())
    return drawing(
        "romanian-deadlift",
        SIDE,
        Position(start, weights),
        Position(end, weights, (arrow(at("sacrum", 12, 12), at("sacrum", -3, 2), -0.2),)),
    )


@register
def single_leg_deadlift() -> Drawing:
    chair = prop(PropKind.CHAIR, 18.0, z=-50.0, facing=90.0)
    weight = (held(PropKind.DUMBBELL, "grip_r"),)
    start = Figure(
        at=(0.0, STAND_Y, 0.0),
        leg_l=Limb(reach=(0.0, ANKLE_Y, -HIP), flat=True),
        leg_r=Limb(flex=4.0, bend=10.0),
        arm_l=Limb(reach=(14.0, 93.0, -30.0), toward=(-1.0, 0.0, 0.0)),
        arm_r=hanging_arms(forward=4.0)["arm_r"],
    )
    end = Figure(
        at=(-10.0, 85.0, 0.0),
        lean=78.0,
        neck=Bend(flex=-8.0),
        leg_l=Limb(reach=(0.0, ANKLE_Y, -HIP), flat=True),
        leg_r=Limb(flex=-12.0, bend=4.0, tip=10.0),
        arm_l=Limb(reach=(28.0, 92.0, -30.0), toward=(0.0, 1.0, 0.0)),
        arm_r=hanging_arms()["arm_r"],
    )
    return drawing(
        "single-leg-deadlift",
        SIDE,
        Position(start, (chair, *weight)),
        Position(end, (chair, *weight)),
    )
