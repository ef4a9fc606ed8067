"""The drawings of the knee exercises done standing: squats, split squats, steps, the band and the wall."""

from __future__ import annotations

from collections.abc import Callable

from ..describe import Bend, Camera, Drawing, Figure, Limb, Position, Prop, PropKind, View
from .common import (
    ANKLE_Y,
    FEET_ON_FLOOR,
    HIP,
    SHOULDER,
    SIDE,
    STAND_Y,
    Arms,
    Legs,
    arrow,
    at,
    band,
    both,
    drawing,
    feet,
    joints,
    prop,
    register,
    shaded_leg,
    touch,
)


def arms(make: Callable[[float], Limb]) -> Arms:
    """Both arms from one maker, given +1 for the right side (towards the viewer) and -1 for the left."""
    return Arms(arm_r=make(1.0), arm_l=make(-1.0))


# Hands resting on the sides of the hips, fingers forward and down, elbows out and a little back: seen from the
# side the hand lies on the hip inside the body's outline, not held out in front of it.
HAND_ON_NEAR_HIP = Limb(reach=at("hip_r", 0.0, 14.0, 8.0), toward=(-0.8, 0.0, 0.6), tip=-15.0)
HANDS_ON_HIPS = Arms(
    arm_r=HAND_ON_NEAR_HIP,
    arm_l=Limb(reach=at("hip_l", 0.0, 14.0, -8.0), toward=(-0.8, 0.0, -0.6), tip=-15.0),
)
# Back against a wall the elbows point out to the side and a little forward, clear of the wall: seen from the side
# the arm bends at the elbow and comes back to the hand on the hip (straight out to the side it read as hanging).
HANDS_ON_HIPS_AT_WALL = Arms(
    arm_r=Limb(reach=at("hip_r", 0.0, 14.0, 8.0), toward=(0.5, 0.0, 1.0), tip=-40.0),
    arm_l=Limb(reach=at("hip_l", 0.0, 14.0, -8.0), toward=(0.5, 0.0, -1.0), tip=-40.0),
)
ON_HIPS = (touch("hand_r", "hip_r"), touch("hand_l", "hip_l"))
KNEES_OVER_TOES = ((1.0, 0.1, 0.25), (1.0, 0.1, -0.25))


def squat_feet(x: float = 0.0, width: float = HIP + 3) -> Legs:
    """Feet flat, a little wider than the hips, knees pointing forward over the toes."""
    return Legs(
        leg_r=Limb(reach=(x, ANKLE_Y, width), toward=KNEES_OVER_TOES[0], flat=True),
        leg_l=Limb(reach=(x, ANKLE_Y, -width), toward=KNEES_OVER_TOES[1], flat=True),
    )


@register
def mini_squat() -> Drawing:
    """Facing a kitchen worktop, hands resting on it; the knees bend a little and the bottom goes back, then up."""
    worktop = prop(PropKind.WORKTOP, 20.0)
    hands = arms(
        lambda sign: Limb(reach=(24.0, 92.5, sign * (SHOULDER + 3)), toward=(-1.0, -0.3, sign * 0.5), flat=True)
    )
    top = Figure(at=(0.0, STAND_Y - 1.0, 0.0), **squat_feet(), **hands)
    low = Figure(at=(-8.0, 78.0, 0.0), lean=16.0, **squat_feet(), **hands)
    contacts = (*FEET_ON_FLOOR, *both("hand", "worktop"))
    return drawing(
        "mini-squat",
        SIDE,
        Position(top, (worktop,), contacts=contacts),
        Position(low, (worktop,), (arrow(at("sacrum", -4, 14), at("sacrum", -4, -2)),), contacts=contacts),
        moving=("trunk",),
    )


def split_stance(root_y: float, near_hand: Limb | None = None, **changes: object) -> Figure:
    """Right foot a stride ahead, left foot behind on its toes, the body upright between them."""
    figure = Figure(
        at=(0.0, root_y, 0.0),
        leg_r=Limb(reach=(32.0, ANKLE_Y, HIP), toward=(1.0, 0.2, 0.0), flat=True),
        leg_l=Limb(reach=(-34.0, 18.0, -HIP), toward=(0.4, -1.0, 0.0), toes=0.0),
        **HANDS_ON_HIPS,
    )
    if near_hand is not None:
        figure = figure.but(arm_r=near_hand)
    return figure.but(**changes)


SPLIT_CONTACTS = (touch("foot_r", "floor"), touch("toes_l", "floor"))


