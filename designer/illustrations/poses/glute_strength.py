"""The drawings of the glute strength exercises."""

from __future__ import annotations

import math

from ..describe import Bend, Camera, Drawing, Figure, Limb, Position, Prop, PropKind, View
from ..geometry import add, scale, sub, unit
from .common import (
    ANKLE_Y,
    FEET_ON_FLOOR,
    GOBLET_CONTACTS,
    HIP,
    SIDE,
    STAND_Y,
    arms_crossed,
    arms_on_floor,
    arrow,
    at,
    band,
    both,
    chair_under,
    crook,
    drawing,
    feet,
    goblet_hold,
    joints,
    mat,
    prop,
    register,
    seated,
    stand,
    touch,
)

BRIDGE_UP = {"root_x": -3.0, "root_y": 29.0, "lean": -116.0, "neck": Bend(flex=24.0)}
# The bridge with the chin tucked a little more, so the back of the head rests on the mat instead of dipping
# below its line (the shoulders are on the floor, so the neck bends more than the trunk's tilt).
BRIDGE_HEAD_DOWN = {**BRIDGE_UP, "neck": Bend(flex=40.0)}
LYING = (touch("back", "floor"), *both("hand", "floor"))


@register
def glute_bridge() -> Drawing:
    """Lying on the back, knees bent, arms resting by the sides; the hips lift to a line from shoulders to knees."""
    start, end = arms_on_floor(crook()), arms_on_floor(crook(**BRIDGE_HEAD_DOWN))  # type: ignore[arg-type]
    return drawing(
        "glute-bridge",
        SIDE,
        Position(start, (mat(),), contacts=(*LYING, *FEET_ON_FLOOR, touch("seat", "floor"))),
        Position(end, (mat(),), (arrow(at("sacrum", 0, -14), at("sacrum", 0, 2)),), contacts=(*LYING, *FEET_ON_FLOOR)),
        moving=("trunk", "legs"),
    )


@register
def single_leg_bridge() -> Drawing:
    """One leg straight in line with the other thigh; the hips lift on the other foot."""
    start = arms_on_floor(crook(leg_r=Limb(flex=48.0, tip=10.0)))
    end = arms_on_floor(crook(**BRIDGE_UP, leg_r=Limb(flex=20.0, tip=10.0)))  # type: ignore[arg-type]
    contacts = (*LYING, touch("foot_l", "floor"))
    return drawing(
        "single-leg-bridge",
        SIDE,
        Position(start, (mat(),), contacts=(*contacts, touch("seat", "floor"))),
        Position(end, (mat(),), (arrow(at("sacrum", 0, -14), at("sacrum", 0, 2)),), contacts=contacts),
        moving=("trunk", "leg_r"),
    )


@register
def hip_thrust() -> Drawing:
    """Upper back against a bench, a dumbbell across the hips; the hips lift until the body is a table top."""
    bench = prop(PropKind.BENCH, -62.0)

    def figure(root: tuple[float, float, float], lean: float, neck: float, feet_x: float) -> Figure:
        # The hands hold the dumbbell's handle just inside its plates, on either side of the hips; the elbows
        # rest out to the side, level with the body, so the arms lie along the trunk rather than float above it.
        return Figure(
            lean=lean,
            at=root,
            neck=Bend(flex=neck),
            **feet(feet_x, width=HIP + 3),
            arm_r=Limb(reach=at("hip_front", -2.0, 3.0, 12.5), toward=(-0.3, -0.6, 1.0), tip=-80.0),
            arm_l=Limb(reach=at("hip_front", -2.0, 3.0, -12.5), toward=(-0.3, -0.6, -1.0), tip=-80.0),
        )

    # The dumbbell lies across the hip crease (seen end on from the side): its bar longer than the hips are wide,
    # so the near plate shows beside the hip, with both hands round the bar.
    weight = Prop(PropKind.DUMBBELL, at("hip_front", 0.0, 3.0), facing=90.0, size=(40.0, 14.0, 4.0))
    # Start: sitting on the floor, shoulder blades against the bench's edge; finish: hips up level with them.
    start = figure((-8.0, 14.5, 0.0), -40.0, 14.0, 38.0)
    end = figure((-2.0, 51.0, 0.0), -89.0, 30.0, 38.0)  # not quite -90, so the dumbbell knows which way is across
    contacts = (*FEET_ON_FLOOR, touch("back", "bench"), *both("hand", "dumbbell"))
    return drawing(
        "hip-thrust",
        SIDE,
        Position(start, (bench, weight), contacts=(*contacts, touch("seat", "floor"))),
        Position(end, (bench, weight), (arrow(at("sacrum", 0, -22), at("sacrum", 0, -4)),), contacts=contacts),
        moving=("trunk",),
    )


def side_lying(knee_open: float = 0.0) -> Figure:
    """Lying on the right side, hips and knees bent, head on the lower arm, top hand on the hip, feet together.

    ``knee_open`` turns the top knee up towards the ceiling while its foot stays on the bottom one.
    """
    base = Figure(
        roll=90.0,
        leg_r=Limb(flex=45.0, bend=90.0, tip=10.0),
        leg_l=Limb(flex=45.0, bend=90.0, tip=10.0),
        arm_r=Limb(flex=90.0, bend=100.0),
        arm_l=Limb(reach=at("hip_l", 0.0, 8.0, 2.0), toward=(-1.0, 0.3, 0.0)),
        neck=Bend(side=-6.0),
    )
    bottom = joints(base)
    front = unit(sub(bottom["knee_r"], bottom["hip_r"]))
    up = (0.0, 1.0, 0.0)
    opened = math.radians(knee_open)
    toward = add(scale(front, math.cos(opened)), scale(up, math.sin(opened)))
    return base.but(leg_l=Limb(reach=at("ankle_r", 0.0, 7.6, 0.0), toward=toward, tip=10.0))


