"""The drawings of the spine reloading exercises."""

from __future__ import annotations

import math

from ..describe import Bend, Drawing, Figure, Limb, Position, Prop, PropKind
from .common import (
    ANKLE_Y,
    FEET_ON_FLOOR,
    HIP,
    SEAT,
    SHOULDER,
    SIDE,
    STAND_Y,
    Legs,
    arrow,
    at,
    band,
    both,
    drawing,
    feet,
    held,
    prop,
    register,
    touch,
    walking,
)


@register
def loaded_walk() -> Drawing:
    """Walking tall at a steady pace, a light backpack snug on both shoulders, arms swinging."""
    return drawing(
        "loaded-walk",
        SIDE,
        Position(walking(), (Prop(PropKind.BACKPACK),), (WAY,), "Walk", FEET_ON_FLOOR),
        holds="a light backpack, steady pace",
    )


WAY = arrow(at("root", 44, -60, 0), at("root", 84, -60, 0))
SQUAT_KNEES = ((1.0, 0.2, 0.5), (1.0, 0.2, -0.5))  # the knees point forward and a little out, over the toes


def squat_legs(width: float) -> Legs:
    """Feet flat ``width`` apart, knees pointing over the toes."""
    return Legs(
        leg_r=Limb(reach=(0.0, ANKLE_Y, width), toward=SQUAT_KNEES[0], flat=True),
        leg_l=Limb(reach=(0.0, ANKLE_Y, -width), toward=SQUAT_KNEES[1], flat=True),
    )


@register
def kettlebell_deadlift() -> Drawing:
    """A kettlebell on the floor between the feet; bottom back, knees bent, both hands on the handle; stand up."""
    # Between the feet, just ahead of the shins so most of it shows past the near leg: the feet are wider apart than
    # the bell, so it stands on the floor, never on a foot.
    floor_bell = prop(PropKind.KETTLEBELL, 15.0)
    # A hip hinge, not a squat: the bottom well back behind the heels, the shins nearly upright, the back long and
    # tipped forward, the arms hanging straight down to the handle.
    low = Figure(
        at=(-30.0, 64.0, 0.0),
        lean=62.0,
        neck=Bend(flex=-14.0),
        leg_r=Limb(reach=(0.0, ANKLE_Y, HIP + 10), toward=(1.0, 0.4, 0.2), flat=True),
        leg_l=Limb(reach=(0.0, ANKLE_Y, -HIP - 10), toward=(1.0, 0.4, -0.2), flat=True),
        arm_r=Limb(reach=(16.0, 33.5, 5.0), toward=(-1.0, 0.0, 0.3)),
        arm_l=Limb(reach=(16.0, 33.5, -5.0), toward=(-1.0, 0.0, -0.3)),
    )
    # Standing tall, the arms long and straight, the bell hanging from both hands against the front of the thighs.
    high = Figure(
        at=(0.0, STAND_Y, 0.0),
        **feet(width=HIP + 10),
        arm_r=Limb(reach=at("shoulder_r", 14.0, -52.0, -11.0), toward=(-1.0, 0.0, 0.3)),
        arm_l=Limb(reach=at("shoulder_l", 14.0, -52.0, 11.0), toward=(-1.0, 0.0, -0.3)),
    )
    return drawing(
        "kettlebell-deadlift",
        SIDE,
        Position(low, (floor_bell,), contacts=(*FEET_ON_FLOOR, *both("hand", "kettlebell"))),
        Position(
            high,
            (held(PropKind.KETTLEBELL, "grip_r"),),
            (arrow(at("", 34, 40, 0), at("", 34, 74, 0)),),
            contacts=(*FEET_ON_FLOOR, *both("hand", "kettlebell")),
        ),
        moving=("trunk",),
    )


