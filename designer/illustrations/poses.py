"""The descriptions of every built-in exercise drawing: one or two positions of the figure, props, arrows.

Each entry is data (see ``describe``).  The helpers at the top build the common starting shapes (standing,
lying on the back, hands and knees, sitting on a chair, walking) so that every drawing shares the same body
and a new exercise costs one description.  Positions are in centimetres: x forward, y up, z towards the
viewer of a side view (the figure's right side).
"""

from __future__ import annotations

import math
from typing import TypedDict

from . import body as anatomy
from .describe import Arrow, At, Bend, Camera, Drawing, Figure, Limb, Position, Prop, PropKind, View
from .geometry import Vec, add, lerp, scale, sub, unit

SIDE = Camera(View.SIDE)
FRONT = Camera(View.FRONT)

STAND_Y = 87.2  # pelvis height standing straight
SUPINE_Y = 13.1  # pelvis height lying on the back
SEAT = 43.0  # chair seat height
SIT_Y = SEAT + 12.0  # pelvis height sitting on the chair
HIP = 9.0  # half the distance between the hip joints
SHOULDER = 17.0
ANKLE_Y = 7.2


class Arms(TypedDict):
    """Both arms, to pass into ``Figure`` or a helper by name."""

    arm_r: Limb
    arm_l: Limb


class Legs(TypedDict):
    """Both legs, to pass into ``Figure`` or a helper by name."""

    leg_r: Limb
    leg_l: Limb


FOOT_FLAT = Limb(flat=True)
RELAXED_ARM = Limb(out=5.0, bend=8.0)


def at(body: str = "", x: float = 0.0, y: float = 0.0, z: float = 0.0) -> At:
    return At(body, (x, y, z))


def arrow(start: At, end: At, bend: float = 0.0) -> Arrow:
    return Arrow(start, end, bend)


def mat() -> Prop:
    return Prop(PropKind.MAT)


def prop(kind: PropKind, x: float = 0.0, y: float = 0.0, z: float = 0.0, **rest: object) -> Prop:
    return Prop(kind, At("", (x, y, z)), **rest)  # type: ignore[arg-type]


def held(kind: PropKind, body: str, **rest: object) -> Prop:
    return Prop(kind, At(body), **rest)  # type: ignore[arg-type]


def band(start: At, end: At) -> Prop:
    return Prop(PropKind.BAND, start, end)


def drawing(exercise_id: str, camera: Camera, *positions: Position, floor: bool = True) -> Drawing:
    return Drawing(exercise_id, camera, tuple(positions), floor)


def hold(figure: Figure, props: tuple[Prop, ...] = (), arrows: tuple[Arrow, ...] = ()) -> Position:
    return Position(figure, props, arrows, "Hold")


def stand(**changes: object) -> Figure:
    """Standing tall, feet under the hips, arms relaxed."""
    return Figure(leg_r=FOOT_FLAT, leg_l=FOOT_FLAT, arm_r=RELAXED_ARM, arm_l=RELAXED_ARM).but(**changes)


def feet(x_r: float = 0.0, x_l: float | None = None, y: float = ANKLE_Y, width: float = HIP) -> Legs:
    """Legs reaching for feet flat on the floor (or a step) at these x positions."""
    x_l = x_r if x_l is None else x_l
    return Legs(leg_r=Limb(reach=(x_r, y, width), flat=True), leg_l=Limb(reach=(x_l, y, -width), flat=True))


def hanging_arms(forward: float = 0.0, drop: float = 54.5) -> Arms:
    """Arms hanging straight down from the shoulders, whatever the trunk does (for weights in the hands)."""
    return Arms(
        arm_r=Limb(reach=at("shoulder_r", forward, -drop, -2.0), toward=(-1.0, 0.0, 0.0)),
        arm_l=Limb(reach=at("shoulder_l", forward, -drop, 2.0), toward=(-1.0, 0.0, 0.0)),
    )


def walking(**changes: object) -> Figure:
    """Mid-stride: right leg in front, left leg pushing off, arms swinging the other way."""
    return Figure(
        leg_r=Limb(flex=24.0, bend=6.0, tip=-12.0),
        leg_l=Limb(flex=-14.0, bend=22.0, tip=26.0),
        arm_r=Limb(flex=-16.0, out=4.0, bend=14.0),
        arm_l=Limb(flex=20.0, out=4.0, bend=28.0),
    ).but(**changes)


def crook(root_x: float = 0.0, root_y: float = SUPINE_Y, lean: float = -90.0, **changes: object) -> Figure:
    """Lying on the back, knees bent, feet flat on the floor, arms resting by the sides."""
    return Figure(
        lean=lean,
        at=(root_x, root_y, 0.0),
        leg_r=Limb(reach=(46.0, ANKLE_Y, HIP + 2), flat=True),
        leg_l=Limb(reach=(46.0, ANKLE_Y, -HIP - 2), flat=True),
        arm_r=Limb(flex=-8.0, out=8.0),
        arm_l=Limb(flex=-8.0, out=8.0),
    ).but(**changes)


QUAD_LEAN = 74.0
QUAD_ROOT = (0.0, 45.8, 0.0)
QUAD_HANDS = 48.3


def quadruped(**changes: object) -> Figure:
    """Hands and knees: hands under the shoulders, knees under the hips, back level, eyes to the floor."""
    return Figure(
        lean=QUAD_LEAN,
        at=QUAD_ROOT,
        neck=Bend(flex=-14.0),
        leg_r=Limb(flex=QUAD_LEAN, bend=90.0, tip=75.0),
        leg_l=Limb(flex=QUAD_LEAN, bend=90.0, tip=75.0),
        arm_r=Limb(reach=(QUAD_HANDS, 4.5, SHOULDER), toward=(-1.0, 0.0, 0.0), flat=True),
        arm_l=Limb(reach=(QUAD_HANDS, 4.5, -SHOULDER), toward=(-1.0, 0.0, 0.0), flat=True),
    ).but(**changes)


def seated(root_x: float = 0.0, feet_x: float = 38.0, **changes: object) -> Figure:
    """Sitting on a chair, feet flat on the floor under the knees, hands resting on the thighs."""
    return Figure(
        at=(root_x, SIT_Y, 0.0),
        **feet(feet_x, width=HIP + 2),
        arm_r=Limb(reach=at("knee_r", -14.0, 9.0, 1.0), toward=(-1.0, -0.3, 0.6)),
        arm_l=Limb(reach=at("knee_l", -14.0, 9.0, -1.0), toward=(-1.0, -0.3, -0.6)),
    ).but(**changes)


def chair_under(root_x: float = 0.0) -> Prop:
    """A chair whose seat is under a figure sitting with its pelvis at ``root_x``."""
    return prop(PropKind.CHAIR, root_x + 5.0)


def arms_crossed() -> Arms:
    """Arms folded across the chest, hands on the opposite shoulders."""
    return Arms(
        arm_r=Limb(reach=at("chest", 2.0, 6.0, -12.0), toward=(0.0, -1.0, 0.3)),
        arm_l=Limb(reach=at("chest", 4.0, 2.0, 12.0), toward=(0.0, -1.0, -0.3)),
    )


