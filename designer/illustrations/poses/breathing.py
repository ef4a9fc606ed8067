"""The drawings of the breathing exercises."""

from __future__ import annotations

import math

from ..describe import Bend, Camera, Contact, Drawing, Figure, Limb, Position, Prop, PropKind, View
from .common import (
    FEET_ON_FLOOR,
    FRONT,
    SIDE,
    SUPINE_Y,
    Arms,
    arrow,
    at,
    both,
    chair_under,
    crook,
    drawing,
    mat,
    prop,
    register,
    seated,
    stand,
    touch,
)


def belly_hands() -> Arms:
    """One hand resting on the belly, the other on the chest, the elbows out to the sides and down towards the
    floor (an elbow pointing up held the far arm up like a post, a blind reviewer saw).  The hands lie on the
    surface, not a finger's depth above it (a blind reviewer saw the belly hand stick up above the tummy and the far
    hand float over the chest)."""
    return Arms(
        arm_r=Limb(reach=at("belly", 1.0, 0.5, 5.0), toward=(0.0, -0.6, 1.0), flat=True),
        arm_l=Limb(reach=at("chest", 1.0, 1.0, -5.0), toward=(0.0, -0.6, -1.0), flat=True),
    )


BREATH_IN = 9.0  # how far the belly swells, in cm: enough to see, as the client feels it under the hand


def breathing_positions(
    figure: Figure,
    props: tuple[Prop, ...],
    contacts: tuple[Contact, ...],
    point: str = "belly",
    rise: float = 0.0,
    swell: float = BREATH_IN,
) -> tuple[Position, Position]:
    """Breathe in (belly rises) and breathe out (it falls), with arrows at ``point``."""
    swollen = figure.but(belly=swell)
    if rise and figure.at is not None:
        # Lying face down, the belly presses into the floor and the body lifts a little; the head stays down.
        swollen = swollen.but(at=(figure.at[0], figure.at[1] + rise, figure.at[2]), neck=Bend(flex=-6.0))
    up, down = (arrow(at(point, 0, 10), at(point, 0, 24)),), (arrow(at(point, 0, 24), at(point, 0, 10)),)
    breathe_in = Position(swollen, props, up, "Breathe in", contacts)
    breathe_out = Position(figure, props, down, "Breathe out", contacts)
    return breathe_in, breathe_out


LYING = (touch("back", "floor"), touch("seat", "floor"))
BELLY_SWELL = 11.0
BELLY_HEAD = -10.0
# Turned a little from the side, level: both bent legs show (square from the side the far one hid behind the near one,
# a blind reviewer saw only one leg), the far forearm shows lying on the chest, and the belly's rise is still seen
# in its outline.
BELLY_CAMERA = Camera(View.SIDE, turn=15.0)


@register
def belly_breathing() -> Drawing:
    """Lying on the back, knees bent, one hand on the chest and one on the belly; the belly rises and falls."""
    # The back of the head resting on the mat (level, the neck held it a head's depth above the mat).
    figure = crook(neck=Bend(flex=BELLY_HEAD), **belly_hands())
    contacts = (*LYING, *FEET_ON_FLOOR, touch("hand_r", "belly"), touch("hand_l", "chest"))
    # A deep swell, so the belly and the hand on it plainly rise (at 9 cm a blind reviewer saw hardly a change).
    positions = breathing_positions(figure, (mat(),), contacts, swell=BELLY_SWELL)
    return drawing("belly-breathing", BELLY_CAMERA, *positions, moving=("belly", "arm_r"))


