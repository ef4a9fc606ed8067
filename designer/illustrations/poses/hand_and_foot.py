"""The drawings of the small hand and foot exercises: turning the ankle out and in against a band, and more.

These movements are small.  Turning the ankle out or in shows the whole sitting figure from the front, the band
at the feet, and beside it the two feet seen from above, where the toes sweep round the heel while the other
foot stays still (from the front alone a blind reviewer could not tell the ankle's turn from a swing of the leg).
"""

from __future__ import annotations

import itertools
import math

from ..describe import Arrow, At, Bend, Camera, Drawing, Figure, Limb, Position, Prop, PropKind, View
from ..feet import arch_point
from ..footprints import BALL_RADIUS, FOOT_LENGTH, HEEL_RADIUS, ZOOM_ABOVE
from ..geometry import Vec, add, apply
from ..hands import FINGER_BONES, PALM
from ..scene import Projector
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
    prop,
    register,
    seated,
    shaded_leg,
    touch,
)
from .elbow_wrist import FOREARM_ABOVE_THIGH, resting_forearm

FEET_X = 38.0  # where the ankles are, sitting with the feet flat under the knees
TURN = 30.0  # how far the front of the foot turns out or in
# Seen from the front, nearly level: sitting reads at once; the feet's turn shows in the inset from above.
FEET_VIEW = Camera(View.FRONT, down=10.0)
# The working leg shaded, foot and all, so the foot reads as the end of that leg.
WORKING_LEG = shaded_leg("r", 0.5)
# The whole sitting figure (blind review 10 missed the head and chest) and, on its left, the feet seen from above,
# where a foot turning at the ankle shows as the toes sweeping round the heel.
FEET_BOX = ((0.0, 0.0, -162.0), (62.0, 135.0, 50.0))
TABLE_BOX = ((0.0, 0.0, -162.0), (62.0, 135.0, 76.0))  # and the table beside the chair
FEET_INSET_AT = (FEET_X, 40.0, -100.0)
INSET_POST = (-25.0, 2.0)  # the table leg in the inset, out past the right foot (x, z, before ``as_client_sees``)
INSET_SIZE = (118.0, 70.0, 0.0)  # the inset's frame, screen cm


Print = tuple[float, float, float, float, float]
BALL = 15.0  # how far from the back of the heel the band crosses the front of the foot, cm
# The feet in the inset, x to the right and z down the picture before ``as_client_sees`` turns it half round; off
# the middle, so the right foot's toes, turning out, stay inside the frame.
RIGHT_X, LEFT_X, HEEL_Z = -10.0, 18.0, -13.0


def foot_print(foot_turn: float, tone: float) -> Print:
    """The right foot's print turned ``foot_turn`` degrees out (+) or in (-) round the middle of its heel, which
    stays where it was (blind review 10 saw the heel slide)."""
    heading = -90.0 - foot_turn
    # The print is placed by the back of its heel; keep the heel's middle (HEEL_RADIUS along the foot) still.
    way = math.radians(heading)
    x = RIGHT_X - HEEL_RADIUS * math.cos(way)
    z = HEEL_Z + HEEL_RADIUS + HEEL_RADIUS * math.sin(way)
    return (x, z, heading, tone, 3.0)


def on_foot(print_: Print, along: float, across: float) -> tuple[float, float]:
    """A point ``along`` cm from the back of the heel of ``print_`` and ``across`` cm towards the foot's own left,
    in the inset's (x, z)."""
    x, z, heading = print_[:3]
    way = math.radians(heading)
    return (
        x + math.cos(way) * along - math.sin(way) * across,
        z - (math.sin(way) * along + math.cos(way) * across),
    )


LOOP_EDGE = BALL_RADIUS + 1.0  # how far out from the middle of the forefoot the band wraps round its side
LOOP_HALF = 3.5  # half the band's width along the foot: its two strands this far behind and in front of the ball


