"""The drawings of the side bending and rotation exercises."""

from __future__ import annotations

import math

from ..describe import At, Bend, Camera, Drawing, Figure, Limb, Position, Prop, PropKind, View
from ..geometry import add, apply, rot_y
from .common import (
    ANKLE_Y,
    FEET_ON_FLOOR,
    FRONT,
    QUAD_HANDS,
    SHOULDER,
    Arms,
    Legs,
    arrow,
    at,
    both,
    chair_under,
    crook,
    drawing,
    held,
    joints,
    prop,
    quadruped,
    register,
    seated,
    stand,
    touch,
)

FACE = Prop(PropKind.FACE)  # a nose and eyes, so the head is seen to turn with the arm


def rolled_knees(roll: float) -> Figure:
    """Lying on the back, knees bent and feet together, arms out to the sides; ``roll`` lets both knees roll
    that many degrees to the left, the pelvis turning with them and the shoulders staying on the mat."""
    # Straight out to the sides, square to the body, resting on the mat palms down (at 60 degrees out, seen from
    # above one arm seemed to point to the head and the other to the feet; held at shoulder height, the far hand
    # seemed to stick out past the mat's edge).
    arms = Arms(
        arm_r=Limb(reach=(KNEE_ROLLS_HANDS[0], 3.8, KNEE_ROLLS_HANDS[1]), toward=(0.0, 1.0, 0.0), flat=True),
        arm_l=Limb(reach=(KNEE_ROLLS_HANDS[0], 3.8, -KNEE_ROLLS_HANDS[1]), toward=(0.0, 1.0, 0.0), flat=True),
    )
    fall = math.radians(roll)
    toward = (0.15, math.cos(fall), -math.sin(fall))
    flat = roll == 0.0  # rolled, the feet come onto their outer edges
    spin = roll * 0.5
    return crook(
        spin=spin,
        lumbar=Bend(twist=-spin * 0.45),
        chest=Bend(twist=-spin * 0.55),
        leg_r=Limb(reach=(46.0, ANKLE_Y, 5.0), toward=toward, flat=flat, tip=10.0),
        leg_l=Limb(reach=(46.0, ANKLE_Y, -5.0), toward=toward, flat=flat, tip=10.0),
        **arms,
    )


# Seen from the client's right side and from above (82 degrees since blind review s10c; 60 before): the body lies
# plainly along the mat, the arms out to the sides on it, the bent knees stand up at the start and at the finish lie
# over towards the viewer.
# Blind review s8 found the old view from beyond the feet and off to one side hard to read: which way the body lay
# took a while, the far arm seemed to come out of the knees, and the fallen thighs seemed to lie on that arm.  Blind
# review r8e: from 35 degrees above, the thighs lying over towards the viewer were end-on, short fat blobs along the
# body that read as legs flattened or straightened; from 55 degrees above they show their length.  Blind review s9e:
# turned 15 degrees, the mat sat at an odd slant and the arms (60 degrees out) looked uneven, one towards the head and
# one towards the feet; the knees lying flat on the floor looked slid across it.  The camera is square to the body
# now, the arms straight out square to it, and the knees roll part way (as far as is comfortable: forcing them down
# is a listed mistake), still tipped up off the mat.  (Seen from the feet end the upright thighs hid behind the
# shins, and the start read as straight legs; the knees rolling away from the viewer read as no change at all.)
# Blind review s10c (as s9, s10, s10b): from 60 degrees above, the upright knees at the start leaned towards the top of
# the page, so start and finish looked like mirror images (knees one way, then the other).  From 82 degrees above, the
# upright thighs and shins lie straight along the body towards the feet, tipped neither way, and only the finish lies
# over to one side.
KNEE_ROLLS_CAMERA = Camera(View.SIDE, down=82.0)
KNEE_ROLL = -62.0
KNEE_ROLLS_HANDS = (-47.0, 69.0)  # x, z of the wrists on the mat
# The arrow runs over the thighs just short of the knees (blind review s10: crossing the shins past the knees, it made
# the fallen shins and feet a jumble); the shins show whole from the knees to the feet side by side on the mat.
ROLL_ARROW_X = -14.0
# Blind reviews s9, s10, s10b: seen from above, the upright knees at the start looked already tipped one way, so start
# and finish read as one way, then the other; the labels say the knees start up and roll to one side.
KNEE_ROLLS_LABELS = ("Knees up", "Knees to one side")