def joints(figure: Figure) -> dict[str, Vec]:
    """Where the body points of ``figure`` are, to place a limb or a prop against them."""
    return anatomy.build(figure).points


def limb_through(base: Vec, upper: Vec, lower: Vec, lengths: tuple[float, float], **rest: object) -> Limb:
    """A limb from ``base`` whose upper part points along ``upper`` and lower part along ``lower`` (world)."""
    middle = add(base, scale(unit(upper), lengths[0]))
    end = add(middle, scale(unit(lower), lengths[1]))
    return Limb(reach=end, toward=sub(middle, lerp(base, end, 0.5)), **rest)  # type: ignore[arg-type]


LEG = (anatomy.THIGH, anatomy.SHANK)
ARM = (anatomy.UPPER_ARM, anatomy.FOREARM)


def knee_on_floor(hip: tuple[float, float], knee_height: float = 6.8, side: float = HIP) -> tuple[float, float, float]:
    """Where the ankle goes for a knee resting on the floor below and behind ``hip``, shin flat behind it."""
    drop = hip[1] - knee_height
    back = math.sqrt(max(40.0**2 - drop**2, 0.0))
    return (hip[0] - back - 40.0, knee_height + 0.6, side)


# Hip hinge ---------------------------------------------------------------------------------------------


def wall_hip_hinge() -> Drawing:
    def hands(height: float) -> Arms:
        return Arms(
            arm_r=Limb(reach=at("knee_r", 8.0, height, 3.0), toward=(-0.3, -0.3, 1.0)),
            arm_l=Limb(reach=at("knee_l", 8.0, height, -3.0), toward=(-0.3, -0.3, -1.0)),
        )

    start = Figure(at=(0.0, STAND_Y, 0.0), **feet(), **hands(36.0))
    end = Figure(at=(-20.0, 83.0, 0.0), lean=48.0, **feet(), **hands(24.0))
    wall = prop(PropKind.WALL, -35.0)
    return drawing(
        "wall-hip-hinge",
        SIDE,
        Position(start, (wall,)),
        Position(end, (wall,), (arrow(at("sacrum", 14, 10), at("sacrum", -1, 2), -0.2),)),
    )


def hip_hinge() -> Drawing:
    dowel = Prop(PropKind.DOWEL)
    hands = Arms(
        arm_r=Limb(reach=at("behind_neck", -2.0), toward=(0.0, -1.0, 1.0)),
        arm_l=Limb(reach=at("behind_waist", -2.0), toward=(0.0, -1.0, 0.0)),
    )
    start = Figure(at=(0.0, STAND_Y, 0.0), **feet(), **hands)
    end = Figure(at=(-18.0, 84.0, 0.0), lean=55.0, **feet(), **hands)
    return drawing(
        "hip-hinge",
        SIDE,
        Position(start, (dowel,)),
        Position(end, (dowel,), (arrow(at("sacrum", 12, 14), at("sacrum", -4, 2), -0.2),)),
    )


def romanian_deadlift() -> Drawing:
    weights = (held(PropKind.DUMBBELL, "grip_r"), held(PropKind.DUMBBELL, "grip_l"))
    start = Figure(at=(0.0, STAND_Y, 0.0), **feet(), **hanging_arms(forward=6.0))
    end = Figure(at=(-20.0, 83.0, 0.0), lean=68.0, **feet(), **hanging_arms())
    return drawing(
        "romanian-deadlift",
        SIDE,
        Position(start, weights),
        Position(end, weights, (arrow(at("sacrum", 12, 12), at("sacrum", -3, 2), -0.2),)),
    )


def single_leg_deadlift() -> Drawing:
    chair = prop(PropKind.CHAIR, 18.0, z=-50.0, facing=90.0)
    weight = (held(PropKind.DUMBBELL, "grip_r"),)
    start = Figure(
        at=(0.0, STAND_Y, 0.0),
        leg_l=Limb(reach=(0.0, ANKLE_Y, -HIP), flat=True),
        leg_r=Limb(flex=4.0, bend=10.0),
        arm_l=Limb(reach=(14.0, 93.0, -30.0), toward=(-1.0, 0.0, 0.0)),
        arm_r=hanging_arms(forward=4.0)["arm_r"],
    )
    end = Figure(
        at=(-10.0, 85.0, 0.0),
        lean=78.0,
        neck=Bend(flex=-8.0),
        leg_l=Limb(reach=(0.0, ANKLE_Y, -HIP), flat=True),
        leg_r=Limb(flex=-12.0, bend=4.0, tip=10.0),
        arm_l=Limb(reach=(28.0, 92.0, -30.0), toward=(0.0, 1.0, 0.0)),
        arm_r=hanging_arms()["arm_r"],
    )
    return drawing(
        "single-leg-deadlift",
        SIDE,
        Position(start, (chair, *weight)),
        Position(end, (chair, *weight)),
    )


# Glute strength ----------------------------------------------------------------------------------------


BRIDGE_UP = {"root_x": -3.0, "root_y": 30.2, "lean": -110.0, "neck": Bend(flex=20.0)}


def glute_bridge() -> Drawing:
    return drawing(
        "glute-bridge",
        SIDE,
        Position(crook(), (mat(),)),
        Position(crook(**BRIDGE_UP), (mat(),), (arrow(at("sacrum", 0, -14), at("sacrum", 0, 2)),)),  # type: ignore[arg-type]
    )


def single_leg_bridge() -> Drawing:
    start = crook(leg_r=Limb(flex=38.0, tip=10.0))
    end = crook(**BRIDGE_UP, leg_r=Limb(flex=0.0, tip=10.0))  # type: ignore[arg-type]
    return drawing(
        "single-leg-bridge",
        SIDE,
        Position(start, (mat(),)),
        Position(end, (mat(),), (arrow(at("sacrum", 0, -14), at("sacrum", 0, 2)),)),
    )


def hip_thrust() -> Drawing:
    bench = prop(PropKind.BENCH, -66.0)

    def figure(root: tuple[float, float, float], lean: float, neck: float) -> Figure:
        return Figure(
            lean=lean,
            at=root,
            neck=Bend(flex=neck),
            **feet(38.0, width=HIP + 3),
            arm_r=Limb(reach=at("hip_front", -2.0, 4.0, 12.0), toward=(0.0, 0.3, 1.0)),
            arm_l=Limb(reach=at("hip_front", -2.0, 4.0, -12.0), toward=(0.0, 0.3, -1.0)),
        )

    # The dumbbell lies across the hip crease (seen end on from the side), held there with both hands.
    weight = Prop(PropKind.DUMBBELL, at("hip_front", 0.0, 6.0), facing=90.0)
    # Start: sitting on the floor, shoulder blades against the bench's edge; finish: hips up level with them.
    start = figure((-8.0, 17.0, 0.0), -48.0, 20.0)
    end = figure((-1.0, 51.0, 0.0), -86.0, 34.0)
    return drawing(
        "hip-thrust",
        SIDE,
        Position(start, (bench, weight)),
        Position(end, (bench, weight), (arrow(at("sacrum", 0, -22), at("sacrum", 0, -4)),)),
    )


