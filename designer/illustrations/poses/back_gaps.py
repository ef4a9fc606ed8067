"""The drawings of the low-back exercises added for issue 12: lying face down and pressing up, the cat-camel, the
standing roll-down, the nerve slides for the leg, the marching bridge and the bear hold."""

from __future__ import annotations

import math

from .. import body as anatomy
from ..describe import Bend, Drawing, Figure, Limb, Position
from .common import (
    ANKLE_Y,
    FEET_ON_FLOOR,
    HIP,
    QUAD_LEAN,
    SHOULDER,
    SIDE,
    STAND_Y,
    arms_on_floor,
    arrow,
    at,
    both,
    chair_under,
    crook,
    drawing,
    hanging_arms,
    hold,
    joints,
    limb_through,
    mat,
    quadruped,
    register,
    seated,
    stand,
    touch,
)
from .glute_strength import BRIDGE_HEAD_DOWN

PRONE_LEGS = {"leg_r": Limb(flex=7.0, tip=75.0, out=4.0), "leg_l": Limb(flex=7.0, tip=75.0, out=4.0)}


def prone(**changes: object) -> Figure:
    """Lying face down, legs long and resting on the floor, forehead on the stacked hands."""
    return Figure(
        lean=90.0,
        at=(0.0, 13.5, 0.0),
        neck=Bend(flex=-18.0),
        arm_r=Limb(reach=(72.0, 7.5, 6.0), toward=(0.0, 0.0, 1.0), flat=True),
        arm_l=Limb(reach=(72.0, 4.5, -6.0), toward=(0.0, 0.0, -1.0), flat=True),
        **PRONE_LEGS,  # type: ignore[arg-type]
    ).but(**changes)


@register
def prone_lying() -> Drawing:
    """Lying face down, forehead resting on the stacked hands, the whole body letting go into the floor."""
    return drawing(
        "prone-lying",
        SIDE,
        hold(prone(), (mat(),), contacts=(touch("head", "hand_r"), touch("hand_l", "floor"))),
        holds="lying face down, relaxed",
    )


def on_elbows(lift: float) -> Figure:
    """Lying face down, propped on the forearms with the elbows under the shoulders; the hips stay on the floor.

    ``lift`` is how far the low and upper back curve up (0: flat, with the forearms resting ahead of the head)."""
    body = prone(lumbar=Bend(flex=-lift), chest=Bend(flex=-lift * 0.8), neck=Bend(flex=-10.0 + lift * 0.3))
    points = joints(body)
    arms = {}
    for tag, sign in (("r", 1.0), ("l", -1.0)):
        shoulder = points[f"shoulder_{tag}"]
        drop = shoulder[1] - 4.0
        if drop > 8.0:
            arms[f"arm_{tag}"] = limb_through(
                shoulder, (0.0, -1.0, 0.0), (1.0, 0.0, 0.0), (drop, anatomy.FOREARM), flat=True
            )
        else:
            arms[f"arm_{tag}"] = Limb(
                reach=(shoulder[0] + 34.0, 4.0, sign * (SHOULDER + 2.0)), toward=(0.0, 0.0, sign), flat=True
            )
    return body.but(**arms)


def elbows_lift() -> float:
    """How far the back curves up for the shoulders to sit an upper arm's length above the forearms on the floor."""
    low, high = 0.0, 30.0
    for _ in range(30):
        lift = (low + high) / 2
        if (
            joints(prone(lumbar=Bend(flex=-lift), chest=Bend(flex=-lift * 0.8)))["shoulder_r"][1]
            < anatomy.UPPER_ARM + 5.5
        ):
            low = lift
        else:
            high = lift
    return lift


@register
def prone_on_elbows() -> Drawing:
    """From lying face down, the body props up on the forearms, elbows under the shoulders, hips on the floor."""
    contacts = both("forearm", "floor")
    return drawing(
        "prone-on-elbows",
        SIDE,
        Position(prone(), (mat(),), contacts=(touch("head", "hand_r"), touch("hand_l", "floor"))),
        Position(
            on_elbows(elbows_lift()),
            (mat(),),
            (arrow(at("upper_back", 0, 4), at("upper_back", 0, 18)),),
            contacts=contacts,
        ),
        moving=("trunk",),
    )


PRESS_UP_LIFT = 29.0


def press_up(lift: float) -> Figure:
    """Lying face down, hands flat on the floor a little ahead of the shoulders; ``lift`` curves the back up on the
    arms, the hips staying on the floor.  The hands are placed where the arms are almost straight at the top."""
    body = prone(lumbar=Bend(flex=-lift), chest=Bend(flex=-lift), neck=Bend(flex=-10.0 + lift * 0.3))
    loose = Limb(flex=90.0)  # the arms do not matter for where the shoulders are
    top = joints(prone(lumbar=Bend(flex=-PRESS_UP_LIFT), chest=Bend(flex=-PRESS_UP_LIFT), arm_r=loose, arm_l=loose))
    arms = {}
    for tag, sign in (("r", 1.0), ("l", -1.0)):
        shoulder = top[f"shoulder_{tag}"]
        ahead = math.sqrt(max((anatomy.UPPER_ARM + anatomy.FOREARM - 2.0) ** 2 - (shoulder[1] - 4.5) ** 2, 0.0))
        hand = (shoulder[0] + ahead, 4.5, sign * (SHOULDER + 4.0))
        arms[f"arm_{tag}"] = Limb(reach=hand, toward=(-1.0, 0.3, sign * 0.5), flat=True)
    return body.but(**arms)


