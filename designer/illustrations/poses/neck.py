"""The drawings of the neck and upper back exercises: chin tucks, neck movements and stretches, presses, and the
upper back lifts.  Small movements are drawn from where they show best: a chin tuck from the side, the head
clearly gliding back; a neck tilt from the front."""

from __future__ import annotations

from collections.abc import Callable

from ..describe import Arrow, Bend, Camera, Drawing, Figure, Limb, Position, Prop, PropKind, View
from .common import (
    FEET_ON_FLOOR,
    FRONT,
    SIDE,
    Arms,
    arms_on_floor,
    arrow,
    at,
    both,
    chair_under,
    crook,
    drawing,
    hold,
    joints,
    mat,
    prop,
    register,
    seated,
    touch,
)

SITTING = (*FEET_ON_FLOOR, touch("seat", "chair"))
# A nose and eyes on the head, for the drawings where the way the face looks is the point (turn, nose to armpit).
FACE = Prop(PropKind.FACE)


def lying_tuck(neck: float, lift: float = 0.0, nod: float = 0.0) -> Figure:
    """Lying on the back, knees bent, arms by the sides; ``neck`` bends the neck, ``lift`` raises the head, ``nod``
    rocks the head on the top of the neck (chin in)."""
    return crook(neck=Bend(flex=neck), chest=Bend(flex=lift), nod=nod)


@register
def chin_tuck_lying() -> Drawing:
    """Lying on the back, head on a thin folded towel; the chin nods in towards the throat, the head staying down.

    The face is drawn in profile with a nose and a chin (with only an eye, a blind reviewer could not tell which
    way the face pointed, nor see the nod).  The start rests with the neck in line and the chin a touch up; the
    finish nods the head a little on the top of the neck (``nod``), the chin in towards the throat, the back of
    the head staying on the towel and the body still.  Before the head could nod there, the neck bent at its base
    and the upper back had to sink below the mat to keep the head down (blind review s10: "the back dips below the
    mat line").
    """
    start, end = lying_tuck(0.0, nod=CHIN_NOD[0]), lying_tuck(0.0, nod=CHIN_NOD[1])
    head = joints(start)["head"]
    towel = prop(PropKind.PILLOW, head[0] + 1.0, 1.5, size=(24.0, CHIN_TOWEL, 26.0))
    contacts = (touch("back", "floor"), touch("head", "pillow"), *FEET_ON_FLOOR)
    face = Prop(PropKind.PROFILE)
    return drawing(
        "chin-tuck-lying",
        # Straight from the side: seen from above, the nodding head was drawn larger in the finish.
        Camera(View.SIDE, down=0.0),
        Position(arms_on_floor(start), (mat(), towel, face), label="Start: head resting", contacts=contacts),
        Position(
            arms_on_floor(end),
            (mat(), towel, face),
            (arrow(at("face", *CHIN_ARROW[0]), at("face", *CHIN_ARROW[1]), 0.5),),
            label="Finish: small chin nod",
            contacts=contacts,
        ),
        moving=("head",),
        close_up=CHIN_TUCK_BOX,
    )


# Blind review 9 (s9b): the whole lying figure left the head a few millimetres across, read as "a teddy bear with
# two ears"; start and finish looked the same; and the arrow above the face read as "lift the head".  So the
# panels close in on the head, neck and chest (the head about twice the size, the nose and chin clear), the labels
# name the one change, and the arrow curves down from over the face to just in front of the chin, ending pointing
# down at the throat: the chin goes in and down, the back of the head stays on the towel.
CHIN_TUCK_BOX = ((-92.0, -2.0, -20.0), (-14.0, 38.0, 20.0))  # the head on its towel to the chest, elbow in sight
CHIN_ARROW = ((3.0, 9.0), (11.0, -2.0))  # from the face: over it, then down in front of the chin
#
# Blind review 10 (s10c): the start head was "strongly tipped back with the chin jutting up", and in the finish "the
# neck disappears and the chin jams into the chest", a much bigger tuck than a gentle nod.  So the neck lies in line
# with the body (its base was bent back 12 degrees, dropping the head and tipping the face back), the start tips the
# chin up only a touch and the finish nods it in 21 degrees (was 18 past the body's line with the neck bent back, so
# the chin ended nearer the chest), the chin staying clear of the chest with the neck showing; the towel is a
# little thicker for the head in line.  29 degrees between the panels is about the least the movement check sees
# (a fifth of the head and neck's outline changing).
CHIN_NOD = (-8.0, 21.0)  # the head's nod at the start and the finish, the neck in line with the body
CHIN_TOWEL = 6.0  # the folded towel's thickness: the back of the head, in line with the body, rests on it


