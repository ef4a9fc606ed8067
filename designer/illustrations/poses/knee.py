"""The drawings of the knee exercises done lying, sitting and on the exercise bike (standing ones: knee_standing)."""

from __future__ import annotations

import math

from ..describe import Drawing, Figure, Limb, Position, Prop, PropKind
from .common import (
    ANKLE_Y,
    FEET_ON_FLOOR,
    HIP,
    SIDE,
    SIT_Y,
    SUPINE_Y,
    arms_on_floor,
    arrow,
    at,
    both,
    chair_under,
    drawing,
    held,
    hold,
    joints,
    mat,
    prop,
    register,
    seated,
    shaded_leg,
    touch,
)

# Lying on the back, the left knee bent with its foot flat, the right leg long on the mat.
LYING = (touch("back", "floor"), *both("hand", "floor"), touch("foot_l", "floor"))
BENT_LEFT = Limb(reach=(46.0, ANKLE_Y, -HIP - 2), flat=True)
# The right leg long on the mat, heel resting on it, knee cap to the ceiling.
LONG_RIGHT = Limb(reach=(79.6, 7.6, HIP), toward=(0.0, 1.0, 0.0), tip=-10.0)


def lying(right: Limb) -> Figure:
    """Lying on the back, left knee bent, the right leg as given, arms resting by the sides."""
    return arms_on_floor(Figure(lean=-90.0, at=(0.0, SUPINE_Y, 0.0), leg_l=BENT_LEFT, leg_r=right))


@register
def static_quads() -> Drawing:
    """Lying with a small rolled towel under the right knee; the thigh tightens and presses the knee down."""
    towel = prop(PropKind.PILLOW, 40.0, z=HIP, size=(12.0, 9.0, 30.0))
    # Both legs long: the bent left leg would hide the towel.
    figure = lying(LONG_RIGHT).but(leg_l=LONG_RIGHT.but(reach=(79.6, 7.6, -HIP)))
    return drawing(
        "static-quads",
        SIDE,
        hold(
            figure,
            (mat(), towel),
            (arrow(at("knee_r", 0, 16), at("knee_r", 0, 6)),),
            (touch("back", "floor"), *both("hand", "floor"), touch("heel_l", "floor"), touch("knee_r", "pillow")),
        ),
        holds="thigh tight, knee pressing down",
    )


@register
def straight_leg_raise() -> Drawing:
    """Lying with one knee bent; the other leg, held straight, lifts to the height of the bent knee."""
    return drawing(
        "straight-leg-raise",
        SIDE,
        Position(lying(LONG_RIGHT), (mat(),), contacts=(*LYING, touch("heel_r", "floor"))),
        Position(
            lying(Limb(flex=38.0, tip=-10.0)),
            (mat(),),
            (arrow(at("ankle_r", 8, 4), at("ankle_r", 8, 24), 0.2),),
            contacts=LYING,
        ),
        moving=("leg_r",),
    )


@register
def heel_slide() -> Drawing:
    """Lying on the back; the heel slides along the floor towards the bottom, bending the knee, and back."""
    return drawing(
        "knee-heel-slide",
        SIDE,
        Position(lying(LONG_RIGHT), (mat(),), contacts=(*LYING, touch("heel_r", "floor"))),
        Position(
            lying(Limb(reach=(36.0, ANKLE_Y, HIP + 2), flat=True)),
            (mat(),),
            (arrow(at("ankle_r", 34, -2), at("ankle_r", 14, -2)),),
            contacts=(*LYING, touch("heel_r", "floor")),
        ),
        moving=("leg_r",),
    )


