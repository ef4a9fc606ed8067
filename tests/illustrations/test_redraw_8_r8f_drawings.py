"""The drawings a second blind review (list 8, r8f) still found hard to read keep what fixed them: the standing hip
flexor stretch holds a chair that stands clear of the front leg on the page."""

from __future__ import annotations

import itertools

from designer.illustrations import body
from designer.illustrations.describe import PropKind, View
from designer.illustrations.equipment import furniture
from designer.illustrations.geometry import Vec, add, apply
from designer.illustrations.poses import DRAWINGS
from designer.illustrations.scene import Projector


def skeleton(exercise_id: str, index: int) -> body.Skeleton:
    return body.build(DRAWINGS[exercise_id].positions[index].figure)


def corners(exercise_id: str, index: int, kind: PropKind) -> list[Vec]:
    """The corners of every box of the ``kind`` props in one panel, in world space."""
    points: list[Vec] = []
    for prop in DRAWINGS[exercise_id].positions[index].props:
        if prop.kind != kind:
            continue
        for block in furniture(prop, prop.at.offset):
            for signs in itertools.product((-0.5, 0.5), repeat=3):
                local = (signs[0] * block.size[0], signs[1] * block.size[1], signs[2] * block.size[2])
                points.append(add(block.centre, apply(block.frame, local)))
    return points


def test_the_standing_hip_flexor_stretch_chair_stands_clear_of_the_front_leg_on_the_page() -> None:
    """Blind review 8 (r8f): the front leg seemed to go through the chair's frame."""
    drawing = DRAWINGS["standing-hip-flexor-stretch"]
    camera = Projector(drawing.camera)
    for index in (0, 1):
        points = skeleton("standing-hip-flexor-stretch", index)
        chair = corners("standing-hip-flexor-stretch", index, PropKind.CHAIR)
        chair_left = min(camera.point(corner)[0] for corner in chair if corner[1] < 80)  # legs and seat
        leg_right = max(camera.point(points[name])[0] for name in ("knee_l", "ankle_l", "heel_l"))
        assert chair_left > leg_right + 3, "the chair's legs and seat print ahead of the front knee and ankle"
        # The hand rests on the top of the chair's back.
        top = max(corner[1] for corner in chair)
        assert abs(points["wrist_l"][1] - 3.5 - top) < 2.5, "the hand lies on the top of the chair's back"


def test_the_standing_hip_flexor_stretch_shows_the_chair_in_profile() -> None:
    """Its back turned to the page, the chair read as a stool with a box on top; side-on it shows back and seat."""
    drawing = DRAWINGS["standing-hip-flexor-stretch"]
    chairs = [p for p in drawing.positions[0].props if p.kind == PropKind.CHAIR]
    assert chairs and all(abs(chair.facing) < 1 for chair in chairs), "the seat points forward, the back towards you"
    assert drawing.camera.view == View.SIDE and 15 <= drawing.camera.turn <= 35