def loop_end(print_: Print, side: float, forward: bool) -> list[tuple[float, float]]:
    """Where the band wraps round one side of the forefoot of ``print_`` (``side`` 1: the foot's own left, -1:
    its right), in the inset's (x, z): a half round from the back strand to the front one (``forward``) or back."""
    angles = (0.0, 0.8, 1.57, 2.35, 3.14)
    points = [on_foot(print_, BALL - LOOP_HALF * math.cos(a), side * (LOOP_EDGE + 1.4 * math.sin(a))) for a in angles]
    return points if forward else points[::-1]


def as_client_sees(print_: Print) -> Print:
    """``print_`` turned half round in the inset: the feet as the client sees their own, looking down from the
    chair, toes up the picture and the right foot on its right (blind review s9, shown them toes towards the
    viewer, could not tell the heel from the toes)."""
    x, z, heading, tone, side = print_
    return (-x, -z, heading + 180.0 if side in (3.0, -3.0) else heading, tone, side)


def feet_from_above(
    foot_turn: float, band_from: tuple[float, float] | None = None, sweep: bool = False, own_view: bool = True
) -> Prop:
    """The two feet seen from above as the client sees their own (``as_client_sees``), the right one in the
    clinic's colour, turned ``foot_turn`` degrees out (+) or in (-) round its heel, a dark dot on the heel that
    stays where it is.

    The band is drawn as a loop: round both forefeet (its two strands crossing the tops of both feet, its ends
    round their outer sides), or (given ``band_from``, the post on the right foot's outer side) from the post
    round the right forefoot and back.  Blind review s9 read a single line across both feet as 'a straight bar',
    and the faint print of where the foot started, under the turned one, as a muddle: the start panel shows where
    the foot started, and the arrow the sweep of the toes.  ``sweep``: the inset draws that arrow itself, round
    the toes from where they started, with a head large enough to read (blind review s10 of the turn in could not
    see the head of the panel's arrow there and had to guess its way).  ``own_view`` False: the feet not turned
    half round, seen from above from in front as the front view sees them, the right foot on the picture's left,
    toes down it (the turn in, where the table leg at the side made the mirroring plain: blind review s10d)."""
    left = (LEFT_X, HEEL_Z, -90.0, 0.0, -3.0)
    right = foot_print(foot_turn, 1.0)
    prints: list[Print] = [left, right]
    if band_from is None:
        # Round the right forefoot's outer side, across the tops of both, round the left's outer side and back.
        path = [*loop_end(right, -1.0, True), *loop_end(left, 1.0, False)]
        path.append(path[0])
        prints += [(x, z, 0.0, 0.0, 0.0) for x, z in path]
    else:
        # From the post over the top of the forefoot, round its inner side, and back over it to the post.
        path = [band_from, *loop_end(right, 1.0, True)[::-1], band_from]
        prints.append((*band_from, 0.0, 2.0, 0.0))
        prints += [(x, z, 0.0, 0.0, 0.0) for x, z in path[1:]]
    prints.insert(2, (*on_foot(right, HEEL_RADIUS, 0.0), 0.0, 0.0, 4.0))
    if sweep:
        prints += [(*point, 0.0, 0.0, 5.0) for point in sweep_points(foot_turn)]
    shown = tuple(map(as_client_sees, prints)) if own_view else tuple(prints)
    return Prop(PropKind.FOOTPRINTS, at("", *FEET_INSET_AT), size=INSET_SIZE, prints=shown)


SWEEP_OUT = 1.0  # how far past the tips of the toes the inset's own arrow runs round them, cm


def sweep_points(foot_turn: float) -> list[tuple[float, float]]:
    """An arc round the middle of the right heel just past the tips of its toes, from where they start to where
    they turn ``foot_turn`` degrees, in the inset's (x, z)."""
    steps = 10
    return [on_foot(foot_print(foot_turn * i / steps, 0.0), FOOT_LENGTH + SWEEP_OUT, 0.0) for i in range(steps + 1)]


