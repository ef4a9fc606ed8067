"""The drawings of the glute strength exercises."""

from __future__ import annotations

from ..describe import Bend, Camera, Drawing, Figure, Limb, Position, Prop, PropKind, View
from .common import (
    ANKLE_Y,
    HIP,
    SIDE,
    STAND_Y,
    Arms,
    arms_crossed,
    arrow,
    at,
    band,
    chair_under,
    crook,
    drawing,
    feet,
    held,
    mat,
    prop,
    register,
    seated,
    stand,
)

BRIDGE_UP = {"root_x": -3.0, "root_y": 30.2, "lean": -110.0, "neck": Bend(flex=20.0)}


@register
def glute_bridge() -> Drawing:
    return drawing(
        "glute-bridge",
        SIDE,
        Position(crook(), (mat(),)),
        Position(crook(**BRIDGE_UP), (mat(),), (arrow(at("sacrum", 0, -14), at("sacrum", 0, 2)),)),  # type: ignore[arg-type]
    )


@register
def single_leg_bridge() -> Drawing:
    start = crook(leg_r=Limb(flex=38.0, tip=10.0))
    end = crook(**BRIDGE_UP, leg_r=Limb(flex=0.0, tip=10.0))  # type: ignore[arg-type]
    return drawing(
        "single-leg-bridge",
        SIDE,
        Position(start, (mat(),)),
        Position(end, (mat(),), (arrow(at("sacrum", 0, -14), at("sacrum", 0, 2)),)),
    )


@register
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


@register
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


@register
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


@register
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


@register
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


@register
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
