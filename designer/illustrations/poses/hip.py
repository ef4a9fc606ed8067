"""The drawings of the hip strength exercises and the early home exercises after a hip replacement.

Sideways movements (the leg out to the side, the pelvis dropping and lifting) are seen from the front; the
counter or chair the client holds stands beside them, on their left, so it never hides the moving leg.
"""

from __future__ import annotations

import math

from ..describe import Bend, Camera, Drawing, Figure, Limb, Position, Prop, PropKind, View
from .common import (
    ANKLE_Y,
    FEET_ON_FLOOR,
    HIP,
    SIDE,
    STAND_Y,
    SUPINE_Y,
    arms_on_floor,
    arrow,
    at,
    band,
    drawing,
    hold,
    joints,
    mat,
    prop,
    register,
    shaded_leg,
    touch,
)

FRONT_VIEW = Camera(View.FRONT)
# A kitchen counter beside the client, on their left: its edge runs along the body, 25 cm to the side.
COUNTER_EDGE = -25.0
COUNTER_TOP = 94.5  # where a hand rests flat on it
COUNTER_BESIDE = prop(PropKind.WORKTOP, 0.0, z=COUNTER_EDGE, facing=90.0)


def hand_on_counter(x: float = 0.0) -> Limb:
    """The left hand resting flat on the counter beside the body, a little in from its edge."""
    return Limb(reach=(x, COUNTER_TOP, COUNTER_EDGE - 6.0), toward=(-1.0, 0.0, -0.3), flat=True)


WALL_SIDE = 24.0  # the wall beside the right side, a folded pillow's thickness beyond the knee
# Seen from the right and a little in front and above, so the counter shows as standing behind the body.
COUNTER_SIDE_VIEW = Camera(View.SIDE, turn=20.0, down=10.0)
HAND_ON_HIP = Limb(reach=at("hip_r", 2.0, 10.0, 6.0), toward=(-1.0, 0.3, 0.4))


@register
def hip_abduction_wall_press() -> Drawing:
    """Standing side-on to a wall, the outside of the right knee against it; the leg presses out without moving."""
    # A folded pillow held between the knee and the wall fills the gap the shoulder needs.
    wall = prop(PropKind.WALL, 0.0, z=WALL_SIDE, facing=90.0)
    pillow = prop(PropKind.PILLOW, 0.0, 36.0, WALL_SIDE - 5.0, size=(22.0, 24.0, 10.0))
    figure = Figure(
        at=(0.0, STAND_Y, -1.0),
        leg_r=Limb(reach=(0.0, ANKLE_Y, HIP + 1.0), flat=True),
        leg_l=Limb(reach=(0.0, ANKLE_Y, -HIP - 2.0), flat=True),
        arm_r=Limb(reach=(10.0, 112.0, WALL_SIDE - 5.0), toward=(-0.2, -1.0, 0.0)),
        arm_l=Limb(reach=at("hip_l", 2.0, 10.0, -6.0), toward=(-1.0, 0.3, -0.4)),
    )
    contacts = (*FEET_ON_FLOOR, touch("knee_r", "pillow"), touch("hand_r", "wall"), touch("hand_l", "hip_l"))
    return drawing(
        "hip-abduction-wall-press",
        FRONT_VIEW,
        hold(figure, (wall, pillow), (arrow(at("knee_r", 0, 12, -16), at("knee_r", 0, 12, -2)),), contacts),
        holds="the knee pressing gently out into the wall",
    )


def side_lying_straight(lift: float) -> Figure:
    """Lying on the right side, the bottom knee bent for balance, the top leg long in line with the body and
    raised ``lift`` degrees towards the ceiling; the head on a pillow, the bottom arm stretched along the floor
    under the pillow and the top arm resting along the side, its hand on the thigh."""
    return Figure(
        roll=90.0,
        leg_r=Limb(flex=50.0, bend=95.0, tip=10.0),
        leg_l=Limb(flex=-5.0, out=lift - 8.0, tip=10.0),  # at rest it lies down towards the bottom leg
        arm_r=Limb(flex=170.0, bend=0.0),
        arm_l=Limb(out=10.0, flex=4.0, bend=4.0),
        neck=Bend(side=-6.0),
    )