def crocodile(breath: bool) -> Figure:
    """Lying face down, the forehead resting on the stacked hands, the elbows out on the floor.

    Breathed out, the body lies on the mat: the pelvis and the front of the chest on it, the thighs sloping down
    to the knees on it, the lower legs resting on it.  Breathing in, the low back and lower ribs rise: the low back
    arches up off the pelvis and the upper back bends back down to the shoulders, which stay where they were, so the
    head stays on the hands (the hands slide with it); the belly fills down to the mat, pressing into it.
    """
    arch, chest, slide, lift = (BREATH_ARCH, BREATH_CHEST, BREATH_SLIDE, BREATH_LIFT) if breath else BREATH_OUT
    knees = math.degrees(math.atan2(lift, 40.0))  # the knees stay on the mat as the pelvis lifts a little
    leg = Limb(flex=2.5 + knees, bend=8.0 + knees, tip=70.0, out=4.0)
    return Figure(
        lean=85.5,  # the chest's front is deeper than the pelvis's, so the trunk slopes a little up to it
        at=(0.0, 10.5 + lift, 0.0),
        belly=max(arch, 0.0) * BREATH_BELLY,
        lumbar=Bend(flex=-arch),
        chest=Bend(flex=chest),
        neck=Bend(flex=-14.0 + arch - chest),  # the head keeps its angle, the forehead on the hands
        leg_r=leg,
        leg_l=leg,
        arm_r=Limb(reach=(HANDS_X + slide, 6.5, 3.0), toward=(-1.0, 0.25, 1.0), flat=True),
        arm_l=Limb(reach=(HANDS_X + slide, 3.5, -3.0), toward=(-1.0, 0.4, -1.0), flat=True),
    )


HANDS_X = 76.0  # the stacked hands, under the forehead
# Breathing in: the low back arches up 20 degrees off the pelvis and the upper back bends 35.6 degrees back down,
# which keeps the base of the neck at its height (so the head stays on the hands, which slide 2.4 cm back with it);
# the pelvis lifts only 1 cm (a pelvis that rose read as "lift your bottom"), and the belly swells down to the mat.
BREATH_ARCH, BREATH_CHEST, BREATH_SLIDE, BREATH_LIFT, BREATH_BELLY = 20.0, 35.6, -2.4, 1.0, 0.35
# Breathed out, the low back settles a little the other way (the upper back bending 13.7 degrees up to the
# shoulders, which again stay put), so the back is flat against the dome of the breath in: with the back simply
# straight the two panels looked almost the same to a blind reviewer.
BREATH_OUT = (-8.0, -13.7, -0.4, 0.0)
# Level from the side: seen from above, the mat was a slab and the belly seemed to sink into it.
CROCODILE_CAMERA = Camera(View.SIDE, down=0.0)
CROCODILE_ARROW = 26.0  # cm from the sacrum towards the head: over the low back and lower ribs


@register
def crocodile_breathing() -> Drawing:
    """Lying face down, forehead resting on the stacked hands, elbows out; the low back rises with each breath.

    The forehead rests on the top hand in both panels and the body lies on the mat (a blind reviewer saw the thighs
    and chest float and the head lift off the hands); breathing in, the low back rises, the arrow rising from it.
    """
    contacts = (touch("head", "hand_r"), touch("hand_l", "floor"), touch("hand_r", "hand_l"))
    # The face drawn in profile (an eye low on the head, the nose and chin into the hands): with a blank head a blind
    # reviewer could not tell face down from lying on the side.  No ring on the back (it puzzled the same reviewer
    # and hid the back's outline, which is what rises): the arrow rises from just above the low back.
    face = Prop(PropKind.PROFILE)
    breathe_in = Position(
        crocodile(True),
        (mat(), face),
        (arrow(at("sacrum", CROCODILE_ARROW, 11), at("sacrum", CROCODILE_ARROW, 26)),),
        "Breathe in",
        contacts,
    )
    breathe_out = Position(
        crocodile(False),
        (mat(), face),
        (arrow(at("sacrum", CROCODILE_ARROW, 18), at("sacrum", CROCODILE_ARROW, 4)),),
        "Breathe out",
        contacts,
    )
    return drawing("crocodile-breathing", CROCODILE_CAMERA, breathe_in, breathe_out, moving=("belly", "pelvis"))