@register
def prone_press_up() -> Drawing:
    """Lying face down, hands beside the shoulders; the arms straighten to lift the chest, the hips stay down."""
    contacts = both("hand", "floor")
    return drawing(
        "prone-press-up",
        SIDE,
        Position(press_up(0.0), (mat(),), contacts=contacts),
        Position(
            press_up(PRESS_UP_LIFT),
            (mat(),),
            (arrow(at("upper_back", 0, 4), at("upper_back", 0, 22)),),
            contacts=contacts,
        ),
        moving=("trunk",),
    )


ALL_FOURS = (*both("hand", "floor"), *both("knee", "floor"))


def on_all_fours(tilt: float, curve: float, neck: float, chest: float | None = None) -> Figure:
    """Hands and knees, the pelvis tipped ``tilt`` degrees (negative tucks the tail under) and the low back curved
    ``curve`` degrees the other way (the upper back ``chest`` degrees, the same unless given), so the chest and the
    hands stay where they were."""
    lean = QUAD_LEAN + tilt
    thigh = Limb(flex=lean, bend=90.0, tip=75.0)  # the thighs stay upright under the hips
    upper = curve if chest is None else chest
    return quadruped(
        lean=lean, lumbar=Bend(flex=curve), chest=Bend(flex=upper), neck=Bend(flex=neck), leg_r=thigh, leg_l=thigh
    )


@register
def cat_camel() -> Drawing:
    """On hands and knees; the back rounds up to the ceiling, head dropping, then dips gently, head lifting."""
    # Both shapes drawn well past a gentle curve (two reviewers could not tell them apart): a clear hump with the
    # tail tucked and the head dropped, then a clear sag with the tail and head lifted, each as far as the arms stay
    # (nearly) straight; the arrows sit over the middle of the back.  Each panel also says which.
    rounded = on_all_fours(-65.0, 40.0, 40.0, chest=40.0)
    dipped = on_all_fours(30.0, -15.0, -40.0, chest=-30.0)
    return drawing(
        "cat-camel",
        SIDE,
        Position(
            rounded,
            (mat(),),
            (arrow(at("upper_back", -16, 4), at("upper_back", -16, 20)),),
            "Round up, head down",
            ALL_FOURS,
        ),
        Position(
            dipped,
            (mat(),),
            (arrow(at("upper_back", -16, 20), at("upper_back", -16, 4)),),
            "Dip down, head up",
            ALL_FOURS,
        ),
        moving=("trunk", "head"),
    )


@register
def standing_roll_down() -> Drawing:
    """Standing tall, knees soft; the chin drops and the back rolls down, arms hanging, then rolls back up.

    The back rounds down only part way, the hands near the knees ("only as far as feels easy"), and the arrow
    sweeps from where the head was, over and down in front of it, so the whole upper body is seen to roll (an
    arrow at the head alone read to a blind reviewer as a nod)."""
    top = stand(
        at=(0.0, STAND_Y - 1.0, 0.0),
        leg_r=Limb(reach=(2.0, 7.2, HIP), flat=True),
        leg_l=Limb(reach=(2.0, 7.2, -HIP), flat=True),
        neck=Bend(flex=14.0),  # looking ahead, not up
    )
    # The hips ease back behind the heels as the back rolls down, so the weight stays over the feet (blind
    # review 11 saw the hips over the heels and the trunk far out past the toes: a client could topple).
    down = Figure(
        at=(-13.0, STAND_Y - 4.0, 0.0),
        lean=14.0,
        lumbar=Bend(flex=24.0),
        chest=Bend(flex=38.0),
        neck=Bend(flex=38.0),
        leg_r=Limb(reach=(2.0, 7.2, HIP), flat=True),
        leg_l=Limb(reach=(2.0, 7.2, -HIP), flat=True),
        **hanging_arms(),
    )
    return drawing(
        "standing-roll-down",
        SIDE,
        Position(top, contacts=FEET_ON_FLOOR),
        Position(down, (), (arrow(at("neck_base", -6, 46), at("head", 30, -2), 0.3),), contacts=FEET_ON_FLOOR),
        moving=("trunk", "head"),
    )


