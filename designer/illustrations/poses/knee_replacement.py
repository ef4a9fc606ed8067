"""The drawings of the knee-bending and thigh exercises after a knee replacement."""

from __future__ import annotations

import math

from ..body import SHANK
from ..describe import Drawing, Figure, Limb, Position, Prop, PropKind
from ..equipment import CHAIR_SIZE
from .after_surgery import FAR_RAIL_Z, RISE, rail_height, stairs
from .common import (
    ANKLE_Y,
    HIP,
    SIDE,
    arrow,
    at,
    both,
    drawing,
    joints,
    mat,
    prop,
    register,
    seated,
    shaded_leg,
    touch,
)
from .knee import lying

IN_LAP = (touch("hand_r", "thigh_r"), touch("hand_l", "thigh_l"))


@register
def seated_knee_bend() -> Drawing:
    """Sitting on a chair; the operated foot slides back under the seat, bending the knee further."""
    # A chair with a shorter seat, set a little back under the figure: its front legs stand far enough back that the
    # foot slides back to the seat's front edge in front of them. (The figure is drawn over the furniture, so a foot
    # further under the seat would look as if it went through the near chair leg.)
    chair = prop(PropKind.CHAIR, -4.0, size=(34.0, CHAIR_SIZE[1], CHAIR_SIZE[2]))
    # The hands rest on the thighs just in front of the hips, which stay put as the knee bends.
    start = seated(
        arm_r=Limb(reach=at("hip_r", 22.0, 9.0, 1.0), toward=(-1.0, -0.3, 0.6)),
        arm_l=Limb(reach=at("hip_l", 22.0, 9.0, -1.0), toward=(-1.0, -0.3, -0.6)),
    )
    # The thigh stays on the seat where it was: the knee does not move, only the shin swings back from it, the
    # heel lifting and the toes staying on the floor.
    knee = joints(start)["knee_r"]
    swing = math.radians(26.0)
    ankle = (knee[0] - SHANK * math.sin(swing), knee[1] - SHANK * math.cos(swing), HIP + 2)
    bent = start.but(leg_r=Limb(reach=ankle, toward=(1.0, 0.0, 0.0), toes=0.0))
    contacts = (touch("seat", "chair"), *IN_LAP, touch("foot_l", "floor"))
    # The operated leg shaded, foot and all, so the leg that moves is the one that reads.
    props = (chair, shaded_leg("r", 0.45))
    return drawing(
        "seated-knee-bend",
        SIDE,
        Position(start, props, contacts=(*contacts, touch("foot_r", "floor"))),
        Position(
            bent,
            props,
            (arrow(at("ankle_r", 26, 8), at("ankle_r", 8, 8), 0.15),),
            contacts=(*contacts, touch("toes_r", "floor")),
        ),
        moving=("leg_r",),
    )


@register
def step_knee_bend() -> Drawing:
    """The operated foot up on a stair, a hand on the rail; leaning forward bends that knee further over the foot.

    The rail is on the far side, held by the far hand, so it passes behind the body instead of through the arm
    and chest.  The operated (near) leg is shaded.  Start: standing tall, the shin upright over the foot; finish:
    the body leans forward and the knee moves well ahead of the toes, so the bend shows.
    """
    first = 20.0
    props = (*stairs(first, rail_z=FAR_RAIL_Z), Prop(PropKind.MARK, at("knee_r")))
    foot = (first + GOING_MID, 2 * RISE + ANKLE_Y, HIP)

    def figure(root: tuple[float, float], lean: float, hand_x: float, back: Limb) -> Figure:
        return Figure(
            at=(root[0], root[1], 0.0),
            lean=lean,
            leg_r=Limb(reach=foot, toward=(1.0, 0.3, 0.0), flat=True),
            leg_l=back,
            arm_l=Limb(reach=(hand_x, rail_height(hand_x, first) + 1.0, FAR_RAIL_Z + 3.0), toward=(-1.0, -0.6, -0.6)),
            # The near hand rests on the operated thigh, so the lean reads as forward over that knee (hanging back,
            # the arm lined up with the back leg and the body read as leaning backwards).
            arm_r=Limb(reach=at("knee_r", -16.0, 8.0, 4.0), toward=(-1.0, -0.2, 0.5)),
        )

    contacts = (touch("foot_r", "step"), touch("hand_l", "dowel"))
    # Leaning well forward the back heel comes up a little; the toes stay on the floor.
    heel_up = Limb(reach=(-2.0, ANKLE_Y + 3.0, -HIP), toward=(1.0, 0.0, 0.0), toes=0.0)
    return drawing(
        "step-knee-bend",
        SIDE,
        Position(
            figure((4.0, 86.0), 2.0, 30.0, Limb(reach=(-6.0, ANKLE_Y, -HIP), flat=True)),
            props,
            contacts=(*contacts, touch("foot_l", "floor")),
        ),
        Position(
            figure((30.0, 80.0), 22.0, 60.0, heel_up),
            props,
            (arrow(at("knee_r", -6, 10), at("knee_r", 12, 10), -0.2),),
            contacts=(*contacts, touch("toes_l", "floor")),
        ),
        moving=("leg_r", "trunk"),
    )


GOING_MID = 34.0  # where the operated foot rests on the second stair


@register
def short_arc_quad() -> Drawing:
    """Lying with a rolled towel under the knee; the heel lifts until the knee is straight, the thigh on the roll."""
    roll = prop(PropKind.PILLOW, 36.0, z=HIP, size=(14.0, 17.0, 30.0))
    bent = lying(Limb(reach=(76.0, 7.8, HIP), toward=(0.0, 1.0, 0.0), tip=-10.0))
    straight = lying(Limb(reach=(79.0, 22.0, HIP), toward=(0.0, 1.0, 0.0), tip=-15.0))
    lying_contacts = (touch("back", "floor"), *both("hand", "floor"), touch("foot_l", "floor"))
    return drawing(
        "short-arc-quad",
        SIDE,
        Position(bent, (mat(), roll), contacts=(*lying_contacts, touch("knee_r", "pillow"), touch("heel_r", "floor"))),
        Position(
            straight,
            (mat(), roll),
            (arrow(at("ankle_r", 10, -8), at("ankle_r", 10, 6)),),
            contacts=(*lying_contacts, touch("knee_r", "pillow")),
        ),
        moving=("leg_r",),
    )
