"""The drawings of the balance and walking exercises for falls prevention (Otago style).

Every one shows the kitchen counter the client holds or walks beside.  Standing exercises face the counter,
hands on its edge.  Walking exercises go along it: from the side, the counter runs behind the figure and the
far (left) hand rests on it; sideways walking is seen from behind, facing the counter, so the step to the side
shows across the picture.
"""

from __future__ import annotations

import math
from dataclasses import replace

from ..describe import At, Bend, Camera, Drawing, Figure, Limb, Position, Prop, PropKind, View
from .ankle import COUNTER_X, HANDS_ON_COUNTER, counter, hands_on_counter
from .common import (
    ANKLE_Y,
    FEET_ON_FLOOR,
    HIP,
    LOOKING_AHEAD,
    SHOULDER,
    SIDE,
    STAND_Y,
    Legs,
    arrow,
    at,
    both,
    drawing,
    feet,
    prop,
    register,
    shaded_leg,
    stand,
    touch,
    walking,
)

COUNTER_TOP = 93.8  # where a wrist rests for the hand to lie flat on the counter
ALONG_Z = -30.0  # the front edge of a counter running along the walk, on the figure's left


def counter_alongside() -> tuple[Prop, Prop]:
    """A long counter on the figure's left, running the way it walks (behind the figure from the side), and the
    floor between the figure and the counter.

    Seen square from the side, the cupboard front and the feet met the same floor line, so the figure looked
    as if it stood inside the cupboard.  Seen a little from above (``ALONGSIDE_VIEW``), the counter stands
    further back on the floor than the feet: the patch of floor shows the ground, and the cupboard's foot sits
    above the figure's feet, behind it.
    """
    floor = prop(PropKind.FLOOR, 0.0, z=ALONG_Z / 2 - 20.0, size=(190.0, 0.0, 130.0))
    return floor, prop(PropKind.WORKTOP, 0.0, z=ALONG_Z, size=(60.0, 90.0, 150.0), facing=90.0)


# A side view from a little above, for the drawings at the counter alongside (see ``counter_alongside``).
ALONGSIDE_VIEW = Camera(View.SIDE, down=10.0)


HAND_AHEAD = 14.0  # cm the hand on the counter rests ahead of where it is asked for


def left_hand_on_counter(x: float) -> Limb:
    """The left hand resting flat on the counter alongside, a little ahead of ``x`` along it.

    Ahead of the body, so the far arm shows from shoulder to hand: beside the hip, the arm hid behind the trunk and
    blind reviewers saw "a small floating blob, no arm connects to it" on the counter.
    """
    return Limb(reach=(x + HAND_AHEAD, COUNTER_TOP, ALONG_Z - 4.0), toward=(-0.2, -0.3, -1.0), flat=True)


ON_COUNTER = touch("hand_l", "worktop")


# The near (right) foot lifted just off the floor, the knee bent, the foot a little behind the standing one: the far
# leg bent back high behind read as a hamstring curl, lift and lower (blind review s11), and the far leg drawn light
# was not the leg the key says moves.
FOOT_JUST_OFF = Limb(flex=18.0, bend=58.0, tip=-26.0)


@register
def one_leg_stand() -> Drawing:
    """Standing tall at the counter, hands on its edge, feet hip-width; then one foot lifted just off the floor,
    the knee bent, and held there, standing on one leg.

    The lifted leg is the near one, shaded foot and all, and the finish says it is held: "Hold on one leg"."""
    bench = counter()
    start = stand(at=(0.0, STAND_Y, 0.0), **feet(0.0), **hands_on_counter())
    end = start.but(leg_r=FOOT_JUST_OFF)
    lifted = shaded_leg("r", 0.85)
    return drawing(
        "one-leg-stand",
        SIDE,
        Position(start, (bench, lifted), (), "Both feet down", (*FEET_ON_FLOOR, *HANDS_ON_COUNTER)),
        Position(
            end,
            (bench, lifted),
            (arrow(at("ankle_r", -9, -14), at("ankle_r", -9, -2)),),
            "Hold on one leg",
            (touch("foot_l", "floor"), *HANDS_ON_COUNTER),
        ),
        moving=("leg_r",),
    )


