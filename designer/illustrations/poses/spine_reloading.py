"""The drawings of the spine reloading exercises."""

from __future__ import annotations

import math

from ..describe import Bend, Camera, Drawing, Figure, Limb, Position, Prop, PropKind, View
from .common import (
    ANKLE_Y,
    HIP,
    SEAT,
    SHOULDER,
    SIDE,
    STAND_Y,
    arrow,
    at,
    band,
    drawing,
    feet,
    held,
    prop,
    register,
    walking,
)


@register
def loaded_walk() -> Drawing:
    way = arrow(at("root", 44, -60, 0), at("root", 84, -60, 0))
    return drawing("loaded-walk", SIDE, Position(walking(), (Prop(PropKind.BACKPACK),), (way,)))


@register
def kettlebell_deadlift() -> Drawing:
    floor_bell = prop(PropKind.KETTLEBELL, 12.0)
    handle = (12.0, 28.0)
    low = Figure(
        at=(-22.0, 60.0, 0.0),
        lean=62.0,
        neck=Bend(flex=-10.0),
        **feet(width=HIP + 6),
        arm_r=Limb(reach=(handle[0], handle[1] + 2.0, 5.0), toward=(-1.0, 0.0, 0.0)),
        arm_l=Limb(reach=(handle[0], handle[1] + 2.0, -5.0), toward=(-1.0, 0.0, 0.0)),
    )
    high = Figure(
        at=(0.0, STAND_Y, 0.0),
        **feet(width=HIP + 6),
        arm_r=Limb(reach=(10.0, 85.0, 5.0), toward=(-1.0, 0.0, 0.0)),
        arm_l=Limb(reach=(10.0, 85.0, -5.0), toward=(-1.0, 0.0, 0.0)),
    )
    return drawing(
        "kettlebell-deadlift",
        Camera(View.SIDE, turn=28.0),
        Position(low, (floor_bell,)),
        Position(high, (held(PropKind.KETTLEBELL, "grip_r"),), (arrow(at("", 34, 40, 0), at("", 34, 74, 0)),)),
    )


@register
def box_lift() -> Drawing:
    size = (34.0, 26.0, 34.0)
    low = Figure(
        at=(-18.0, 45.0, 0.0),
        lean=55.0,
        neck=Bend(flex=-16.0),
        **feet(width=HIP + 8),
        arm_r=Limb(reach=(32.0, 20.0, 18.0), toward=(-1.0, 0.0, 0.5)),
        arm_l=Limb(reach=(32.0, 20.0, -18.0), toward=(-1.0, 0.0, -0.5)),
    )
    high = Figure(
        at=(0.0, STAND_Y, 0.0),
        **feet(width=HIP + 8),
        arm_r=Limb(reach=(26.0, 98.0, 18.0), toward=(-0.4, -1.0, 0.3)),
        arm_l=Limb(reach=(26.0, 98.0, -18.0), toward=(-0.4, -1.0, -0.3)),
    )
    return drawing(
        "box-lift",
        SIDE,
        Position(low, (prop(PropKind.BOX, 32.0, size=size),)),
        Position(high, (prop(PropKind.BOX, 26.0, 85.0, size=size),), (arrow(at("", 58, 30, 0), at("", 58, 84, 0)),)),
    )


BAND_ANCHOR = (120.0, 112.0, 0.0)


@register
def band_row() -> Drawing:
    def figure(hands_x: float, hands_y: float) -> Figure:
        return Figure(
            at=(0.0, 86.0, 0.0),
            **feet(width=HIP + 4),
            arm_r=Limb(reach=(hands_x, hands_y, 12.0), toward=(-1.0, -0.5, 0.4)),
            arm_l=Limb(reach=(hands_x, hands_y, -12.0), toward=(-1.0, -0.5, -0.4)),
        )

    def props() -> tuple[Prop, ...]:
        return (prop(PropKind.ANCHOR, *BAND_ANCHOR), band(at("grip_r"), at("", *BAND_ANCHOR)))

    return drawing(
        "band-row",
        SIDE,
        Position(figure(50.0, 113.0), props()),
        Position(figure(8.0, 108.0), props(), (arrow(at("", 46, 126, 0), at("", 18, 126, 0)),)),
    )


@register
def one_arm_row() -> Drawing:
    chair = prop(PropKind.CHAIR, 80.0, facing=180.0)

    def figure(rowing: bool) -> Figure:
        arm = (
            Limb(reach=at("hip_r", 10.0, 10.0, 8.0), toward=(-0.5, 1.0, 0.2))
            if rowing
            else Limb(reach=at("shoulder_r", 0.0, -54.0, -2.0), toward=(-1.0, 0.0, 0.0))
        )
        return Figure(
            at=(-2.0, 84.0, 0.0),
            lean=74.0,
            neck=Bend(flex=-10.0),
            leg_l=Limb(reach=(22.0, ANKLE_Y, -HIP - 2), flat=True),
            leg_r=Limb(reach=(-16.0, ANKLE_Y, HIP + 2), flat=True),
            arm_l=Limb(reach=(62.0, SEAT + 5.0, -16.0), toward=(-1.0, 0.0, 0.0), flat=True),
            arm_r=arm,
        )

    weight = held(PropKind.DUMBBELL, "grip_r")
    return drawing(
        "one-arm-row",
        SIDE,
        Position(figure(False), (chair, weight)),
        Position(figure(True), (chair, weight), (arrow(at("grip_r", 12, -26), at("grip_r", 12, -4)),)),
    )


def lean_figure(angle: float, hands: tuple[float, float], tip: float) -> Figure:
    """Body straight from the ankles, tipped forward ``angle`` degrees, hands pressing at ``hands``."""
    radians = math.radians(angle)
    root = (80.0 * math.sin(radians), ANKLE_Y + 80.0 * math.cos(radians), 0.0)
    return Figure(
        lean=angle,
        at=root,
        leg_r=Limb(flat=True),
        leg_l=Limb(flat=True),
        arm_r=Limb(reach=(hands[0], hands[1], SHOULDER + 4), toward=(-0.3, -1.0, 0.6), tip=tip),
        arm_l=Limb(reach=(hands[0], hands[1], -SHOULDER - 4), toward=(-0.3, -1.0, -0.6), tip=tip),
    )


@register
def wall_push_up() -> Drawing:
    wall = prop(PropKind.WALL, 92.0, facing=180.0)
    return drawing(
        "wall-push-up",
        SIDE,
        Position(lean_figure(16.0, (88.0, 132.0), 80.0), (wall,)),
        Position(lean_figure(27.0, (88.0, 132.0), 80.0), (wall,), (arrow(at("chest", 4, 12), at("chest", 18, 8)),)),
    )


@register
def incline_push_up() -> Drawing:
    worktop = prop(PropKind.WORKTOP, 104.0)
    hands = (112.0, 93.5)
    return drawing(
        "incline-push-up",
        SIDE,
        Position(lean_figure(30.0, hands, 0.0), (worktop,)),
        Position(lean_figure(42.0, hands, 0.0), (worktop,), (arrow(at("chest", 0, 20), at("chest", 8, 4)),)),
    )