@register
def knee_rolls() -> Drawing:
    """Lying on the back, knees bent and feet together, both knees roll slowly to one side, towards the viewer; the
    arrow follows the knees (not the chest)."""
    lying = (touch("back", "floor"), touch("seat", "floor"))
    up, over = joints(rolled_knees(0.0))["knee_r"], joints(rolled_knees(KNEE_ROLL))["knee_r"]
    roll = arrow(
        at("", up[0] + ROLL_ARROW_X, up[1] + 16.0, up[2]),
        at("", over[0] + ROLL_ARROW_X, over[1] + 4.0, over[2] + 16.0),
        0.3,
    )
    # A mat wide enough for the arms out to the sides (a hand past its edge read as an arm hanging off a bed).
    wide_mat = prop(PropKind.MAT, -10.0, 0.0, 0.0, size=(165.0, 0.0, 184.0))
    return drawing(
        "knee-rolls",
        KNEE_ROLLS_CAMERA,
        Position(rolled_knees(0.0), (wide_mat,), label=KNEE_ROLLS_LABELS[0], contacts=(*lying, *FEET_ON_FLOOR)),
        Position(
            rolled_knees(KNEE_ROLL),
            (wide_mat,),
            (roll,),
            label=KNEE_ROLLS_LABELS[1],
            contacts=(*lying, *both("heel", "floor")),
        ),
        floor=False,
        moving=("legs",),
    )


# Blind review s10: from 50 degrees above and turned 30 towards the head the body was small on a big tilted mat, side or
# back unclear, and the bottom arm seemed to come out from under the chin; from 40 above, turned 25, the chest faces
# the camera and both arms leave the shoulders in front of it.
OPEN_BOOK_CAMERA = Camera(View.FRONT, turn=-25.0, down=40.0)
OPEN_ARROW = ((46.0, 84.0, 0.0), (-56.0, 32.0, 0.0))  # from the top shoulder: the arrow's start and end
OPEN_ARROW_BEND = -0.3
OPEN_BOOK_MAT = ((-14.0, 0.0, 22.0), (186.0, 0.0, 164.0))  # centre, size: from past the head to past the feet
# Blind review s10b: the panels did not say which arm opens or where it goes.
OPEN_BOOK_LABELS = ("Arms together", "Open the top arm")
# The open arm reaches out long behind, a little below the shoulder, the hand just above the mat and inside it (blind
# review s10b: held 8 degrees above level it pointed up past the mat's edge, in the air or on the floor unclear).
OPEN_ARM_RISE, OPEN_ARM_REACH = -10.0, 53.0