def side_lying(**changes: object) -> Figure:
    """Lying on the right side, hips and knees bent, head resting on the lower arm, top hand on the hip."""
    return Figure(
        roll=90.0,
        leg_r=Limb(flex=45.0, bend=90.0, tip=10.0),
        leg_l=Limb(flex=45.0, bend=90.0, tip=10.0),
        arm_r=Limb(flex=170.0, bend=150.0),
        arm_l=Limb(reach=at("hip_l", 0.0, 8.0, 2.0), toward=(-1.0, 0.3, 0.0)),
        neck=Bend(side=-14.0),
    ).but(**changes)


def clamshell() -> Drawing:
    # Turned a little, so the mat lies on the floor rather than standing up behind the body like a box.
    camera = Camera(View.FRONT, turn=-20.0, down=30.0)
    start = side_lying()
    end = side_lying(leg_l=Limb(flex=45.0, bend=90.0, tip=10.0, turn=50.0, out=10.0))
    return drawing(
        "clamshell",
        camera,
        Position(start, (mat(),)),
        Position(end, (mat(),), (arrow(at("knee_l", 0, 4), at("knee_l", 0, 22), 0.0),)),
    )


def banded_side_step() -> Drawing:
    loop = band(at("knee_r"), at("knee_l"))

    def squat(right_out: float) -> Figure:
        return Figure(
            at=(0.0, 80.0, 0.0),
            lean=18.0,
            leg_r=Limb(reach=(8.0, ANKLE_Y, HIP + 4 + right_out), flat=True),
            leg_l=Limb(reach=(8.0, ANKLE_Y, -HIP - 4), flat=True),
            arm_r=Limb(flex=18.0, out=10.0, bend=20.0),
            arm_l=Limb(flex=18.0, out=10.0, bend=20.0),
        )

    return drawing(
        "banded-side-step",
        Camera(View.FRONT, turn=-15.0),
        Position(squat(0.0), (loop,)),
        Position(squat(26.0), (loop,), (arrow(at("knee_r", 0, 24, 8), at("knee_r", 0, 24, 40)),)),
    )


def sit_to_stand() -> Drawing:
    chair = chair_under(0.0)
    sit = seated(lean=24.0, **arms_crossed())
    up = Figure(at=(36.0, STAND_Y, 0.0), **feet(38.0, width=HIP + 2), **arms_crossed())
    return drawing(
        "sit-to-stand",
        SIDE,
        Position(sit, (chair,)),
        Position(up, (chair,), (arrow(at("", 10, 70, 0), at("", 26, 92, 0), 0.3),)),
    )


def goblet_squat() -> Drawing:
    chair = prop(PropKind.CHAIR, -30.0)
    bell = held(PropKind.KETTLEBELL, "grip_r")
    hands = Arms(
        arm_r=Limb(reach=at("chest", 10.0, -4.0, 4.0), toward=(0.0, -1.0, 0.4)),
        arm_l=Limb(reach=at("chest", 10.0, -4.0, -4.0), toward=(0.0, -1.0, -0.4)),
    )
    top = Figure(at=(8.0, STAND_Y, 0.0), **feet(8.0, width=HIP + 5), **hands)
    bottom = Figure(at=(-14.0, 57.0, 0.0), lean=34.0, **feet(8.0, width=HIP + 5), **hands)
    return drawing(
        "goblet-squat",
        SIDE,
        Position(top, (chair, bell)),
        Position(bottom, (chair, bell), (arrow(at("sacrum", 6, 32), at("sacrum", 6, 10)),)),
    )


def step_up() -> Drawing:
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
        Position(start, (step,)),
        Position(end, (step,), (arrow(at("", 6, 70, 0), at("", 26, 96, 0), 0.3),)),
    )


# Core bracing and anti-rotation -------------------------------------------------------------------------


def pelvic_tilt() -> Drawing:
    """Lying on the back, knees bent, hands on the hip bones.  Tipping the pelvis forward arches the low back
    off the mat (a gap under it); tipping it back presses the low back flat onto the mat."""
    hands = Arms(
        arm_r=Limb(reach=at("chest", 6.0, 2.0, -4.0), toward=(0.3, -0.4, 1.0), flat=True),
        arm_l=Limb(reach=at("chest", 6.0, 2.0, 4.0), toward=(0.3, -0.4, -1.0), flat=True),
    )
    arched = crook(
        root_y=SUPINE_Y + 0.6,
        lean=-74.0,
        lumbar=Bend(flex=-15.0),
        chest=Bend(flex=-16.0),
        neck=Bend(flex=18.0),
        **hands,
    )
    flat = crook(root_y=SUPINE_Y - 0.7, lean=-98.0, lumbar=Bend(flex=4.0), chest=Bend(flex=8.0), **hands)
    lift = arrow(at("waist", 4, -13), at("waist", 4, -3))
    rock = arrow(at("hip_front", 10, 12), at("hip_front", -6, 14), 0.35)
    press = arrow(at("waist", 9, 6), at("waist", 9, -4))
    return drawing("pelvic-tilt", SIDE, Position(arched, (mat(),), (lift,)), Position(flat, (mat(),), (rock, press)))


def heel_slide() -> Drawing:
    start = crook()
    end = crook(leg_r=Limb(reach=(79.0, ANKLE_Y + 1.0, HIP + 2), tip=-5.0))
    return drawing(
        "heel-slide",
        SIDE,
        Position(start, (mat(),)),
        Position(end, (mat(),), (arrow(at("", 52, 2, 30), at("", 78, 2, 30)),)),
    )


def dead_bug() -> Drawing:
    """Lying on the back, arms to the ceiling, hips and knees at right angles; then one arm reaches back
    overhead while the opposite leg reaches out long, just above the floor."""
    arm_up, table_leg = Limb(flex=90.0, bend=4.0), Limb(flex=90.0, bend=90.0, tip=10.0)
    start = Figure(lean=-90.0, at=(0.0, SUPINE_Y, 0.0), arm_r=arm_up, arm_l=arm_up, leg_r=table_leg, leg_l=table_leg)
    end = start.but(arm_l=Limb(flex=168.0, bend=4.0), leg_r=Limb(flex=12.0, bend=4.0, tip=15.0))
    reach_back = arrow(at("shoulder_l", 30, 40, 0), at("shoulder_l", -40, 16, 0), 0.3)
    reach_out = arrow(at("hip_r", 30, 52, 18), at("hip_r", 80, 26, 18), -0.3)
    return drawing("dead-bug", SIDE, Position(start, (mat(),)), Position(end, (mat(),), (reach_back, reach_out)))


def four_point_leg_slide() -> Drawing:
    end = quadruped(leg_r=Limb(flex=QUAD_LEAN - 62.0, bend=2.0, toes=0.0))
    return drawing(
        "four-point-leg-slide",
        SIDE,
        Position(quadruped(), (mat(),)),
        Position(end, (mat(),), (arrow(at("", -38, 2, 30), at("", -74, 2, 30)),)),
    )


def bird_dog() -> Drawing:
    end = quadruped(arm_l=Limb(flex=QUAD_LEAN + 90.0), leg_r=Limb(flex=QUAD_LEAN - 90.0, tip=40.0))
    return drawing("bird-dog", SIDE, Position(quadruped(), (mat(),)), Position(end, (mat(),)))


