"""The drawings of the hip hinge exercises."""

from __future__ import annotations

import math

from ..describe import Bend, Camera, Drawing, Figure, Limb, Position, Prop, PropKind, View
from ..equipment import CHAIR_SIZE
from ..geometry import Vec, add, scale, sub, unit
from .common import (
    ANKLE_Y,
    FEET_ON_FLOOR,
    HIP,
    SIDE,
    STAND_Y,
    Arms,
    arrow,
    at,
    both,
    drawing,
    feet,
    hanging_arms,
    held,
    joints,
    prop,
    register,
    shaded_leg,
    touch,
)


def hands_on_hip_creases(lean: float) -> Arms:
    """The hands flat on the front of the hips, where the trousers crease, fingers pointing down and in; the elbows
    out to the sides and a little back, so the arms lie along the sides of the trunk (``lean``: how far it tips).

    Seen from the side, the hand lies on the front of the hip inside the body's outline: with the fingers pointing
    forward it stuck out in front of the hip like a floating hand, and with the elbows pointing back the forearm
    hung down to the hip from above the bent back, a blind reviewer saw.
    """
    tilt = math.radians(lean)
    up, forward = (math.sin(tilt), math.cos(tilt)), (math.cos(tilt), -math.sin(tilt))
    side = (-0.5, 0.0) if lean < 20 else (-0.3, -0.3)  # the elbows a little behind the trunk, whichever way it tips

    def hand(sign: float) -> Limb:
        offset = (7.0 * up[0] - forward[0], 7.0 * up[1] - forward[1], sign * 10.0)
        return Limb(reach=at("hip_front", *offset), toward=(*side, sign), tip=-30.0)

    return Arms(arm_r=hand(1.0), arm_l=hand(-1.0))


@register
def wall_hip_hinge() -> Drawing:
    """Back to the wall, heels a foot from it, hands on the front of the hips; the bottom pushes back to the wall."""
    start = Figure(at=(0.0, STAND_Y - 1.0, 0.0), neck=Bend(flex=8.0), **feet(), **hands_on_hip_creases(0.0))
    end = Figure(at=(-19.0, 82.0, 0.0), lean=50.0, neck=Bend(flex=-6.0), **feet(), **hands_on_hip_creases(50.0))
    wall = prop(PropKind.WALL, -35.0)
    contacts = (*FEET_ON_FLOOR, *both("hand", "hip_front"))
    return drawing(
        "wall-hip-hinge",
        SIDE,
        Position(start, (wall,), contacts=contacts),
        Position(
            end,
            (wall,),
            (arrow(at("sacrum", 16, 12), at("sacrum", 2, 4), -0.2),),
            contacts=(*contacts, touch("seat", "wall")),
        ),
        moving=("trunk",),
    )


def stick_along_back(figure: Figure) -> tuple[Prop, Arms]:
    """A broom handle resting on the back of ``figure`` (tailbone, shoulder blades, back of the head), and the
    arms holding it: the far hand behind the neck, the near hand at the small of the back, both elbows out to the
    sides.

    The stick lies on the line touching the back at the shoulder blades and the back of the buttocks (through the
    tailbone it cut the buttocks' outline, a blind reviewer saw); the head, level with the spine, touches it too.
    The near hand is on the near side of the stick, so it is drawn round it, holding it.  The stick rests on the
    back of the buttocks themselves (3 cm further back, a blind reviewer saw a hand's width of gap there).
    """
    points = joints(figure)
    along0 = unit(sub(points["upper_back"], points["sacrum"]))
    behind0 = (-along0[1], along0[0], 0.0)
    tail, blades = add(points["sacrum"], scale(behind0, BUTTOCKS)), points["upper_back"]
    along = unit(sub(blades, tail))
    behind = (-along[1], along[0], 0.0)  # away from the back, in the side view's plane
    rest = scale(behind, STICK_RADIUS + 0.3)

    def on_stick(distance: float, side: float = 0.0) -> Vec:
        return add(add(add(tail, rest), scale(along, distance)), (0.0, 0.0, side))

    reach = math.dist(tail, blades)
    stick = Prop(PropKind.DOWEL, at("", *on_stick(-12.0)), at("", *on_stick(reach + 50.0)))
    neck = reach + 20.0
    ahead = scale(behind, -1.0)
    # Both elbows point out to the sides: the far one, its hand behind the neck, is hidden behind the head and
    # shoulders, and the near upper arm lies down the side of the trunk, its forearm coming round to the stick at the
    # small of the back.  (The far elbow up beside the head and the near upper arm lying along the top of the back
    # tangled the arms with the stick when bent forward, and hid the neck and the line of the back, a blind reviewer
    # saw.)  The near hand lies along the stick, the far hand wraps over it, showing behind the neck.
    hands = Arms(
        arm_l=Limb(
            reach=on_stick(neck, -3.0),
            toward=add(scale(ahead, 1.6), (0.0, 0.0, -2.0)),
            tip=45.0,
        ),
        arm_r=Limb(
            reach=add(on_stick(16.0, 3.0), scale(behind, 1.0)),
            toward=add(add(scale(along, -0.6), scale(ahead, 0.6)), (0.0, 0.0, 1.0)),
            tip=-70.0,
        ),
    )
    return stick, hands


BUTTOCKS = 0.0  # cm the buttocks stand out behind the tailbone, where the stick rests on them
STICK_RADIUS = 1.4


