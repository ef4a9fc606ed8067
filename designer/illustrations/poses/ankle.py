"""The drawings of the ankle and foot exercises: mobility, calf strength and balance on one leg.

Standing exercises keep a kitchen counter (a worktop) or a wall in front, because the text asks the client to
hold on; the heel-raise ladder shows the heels clearly off the floor, with the toes declared as what bears
the weight.
"""

from __future__ import annotations

import math

from ..describe import Arrow, Bend, Camera, Drawing, Figure, Limb, Position, Prop, PropKind, View
from ..geometry import sub
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
    chair_under,
    drawing,
    feet,
    joints,
    mat,
    prop,
    register,
    seated,
    shaded_leg,
    stand,
    touch,
)

# A kitchen counter in front of a person standing at x = 0: its front edge 30 cm ahead of the ankles.
COUNTER_X = 22.0
LIFT = 7.0  # how high the heels lift in a heel raise (the ankle rises this much)


def counter() -> Prop:
    return prop(PropKind.WORKTOP, COUNTER_X)


def hands_on_counter(forward: float = COUNTER_X + 2.0, height: float = 93.8) -> Arms:
    """Both hands resting on the counter's edge, shoulder-width apart, elbows soft."""
    return Arms(
        arm_r=Limb(reach=(forward, height, SHOULDER), toward=(-1.0, -0.3, 0.4), flat=True),
        arm_l=Limb(reach=(forward, height, -SHOULDER), toward=(-1.0, -0.3, -0.4), flat=True),
    )


HANDS_ON_COUNTER = both("hand", "worktop")


def on_toes(rise: float = LIFT, x: float = 0.0, side: float = HIP) -> Limb:
    """A leg straight under the hip with the heel lifted ``rise`` cm and the toes on the floor."""
    return Limb(reach=(x, ANKLE_Y + rise, side), toes=0.0)


@register
def ankle_alphabet() -> Drawing:
    """Sitting tall, one foot lifted a little with the knee straighter; the big toe writes letters in the air.

    One panel, the foot held up with the toe ahead, and a capital A written in the air just beyond the toe in
    three arrowed strokes, as a pen would write it: up, down, across.  Blind review s11: two panels, the foot
    tipped up in the first and down in the second with an arrow between, read as pumping the ankle up and down.
    """
    chair = chair_under(0.0)
    figure = seated(leg_r=Limb(flex=90.0, bend=ALPHABET_KNEE, tip=ALPHABET_TIP))
    contacts = (touch("seat", "chair"), touch("foot_l", "floor"))
    return drawing(
        "ankle-alphabet",
        SIDE,
        Position(figure, (chair,), letter_a(), None, contacts),
        holds="Write letters with your big toe",
    )


ALPHABET_KNEE = 38.0  # the knee straightened a little, the foot well off the floor
ALPHABET_TIP = 10.0  # the foot at ease, toes ahead
# The capital A beside the toe (cm from the tip of the big toe: forward, up): its left foot, top and right foot.
LETTER_A = ((3.0, -4.0), (16.0, 26.0), (29.0, -4.0))


def letter_a() -> tuple[Arrow, ...]:
    """A capital A in three strokes just beyond the toe: up the left leg, down the right, then across."""
    (lx, ly), (tx, ty), (rx, ry) = LETTER_A
    cross_y = ly + (ty - ly) * 0.42
    shift = (tx - lx) * 0.58
    return (
        arrow(at("toe_r", lx, ly, 6), at("toe_r", tx, ty, 6)),
        arrow(at("toe_r", tx, ty, 6), at("toe_r", rx, ry, 6)),
        arrow(at("toe_r", lx + shift, cross_y, 6), at("toe_r", rx - shift, cross_y, 6)),
    )


def palm_on_wall(figure: Figure, wall_x: float, height: float) -> Figure:
    """``figure`` with both palms flat on a wall at ``wall_x``, fingers pointing up, elbows bent down."""
    arms = {}
    for tag, sign in (("r", 1.0), ("l", -1.0)):
        wrist = (wall_x - 4.0, height, sign * (SHOULDER + 2.0))
        arm = Limb(reach=wrist, toward=(-0.3, -1.0, 0.3 * sign))
        points = joints(figure.but(**{f"arm_{tag}": arm}))
        forearm = sub(points[f"wrist_{tag}"], points[f"elbow_{tag}"])
        slope = math.degrees(math.atan2(forearm[1], forearm[0]))
        arms[f"arm_{tag}"] = arm.but(tip=90.0 - slope)
    return figure.but(**arms)