@register
def knee_bends() -> Drawing:
    """Standing tall at the counter, hands on its edge; the knees bend a little over the toes, heels down."""
    bench = counter()
    start = stand(at=(0.0, STAND_Y, 0.0), **feet(0.0), **hands_on_counter())
    end = Figure(at=(-5.0, STAND_Y - 10.0, 0.0), lean=12.0, **feet(0.0), **hands_on_counter())
    return drawing(
        "knee-bends",
        SIDE,
        Position(start, (bench,), contacts=(*FEET_ON_FLOOR, *HANDS_ON_COUNTER)),
        Position(
            end,
            (bench,),
            (arrow(at("sacrum", -6, 18), at("sacrum", -6, 2)),),
            contacts=(*FEET_ON_FLOOR, *HANDS_ON_COUNTER),
        ),
        moving=("trunk", "legs"),
    )


def heel_to_toe(root_x: float = 0.0, **changes: object) -> Figure:
    """Standing with one foot right in front of the other, the front heel touching the back toes."""
    return Figure(
        at=(root_x, STAND_Y - 1.0, -3.0),
        leg_r=Limb(reach=(root_x + 12.5, ANKLE_Y, -3.0), flat=True),
        leg_l=Limb(reach=(root_x - 12.5, ANKLE_Y, -3.0), flat=True),
        arm_r=Limb(out=6.0, bend=8.0),
        arm_l=left_hand_on_counter(root_x + 6.0),
    ).but(**changes)


def feet_from_above(
    *prints: tuple[float, float, float, float, float], x: float = 140.0, y: float = 24.0, wide: float = 100.0
) -> Prop:
    """A small inset of the feet seen from above, beside the feet at the end of the counter or under them (see
    ``footprints``): from the side, feet heel to toe look like a normal step, so the inset shows them in line."""
    return Prop(PropKind.FOOTPRINTS, at("", x, y, 0.0), size=(wide, 44.0, 16.0), prints=prints)


def in_line(front: float = 1.0, back: float = 0.0, behind: float | None = None) -> Prop:
    """The inset for heel to toe: the right foot in front, its heel touching the left toes, both in one line;
    ``front`` and ``back`` are the tones of the front (right) and back (left) prints, ``behind`` the tone of a
    faint print one foot further back, where the back foot was before it stepped."""
    prints = [(-FOOT_LENGTH - 1.0, 0.0, 0.0, back, -1.0), (-1.0, 0.0, 0.0, front, 1.0)]
    if behind is not None:
        prints.insert(0, (-2 * FOOT_LENGTH - 1.0, 0.0, 0.0, behind, -1.0))
    return feet_from_above(*prints, x=0.0, y=-30.0)


@register
def tandem_stance() -> Drawing:
    """Standing heel to toe beside the counter, the left hand on it, as if on a tightrope; an inset shows the
    feet from above, one right in front of the other in one line."""
    figure = heel_to_toe(arm_r=Limb(flex=-18.0, out=6.0, bend=10.0))  # the free arm clear of the front thigh
    return drawing(
        "tandem-stance",
        ALONGSIDE_VIEW,
        Position(figure, (*counter_alongside(), in_line(0.0, 0.0)), (), "Hold", (*FEET_ON_FLOOR, ON_COUNTER)),
        holds="one foot right in front of the other",
    )


FOOT_LENGTH = 27.0  # back of the heel to the tip of the toes: ankles this far apart put one heel against the toes


UNDER_THE_FEET: dict[str, float] = {"x": 12.0, "y": -30.0, "wide": 135.0}