@register
def side_lying_hip_abduction() -> Drawing:
    """Lying on the side, bottom knee bent; the top leg, straight and in line with the body, lifts and lowers.

    Seen from the front and a little from above: the body lies along the mat and the top leg lifts up the picture,
    while the bent bottom leg, which comes forward towards the viewer, shows bent below the straight top one (seen
    level with the floor it pointed straight at the viewer and read as a straight leg).
    """
    camera = Camera(View.FRONT, down=35.0)
    head = joints(side_lying_straight(0.0))["head"]
    # The pillow rests on the bottom arm, stretched along the floor above the head.
    pillow = prop(PropKind.PILLOW, head[0] + 2.0, 9.5, head[2], size=(30.0, head[1] + 1.5 - 9.0 - 9.5, 30.0))
    contacts = (touch("head", "pillow"),)
    props = (mat(), pillow, Prop(PropKind.FACE))
    return drawing(
        "side-lying-hip-abduction",
        camera,
        Position(side_lying_straight(0.0), props, contacts=contacts),
        Position(
            side_lying_straight(30.0), props, (arrow(at("ankle_l", 0, 4), at("ankle_l", 0, 26)),), contacts=contacts
        ),
        moving=("leg_l",),
    )


def standing_beside_counter(leg_r: Limb, **changes: object) -> Figure:
    """Standing tall side-on to the counter, the left hand on it, the right hand on the hip."""
    return Figure(
        at=(0.0, STAND_Y, 0.0),
        leg_l=Limb(reach=(0.0, ANKLE_Y, -HIP), flat=True),
        leg_r=leg_r,
        arm_l=hand_on_counter(10.0),
        arm_r=HAND_ON_HIP,
    ).but(**changes)


STANDING_R = Limb(reach=(0.0, ANKLE_Y, HIP), flat=True)
ON_COUNTER = (touch("hand_l", "worktop"), touch("foot_l", "floor"), touch("hand_r", "hip_r"))


@register
def standing_band_hip_abduction() -> Drawing:
    """A band looped round both ankles, holding the counter; the straight right leg moves out to the side."""
    loop = band(at("ankle_r", 0, 4, 0), at("ankle_l", 0, 4, 0))
    out = Limb(out=22.0, tip=5.0)
    return drawing(
        "standing-band-hip-abduction",
        FRONT_VIEW,
        Position(
            standing_beside_counter(STANDING_R),
            (COUNTER_BESIDE, loop),
            contacts=(*ON_COUNTER, touch("foot_r", "floor")),
        ),
        Position(
            standing_beside_counter(out),
            (COUNTER_BESIDE, loop),
            (arrow(at("ankle_r", 0, 14, -4), at("ankle_r", 0, 14, 14)),),
            contacts=ON_COUNTER,
        ),
        moving=("leg_r",),
    )


@register
def standing_hip_abduction() -> Drawing:
    """Holding the counter, standing tall; the straight right leg moves a little out to the side, toes forward."""
    out = Limb(out=20.0, tip=5.0)
    return drawing(
        "standing-hip-abduction",
        FRONT_VIEW,
        Position(
            standing_beside_counter(STANDING_R), (COUNTER_BESIDE,), contacts=(*ON_COUNTER, touch("foot_r", "floor"))
        ),
        Position(
            standing_beside_counter(out),
            (COUNTER_BESIDE,),
            (arrow(at("ankle_r", 0, 14, -4), at("ankle_r", 0, 14, 14)),),
            contacts=ON_COUNTER,
        ),
        moving=("leg_r",),
    )


# The knee lift, seen straight from the side so the moving leg keeps one tone (the hip extension is now seen
# turned, ``COUNTER_ALONGSIDE_VIEW``); the right hand on the hip with the elbow out to the side (towards the
# viewer), so it is not read as a hand on the counter behind; the moving leg shaded, foot and all.
STRAIGHT_SIDE_VIEW = Camera(View.SIDE, down=8.0)
ELBOW_OUT = Limb(reach=at("hip_r", 1.0, 9.0, 11.0), toward=(-0.2, 0.1, 1.0))
MOVING_RIGHT_LEG = shaded_leg("r", 0.6)


# The leg back at the counter, seen from the right and a little in front and above: the counter's front end and
# its top show, so it reads as running along the body with the far hand resting on it.  Straight from the side
# (blind review s11full) it was a flat panel behind the body, read as a counter the client faces.
COUNTER_ALONGSIDE_VIEW = Camera(View.SIDE, turn=25.0, down=12.0)


