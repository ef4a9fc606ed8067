"""The drawings of the first days after a hip or knee operation: bed exercises, getting up, walking aids, stairs."""

from __future__ import annotations

from ..describe import At, Drawing, Figure, Limb, Position, Prop, PropKind
from .common import (
    ANKLE_Y,
    FEET_ON_FLOOR,
    HIP,
    SIDE,
    STAND_Y,
    arrow,
    at,
    both,
    drawing,
    feet,
    hold,
    mat,
    prop,
    register,
    seated,
    shaded_leg,
    touch,
    walking,
)
from .knee import LONG_RIGHT, lying


def both_long(tip: float) -> Figure:
    """Lying on the back with both legs long on the bed, the feet at ``tip`` (negative: toes pulled up)."""
    right = LONG_RIGHT.but(tip=tip)
    return lying(right).but(leg_l=right.but(reach=(79.6, 7.6, -HIP)))


LYING_LONG = (touch("back", "floor"), *both("hand", "floor"), *both("heel", "floor"))


@register
def ankle_pumps() -> Drawing:
    """Lying with both legs long; the feet pull up towards the shins, then point away."""
    return drawing(
        "ankle-pumps",
        SIDE,
        Position(both_long(-20.0), (mat(),), contacts=LYING_LONG),
        Position(
            both_long(40.0), (mat(),), (arrow(at("toe_r", 2, 4), at("toe_r", 10, -6), -0.3),), contacts=LYING_LONG
        ),
        moving=("foot_r", "foot_l"),
    )


@register
def static_glutes() -> Drawing:
    """Lying with both legs long; the buttocks squeeze together and hold.

    A ring round the buttocks and two small arrows pressing in towards them show where the work is (a blind
    reviewer saw only someone lying still).
    """
    squeeze = Prop(PropKind.MARK, at("root", -6.0, -2.0, 0.0), size=(24.0, 0.0, 0.0))
    press = (
        arrow(at("root", -36.0, 1.0, 10.0), at("root", -20.0, -1.0, 10.0)),
        arrow(at("root", 24.0, 1.0, 10.0), at("root", 8.0, -1.0, 10.0)),
    )
    return drawing(
        "static-glutes",
        SIDE,
        hold(both_long(-5.0), (mat(), squeeze), press, contacts=LYING_LONG),
        holds="bottom squeezed tight",
    )


def rod(start: tuple[float, float, float], end: tuple[float, float, float]) -> Prop:
    """A rail, a stick or a tube of a walking frame, between two world points."""
    return prop(PropKind.DOWEL, *start, to=At("", end))


@register
def sit_to_stand_with_arms() -> Drawing:
    """Sitting near the front of a firm armchair, hands on its arms; pushing up to stand tall."""
    chair = prop(PropKind.ARMCHAIR, 5.0)
    rests = {
        f"arm_{tag}": Limb(reach=(6.0, 70.5, sign * 19.5), toward=(-1.0, 0.0, sign * 0.4), flat=True)
        for tag, sign in (("r", 1.0), ("l", -1.0))
    }
    sit = seated(root_x=20.0, feet_x=50.0, lean=18.0, arm_r=rests["arm_r"], arm_l=rests["arm_l"])
    up = Figure(at=(48.0, STAND_Y, 0.0), **feet(50.0, width=HIP + 2))
    return drawing(
        "sit-to-stand-with-arms",
        SIDE,
        Position(
            sit, (chair,), contacts=(*FEET_ON_FLOOR, touch("seat", "chair", "front third"), *both("hand", "chair"))
        ),
        Position(up, (chair,), (arrow(at("", 22, 72, 0), at("", 36, 96, 0), 0.3),), contacts=FEET_ON_FLOOR),
        moving=("trunk",),
    )


RISE, GOING = 17.0, 28.0  # one stair: its height and its depth
RAIL_Z = 34.0  # the banister on the near side of the stairs
FAR_RAIL_Z = -34.0  # or on the far side, so a near hand holding a stick stays in sight


def stairs(first_x: float, count: int = 3, rail_z: float = RAIL_Z) -> tuple[Prop, ...]:
    """A short flight going up to the right from ``first_x``, with a banister along one side (``rail_z``)."""
    flight = [
        prop(PropKind.STEP, first_x + GOING * (index + 0.5), size=(GOING, RISE * (index + 1), 70.0))
        for index in range(count)
    ]
    start, end = (first_x - 40.0, 90.0, rail_z), (first_x + GOING * count, 90.0 + RISE * count * 1.0, rail_z)
    return (*flight, rod(start, end), rod((start[0], 0.0, rail_z), start))