@register
def hip_hinge() -> Drawing:
    """A broom handle held along the back (head, shoulder blades, tailbone); the chest tips forward over the hips."""
    start = Figure(at=(0.0, STAND_Y, 0.0), **feet())
    end = Figure(at=(-18.0, 84.0, 0.0), lean=55.0, **feet())
    start_stick, start_hands = stick_along_back(start)
    end_stick, end_hands = stick_along_back(end)
    contacts = (
        *FEET_ON_FLOOR,
        *both("hand", "dowel"),
        touch("hand_l", "behind_neck"),
        touch("hand_r", "behind_waist"),
        touch("head", "dowel"),
        touch("back", "dowel"),
    )
    return drawing(
        "hip-hinge",
        SIDE,
        Position(start.but(**start_hands), (start_stick,), contacts=contacts),
        Position(
            end.but(**end_hands),
            (end_stick,),
            (arrow(at("sacrum", 4, 12), at("sacrum", -24, 0), 0.3),),  # the hips push back
            contacts=contacts,
        ),
        moving=("trunk",),
    )


# Seen a third of the way round from the side, so both arms and both weights show (square from the side, the two
# dumbbells hid each other: a fresh blind reviewer held one weight at the side, not one in each hand).
DEADLIFT_CAMERA = Camera(View.SIDE, turn=30.0, down=5.0)
# A light dumbbell, its bar across the body (palms facing the thighs): two small ones with a gap between them read as
# a weight in each hand, where full-size ones met end to end and looked like one bar.
LIGHT_DUMBBELL = (13.0, 10.0, 3.5)


@register
def romanian_deadlift() -> Drawing:
    """Dumbbells resting against the front of the thighs, palms facing them, slide down the legs as the hips push
    back: at the finish the weights hang by the knees, close to the legs."""
    weights = tuple(held(PropKind.DUMBBELL, grip, facing=90.0, size=LIGHT_DUMBBELL) for grip in ("grip_r", "grip_l"))
    start = Figure(at=(0.0, STAND_Y, 0.0), **feet(), **hanging_arms(forward=8.0))
    end = Figure(at=(-20.0, 83.0, 0.0), lean=68.0, **feet(), **hanging_arms(forward=-10.0))
    contacts = (*FEET_ON_FLOOR, *both("hand", "dumbbell"))
    return drawing(
        "romanian-deadlift",
        DEADLIFT_CAMERA,
        Position(start, weights, contacts=contacts),
        Position(end, weights, (arrow(at("sacrum", 12, 12), at("sacrum", -3, 2), -0.2),), contacts=contacts),
        moving=("trunk", "arms"),
    )


# Seen square from the side, the lifting leg the near one (a turned view made the upright start look seen from the
# front and the bent-over finish from the side, a blind reviewer saw, and showed the far shoulder behind the head).
# The chair stands on the far side, ahead of the standing foot: its back far enough ahead that the weight in the near
# hand hangs plainly behind it when bent over, not over its back or seat.
HINGE_CAMERA = SIDE
CHAIR_BACK = (39.0, -44.0)  # where the chair's back stands (x, z): ahead of the standing foot, out to its left
CHAIR_TOP = 87.0


@register
def single_leg_deadlift() -> Drawing:
    """A chair in front, a little to the far side, the far hand on the top of its back; the chest tips forward as the
    near leg (shaded) reaches back, a dumbbell hanging from the near hand."""
    # The chair faces away, its back towards the client, and its seat further ahead: nothing of it is under the
    # weight, which hangs below the near shoulder and close to the standing leg.
    back_x, back_z = CHAIR_BACK
    chair = prop(PropKind.CHAIR, back_x + CHAIR_SIZE[0] / 2 - 1.6, z=back_z)
    # The lifting leg shaded, to tell it from the standing one.
    weight = (held(PropKind.DUMBBELL, "grip_r"), shaded_leg("r", 0.55))
    # The wrist just behind and above the top of the back, near its end closest to the client; the palm on it.
    grip = (back_x - 10.0, CHAIR_TOP + 3.5, back_z + 16.0)
    start = Figure(
        at=(0.0, STAND_Y, 0.0),
        neck=Bend(flex=8.0),  # the eyes level
        leg_l=Limb(reach=(0.0, ANKLE_Y, -HIP), flat=True),
        leg_r=Limb(flex=4.0, bend=10.0),
        arm_l=Limb(reach=grip, toward=(-1.0, 0.0, -0.3), flat=True),
        arm_r=hanging_arms(forward=4.0)["arm_r"],
    )
    # Tipped forward, the elbow bends out to the side over the chair, the palm still on its back.
    end = Figure(
        at=(-14.0, 86.0, 0.0),
        lean=56.0,
        neck=Bend(flex=-14.0),  # the head in line with the back, not hanging below the shoulders
        leg_l=Limb(reach=(0.0, ANKLE_Y, -HIP), flat=True),
        leg_r=Limb(flex=-12.0, bend=4.0, tip=10.0),
        arm_l=Limb(reach=(back_x, CHAIR_TOP + 3.5, back_z + 16.0), toward=(0.0, 0.3, -1.0), flat=True),
        arm_r=hanging_arms(forward=-8.0)["arm_r"],  # the weight close to the standing leg, clear of the chair
    )
    contacts = (touch("foot_l", "floor"), touch("hand_l", "chair"), touch("hand_r", "dumbbell"))
    return drawing(
        "single-leg-deadlift",
        HINGE_CAMERA,
        Position(start, (chair, *weight), contacts=contacts),
        # The arrow swings up and back under the lifted leg, from where the foot left the floor (a blind reviewer
        # read the old one, pointing down at the foot, as "push the leg down").
        Position(
            end, (chair, *weight), (arrow(at("ankle_r", 34, -34), at("ankle_r", 2, -9), 0.25),), contacts=contacts
        ),
        moving=("leg_r", "trunk"),
    )