def sitting_tuck(forward: float, nod: float = 0.0) -> Figure:
    """Sitting tall with the head poking ``forward`` (upper back rounding, eyes kept level) or tucked back (0);
    ``nod`` tips the chin a little down, as the tuck does (the chin must not lift)."""
    return seated(chest=Bend(flex=forward), neck=Bend(flex=-forward * 1.2 + nod))


@register
def chin_tuck_sitting() -> Drawing:
    """Sitting tall; the head glides straight back over the shoulders, chin level, making a double chin.

    The start pokes the head well forward, so the glide back shows (a blind reviewer found start and finish
    nearly the same); the finish sits tall with the chin a touch down, not lifted.
    """
    chair = chair_under(0.0)
    return drawing(
        "chin-tuck-sitting",
        SIDE,
        Position(sitting_tuck(20.0), (chair,), contacts=SITTING),
        Position(sitting_tuck(0.0, nod=8.0), (chair,), (arrow(at("face", 20, 4), at("face", 4, 4)),), contacts=SITTING),
        moving=("head",),
    )


@register
def chin_tuck_head_lift() -> Drawing:
    """Lying on the back; the chin tucks in, then the head lifts just clear of the mat and is held.

    Framed close on the head, neck and chest, like the chin nod lying down, so the small lift shows as a gap under
    the head.  The start is the nod itself, the head on the mat, with the lying nod's arrow curving in at the chin;
    the finish keeps the nod and lifts the head by bending the neck at its base, the arrow rising beside the back
    of the head.
    """
    start_neck, nod, lift_neck = HEAD_LIFT
    start = arms_on_floor(lying_tuck(start_neck, nod=nod))
    end = arms_on_floor(lying_tuck(lift_neck, nod=nod))
    face = Prop(PropKind.PROFILE)
    return drawing(
        "chin-tuck-head-lift",
        SIDE,
        Position(
            start,
            (mat(), face),
            (arrow(at("face", *CHIN_ARROW[0]), at("face", *CHIN_ARROW[1]), 0.5),),
            label=HEAD_LIFT_LABELS[0],
            contacts=(touch("back", "floor"), touch("head", "floor"), *FEET_ON_FLOOR),
        ),
        Position(
            end,
            (mat(), face),
            (arrow(at("head", *HEAD_LIFT_ARROW[0]), at("head", *HEAD_LIFT_ARROW[1])),),
            label=HEAD_LIFT_LABELS[1],
            contacts=(touch("back", "floor"), *FEET_ON_FLOOR),
        ),
        moving=("head",),
        close_up=HEAD_LIFT_BOX,
    )


# Blind review 10 (s10): "I can't tell if I'm meant to tuck my chin first or just lift"; the start head seemed
# tipped back (chin up; the neck was bent back 15 degrees and the head did not nod), in the finish the head floated
# high above the shoulders (12 cm, the neck bent 30 at its base) on a thin neck, and the arrow was small and away
# from the head.  Now the whole figure gives way to a close-up of the head, neck and chest; the start nods the chin
# in (the neck bent back at its base so the back of the head stays on the mat) and is named for it, and the finish
# keeps the nod and lifts the head about 3 cm, just clear, the neck joining it to the shoulders; the arrow rises
# beside the back of the head.
HEAD_LIFT = (-20.0, 28.0, -8.0)  # the neck's bend at its base at the start, the nod (both panels), at the lift
HEAD_LIFT_LABELS = ("Tuck the chin", "Lift the head")
HEAD_LIFT_ARROW = ((-14.0, -4.0), (-14.0, 8.0))  # from the head's centre: behind the back of the head, upwards
HEAD_LIFT_BOX = ((-95.0, -2.0, -20.0), (-5.0, 40.0, 20.0))  # the head on the mat to the chest