@register
def standing_hip_extension() -> Drawing:
    """Side-on to the counter, holding it; the nearly straight right leg moves a little back, the body staying tall.

    The finish says "Leg back slowly": the knee bent 20 degrees and the foot kicked up behind read as a swing (blind
    review s11full; the text warns against swinging); now the leg goes 25 degrees back, nearly straight, the foot
    just clear of the floor.
    """
    back = Limb(flex=-25.0, bend=12.0, tip=-20.0)  # the foot off the floor behind, not a step back
    props = (COUNTER_BESIDE, MOVING_RIGHT_LEG)
    return drawing(
        "standing-hip-extension",
        COUNTER_ALONGSIDE_VIEW,
        Position(
            standing_beside_counter(STANDING_R, arm_r=ELBOW_OUT),
            props,
            contacts=(*ON_COUNTER, touch("foot_r", "floor")),
        ),
        Position(
            standing_beside_counter(back, arm_r=ELBOW_OUT),
            props,
            (arrow(at("ankle_r", 6, 16), at("ankle_r", -14, 18)),),
            "Leg back slowly",
            contacts=ON_COUNTER,
        ),
        moving=("leg_r",),
    )


# For the knee lift, the counter ends a hand's width past the hand on it: the lifted knee and foot come forward in
# front of the white wall beyond, not over the counter's front, which is tinted like the shaded leg (a blind
# reviewer could hardly see the lifted leg against it); the leg is shaded more strongly too.
SHORT_COUNTER = prop(PropKind.WORKTOP, -21.0, z=COUNTER_EDGE, facing=90.0, size=(60.0, 90.0, 78.0))
LIFTING_RIGHT_LEG = shaded_leg("r", 0.85)
LEVEL_GAZE = Bend(flex=8.0)  # the chin a little down, eyes ahead, not tipped back


@register
def standing_knee_lift() -> Drawing:
    """Side-on to the counter, holding it; the right knee lifts in front, the thigh staying below hip height."""
    lift = Limb(flex=55.0, bend=60.0, tip=5.0)  # the thigh clearly up, yet still below level
    props = (SHORT_COUNTER, LIFTING_RIGHT_LEG)
    return drawing(
        "standing-knee-lift",
        STRAIGHT_SIDE_VIEW,
        Position(
            standing_beside_counter(STANDING_R, arm_r=ELBOW_OUT, neck=LEVEL_GAZE),
            props,
            contacts=(*ON_COUNTER, touch("foot_r", "floor")),
        ),
        Position(
            standing_beside_counter(lift, arm_r=ELBOW_OUT, neck=LEVEL_GAZE),
            props,
            (arrow(at("knee_r", 8, -24), at("knee_r", 8, -4), -0.2),),
            "Knee below hip",
            contacts=ON_COUNTER,
        ),
        moving=("leg_r",),
    )


def lying_long(leg_r: Limb, **changes: object) -> Figure:
    """Lying on the back on a bed or the floor, legs long, the head on a pillow, arms resting by the sides."""
    return arms_on_floor(
        Figure(
            lean=-90.0,
            at=(0.0, SUPINE_Y - 1.0, 0.0),
            leg_r=leg_r,
            leg_l=Limb(reach=(79.6, 7.5, -HIP - 2.0), toward=(0.0, 1.0, 0.0), tip=-10.0),
        ).but(**changes)
    )


LONG_R = Limb(reach=(79.6, 7.5, HIP + 2.0), toward=(0.0, 1.0, 0.0), tip=-10.0)


@register
def hip_heel_slide() -> Drawing:
    """Lying on the back, legs long; the right heel slides up towards the bottom, the knee pointing to the ceiling,
    the hip staying well below a right angle, then slides back down."""
    bent = Limb(reach=(52.0, 7.5, HIP + 2.0), toward=(0.0, 1.0, 0.0), tip=10.0)
    contacts = (touch("back", "floor"), touch("heel_l", "floor"), touch("seat", "floor"))
    return drawing(
        "hip-heel-slide",
        SIDE,
        Position(lying_long(LONG_R), (mat(),), contacts=(*contacts, touch("heel_r", "floor"))),
        Position(
            lying_long(bent),
            (mat(),),
            (arrow(at("ankle_r", 30, 6), at("ankle_r", 6, 6)),),
            contacts=(*contacts, touch("heel_r", "floor")),
        ),
        moving=("leg_r",),
    )