# Seen from above: the band runs out to the side to its anchor, and the arms press straight forward across it.
# From the front or the side one of the two is foreshortened and the press reads as a sideways pull.
PALLOF_CAMERA = Camera(View.FRONT, turn=0.0, down=90.0)
ANCHOR = (16.0, 121.0, 105.0)  # beside the chest, on the right


def pallof(hands_x: float) -> Figure:
    """Standing side-on to the anchor, knees soft, hands together at the chest (or pressed out in front)."""
    at_chest = hands_x < 30
    elbows = (-0.2, -1.0, 1.0) if at_chest else (-0.3, -1.0, 0.4)
    apart = 7.0 if at_chest else 4.0  # the hands meet without the forearms crossing
    return Figure(
        at=(0.0, 85.0, 0.0),
        **feet(4.0, width=HIP + 6),
        arm_r=Limb(reach=(hands_x, 121.0, apart), toward=elbows, tip=-40.0),
        arm_l=Limb(reach=(hands_x, 121.0, -apart), toward=(elbows[0], elbows[1], -elbows[2]), tip=-40.0),
    )


def pallof_props() -> tuple[Prop, ...]:
    return (prop(PropKind.ANCHOR, *ANCHOR), band(at("grip_r"), at("", *ANCHOR)))


def pallof_hold() -> Drawing:
    return drawing("pallof-hold", PALLOF_CAMERA, hold(pallof(48.0), pallof_props()), floor=False)


def pallof_press() -> Drawing:
    return drawing(
        "pallof-press",
        PALLOF_CAMERA,
        Position(pallof(20.0), pallof_props()),
        Position(pallof(48.0), pallof_props(), (arrow(at("", 24, 150, -16), at("", 50, 150, -16)),)),
        floor=False,
    )


def incline_plank() -> Drawing:
    angle = math.radians(42.6)
    root = (80.0 * math.cos(angle), ANKLE_Y + 80.0 * math.sin(angle), 0.0)
    shoulder_x = root[0] + 50.0 * math.cos(angle)
    figure = Figure(
        lean=90.0 - 42.6,
        at=root,
        leg_r=Limb(toes=0.0),
        leg_l=Limb(toes=0.0),
        arm_r=Limb(reach=(shoulder_x + 2.0, 47.5, SHOULDER), toward=(-1.0, 0.0, 0.0), flat=True),
        arm_l=Limb(reach=(shoulder_x + 2.0, 47.5, -SHOULDER), toward=(-1.0, 0.0, 0.0), flat=True),
    )
    bench = prop(PropKind.BENCH, shoulder_x + 20.0)
    return drawing("incline-plank", SIDE, hold(figure, (bench,)))


def front_plank() -> Drawing:
    angle = math.radians(12.0)
    root = (80.0 * math.cos(angle), ANKLE_Y + 80.0 * math.sin(angle), 0.0)
    shoulder_x = root[0] + 50.0 * math.cos(angle)
    figure = Figure(
        lean=78.0,
        at=root,
        neck=Bend(flex=-10.0),
        leg_r=Limb(toes=0.0),
        leg_l=Limb(toes=0.0),
        arm_r=Limb(reach=(shoulder_x + 22.0, 5.0, SHOULDER - 4), toward=(0.0, -1.0, 0.0), flat=True),
        arm_l=Limb(reach=(shoulder_x + 22.0, 5.0, -SHOULDER + 4), toward=(0.0, -1.0, 0.0), flat=True),
    )
    return drawing("front-plank", SIDE, hold(figure, (mat(),)))


def side_plank_figure(up: bool, knees: bool) -> Figure:
    """Lying on the right side, propped on the right forearm (elbow under the shoulder), hips down or lifted.

    Up, the body is one straight line from the knees or feet to the head; down, the hips rest on the floor.
    """
    if up:
        roll, root_y = (67.0, 29.5) if knees else (73.5, 36.3)
    else:
        roll, root_y = 52.0, 17.0
    trunk = Figure(roll=roll, at=(0.0, root_y, 0.0), neck=Bend(side=-10.0))
    points = joints(trunk)
    shoulder = points["shoulder_r"]
    elbow_drop = shoulder[1] - 4.0
    support = limb_through(shoulder, (0.0, -1.0, 0.0), (1.0, 0.0, 0.0), (elbow_drop, anatomy.FOREARM), flat=True)
    top_hand = Limb(reach=at("hip_l", 2.0, 9.0, 2.0), toward=(0.0, 1.0, 0.0))
    if up and knees:
        legs = Legs(leg_r=Limb(bend=90.0, tip=20.0), leg_l=Limb(bend=90.0, tip=20.0, out=-6.0))
    elif up:
        legs = Legs(leg_r=Limb(tip=10.0), leg_l=Limb(tip=10.0, out=-6.0))
    else:
        # Hips down: each leg lies along the floor (the top one resting on the bottom one).
        def lying_leg(hip: Vec, height: float) -> Limb:
            reach = 40.0 if knees else 80.0
            drop = hip[1] - height
            along = (0.0, -drop, -math.sqrt(max(reach * reach - drop * drop, 1.0)))
            lower = (-1.0, 0.0, 0.0) if knees else along
            return limb_through(hip, along, lower, LEG, tip=20.0 if knees else 10.0)

        legs = Legs(leg_r=lying_leg(points["hip_r"], 5.0), leg_l=lying_leg(points["hip_l"], 13.0))
    return trunk.but(arm_r=support, arm_l=top_hand, **legs)


# From the front and a little above and to the side, so the forearm on the mat (pointing forward, towards
# the viewer) shows its length instead of looking like a straight arm sunk into the mat.
SIDE_PLANK_CAMERA = Camera(View.FRONT, turn=-20.0, down=22.0)


def side_plank_knees() -> Drawing:
    return drawing(
        "side-plank-knees",
        SIDE_PLANK_CAMERA,
        Position(side_plank_figure(False, True), (mat(),)),
        Position(side_plank_figure(True, True), (mat(),), (arrow(at("root", 0, -6, 0), at("root", 0, 14, 0)),)),
    )


def side_plank() -> Drawing:
    return drawing(
        "side-plank",
        SIDE_PLANK_CAMERA,
        Position(side_plank_figure(False, False), (mat(),)),
        Position(side_plank_figure(True, False), (mat(),), (arrow(at("root", 0, -6, 0), at("root", 0, 14, 0)),)),
    )


# Carries -----------------------------------------------------------------------------------------------

CARRY_CAMERA = Camera(View.FRONT, turn=-20.0)


def front_step(**changes: object) -> Figure:
    """A walking step seen from the front: left foot planted ahead, right heel lifting behind, trunk tall.

    Seen a little from the right, this way round the feet stand apart in the picture instead of crossing.
    """
    return Figure(
        at=(0.0, 84.5, 0.0),
        leg_l=Limb(reach=(16.0, ANKLE_Y, -HIP - 2), flat=True),
        leg_r=Limb(reach=(-16.0, 12.0, HIP + 2), toes=0.0),
    ).but(**changes)