@register
def open_book() -> Drawing:
    """Lying on the right side on a mat, hips and knees bent to right angles, head on a pillow, both arms long
    in front, one on the other; the top arm opens over to the other side like the page of a book, the chest
    and head turning with it.

    Seen from the side the client faces, turned towards the head and from 50 degrees above (not straight down): the
    head lies on the pillow, the two stacked arms reach forward on the mat (the top one seen lying on the other), the
    two bent legs lie one on the other, and at the finish the top arm reaches out long behind on the other side; the
    arrow arches from above the chest over to the hand behind.  Blind review s8 saw the old view from
    straight above as lying face down, stacked arms and legs as one, and an arrow flat beside the head that could
    mean sweeping the arm along the floor past the head (earlier, from behind the head, a blind reviewer could not
    tell arms from legs, and a bent top arm read as swept over the head)."""
    camera = OPEN_BOOK_CAMERA
    base = Figure(
        roll=90.0,
        leg_r=Limb(flex=90.0, bend=90.0, tip=10.0),
        leg_l=Limb(flex=90.0, bend=90.0, tip=10.0, out=-12.0),  # the top knee resting on the bottom one
    )
    # Pin the pelvis where it lies, so the hands can be placed on the mat at fixed points.
    base = base.but(at=joints(base)["root"])

    def bottom_arm(figure: Figure) -> Figure:
        # The bottom arm lies long on the mat in front of its shoulder, whatever the chest does.
        shoulder = joints(figure)["shoulder_r"]
        return figure.but(arm_r=Limb(reach=(shoulder[0] + 53.0, 6.0, shoulder[2]), toward=(0.0, 1.0, 0.0), flat=True))

    # The top shoulder rolls forward a little so the top hand rests on the bottom one.
    start = bottom_arm(base.but(chest=Bend(twist=-12.0)))
    top = joints(start)["shoulder_l"]
    bottom_wrist = joints(start)["wrist_r"]
    # The top arm long too, its hand resting on the bottom hand (reaching just past it, as a straight arm does).
    reach = math.sqrt(54.5**2 - (top[1] - bottom_wrist[1] - 7.0) ** 2)
    start = start.but(arm_l=Limb(reach=(top[0] + reach, bottom_wrist[1] + 7.0, top[2]), toward=(0.0, 1.0, 0.0)))
    opened = bottom_arm(base.but(lumbar=Bend(twist=18.0), chest=Bend(twist=45.0), neck=Bend(twist=40.0)))
    # The open arm reaches out long behind, a little below level, the hand just off the mat (forcing the arm to the
    # floor is a listed mistake).  Blind review s9e: reaching down to the mat behind, the arm pointed away from the
    # camera and showed as a stub, straight or bent and its hand's end not to be seen; held out long it shows nearly
    # its whole length.
    open_shoulder = joints(opened)["shoulder_l"]
    rise = math.radians(OPEN_ARM_RISE)
    opened = opened.but(
        arm_l=Limb(
            reach=(
                open_shoulder[0] - OPEN_ARM_REACH * math.cos(rise),
                open_shoulder[1] + OPEN_ARM_REACH * math.sin(rise),
                open_shoulder[2],
            ),
            toward=(0.0, -1.0, 0.0),
        )
    )
    head = joints(start)["head"]
    pillow = prop(PropKind.PILLOW, head[0] - 4.0, z=head[2] - 2.0, size=(24.0, 12.0, 30.0))
    # A mat wide enough for the open hand behind the back as well as the hands in front, and long enough for the
    # feet (blind review s9: they poked past its end).
    mat_ = Prop(PropKind.MAT, at("", *OPEN_BOOK_MAT[0]), size=OPEN_BOOK_MAT[1])
    # Up over the body, the way the hand goes: in the picture it rises from above the chest and arches over to the
    # open hand behind, beside the opened arm and clear of the head, the shoulder and the arm.  (Blind review s8: from
    # above, a flat arrow beside the head could mean sweeping the arm along the floor; r8e: running over the shoulder
    # it hid the opened arm; s9e: arching over the head end it ran over the head.)
    shoulder = joints(start)["shoulder_l"]
    sweep = arrow(at("", *add(shoulder, OPEN_ARROW[0])), at("", *add(shoulder, OPEN_ARROW[1])), OPEN_ARROW_BEND)
    # The top arm, the one that opens, shaded (blind review s10: it was not clearly a different shade).
    top_arm = Prop(PropKind.MARK, at("elbow_l"))
    return drawing(
        "open-book",
        camera,
        Position(start, (mat_, pillow, FACE, top_arm), label=OPEN_BOOK_LABELS[0], contacts=OPEN_BOOK_CONTACTS),
        Position(
            opened, (mat_, pillow, FACE, top_arm), (sweep,), label=OPEN_BOOK_LABELS[1], contacts=OPEN_BOOK_CONTACTS
        ),
        floor=False,
        moving=("arm_l", "chest"),
    )


OPEN_BOOK_CONTACTS = (touch("head", "pillow"), touch("hand_r", "floor"), touch("shank_l", "shank_r"))


