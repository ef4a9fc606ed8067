"""The drawings of the small hand and foot exercises: turning the ankle out and in against a band, and more.

These movements are small.  Turning the ankle out or in shows the whole sitting figure from the front, the band
at the feet, and beside it the two feet seen from above, where the toes sweep round the heel while the other
foot stays still (from the front alone a blind reviewer could not tell the ankle's turn from a swing of the leg).
"""

from __future__ import annotations

from ..describe import Camera, Drawing, Figure, Limb, Position, Prop, PropKind, View
from ..feet import arch_point
from ..geometry import Vec
from .common import (
    ANKLE_Y,
    ARM,
    FEET_ON_FLOOR,
    HIP,
    SIDE,
    arrow,
    at,
    band,
    chair_under,
    drawing,
    joints,
    limb_through,
    register,
    seated,
    touch,
)
from .elbow_wrist import resting_forearm

FEET_X = 38.0  # where the ankles are, sitting with the feet flat under the knees
TURN = 30.0  # how far the front of the foot turns out or in
# Seen from the front, nearly level: sitting reads at once; the feet's turn shows in the inset from above.
FEET_VIEW = Camera(View.FRONT, down=10.0)
# The working leg shaded, foot and all, so the foot reads as the end of that leg.
WORKING_LEG = Prop(PropKind.MARK, at("knee_r"), size=(0.5, 0.0, 0.0))
# The whole sitting figure (blind review 10 missed the head and chest), the post and, on its left, the feet seen
# from above, where a foot turning at the ankle shows as the toes sweeping round the heel.
FEET_BOX = ((0.0, 0.0, -146.0), (62.0, 135.0, 60.0))
FEET_INSET_AT = (FEET_X, 40.0, -96.0)


def feet_from_above(foot_turn: float) -> Prop:
    """The two feet seen from above as the client sees them, toes towards the viewer (the right foot on the
    picture's left), the right one in the clinic's colour, turned ``foot_turn`` degrees out (+) or in (-) round its
    heel, with a faint print where it started and an arrow from there."""
    right, left, heel = -14.0, 14.0, -13.0
    prints: list[tuple[float, float, float, float, float]] = [(left, heel, -90.0, 0.0, -1.0)]
    if foot_turn:
        prints.append((right, heel, -90.0, 0.5, 1.0))
    prints.append((right, heel, -90.0 - foot_turn, 1.0, 1.0))
    return Prop(PropKind.FOOTPRINTS, at("", *FEET_INSET_AT), size=(96.0, 58.0, -10.0), prints=tuple(prints))


def turned(foot_turn: float) -> Figure:
    """Sitting, both feet flat; the right foot turned out (+) or in (-) with the heel where it was."""
    figure = seated()
    return figure.but(leg_r=figure.leg_r.but(foot_turn=foot_turn))


SITTING_FEET = (*FEET_ON_FLOOR, touch("seat", "chair"))


@register
def band_ankle_turn_out() -> Drawing:
    """Sitting, a band looped round the fronts of both feet; the right foot turns out against it, the heel and the
    knee staying where they are, the left foot holding the band still."""
    chair = chair_under(0.0)
    loop = band(at("toe_r", -3.0, 0.0, 0.0), at("toe_l", -3.0, 0.0, 0.0))
    return drawing(
        "band-ankle-turn-out",
        FEET_VIEW,
        Position(turned(0.0), (chair, loop, WORKING_LEG, feet_from_above(0.0)), contacts=SITTING_FEET),
        Position(
            turned(TURN),
            (chair, loop, WORKING_LEG, feet_from_above(TURN)),
            (arrow(at("toe_r", 4.0, 3.0, -2.0), at("toe_r", 4.0, 3.0, 10.0), 0.3),),
            contacts=SITTING_FEET,
        ),
        moving=("foot_r",),
        close_up=FEET_BOX,
    )