@register
def calf_stretch() -> Drawing:
    """Facing a wall, hands on it; one foot forward, the back leg straight with its heel down; the body leans
    in and the front knee bends until the back calf stretches."""
    wall_x = 60.0
    wall = prop(PropKind.WALL, wall_x, facing=180.0)
    # The back foot a full leg's length from the hip, so that leg is straight in both panels (at 20 cm back the
    # knee bent 13 degrees, and a blind reviewer (s11final) bent both knees, as in a wall push-up).
    back_x, front_x = -23.0, 20.0

    def figure(root_x: float, root_y: float, lean: float, hand_y: float) -> Figure:
        legs = Figure(
            at=(root_x, root_y, 0.0),
            lean=lean,
            leg_r=Limb(reach=(back_x, ANKLE_Y, HIP), flat=True),
            leg_l=Limb(reach=(front_x, ANKLE_Y, -HIP), flat=True),
        )
        return palm_on_wall(legs, wall_x, hand_y)

    contacts = (*FEET_ON_FLOOR, *both("hand", "wall"))
    return drawing(
        "calf-stretch",
        SIDE,
        Position(figure(0.0, 84.0, 4.0, 128.0), (wall,), contacts=contacts),
        Position(
            figure(12.0, 80.0, 18.0, 124.0),
            (wall,),
            (arrow(at("sacrum", -6, 8), at("sacrum", 8, 8)),),
            "Lean in",
            contacts,
        ),
        moving=("trunk", "leg_r"),
    )


@register
def seated_heel_raise() -> Drawing:
    """Sitting tall, feet flat; both heels lift high, the balls of the feet pressing into the floor.

    Seen from the side and turned a little to the front, so the far foot shows beside the near one and both heels
    are seen up, each with its arrow; the finish says "Both heels up".  Blind review s11: straight from the side,
    the far foot hid behind the near one and the reviewer lifted one heel only.
    """
    chair = chair_under(0.0)
    up = Legs(
        leg_r=Limb(reach=(41.0, ANKLE_Y + 7.0, HIP + 2), toes=0.0),  # the heel high, the toes where they were
        leg_l=Limb(reach=(41.0, ANKLE_Y + 7.0, -HIP - 2), toes=0.0),
    )
    lifts = (
        arrow(at("heel_r", -1, -12, 6), at("heel_r", -1, -1.5, 6)),  # up from the floor to each lifted heel
        arrow(at("heel_l", 1, -12, 0), at("heel_l", 1, -1, 0)),
    )
    return drawing(
        "seated-heel-raise",
        HEEL_RAISE_VIEW,
        Position(seated(), (chair,), (), "Feet flat", (*FEET_ON_FLOOR, touch("seat", "chair"))),
        Position(seated(**up), (chair,), lifts, "Both heels up", (*both("toes", "floor"), touch("seat", "chair"))),
        moving=("foot_r", "foot_l", "shank_r", "shank_l"),
    )


HEEL_RAISE_VIEW = Camera(View.SIDE, turn=28.0)


def at_counter(**legs: Limb) -> Figure:
    return stand(at=(0.0, STAND_Y, 0.0), **{**feet(0.0), **legs}, **hands_on_counter())


@register
def double_heel_raise() -> Drawing:
    """Standing at a counter, hands resting on it; both heels rise high and lower slowly."""
    bench = counter()
    up = Figure(at=(0.0, STAND_Y + LIFT, 0.0), leg_r=on_toes(), leg_l=on_toes(side=-HIP), **hands_on_counter())
    return drawing(
        "double-heel-raise",
        SIDE,
        Position(at_counter(), (bench,), contacts=(*FEET_ON_FLOOR, *HANDS_ON_COUNTER)),
        Position(
            up,
            (bench,),
            (arrow(at("heel_r", -7, -2), at("heel_r", -7, 12)),),
            contacts=(*both("toes", "floor"), *HANDS_ON_COUNTER),
        ),
        moving=("foot_r", "foot_l", "shank_r", "shank_l"),
    )


BENT_BACK = Limb(flex=-8.0, bend=75.0, tip=20.0)  # the free foot lifted behind, knee bent


