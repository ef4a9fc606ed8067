"""The drawings of the hip mobility exercises."""

from __future__ import annotations

from ..describe import Bend, Camera, Drawing, Figure, Limb, Position, PropKind, View
from .common import (
    ANKLE_Y,
    HIP,
    LEG,
    SIDE,
    STAND_Y,
    Legs,
    arrow,
    at,
    crook,
    drawing,
    joints,
    knee_on_floor,
    limb_through,
    mat,
    prop,
    register,
)


@register
def knee_to_chest() -> Drawing:
    hug = crook(
        leg_r=Limb(flex=118.0, bend=125.0, tip=20.0),
        arm_r=Limb(reach=at("knee_r", 2.0, -3.0, 6.0), toward=(0.0, -0.4, 1.0)),
        arm_l=Limb(reach=at("knee_r", 2.0, -3.0, -8.0), toward=(0.0, -0.4, -1.0)),
    )
    return drawing(
        "knee-to-chest",
        SIDE,
        Position(crook(), (mat(),)),
        Position(hug, (mat(),), (arrow(at("knee_r", 10, 2), at("knee_r", 2, 14), 0.3),)),
    )


@register
def figure_four_stretch() -> Drawing:
    """Lying on the back, the left ankle resting across the right knee (a figure 4); then the right thigh is
    drawn in towards the chest, both hands holding behind it.  Seen from the right side and a little above,
    so the crossed leg's knee shows out to the far side behind the pulled-in thigh."""
    camera = Camera(View.SIDE, turn=-20.0, down=12.0)
    crossed = Limb(reach=at("knee_r", -5.0, 6.0, -5.0), toward=(0.3, 0.5, -1.0), tip=-10.0)
    start = crook(leg_l=crossed)
    end = crook(
        leg_r=Limb(flex=75.0, bend=95.0, tip=5.0),
        leg_l=crossed,
        arm_r=Limb(reach=at("knee_r", -12.0, -12.0, 7.0), toward=(0.0, -0.5, 1.0)),
        arm_l=Limb(reach=at("knee_r", -12.0, -12.0, -6.0), toward=(0.0, -0.5, -1.0)),
        chest=Bend(flex=12.0),
        neck=Bend(flex=8.0),
    )
    return drawing(
        "figure-four-stretch",
        camera,
        Position(start, (mat(),)),
        Position(end, (mat(),), (arrow(at("knee_r", 8, 12, 10), at("knee_r", -8, 20, 10), 0.3),)),
    )


def ninety_ninety_figure(front_leg_right: bool) -> Figure:
    """Sitting on the floor in the 90/90 position: the front leg's thigh points forward with its shin across
    in front; the back leg's thigh points out to the side with its shin behind."""
    side = 1.0 if front_leg_right else -1.0
    trunk = Figure(lean=-25.0, at=(0.0, 12.0, 0.0))
    points = joints(trunk)
    front_hip, back_hip = (points["hip_r"], points["hip_l"]) if front_leg_right else (points["hip_l"], points["hip_r"])
    front = limb_through(front_hip, (1.0, -0.15, 0.2 * side), (0.0, -0.04, -side), LEG, tip=20.0)
    back = limb_through(back_hip, (0.3, -0.15, -side), (-1.0, -0.04, -0.15 * side), LEG, tip=20.0)
    legs = Legs(leg_r=front, leg_l=back) if front_leg_right else Legs(leg_r=back, leg_l=front)
    return trunk.but(
        **legs,
        arm_r=Limb(reach=(-38.0, 4.5, 26.0), toward=(1.0, 0.0, 0.4), flat=True),
        arm_l=Limb(reach=(-38.0, 4.5, -26.0), toward=(1.0, 0.0, -0.4), flat=True),
    )


@register
def ninety_ninety() -> Drawing:
    # Turned a little and from well above: the mat reads as the floor under the legs, not a wall behind them,
    # and both legs' right angles show.
    camera = Camera(View.FRONT, turn=-15.0, down=45.0)
    return drawing(
        "ninety-ninety",
        camera,
        Position(ninety_ninety_figure(True), (mat(),)),
        Position(ninety_ninety_figure(False), (mat(),), (arrow(at("root", 30, 40, 30), at("root", 30, 40, -30), 0.3),)),
    )


@register
def standing_hip_flexor_stretch() -> Drawing:
    chair = prop(PropKind.CHAIR, 20.0, z=-52.0, facing=90.0)

    def figure(root: tuple[float, float, float], tuck: float) -> Figure:
        return Figure(
            at=root,
            lean=-tuck,
            leg_l=Limb(reach=(30.0, ANKLE_Y, -HIP), flat=True),
            leg_r=Limb(reach=(-38.0, 10.0, HIP), toes=0.0),
            arm_l=Limb(reach=(20.0, 92.0, -31.0), toward=(-1.0, 0.0, 0.0)),
            arm_r=Limb(reach=at("hip_r", 4.0, 10.0, 6.0), toward=(-1.0, 0.3, 0.4)),
        )

    return drawing(
        "standing-hip-flexor-stretch",
        SIDE,
        Position(figure((-6.0, 80.0, 0.0), 0.0), (chair,)),
        Position(figure((2.0, 77.0, 0.0), 8.0), (chair,), (arrow(at("sacrum", -4, -10), at("sacrum", 14, -10)),)),
    )


@register
def hip_flexor_stretch() -> Drawing:
    cushion = prop(PropKind.PILLOW, -16.0, size=(24.0, 4.0, 30.0))

    def figure(root: tuple[float, float], reach_up: bool) -> Figure:
        arm = Limb(flex=170.0, out=10.0, bend=10.0) if reach_up else Limb(reach=at("hip_r", 4.0, 8.0, 6.0))
        return Figure(
            at=(root[0], root[1], 0.0),
            lean=-4.0,
            leg_l=Limb(reach=(38.0, ANKLE_Y, -HIP), flat=True),
            leg_r=Limb(reach=knee_on_floor(root, 10.5), toward=(0.0, -1.0, 0.0), tip=80.0),
            arm_r=arm,
            arm_l=Limb(reach=at("hip_l", 4.0, 8.0, -6.0), toward=(-1.0, 0.3, -0.4)),
        )

    return drawing(
        "hip-flexor-stretch",
        SIDE,
        Position(figure((-4.0, 47.0), False), (cushion,)),
        Position(figure((6.0, 43.0), True), (cushion,), (arrow(at("sacrum", -6, -8), at("sacrum", 12, -8)),)),
    )


@register
def standing_hip_circles() -> Drawing:
    camera = Camera(View.FRONT, turn=-35.0)
    chair = prop(PropKind.CHAIR, 0.0, z=-52.0, facing=90.0)

    def figure(leg: Limb) -> Figure:
        return Figure(
            at=(0.0, STAND_Y, 0.0),
            leg_l=Limb(reach=(0.0, ANKLE_Y, -HIP), flat=True),
            leg_r=leg,
            arm_l=Limb(reach=(4.0, 92.0, -31.0), toward=(-1.0, 0.0, 0.0)),
            arm_r=Limb(reach=at("hip_r", 2.0, 10.0, 6.0), toward=(-1.0, 0.3, 0.4)),
        )

    forward = Limb(flex=85.0, bend=90.0, tip=10.0)
    open_out = Limb(flex=70.0, out=45.0, turn=35.0, bend=90.0, tip=10.0)
    return drawing(
        "standing-hip-circles",
        camera,
        Position(figure(forward), (chair,)),
        Position(figure(open_out), (chair,), (arrow(at("knee_r", 12, 14, -10), at("knee_r", -2, 12, 14), 0.35),)),
    )