@register
def clamshell() -> Drawing:
    """Lying on the side, knees bent; the top knee opens like a clam's shell, the feet staying together."""
    # Turned a little, so the mat lies on the floor rather than standing up behind the body like a box.
    camera = Camera(View.FRONT, turn=-20.0, down=30.0)
    contacts = (touch("head", "pillow"), touch("hand_l", "hip_l"), touch("heel_l", "foot_r"))
    head = joints(side_lying())["head"]
    # The pillow fills the gap between the head and the floor (the body lies on a 1.5 cm mat).
    pillow = prop(PropKind.PILLOW, head[0] + 2.0, z=head[2], size=(30.0, head[1] + 1.5 - 9.0, 34.0))
    props = (mat(), pillow)
    return drawing(
        "clamshell",
        camera,
        Position(side_lying(), props, contacts=contacts),
        Position(side_lying(50.0), props, (arrow(at("knee_l", 0, 4), at("knee_l", 0, 22), 0.0),), contacts=contacts),
        moving=("thigh_l",),
    )


@register
def banded_side_step() -> Drawing:
    """A band round the legs above the knees, knees soft; one foot steps out to the side, then the other follows it,
    so the client has moved along (a fresh blind reviewer, seeing only the step out, stepped out and back)."""
    loop = band(at("knee_r", 0, 6), at("knee_l", 0, 6))
    step = 30.0

    def squat(right_out: float, along: float = 0.0) -> Figure:
        """Knees soft, leaning a little forward; the right foot ``right_out`` cm out, the whole body ``along``."""
        return Figure(
            at=(0.0, 80.0, along),
            lean=18.0,
            leg_r=Limb(reach=(8.0, ANKLE_Y, HIP + 4 + right_out), flat=True),
            leg_l=Limb(reach=(8.0, ANKLE_Y, -HIP - 4 + along), flat=True),
            arm_r=Limb(flex=18.0, out=10.0, bend=20.0),
            arm_l=Limb(flex=18.0, out=10.0, bend=20.0),
        )

    return drawing(
        "banded-side-step",
        Camera(View.FRONT, turn=-15.0),
        Position(squat(0.0), (loop,), (), "1. Knees soft", FEET_ON_FLOOR),
        Position(
            squat(step),
            (loop,),
            (arrow(at("knee_r", 0, 24, 8), at("knee_r", 0, 24, 40)),),
            "2. Step out",
            FEET_ON_FLOOR,
        ),
        Position(
            squat(step, step),
            (loop,),
            (arrow(at("knee_l", 0, -22, -38), at("knee_l", 0, -22, -8)),),
            "3. Other foot",
            FEET_ON_FLOOR,
        ),
        moving=("leg_r", "leg_l"),
    )


@register
def sit_to_stand() -> Drawing:
    """Sitting near the front of the chair, feet a little behind the knees, arms crossed; then standing tall."""
    chair = chair_under(0.0)
    sit = seated(root_x=15.0, feet_x=46.0, lean=28.0, **arms_crossed())
    up = Figure(at=(44.0, STAND_Y, 0.0), **feet(46.0, width=HIP + 2), **arms_crossed())
    return drawing(
        "sit-to-stand",
        SIDE,
        Position(sit, (chair,), contacts=(*FEET_ON_FLOOR, touch("seat", "chair", "front third"))),
        Position(up, (chair,), (arrow(at("", 22, 72, 0), at("", 36, 96, 0), 0.3),), contacts=FEET_ON_FLOOR),
        moving=("trunk",),
    )


@register
def goblet_squat() -> Drawing:
    """Standing in front of a chair, kettlebell at the chest; the bottom goes back to touch the chair lightly."""
    chair = prop(PropKind.CHAIR, -30.0)
    bell, hands = goblet_hold()
    top = Figure(at=(8.0, STAND_Y, 0.0), **feet(8.0, width=HIP + 5), **hands)
    bottom = Figure(at=(-14.0, 57.0, 0.0), lean=26.0, **feet(8.0, width=HIP + 5), **hands)
    contacts = (*FEET_ON_FLOOR, *GOBLET_CONTACTS)
    return drawing(
        "goblet-squat",
        SIDE,
        Position(top, (chair, bell), contacts=contacts),
        Position(
            bottom,
            (chair, bell),
            (arrow(at("sacrum", 6, 32), at("sacrum", 6, 10)),),
            "Tap the seat",  # only touch it: a fresh blind reviewer sat right down on the chair
            contacts=(*contacts, touch("seat", "chair")),
        ),
        moving=("trunk",),
    )


@register
def step_up() -> Drawing:
    """One whole foot on a low step; pressing through it, the body rises to stand tall on the step."""
    step = prop(PropKind.STEP, 40.0, size=(40.0, 22.0, 60.0))
    start = Figure(
        at=(4.0, 86.0, 0.0),
        leg_r=Limb(reach=(36.0, 22.0 + ANKLE_Y, HIP), flat=True),
        leg_l=Limb(reach=(0.0, ANKLE_Y, -HIP), flat=True),
        lean=8.0,
        arm_r=Limb(flex=-14.0, bend=12.0),
        arm_l=Limb(flex=16.0, bend=20.0),
    )
    end = stand(at=(36.0, STAND_Y + 22.0, 0.0), **feet(36.0, y=22.0 + ANKLE_Y))
    return drawing(
        "step-up",
        SIDE,
        Position(start, (step,), contacts=(touch("foot_r", "step"), touch("foot_l", "floor"))),
        Position(end, (step,), (arrow(at("", 6, 70, 0), at("", 26, 96, 0), 0.3),), contacts=both("foot", "step")),
        moving=("trunk", "leg_l"),
    )
