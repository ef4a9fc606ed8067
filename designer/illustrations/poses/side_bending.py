"""The drawings of the side bending and rotation exercises."""

from __future__ import annotations

from ..describe import Bend, Camera, Drawing, Figure, Limb, Position, PropKind, View
from .common import (
    ANKLE_Y,
    FRONT,
    HIP,
    QUAD_HANDS,
    SHOULDER,
    Arms,
    Legs,
    arms_crossed,
    arrow,
    at,
    chair_under,
    crook,
    drawing,
    held,
    joints,
    mat,
    prop,
    quadruped,
    register,
    seated,
    stand,
)


@register
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


@register
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


@register
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


@register
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


@register
def seated_side_bend() -> Drawing:
    chair = chair_under(0.0)
    bend = seated(lumbar=Bend(side=12.0), chest=Bend(side=18.0), neck=Bend(side=6.0), **side_bend_arms(1.0))
    return drawing(
        "seated-side-bend",
        SEATED_CAMERA,
        Position(seated(), (chair,)),
        Position(bend, (chair,), (arrow(at("head_top", 2, 8, -14), at("head_top", 2, -4, 24), 0.3),)),
    )


@register
def standing_side_bend() -> Drawing:
    bend = stand(lumbar=Bend(side=12.0), chest=Bend(side=18.0), neck=Bend(side=6.0), **side_bend_arms(1.0), **WIDE)
    return drawing(
        "standing-side-bend",
        FRONT,
        Position(stand(**WIDE)),
        Position(bend, (), (arrow(at("head_top", 2, 8, -14), at("head_top", 2, -4, 24), 0.3),)),
    )


@register
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