# Seen from in front of the head, round to the client's right (the side of the arm that threads) and a little above:
# at the start the arm rises from the near shoulder beside the face, and at the finish it runs across the picture
# along the mat under the chest, out past the support hand.  Blind review s9g: seen from the client's left, the
# raised arm's shoulder was behind the head, so the arm seemed to grow out of the head, no face showed and the
# torso was a blob.  (Blind review s8: seen from the left side the threaded arm ran down and forward to a hand that
# seemed sunk in a mat drawn as a thick box, not across under the chest.)
# Blind review s9b (turned 40 degrees round): the raised arm seemed to come out of the middle of the back, far from
# the head, and at the finish the head hid the support arm; turned 25 degrees, the raised arm rises beside the head
# and the threaded hand shows on the mat out past the support hand.
# Blind review s10 (turned 25 degrees): the raised arm still grew from the middle of the back, and at the finish the
# threading arm seemed to start near the knees, with a grey stub (the neck's end) beside the head.  Turned 12
# degrees, 8 above, the raised arm rises from the top corner of the trunk beside the face, and the threaded arm runs
# plainly sideways across the picture under the support arm.
THREAD_CAMERA = Camera(View.FRONT, turn=-12.0, down=8.0)
# The head at the finish tips away from the threaded arm's line as it comes down, so from the arm's side it sits
# above the arm on the mat, not over it (bent towards the threaded shoulder, it hid the arm's whole middle; tipped
# further, s9b, it covered the support arm).
# Blind review s10: nodded and turned, the neck's end showed beside the head as a short grey stub; held in line
# (not nodded) and tipped a little, the head hides it and sits low over the threaded shoulder, the arm coming
# out from under it.
THREAD_NECK = Bend(flex=-10.0, side=-20.0, twist=0.0)
# At the start the head looks down past the support hand, held upright in the picture (blind review s9b: turned
# further and level with the opened chest, the face sat tilted sideways and read oddly).
THREAD_UP_NECK = Bend(flex=-20.0, side=10.0, twist=-10.0)
THREAD_OPEN = -28.0  # the chest turns open, the right arm reaching up to the ceiling
THREAD_UP_LEAN = 65.0  # the chest a little higher than plain hands and knees, so the support arm stays long
THREAD_TWIST = 45.0
# The chest sinks: the threading shoulder and the head come down towards the mat, the shoulder low enough for the
# arm to lie long along the mat under the chest.
THREAD_LEAN = 104.0
THREAD_HAND = (34.0, -46.0)  # x, z: the threading hand slides out past the left hand, between it and the left knee
THREAD_SUPPORT = (QUAD_HANDS + 8.0, QUAD_HANDS + 26.0)  # x of the left hand at the start and the finish
THREAD_UP = (-1.0, 54.5, 2.0)  # from the right shoulder: the hand straight up over it


@register
def thread_the_needle() -> Drawing:
    """Hands and knees, the right arm reaching up to the ceiling, the chest turned open; then that arm threads
    under the body along the mat towards the left, the right shoulder and the head coming down towards the mat.

    Seen from in front of the head and round to the right side, the same in both panels.  Both ends of the turn
    are drawn, so the change is large: the start is the arm straight up to the ceiling (with only the plain hands
    and knees as the start, blind reviewers saw just a forearm appear under the chest and no turn at all); the
    finish is the same shaded arm lying long on the mat under the chest, coming out on the far side past the left
    hand, the head low.  The arrow follows the hand from up high down to under the body.  The support arm stays
    nearly straight, its hand a little ahead, and the chest turns more than it sinks, so the elbow does not fold."""
    camera = THREAD_CAMERA
    opened = quadruped(
        lean=THREAD_UP_LEAN,
        leg_r=Limb(flex=THREAD_UP_LEAN, bend=90.0, tip=75.0),  # the thighs stay upright: hips over the knees
        leg_l=Limb(flex=THREAD_UP_LEAN, bend=90.0, tip=75.0),
        lumbar=Bend(twist=THREAD_OPEN * 0.25),
        chest=Bend(twist=THREAD_OPEN),
        neck=THREAD_UP_NECK,
        arm_r=Limb(reach=at("shoulder_r", *THREAD_UP), toward=(0.0, 0.0, 1.0)),
        arm_l=Limb(reach=(THREAD_SUPPORT[0], 4.5, -SHOULDER), toward=(-1.0, 0.0, 0.0), flat=True),
    )
    threaded = quadruped(
        lean=THREAD_LEAN,
        leg_r=Limb(flex=THREAD_LEAN, bend=90.0, tip=75.0),  # the thighs stay upright: hips over the knees
        leg_l=Limb(flex=THREAD_LEAN, bend=90.0, tip=75.0),
        lumbar=Bend(twist=20.0),
        chest=Bend(twist=THREAD_TWIST, flex=0.0),
        neck=THREAD_NECK,
        arm_l=Limb(reach=(THREAD_SUPPORT[1], 4.5, -SHOULDER), toward=(-1.0, 0.0, -0.2), flat=True),
        arm_r=Limb(reach=(THREAD_HAND[0], 3.5, THREAD_HAND[1]), toward=(0.0, 1.0, 0.3), flat=True),
    )
    wide_mat = prop(PropKind.MAT, 14.0, 0.0, -16.0, size=(160.0, 0.0, 100.0))  # wide enough for the threaded hand
    moving_arm = Prop(PropKind.MARK, at("elbow_r"))  # shaded, so the eye follows the arm that threads
    along = arrow(at("", 40.0, 85.0, 0.0), at("", THREAD_HAND[0] + 2.0, 10.0, THREAD_HAND[1] - 8.0), 0.35)
    return drawing(
        "thread-the-needle",
        camera,
        Position(
            opened,
            (wide_mat, moving_arm, FACE),
            contacts=(touch("hand_l", "floor"), *both("knee", "floor")),
        ),
        Position(
            threaded, (wide_mat, moving_arm, FACE), (along,), contacts=(*both("hand", "floor"), *both("knee", "floor"))
        ),
        moving=("arm_r", "chest"),
    )