def suitcase_march() -> Drawing:
    bell = held(PropKind.KETTLEBELL, "grip_r")
    start = stand(arm_r=Limb(out=9.0))
    end = stand(
        arm_r=Limb(out=9.0),
        arm_l=Limb(out=12.0, bend=10.0),
        leg_l=Limb(flex=85.0, bend=90.0, tip=20.0),
    )
    return drawing(
        "suitcase-march",
        CARRY_CAMERA,
        Position(start, (bell,)),
        Position(end, (bell,), (arrow(at("knee_l", 0, -34, 0), at("knee_l", 0, -8, 0)),)),
    )


def farmers_carry() -> Drawing:
    bells = (held(PropKind.KETTLEBELL, "grip_r"), held(PropKind.KETTLEBELL, "grip_l"))
    walk = front_step(arm_r=Limb(out=10.0), arm_l=Limb(out=10.0))
    return drawing("farmers-carry", CARRY_CAMERA, Position(walk, bells))


def suitcase_carry() -> Drawing:
    bell = held(PropKind.KETTLEBELL, "grip_r")
    walk = front_step(arm_r=Limb(out=9.0), arm_l=Limb(flex=8.0, out=12.0, bend=12.0))
    return drawing("suitcase-carry", CARRY_CAMERA, Position(walk, (bell,)))


def goblet_carry() -> Drawing:
    bell = held(PropKind.KETTLEBELL, "grip_r")
    walk = walking(
        arm_r=Limb(reach=at("chest", 10.0, -4.0, 4.0), toward=(0.0, -1.0, 0.4)),
        arm_l=Limb(reach=at("chest", 10.0, -4.0, -4.0), toward=(0.0, -1.0, -0.4)),
    )
    way = arrow(at("root", 44, -60, 0), at("root", 84, -60, 0))
    return drawing("goblet-carry", SIDE, Position(walk, (bell,), (way,)))


# Spine reloading ---------------------------------------------------------------------------------------


def loaded_walk() -> Drawing:
    way = arrow(at("root", 44, -60, 0), at("root", 84, -60, 0))
    return drawing("loaded-walk", SIDE, Position(walking(), (Prop(PropKind.BACKPACK),), (way,)))


def kettlebell_deadlift() -> Drawing:
    floor_bell = prop(PropKind.KETTLEBELL, 12.0)
    handle = (12.0, 28.0)
    low = Figure(
        at=(-22.0, 60.0, 0.0),
        lean=62.0,
        neck=Bend(flex=-10.0),
        **feet(width=HIP + 6),
        arm_r=Limb(reach=(handle[0], handle[1] + 2.0, 5.0), toward=(-1.0, 0.0, 0.0)),
        arm_l=Limb(reach=(handle[0], handle[1] + 2.0, -5.0), toward=(-1.0, 0.0, 0.0)),
    )
    high = Figure(
        at=(0.0, STAND_Y, 0.0),
        **feet(width=HIP + 6),
        arm_r=Limb(reach=(10.0, 85.0, 5.0), toward=(-1.0, 0.0, 0.0)),
        arm_l=Limb(reach=(10.0, 85.0, -5.0), toward=(-1.0, 0.0, 0.0)),
    )
    return drawing(
        "kettlebell-deadlift",
        Camera(View.SIDE, turn=28.0),
        Position(low, (floor_bell,)),
        Position(high, (held(PropKind.KETTLEBELL, "grip_r"),), (arrow(at("", 34, 40, 0), at("", 34, 74, 0)),)),
    )


def box_lift() -> Drawing:
    size = (34.0, 26.0, 34.0)
    low = Figure(
        at=(-18.0, 45.0, 0.0),
        lean=55.0,
        neck=Bend(flex=-16.0),
        **feet(width=HIP + 8),
        arm_r=Limb(reach=(32.0, 20.0, 18.0), toward=(-1.0, 0.0, 0.5)),
        arm_l=Limb(reach=(32.0, 20.0, -18.0), toward=(-1.0, 0.0, -0.5)),
    )
    high = Figure(
        at=(0.0, STAND_Y, 0.0),
        **feet(width=HIP + 8),
        arm_r=Limb(reach=(26.0, 98.0, 18.0), toward=(-0.4, -1.0, 0.3)),
        arm_l=Limb(reach=(26.0, 98.0, -18.0), toward=(-0.4, -1.0, -0.3)),
    )
    return drawing(
        "box-lift",
        SIDE,
        Position(low, (prop(PropKind.BOX, 32.0, size=size),)),
        Position(high, (prop(PropKind.BOX, 26.0, 85.0, size=size),), (arrow(at("", 58, 30, 0), at("", 58, 84, 0)),)),
    )


BAND_ANCHOR = (120.0, 112.0, 0.0)


def band_row() -> Drawing:
    def figure(hands_x: float, hands_y: float) -> Figure:
        return Figure(
            at=(0.0, 86.0, 0.0),
            **feet(width=HIP + 4),
            arm_r=Limb(reach=(hands_x, hands_y, 12.0), toward=(-1.0, -0.5, 0.4)),
            arm_l=Limb(reach=(hands_x, hands_y, -12.0), toward=(-1.0, -0.5, -0.4)),
        )

    def props() -> tuple[Prop, ...]:
        return (prop(PropKind.ANCHOR, *BAND_ANCHOR), band(at("grip_r"), at("", *BAND_ANCHOR)))

    return drawing(
        "band-row",
        SIDE,
        Position(figure(50.0, 113.0), props()),
        Position(figure(8.0, 108.0), props(), (arrow(at("", 46, 126, 0), at("", 18, 126, 0)),)),
    )


def one_arm_row() -> Drawing:
    chair = prop(PropKind.CHAIR, 80.0, facing=180.0)

    def figure(rowing: bool) -> Figure:
        arm = (
            Limb(reach=at("hip_r", 10.0, 10.0, 8.0), toward=(-0.5, 1.0, 0.2))
            if rowing
            else Limb(reach=at("shoulder_r", 0.0, -54.0, -2.0), toward=(-1.0, 0.0, 0.0))
        )
        return Figure(
            at=(-2.0, 84.0, 0.0),
            lean=74.0,
            neck=Bend(flex=-10.0),
            leg_l=Limb(reach=(22.0, ANKLE_Y, -HIP - 2), flat=True),
            leg_r=Limb(reach=(-16.0, ANKLE_Y, HIP + 2), flat=True),
            arm_l=Limb(reach=(62.0, SEAT + 5.0, -16.0), toward=(-1.0, 0.0, 0.0), flat=True),
            arm_r=arm,
        )

    weight = held(PropKind.DUMBBELL, "grip_r")
    return drawing(
        "one-arm-row",
        SIDE,
        Position(figure(False), (chair, weight)),
        Position(figure(True), (chair, weight), (arrow(at("grip_r", 12, -26), at("grip_r", 12, -4)),)),
    )


