"""The drawings a blind review (list 10, s10c and s10d) found hard to read keep what fixed them: the lying chin nod
starts with the neck in line with the body and the chin only a touch up, and nods a little, the chin kept clear of
the chest."""

from __future__ import annotations

import math

from drawing_geometry import skeleton

from designer.illustrations import body
from designer.illustrations.checks import check
from designer.illustrations.poses import DRAWINGS


def face_tilt(points: body.Skeleton) -> float:
    """How far the face turns from looking straight up towards the feet (chin in, +), degrees."""
    forward = body.column(points.head, 0)
    return math.degrees(math.atan2(forward[0], forward[1]))


def test_the_lying_chin_nod_starts_in_line_and_nods_a_little() -> None:
    drawing = DRAWINGS["chin-tuck-lying"]
    start, finish = (position.figure for position in drawing.positions)
    # Blind review s10c: the start head was "strongly tipped back", the neck bent back 12 degrees at its base.
    assert start.neck.flex == finish.neck.flex == 0, "the neck in line with the body, not bent back"
    before, after = skeleton("chin-tuck-lying", 0), skeleton("chin-tuck-lying", 1)
    assert -10 <= face_tilt(before) <= 0, "the start face looks at the ceiling, the chin only a touch up"
    # "The chin jams into the chest": the finish is a gentle nod, the chin kept clear of the chest.
    assert 15 <= face_tilt(after) <= 22, "a small nod, not a big tuck"
    assert math.dist(after["face"], after["neck_base"]) > 15, "the chin clear of the chest, the neck showing"
    assert check(drawing) == [], "the nod still shows clearly enough for the movement check"
