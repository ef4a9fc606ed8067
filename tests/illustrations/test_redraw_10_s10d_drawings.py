"""The drawings a blind review (list 10, s10d) found hard to read keep what fixed them: the lying chin nod is framed
close on the head, with an arrow at the chin curving down towards the throat (not above the face)."""

from __future__ import annotations

from designer.illustrations import body
from designer.illustrations.describe import At
from designer.illustrations.geometry import Vec, add
from designer.illustrations.poses import DRAWINGS
from designer.illustrations.render import world_to_pixels


def skeleton(exercise_id: str, index: int) -> body.Skeleton:
    return body.build(DRAWINGS[exercise_id].positions[index].figure)


def locate(at: At, points: body.Skeleton) -> Vec:
    return add(points[at.body], at.offset) if at.body else at.offset


def test_the_lying_chin_nod_frames_the_head_large_and_labels_the_nod() -> None:
    drawing = DRAWINGS["chin-tuck-lying"]
    assert drawing.close_up is not None, "the head framed close, not a few millimetres in the whole figure"
    (low, high) = drawing.close_up
    points = skeleton("chin-tuck-lying", 0)
    assert low[0] < points["head_top"][0] - 5 and high[0] > points["shoulder_r"][0] + 20, "head, neck and chest in"
    assert high[0] - low[0] < 90, "close: the head fills a good part of the panel"
    assert "chin" in drawing.positions[1].label.lower(), "the finish names the chin's nod"


def test_the_lying_chin_nod_arrow_ends_in_front_of_the_chin_pointing_down() -> None:
    drawing = DRAWINGS["chin-tuck-lying"]
    points = skeleton("chin-tuck-lying", 1)
    (nod,) = drawing.positions[1].arrows
    start, end = locate(nod.start, points), locate(nod.end, points)
    # It ends lower than it starts, beside the face towards the throat (above the face it read as "lift the head").
    assert end[1] < start[1] - 8, "the arrow runs down"
    assert end[0] > points["face"][0] + 6, "it ends on the throat side of the face"
    assert end[1] < points["face"][1], "down by the chin, not over the face"
    to_px = world_to_pixels(drawing)[0]
    assert to_px(end)[1] > to_px(start)[1], "downwards on the page too"