def lean_figure(angle: float, hands: tuple[float, float], tip: float) -> Figure:
    """Body straight from the ankles, tipped forward ``angle`` degrees, hands pressing at ``hands``."""
    radians = math.radians(angle)
    root = (80.0 * math.sin(radians), ANKLE_Y + 80.0 * math.cos(radians), 0.0)
    return Figure(
        lean=angle,
        at=root,
        leg_r=Limb(flat=True),
        leg_l=Limb(flat=True),
        arm_r=Limb(reach=(hands[0], hands[1], SHOULDER + 4), toward=(-0.3, -1.0, 0.6), tip=tip),
        arm_l=Limb(reach=(hands[0], hands[1], -SHOULDER - 4), toward=(-0.3, -1.0, -0.6), tip=tip),
    )


def wall_push_up() -> Drawing:
    wall = prop(PropKind.WALL, 92.0, facing=180.0)
    return drawing(
        "wall-push-up",
        SIDE,
        Position(lean_figure(16.0, (88.0, 132.0), 80.0), (wall,)),
        Position(lean_figure(27.0, (88.0, 132.0), 80.0), (wall,), (arrow(at("chest", 4, 12), at("chest", 18, 8)),)),
    )


def incline_push_up() -> Drawing:
    worktop = prop(PropKind.WORKTOP, 104.0)
    hands = (112.0, 93.5)
    return drawing(
        "incline-push-up",
        SIDE,
        Position(lean_figure(30.0, hands, 0.0), (worktop,)),
        Position(lean_figure(42.0, hands, 0.0), (worktop,), (arrow(at("chest", 0, 20), at("chest", 8, 4)),)),
    )


# Hip mobility ------------------------------------------------------------------------------------------


def knee_to_chest() -> Drawing:
    hug = crook(
        leg_r=Limb(flex=118.0, bend=125.0, tip=20.0),
        arm_r=Limb(reach=at("knee_r", 2.0, -3.0, 6.0), toward=(0.0, -0.4, 1.0)),
        arm_l=Limb(reach=at("knee_r", 2.0, -3.0, -8.0), toward=(0.0, -0.4, -1.0)),
    )
    return drawing(
        "knee-to-chest",
        SIDE,
        Position(crook(), (mat(),)),
        Position(hug, (mat(),), (arrow(at("knee_r", 10, 2), at("knee_r", 2, 14), 0.3),)),
    )


def figure_four_stretch() -> Drawing:
    """Lying on the back, the left ankle resting across the right knee (a figure 4); then the right thigh is
    drawn in towards the chest, both hands holding behind it.  Seen from the right side and a little above,
    so the crossed leg's knee shows out to the far side behind the pulled-in thigh."""
    camera = Camera(View.SIDE, turn=-20.0, down=12.0)
    crossed = Limb(reach=at("knee_r", -5.0, 6.0, -5.0), toward=(0.3, 0.5, -1.0), tip=-10.0)
    start = crook(leg_l=crossed)
    end = crook(
        leg_r=Limb(flex=75.0, bend=95.0, tip=5.0),
        leg_l=crossed,
        arm_r=Limb(reach=at("knee_r", -12.0, -12.0, 7.0), toward=(0.0, -0.5, 1.0)),
        arm_l=Limb(reach=at("knee_r", -12.0, -12.0, -6.0), toward=(0.0, -0.5, -1.0)),
        chest=Bend(flex=12.0),
        neck=Bend(flex=8.0),
    )
    return drawing(
        "figure-four-stretch",
        camera,
        Position(start, (mat(),)),
        Position(end, (mat(),), (arrow(at("knee_r", 8, 12, 10), at("knee_r", -8, 20, 10), 0.3),)),
    )


def ninety_ninety_figure(front_leg_right: bool) -> Figure:
    """Sitting on the floor in the 90/90 position: the front leg's thigh points forward with its shin across
    in front; the back leg's thigh points out to the side with its shin behind."""
    side = 1.0 if front_leg_right else -1.0
    trunk = Figure(lean=-25.0, at=(0.0, 12.0, 0.0))
    points = joints(trunk)
    front_hip, back_hip = (points["hip_r"], points["hip_l"]) if front_leg_right else (points["hip_l"], points["hip_r"])
    front = limb_through(front_hip, (1.0, -0.15, 0.2 * side), (0.0, -0.04, -side), LEG, tip=20.0)
    back = limb_through(back_hip, (0.3, -0.15, -side), (-1.0, -0.04, -0.15 * side), LEG, tip=20.0)
    legs = Legs(leg_r=front, leg_l=back) if front_leg_right else Legs(leg_r=back, leg_l=front)
    return trunk.but(
        **legs,
        arm_r=Limb(reach=(-38.0, 4.5, 26.0), toward=(1.0, 0.0, 0.4), flat=True),
        arm_l=Limb(reach=(-38.0, 4.5, -26.0), toward=(1.0, 0.0, -0.4), flat=True),
    )


def ninety_ninety() -> Drawing:
    # Turned a little and from well above: the mat reads as the floor under the legs, not a wall behind them,
    # and both legs' right angles show.
    camera = Camera(View.FRONT, turn=-15.0, down=45.0)
    return drawing(
        "ninety-ninety",
        camera,
        Position(ninety_ninety_figure(True), (mat(),)),
        Position(ninety_ninety_figure(False), (mat(),), (arrow(at("root", 30, 40, 30), at("root", 30, 40, -30), 0.3),)),
    )


def standing_hip_flexor_stretch() -> Drawing:
    chair = prop(PropKind.CHAIR, 20.0, z=-52.0, facing=90.0)

    def figure(root: tuple[float, float, float], tuck: float) -> Figure:
        return Figure(
            at=root,
            lean=-tuck,
            leg_l=Limb(reach=(30.0, ANKLE_Y, -HIP), flat=True),
            leg_r=Limb(reach=(-38.0, 10.0, HIP), toes=0.0),
            arm_l=Limb(reach=(20.0, 92.0, -31.0), toward=(-1.0, 0.0, 0.0)),
            arm_r=Limb(reach=at("hip_r", 4.0, 10.0, 6.0), toward=(-1.0, 0.3, 0.4)),
        )

    return drawing(
        "standing-hip-flexor-stretch",
        SIDE,
        Position(figure((-6.0, 80.0, 0.0), 0.0), (chair,)),
        Position(figure((2.0, 77.0, 0.0), 8.0), (chair,), (arrow(at("sacrum", -4, -10), at("sacrum", 14, -10)),)),
    )


def hip_flexor_stretch() -> Drawing:
    cushion = prop(PropKind.PILLOW, -16.0, size=(24.0, 4.0, 30.0))

    def figure(root: tuple[float, float], reach_up: bool) -> Figure:
        arm = Limb(flex=170.0, out=10.0, bend=10.0) if reach_up else Limb(reach=at("hip_r", 4.0, 8.0, 6.0))
        return Figure(
            at=(root[0], root[1], 0.0),
            lean=-4.0,
            leg_l=Limb(reach=(38.0, ANKLE_Y, -HIP), flat=True),
            leg_r=Limb(reach=knee_on_floor(root, 10.5), toward=(0.0, -1.0, 0.0), tip=80.0),
            arm_r=arm,
            arm_l=Limb(reach=at("hip_l", 4.0, 8.0, -6.0), toward=(-1.0, 0.3, -0.4)),
        )

    return drawing(
        "hip-flexor-stretch",
        SIDE,
        Position(figure((-4.0, 47.0), False), (cushion,)),
        Position(figure((6.0, 43.0), True), (cushion,), (arrow(at("sacrum", -6, -8), at("sacrum", 12, -8)),)),
    )


