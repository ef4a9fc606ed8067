"""The drawings of the carries exercises."""

from __future__ import annotations

from ..describe import Camera, Drawing, Figure, Limb, Position, PropKind, View
from .common import (
    ANKLE_Y,
    HIP,
    SIDE,
    arrow,
    at,
    drawing,
    held,
    register,
    stand,
    walking,
)

CARRY_CAMERA = Camera(View.FRONT, turn=-20.0)


def front_step(**changes: object) -> Figure:
    """A walking step seen from the front: left foot planted ahead, right heel lifting behind, trunk tall.

    Seen a little from the right, this way round the feet stand apart in the picture instead of crossing.
    """
    return Figure(
        at=(0.0, 84.5, 0.0),
        leg_l=Limb(reach=(16.0, ANKLE_Y, -HIP - 2), flat=True),
        leg_r=Limb(reach=(-16.0, 12.0, HIP + 2), toes=0.0),
    ).but(**changes)


@register
def suitcase_march() -> Drawing:
    bell = held(PropKind.KETTLEBELL, "grip_r")
    start = stand(arm_r=Limb(out=9.0))
    end = stand(
        arm_r=Limb(out=9.0),
        arm_l=Limb(out=12.0, bend=10.0),
        leg_l=Limb(flex=85.0, bend=90.0, tip=20.0),
    )
    return drawing(
        "suitcase-march",
        CARRY_CAMERA,
        Position(start, (bell,)),
        Position(end, (bell,), (arrow(at("knee_l", 0, -34, 0), at("knee_l", 0, -8, 0)),)),
    )


@register
def farmers_carry() -> Drawing:
    bells = (held(PropKind.KETTLEBELL, "grip_r"), held(PropKind.KETTLEBELL, "grip_l"))
    walk = front_step(arm_r=Limb(out=10.0), arm_l=Limb(out=10.0))
    return drawing("farmers-carry", CARRY_CAMERA, Position(walk, bells))


@register
def suitcase_carry() -> Drawing:
    bell = held(PropKind.KETTLEBELL, "grip_r")
    walk = front_step(arm_r=Limb(out=9.0), arm_l=Limb(flex=8.0, out=12.0, bend=12.0))
    return drawing("suitcase-carry", CARRY_CAMERA, Position(walk, (bell,)))


@register
def goblet_carry() -> Drawing:
    bell = held(PropKind.KETTLEBELL, "grip_r")
    walk = walking(
        arm_r=Limb(reach=at("chest", 10.0, -4.0, 4.0), toward=(0.0, -1.0, 0.4)),
        arm_l=Limb(reach=at("chest", 10.0, -4.0, -4.0), toward=(0.0, -1.0, -0.4)),
    )
    way = arrow(at("root", 44, -60, 0), at("root", 84, -60, 0))
    return drawing("goblet-carry", SIDE, Position(walk, (bell,), (way,)))