@register
def single_leg_heel_raise() -> Drawing:
    """Standing on one leg at a counter, the other foot lifted behind; the heel rises high and lowers slowly."""
    bench = counter()
    start = at_counter(leg_l=BENT_BACK)
    up = Figure(at=(0.0, STAND_Y + LIFT, 0.0), leg_r=on_toes(), leg_l=BENT_BACK, **hands_on_counter())
    return drawing(
        "single-leg-heel-raise",
        SIDE,
        Position(start, (bench,), contacts=(touch("foot_r", "floor"), *HANDS_ON_COUNTER)),
        Position(
            up,
            (bench,),
            (arrow(at("heel_r", -7, -2), at("heel_r", -7, 12)),),
            contacts=(touch("toes_r", "floor"), *HANDS_ON_COUNTER),
        ),
        moving=("foot_r", "shank_r"),
    )


STEP_TOP = 20.0


@register
def heel_drop() -> Drawing:
    """On a step facing a wall, the balls of the feet on the edge: up on both feet, then one heel lowers slowly
    below the step while the other foot is lifted.

    Only the front of each foot rests on the step, the heel out over its edge; seen almost from the side (a little
    turned, so both legs show), the lowered heel is seen well below the step's top with the arrow just behind it, and
    the lifted leg bends straight back.  Each panel says "up on two" or "down on one".
    """
    step = prop(PropKind.STEP, 24.0, size=(30.0, STEP_TOP, 60.0))  # its back edge under the balls of the feet
    wall_x = 50.0
    wall = prop(PropKind.WALL, wall_x, facing=180.0)
    up_y = STEP_TOP + ANKLE_Y + LIFT
    start = Figure(
        at=(0.0, STAND_Y + STEP_TOP + LIFT, 0.0),
        leg_r=Limb(reach=(0.0, up_y, HIP), toes=STEP_TOP),
        leg_l=Limb(reach=(0.0, up_y, -HIP), toes=STEP_TOP),
    )
    # The heel sinks well below the step: the ankle is pulled up almost 30 degrees, the foot pivoting on the front
    # of the foot at the step's edge (the drawn foot is rigid, so it rolls back until its tip rests on the edge).
    low_y, low_x = STEP_TOP - 1.4, -7.7
    end = Figure(
        at=(low_x, STAND_Y + low_y - ANKLE_Y, 0.0), leg_r=Limb(reach=(low_x, low_y, HIP), tip=-29.0), leg_l=BENT_BACK
    )
    return drawing(
        "heel-drop",
        HEEL_DROP_VIEW,
        Position(
            palm_on_wall(start, wall_x, 150.0),
            (step, wall),
            label="Up on both feet",
            contacts=(*both("toes", "step"), *both("hand", "wall")),
        ),
        Position(
            palm_on_wall(end, wall_x, 150.0),
            (step, wall),
            (arrow(at("heel_r", -9, 18), at("heel_r", -9, -4)),),
            label="Down slowly on one",
            contacts=(touch("toes_r", "step"), *both("hand", "wall")),
        ),
        moving=("foot_r", "shank_r"),
    )


HEEL_DROP_VIEW = Camera(View.SIDE, turn=-12.0, down=4.0)


SITTING_ROOT = (0.0, 14.0, 0.0)  # the pelvis of someone sitting on the floor, leaning back a little
SITTING_LEGS = 75.0  # hip bend that lays the straight legs down with the heels on the floor


def long_sitting(**changes: object) -> Figure:
    """Sitting on the floor, leaning back a little, both legs straight out in front."""
    return Figure(
        lean=-12.0,
        at=SITTING_ROOT,
        leg_r=Limb(flex=SITTING_LEGS, tip=0.0),
        leg_l=Limb(flex=SITTING_LEGS, tip=0.0),
    ).but(**changes)


BAND_HANDS = Arms(
    arm_r=Limb(reach=at("hip_r", 26.0, 20.0, 6.0), toward=(-0.6, -1.0, 0.4)),
    arm_l=Limb(reach=at("hip_l", 26.0, 20.0, -6.0), toward=(-0.6, -1.0, -0.4)),
)