def standing_hip_circles() -> Drawing:
    camera = Camera(View.FRONT, turn=-35.0)
    chair = prop(PropKind.CHAIR, 0.0, z=-52.0, facing=90.0)

    def figure(leg: Limb) -> Figure:
        return Figure(
            at=(0.0, STAND_Y, 0.0),
            leg_l=Limb(reach=(0.0, ANKLE_Y, -HIP), flat=True),
            leg_r=leg,
            arm_l=Limb(reach=(4.0, 92.0, -31.0), toward=(-1.0, 0.0, 0.0)),
            arm_r=Limb(reach=at("hip_r", 2.0, 10.0, 6.0), toward=(-1.0, 0.3, 0.4)),
        )

    forward = Limb(flex=85.0, bend=90.0, tip=10.0)
    open_out = Limb(flex=70.0, out=45.0, turn=35.0, bend=90.0, tip=10.0)
    return drawing(
        "standing-hip-circles",
        camera,
        Position(figure(forward), (chair,)),
        Position(figure(open_out), (chair,), (arrow(at("knee_r", 12, 14, -10), at("knee_r", -2, 12, 14), 0.35),)),
    )


# Side bending and rotation ------------------------------------------------------------------------------


def knee_rolls() -> Drawing:
    """Lying on the back, knees bent and feet flat, both knees roll slowly to one side.  Seen from beyond the
    feet, a little to the side and above, so the bent knees stand up clearly and the roll goes across."""
    camera = Camera(View.FRONT, turn=-40.0, down=20.0)
    arms = Arms(arm_r=Limb(out=60.0, flex=-4.0), arm_l=Limb(out=60.0, flex=-4.0))
    start = crook(**arms)
    rolled = crook(
        spin=45.0,  # the knees drop to the left, away from the viewer
        lumbar=Bend(twist=-25.0),
        chest=Bend(twist=-20.0),
        leg_r=Limb(reach=(46.0, ANKLE_Y + 4.0, HIP - 8.0), flat=True),  # the right foot rolls onto its edge
        leg_l=Limb(reach=(46.0, ANKLE_Y, -HIP - 4.0), flat=True),
        **arms,
    )
    return drawing(
        "knee-rolls",
        camera,
        Position(start, (mat(),)),
        Position(rolled, (mat(),), (arrow(at("", 30, 62, 8), at("", 30, 56, -36), 0.3),)),
        floor=False,
    )


def open_book() -> Drawing:
    """Lying on the right side on a mat, hips and knees bent to right angles, head on a pillow, arms out in
    front one on the other; the top arm opens over to the other side like the page of a book, the chest
    and head turning with it.  Seen from the front and well above, so the body plainly lies along the mat:
    the arms reach towards the viewer at the start and lie behind the back at the finish."""
    camera = Camera(View.FRONT, turn=-20.0, down=40.0)
    base = Figure(
        roll=90.0,
        leg_r=Limb(flex=90.0, bend=90.0, tip=10.0),
        leg_l=Limb(flex=90.0, bend=90.0, tip=10.0),
    )
    # Pin the pelvis where it lies, so the hands can be placed on the mat at fixed points.
    base = base.but(at=joints(base)["root"])
    # The bottom arm stays on the mat in front whatever the chest does.
    shoulder_r = joints(base)["shoulder_r"]
    base = base.but(arm_r=Limb(reach=(shoulder_r[0] + 52.0, 6.0, shoulder_r[2]), toward=(0.0, 1.0, 0.0), flat=True))
    # The top shoulder rolls forward a little so the top hand rests on the bottom one.
    start = base.but(chest=Bend(twist=-12.0), arm_l=Limb(reach=at("wrist_r", -4.0, 8.0, 0.0), toward=(0.0, 1.0, 0.0)))
    opened = base.but(
        lumbar=Bend(twist=10.0),
        chest=Bend(twist=60.0),
        neck=Bend(twist=35.0),
        arm_l=Limb(reach=(-60.0, 6.0, joints(base)["shoulder_l"][2]), toward=(0.0, 1.0, 0.0), flat=True),
    )
    head = joints(start)["head"]
    pillow = prop(PropKind.PILLOW, head[0], z=head[2] - 2.0, size=(32.0, 12.0, 36.0))
    shoulder = joints(start)["shoulder_l"]
    sweep = arrow(
        at("", shoulder[0] + 50.0, shoulder[1] + 20.0, shoulder[2] + 10.0),
        at("", shoulder[0] - 40.0, shoulder[1] + 20.0, shoulder[2] + 10.0),
        0.45,
    )
    return drawing(
        "open-book",
        camera,
        Position(start, (mat(), pillow)),
        Position(opened, (mat(), pillow), (sweep,)),
        floor=False,
    )


def thread_the_needle() -> Drawing:
    """Hands and knees; then the right arm slides under the body along the mat towards the left, palm up,
    the right shoulder and the side of the head coming down towards the mat.  Seen from the left and a little
    in front and above, so the arm comes out from under the chest towards the viewer."""
    camera = Camera(View.FRONT, turn=75.0, down=15.0)
    threaded = quadruped(
        at=(-4.0, 45.0, 0.0),
        lean=96.0,
        leg_r=Limb(flex=96.0, bend=90.0, tip=75.0),  # the thighs stay upright over the knees
        leg_l=Limb(flex=96.0, bend=90.0, tip=75.0),
        chest=Bend(twist=65.0, flex=8.0),
        neck=Bend(flex=0.0, twist=30.0),
        arm_l=Limb(reach=(QUAD_HANDS - 4.0, 4.5, -SHOULDER - 2.0), toward=(-1.0, 0.6, -0.6), flat=True),
        arm_r=Limb(reach=(38.0, 3.5, -46.0), toward=(0.0, 1.0, 0.4), flat=True),
    )
    return drawing(
        "thread-the-needle",
        camera,
        Position(quadruped(), (mat(),)),
        Position(threaded, (mat(),), (arrow(at("", 46, 12, 16), at("", 42, 8, -46), -0.25),)),
    )


SEATED_CAMERA = Camera(View.FRONT, turn=-8.0, down=10.0)


def seated_rotation() -> Drawing:
    chair = chair_under(0.0)
    start = seated(**arms_crossed())
    turned = seated(lumbar=Bend(twist=15.0), chest=Bend(twist=35.0), neck=Bend(twist=30.0), **arms_crossed())
    return drawing(
        "seated-rotation",
        Camera(View.FRONT, down=28.0),
        Position(start, (chair,)),
        Position(turned, (chair,), (arrow(at("chest", 10, 18, 22), at("chest", -10, 18, -26), 0.3),)),
    )


WIDE = Legs(leg_r=Limb(out=5.0, flat=True), leg_l=Limb(out=5.0, flat=True))