@register
def supported_split_squat() -> Drawing:
    """Feet a stride apart, the far hand on the back of a chair beside you, the near hand on the hip; the back knee
    lowers part of the way towards the floor.

    The chair stands on the far side with its back to the body, right beside the hip where the hand holds it, its
    seat pointing away; seen a little from above and from behind the far shoulder, the chair shows beside the body
    and the back foot lands on clear floor behind it.  The lowering stops well short of the floor.
    """
    chair = prop(PropKind.CHAIR, 14.0, z=-56.0, facing=90.0)
    floor = prop(PropKind.FLOOR, -4.0, z=-22.0, size=(130.0, 0.0, 100.0))
    hold_chair = Limb(reach=(12.0, 89.0, -36.0), toward=(-1.0, -1.0, -0.4), flat=True)
    contacts = (*SPLIT_CONTACTS, touch("hand_l", "chair"), touch("hand_r", "hip_r"))

    def figure(root_y: float) -> Figure:
        return split_stance(root_y).but(arm_l=hold_chair, arm_r=HAND_ON_NEAR_HIP)

    return drawing(
        "supported-split-squat",
        SPLIT_VIEW,
        Position(figure(80.0), (floor, chair), contacts=contacts),
        Position(
            figure(68.0),
            (floor, chair),
            (arrow(at("knee_l", -10, 22), at("knee_l", -10, 4)),),
            contacts=contacts,
        ),
        moving=("trunk", "leg_l"),
    )


SPLIT_VIEW = Camera(View.SIDE, turn=25.0, down=12.0)


@register
def reverse_lunge() -> Drawing:
    """Standing tall, hands on hips; one foot steps back and both knees bend, then push back up to standing."""
    start = Figure(at=(0.0, STAND_Y, 0.0), **feet(0.0), **HANDS_ON_HIPS)
    # Stepped back with the left leg: the right foot stays where it stood.
    low = (
        split_stance(54.0)
        .but(at=(-32.0, 49.5, 0.0))
        .but(
            leg_r=Limb(reach=(0.0, ANKLE_Y, HIP), toward=(1.0, 0.2, 0.0), flat=True),
            # The back knee lowered to a little above the floor ("towards the floor"): hovering, plainly not on it.
            leg_l=Limb(reach=(-69.0, 15.0, -HIP), toward=(0.4, -1.0, 0.0), toes=0.0),
        )
    )
    return drawing(
        "reverse-lunge",
        SIDE,
        Position(start, contacts=(*FEET_ON_FLOOR, *ON_HIPS)),
        Position(
            low,
            # The leg that stepped back shaded, to tell it from the front one.
            (shaded_leg("l", 0.55),),
            # Behind the body, above the back shin: the foot has stepped back (along the shin it read as a
            # direction for the shin itself).
            (arrow(at("", -44.0, 38.0), at("", -80.0, 30.0), 0.2),),
            contacts=(*SPLIT_CONTACTS, *ON_HIPS),
        ),
        moving=("leg_l", "trunk"),
    )


LOW_STEP = 15.0  # a low step: the bottom stair or a sturdy block


# The trailing leg of the step-up shaded, foot and all, so it can be followed from the floor onto the step.
TRAILING_LEFT_LEG = shaded_leg("l", 0.6)


@register
def low_step_up() -> Drawing:
    """Facing a low step, one whole foot on it; pressing through that foot, the body rises to stand on the step and
    the other foot comes up beside it.

    The trailing (far) leg is shaded in both panels, and at the finish its foot stands on the step a little behind
    the near one, so both legs show: with the feet level, the far leg hid behind the near one and a blind reviewer
    (s11full) could not tell whether the back foot came up onto the step, hung or lifted.  The finish says "Both feet
    up", and its arrow rises from the floor behind the step to the trailing foot (an arrow curving up behind the
    bottom read as "push the hips forward" or "lift the back leg").
    """
    step = prop(PropKind.STEP, 36.0, size=(36.0, LOW_STEP, 60.0))
    start = Figure(
        at=(4.0, 86.0, 0.0),
        lean=6.0,
        leg_r=Limb(reach=(34.0, LOW_STEP + ANKLE_Y, HIP), toward=(1.0, 0.3, 0.0), flat=True),
        leg_l=Limb(reach=(0.0, ANKLE_Y, -HIP), flat=True),
        **HANDS_ON_HIPS,
    )
    end = Figure(at=(30.5, STAND_Y + LOW_STEP, 0.0), **feet(36.0, 25.0, y=LOW_STEP + ANKLE_Y), **HANDS_ON_HIPS)
    hips = ON_HIPS
    return drawing(
        "low-step-up",
        SIDE,
        Position(start, (step, TRAILING_LEFT_LEG), contacts=(touch("foot_r", "step"), touch("foot_l", "floor"), *hips)),
        Position(
            end,
            (step, TRAILING_LEFT_LEG),
            (arrow(at("ankle_l", -32, -8, 0), at("ankle_l", -9, 6, 0), -0.3),),
            "Both feet up",
            contacts=(*both("foot", "step"), *hips),
        ),
        moving=("trunk", "leg_l"),
    )