@register
def ninety_ninety_breathing() -> Drawing:
    """Lying on the back, calves on a chair's seat (hips and knees at right angles), hands on the lower ribs."""
    chair = prop(PropKind.CHAIR, 38.0, facing=180.0, size=(42.0, 49.0, 44.0))  # its edge clear of the hips
    hands = Arms(
        arm_r=Limb(reach=at("ribs", 1.0, 2.5, 9.0), toward=(0.0, 0.2, 1.0), flat=True),
        arm_l=Limb(reach=at("ribs", 1.0, 2.5, -9.0), toward=(0.0, 0.2, -1.0), flat=True),
    )
    figure = Figure(
        lean=-90.0,
        at=(0.0, SUPINE_Y, 0.0),
        leg_r=Limb(flex=88.0, bend=90.0, tip=-28.0),
        leg_l=Limb(flex=88.0, bend=90.0, tip=-28.0),
        **hands,
    )
    contacts = (*LYING, *both("shank", "chair"), *both("hand", "ribs"))
    return drawing(
        "ninety-ninety-breathing",
        SIDE,
        *breathing_positions(figure, (mat(), chair), contacts),
        moving=("belly",),
    )


@register
def box_breathing() -> Drawing:
    """Sitting tall, with a square of four arrows beside the head: breathe in, hold, breathe out, hold."""
    chair = chair_under(0.0)
    near, far, low, high, gap = 56.0, 28.0, 126.0, 154.0, 3.0
    square = (
        arrow(at("", 0, low + gap, near), at("", 0, high - gap, near)),
        arrow(at("", 0, high, near - gap), at("", 0, high, far + gap)),
        arrow(at("", 0, high - gap, far), at("", 0, low + gap, far)),
        arrow(at("", 0, low, far + gap), at("", 0, low, near - gap)),
    )
    contacts = (*FEET_ON_FLOOR, touch("seat", "chair"), touch("hand_r", "thigh_r"), touch("hand_l", "thigh_l"))
    return drawing(
        "box-breathing",
        FRONT,
        Position(seated(feet_x=34.0), (chair,), square, "Breathe", contacts),
        holds="in 4, hold 4, out 4, hold 4",
    )


# Standing, seen a little from the front so the hand on the belly shows; the breath in is deeper than lying
# down, so the belly's swell under the hand is plain beside the brace; a little from above, so the ring round the
# middle when bracing is seen to go all the way round.
BRACE_CAMERA = Camera(View.SIDE, turn=20.0, down=15.0)
BRACE_BREATH_IN = 13.0


@register
def breathe_and_brace() -> Drawing:
    """Standing tall, one hand on the belly and one on the side above the hip; breathe in, then brace."""
    # The near hand lies on the front of the belly, fingers across it (not held out flat in front of it); it rides
    # out with the belly on the breath in.
    hands = Arms(
        arm_r=Limb(reach=at("belly", -4.0, 0.0, 12.0), toward=(0.0, -1.0, 1.0)),
        arm_l=Limb(reach=at("hip_l", 0.0, 12.0, -14.0), toward=(-1.0, -0.3, -1.0)),
    )
    figure = stand(neck=Bend(flex=6.0), **hands)  # the chin level, not tipped up
    contacts = (*FEET_ON_FLOOR, touch("hand_r", "belly"), touch("hand_l", "hip_l"))
    # Breathing in, the belly swells well forward under the hand.  Bracing, it is back to its usual size, and a
    # ring round the middle shows it firm all round (two arrows pressing in at the front and back read to a blind
    # reviewer as "suck the tummy in").
    # Seen from a little above there is no floor line: a patch of floor under the feet.
    floor = Prop(PropKind.FLOOR, at("", 6.0, 0.0, 0.0), size=(60.0, 0.0, 50.0))
    breathe_in = Position(
        figure.but(belly=BRACE_BREATH_IN),
        (floor,),
        (arrow(at("belly", 14, -4), at("belly", 32, -4)),),
        "Breathe in",
        contacts,
    )
    brace = Position(figure.but(belly=0.0), (floor, Prop(PropKind.BELT)), (), "Brace: firm all round", contacts)
    return drawing("breathe-and-brace", BRACE_CAMERA, breathe_in, brace, moving=("belly", "arm_r"))