@register
def band_ankle_turn_in() -> Drawing:
    """Sitting, a band tied to a table leg on the outside of the right foot and looped round its front; the foot
    turns in against it, the heel and the knee staying where they are."""
    chair = chair_under(0.0)
    anchor_point = (FEET_X + 12.0, 4.0, HIP + 2.0 + 30.0)
    post = Prop(PropKind.ANCHOR, at("", *anchor_point))
    line = band(at("toe_r", -3.0, 0.0, 2.0), at("", *anchor_point))
    return drawing(
        "band-ankle-turn-in",
        FEET_VIEW,
        Position(turned(0.0), (chair, post, line, WORKING_LEG, feet_from_above(0.0)), contacts=SITTING_FEET),
        Position(
            turned(-TURN),
            (chair, post, line, WORKING_LEG, feet_from_above(-TURN)),
            (arrow(at("toe_r", 4.0, 3.0, 2.0), at("toe_r", 4.0, 3.0, -10.0), -0.3),),
            contacts=SITTING_FEET,
        ),
        moving=("foot_r",),
        close_up=FEET_BOX,
    )


ARCH_LIFT = 1.8  # how much higher the arch sits in a short foot than in a relaxed foot
# The left foot forward, seen from the figure's right side: that is its inner side, where the arch is.
SHORT_FOOT_X = 46.0
SHORT_FOOT_BOX = ((SHORT_FOOT_X - 12.0, 0.0, -20.0), (SHORT_FOOT_X + 24.0, 20.0, 0.0))


@register
def short_foot() -> Drawing:
    """Sitting, the left foot flat on the floor and the right one tucked back out of the way; seen close up from
    the inner side, the arch lifts while the heel, the ball of the foot and the long toes stay down."""
    chair = chair_under(0.0)
    figure = seated(
        leg_l=Limb(reach=(SHORT_FOOT_X, ANKLE_Y, -HIP - 2.0), flat=True),
        leg_r=Limb(reach=(18.0, ANKLE_Y + 10.0, HIP + 2.0), toes=0.0),
        arm_r=Limb(reach=at("hip_r", 20.0, 8.0, 1.0), toward=(-1.0, -0.3, 0.6)),
        arm_l=Limb(reach=at("hip_l", 20.0, 8.0, -1.0), toward=(-1.0, -0.3, -0.6)),
    )
    contacts = (touch("foot_l", "floor"), touch("toes_r", "floor"), touch("seat", "chair"))
    panels = []
    for arch, label, arrows in (
        (0.0, "Relaxed", ()),
        (ARCH_LIFT, "Arch lifted", (arrow(at("", *arch_below(figure)), at("", *arch_above(figure))),)),
    ):
        profile = Prop(PropKind.FOOT_PROFILE, at("ankle_l"), size=(arch, 0.0, 0.0))
        panels.append(Position(figure, (chair, profile), arrows, label, contacts))
    return drawing("short-foot", SIDE, *panels, moving=("arch_l",), close_up=SHORT_FOOT_BOX)


def arch_below(figure: Figure) -> Vec:
    point = arch_point(joints(figure), "l", 0.0)
    return (point[0], point[1] - 0.8, point[2] + 6.0)


def arch_above(figure: Figure) -> Vec:
    point = arch_point(joints(figure), "l", ARCH_LIFT)
    return (point[0], point[1] + 0.6, point[2] + 6.0)


# The hand close up: the forearm resting on the thigh, the hand just past the knee, thumb up.
GRIP_BOX_SIZE = ((-24.0, -16.0, -10.0), (24.0, 14.0, 10.0))  # round the wrist: the hand, the knee and the thigh


def hand_box(figure: Figure, size: tuple[Vec, Vec]) -> tuple[Vec, Vec]:
    wrist = joints(figure)["wrist_r"]
    low, high = size
    return (
        (wrist[0] + low[0], wrist[1] + low[1], wrist[2] + low[2]),
        (wrist[0] + high[0], wrist[1] + high[1], wrist[2] + high[2]),
    )


@register
def grip_squeeze() -> Drawing:
    """Sitting, the forearm resting on the thigh, a soft ball in the hand: the fingers squeeze it, then let go."""
    figure = resting_forearm(25.0)  # the wrist a little bent back, so the figure's own hand hides behind the palm
    contacts = (*FEET_ON_FLOOR, touch("seat", "chair"), touch("forearm_r", "thigh_r"))
    panels = []
    for squeeze, label, arrows in (
        (0.0, "Relaxed", ()),
        (1.0, "Squeeze and hold", (arrow(at("wrist_r", 21.0, 8.0, 8.0), at("wrist_r", 16.0, 3.0, 8.0)),)),
    ):
        ball = Prop(PropKind.GRIP_BALL, at("wrist_r"), size=(squeeze, 0.0, 0.0))
        panels.append(Position(figure, (chair_under(0.0), ball), arrows, label, contacts))
    return drawing("grip-squeeze", SIDE, *panels, moving=("grip_ball",), close_up=hand_box(figure, GRIP_BOX_SIZE))