@register
def marching_bridge() -> Drawing:
    """Lying on the back, knees bent; the hips lift into a bridge; holding it, one foot lifts a little, knee bent.

    Three panels, so the lift into the bridge comes before the march; the lifted foot keeps a natural angle.
    """
    flat = arms_on_floor(crook())
    up = arms_on_floor(crook(**BRIDGE_HEAD_DOWN))  # type: ignore[arg-type]
    # Blind review 9: with the foot a hair up and over the pale leg's shin, "it's hard to see which foot is up and
    # how high", and the hip arrow sat on the hand. The foot now lifts well clear, ahead of the foot that stays down,
    # and the arrow stands above the hips.
    lifted = Limb(reach=(60.0, ANKLE_Y + 16.0, HIP + 2), toward=(0.6, 1.0, 0.0), tip=10.0)
    march = arms_on_floor(crook(**BRIDGE_HEAD_DOWN, leg_r=lifted))  # type: ignore[arg-type]
    lying = (touch("back", "floor"), *both("hand", "floor"))
    return drawing(
        "marching-bridge",
        SIDE,
        Position(flat, (mat(),), (), "1. Lie down", (*lying, *FEET_ON_FLOOR, touch("seat", "floor"))),
        Position(
            up,
            (mat(),),
            (arrow(at("hip_front", 0, 3), at("hip_front", 0, 17)),),
            "2. Lift hips",
            (*lying, *FEET_ON_FLOOR),
        ),
        Position(
            march,
            (mat(),),
            (arrow(at("toe_r", 6, -12), at("toe_r", 6, 2)),),
            "3. Lift one foot",
            (*lying, touch("foot_l", "floor")),
        ),
        moving=("leg_r",),
    )


@register
def bear_hold() -> Drawing:
    """On hands and knees with the toes tucked under; the knees hover just off the floor, back level."""
    base = joints(quadruped())
    legs = {
        f"leg_{tag}": Limb(reach=(base[f"ankle_{tag}"][0] + 4.0, 14.0, sign * HIP), toward=(0.3, -1.0, 0.0), toes=0.0)
        for tag, sign in (("r", 1.0), ("l", -1.0))
    }
    figure = quadruped(at=(0.0, 50.5, 0.0), lean=QUAD_LEAN + 5.0, **legs)
    return drawing(
        "bear-hold",
        SIDE,
        hold(
            figure,
            (mat(),),
            (arrow(at("knee_r", 0, -1), at("knee_r", 0, 9)),),
            (*both("hand", "floor"), *both("toes", "floor")),
        ),
        holds="knees hovering just off the floor",
    )


@register
def sciatic_nerve_slider() -> Drawing:
    """Sitting tall; the knee straightens as the head looks up, then bends as the chin drops."""
    chair = chair_under(0.0)
    bent = seated(neck=Bend(flex=30.0))
    straight = seated(neck=Bend(flex=-20.0), leg_r=Limb(flex=88.0, bend=8.0, tip=-10.0))
    sitting = (touch("seat", "chair"), touch("hand_r", "thigh_r"), touch("hand_l", "thigh_l"))
    return drawing(
        "sciatic-nerve-slider",
        SIDE,
        # The labels and two arrows say that the head and the knee move together: a blind reviewer saw the head
        # tipped back with nothing pointing at it ("easy to think it's a drawing mistake"), and took the one arrow,
        # curled at the foot, for pulling the toes up rather than straightening the knee.
        Position(bent, (chair,), (), "Chin down, knee bent", (*sitting, *FEET_ON_FLOOR)),
        Position(
            straight,
            (chair,),
            (
                arrow(at("ankle_r", -30, -30), at("ankle_r", -3, -5), 0.25),
                arrow(at("head", 24, -8), at("head", 17, 12), 0.3),
            ),
            "Look up, knee straight",
            (*sitting, touch("foot_l", "floor")),
        ),
        moving=("leg_r", "head"),
    )


@register
def sciatic_nerve_slider_lying() -> Drawing:
    """Lying on the back, both hands holding behind one thigh (hip bent to a right angle); the knee straightens
    as the toes point away, then bends as the toes pull up."""

    def figure(knee: float, tip: float) -> Figure:
        return crook(
            leg_r=Limb(flex=90.0, bend=knee, tip=tip),
            arm_r=Limb(reach=at("knee_r", -12.0, -8.0, 6.0), toward=(-0.2, 0.0, 1.0)),
            arm_l=Limb(reach=at("knee_r", -12.0, -8.0, -6.0), toward=(-0.2, 0.0, -1.0)),
            neck=Bend(flex=10.0),
        )

    contacts = (touch("back", "floor"), touch("foot_l", "floor"), *both("hand", "thigh_r"))
    return drawing(
        "sciatic-nerve-slider-lying",
        SIDE,
        # The labels name the ankle's part too: a fresh blind reviewer bent and straightened the knee alone.
        Position(figure(95.0, -15.0), (mat(),), (), "Bend, toes up", contacts),
        Position(
            figure(25.0, 30.0),
            (mat(),),
            (arrow(at("ankle_r", 16, -10), at("ankle_r", 4, 8), -0.3),),
            "Straighten, point",
            contacts,
        ),
        moving=("leg_r",),
    )