@register
def tandem_walk() -> Drawing:
    """Walking heel to toe beside the counter, the left hand on it: the back foot steps to the front.

    Seen from the side, with the stepping (left) leg shaded, foot and all, going from behind to in front; the
    front (right) foot stays planted.  An inset shows the feet from above: heel to toe in one line, and the
    shaded foot stepping from behind to just in front of the other (a side view alone cannot show the line, and
    a turned view with a ring round the feet hid the very heel it marked).
    """
    planted = 12.5
    first = heel_to_toe(planted - FOOT_LENGTH / 2).but(
        leg_r=Limb(reach=(planted, ANKLE_Y, -3.0), flat=True),
        leg_l=Limb(reach=(planted - FOOT_LENGTH, ANKLE_Y, -3.0), flat=True),
    )
    second = heel_to_toe(planted + FOOT_LENGTH / 2).but(
        leg_r=Limb(reach=(planted, ANKLE_Y, -3.0), flat=True),
        leg_l=Limb(reach=(planted + FOOT_LENGTH, ANKLE_Y, -3.0), flat=True),
    )
    contacts = (*FEET_ON_FLOOR, ON_COUNTER)
    # The stepping leg shaded in both panels: behind at the start, in front at the finish.
    stepping = shaded_leg("l", 0.85)
    back, middle, front = -FOOT_LENGTH - 14.0, -14.0, FOOT_LENGTH - 14.0  # three foot places, centred in the inset
    # Under the feet rather than beside the counter, so the two panels side by side keep the figure larger.
    before = feet_from_above((back, 0.0, 0.0, 1.0, -1.0), (middle, 0.0, 0.0, 0.0, 1.0), **UNDER_THE_FEET)
    after = feet_from_above(
        (back, 0.0, 0.0, 0.5, -1.0), (middle, 0.0, 0.0, 0.0, 1.0), (front, 0.0, 0.0, 1.0, -1.0), **UNDER_THE_FEET
    )
    floor, bench = counter_alongside()
    return drawing(
        "tandem-walk",
        ALONGSIDE_VIEW,
        Position(first, (floor, bench, stepping, before), label="Heel to toe", contacts=contacts),
        Position(
            second,
            (floor, bench, stepping, after),
            (arrow(at("", -16, 20, 10), at("", 36, 20, 10), 0.3),),
            "Step heel to toe",
            contacts=contacts,
        ),
        moving=("leg_l",),
    )


def beside_counter(root_x: float = 0.0, **changes: object) -> Figure:
    """Standing tall beside the counter, the left hand resting on it."""
    return stand(
        at=(root_x, STAND_Y, 0.0),
        **feet(root_x),
        arm_r=Limb(out=5.0, bend=8.0),
        arm_l=left_hand_on_counter(root_x + 4.0),
    ).but(**changes)


STRIDE_BACK = 17.0  # cm between one heel and the other's in the inset of the backwards walk: small, even steps


def backwards_prints(steps: int) -> tuple[tuple[float, float, float, float, float], ...]:
    """The inset of the backwards walk, seen from above: the counter along the top (on the figure's left) and the
    feet pointing forward (to the right); with no ``steps`` side by side, else a trail of ``steps`` + 1 small steps
    back along the counter, each foot in turn (the right one shaded), and an arrow under them pointing back.  With
    one step back and no trail, a blind reviewer stepped back once and in again (review s11), and could not tell
    whether the counter was in front of them or beside them."""
    prints: list[tuple[float, float, float, float, float]] = [(0.0, -13.0, 104.0, 5.0, 2.0)]
    if not steps:
        return (*prints, (-FOOT_LENGTH / 2, 5.0, 0.0, 1.0, 1.0), (-FOOT_LENGTH / 2, -5.0, 0.0, 0.0, -1.0))
    first = (STRIDE_BACK * steps - FOOT_LENGTH) / 2  # the first heel, so the trail is centred
    for step in range(steps + 1):
        side = -1.0 if step % 2 else 1.0
        prints.append((first - STRIDE_BACK * step, 5.0 * side, 0.0, 1.0 if side > 0 else 0.0, side))
    ahead, behind = first + FOOT_LENGTH, first - STRIDE_BACK * steps - 6.0
    return (*prints, (ahead, 13.5, 0.0, 0.0, 5.0), (behind, 13.5, 0.0, 0.0, 5.0))


@register
def backwards_walking() -> Drawing:
    """Standing tall side-on to the counter, the left hand on it; then walking backwards along it, small steps, toes
    down first.

    The finish catches a step back, the shaded (right) foot landing on its toes behind, and an inset of the feet seen
    from above shows a trail of small steps back along the counter, so it reads as walking, not one step back and in.
    """
    start = beside_counter()
    back = beside_counter(
        -8.0,
        at=(-8.0, STAND_Y - 4.0, 0.0),
        leg_r=Limb(reach=(-32.0, ANKLE_Y + 4.0, HIP), toes=0.0),
        leg_l=Limb(reach=(0.0, ANKLE_Y, -HIP), flat=True),
    )
    # The stepping leg shaded, foot and all, in both panels, as in the heel-to-toe walks: a blind reviewer could not
    # tell which leg steps back (review s8d).
    stepping = shaded_leg("r", 0.85)
    under = {"x": -10.0, "y": -36.0}
    before = replace(feet_from_above(*backwards_prints(0), **under), size=(170.0, 54.0, 0.0))
    after = replace(feet_from_above(*backwards_prints(4), **under), size=(170.0, 54.0, 0.0))
    return drawing(
        "backwards-walking",
        ALONGSIDE_VIEW,
        Position(start, (*counter_alongside(), stepping, before), (), "Start", (*FEET_ON_FLOOR, ON_COUNTER)),
        Position(
            back,
            (*counter_alongside(), stepping, after),
            (arrow(at("", 10, 22, 14), at("", -40, 22, 14)),),
            "Walk backwards",
            (touch("foot_l", "floor"), touch("toes_r", "floor"), ON_COUNTER),
        ),
        moving=("leg_r",),
    )