@register
def band_ankle_push() -> Drawing:
    """Sitting with the legs out, a band round the ball of one foot held in both hands; the foot pushes down
    against it like pressing a pedal."""

    def figure(tip: float) -> Figure:
        return long_sitting(leg_r=Limb(flex=SITTING_LEGS, tip=tip), **BAND_HANDS)

    loops = (band(at("hand_r"), at("toe_r", -2, 0, 2)), band(at("hand_l"), at("toe_r", -2, 0, -2)))
    contacts = (touch("seat", "floor"), touch("heel_l", "floor"))
    return drawing(
        "band-ankle-push",
        SIDE,
        Position(figure(-20.0), (mat(), *loops), contacts=contacts),
        Position(
            figure(40.0), (mat(), *loops), (arrow(at("toe_r", 6, 6), at("toe_r", 8, -8), -0.3),), contacts=contacts
        ),
        moving=("foot_r",),
    )


@register
def band_ankle_pull() -> Drawing:
    """Sitting with the legs out, a band tied to a table leg in front looped over the top of the foot; the toes
    pull up towards the shin against it."""
    hands = Arms(
        arm_r=Limb(reach=at("knee_r", -20.0, 9.5, 2.0), toward=(-0.3, -1.0, 0.5)),
        arm_l=Limb(reach=at("knee_l", -3.0, 5.0, -2.0), toward=(-0.3, -1.0, -0.5)),
    )
    # The other knee bent up, its foot flat beside the working knee, so it does not stand behind the working foot.
    hip_l = joints(long_sitting())["hip_l"]
    other = Limb(reach=(hip_l[0] + 40.0, ANKLE_Y, hip_l[2] - 4.0), toward=(0.0, 1.0, 0.0), flat=True)

    def figure(tip: float) -> Figure:
        # The head level, looking at the foot (blind review: the face looked at the ceiling).
        return long_sitting(leg_r=Limb(flex=SITTING_LEGS, tip=tip), leg_l=other, neck=Bend(flex=50.0), **hands)

    def loop(tip: float) -> tuple[Prop, ...]:
        """The band from the post round the middle of the foot: one side over the top of the foot, one under the
        sole, the foot between them (blind review: it stopped at the foot)."""
        points = joints(figure(tip))
        ankle, toe = points["ankle_r"], points["toe_r"]
        along = (toe[0] - ankle[0], toe[1] - ankle[1])
        size = (along[0] ** 2 + along[1] ** 2) ** 0.5
        up = (along[1] / size, -along[0] / size)  # square to the foot, towards its top (the shin's side)
        middle = (ankle[0] + along[0] * 0.62, ankle[1] + along[1] * 0.62)
        top = at("ankle_r", middle[0] - ankle[0] + up[0] * 3.5, middle[1] - ankle[1] + up[1] * 3.5, 5.0)
        sole = at("ankle_r", middle[0] - ankle[0] - up[0] * 3.5, middle[1] - ankle[1] - up[1] * 3.5, 5.0)
        return (band(top, at("", *anchor_point)), band(sole, at("", *anchor_point)))

    toe = joints(figure(0.0))["toe_r"]
    anchor_point = (toe[0] + 32.0, 8.0, toe[2])
    post = Prop(PropKind.ANCHOR, at("", *anchor_point))
    # The whole sitting figure, so the client sees how to sit (blind review: the head and chest were cut off),
    # but not the whole height of the post.
    box = ((joints(figure(0.0))["hip_r"][0] - 20.0, -2.0, -30.0), (anchor_point[0] + 8.0, 95.0, 30.0))
    contacts = (touch("seat", "floor"), touch("heel_l", "floor"), touch("hand_r", "thigh_r"), touch("hand_l", "knee_l"))
    return drawing(
        "band-ankle-pull",
        SIDE,
        Position(figure(35.0), (mat(), post, *loop(35.0)), contacts=contacts),
        Position(
            figure(-20.0),
            (mat(), post, *loop(-20.0)),
            (arrow(at("toe_r", 6, -4), at("toe_r", 2, 10), 0.3),),
            contacts=contacts,
        ),
        moving=("foot_r",),
        close_up=box,
    )


PLANTAR_NOD = -5.0  # the neck a little back from the leaning trunk, so the head is up and the eyes on the foot
# The head turned a little towards the viewer: turned away, the nose showed as a curl on the edge of the face.
PLANTAR_HEAD_TURN = 15.0
# From the front-left and above: the crossed knee shows out to the side, and the reaching arm hangs from its own
# shoulder (seen from the left, its shoulder hid behind the neck and the arm seemed to start at the chin).
PLANTAR_VIEW = Camera(View.SIDE, turn=150.0, down=24.0)