def inset_at(point: tuple[float, float]) -> At:
    """Where a point of the feet's inset (its x, z) falls in the world, for an arrow drawn over the inset: the
    inset is turned half round (``as_client_sees``) and drawn ``ZOOM_ABOVE`` times larger, flat on the screen round
    where ``FEET_INSET_AT`` is seen."""
    x, z = point
    offset = apply(Projector(FEET_VIEW).rotation, (-x * ZOOM_ABOVE, z * ZOOM_ABOVE, 0.0))
    return at("", *add(FEET_INSET_AT, offset))


def toes_sweep(foot_turn: float) -> Arrow:
    """An arrow round the tips of the right foot's toes, from where they were to where they turn."""
    heel = on_foot(foot_print(0.0, 0.0), HEEL_RADIUS, 0.0)
    ends = []
    for turn in (0.0, foot_turn):
        tip = on_foot(foot_print(turn, 0.0), FOOT_LENGTH + 1.0, 0.0)
        ends.append(inset_at((heel[0] + (tip[0] - heel[0]), heel[1] + (tip[1] - heel[1]))))
    return arrow(ends[0], ends[1], 0.3 if foot_turn > 0 else -0.3)


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
            (arrow(at("toe_r", 4.0, 3.0, -4.0), at("toe_r", 4.0, 3.0, 16.0), 0.3), toes_sweep(TURN)),
            contacts=SITTING_FEET,
        ),
        moving=("foot_r",),
        close_up=FEET_BOX,
    )


@register
def band_ankle_turn_in() -> Drawing:
    """Sitting, a band tied to a table leg on the outside of the right foot and looped round its front; the foot
    turns in against it, the heel and the knee staying where they are.

    Blind review s10 saw the turned foot in the finish as 'a small blob with the band running through it': the
    band came to the middle of the front of the foot, so turned in it crossed the whole foot, and the panel's arrow
    ran under the foot into the other one.  The band now comes to the outer side of the forefoot, where it wraps
    round, and the arrow runs round in front of the toes, from where they were to where they turn, short of the
    other foot; the inset draws its own arrow round the toes, with a head that reads.

    Blind review s10d found the inset, the feet as the client sees their own (toes up the picture), mirrored
    against the main picture: the working foot and the table leg on the left there, on the right in the inset.
    The inset now shows the feet from above as seen from in front (``own_view=False``), the toes towards the
    viewer as the feet in the main picture, the working foot and its table leg on the same side as there.  And the
    band, seen to end at the side of the foot, now wraps on over the top of the forefoot and down its inner side."""
    chair = chair_under(0.0)
    anchor_point = (FEET_X + 6.0, 5.0, TABLE_LEG_Z - 2.5)
    knot = Prop(PropKind.MARK, at("", *anchor_point), size=(3.0, 0.0, 0.0))
    things = (chair, *table(), knot, WORKING_LEG)
    start, finish = turned(0.0), turned(-TURN)
    tips = [joints(figure)["toe_r"] for figure in (start, finish)]
    # In front of the tips of the toes, a little above the floor: from where they start to where they turn.
    round_toes = arrow(at("", tips[0][0] + 12.0, 1.0, tips[0][2] + 5.0), at("", tips[1][0] + 12.0, 1.0, -4.0), -0.25)
    return drawing(
        "band-ankle-turn-in",
        FEET_VIEW,
        Position(
            start,
            (*things, *tied_band(start, anchor_point), feet_from_above(0.0, INSET_POST, own_view=False)),
            contacts=SITTING_FEET,
        ),
        Position(
            finish,
            (*things, *tied_band(finish, anchor_point), feet_from_above(-TURN, INSET_POST, sweep=True, own_view=False)),
            (round_toes,),
            contacts=SITTING_FEET,
        ),
        moving=("foot_r",),
        close_up=TABLE_BOX,
    )


TIED_BAND_WIDTH = 2.6  # cm, as the band is drawn from the table leg to the foot
BAND_BACK, BAND_OUT = 6.0, 4.5  # where the band wraps round the right forefoot: back from the toes' tips, out