SIDE_STEP = 24.0  # cm the feet move along the counter in one step and close
FEET_TOGETHER = 6.0  # half the distance between the ankles, feet together


def at_counter_sideways(root_z: float, right_z: float, left_z: float) -> Figure:
    """Facing the counter, both hands on its edge, the hips at ``root_z`` along it and the ankles at ``right_z`` and
    ``left_z``, feet flat, toes to the counter."""
    return Figure(
        at=(0.0, STAND_Y - (1.5 if right_z - left_z > 20 else 0.0), root_z),
        leg_r=Limb(reach=(0.0, ANKLE_Y, right_z), flat=True),
        leg_l=Limb(reach=(0.0, ANKLE_Y, left_z), flat=True),
        arm_r=Limb(reach=(COUNTER_X + 2.0, COUNTER_TOP, root_z + SHOULDER), toward=(-1.0, -0.3, 0.4), flat=True),
        arm_l=Limb(reach=(COUNTER_X + 2.0, COUNTER_TOP, root_z - SHOULDER), toward=(-1.0, -0.3, -0.4), flat=True),
        neck=LOOKING_AHEAD,
    )


@register
def sideways_walking() -> Drawing:
    """Facing the counter, hands on its edge, seen from behind: feet together, then one foot steps out to the side
    and the other closes next to it, along the counter.

    Three panels: feet together; the shaded right foot stepped out, down on the floor; the left foot closed next to
    it, both feet a step further along the counter.  With the step caught in the air and no closing panel, a blind
    reviewer read a straight leg lifted out to the side and back, a hip abduction (review s11); before that, with
    both feet down and no closing panel, a wide stance.
    """
    bench = counter()
    first = -SIDE_STEP / 2  # the hips at the start, so the walk is centred on the counter
    together = at_counter_sideways(first, first + FEET_TOGETHER, first - FEET_TOGETHER)
    out = at_counter_sideways(first + SIDE_STEP / 2, first + FEET_TOGETHER + SIDE_STEP, first - FEET_TOGETHER)
    closed = at_counter_sideways(
        first + SIDE_STEP, first + FEET_TOGETHER + SIDE_STEP, first - FEET_TOGETHER + SIDE_STEP
    )
    stepping_leg = shaded_leg("r", 0.6)
    contacts = (*FEET_ON_FLOOR, *HANDS_ON_COUNTER)
    # The feet seen from above under each panel (x to the right, z down, the counter along the top): toes to the
    # counter, stepping along it (from behind the feet barely showed: review s11).
    right, left = first + FEET_TOGETHER, first - FEET_TOGETHER
    heels, under = 11.0, 16.0  # how far below the inset's middle the heels are, and its arrow (inset cm, z down)

    def feet_seen(*prints: tuple[float, float, float], moved: tuple[float, float] | None = None) -> Prop:
        shown = [(0.0, heels - FOOT_LENGTH - 3.0, 56.0, 3.0, 2.0)]  # the counter along the top
        shown += [(x, heels, 90.0, tone, side) for x, tone, side in prints]
        if moved is not None:  # an arrow under the heels from where a foot was to where it is
            shown += [(moved[0], under, 0.0, 0.0, 5.0), (moved[1], under, 0.0, 0.0, 5.0)]
        return Prop(PropKind.FOOTPRINTS, at("", 0.0, -36.0, 0.0), size=(100.0, 66.0, 0.0), prints=tuple(shown))

    insets = (
        feet_seen((right, 1.0, 1.0), (left, 0.0, -1.0)),
        feet_seen(
            (right, 0.5, 1.0),
            (right + SIDE_STEP, 1.0, 1.0),
            (left, 0.0, -1.0),
            moved=(right + 5.0, right + SIDE_STEP + 4.0),
        ),
        feet_seen(
            (right + SIDE_STEP, 1.0, 1.0),
            (left, 0.5, -1.0),
            (left + SIDE_STEP, 0.0, -1.0),
            moved=(left + 5.0, left + SIDE_STEP + 4.0),
        ),
    )
    return drawing(
        "sideways-walking",
        Camera(View.FRONT, turn=180.0),
        Position(together, (bench, stepping_leg, insets[0]), (), "Feet together", contacts),
        Position(
            out,
            (bench, stepping_leg, insets[1]),
            (arrow(at("ankle_r", 0, 20, -SIDE_STEP - 4), at("ankle_r", 0, 20, 2)),),
            "Step to the side",
            contacts,
        ),
        Position(
            closed,
            (bench, stepping_leg, insets[2]),
            # The arrow stops at the outside of the closing (left) leg: ending past it, between the legs, a blind
            # reviewer (s11r) read it as pointing at the shaded right leg, as if that one stepped again.
            (arrow(at("ankle_l", 0, 20, -SIDE_STEP - 10), at("ankle_l", 0, 20, -5)),),
            "Feet together",
            contacts,
        ),
        moving=("legs",),
    )


