"""The drawings a blind review (list 8, r8a) found hard to read keep what fixed them: the hip hinge's arms hold the
stick without tangling with it (the far elbow hidden behind the head, the near upper arm down the side of the
trunk)."""

from __future__ import annotations

import math

from designer.illustrations import body
from designer.illustrations.describe import PropKind
from designer.illustrations.poses import DRAWINGS


def skeleton(exercise_id: str, index: int) -> body.Skeleton:
    return body.build(DRAWINGS[exercise_id].positions[index].figure)


def off_stick(exercise_id: str, index: int, name: str) -> float:
    """How far body point ``name`` is from the stick's line in the side view: away from the back (+) or into the body
    (-)."""
    points = skeleton(exercise_id, index)
    stick = next(p for p in DRAWINGS[exercise_id].positions[index].props if p.kind == PropKind.DOWEL)
    a, b = stick.at.offset, stick.to.offset if stick.to else stick.at.offset
    size = math.hypot(b[0] - a[0], b[1] - a[1])
    behind = (-(b[1] - a[1]) / size, (b[0] - a[0]) / size)
    return (points[name][0] - a[0]) * behind[0] + (points[name][1] - a[1]) * behind[1]


def test_the_hip_hinge_arms_hold_the_stick_without_crossing_the_back_or_sticking_up_past_the_head() -> None:
    for index in (0, 1):
        points = skeleton("hip-hinge", index)

        def off(name: str, index: int = index) -> float:
            return off_stick("hip-hinge", index, name)

        # The near upper arm lies down the side of the trunk (along the top of the bent back it hid the back's line
        # and crossed the stick).
        assert off("elbow_r") < -8, "the near elbow is well inside the back's line"
        assert abs(off("wrist_r")) < 2.5 and abs(off("wrist_l")) < 2.5, "both hands on the stick"
        assert abs(off("back_of_head")) < 3, "the stick touches the back of the head"
        # The far elbow points out to the side, hidden behind the head (up above the back it tangled the arms).
        assert math.dist(points["elbow_l"][:2], points["head"][:2]) < 12, "the far elbow is behind the head"
        assert points["elbow_l"][2] < -12, "the far elbow points out to the far side"