@register
def neck_tilt() -> Drawing:
    """Sitting tall, seen from the front; the head tips sideways, ear towards the shoulder."""
    chair = chair_under(0.0)
    return drawing(
        "neck-tilt",
        FRONT,
        Position(seated(), (chair,), contacts=SITTING),
        Position(
            seated(neck=Bend(side=30.0)),
            (chair,),
            (arrow(at("head_top", 0, 6, -6), at("head_top", 0, 0, 12), 0.3),),
            contacts=SITTING,
        ),
        moving=("head",),
    )


@register
def neck_turn() -> Drawing:
    """Sitting tall, seen from the front; the head turns to look over one shoulder, then the other, chin level."""
    chair = chair_under(0.0)
    return drawing(
        "neck-turn",
        FRONT,
        # The labels say the two panels are the two ends of one turn: a blind reviewer (s11final) saw mirror images
        # and could not tell whether to begin turned or facing forward.
        Position(seated(neck=Bend(twist=-65.0)), (chair, FACE), (), "Look one way", SITTING),
        Position(
            seated(neck=Bend(twist=65.0)),
            (chair, FACE),
            (arrow(at("head_top", 0, 6, 12), at("head_top", 0, 6, -12), 0.4),),
            "Then the other",
            SITTING,
        ),
        moving=("head",),
    )


CHAIR_EDGE = at("", 27.0, 45.0, 0.0)


def holding_seat(tag: str) -> Limb:
    """A hand holding the side of the chair's seat, the arm long, so that shoulder stays down."""
    side = 1.0 if tag == "r" else -1.0
    return Limb(reach=(8.0, 52.0, side * 24.0), toward=(-1.0, 0.0, side * 0.3))


@register
def upper_trapezius_stretch() -> Drawing:
    """Sitting tall, one hand holding the chair seat; the head tips away, the other hand resting on it."""
    chair = chair_under(0.0)
    figure = seated(
        neck=Bend(side=-32.0),
        arm_r=holding_seat("r"),
        arm_l=Limb(reach=at("head_top", 0.0, 0.0, 1.0), toward=(0.0, 0.6, -1.0), tip=55.0),
    )
    return drawing(
        "upper-trapezius-stretch",
        FRONT,
        hold(
            figure,
            (chair,),
            (arrow(at("head_top", 0, 10, 6), at("head_top", 0, 4, -8), 0.3),),
            (*SITTING, touch("hand_r", "chair"), touch("hand_l", "head")),
        ),
        holds="head tipped",
    )


@register
def levator_scapulae_stretch() -> Drawing:
    """Sitting tall, one hand holding the chair seat; the nose turns towards the other armpit, that hand resting
    on the back of the head.  Start: sitting tall, looking ahead; the face (nose and eyes) shows it turning and
    looking down (a blind reviewer saw only a dark ball and read a plain side bend), and the arrow runs from
    under the chin down to the armpit it looks at.  Straight from the front: turned
    30 degrees, the start face already looked turned and the hand sat on the near side of the head, as if
    pushing; here the hand reaches over behind the head and the nose points down at that armpit.  The head turns
    and nods only part way and tips towards that shoulder, so the eyes and nose stay on the face and the neck
    leans with it (bowed further, a blind reviewer saw the hair cover the face and the neck as a lump under it)."""
    chair = chair_under(0.0)
    start = seated(arm_r=LEVATOR_GRIP)
    stretch = seated(
        neck=Bend(flex=LEVATOR_NECK[0], twist=LEVATOR_NECK[1], side=LEVATOR_NECK[2]),
        arm_r=LEVATOR_GRIP,
        arm_l=Limb(reach=at("head_top", *LEVATOR_HAND), toward=LEVATOR_ELBOW, tip=LEVATOR_TIP),
    )
    gaze = arrow(at("head", *LEVATOR_GAZE), at("shoulder_l", *LEVATOR_ARMPIT), -0.3)
    return drawing(
        "levator-scapulae-stretch",
        Camera(View.FRONT),
        Position(start, (chair, FACE), contacts=(*SITTING, touch("hand_r", "chair"))),
        Position(
            stretch,
            (chair, FACE),
            (gaze,),
            label="Nose to armpit",
            contacts=(*SITTING, touch("hand_r", "chair"), touch("hand_l", "head")),
        ),
        moving=("head",),
        close_up=LEVATOR_BOX,
    )