@register
def lying_hip_abduction_slide() -> Drawing:
    """Lying on the back, legs long, toes up; the right leg slides out to the side and back to the middle."""
    # From the side and well above: the body lies across the picture on its mat, face up, and the leg slides
    # towards the viewer.  Seen from the feet end, turned and half above, a blind reviewer found the body
    # "flattened and squashed onto a slanted mat"; straight from above, head at the top, it reads as standing.
    camera = Camera(View.SIDE, down=70.0)
    out = Limb(reach=(73.0, 7.5, HIP + 30.0), toward=(0.0, 1.0, 0.0), tip=-10.0)
    contacts = (touch("back", "floor"), touch("heel_l", "floor"), touch("heel_r", "floor"))
    return drawing(
        "lying-hip-abduction-slide",
        camera,
        # Labels say "out to the side" and "along the mat": seen from above, the arrow alone read as "down".
        Position(lying_long(LONG_R), (mat(),), (), "Legs long", contacts),
        Position(
            lying_long(out),
            (mat(),),
            (arrow(at("ankle_r", 10, 6, -30), at("ankle_r", 7, 6, -7), -0.25),),
            "Slide the leg out",
            contacts,
        ),
        moving=("leg_r",),
    )


def hip_hitch_figure(drop: float) -> Figure:
    """Standing on the left foot on a step, the right leg hanging free beside it; ``drop`` tilts the pelvis down on
    the right (negative lifts it), while the trunk stays upright."""
    return Figure(
        # The pelvis pivots about the standing hip, so the centre moves with the tilt; the standing hip is just high
        # enough for the knee to be straight but not locked, with the whole foot flat on the step.
        at=(0.0, STAND_Y + STAIR_HEIGHT - HIP * math.sin(math.radians(drop)), -1.0),
        roll=drop,
        lumbar=Bend(side=-drop),
        # Both feet turned a little out, as people stand, so each shows as a foot from the front, not an end-on oval.
        leg_l=Limb(reach=(0.0, STAIR_HEIGHT + ANKLE_Y, -HIP - 1.0), toward=(1.0, 0.0, -0.4), flat=True),
        leg_r=Limb(out=drop, turn=TOES_OUT, tip=10.0),  # hanging straight down
        arm_l=Limb(reach=(4.0, 112.0 + STAIR_HEIGHT, -WALL_SIDE + 5.0), toward=(-0.2, -1.0, 0.0)),
        arm_r=Limb(reach=at("hip_r", 2.0, 10.0, 6.0), toward=(-1.0, 0.3, 0.4)),
    )


STEP_HEIGHT = 16.0  # the lateral step-up's step
STAIR_HEIGHT = 18.0  # a real bottom stair, for the hip hitch
TOES_OUT = 20.0
FREE_LEG = shaded_leg("r", 0.6)  # the hanging leg shaded, foot and all


def hip_line(figure: Figure) -> Prop:
    """A line through both hip joints, across the pelvis, so the pelvis's tilt reads."""
    points = joints(figure)
    right, left = points["hip_r"], points["hip_l"]
    across = (left[0] - right[0], left[1] - right[1], left[2] - right[2])
    out = [a * 0.3 for a in across]  # a little past each hip joint: across the pelvis, inside the body's width
    return Prop(PropKind.BAND, at("hip_r", -out[0], -out[1], -out[2]), at("hip_l", *out), size=(0.0, 0.0, 2.2))