def tied_band(figure: Figure, anchor_point: Vec) -> tuple[Prop, ...]:
    """The band from its knot on the table leg to the outer side of the right forefoot, and on round it: up over
    the top of the forefoot and down its inner side (blind review s10d saw the band end at the side of the foot,
    not wrap round it)."""
    points = joints(figure)
    heel, toe = points["heel_r"], points["toe_r"]
    way = (toe[0] - heel[0], toe[2] - heel[2])
    size = math.hypot(*way)
    along = (way[0] / size, way[1] / size)
    out = (-along[1], along[0])  # the foot's outer (right, +z) side

    def round_foot(side: float, up: float) -> At:
        """A point of the loop ``side`` cm out from the middle of the forefoot (negative: in), ``up`` cm up."""
        # From the heel (two points both given from the toes draw as a loop round both feet).
        x = toe[0] - heel[0] - along[0] * BAND_BACK + out[0] * side
        z = toe[2] - heel[2] - along[1] * BAND_BACK + out[1] * side
        return at("heel_r", x, toe[1] - heel[1] + up, z)

    # Drawn wide: at the default 1.2 cm blind review s10b found the band 'barely visible' in the main drawing.
    width = (0.0, 0.0, TIED_BAND_WIDTH)
    loop = [round_foot(BAND_OUT, 0.0), round_foot(BAND_OUT, WRAP_UP), round_foot(-BAND_OUT, WRAP_UP)]
    loop.append(round_foot(-BAND_OUT, 0.0))
    return (
        Prop(PropKind.BAND, loop[0], at("", *anchor_point), size=width),
        *(Prop(PropKind.BAND, a, b, size=width) for a, b in itertools.pairwise(loop)),
    )


WRAP_UP = 4.0  # how far above the tip of the big toe the band crosses the top of the forefoot (cm)


# A small table beside the chair, the band tied low round its near leg (blind review s9 could not tell what the
# tall post was).
TABLE_LEG_Z = HIP + 28.0  # the near leg, out past the right foot
TABLE_WIDTH, TABLE_HEIGHT = 36.0, 66.0


def table() -> tuple[Prop, ...]:
    """A small table seen end on: its top and its two legs at the client's side."""
    legs = tuple(
        prop(PropKind.BOX, FEET_X + 6.0, 0.0, z, size=(4.0, TABLE_HEIGHT - 4.0, 4.0))
        for z in (TABLE_LEG_Z, TABLE_LEG_Z + TABLE_WIDTH - 4.0)
    )
    top = prop(
        PropKind.BOX,
        FEET_X + 6.0,
        TABLE_HEIGHT - 4.0,
        TABLE_LEG_Z + TABLE_WIDTH / 2 - 2.0,
        size=(40.0, 4.0, TABLE_WIDTH),
    )
    return (*legs, top)


# How much higher the arch sits in a short foot than in a relaxed foot: a little more than a real foot's, so the
# gap under it shows in print (at 1.8 cm blind review s9 'had to compare carefully').
ARCH_LIFT = 2.4
# The left foot forward, seen from the figure's right side: that is its inner side, where the arch is.
SHORT_FOOT_X = 48.0
# The right foot flat on the floor a little behind the left one, turned out as a relaxed sitting foot is, so from
# the side its toes stop short of the working heel: tucked back on its toes under the seat, blind review s10b saw
# it as 'an awkward wedge' and asked 'do I need to put it there?'.  Further back flat, or the working foot further
# forward, and the thigh would dip into the seat.
RIGHT_FOOT_X = 30.0
RIGHT_FOOT_TURN = 52.0
# The foot, the shin and the knee, the thigh on the chair's seat: blind review s8, shown the foot alone, could not
# tell whether the client sits or stands.  The near (right) leg is shown down to its foot: cut off at the shin,
# blind review s9 saw it as 'a beam crossing the picture'.
SHORT_FOOT_BOX = ((0.0, 0.0, -25.0), (SHORT_FOOT_X + 24.0, 52.0, 0.0))