# Nodding more and tipping less: tipped further sideways the neck showed as a tube leaning off one shoulder with the
# head beside it (a blind reviewer saw it detached).  The hand rests on the back of the head, the forearm over its
# top; the close-up reaches down to the chair's seat, so the figure is seen sitting.  The hand lies low on the back
# of the head, hidden behind it (placed higher and further across, it stuck out past the far side of the head and
# a blind reviewer could not tell it rested), and the arrow ends in the armpit, not on the chest.  Blind review 8:
# the arrow laid over the face hid which way it turned, so it starts below the chin; the elbow points a little
# forward, so the raised upper arm is drawn in front of the trunk, from the shoulder; and the whole sitting figure
# is framed down to the feet (cut off at the knees, the picture looked cropped).
#
# Blind review 9 (s9d): the hand on the back of the head was hidden behind it ("I can't see where to put it"), the
# arrow on the chest read as "drop the shoulder", and the hand hanging beside the seat did not seem to hold it.  So
# the hand lies over the crown, across the top of the head in front of the hair, the forearm coming over from the
# raised elbow; the arrow starts beside the turned face, in the gap under the raised arm, and runs down into the
# armpit the nose turns to; and the other hand reaches down to the corner of the seat, its fingers bent in over the
# seat's side edge.
#
# Blind review 9 (s9): the head barely tilted (it looked shifted, not turned and bowed), and the seat-holding arm's
# elbow stuck out wide with the hand floating beside the chair.  So the head turns further (40 degrees) and nods
# and tips further towards the armpit, the finish is labelled with the cue "nose towards armpit", and the holding
# arm hangs straight down by the side, elbow back, the wrist just outside the seat and the hand over its edge.
LEVATOR_NECK = (36.0, 40.0, -14.0)  # flex, twist, side
LEVATOR_HAND = (-2.0, 2.0, -10.0)  # the wrist, from the top of the head: over its far side, the hand across it
LEVATOR_ELBOW = (0.3, 0.8, -0.8)
LEVATOR_TIP = 60.0  # the hand bent down over the crown
LEVATOR_ARMPIT = (5.0, -12.0, 0.0)
LEVATOR_GAZE = (2.0, -4.0, -14.0)  # from the head's centre: beside the face, under the raised arm
# The near hand holding the side of the seat: the wrist just outside it, the fingers bent in over its edge.
LEVATOR_GRIP = Limb(reach=(8.0, 50.5, 24.5), toward=(-0.7, 0.1, 0.5), tip=50.0)
LEVATOR_BOX = ((-30.0, 0.0, -45.0), (40.0, 158.0, 45.0))


@register
def neck_press_hold() -> Drawing:
    """Sitting tall, head level, the palm on the forehead; the head presses into the hand without moving.

    The face is drawn in profile with a nose and a chin, looking straight ahead (with only an eye under the hair, a
    blind reviewer read the head as tipped back).  The far hand lies up over the forehead, fingers up, the elbow
    forward and down in front of the chest, so the face stays clear of the arm.  Two arrows meet at the palm: the head
    pressing forward, the hand pressing back just as much; the label says the press is gentle.
    """
    chair = chair_under(0.0)
    figure = seated(
        lean=PRESS_LEAN,
        neck=Bend(flex=PRESS_NOD),
        arm_l=Limb(reach=at("face", *PRESS_WRIST), toward=PRESS_ELBOW, tip=PRESS_TIP),
    )
    return drawing(
        "neck-press-hold",
        SIDE,
        hold(
            figure,
            (chair, Prop(PropKind.PROFILE)),
            (arrow(at("head_top", -10, 4), at("head_top", 4, 4)), arrow(at("face", 24, 8), at("face", 13, 8))),
            (*SITTING, touch("hand_l", "head")),
        ),
        holds="press gently, head still",
    )