@register
def lateral_step_down() -> Drawing:
    """Standing side-on on a step; the outside heel lowers to touch the floor as the standing knee bends.

    Seen from the front, turned a little and nearly at the figure's own level (the floor line shows; from above there
    was none and the step floated): the whole figure faces the viewer, face drawn, the step under the standing foot
    only, and the free foot hangs just off the step's side edge, plainly beside it, then lowers straight down beside
    it to the floor, the one arrow going down.  (Turned 55 degrees, more side-on, a blind reviewer saw the free foot
    float off the step's back edge, could not tell whether to step down forwards or backwards, and saw an upper body
    facing them on legs seen side-on, as if twisted.  Square from the front earlier, the forward knee bend had read
    as the knee pushing out; turned 8 degrees it shows as a knee coming forward over the foot.)
    """
    # The step is under the left foot only, its right edge just beside that foot; the right foot is off that edge.
    step = prop(PropKind.STEP, 4.0, z=STEP_DOWN_STEP[0], size=(40.0, LOW_STEP, STEP_DOWN_STEP[1]))
    top_y = LOW_STEP + ANKLE_Y
    hands = Arms(
        arm_r=Limb(reach=at("hip_r", 2.0, 11.0, 10.0), toward=(-1.0, 0.3, 0.6)),
        arm_l=Limb(reach=at("hip_l", 2.0, 11.0, -10.0), toward=(-1.0, 0.3, -0.6)),
    )

    def figure(root: tuple[float, float], lower_ankle: tuple[float, float, float], lean: float) -> Figure:
        return Figure(
            at=(root[0], root[1], 0.0),
            lean=lean,
            leg_l=Limb(reach=(0.0, top_y, -HIP), toward=(1.0, 0.0, -0.1), flat=True),
            # The free foot held with its toes drawn up, sole about level: it reads as a foot hovering beside the
            # step and lands heel first (toes pointing down it read as a pointed stub, resting or hovering unclear).
            leg_r=Limb(reach=lower_ankle, toward=(1.0, 0.0, 0.2), tip=FREE_FOOT_TIP),
            **hands,
        )

    # The free foot hangs, and lowers, a little out to the side, so it is plainly beside the step, not on its edge.
    start = figure((0.0, STAND_Y + LOW_STEP - 1.0), (-6.0, LOW_STEP + 9.0, HIP + FREE_OUT), 0.0)
    low = figure((-10.0, STAND_Y + LOW_STEP - 19.0), (-8.0, ANKLE_Y, HIP + FREE_OUT), 22.0)
    hips = (touch("hand_r", "hip_r"), touch("hand_l", "hip_l"))
    face = Prop(PropKind.FACE)
    return drawing(
        "lateral-step-down",
        Camera(View.FRONT, turn=STEP_DOWN_TURN, down=STEP_DOWN_DOWN),
        Position(start, (step, face), contacts=(touch("foot_l", "step"), *hips)),
        Position(
            low,
            (step, face),
            (arrow(at("heel_r", 0, 24, 12), at("heel_r", 0, 6, 12)),),
            contacts=(touch("foot_l", "step"), touch("heel_r", "floor"), *hips),
        ),
        moving=("leg_r", "trunk"),
    )


FREE_OUT = 8.0  # cm the free foot hangs out beyond the hip's width: just off the step's edge, beside it
STEP_DOWN_STEP = (-21.0, 38.0)  # the step's centre and width across: its right edge 7 cm beside the standing foot
# Turned 20 degrees (was 8), so both feet show some of their length instead of printing as pegs; not so far that
# the body looks twisted on side-on legs (55 did).
STEP_DOWN_TURN, STEP_DOWN_DOWN = -20.0, 3.0
FREE_FOOT_TIP = -22.0  # toes drawn up


TKE_ANCHOR = (70.0, 46.0, HIP)


