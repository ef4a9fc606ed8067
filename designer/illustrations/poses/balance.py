"""The drawings of the balance and walking exercises for falls prevention (Otago style).

Every one shows the kitchen counter the client holds or walks beside.  Standing exercises face the counter,
hands on its edge.  Walking exercises go along it: from the side, the counter runs behind the figure and the
far (left) hand rests on it; sideways walking is seen from behind, facing the counter, so the step to the side
shows across the picture.
"""

from __future__ import annotations

from ..describe import Camera, Drawing, Figure, Limb, Position, Prop, PropKind, View
from .ankle import BENT_BACK, HANDS_ON_COUNTER, counter, hands_on_counter
from .common import (
    ANKLE_Y,
    FEET_ON_FLOOR,
    HIP,
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


def left_hand_on_counter(x: float) -> Limb:
    """The left hand resting flat on the counter alongside, at ``x`` along it."""
    return Limb(reach=(x, COUNTER_TOP, ALONG_Z - 4.0), toward=(-0.2, -0.3, -1.0), flat=True)


ON_COUNTER = touch("hand_l", "worktop")


@register
def one_leg_stand() -> Drawing:
    """Standing tall at the counter, hands on its edge; one foot lifts off the floor behind."""
    bench = counter()
    start = stand(at=(0.0, STAND_Y, 0.0), **feet(0.0), **hands_on_counter())
    end = start.but(leg_l=BENT_BACK)
    return drawing(
        "one-leg-stand",
        SIDE,
        Position(start, (bench,), contacts=(*FEET_ON_FLOOR, *HANDS_ON_COUNTER)),
        Position(
            end,
            (bench,),
            (arrow(at("ankle_l", 8, -24), at("ankle_l", 2, -4), -0.3),),
            contacts=(touch("foot_r", "floor"), *HANDS_ON_COUNTER),
        ),
        moving=("leg_l",),
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


@register
def tandem_stance() -> Drawing:
    """Standing heel to toe beside the counter, the left hand on it, as if on a tightrope."""
    return drawing(
        "tandem-stance",
        ALONGSIDE_VIEW,
        Position(heel_to_toe(), (*counter_alongside(),), (), "Hold", (*FEET_ON_FLOOR, ON_COUNTER)),
        holds="one foot right in front of the other",
    )


FOOT_LENGTH = 27.0  # back of the heel to the tip of the toes: ankles this far apart put one heel against the toes


@register
def tandem_walk() -> Drawing:
    """Walking heel to toe beside the counter, the left hand on it: the back foot steps to the front.

    Seen a little from above and in front, so the counter's top and the hand resting on it show beside the body
    and the feet show as footprints; a ring marks the heel touching the toes.  The front (right) foot stays
    planted while the back foot steps past it.
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
    touching_r = Prop(PropKind.MARK, at("heel_r", -2.0, -1.0, 0.0), size=(18.0, 0.0, 0.0))
    touching_l = Prop(PropKind.MARK, at("heel_l", -2.0, -1.0, 0.0), size=(18.0, 0.0, 0.0))
    # The stepping leg shaded in both panels: behind at the start, in front at the finish.
    stepping = Prop(PropKind.MARK, at("knee_l"), size=(0.85, 0.0, 0.0))
    floor, bench = counter_alongside()
    return drawing(
        "tandem-walk",
        TANDEM_VIEW,
        Position(first, (bench, stepping, touching_r, floor), contacts=contacts),
        Position(
            second,
            (bench, stepping, touching_l, floor),
            (arrow(at("", -16, 20, 10), at("", 36, 20, 10), 0.3),),
            contacts=contacts,
        ),
        moving=("leg_l",),
    )


TANDEM_VIEW = Camera(View.SIDE, turn=25.0, down=15.0)


def beside_counter(root_x: float = 0.0, **changes: object) -> Figure:
    """Standing tall beside the counter, the left hand resting on it."""
    return stand(
        at=(root_x, STAND_Y, 0.0),
        **feet(root_x),
        arm_r=Limb(out=5.0, bend=8.0),
        arm_l=left_hand_on_counter(root_x + 4.0),
    ).but(**changes)


@register
def backwards_walking() -> Drawing:
    """Standing tall beside the counter, the left hand on it; one foot steps backwards, toes first."""
    start = beside_counter()
    back = beside_counter(
        -8.0,
        at=(-8.0, STAND_Y - 4.0, 0.0),
        leg_r=Limb(reach=(-34.0, ANKLE_Y, HIP), flat=True),
        leg_l=Limb(reach=(0.0, ANKLE_Y, -HIP), flat=True),
    )
    contacts = (*FEET_ON_FLOOR, ON_COUNTER)
    return drawing(
        "backwards-walking",
        ALONGSIDE_VIEW,
        Position(start, (*counter_alongside(),), contacts=contacts),
        Position(back, (*counter_alongside(),), (arrow(at("", 10, 22, 14), at("", -40, 22, 14)),), contacts=contacts),
        moving=("leg_r",),
    )


@register
def sideways_walking() -> Drawing:
    """Facing the counter, hands on its edge, seen from behind: one foot steps out to the side, then the
    other follows.

    The finish catches the step in the air: the weight on the left leg, straight under its hip, and the shaded
    right foot lifted clear of the floor out to the side (a blind reviewer read both feet down as a wide stance).
    """
    bench = counter()
    start = stand(at=(0.0, STAND_Y, 0.0), **feet(0.0), **hands_on_counter())
    out = Figure(
        at=(0.0, STAND_Y, -2.0),
        leg_r=Limb(out=26.0, flex=33.0, bend=60.0),
        leg_l=Limb(reach=(0.0, ANKLE_Y, -HIP - 2.0), flat=True),
        **hands_on_counter(),
    )
    stepping_leg = Prop(PropKind.MARK, at("knee_r"), size=(0.6, 0.0, 0.0))
    return drawing(
        "sideways-walking",
        Camera(View.FRONT, turn=180.0),
        Position(start, (bench, stepping_leg), contacts=(*FEET_ON_FLOOR, *HANDS_ON_COUNTER)),
        Position(
            out,
            (bench, stepping_leg),
            (arrow(at("ankle_r", 0, 24, -16), at("ankle_r", 0, 24, 10)),),
            contacts=(touch("foot_l", "floor"), *HANDS_ON_COUNTER),
        ),
        moving=("leg_r",),
    )


def stepping(legs: Legs | None = None, rise: float = 0.0) -> Figure:
    """Mid-step beside the counter, the right foot ahead, the left hand resting on the counter."""
    figure = walking(
        at=(0.0, 82.0 + rise, 0.0), arm_r=Limb(flex=-12.0, out=5.0, bend=14.0), arm_l=left_hand_on_counter(6.0)
    )
    return figure.but(**legs) if legs else figure


@register
def walk_and_turn() -> Drawing:
    """Walking tall beside the counter, then turning round slowly in a small circle to walk back."""
    walk = stepping()
    turning = stand(
        at=(20.0, STAND_Y, 0.0),
        turn=-90.0,
        leg_r=Limb(reach=(14.0, ANKLE_Y, 12.0), flat=True, toward=(0.3, 0.0, 1.0)),
        leg_l=Limb(reach=(30.0, ANKLE_Y, 2.0), flat=True, toward=(0.0, 0.0, 1.0)),
        arm_r=Limb(out=6.0, bend=10.0),
        arm_l=Limb(out=6.0, bend=10.0),
    )
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
            turning,
            (*counter_alongside(),),
            (arrow(at("root", 26, 8, 0), at("root", -26, 8, 0), 0.5),),
            "Turn round",
            FEET_ON_FLOOR,
        ),
        moving=("trunk", "legs"),
    )


@register
def heel_walking() -> Drawing:
    """Walking on the heels beside the counter, toes lifted, the left hand on the counter.

    Short steps, so the back shin stays upright enough for its toes to lift too: both feet on their heels.
    """
    legs = Legs(
        leg_r=Limb(reach=(16.0, ANKLE_Y + 1.0, HIP), toward=(1.0, 0.0, 0.0), tip=-25.0),
        leg_l=Limb(reach=(-10.0, ANKLE_Y + 2.0, -HIP), toward=(1.0, 0.0, 0.0), tip=-30.0),
    )
    return drawing(
        "heel-walking",
        ALONGSIDE_VIEW,
        Position(
            stepping(legs, rise=3.0).but(at=(-2.0, 85.0, 0.0)),
            (*counter_alongside(),),
            (arrow(at("root", 34, -60), at("root", 74, -60)),),
            "Walk on your heels",
            (*both("heel", "floor"), ON_COUNTER),
        ),
        holds="toes lifted",
    )


@register
def toe_walking() -> Drawing:
    """Walking on the balls of the feet beside the counter, heels high, the left hand on the counter."""
    legs = Legs(
        leg_r=Limb(reach=(20.0, ANKLE_Y + 6.0, HIP), toward=(1.0, 0.0, 0.0), toes=0.0),
        leg_l=Limb(reach=(-16.0, ANKLE_Y + 6.0, -HIP), toward=(1.0, 0.0, 0.0), toes=0.0),
    )
    return drawing(
        "toe-walking",
        ALONGSIDE_VIEW,
        Position(
            stepping(legs, rise=6.0),
            (*counter_alongside(),),
            (arrow(at("root", 34, -60), at("root", 74, -60)),),
            "Walk on your toes",
            (*both("toes", "floor"), ON_COUNTER),
        ),
        holds="heels high",
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
    lifting, and a ring marks the toes meeting the other heel.
    """
    first = heel_to_toe()
    back = -12.5 - FOOT_LENGTH  # the stepping ankle one foot's length behind the other
    second = heel_to_toe(
        -17.0,
        leg_r=Limb(reach=(back, ANKLE_Y + 4.0, -3.0), toes=0.0),
        leg_l=Limb(reach=(-12.5, ANKLE_Y, -3.0), flat=True),
    )
    stepping = Prop(PropKind.MARK, at("knee_r"), size=(0.6, 0.0, 0.0))
    touching = Prop(PropKind.MARK, at("heel_l", -3.0, -1.0, 0.0), size=(18.0, 0.0, 0.0))
    return drawing(
        "tandem-walk-backwards",
        ALONGSIDE_VIEW,
        Position(first, (*counter_alongside(), stepping), contacts=(*FEET_ON_FLOOR, ON_COUNTER)),
        Position(
            second,
            (*counter_alongside(), stepping, touching),
            (arrow(at("", 20, 26, 10), at("", -50, 26, 10), -0.25),),
            contacts=(touch("foot_l", "floor"), touch("toes_r", "floor"), ON_COUNTER),
        ),
        moving=("leg_r",),
    )


@register
def step_over() -> Drawing:
    """Standing tall beside the counter, the left hand on it, a rolled towel on the floor ahead; the right foot
    lifts up and over the towel and lands beyond it."""
    towel = prop(PropKind.PILLOW, 32.0, z=0.0, size=(14.0, 11.0, 40.0))
    props = (*counter_alongside(), towel)
    start = beside_counter()
    over = beside_counter(
        22.0,
        at=(22.0, STAND_Y - 4.0, 0.0),
        leg_r=Limb(reach=(48.0, ANKLE_Y, HIP), flat=True),
        leg_l=Limb(reach=(0.0, ANKLE_Y, -HIP), flat=True),
    )
    contacts = (*FEET_ON_FLOOR, ON_COUNTER)
    return drawing(
        "step-over",
        ALONGSIDE_VIEW,
        Position(start, props, contacts=contacts),
        Position(over, props, (arrow(at("", 12, 16, 14), at("", 54, 16, 14), 0.6),), contacts=contacts),
        moving=("leg_r",),
    )