PRESS_LEAN, PRESS_NOD = 4.0, 9.0  # sitting up straight, the face level
# The far hand presses (blind review 8: the near forearm stood in front of the face, hiding the nose, and the
# reviewer could not tell whether the hand lay on the forehead or the side of the head).  Its forearm rises from
# the elbow, in front of the chest, behind the face's profile, and the palm lies over the forehead, fingers up
# over the hairline.
PRESS_WRIST = (5.0, 3.0, -3.0)  # from the face: just in front of the brow, a little to the hand's side
PRESS_ELBOW = (0.6, -1.0, -0.4)  # forward, down and a little out, relaxed
PRESS_TIP = 0.0


def hands_behind_head(back: float = 0.0) -> Arms:
    """Both hands resting behind the head, fingers laced, elbows wide to the sides; ``back`` (0 to 1) goes with
    the arching chest: the hands stay cupped round the back of the head as it tips back, and the elbows open
    wide and back with it, so each forearm shows from the elbow to the head."""
    ahead, up = 0.05 - ARCH_ELBOW[0] * back, 0.5 - ARCH_ELBOW[1] * back
    forward, rise = 1.0 + ARCH_HANDS[0] * back, -2.0 + ARCH_HANDS[1] * back
    return Arms(
        arm_r=Limb(reach=at("back_of_head", forward, rise, 5.0), toward=(ahead, up, 1.0)),
        arm_l=Limb(reach=at("back_of_head", forward, rise, -5.0), toward=(ahead, up, -1.0)),
    )


# Blind review 9 (s9b): in the finish the near arm was a straight bar pointing up and back, no hand at the head
# ("it has let go"): the elbow had risen straight over the wrist, so the forearm folded back along the upper arm
# and the hands lay under the tipped-back head, hidden.  Now the hands stay at the back of the head (raised with
# it) and the elbows open back and out, so the near arm is a V, the forearm running in to the head; and the lower
# back rounds a touch while the upper back arches further, so the arch is in the upper back, not the belly.
#
# Blind review 10 (s10): still, in the finish the far arm stuck straight back "like a plank", the near hand seemed
# on the face or chin, and the head, tipped far back, looked small with its face squashed.  Now the arms go with the
# chest as it tips back: the hands stay laced at the back of the head (a little higher on it) and the elbows no
# longer swing back level with the shoulders but stay up and out, each arm a V as at the start (the near elbow
# dropping a little so its forearm shows running in to the head); and
# the neck eases the head a little forward of the chest's tip, so the head tips back only moderately (about 20
# degrees) and the face, looking slightly up, reads as at the start.
ARCH_ELBOW = (0.0, 0.3)  # how far the elbows go back, and down, at the full arch (beyond going with the chest)
ARCH_HANDS = (-2.0, 5.0)  # how far the hands go forward and up at the back of the head at the full arch
ARCH = (-30.0, 5.0, -0.3)  # the finish: the upper back's arch, the lower back rounding, the neck's share
ARCH_LABELS = ("Sit tall", "Arch back")