def rail_height(x: float, first_x: float) -> float:
    """How high the banister is above the floor at ``x``."""
    return 90.0 + max(0.0, x - (first_x - 40.0)) * (RISE * 3) / (GOING * 3 + 40.0)


def walking_stick(tip: tuple[float, float, float], top: tuple[float, float, float], heading: float) -> Prop:
    """A walking stick from its tip on the floor to its handle in the hand, the crook curling towards ``heading``."""
    return Prop(PropKind.DOWEL, At("", tip), At("", top), size=(0.0, 0.0, 0.0), facing=heading)


@register
def stairs_up_and_down() -> Drawing:
    """Going up, the good leg steps up first; going down, the operated leg steps down first; a hand on the rail.

    The operated leg is the left one, shaded in both panels, so "up with the good, down with the operated" reads
    from the picture: going up it is the far leg that stays behind; going down, turned round, the near leg that
    steps down first.  The stick is in the hand away from the rail, the near hand, and stays with the operated leg.
    """
    first = 20.0
    props = stairs(first, rail_z=FAR_RAIL_Z)
    operated = shaded_leg("l", 0.45)  # the whole leg shaded, its foot too
    hand_x = 22.0
    # Up: on the floor, the near (good) foot up on the first stair, the far hand forward on the rail.
    # The hand round the stick's crook: the handle's top is where the hand closes, just below the wrist.
    up_stick = walking_stick((12.0, 0.0, 24.0), (10.0, 78.0, 24.0), 0.0)
    up = Figure(
        at=(-2.0, 86.0, 0.0),
        lean=6.0,
        leg_r=Limb(reach=(first + 6.0, RISE + ANKLE_Y, HIP), toward=(1.0, 0.3, 0.0), flat=True),
        leg_l=Limb(reach=(-6.0, ANKLE_Y, -HIP), flat=True),
        arm_l=Limb(reach=(hand_x, rail_height(hand_x, first) + 1.0, FAR_RAIL_Z + 3.0), toward=(-1.0, -0.6, -0.6)),
        arm_r=Limb(reach=(10.0, 86.0, 22.0), toward=(-1.0, -0.3, 0.4), tip=-20.0),
    )
    # Down: standing on the first stair facing down it, the far (good) knee bending as the near (operated) foot
    # is lowered to the floor in front of the stair; the stick already down on the floor, the far hand on the rail.
    down_hand_x = first - 2.0
    down_stick = walking_stick((first - 24.0, 0.0, 24.0), (first - 18.0, 80.0, 24.0), 180.0)
    down = Figure(
        at=(first + 22.0, 88.0, 0.0),
        turn=180.0,
        lean=12.0,
        leg_r=Limb(reach=(first + 16.0, RISE + ANKLE_Y, -HIP), toward=(-1.0, 0.0, 0.0), flat=True),
        leg_l=Limb(reach=(first - 6.0, ANKLE_Y + 7.0, HIP), toward=(-1.0, 0.2, 0.0), tip=5.0),
        arm_r=Limb(
            reach=(down_hand_x, rail_height(down_hand_x, first) + 1.0, FAR_RAIL_Z + 3.0), toward=(0.3, -1.0, -0.6)
        ),
        arm_l=Limb(reach=(first - 16.0, 88.0, 22.0), toward=(1.0, -0.3, 0.4), tip=-20.0),
    )
    return drawing(
        "stairs-up-and-down",
        SIDE,
        Position(
            up,
            (*props, up_stick, operated),
            (arrow(at("knee_r", -2, 14), at("knee_r", 16, 26), -0.3),),
            "Up: good leg first",
            (touch("foot_r", "step"), touch("foot_l", "floor"), touch("hand_r", "dowel"), touch("hand_l", "dowel")),
        ),
        Position(
            down,
            (*props, down_stick, operated),
            (arrow(at("ankle_l", -7, 36, 6), at("ankle_l", -7, 7, 6)),),
            "Down: operated leg first",
            (touch("foot_r", "step"), touch("hand_l", "dowel"), touch("hand_r", "dowel")),
        ),
        moving=("trunk",),
    )


FRAME = (44.0, 82.0, 27.0)  # a walking frame's depth, height and half-width


def walking_frame(back_x: float) -> tuple[Prop, ...]:
    """A walking frame whose back legs stand at ``back_x``: four legs, a rail along each side, a bar across."""
    depth, height, half = FRAME
    front_x = back_x + depth
    tubes: list[Prop] = []
    for z in (half, -half):
        tubes += [
            rod((back_x, 0.0, z), (back_x, height, z)),
            rod((front_x, 0.0, z), (front_x, height, z)),
            rod((back_x, height, z), (front_x, height, z)),
        ]
    tubes.append(rod((front_x, height, half), (front_x, height, -half)))
    return tuple(tubes)