def stepping(legs: Legs | None = None, rise: float = 0.0) -> Figure:
    """Mid-step beside the counter, the right foot ahead, the left hand resting on the counter."""
    figure = walking(
        at=(0.0, 82.0 + rise, 0.0), arm_r=Limb(flex=-12.0, out=5.0, bend=14.0), arm_l=left_hand_on_counter(6.0)
    )
    return figure.but(**legs) if legs else figure


TURN_RADIUS, TURN_MIDDLE = 27.0, (-8.0, -31.0)  # the half circle of the turn, and where the inset's middle is
COUNTER_Z = -35.5  # the middle of the counter's top in the inset, above the steps back


def turning_prints() -> tuple[tuple[float, float, float, float, float], ...]:
    """The footprints of walking in along the counter, turning round towards it in three small steps (shaded) on
    a half circle, and walking back, for the inset (x to the right, z down, the counter at the top)."""
    prints = []

    def place(middle: tuple[float, float], heading: float, side: float, tone: float) -> None:
        # From the middle of the foot to its heel, and half a stride's width to the foot's own side.
        way = math.radians(heading)
        x = middle[0] - math.cos(way) * FOOT_LENGTH / 2 + math.sin(way) * 4.5 * side - TURN_MIDDLE[0]
        z = middle[1] + math.sin(way) * FOOT_LENGTH / 2 + math.cos(way) * 4.5 * side - TURN_MIDDLE[1]
        prints.append((x, z, heading, tone, side))

    # The last steps in and the first steps back a stride from the turn, so the path reads as one (blind review 10
    # saw the turning steps as an island apart).
    for step, side in ((-36.0, 1.0), (-10.0, -1.0)):
        place((step, 0.0), 0.0, side, 0.0)
    for turn, side in ((45.0, 1.0), (90.0, -1.0), (135.0, 1.0)):
        way = math.radians(turn)
        place((-4.0 + TURN_RADIUS * math.sin(way), -TURN_RADIUS * (1.0 - math.cos(way))), turn, side, 1.0)
    for step, side in ((-10.0, -1.0), (-36.0, 1.0)):
        place((step, -2 * TURN_RADIUS), 180.0, side, 0.0)
    # The counter along the top, so the turn reads as turning towards it (blind review 10 could not tell its side).
    prints.append((-14.0, COUNTER_Z, 88.0, 5.0, 2.0))
    return tuple(prints)