@register
def upper_back_extension_chair() -> Drawing:
    """Sitting shuffled down, so the top of the chair's back is at the shoulder blades, hands behind the head; the
    upper back arches back over the top of the chair.

    The start sits upright, back against the chair top; the finish bends the chest and head back over the top
    edge while the pelvis and lower back stay put, so the head travels well behind the chair's back (a blind
    reviewer saw start and finish at the same lean and could not tell which way to bend).  The arrow runs from
    above the head back and down over the chair, the way the head goes.

    Seen from the side turned towards the front (blind review 8): square from the side, each arm showed only a
    forearm from the head to the chest, with a stub below the back of the head, and the arched finish read as a
    hunch forward.  Turned, both elbows open wide either side of the head, and the face (eyes and nose) shows it
    looking ahead at the start and up at the ceiling at the finish, so the lean reads as backwards.
    """
    chair = chair_under(0.0)

    def sit(lean: float, arch: float, lumbar: float = 0.0) -> Figure:
        return seated(
            root_x=2.0,
            lean=lean,
            lumbar=Bend(flex=lumbar),
            chest=Bend(flex=arch),
            neck=Bend(flex=arch * ARCH[2]),
            **hands_behind_head(arch / ARCH[0]),
        )

    contacts = (*SITTING, touch("back", "chair"))
    return drawing(
        "upper-back-extension-chair",
        ARCH_CAMERA,
        Position(sit(-6.0, 0.0), (chair, FACE), label=ARCH_LABELS[0], contacts=contacts),
        Position(
            sit(-8.0, ARCH[0], ARCH[1]),
            (chair, FACE),
            (arrow(at("neck_base", 6, 46, -14), at("neck_base", -36, 24, -14), -0.35),),
            label=ARCH_LABELS[1],
            contacts=contacts,
        ),
        moving=("head", "chest"),
    )


# From the side, turned towards the face and a little from above: the elbows wide either side of the head.
# Blind review 10 (s10b): turned 35, the near elbow pointed up and back and the far one up and forward ("I'd
# expect both out to the sides"), and in the finish a hand seemed to cross in front of the neck.  Turned 50 (was
# 35), the elbows open either side of the head more evenly; at the arch the hands sit higher on the back of the
# head (5 cm up, 2 back, was 2 up), so the near forearm lies along the head, not under the chin; and the panels
# are named for what to do ("Sit tall", "Arch back").
ARCH_CAMERA = Camera(View.SIDE, turn=50.0, down=8.0)


def prone(arms: Arms) -> Figure:
    """Lying face down, forehead on a folded towel, legs long with the tops of the feet on the floor."""
    return Figure(
        lean=90.0,
        at=(0.0, 13.5, 0.0),
        neck=Bend(flex=-4.0),
        leg_r=Limb(flex=7.0, tip=75.0, out=4.0),
        leg_l=Limb(flex=7.0, tip=75.0, out=4.0),
        **arms,
    )


def w_arms(height: float) -> Arms:
    """Elbows bent and out to the sides, hands beside the head (a W), lifted ``height`` cm off the floor."""
    return {
        "arm_r": Limb(reach=at("shoulder_r", 12.0, -10.0 + height, 30.0), toward=(-0.4, -0.3, 1.0), tip=-10.0),
        "arm_l": Limb(reach=at("shoulder_l", 12.0, -10.0 + height, -30.0), toward=(-0.4, -0.3, -1.0), tip=-10.0),
    }


def y_arms(height: float) -> Arms:
    """Arms long overhead and wide apart, thumbs up (a Y), lifted ``height`` cm off the floor."""
    forward, out = Y_HANDS
    return {
        "arm_r": Limb(reach=at("shoulder_r", forward, -8.0 + height, out), toward=(0.0, 1.0, 0.0)),
        "arm_l": Limb(reach=at("shoulder_l", forward, -8.0 + height, -out), toward=(0.0, 1.0, 0.0)),
    }


# From behind the feet on the near side and well above: the mat lies flat as a floor, the back of the head and
# the heels say "face down", both arms show as a Y past the head, and lifted, both hands stand up off the mat.
# Straight from the side and a little above (blind review 8), the mat was a tall slab the near arm seemed to
# plunge into, and the far arm, pale and unmarked, seemed to lift alone; straight from the side, the arms lay
# across the head (blind review 11); from the head end "lying face down" was lost.
FACE_DOWN_CAMERA = Camera(View.SIDE, turn=-50.0, down=27.0)
Y_LIFT = 14.0  # cm at the hands: "a little off the floor", enough for white paper to show under them
# The hands from the shoulder: forward past the head and out to the side, the arm long (55 cm) and the hands
# within the mat's width (wider, the near hand lay past the mat's edge).
Y_HANDS = (52.0, 19.0)