def side_bend_arms(reach_side: float) -> Arms:
    """The arm on the far side of the bend reaches over the head; the other slides down the leg."""
    over = Limb(flex=10.0, out=165.0, bend=10.0)
    slide = Limb(out=6.0, bend=4.0)
    return Arms(arm_l=over, arm_r=slide) if reach_side > 0 else Arms(arm_r=over, arm_l=slide)


def seated_side_bend() -> Drawing:
    chair = chair_under(0.0)
    bend = seated(lumbar=Bend(side=12.0), chest=Bend(side=18.0), neck=Bend(side=6.0), **side_bend_arms(1.0))
    return drawing(
        "seated-side-bend",
        SEATED_CAMERA,
        Position(seated(), (chair,)),
        Position(bend, (chair,), (arrow(at("head_top", 2, 8, -14), at("head_top", 2, -4, 24), 0.3),)),
    )


def standing_side_bend() -> Drawing:
    bend = stand(lumbar=Bend(side=12.0), chest=Bend(side=18.0), neck=Bend(side=6.0), **side_bend_arms(1.0), **WIDE)
    return drawing(
        "standing-side-bend",
        FRONT,
        Position(stand(**WIDE)),
        Position(bend, (), (arrow(at("head_top", 2, 8, -14), at("head_top", 2, -4, 24), 0.3),)),
    )


def weighted_side_bend() -> Drawing:
    bell = held(PropKind.KETTLEBELL, "grip_r")
    hand_on_hip = Limb(reach=at("hip_l", 2.0, 12.0, -8.0), toward=(-0.3, 0.0, -1.0))
    start = stand(**WIDE, arm_r=Limb(out=8.0), arm_l=hand_on_hip)
    bend = stand(
        **WIDE,
        lumbar=Bend(side=10.0),
        chest=Bend(side=14.0),
        neck=Bend(side=4.0),
        arm_r=Limb(reach=at("shoulder_r", 0.0, -54.0, 3.0), toward=(-1.0, 0.0, 0.0)),
        arm_l=hand_on_hip,
    )
    return drawing(
        "weighted-side-bend",
        FRONT,
        Position(start, (bell,)),
        Position(bend, (bell,), (arrow(at("grip_r", 0, 8, 14), at("grip_r", 0, -14, 14)),)),
    )


# Breathing ---------------------------------------------------------------------------------------------


def belly_hands() -> Arms:
    return Arms(
        arm_r=Limb(reach=at("belly", 3.0, 1.0, 4.0), toward=(0.0, 0.2, 1.0)),
        arm_l=Limb(reach=at("chest", 3.0, 3.0, -4.0), toward=(0.0, 0.2, -1.0)),
    )


def breathing_positions(figure: Figure, props: tuple[Prop, ...], point: str = "belly") -> tuple[Position, Position]:
    """Breathe in (belly rises) and breathe out (it falls), with arrows at ``point``."""
    breathe_in = Position(figure.but(belly=4.0), props, (arrow(at(point, 0, 8), at(point, 0, 22)),), "Breathe in")
    breathe_out = Position(figure, props, (arrow(at(point, 0, 22), at(point, 0, 8)),), "Breathe out")
    return breathe_in, breathe_out


def belly_breathing() -> Drawing:
    figure = crook(**belly_hands())
    return drawing("belly-breathing", SIDE, *breathing_positions(figure, (mat(),)))


def crocodile_breathing() -> Drawing:
    """Lying face down, forehead resting on the stacked hands, elbows out; the low back rises with each breath."""
    figure = Figure(
        lean=90.0,
        at=(0.0, 13.5, 0.0),  # the belly rests on the floor
        neck=Bend(flex=-18.0),
        leg_r=Limb(flex=7.0, tip=75.0, out=4.0),  # the legs slope down to rest on the floor
        leg_l=Limb(flex=7.0, tip=75.0, out=4.0),
        arm_r=Limb(reach=(72.0, 7.5, 6.0), toward=(0.0, 0.0, 1.0), flat=True),
        arm_l=Limb(reach=(72.0, 4.5, -6.0), toward=(0.0, 0.0, -1.0), flat=True),
    )
    return drawing("crocodile-breathing", SIDE, *breathing_positions(figure, (mat(),), "sacrum"))


def ninety_ninety_breathing() -> Drawing:
    chair = prop(PropKind.CHAIR, 38.0, facing=180.0, size=(42.0, 50.0, 44.0))  # its edge clear of the hips
    figure = Figure(
        lean=-90.0,
        at=(0.0, SUPINE_Y, 0.0),
        leg_r=Limb(flex=88.0, bend=90.0, tip=5.0),
        leg_l=Limb(flex=88.0, bend=90.0, tip=5.0),
        **belly_hands(),
    )
    return drawing("ninety-ninety-breathing", SIDE, *breathing_positions(figure, (mat(), chair)))


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
    return drawing("box-breathing", FRONT, Position(seated(feet_x=34.0), (chair,), square))


def breathe_and_brace() -> Drawing:
    hands = Arms(
        arm_r=Limb(reach=at("belly", -4.0, 4.0, 12.0), toward=(-1.0, -0.3, 1.0)),
        arm_l=Limb(reach=at("belly", -4.0, 4.0, -12.0), toward=(-1.0, -0.3, -1.0)),
    )
    figure = stand(**hands)
    breathe_in = Position(figure.but(belly=4.0), (), (arrow(at("belly", 4, -2), at("belly", 16, -2)),), "Breathe in")
    brace = Position(
        figure.but(belly=1.0),
        (),
        (arrow(at("belly", 18, -2), at("belly", 6, -2)), arrow(at("sacrum", -16, 16), at("sacrum", -4, 16))),
        "Brace",
    )
    return drawing("breathe-and-brace", SIDE, breathe_in, brace)


DRAWINGS: dict[str, Drawing] = {
    item.exercise_id: item
    for item in (
        wall_hip_hinge(),
        hip_hinge(),
        romanian_deadlift(),
        single_leg_deadlift(),
        glute_bridge(),
        single_leg_bridge(),
        hip_thrust(),
        clamshell(),
        banded_side_step(),
        sit_to_stand(),
        goblet_squat(),
        step_up(),
        pelvic_tilt(),
        heel_slide(),
        dead_bug(),
        four_point_leg_slide(),
        bird_dog(),
        pallof_hold(),
        pallof_press(),
        incline_plank(),
        front_plank(),
        side_plank_knees(),
        side_plank(),
        suitcase_march(),
        farmers_carry(),
        suitcase_carry(),
        goblet_carry(),
        loaded_walk(),
        kettlebell_deadlift(),
        box_lift(),
        band_row(),
        one_arm_row(),
        wall_push_up(),
        incline_push_up(),
        knee_to_chest(),
        figure_four_stretch(),
        ninety_ninety(),
        standing_hip_flexor_stretch(),
        hip_flexor_stretch(),
        standing_hip_circles(),
        knee_rolls(),
        open_book(),
        thread_the_needle(),
        seated_rotation(),
        seated_side_bend(),
        standing_side_bend(),
        weighted_side_bend(),
        belly_breathing(),
        crocodile_breathing(),
        ninety_ninety_breathing(),
        box_breathing(),
        breathe_and_brace(),
    )
}
