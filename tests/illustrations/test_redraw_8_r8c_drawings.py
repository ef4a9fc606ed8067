"""The drawings a blind review (list 8, r8c) found hard to read keep what fixed them: the diagonal neck stretch
starts its arrow below the chin (not over the face), brings the raised arm from the shoulder in front of the trunk
and shows the whole sitting figure."""

from __future__ import annotations

from designer.illustrations import body
from designer.illustrations.describe import At
from designer.illustrations.geometry import Vec, add
from designer.illustrations.poses import DRAWINGS
from designer.illustrations.scene import Projector


def skeleton(exercise_id: str, index: int) -> body.Skeleton:
    return body.build(DRAWINGS[exercise_id].positions[index].figure)


def locate(at: At, points: body.Skeleton) -> Vec:
    return add(points[at.body], at.offset) if at.body else at.offset


def test_the_levator_stretch_arrow_starts_below_the_face_and_ends_at_the_armpit() -> None:
    drawing = DRAWINGS["levator-scapulae-stretch"]
    finish = drawing.positions[1]
    points = skeleton("levator-scapulae-stretch", 1)
    camera = Projector(drawing.camera)
    gaze = finish.arrows[0]
    start, end = camera.point(locate(gaze.start, points)), camera.point(locate(gaze.end, points))
    face = camera.point(points["face"])
    assert face[1] - start[1] > 5, "the arrow starts below the chin, clear of the eyes and nose"
    assert start[1] - end[1] > 8, "the arrow runs down towards the armpit"
    shoulder = camera.point(points["shoulder_l"])
    assert abs(end[0] - shoulder[0]) < 8, "the arrow ends at the armpit of the side the nose turns to"


def test_the_levator_stretch_raised_upper_arm_comes_forward_from_the_shoulder() -> None:
    points = skeleton("levator-scapulae-stretch", 1)
    assert points["elbow_l"][0] - points["shoulder_l"][0] > 6, "the elbow forward, the arm drawn over the trunk"
    assert points["elbow_l"][1] > points["shoulder_l"][1] + 15, "the elbow raised, the hand up behind the head"


def test_the_levator_stretch_frames_the_whole_sitting_figure() -> None:
    box = DRAWINGS["levator-scapulae-stretch"].close_up
    assert box is not None
    feet = skeleton("levator-scapulae-stretch", 0)["ankle_r"]
    assert box[0][1] <= feet[1] - 5, "the picture reaches down to the feet, not cut off at the knees"