# Both arms shaded: both lift (with only the near one shaded, a blind reviewer was not sure both do).
BOTH_ARMS = (Prop(PropKind.MARK, at("elbow_r")), Prop(PropKind.MARK, at("elbow_l")))


def wrists_lift(forward: float, low: float, high: float, out: float) -> tuple[Arrow, ...]:
    """An arrow rising by each wrist from ``low`` to ``high`` cm, ``forward`` of it and ``out`` to its side."""
    return tuple(
        arrow(at(f"wrist_{tag}", forward, low, side * out), at(f"wrist_{tag}", forward, high, side * out))
        for tag, side in (("r", 1.0), ("l", -1.0))
    )


def face_down_drawing(exercise_id: str, arms: Callable[[float], Arms]) -> Drawing:
    """Lying face down on a mat, forehead on a folded towel; both arms lift off the floor, both shaded (with only
    the near one shaded, a blind reviewer was not sure both lift), an arrow rising from the mat to each hand (on
    the elbow it read as the head lifting)."""
    start, end = prone(arms(0.0)), prone(arms(Y_LIFT))  # ``arms`` gives both arms lifted that many cm
    head = joints(start)["head"]
    # The folded towel fills the gap between the forehead and the mat (the body lies on a 1.5 cm mat).
    towel = prop(PropKind.PILLOW, head[0] + 2.0, size=(22.0, head[1] + 1.5 - 8.5 - 1.5, 30.0))
    contacts = (touch("head", "pillow"), *both("hand", "floor"))
    lifts = wrists_lift(-4, -Y_LIFT, 1, 6)
    return drawing(
        exercise_id,
        FACE_DOWN_CAMERA,
        Position(start, (mat(), towel, *BOTH_ARMS), contacts=contacts),
        Position(end, (mat(), towel, *BOTH_ARMS), lifts, contacts=(touch("head", "pillow"),)),
        moving=("arms",),
    )


def w_lift(height: float) -> Arms:
    """The W arms lifted as one piece: hands and elbows both rise ``height`` cm."""

    def arm(tag: str, side: float) -> Limb:
        # The elbows out to the sides, back by the ribs; the hands wide of the head and level with
        # it.  Level from the side, the elbow rose a little less than the hand so the arm bent on the page (with
        # both rising the same, a blind reviewer saw one straight bar across the face); seen from higher since
        # review s10b, the W shows as it lies, so the arm rises as one piece.
        return Limb(
            reach=at(f"shoulder_{tag}", PRONE_W_HAND[0], -11.0 + height, side * PRONE_W_HAND[1]),
            toward=(PRONE_W_ELBOW_BACK, -0.15, side * 1.0),
            tip=-10.0,
        )

    return {"arm_r": arm("r", 1.0), "arm_l": arm("l", -1.0)}