@register
def walk_and_turn() -> Drawing:
    """Walking tall beside the counter, then turning round slowly in a small circle to walk back.

    Three panels: walking, the turn, walking back the other way.  The turn is drawn facing the counter, both hands
    on it, with an inset of the footprints from above: walking in, three small steps round a half circle towards
    the counter (shaded), and walking back, an arrow round them (a blind reviewer read an arrow round the waist as
    a twist of the trunk).  The third panel shows where the turn leads (blind review 11-b saw the figure at the
    counter standing still and no turn).
    """
    walk = stepping().but(neck=Bend(flex=12.0))  # looking ahead, not up (blind review 10)
    facing_counter = Figure(
        at=(20.0, STAND_Y, -2.0),
        turn=90.0,
        leg_r=Limb(reach=(29.0, ANKLE_Y, -4.0), flat=True),
        leg_l=Limb(reach=(11.0, ANKLE_Y, -2.0), flat=True, toward=(0.3, 0.0, -1.0)),
        arm_r=Limb(reach=(34.0, COUNTER_TOP, ALONG_Z - 5.0), toward=(0.3, -0.6, 0.5), flat=True),
        arm_l=Limb(reach=(6.0, COUNTER_TOP, ALONG_Z - 5.0), toward=(-0.3, -0.6, 0.5), flat=True),
    )
    # Walking back the other way, the counter now on the right, the right hand on it: the turn has reversed the
    # walk (blind review 11-b saw the figure at the counter standing still, not turning).
    walking_back = walking(
        at=(0.0, 82.0, 0.0),
        turn=180.0,
        leg_r=Limb(reach=(-28.0, ANKLE_Y, -HIP), flat=True),
        leg_l=Limb(reach=(24.0, ANKLE_Y, HIP), flat=True),
        arm_r=Limb(reach=(-6.0, COUNTER_TOP, ALONG_Z - 4.0), toward=(0.2, -0.3, -1.0), flat=True),
        arm_l=Limb(flex=-12.0, out=5.0, bend=14.0),
        neck=Bend(flex=12.0),
    )
    inset_x, inset_y, zoom = 20.0, -72.0, 1.5  # under the feet, so the figures side by side stay larger

    def inset_point(x: float, z: float) -> At:
        # Where a point of the inset falls, for the arrow drawn over it (seen nearly square on from the side).
        return at("", inset_x + (x - TURN_MIDDLE[0]) * zoom, inset_y - (z - TURN_MIDDLE[1]) * zoom, 0.0)

    inset = Prop(PropKind.FOOTPRINTS, at("", inset_x, inset_y, 0.0), size=(175.0, 126.0, 0.0), prints=turning_prints())
    # Round the outside of the half circle of steps, along them from the walk in to the walk back (blind review 10:
    # inside the U it cut across it).
    round_turn = arrow(inset_point(14.0, 6.0), inset_point(14.0, -2 * TURN_RADIUS - 6.0), -0.75)
    return drawing(
        "walk-and-turn",
        ALONGSIDE_VIEW,
        Position(
            walk,
            (*counter_alongside(),),
            (arrow(at("root", 30, -60), at("root", 70, -60)),),
            "Walk",
            (*FEET_ON_FLOOR, ON_COUNTER),
        ),
        Position(
            facing_counter,
            (*counter_alongside(), inset),
            (round_turn,),
            "Turn round",
            (*FEET_ON_FLOOR, *both("hand", "worktop")),
        ),
        Position(
            walking_back,
            (*counter_alongside(),),
            (arrow(at("root", -30, -60), at("root", -70, -60)),),
            "Walk back",
            (*FEET_ON_FLOOR, touch("hand_r", "worktop")),
        ),
        moving=("trunk", "legs"),
    )


def on_heels(front: str, root_x: float) -> Figure:
    """A short step on the heels beside the counter, the ``front`` leg ("r" or "l") ahead, both feet on their
    heels with the toes well up, the left hand on the counter."""
    ahead, behind = (13.0, -9.0) if front == "r" else (-9.0, 13.0)
    leg_r = Limb(reach=(root_x + ahead, ANKLE_Y + 1.5, HIP), toward=(1.0, 0.0, 0.0), tip=-28.0)
    leg_l = Limb(reach=(root_x + behind, ANKLE_Y + 1.5, -HIP), toward=(1.0, 0.0, 0.0), tip=-28.0)
    arm_r = Limb(flex=-12.0 if front == "r" else 12.0, out=5.0, bend=14.0)
    return Figure(
        at=(root_x, 87.0, 0.0),
        neck=Bend(flex=8.0),  # level: with none the face looked up, with the usual 20 the head hung forward
        arm_r=arm_r,
        arm_l=left_hand_on_counter(root_x + 6.0),
        leg_r=leg_r,
        leg_l=leg_l,
    )