def grips(back_x: float, flat: bool = False) -> dict[str, Limb]:
    """Both hands on the frame's hand grips, at the back of its side rails.

    ``flat``: the hands lie on top of the rails, palms down (the wrist a little higher), so they sit on the
    grips instead of passing through the rail.
    """
    _, height, half = FRAME
    lift = 4.5 if flat else 3.0
    return {
        f"arm_{tag}": Limb(reach=(back_x + 4.0, height + lift, sign * half), toward=(-1.0, -0.4, sign * 0.5), flat=flat)
        for tag, sign in (("r", 1.0), ("l", -1.0))
    }


@register
def walking_with_frame() -> Drawing:
    """Standing in a walking frame: the frame moves forward first, then the operated leg steps in, then the good.

    Three panels, so the frame is seen to move: standing in it, the frame a step ahead, the near foot stepping in.
    The hands lie on top of the grips.
    """
    moved = 26.0
    here, ahead = grips(6.0, flat=True), grips(moved, flat=True)
    stand_in = Figure(at=(0.0, STAND_Y - 1.0, 0.0), lean=4.0, **feet(0.0), **here)  # type: ignore[arg-type]
    reach = Figure(at=(0.0, STAND_Y - 1.0, 0.0), lean=8.0, **feet(0.0), **ahead)  # type: ignore[arg-type]
    step = Figure(
        at=(14.0, STAND_Y - 3.0, 0.0),
        lean=6.0,
        leg_r=Limb(reach=(34.0, ANKLE_Y, HIP), flat=True),
        leg_l=Limb(reach=(0.0, ANKLE_Y, -HIP), flat=True),
        **ahead,  # type: ignore[arg-type]
    )
    contacts = (*both("hand", "dowel"), *FEET_ON_FLOOR)
    return drawing(
        "walking-with-frame",
        SIDE,
        Position(stand_in, walking_frame(6.0), (), "1. Stand", contacts),
        Position(reach, walking_frame(moved), (arrow(at("", 34, 98), at("", 60, 98)),), "2. Frame forward", contacts),
        Position(
            step, walking_frame(moved), (arrow(at("ankle_r", -20, 8), at("ankle_r", 0, 8)),), "3. Step in", contacts
        ),
        moving=("leg_r",),
    )


@register
def walking_with_stick() -> Drawing:
    """Walking with a stick in the hand on the side of the good leg: the stick and the operated leg go forward
    together, then the good leg steps through.

    The operated leg is the far (left) one, shaded, foot and all; the stick is in the near (right) hand, its tip
    landing just ahead of the operated foot's toes (level with them it would be drawn over the foot).
    """
    operated = shaded_leg("l", 0.45)
    tip, top = (40.0, 0.0, 20.0), (27.0, 84.0, 20.0)
    stick = walking_stick(tip, top, 0.0)
    grip = Limb(reach=(top[0] - 1.0, top[1] + 6.0, top[2] - 2.0), toward=(-1.0, -0.3, 0.4), tip=-20.0)
    together = walking(
        at=(6.0, 82.0, 0.0),
        leg_l=Limb(reach=(18.0, ANKLE_Y, -HIP), flat=True),
        leg_r=Limb(reach=(-20.0, ANKLE_Y, HIP), flat=True),
        arm_r=grip,
        arm_l=Limb(flex=-12.0, out=4.0, bend=12.0),
    )
    through = walking(
        at=(24.0, 82.0, 0.0),
        leg_l=Limb(reach=(18.0, ANKLE_Y, -HIP), flat=True),
        leg_r=Limb(reach=(50.0, ANKLE_Y, HIP), flat=True),
        arm_r=grip,
        arm_l=Limb(flex=12.0, out=4.0, bend=12.0),
    )
    contacts = (*FEET_ON_FLOOR, touch("hand_r", "dowel"))
    return drawing(
        "walking-with-stick",
        SIDE,
        Position(
            together,
            (stick, operated),
            (arrow(at("", -4, 30, 24), at("", 40, 30, 24)),),
            "1. Stick and operated leg",
            contacts,
        ),
        Position(
            through,
            (stick, operated),
            (arrow(at("ankle_r", -60, 22, 0), at("ankle_r", -4, 22, 0)),),
            "2. Then the good leg",
            contacts,
        ),
        moving=("leg_r",),
    )