HAMMER_LEAN = 60.0  # degrees from upright, each way
HAMMER_HEAD = 14.0  # cm from the fist to the head: held near the head, the easier way to start
HAMMER_BOX_SIZE = ((-30.0, -24.0, -44.0), (26.0, 64.0, 34.0))  # round the wrist: the head, both knees, the hammer


@register
def forearm_turns_with_hammer() -> Drawing:
    """Sitting, the forearm resting on the thigh, a hammer held upright near its head; the forearm turns the palm
    down (the head tips in) and then up (the head tips out), the wrist and elbow still.  Seen from in front and to
    the right, so the handle's lean shows across the picture."""
    # The other hand rests on its own thigh out by the hip, not between the knees (blind review 10).
    figure = resting_forearm(0.0).but(arm_l=Limb(reach=at("knee_l", -26.0, 9.0, -6.0), toward=(-0.6, -0.6, -1.0)))
    contacts = (*FEET_ON_FLOOR, touch("seat", "chair"), touch("forearm_r", "thigh_r"))
    panels = []
    for lean, label, arrows in (
        (HAMMER_LEAN, "Palm down", ()),
        (-HAMMER_LEAN, "Palm up", (arrow(at("grip_r", 0.0, 20.0, -6.0), at("grip_r", 0.0, 12.0, 16.0), -0.4),)),
    ):
        hammer = Prop(PropKind.HAMMER, at("grip_r"), size=(lean, HAMMER_HEAD, 0.0))
        # The working arm shaded, so the forearm on the thigh and the fist round the handle stand out from the knees.
        arm = Prop(PropKind.MARK, at("elbow_r"))
        panels.append(Position(figure, (chair_under(0.0), arm, hammer), arrows, label, contacts))
    return drawing(
        "forearm-turns-with-hammer",
        HAMMER_VIEW,
        *panels,
        moving=("hammer",),
        close_up=hand_box(figure, HAMMER_BOX_SIZE),
    )


HAMMER_VIEW = Camera(View.FRONT, turn=10.0, down=12.0)


# The five hand shapes of the tendon glides, as bends at the knuckle, the middle joint and the end joint.
TENDON_SHAPES = (
    ("1 Straight", (0.0, 0.0, 0.0)),
    ("2 Hook", (0.0, 100.0, 85.0)),
    # The full fist curls the tips right into the palm; the flat fist keeps the end joints straight, so the
    # fingers run back in a straight slope and the tips touch the heel of the hand (blind review 6 saw them alike).
    ("3 Fist", (90.0, 110.0, 80.0)),
    ("4 Table", (90.0, 0.0, 0.0)),
    ("5 Flat fist", (85.0, 110.0, 0.0)),
)
TENDON_BOX_SIZE = ((-8.0, -6.0, -10.0), (14.0, 24.0, 10.0))  # round the wrist: the hand, fingers up


@register
def tendon_glides() -> Drawing:
    """Sitting, the forearm upright and the hand up: five hand shapes in turn, seen close up from the thumb's
    side (straight, hook, fist, table top, flat fist)."""
    sitting = seated()
    # The upper arm down and a little forward, the forearm and hand straight up, palm forward.
    shoulder = joints(sitting)["shoulder_r"]
    figure = sitting.but(arm_r=limb_through(shoulder, (1.0, -0.75, 0.3), (0.08, 1.0, 0.0), ARM))
    contacts = (*FEET_ON_FLOOR, touch("seat", "chair"))
    panels = [
        Position(figure, (chair_under(0.0), Prop(PropKind.HAND_SHAPE, at("wrist_r"), size=bends)), (), label, contacts)
        for label, bends in TENDON_SHAPES
    ]
    return drawing("tendon-glides", SIDE, *panels, moving=("fingers",), close_up=hand_box(figure, TENDON_BOX_SIZE))