@register
def hip_hitch() -> Drawing:
    """Standing side-on on the bottom stair, one hand on the wall, the other foot hanging over the edge; the pelvis
    drops on the free side, then lifts it up, the standing knee staying straight.

    A line through the hips, out past the body on both sides, shows the pelvis tilting down, then up: the whole
    movement, which the foot alone (a few centimetres) does not show.  The free leg is shaded, foot and all, so its
    foot reads as hanging beside the stair, below its top and then above it (a blind reviewer took the grey foot
    for one floating in the air).  Square from the front: turned, the wall hid the stair, and from above the floor
    line went and the stair seemed to float.
    """
    # A real bottom stair, from the wall to its edge, which runs front to back between the feet.
    step = prop(PropKind.STEP, 0.0, z=-13.0, size=(44.0, STAIR_HEIGHT, 22.0))
    wall = prop(PropKind.WALL, 0.0, z=-WALL_SIDE, facing=-90.0)
    contacts = (touch("foot_l", "step"), touch("hand_l", "wall"), touch("hand_r", "hip_r"))
    low, high = hip_hitch_figure(20.0), hip_hitch_figure(-20.0)
    return drawing(
        "hip-hitch",
        # From the front and a little above: the top of the stair shows, with the whole standing foot on it and the
        # shaded free foot hanging beside its edge, below the top and then above it.
        Camera(View.FRONT),
        Position(
            low,
            (step, wall, hip_line(low), FREE_LEG),
            (arrow(at("hip_r", 0, 12, 30), at("hip_r", 0, -10, 30)),),
            label="Hip drops",
            contacts=contacts,
        ),
        Position(
            high,
            (step, wall, hip_line(high), FREE_LEG),
            (arrow(at("hip_r", 0, -8, 30), at("hip_r", 0, 14, 30)),),
            label="Hip lifts",
            contacts=contacts,
        ),
        moving=("leg_r", "pelvis"),
    )


# The sideways step-up's trailing (left) leg, shaded foot and all: the leg that comes up onto the stair.
RISING_LEFT_LEG = shaded_leg("l", 0.6)
STEP_UP_TOES_OUT = 0.25  # feet and knees turned a little out, so the feet show from the front


@register
def lateral_step_up() -> Drawing:
    """Standing side-on to the bottom stair, the right foot on it; pressing through it, the body rises sideways
    onto the stair and the left foot joins it.

    Square from the front, level, the floor line showing: the client faces the viewer and the stairs rise to their
    right, the bottom stair and the one above it seen end-on as a staircase's profile, so the stair is plainly beside
    them.  With the bottom stair alone a blind reviewer (s11full) could not tell whether it was in front or to the
    side, and stood facing it to step up forwards; an arrow curving up outside the hip read as a hip hitch.  Now the
    trailing left leg is shaded and the finish's arrow rises from the floor beside the stair to that foot on it.
    """
    step = prop(PropKind.STEP, 8.0, z=22.0, size=(44.0, STEP_HEIGHT, 40.0))
    next_stair = prop(PropKind.STEP, 8.0, z=56.0, size=(44.0, 2 * STEP_HEIGHT, 28.0))
    props = (step, next_stair, RISING_LEFT_LEG)
    hands = {"arm_r": HAND_ON_HIP, "arm_l": Limb(reach=at("hip_l", 2.0, 10.0, -6.0), toward=(-1.0, 0.3, -0.4))}
    start = Figure(
        at=(0.0, STAND_Y - 1.5, 3.0),
        leg_r=Limb(reach=(10.0, STEP_HEIGHT + ANKLE_Y, 22.0), toward=(1.0, 0.1, 0.15 + STEP_UP_TOES_OUT), flat=True),
        leg_l=Limb(reach=(0.0, ANKLE_Y, -HIP), toward=(1.0, 0.0, -STEP_UP_TOES_OUT), flat=True),
        **hands,  # type: ignore[arg-type]
    )
    top = Figure(
        at=(0.0, STAND_Y + STEP_HEIGHT, 22.0),
        leg_r=Limb(reach=(0.0, STEP_HEIGHT + ANKLE_Y, 22.0 + HIP), toward=(1.0, 0.0, STEP_UP_TOES_OUT), flat=True),
        leg_l=Limb(reach=(0.0, STEP_HEIGHT + ANKLE_Y, 22.0 - HIP), toward=(1.0, 0.0, -STEP_UP_TOES_OUT), flat=True),
        **hands,  # type: ignore[arg-type]
    )
    on_hips = (touch("hand_r", "hip_r"), touch("hand_l", "hip_l"))
    return drawing(
        "lateral-step-up",
        Camera(View.FRONT),
        Position(start, props, contacts=(touch("foot_r", "step"), touch("foot_l", "floor"), *on_hips)),
        Position(
            top,
            props,
            (arrow(at("ankle_l", 0, -10, -26), at("ankle_l", 0, 6, -9), -0.4),),
            contacts=(touch("foot_r", "step"), touch("foot_l", "step"), *on_hips),
        ),
        moving=("trunk", "leg_l"),
    )