@register
def short_foot() -> Drawing:
    """Sitting, the left foot flat on the floor and the right one flat a little behind it, turned out; seen close
    up from the inner side, the arch lifts while the heel, the ball of the foot and the long toes stay down, the ball
    sliding a little back towards the heel so the foot gets shorter."""
    chair = chair_under(0.0)
    figure = seated(
        leg_l=Limb(reach=(SHORT_FOOT_X, ANKLE_Y, -HIP - 2.0), flat=True),
        leg_r=Limb(reach=(RIGHT_FOOT_X, ANKLE_Y, HIP + 4.0), flat=True, foot_turn=RIGHT_FOOT_TURN),
        arm_r=Limb(reach=at("hip_r", 20.0, 8.0, 1.0), toward=(-1.0, -0.3, 0.6)),
        arm_l=Limb(reach=at("hip_l", 20.0, 8.0, -1.0), toward=(-1.0, -0.3, -0.6)),
    )
    contacts = (touch("foot_l", "floor"), touch("foot_r", "floor"), touch("seat", "chair"))
    lifts = arrow(at("", *arch_below(figure)), at("", *arch_above(figure)))
    # The working leg marked, shin and foot (the foot profile takes the same colour): blind review s10, shown the
    # working foot in the far side's light grey, took the darker near leg, tucked back on its toes, for the one
    # that moves.  The foot stays the far one: its inner side, where the arch is, faces the viewer.
    working = Prop(PropKind.MARK, at("knee_l"))
    panels = []
    # The finish says the toes stay long: blind review s9 could not tell from the arrow whether they curl.  Only
    # the arrow under the arch, pointing up, is drawn: blind review s10b read the arrow at the toes, pointing back
    # towards the heel, as clashing with 'toes long'.
    for arch, label, arrows in ((0.0, "Relaxed", ()), (ARCH_LIFT, "Arch lifts, toes long", (lifts,))):
        profile = Prop(PropKind.FOOT_PROFILE, at("ankle_l"), size=(arch, 0.0, 0.0))
        panels.append(Position(figure, (chair, working, profile), arrows, label, contacts))
    return drawing("short-foot", SIDE, *panels, moving=("arch_l",), close_up=SHORT_FOOT_BOX)


def arch_below(figure: Figure) -> Vec:
    point = arch_point(joints(figure), "l", 0.0)
    return (point[0], point[1] - 0.8, point[2] + 6.0)


# How far above the lifted arch the arrow's head reaches, into the foot: at 0.6 cm blind review s10 found it tiny.
ARCH_ARROW_ABOVE = 3.4


def arch_above(figure: Figure) -> Vec:
    point = arch_point(joints(figure), "l", ARCH_LIFT)
    return (point[0], point[1] + ARCH_ARROW_ABOVE, point[2] + 6.0)


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


# A wide seat, a little towards the working side: seen from in front and a little from that side, the seat and
# the chair's back showed only beyond the other thigh, so the figure seemed to sit with one hip beside the seat
# (blind review 10).
HAMMER_CHAIR = Prop(PropKind.CHAIR, At("", (5.0, 0.0, 5.0)), size=(42.0, 45.0, 52.0))
HAMMER_LEAN = 60.0  # degrees from upright, each way
HAMMER_HEAD = 14.0  # cm from the fist to the head: held near the head, the easier way to start
HAMMER_BOX_SIZE = ((-30.0, -24.0, -44.0), (26.0, 64.0, 34.0))  # round the wrist: the head, both knees, the hammer
HAMMER_LEAN_FORWARD = 45.0  # leaning this far, the forearm reaches down to lie along the thigh (at 30 it hung)