@register
def heel_walking() -> Drawing:
    """Walking on the heels beside the counter, toes lifted, the left hand on the counter: two short steps.

    Short steps, so the back shin stays upright enough for its toes to lift too: both feet on their heels in
    both panels (a blind reviewer saw the back foot flat), the second step a little further along.
    """
    contacts = (*both("heel", "floor"), ON_COUNTER)
    stepping = shaded_leg("l", 0.85)
    return drawing(
        "heel-walking",
        ALONGSIDE_VIEW,
        Position(on_heels("r", -10.0), (*counter_alongside(), stepping), (), "Step on your heels", contacts),
        Position(
            on_heels("l", 12.0),
            (*counter_alongside(), stepping),
            (arrow(at("", 42, 32, 14), at("", 74, 32, 14)),),
            "Next step: toes still up",
            contacts,
        ),
        moving=("leg_l",),
    )


TOE_RISE = 9.0  # cm the ankles rise on the balls of the feet: heels a hand's depth off the floor


def on_toes(front: str, root_x: float, stride: float) -> Figure:
    """Up on the balls of both feet beside the counter, heels high, the ``front`` leg ("r" or "l") ``stride`` cm
    ahead of the other, the left hand on the counter."""
    # The body over the front foot (on tiptoe a foot far ahead of the hips would point the ankle past its range).
    ahead, behind = (stride * 0.15, -stride * 0.85) if front == "r" else (-stride * 0.85, stride * 0.15)
    leg_r = Limb(reach=(root_x + ahead, ANKLE_Y + TOE_RISE, HIP), toward=(1.0, 0.0, 0.0), toes=0.0)
    leg_l = Limb(reach=(root_x + behind, ANKLE_Y + TOE_RISE, -HIP), toward=(1.0, 0.0, 0.0), toes=0.0)
    arm_r = Limb(flex=-12.0 if front == "r" else 12.0, out=5.0, bend=14.0)
    return Figure(
        at=(root_x, STAND_Y - 1.0 + TOE_RISE, 0.0),
        neck=Bend(flex=8.0),  # level: with none the face looked up, with the usual 20 the head hung forward
        arm_r=arm_r,
        arm_l=left_hand_on_counter(root_x + 6.0),
        leg_r=leg_r,
        leg_l=leg_l,
    )


@register
def toe_walking() -> Drawing:
    """Up on the balls of the feet beside the counter, heels high, the left hand on the counter; then small steps
    along it, heels still up.

    Two panels as the heel walk has: the rise first, an arrow lifting under the heel, then a step.  Drawn as one
    walking step with the heels 6 cm up, a blind reviewer saw ordinary walking with flat feet.
    """
    contacts = (*both("toes", "floor"), ON_COUNTER)
    stepping_leg = shaded_leg("l", 0.85)
    rise = on_toes("r", -10.0, 6.0)
    step = on_toes("l", 14.0, 20.0)
    return drawing(
        "toe-walking",
        ALONGSIDE_VIEW,
        Position(
            rise,
            (*counter_alongside(),),
            (arrow(at("heel_r", -9, 0, 10), at("heel_r", -9, 16, 10)),),
            "Up on your toes",
            contacts,
        ),
        Position(
            step,
            (*counter_alongside(), stepping_leg),
            (arrow(at("", 44, 32, 14), at("", 76, 32, 14)),),
            "Small steps: heels high",
            contacts,
        ),
        moving=("legs",),
    )


@register
def standing_march() -> Drawing:
    """Standing tall side-on to the counter, the left hand on it; one knee lifts slowly to about hip height."""
    # The free arm a little behind the body, so it does not hang across the lifted thigh.
    arm_back = Limb(flex=-22.0, out=5.0, bend=12.0)
    start = beside_counter(arm_r=arm_back)
    up = beside_counter(leg_r=Limb(flex=80.0, bend=85.0), arm_r=arm_back)
    return drawing(
        "standing-march",
        ALONGSIDE_VIEW,
        Position(start, (*counter_alongside(),), contacts=(*FEET_ON_FLOOR, ON_COUNTER)),
        Position(
            up,
            (*counter_alongside(),),
            (arrow(at("knee_r", 6, -26), at("knee_r", 6, -4), -0.3),),
            contacts=(touch("foot_l", "floor"), ON_COUNTER),
        ),
        moving=("leg_r",),
    )