@register
def box_lift() -> Drawing:
    """A box on the floor in front; bottom back and knees bent to hold it with both hands; stand up holding it close."""
    size = (34.0, 26.0, 34.0)
    low = Figure(
        at=(-22.0, 56.0, 0.0),
        lean=62.0,
        neck=Bend(flex=-16.0),
        **squat_legs(HIP + 8),
        arm_r=Limb(reach=(29.0, 24.0, 21.5), toward=(-1.0, 0.0, 0.5)),
        arm_l=Limb(reach=(29.0, 24.0, -21.5), toward=(-1.0, 0.0, -0.5)),
    )
    high = Figure(
        at=(0.0, STAND_Y, 0.0),
        **feet(width=HIP + 8),
        arm_r=Limb(reach=(28.0, 98.0, 21.5), toward=(-0.4, -1.0, 0.3)),
        arm_l=Limb(reach=(28.0, 98.0, -21.5), toward=(-0.4, -1.0, -0.3)),
    )
    return drawing(
        "box-lift",
        SIDE,
        Position(low, (prop(PropKind.BOX, 29.0, size=size),), contacts=(*FEET_ON_FLOOR, *both("hand", "box"))),
        Position(
            high,
            (prop(PropKind.BOX, 28.0, 85.0, size=size),),
            (arrow(at("", 62, 30, 0), at("", 62, 84, 0)),),
            contacts=(*FEET_ON_FLOOR, *both("hand", "box")),
        ),
        moving=("trunk", "arms"),
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
        anchor = at("", *BAND_ANCHOR)
        return (prop(PropKind.ANCHOR, *BAND_ANCHOR), band(at("grip_r"), anchor), band(at("grip_l"), anchor))

    return drawing(
        "band-row",
        SIDE,
        Position(figure(50.0, 113.0), props(), contacts=FEET_ON_FLOOR),
        Position(figure(8.0, 108.0), props(), (arrow(at("", 46, 126, 0), at("", 18, 126, 0)),), contacts=FEET_ON_FLOOR),
        moving=("arms",),
    )


@register
def one_arm_row() -> Drawing:
    chair = prop(PropKind.CHAIR, 80.0, facing=180.0)

    def figure(rowing: bool) -> Figure:
        arm = (
            # The elbow comes up close beside the body to about the line of the back (not above it), the forearm
            # hanging straight down from it, so the weight rises towards the hip: by the hip, not under the chest
            # (a physiotherapist, checking the final blind review of session 11, saw the pull go to the chest).
            Limb(reach=at("shoulder_r", -30.0, -30.0, 5.0), toward=(0.0, 1.0, 0.1))
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

    # The bar sits in the fist, just above the knuckles, so the hand is drawn round the handle (on the grip point
    # the forearm's line seemed to run on through the bar).
    weight = Prop(PropKind.DUMBBELL, at("hand_r", 0.0, 3.0, 0.0))
    contacts = (*FEET_ON_FLOOR, touch("hand_l", "chair"), touch("hand_r", "dumbbell"))
    return drawing(
        "one-arm-row",
        SIDE,
        Position(figure(False), (chair, weight), contacts=contacts),
        Position(
            figure(True), (chair, weight), (arrow(at("grip_r", 14, -30), at("grip_r", 14, -8)),), contacts=contacts
        ),
        moving=("arm_r",),
    )


def lean_figure(
    angle: float, hands: tuple[float, float], tip: float, flat: bool = False, ankle_x: float = 0.0
) -> Figure:
    """Body straight from the ankles (at ``ankle_x``), tipped forward ``angle`` degrees, hands pressing at
    ``hands``."""
    radians = math.radians(angle)
    # Leaning far (a low worktop) the ankles cannot bend enough for flat feet, so the heels lift.
    on_toes = angle >= 28.0
    foot = Limb(toes=0.0) if on_toes else Limb(flat=True)
    root = (ankle_x + 80.0 * math.sin(radians), ANKLE_Y + (6.0 if on_toes else 0.0) + 80.0 * math.cos(radians), 0.0)
    # Elbows out and down beside a wall; back and out beside a worktop's edge.
    elbows = (-1.0, -0.4, 0.7) if flat else (-0.3, -1.0, 0.6)
    elbows_l = (elbows[0], elbows[1], -elbows[2])
    return Figure(
        lean=angle,
        at=root,
        leg_r=foot,
        leg_l=foot,
        arm_r=Limb(reach=(hands[0], hands[1], SHOULDER + 4), toward=elbows, tip=tip, flat=flat),
        arm_l=Limb(reach=(hands[0], hands[1], -SHOULDER - 4), toward=elbows_l, tip=tip, flat=flat),
    )


@register
def wall_push_up() -> Drawing:
    """Hands on the wall at shoulder height, body straight; the elbows bend to bring the chest to the wall."""
    wall = prop(PropKind.WALL, 92.0, facing=180.0)
    contacts = (*both("hand", "wall"), *FEET_ON_FLOOR)
    return drawing(
        "wall-push-up",
        SIDE,
        Position(lean_figure(16.0, (88.0, 132.0), 80.0), (wall,), contacts=contacts),
        Position(
            # The hand turned less on the steeper forearm, so it stays flat on the wall, fingers up (with the
            # start's turn it pointed back at the face: blind review 11 saw no hand on the wall).
            lean_figure(27.0, (88.0, 132.0), 20.0),
            (wall,),
            (arrow(at("chest", 4, 12), at("chest", 18, 8)),),
            contacts=contacts,
        ),
        moving=("trunk", "arms"),
    )


# The feet stay put well back from the worktop, so the body pivots about the ankles as one straight piece:
# leaning angle at the start and at the finish, and where the ankles are.
PUSH_UP = (34.0, 46.0, -30.0)


@register
def incline_push_up() -> Drawing:
    """Hands on the edge of a worktop, body a straight slanting line; the chest lowers towards the edge."""
    worktop = prop(PropKind.WORKTOP, 84.0)
    hands = (88.0, 94.5)  # flat on the top, 4 cm in from its edge
    contacts = (*both("hand", "worktop"), *both("toes", "floor"))
    return drawing(
        "incline-push-up",
        SIDE,
        Position(lean_figure(PUSH_UP[0], hands, 0.0, flat=True, ankle_x=PUSH_UP[2]), (worktop,), contacts=contacts),
        Position(
            lean_figure(PUSH_UP[1], hands, 0.0, flat=True, ankle_x=PUSH_UP[2]),
            (worktop,),
            (arrow(at("chest", 0, 20), at("chest", 8, 4)),),
            contacts=contacts,
        ),
        moving=("trunk", "arms"),
    )