@register
def terminal_knee_extension() -> Drawing:
    """A band behind the knee, tied to a post in front; the bent knee pushes back until the leg is straight."""
    anchor = prop(PropKind.ANCHOR, *TKE_ANCHOR)

    def figure(bent: float) -> Figure:
        # Only the band leg bends: its hip dips (the pelvis rolls a little towards it, the low back straightening
        # the trunk again), so the other leg stays straight with its foot flat under its hip.
        upright = Figure(
            at=(-2.0 - 3.0 * bent, STAND_Y - 1.5 * bent, 0.0),
            roll=8.0 * bent,
            lumbar=Bend(side=-8.0 * bent),
            leg_r=Limb(reach=(0.0, ANKLE_Y, HIP), toward=(1.0, 0.0, 0.0), flat=True),
            **HANDS_ON_HIPS,
        )
        hip = joints(upright.but(leg_l=Limb()))["hip_l"]
        return upright.but(leg_l=Limb(reach=(hip[0], ANKLE_Y, hip[2]), flat=True))

    def props() -> tuple[Prop, ...]:
        # The band leg shaded: it is the one that bends and straightens.
        marked = Prop(PropKind.MARK, at("knee_r"))
        return (anchor, marked, band(at("knee_r", -5.0, 0.0, 0.0), at("", *TKE_ANCHOR)))

    hips = ON_HIPS
    return drawing(
        "terminal-knee-extension",
        SIDE,
        Position(figure(1.0), props(), contacts=(*FEET_ON_FLOOR, *hips)),
        Position(
            figure(0.0), props(), (arrow(at("knee_r", 20, 12), at("knee_r", 4, 12)),), contacts=(*FEET_ON_FLOOR, *hips)
        ),
        moving=("leg_r",),
    )


WALL = prop(PropKind.WALL, -14.0, size=(12.0, 200.0, 160.0))


@register
def wall_sit() -> Drawing:
    """Back flat against a wall, feet a step out from it; the back slides down until the knees are bent, and holds."""

    def figure(root_y: float) -> Figure:
        return Figure(at=(-3.0, root_y, 0.0), **squat_feet(36.0, HIP + 2), **HANDS_ON_HIPS_AT_WALL)

    contacts = (*FEET_ON_FLOOR, touch("back", "wall"), *ON_HIPS)
    return drawing(
        "wall-sit",
        SIDE,
        Position(figure(78.0), (WALL,), contacts=contacts),
        Position(figure(62.0), (WALL,), (arrow(at("chest", 8, 6), at("chest", 8, -12)),), contacts=contacts),
        moving=("trunk",),
    )


# The post's band at the knees' own height in the squat, so its strands run level from the knees to the post and
# do not cross the thighs.
SPANISH_ANCHOR = (96.0, 47.0, 0.0)
# A part squat, hips a little behind the heels and the thighs well above level (the text: "as far as feels
# comfortable"): a blind reviewer saw a deep squat with the hips far behind the heels, a fall backwards waiting.
SPANISH_LOW, SPANISH_LEAN = (-30.0, 73.0), 20.0


@register
def spanish_squat() -> Drawing:
    """A strong band round the backs of both knees, tied to a post in front; sitting back, shins upright.

    The band is drawn as a loop: two strands from the post passing the outside of the near knee and meeting
    behind it, so it reads as holding the knees from behind.  The arms stay straight out in front at shoulder
    height in both panels; the curved arrow says "sit back", and the shins stand upright over the feet.
    """

    def figure(root: tuple[float, float], lean: float) -> Figure:
        reach_forward = arms(
            lambda sign: Limb(
                reach=at(f"shoulder_{'r' if sign > 0 else 'l'}", 53.0, -3.0, sign * 2.0), toward=(0, -1, 0)
            )
        )
        # The head looks ahead (level with the hands), not tipped back to the ceiling.
        level = Bend(flex=14.0)
        return Figure(at=(root[0], root[1], 0.0), lean=lean, neck=level, **squat_feet(0.0, HIP + 5), **reach_forward)

    def props() -> tuple[Prop, ...]:
        anchor = at("", *SPANISH_ANCHOR)
        outside = HIP + 5 + 6.5  # just outside the near knee
        return (
            prop(PropKind.ANCHOR, *SPANISH_ANCHOR),
            band(at("knee_r", -6.0, 3.5, outside - HIP - 5), anchor),
            band(at("knee_r", -6.0, -3.5, outside - HIP - 5), anchor),
            band(at("knee_r", -6.5, 3.5, outside - HIP - 5), at("knee_r", -6.5, -3.5, outside - HIP - 5)),
        )

    return drawing(
        "spanish-squat",
        SIDE,
        Position(figure((-4.0, STAND_Y - 3.0), 0.0), props(), contacts=FEET_ON_FLOOR),
        Position(
            figure(SPANISH_LOW, SPANISH_LEAN),
            props(),
            (arrow(at("sacrum", 10, 22), at("sacrum", -6, 4), 0.25),),
            label="Sit back, shins upright",
            contacts=FEET_ON_FLOOR,
        ),
        moving=("trunk",),
    )