@register
def knee_straightening_hang() -> Drawing:
    """Lying back, the heel of the operated leg on a rolled towel, the knee free to sink straight."""
    towel = prop(PropKind.PILLOW, 81.0, z=HIP, size=(14.0, 9.5, 30.0))
    # The working leg shaded, foot and all, so the eye goes to it.
    working = shaded_leg("r", 0.45)
    # The other knee bent with its foot close to the bottom, so its shin passes behind the middle of the working
    # thigh: with the foot further out it crossed right under the working knee, and a blind reviewer found the knee
    # "busy" (review s10).
    other = BENT_LEFT.but(reach=(30.0, ANKLE_Y, -HIP - 2))
    heel_on_towel = Limb(reach=(79.7, 16.0, HIP), toward=(0.0, 1.0, 0.0), tip=-5.0)
    # Two panels (one panel left only a small arrow to show the sinking, review s10): first the knee still a little
    # bent, a gap under it, then sunk straight, the heel on the towel in both.
    start = lying(heel_on_towel.but(reach=(78.0, 16.0, HIP))).but(leg_l=other)
    sunk = lying(heel_on_towel).but(leg_l=other)
    contacts = (*LYING, touch("heel_r", "pillow"))
    return drawing(
        "knee-straightening-hang",
        SIDE,
        Position(start, (mat(), towel, working), (), "Heel on towel", contacts),
        Position(
            sunk, (mat(), towel, working), (arrow(at("knee_r", 0, 16), at("knee_r", 0, 6)),), "Knee sinks", contacts
        ),
        moving=("leg_r",),
    )


SEATED_CONTACTS = (*FEET_ON_FLOOR, touch("seat", "chair"), touch("hand_r", "thigh_r"), touch("hand_l", "thigh_l"))


@register
def long_arc_quad() -> Drawing:
    """Sitting tall with a weight strapped round the ankle; the knee straightens until the leg is out straight."""
    chair = chair_under(0.0)
    weight = held(PropKind.ANKLE_WEIGHT, "ankle_r")
    sit = seated()
    straight = sit.but(leg_r=Limb(reach=(78.0, SIT_Y - 8.0, HIP + 2), toward=(0.0, 1.0, 0.0), tip=-10.0))
    contacts = (
        touch("seat", "chair"),
        touch("hand_r", "thigh_r"),
        touch("hand_l", "thigh_l"),
        touch("foot_l", "floor"),
    )
    return drawing(
        "long-arc-quad",
        SIDE,
        Position(sit, (chair, weight), contacts=SEATED_CONTACTS),
        Position(
            straight, (chair, weight), (arrow(at("ankle_r", 6, -26), at("ankle_r", 12, -4), 0.3),), contacts=contacts
        ),
        moving=("leg_r",),
    )


def rod(start: tuple[float, float], end: tuple[float, float], z: float = 0.0) -> Prop:
    """A tube of the exercise bike's frame, between two points of the side view."""
    return prop(PropKind.DOWEL, start[0], start[1], z, to=at("", end[0], end[1], z))


CRANK = (18.0, 34.0)  # the pedals turn round this point
CRANK_ARM = 17.0
SADDLE = (-10.0, 84.0)  # front-to-back middle and top of the saddle


def exercise_bike(right_angle: float) -> tuple[Prop, ...]:
    """A simple upright exercise bike: a base on the floor, a flywheel cover, a saddle on its post, handlebars,
    a frame holding the cranks' axle, and the cranks with a pedal on each, the right pedal ``right_angle`` degrees
    round from the top (forward)."""
    pedals = []
    for angle, z in ((right_angle, HIP + 3.0), (right_angle + 180.0, -HIP - 3.0)):
        radians = math.radians(angle)
        point = (CRANK[0] + CRANK_ARM * math.sin(radians), CRANK[1] + CRANK_ARM * math.cos(radians))
        pedals += [rod(CRANK, point, z), prop(PropKind.BOX, point[0], point[1] - 1.0, z, size=(12.0, 2.0, 8.0))]
    return (
        prop(PropKind.BOX, 22.0, size=(110.0, 5.0, 40.0)),
        prop(PropKind.BOX, 66.0, 5.0, size=(28.0, 40.0, 8.0)),
        rod((SADDLE[0] + 2.0, 5.0), (SADDLE[0], SADDLE[1] - 5.0)),
        # A saddle long and wide enough to carry the sitting bones (a small block left the buttocks hanging off it).
        prop(PropKind.BOX, SADDLE[0] - 5.0, SADDLE[1] - 7.0, size=(22.0, 7.0, 22.0)),
        rod((62.0, 45.0), (44.0, 104.0)),
        rod((44.0, 104.0), (34.0, 106.0)),
        # The cranks' axle held in the frame: a tube from the saddle post and one to the flywheel cover, and a
        # hub round the axle (a blind reviewer saw the cranks floating in the air).
        rod((SADDLE[0] + 1.5, 30.0), CRANK),
        rod(CRANK, (52.0, 30.0)),
        prop(PropKind.BOX, CRANK[0], CRANK[1] - 5.0, size=(10.0, 10.0, 10.0)),
        *pedals,
    )