def forearm_along_thigh() -> Figure:
    """Sitting leaning forward, the knees apart over the feet, the right forearm lying along the middle of the right
    thigh with the wrist just past the knee; the left hand resting on its own thigh.

    Blind review 10 saw the forearm hang down beside the knee, and the knees meet in the middle, so the thighs read
    as round blobs: here the legs run straight forward and the elbow lies on the thigh."""
    figure = seated(
        lean=HAMMER_LEAN_FORWARD,
        leg_r=Limb(reach=(40.0, ANKLE_Y, 14.0), toward=(1.0, 0.0, 0.15), flat=True),
        leg_l=Limb(reach=(40.0, ANKLE_Y, -14.0), toward=(1.0, 0.0, -0.15), flat=True),
    )
    points = joints(figure)
    knee, hip = points["knee_r"], points["hip_r"]
    x = knee[0] + 3.0
    # The forearm's axis above the thigh's, where the thigh has sloped down to at x.
    height = hip[1] + (x - hip[0]) / (knee[0] - hip[0]) * (knee[1] - hip[1]) + FOREARM_ABOVE_THIGH
    # The left forearm lies along its own thigh too, as the right one does (reaching for the knee with the elbow
    # free, blind review 9 saw the other arm 'bend oddly outward'); the head held up from the leaning trunk, so
    # the face looks ahead (hanging, seen from in front, only the hair showed: 'a dark oval').
    knee_l = points["knee_l"]
    return figure.but(
        arm_r=Limb(reach=(x, height, knee[2] + 1.0), toward=(-1.0, -0.5, 0.0), tip=0.0),
        arm_l=Limb(reach=(x - 6.0, height - 0.5, knee_l[2] - 1.0), toward=(-1.0, -0.5, 0.0), tip=0.0),
        neck=Bend(flex=-HAMMER_HEAD_UP),
    )


HAMMER_HEAD_UP = 35.0  # degrees the head is held back from the trunk leaning 45 degrees


@register
def forearm_turns_with_hammer() -> Drawing:
    """Sitting, the forearm resting on the thigh, a hammer held upright near its head; the forearm turns the palm
    down (the head tips in) and then up (the head tips out), the wrist and elbow still.  Seen from in front, looking
    along the forearm, so the handle's lean shows across the picture; a round inset in the empty corner shows the
    hand and hammer from above, the back of the hand palm down and the lighter palm and the curled fingers' nails
    palm up (blind review 10 saw neither palm, only 'small dark blobs')."""
    figure = forearm_along_thigh()
    contacts = (*FEET_ON_FLOOR, touch("seat", "chair"), touch("forearm_r", "thigh_r"))
    panels = []
    for lean, label, arrows in (
        # The labels name the hammer and say which way its head goes (blind review 9 could not tell what the
        # teal shape was, and read the palm only from the labels).
        (HAMMER_LEAN, HAMMER_LABELS[0], ()),
        # Round the hammer's head, from tipped in to tipped out (blind review 10 found it up by the belly).
        (-HAMMER_LEAN, HAMMER_LABELS[1], (arrow(at("grip_r", 0.0, 18.0, -4.0), at("grip_r", 0.0, 10.0, 18.0), -0.35),)),
    ):
        hammer = Prop(PropKind.HAMMER, at("grip_r"), size=(lean, HAMMER_HEAD, 0.0))
        above = Prop(PropKind.HAMMER, at("grip_r", *HAMMER_INSET_AT), size=(lean, HAMMER_HEAD, 1.0))
        # The working arm shaded, so the forearm on the thigh and the fist round the handle stand out from the knees.
        arm = Prop(PropKind.MARK, at("elbow_r"))
        panels.append(Position(figure, (HAMMER_CHAIR, arm, hammer, above), arrows, label, contacts))
    return drawing(
        "forearm-turns-with-hammer",
        HAMMER_VIEW,
        *panels,
        moving=("hammer",),
        close_up=hand_box(figure, HAMMER_BOX_SIZE),
    )