@register
def plantar_fascia_stretch() -> Drawing:
    """Sitting, one ankle crossed over the other knee; the hand on that side pulls the toes back towards the shin.

    Seen from the front-left and a little above: the crossed foot lies on the near knee with its toes forward, and
    the far (right) hand, hanging from its own shoulder, holds the toes.  The chest
    turns a little to the left to bring that hand there; the near hand rests on its own thigh, out of the way.

    Blind review s9 could not tell which leg was crossed (its knee behind the other), read the held foot as part of
    the hand, and saw the head bent far down: the crossed leg is shaded, foot and all, seen from a little higher
    so its knee shows above the near thigh, and the head is held up, looking at the foot.  Blind review s9 saw the
    reaching arm start at the chin, its hand beyond the toes, and a curl on the face: seen from the front-left, the
    arm hangs from its shoulder, the hand is on the toes, and the head turns a little towards the viewer.
    Blind review s10 saw the other arm and the crossed shin overlap, and the arrow float out beside the foot: the
    near hand rests on its thigh by the hip, clear of the crossed shin and heel, and the arrow curls up just past
    the held toes.  Blind review s10b could not tell the crossed shin from its foot, the foot hidden under the
    hand; the arrow was tiny; the body twisted towards the chair's back: the hand now holds the toes from behind
    (its wrist on the top of the foot's side, away from the viewer), so the whole foot lies in front of it, heel
    on the knee, sole and toes in view; the chest turns less (12 degrees, was 20), the trunk leaning a little
    further forward (26, was 20) to bring the hand there; the arrow is larger, curling up round the toes towards
    the shin.
    """
    chair = chair_under(0.0)
    base = seated(
        lean=26.0,
        chest=Bend(twist=12.0),
        neck=Bend(flex=PLANTAR_NOD, twist=PLANTAR_HEAD_TURN),
        leg_r=Limb(reach=at("knee_l", 0.0, 8.0, -2.0), toward=(0.3, 0.15, 1.0), tip=-28.0),
    )
    toe = joints(base)["toe_r"]
    figure = base.but(
        # The wrist above the top of the toes, on the far side from the viewer, the hand round them (not beyond
        # their tips): the foot lies in front of the hand, not under it.
        arm_r=Limb(reach=at("", toe[0] - 5.0, toe[1] + 4.0, toe[2] + 6.0), toward=(0.0, -1.0, 1.0)),
        arm_l=Limb(reach=at("hip_l", 16.0, 10.0, -3.0), toward=(-1.0, -0.3, -0.6)),
    )
    contacts = (touch("seat", "chair"), touch("foot_l", "floor"), touch("heel_r", "knee_l"), touch("hand_r", "toes_r"))
    # The pull: round the front of the toes, back towards the shin, just past the hand that holds them.
    pull = arrow(at("toe_r", 10.0, -8.0, -8.0), at("toe_r", 4.0, 12.0, -2.0), 0.5)
    crossed = shaded_leg("r", 0.5)  # the crossed leg shaded, foot and all
    return drawing(
        "plantar-fascia-stretch",
        PLANTAR_VIEW,
        Position(figure, (chair, crossed), (pull,), "Hold", contacts),
        holds="toes pulled back towards the shin",
    )


@register
def standing_toe_raise() -> Drawing:
    """Standing at the counter, hands on its edge; the toes and the front of the feet lift, the heels stay down."""
    bench = counter()
    # Rocked back on the heels the ankle sits a little higher, so the heel rests on the floor, not in it.
    up = Figure(
        at=(0.0, STAND_Y + 1.5, 0.0),
        leg_r=Limb(reach=(0.0, ANKLE_Y + 1.5, HIP), toward=(1.0, 0.0, 0.0), tip=-25.0),
        leg_l=Limb(reach=(0.0, ANKLE_Y + 1.5, -HIP), toward=(1.0, 0.0, 0.0), tip=-25.0),
        **hands_on_counter(),
    )
    return drawing(
        "standing-toe-raise",
        SIDE,
        Position(at_counter(), (bench,), contacts=(*FEET_ON_FLOOR, *HANDS_ON_COUNTER)),
        Position(
            up,
            (bench,),
            (arrow(at("toe_r", 6, 0), at("toe_r", 6, 12)),),
            contacts=(*both("heel", "floor"), *HANDS_ON_COUNTER),
        ),
        moving=("foot_r", "foot_l"),
    )