@register
def tandem_walk_backwards() -> Drawing:
    """Walking heel to toe backwards beside the counter, the left hand on it: the front foot steps back and its
    toes land right behind the other heel.

    The stepping (right) leg is shaded, foot and all, so it is followed from in front to behind the other leg (a
    blind reviewer could not tell the legs apart); at the finish its toes touch down first, the heel still
    lifting.  An inset shows the feet from above, as the forward walk's does: the shaded foot going from in front
    to just behind the other, toes to its heel, in one line (a ring round the toes meeting the heel, over the
    floor's edge, was hard to read: blind review s8).
    """
    first = heel_to_toe()
    back = -12.5 - FOOT_LENGTH  # the stepping ankle one foot's length behind the other
    second = heel_to_toe(
        -17.0,
        leg_r=Limb(reach=(back, ANKLE_Y + 4.0, -3.0), toes=0.0),
        leg_l=Limb(reach=(-12.5, ANKLE_Y, -3.0), flat=True),
    )
    stepping = shaded_leg("r", 0.6)
    back_print, middle, front = -FOOT_LENGTH - 14.0, -14.0, FOOT_LENGTH - 14.0  # three foot places in the inset
    before = feet_from_above((middle, 0.0, 0.0, 0.0, -1.0), (front, 0.0, 0.0, 1.0, 1.0), **UNDER_THE_FEET)
    # The faint print first: the inset's arrow runs from it to the shaded one, backwards.
    after = feet_from_above(
        (front, 0.0, 0.0, 0.5, 1.0), (middle, 0.0, 0.0, 0.0, -1.0), (back_print, 0.0, 0.0, 1.0, 1.0), **UNDER_THE_FEET
    )
    return drawing(
        "tandem-walk-backwards",
        ALONGSIDE_VIEW,
        Position(
            first, (*counter_alongside(), stepping, before), label="Heel to toe", contacts=(*FEET_ON_FLOOR, ON_COUNTER)
        ),
        Position(
            second,
            (*counter_alongside(), stepping, after),
            (arrow(at("", 20, 26, 10), at("", -50, 26, 10), -0.25),),
            "Step back in line",
            contacts=(touch("foot_l", "floor"), touch("toes_r", "floor"), ON_COUNTER),
        ),
        moving=("leg_r",),
    )


STEP_FROM, TOWEL_AT, STEP_TO = -22.0, 6.0, 22.0  # where the feet start, the towel, where the feet end (ankles, x)


@register
def step_over() -> Drawing:
    """Standing tall beside the counter, the left hand on it, a rolled towel on the floor just ahead; the right foot
    lifts up and over the towel and lands beyond it; then the other foot comes over to join it.

    Three panels: the towel ahead, the step over, and both feet together past the towel (with two panels, a blind
    reviewer stepped back again: review s11).  The free arm hangs a little behind the body, so it does not hide the
    hip and thigh, and the stepping foot lands just past the towel, the knee soft."""
    towel = prop(PropKind.PILLOW, TOWEL_AT, z=0.0, size=(14.0, 11.0, 40.0))
    # A shorter stretch of counter and floor than the walks have, so three panels side by side keep the figure large.
    floor, bench = counter_alongside()
    floor = replace(floor, size=(150.0, 0.0, 130.0))
    bench = replace(bench, size=(60.0, 90.0, 120.0))
    props = (floor, bench, towel)
    arm_back = Limb(flex=-16.0, out=5.0, bend=12.0)
    start = beside_counter(STEP_FROM, arm_r=arm_back)
    middle = (STEP_FROM + STEP_TO) / 2
    over = beside_counter(
        middle - 2.0,
        at=(middle - 2.0, STAND_Y - 4.5, 0.0),
        leg_r=Limb(reach=(STEP_TO, ANKLE_Y, HIP), flat=True),
        leg_l=Limb(reach=(STEP_FROM, ANKLE_Y, -HIP), flat=True),
        arm_r=arm_back,
    )
    joined = beside_counter(STEP_TO, arm_r=arm_back)
    over_the_towel = (arrow(at("", TOWEL_AT - 20, 16, 14), at("", TOWEL_AT + 22, 16, 14), 0.6),)
    contacts = (*FEET_ON_FLOOR, ON_COUNTER)
    # The labels name the towel (seen end on it read as "a tin? a block?", review s8d), and the stepping leg is
    # shaded, foot and all.
    stepping = shaded_leg("r", 0.85)
    return drawing(
        "step-over",
        ALONGSIDE_VIEW,
        Position(start, (*props, stepping), (), "Rolled towel", contacts),
        Position(
            over,
            (*props, stepping),
            over_the_towel,
            "Step over it",
            contacts,
        ),
        Position(
            joined,
            (*props, stepping),
            over_the_towel,
            "Feet together",
            contacts,
        ),
        moving=("leg_r",),
    )
