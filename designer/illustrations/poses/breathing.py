"""The drawings of the breathing exercises."""

from __future__ import annotations

from ..describe import Bend, Drawing, Figure, Limb, Position, Prop, PropKind
from .common import (
    FRONT,
    SIDE,
    SUPINE_Y,
    Arms,
    arrow,
    at,
    chair_under,
    crook,
    drawing,
    mat,
    prop,
    register,
    seated,
    stand,
)


def belly_hands() -> Arms:
    return Arms(
        arm_r=Limb(reach=at("belly", 3.0, 1.0, 4.0), toward=(0.0, 0.2, 1.0)),
        arm_l=Limb(reach=at("chest", 3.0, 3.0, -4.0), toward=(0.0, 0.2, -1.0)),
    )


def breathing_positions(figure: Figure, props: tuple[Prop, ...], point: str = "belly") -> tuple[Position, Position]:
    """Breathe in (belly rises) and breathe out (it falls), with arrows at ``point``."""
    breathe_in = Position(figure.but(belly=4.0), props, (arrow(at(point, 0, 8), at(point, 0, 22)),), "Breathe in")
    breathe_out = Position(figure, props, (arrow(at(point, 0, 22), at(point, 0, 8)),), "Breathe out")
    return breathe_in, breathe_out


@register
def belly_breathing() -> Drawing:
    figure = crook(**belly_hands())
    return drawing("belly-breathing", SIDE, *breathing_positions(figure, (mat(),)))


@register
def crocodile_breathing() -> Drawing:
    """Lying face down, forehead resting on the stacked hands, elbows out; the low back rises with each breath."""
    figure = Figure(
        lean=90.0,
        at=(0.0, 13.5, 0.0),  # the belly rests on the floor
        neck=Bend(flex=-18.0),
        leg_r=Limb(flex=7.0, tip=75.0, out=4.0),  # the legs slope down to rest on the floor
        leg_l=Limb(flex=7.0, tip=75.0, out=4.0),
        arm_r=Limb(reach=(72.0, 7.5, 6.0), toward=(0.0, 0.0, 1.0), flat=True),
        arm_l=Limb(reach=(72.0, 4.5, -6.0), toward=(0.0, 0.0, -1.0), flat=True),
    )
    return drawing("crocodile-breathing", SIDE, *breathing_positions(figure, (mat(),), "sacrum"))


@register
def ninety_ninety_breathing() -> Drawing:
    chair = prop(PropKind.CHAIR, 38.0, facing=180.0, size=(42.0, 50.0, 44.0))  # its edge clear of the hips
    figure = Figure(
        lean=-90.0,
        at=(0.0, SUPINE_Y, 0.0),
        leg_r=Limb(flex=88.0, bend=90.0, tip=5.0),
        leg_l=Limb(flex=88.0, bend=90.0, tip=5.0),
        **belly_hands(),
    )
    return drawing("ninety-ninety-breathing", SIDE, *breathing_positions(figure, (mat(), chair)))


@register
def box_breathing() -> Drawing:
    """Sitting tall, with a square of four arrows beside the head: breathe in, hold, breathe out, hold."""
    chair = chair_under(0.0)
    near, far, low, high, gap = 56.0, 28.0, 126.0, 154.0, 3.0
    square = (
        arrow(at("", 0, low + gap, near), at("", 0, high - gap, near)),
        arrow(at("", 0, high, near - gap), at("", 0, high, far + gap)),
        arrow(at("", 0, high - gap, far), at("", 0, low + gap, far)),
        arrow(at("", 0, low, far + gap), at("", 0, low, near - gap)),
    )
    return drawing("box-breathing", FRONT, Position(seated(feet_x=34.0), (chair,), square))


@register
def breathe_and_brace() -> Drawing:
    hands = Arms(
        arm_r=Limb(reach=at("belly", -4.0, 4.0, 12.0), toward=(-1.0, -0.3, 1.0)),
        arm_l=Limb(reach=at("belly", -4.0, 4.0, -12.0), toward=(-1.0, -0.3, -1.0)),
    )
    figure = stand(**hands)
    breathe_in = Position(figure.but(belly=4.0), (), (arrow(at("belly", 4, -2), at("belly", 16, -2)),), "Breathe in")
    brace = Position(
        figure.but(belly=1.0),
        (),
        (arrow(at("belly", 18, -2), at("belly", 6, -2)), arrow(at("sacrum", -16, 16), at("sacrum", -4, 16))),
        "Brace",
    )
    return drawing("breathe-and-brace", SIDE, breathe_in, brace)