# Straight from the side, the near arm shaded.  From above or from the head end the lift hardly shows or
# "lying face down" is lost (blind reviews), and from the side the arm lifted beside the trunk has the grey body
# behind it, so no gap shows.  So the hands lie forward, level with the top of the head: lifted, the forearm and
# hand stand clear of the mat with white paper under them, and the arrow rises there, from the mat to the hand
# (an arrow on the back read as the chest lifting).
#
# Blind review 9 (s9d): straight from the side the near arm lay over the towel at the start (so the towel seemed to
# appear only in the finish), pressed the head into the mat, and lifted it ran right across the face, as if through
# the head.  Turned 30 degrees towards the head (and 4 from above, still nearly level), the near arm falls in front
# of the shoulders and the head stands clear, on its towel, in both panels; the far arm reaches out past the head,
# where its lift shows against white paper.  Both arms are shaded, each with an arrow under its hand, so both
# read as lifting.
#
# Blind review 9 (s9): still the lifted near forearm seemed to pass in front of the face and float, and the lift
# was tiny, start and finish nearly the same.  Turned 45 degrees towards the head and 12 from above, the near arm
# lifts beside the head, not across it, with the mat showing under it; the hands lift 14 cm (was 12), the most
# an easy lift would go, so the gap under each arm shows.
PRONE_W_CAMERA = Camera(View.SIDE, turn=15.0, down=30.0)
PRONE_W_LIFT = 14.0  # cm at the wrist: off the floor by a hand's breadth, the elbow rising with it
#
# Blind review 10 (s10): the near hand hung past the mat's edge at the start (a mat sized to the body is at most 84
# cm wide, and the W's elbows lie out past it).  So the hands come a little in, and the mat is a wide one (a bed,
# or a wide mat), so both hands and both elbows rest on it.
PRONE_W_HAND = (32.0, 27.0)  # from the shoulder: forward, out to the side
PRONE_W_ELBOW_BACK = -1.4  # the elbow's way back along the body, against 1 out to the side: by the ribs
#
# Blind review 10 (s10b): turned 45 degrees and nearly level, the far arm's W lay edge-on and read as an arm
# stretched straight past the head, beside the bent near arm: lopsided ("do I switch sides?").  Seen from higher
# (35 degrees) and turned less (15), the mat lies open and both arms show the same W: the elbows further back
# by the ribs (the arm bent nearer a right angle, was about 110 degrees), the hands level with the head (were
# just past its top) and the elbow no longer lower than the hand when lifted (the arm rises as one piece).
PRONE_W_MAT = (-1.0, 220.0, 144.0)  # the mat's middle (along the body), its length and its width: the elbows on it
PRONE_W_MAT_SHIFT = -8.0  # the mat's middle to the far side: the lifted far hand over it on the page
PRONE_W_TOWEL = (6.0, 24.0)  # from the head: forward, and its length
#
# Blind review 10 (s10d): seen from 35 degrees above, the up arrows read as "slide toward the head"; the far hand,
# lifted, stood past the mat's far edge; the near arm's arrow floated on the mat below the arm; and the head sat
# beside its towel.  So the view is a little lower (30 degrees, was 35); the mat is wider (144 cm, was 110) with its
# middle 8 cm to the far side, so the lifted far hand stays over it on the page; each arrow starts on its forearm
# and rises from it; the hands lie a little wider (27 cm out, was 24), so the lifted near forearm stays below the
# head; and the towel is longer (24 cm, was 15), reaching back under the head, so the head lies on it on the page.
PRONE_W_ARROW = (-13.0, 2.0, 15.0)  # from the wrist: 13 cm back along the forearm, rising from 2 to 15 cm over it


@register
def prone_w() -> Drawing:
    """Lying face down, elbows bent and out to the sides like a W; the arms lift, the shoulder blades squeezing."""
    start, end = prone(w_lift(0.0)), prone(w_lift(PRONE_W_LIFT))
    head = joints(start)["head"]
    # A narrow towel under the forehead only, the nose clear of it behind its edge (a towel under the whole
    # face read as the nose resting on it).
    towel = prop(PropKind.PILLOW, head[0] + PRONE_W_TOWEL[0], size=(PRONE_W_TOWEL[1], head[1] + 1.5 - 8.5 - 1.5, 30.0))
    back, low, high = PRONE_W_ARROW
    lifts = wrists_lift(back, low, high, 0.0)
    middle, long, wide = PRONE_W_MAT
    floor = prop(PropKind.MAT, middle, 0.0, PRONE_W_MAT_SHIFT, size=(long, 1.5, wide))
    return drawing(
        "prone-w",
        PRONE_W_CAMERA,
        # Labels say what the view from above cannot: face down, and the arms lifting off the mat (the final blind
        # review of session 11 read the up arrows as the arms sliding towards the head, and could not tell face down).
        Position(
            start,
            (floor, towel, *BOTH_ARMS),
            (),
            "Face down, forehead on towel",
            (touch("head", "pillow"), *both("hand", "floor")),
        ),
        Position(end, (floor, towel, *BOTH_ARMS), lifts, "Lift arms off the mat", (touch("head", "pillow"),)),
        moving=("arms",),
    )


@register
def prone_y() -> Drawing:
    """Lying face down, arms long overhead in a Y, thumbs up; the arms lift just off the floor."""
    return face_down_drawing("prone-y", y_arms)
