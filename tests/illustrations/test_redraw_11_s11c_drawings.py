"""The drawings a blind review (list 10, s10c and s10d) found hard to read keep what fixed them: the lying chin nod
starts with the neck in line with the body and the chin only a touch up, and nods a little, the chin kept clear of
the chest; the chin nod and head lift tucks the chin on the mat, then lifts the head just clear, framed close; the
W lift lying face down is seen a little lower, its lifted far hand over the mat, the arrows rising from the
forearms and the head on its towel."""

from __future__ import annotations

import math

from drawing_geometry import locate, skeleton

from designer.illustrations import body
from designer.illustrations.checks import check
from designer.illustrations.describe import PropKind
from designer.illustrations.poses import DRAWINGS
from designer.illustrations.scene import Projector


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


def test_the_prone_w_lifted_far_hand_stays_over_the_mat_on_the_page() -> None:
    drawing = DRAWINGS["prone-w"]
    camera = Projector(drawing.camera)
    # Blind review s10d: "the view from above at a slant makes 'up' arrows look like 'slide toward the head'".
    assert 20 <= drawing.camera.down <= 30, "a little lower than 35 degrees, the mat still open"
    finish = skeleton("prone-w", 1)
    (floor,) = (prop for prop in drawing.positions[1].props if prop.kind == PropKind.MAT)
    assert floor.size is not None
    half = floor.size[2] / 2 - floor.at.offset[2]  # the far edge, from the body's middle
    # "The far arm in Finish reaches past the mat edge": the mat's far edge stands above the lifted far hand.
    length, middle = floor.size[0], floor.at.offset[0]
    back, front = (camera.point((middle + side * length / 2, 1.5, -half)) for side in (-1.0, 1.0))
    for name in ("hand_l", "wrist_l", "elbow_l"):
        point = camera.point(finish[name])
        edge = back[1] + (point[0] - back[0]) / (front[0] - back[0]) * (front[1] - back[1])
        assert edge > point[1] + 3, f"the lifted {name} over the mat on the page, not past its far edge"


def test_the_prone_w_arrows_rise_from_the_forearms_and_the_head_lies_on_the_towel() -> None:
    drawing = DRAWINGS["prone-w"]
    start, finish = skeleton("prone-w", 0), skeleton("prone-w", 1)
    # "Its arrow floats on the mat below the arm, not on it": each starts on its forearm and rises.
    for rise in drawing.positions[1].arrows:
        tag = rise.start.body[-1]
        low, high = locate(rise.start, finish), locate(rise.end, finish)
        elbow, wrist = finish[f"elbow_{tag}"], finish[f"wrist_{tag}"]
        along = sum((p - e) * (w - e) for p, e, w in zip(low, elbow, wrist, strict=True)) / math.dist(elbow, wrist) ** 2
        foot = tuple(e + along * (w - e) for e, w in zip(elbow, wrist, strict=True))
        assert 0 < along < 1 and math.dist(low, foot) < 4, f"the arrow starts on forearm_{tag}"
        assert high[1] > low[1] + 10 and math.dist(high[::2], low[::2]) < 1e-6, "straight up"
    # "The head sits beside the towel": the towel reaches back under the head, not only in front of it.
    (towel,) = (prop for prop in drawing.positions[0].props if prop.kind == PropKind.PILLOW)
    assert towel.size is not None
    assert towel.at.offset[0] - towel.size[0] / 2 < start["head"][0] - 5, "under the head"
    assert towel.at.offset[0] + towel.size[0] / 2 > start["head"][0] + 10, "and under the forehead"
