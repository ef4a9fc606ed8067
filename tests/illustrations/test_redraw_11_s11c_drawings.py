"""The drawings a blind review (list 10, s10c and s10d) found hard to read keep what fixed them: the lying chin nod
starts with the neck in line with the body and the chin only a touch up, and nods a little, the chin kept clear of
the chest."""

from __future__ import annotations

import math

from drawing_geometry import locate, skeleton

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


def head_underside(points: body.Skeleton) -> float:
    """The height of the lowest point of the head (an ellipsoid on its own axes)."""
    reach = math.sqrt(sum((half * body.column(points.head, axis)[1]) ** 2 for axis, half in enumerate(body.HEAD_AXES)))
    return points["head"][1] - reach


def test_the_head_lift_tucks_the_chin_on_the_mat_then_lifts_the_head_just_clear() -> None:
    drawing = DRAWINGS["chin-tuck-head-lift"]
    start, finish = (position.figure for position in drawing.positions)
    # Blind review s10: "I can't tell if I'm meant to tuck my chin first or just lift"; the start seemed chin up.
    assert start.nod >= 20 and finish.nod == start.nod, "the chin nods in at the start and keeps the nod"
    before, after = skeleton("chin-tuck-head-lift", 0), skeleton("chin-tuck-head-lift", 1)
    assert face_tilt(before) > 5, "the start face tips chin in, not back"
    assert any(c.part == "head" and c.on == "floor" for c in drawing.positions[0].contacts), "head on the mat"
    # "The head floats above the shoulders": it lifts just clear (a finger's width or so), not 12 cm.
    lift = head_underside(after) - head_underside(before)
    assert 2 <= lift <= 5, f"the head just clear of the mat ({lift:.1f} cm)"
    assert math.dist(before["neck_base"], after["neck_base"]) < 1e-6, "the shoulders stay down"
    assert drawing.close_up is not None, "framed close on the head, so the small lift shows"
    assert [position.label for position in drawing.positions] == ["Tuck the chin", "Lift the head"]


def test_the_head_lift_arrow_rises_beside_the_back_of_the_head() -> None:
    drawing = DRAWINGS["chin-tuck-head-lift"]
    after = skeleton("chin-tuck-head-lift", 1)
    (rise,) = drawing.positions[1].arrows
    start, end = locate(rise.start, after), locate(rise.end, after)
    assert end[1] > start[1] + 8 and abs(end[0] - start[0]) < 1, "straight up"
    assert after["head_top"][0] - 8 < start[0] < after["head_top"][0], "just behind the back of the head"
    assert start[1] < after["head"][1] < end[1], "beside the head, not above it"
    (nod,) = drawing.positions[0].arrows
    assert nod.start.body == nod.end.body == "face", "the start shows the nod at the chin"