def on_pedal(angle: float) -> tuple[float, float]:
    """Where the pedal is with its crank ``angle`` degrees round from the top (forward)."""
    radians = math.radians(angle)
    return (CRANK[0] + CRANK_ARM * math.sin(radians), CRANK[1] + CRANK_ARM * math.cos(radians))


@register
def static_bike() -> Drawing:
    """Sitting on an exercise bike, hands on the handlebars; the legs push the pedals round."""

    def figure(right_angle: float) -> Figure:
        legs = {}
        for tag, angle, z in (("r", right_angle, HIP + 3.0), ("l", right_angle + 180.0, -HIP - 3.0)):
            pedal = on_pedal(angle)
            # The ball of the foot on the pedal, the toes a little down (more at the top of the turn, as in
            # pedalling): pointed by a fixed amount at the ankle, a foot drifted off behind and above its pedal.
            toes_down = math.radians(12.0 if angle % 360.0 < 120.0 or angle % 360.0 > 300.0 else 4.0)
            ball = (11.0, -7.0)  # the ball of the foot under the ankle, in the foot's own frame
            ankle = (
                pedal[0] + 1.0 - ball[0] * math.cos(toes_down) - ball[1] * math.sin(toes_down),
                pedal[1] + 1.0 + ball[0] * math.sin(toes_down) - ball[1] * math.cos(toes_down),
            )
            reach = Limb(reach=(ankle[0], ankle[1], z), toward=(1.0, 0.3, 0.0))
            sitting = Figure(at=(SADDLE[0] + 4.0, SADDLE[1] + 10.5, 0.0), lean=18.0)
            points = joints(sitting.but(**{f"leg_{tag}": reach}))
            knee, foot = points[f"knee_{tag}"], points[f"ankle_{tag}"]
            shin = math.degrees(math.atan2(knee[0] - foot[0], knee[1] - foot[1]))
            legs[tag] = reach.but(tip=math.degrees(toes_down) - shin)
        hands = {
            tag: Limb(reach=(34.0, 106.0, sign * 20.0), toward=(-0.3, -1.0, sign * 0.5))
            for tag, sign in (("r", 1.0), ("l", -1.0))
        }
        return Figure(
            at=(SADDLE[0] + 4.0, SADDLE[1] + 10.5, 0.0),
            lean=18.0,
            leg_r=legs["r"],
            leg_l=legs["l"],
            arm_r=hands["r"],
            arm_l=hands["l"],
        )

    seat = (touch("seat", "box"),)
    # Round the front of the cranks, clear of the flywheel's cover: the way the near pedal goes.
    turn = arrow(at("", CRANK[0] + 15.0, CRANK[1] + 25.0), at("", CRANK[0] + 15.0, CRANK[1] - 21.0), 0.3)
    return drawing(
        "static-bike",
        SIDE,
        Position(figure(15.0), exercise_bike(15.0), contacts=seat),
        Position(figure(195.0), exercise_bike(195.0), (turn,), contacts=seat),
        moving=("leg_r",),
    )