SEATED_CAMERA = Camera(View.FRONT, turn=-8.0, down=10.0)
SEATED_CONTACTS = (*FEET_ON_FLOOR, touch("seat", "chair", "front third"))
# How far the upper body turns to the left: lower back and chest together, a gentle turn an older client can
# copy (a quarter turn looked like the camera moving, not the body).
ROTATION_LOWER, ROTATION_CHEST = 15.0, 30.0


def hands_on_shoulders(twist: float = 0.0) -> Arms:
    """Arms folded across the chest, each hand resting flat on the front of the opposite shoulder (the fingers
    end on the shoulder, not past it), the elbows low in front; ``twist`` turns them with the chest."""
    turn = rot_y(twist)
    return Arms(
        arm_r=Limb(reach=At("shoulder_l", apply(turn, (8.0, -8.0, 8.0))), toward=apply(turn, (0.6, -1.0, 0.5))),
        arm_l=Limb(reach=At("shoulder_r", apply(turn, (12.0, -9.0, -10.0))), toward=apply(turn, (1.0, -1.0, -0.5))),
    )


# Seen from in front and a little to the client's right, a little above: the chest, turning left, turns away from
# square-on towards a profile while the knees keep pointing at the viewer, and the face (drawn) turns with it.
# Blind review s8 saw the old left-side view's turned head as a blank front view, the crossed arms as a tangle and
# the head poking forward of the neck, and could not tell which way the body turned.
ROTATION_CAMERA = Camera(View.FRONT, turn=-20.0, down=20.0)


@register
def seated_rotation() -> Drawing:
    """Sitting tall near the front of the chair, arms crossed, hands on the shoulders; the upper body turns."""
    chair = chair_under(-1.0)  # the sitting bones on the front third of the seat
    # The head nods less than the usual look ahead, so it sits over the neck (seen from the side it poked forward).
    level = Bend(flex=8.0)
    start = seated(root_x=14.0, feet_x=50.0, neck=level, **hands_on_shoulders())
    turned = seated(
        root_x=14.0,
        feet_x=50.0,
        lumbar=Bend(twist=ROTATION_LOWER),
        chest=Bend(twist=ROTATION_CHEST),
        neck=Bend(flex=level.flex, twist=15.0),
        **hands_on_shoulders(ROTATION_LOWER + ROTATION_CHEST),
    )
    return drawing(
        "seated-rotation",
        ROTATION_CAMERA,
        Position(start, (chair, FACE), contacts=SEATED_CONTACTS),
        Position(
            turned,
            (chair, FACE),
            # Round from the front of the chest towards the client's left (to the right of the picture).
            (arrow(at("chest", 22, 18, 16), at("chest", 2, 18, -32), 0.3),),
            contacts=SEATED_CONTACTS,
        ),
        moving=("chest", "arms", "head"),
    )