# Seen from in front, a little from the working arm's side and only a little from above, so the sitting figure,
# its face, the chair and the forearm lying along the thigh read at once (from 22 degrees above, leaning forward,
# blind review 9 saw a top-down view: 'the head a dark oval, the limbs flat shapes').
HAMMER_VIEW = Camera(View.FRONT, turn=14.0, down=12.0)
HAMMER_LABELS = ("Palm down, hammer in", "Palm up, hammer out")
HAMMER_INSET_AT = (0.0, 34.0, 30.0)  # from the grip: the inset of the hand seen from above, up in the empty corner


# The five hand shapes of the tendon glides, as bends at the knuckle, the middle joint and the end joint.
TENDON_SHAPES = (
    ("1 Straight", (0.0, 0.0, 0.0)),
    ("2 Hook", (0.0, 100.0, 85.0)),
    # The full fist curls the tips right into the palm just below the knuckles, drawn as a round ball with the
    # thumb wrapped across it and no nail showing; the flat fist keeps the end joints straight, so the fingers make
    # an open, square-cornered triangle, running back in a straight slope to the heel of the hand with the nail
    # showing there (blind reviews 6, 8 and 9 saw the two alike).
    ("3 Fist", (100.0, 115.0, 90.0)),
    ("4 Table", (90.0, 0.0, 0.0)),
    ("5 Flat fist", (90.0, 115.0, 0.0)),
)
TENDON_BOX_SIZE = ((-4.0, -2.0, -10.0), (17.0, 24.0, 10.0))  # round the wrist: the hand, fingers up
TENDON_SCALE = 1.4  # the close-up hand is drawn this much larger than life (hands.HELD_SCALE)


def finger_tip(bends: tuple[float, float, float]) -> tuple[float, float]:
    """Where the first finger's tip is drawn, from the wrist (cm right, cm up in the picture; the hand upright)."""
    u, v, heading = PALM, 0.0, 0.0
    for bone, bend in zip(FINGER_BONES, bends, strict=True):
        heading += math.radians(bend)
        u, v = u + bone * math.cos(heading), v - bone * math.sin(heading)
    return (-v * TENDON_SCALE, u * TENDON_SCALE)


# Where each shape's arrow ends, from the wrist (cm right, cm up): just clear of the bent fingers' front.
CURL_ENDS = {"2 Hook": (8.5, 16.5), "3 Fist": (12.5, 8.5), "4 Table": (13.5, 16.5), "5 Flat fist": (10.5, 5.0)}


def curl_arrow(label: str) -> Arrow:
    """A curved arrow from in front of the straight fingers' tips round to just in front of the bent fingers, so
    each shape says the fingers bend towards the palm (blind review 9: no arrows)."""
    top = finger_tip((0.0, 0.0, 0.0))
    start = (top[0] + 7.0, top[1] - 2.0)
    return arrow(at("wrist_r", *start, 0.0), at("wrist_r", *CURL_ENDS[label], 0.0), 0.3)


@register
def tendon_glides() -> Drawing:
    """Sitting, the forearm upright and the hand up: five hand shapes in turn, seen close up from the thumb's
    side (straight, hook, fist, table top, flat fist), all four fingers showing, an arrow for each bend."""
    sitting = seated()
    # The upper arm down and a little forward, the forearm and hand straight up, palm forward.
    shoulder = joints(sitting)["shoulder_r"]
    figure = sitting.but(arm_r=limb_through(shoulder, (1.0, -0.75, 0.3), (0.08, 1.0, 0.0), ARM))
    contacts = (*FEET_ON_FLOOR, touch("seat", "chair"))
    panels = [
        Position(
            figure,
            (chair_under(0.0), Prop(PropKind.HAND_SHAPE, at("wrist_r"), size=bends)),
            (curl_arrow(label),) if label in CURL_ENDS else (),
            label,
            contacts,
        )
        for label, bends in TENDON_SHAPES
    ]
    return drawing("tendon-glides", SIDE, *panels, moving=("fingers",), close_up=hand_box(figure, TENDON_BOX_SIZE))