WIDE = Legs(leg_r=Limb(out=5.0, flat=True), leg_l=Limb(out=5.0, flat=True))
# Arms hanging by the sides, clear of the trunk and the chair's seat.
HANGING = Arms(arm_r=Limb(out=14.0, bend=4.0), arm_l=Limb(out=14.0, bend=4.0))
# The arm away from the bend hangs straight down from its shoulder, as it would.
HANGING_LEFT = Limb(reach=at("shoulder_l", 0.0, -50.0, -22.0), toward=(-1.0, 0.0, -0.3))
SIDE_BEND = {"lumbar": Bend(side=13.0), "chest": Bend(side=17.0), "neck": Bend(side=0.0)}


@register
def seated_side_bend() -> Drawing:
    """Sitting tall, arms hanging by the sides; one hand slides down towards the floor as the body bends to that
    side, both sitting bones staying on the chair."""
    chair = chair_under(-1.0)  # the sitting bones on the front third of the seat
    upright = seated(root_x=14.0, feet_x=50.0, **HANGING)
    # The right hand slides down beside the seat towards the floor; the left arm hangs.
    slide = Limb(reach=(16.0, 36.0, 34.0), toward=(-0.3, 0.0, 1.0))
    bend = seated(root_x=14.0, feet_x=50.0, **SIDE_BEND, arm_r=slide, arm_l=HANGING_LEFT)
    return drawing(
        "seated-side-bend",
        SEATED_CAMERA,
        Position(upright, (chair,), contacts=SEATED_CONTACTS),
        Position(bend, (chair,), (arrow(at("hand_r", 0, 10, 12), at("hand_r", 0, -10, 12)),), contacts=SEATED_CONTACTS),
        moving=("trunk", "head", "arm_r"),
    )


@register
def standing_side_bend() -> Drawing:
    """Standing tall, arms by the sides; one hand slides down the outside of the thigh as the body bends."""
    # The right hand slides down the outside of the thigh; the left arm hangs.
    slide = Limb(reach=at("knee_r", 0.0, 22.0, 12.0), toward=(-0.3, 0.0, 1.0))
    bend = stand(**SIDE_BEND, arm_r=slide, arm_l=HANGING_LEFT, **WIDE)
    return drawing(
        "standing-side-bend",
        FRONT,
        Position(stand(**WIDE, **HANGING), contacts=FEET_ON_FLOOR),
        Position(bend, (), (arrow(at("hand_r", 0, 10, 12), at("hand_r", 0, -10, 12)),), contacts=FEET_ON_FLOOR),
        moving=("trunk", "head", "arm_r"),
    )


@register
def weighted_side_bend() -> Drawing:
    """A kettlebell in one hand, the other hand on the hip; the weight slides down the side of the leg."""
    bell = held(PropKind.KETTLEBELL, "grip_r")
    hand_on_hip = Limb(reach=at("hip_l", 2.0, 12.0, -13.0), toward=(-0.3, 0.0, -1.0))
    side_arm = Limb(out=20.0)
    start = stand(**WIDE, arm_r=side_arm, arm_l=hand_on_hip)
    # The weight slides down the outside of the leg, beside the knee.
    lowered = Limb(reach=at("knee_r", 2.0, 26.0, 21.0), toward=(-0.3, 0.0, 1.0))
    on_hip = Limb(reach=at("hip_l", 2.0, 12.0, -10.0), toward=(-0.3, 0.0, -1.0))
    bend = stand(**WIDE, **SIDE_BEND, arm_r=lowered, arm_l=on_hip)
    contacts = (*FEET_ON_FLOOR, touch("hand_l", "hip_l"), touch("hand_r", "kettlebell"))
    return drawing(
        "weighted-side-bend",
        FRONT,
        Position(start, (bell,), contacts=contacts),
        Position(bend, (bell,), (arrow(at("grip_r", 0, 8, 14), at("grip_r", 0, -14, 14)),), contacts=contacts),
        moving=("trunk", "head", "arm_r"),
    )
