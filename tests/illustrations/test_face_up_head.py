"""A head lying face up reads as a head: its hair stays on the crown, at the head's far end, and its nose is a wedge.

Blind reviewers read the face-up head, with hair over the back of the head underneath, as "a big dark patch facing
me", and its round nose and chin pointing at the ceiling as "two knobs like little ears" (chin nod lying, pelvic
tilt). In a side-by-side comparison a reviewer preferred the head with less hair and a wedge nose in all seven
drawings lying on the back."""

from __future__ import annotations

from designer.illustrations.figure import NOSE_PROFILE
from designer.illustrations.poses import DRAWINGS
from designer.illustrations.render import Painter
from designer.illustrations.scene import Shape
from designer.illustrations.style import GREYS


def area(shape: Shape) -> float:
    points = shape.points
    return abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1], strict=True))) / 2


def head_parts(exercise_id: str, index: int = 0) -> tuple[Shape, Shape, list[Shape]]:
    """The head's outline, its hair, and every other shape drawn just behind the head (the nose)."""
    scene = Painter(DRAWINGS[exercise_id], (0, 120, 110)).scenes()[index]
    (head,) = [shape for shape in scene.shapes if shape.part == "head"]
    (hair,) = [shape for shape in scene.shapes if shape.fill == GREYS.hair and abs(shape.depth - head.depth) < 0.02]
    behind = [shape for shape in scene.shapes if abs(shape.depth - (head.depth - 0.01)) < 1e-6]
    return head, hair, behind


def test_a_head_lying_face_up_keeps_its_hair_to_the_crown() -> None:
    for exercise_id in ("glute-bridge", "pelvic-tilt", "dead-bug", "static-quads"):
        head, hair, _ = head_parts(exercise_id)
        assert area(hair) < 0.3 * area(head), f"{exercise_id}: the hair covers under a third of the head"
        # The hair sits at the crown's end: to the head's left, where the figure's head points.
        hair_x = sum(x for x, _ in hair.points) / len(hair.points)
        head_x = sum(x for x, _ in head.points) / len(head.points)
        assert hair_x < head_x, exercise_id


def test_an_upright_head_keeps_its_hair_and_its_round_nose() -> None:
    head, hair, behind = head_parts("sit-to-stand")
    assert area(hair) > 0.3 * area(head), "seen from the side, standing or sitting: hair over the back of the head"
    assert all(len(shape.points) != len(NOSE_PROFILE) for shape in behind), "the round nose, as every upright head"


def test_a_head_lying_face_up_has_a_wedge_nose() -> None:
    _, _, behind = head_parts("glute-bridge")
    assert any(len(shape.points) == len(NOSE_PROFILE) for shape in behind), "the nose is the wedge"
    # The wedge's tip stands furthest from the face, towards the ceiling.
    (nose,) = [shape for shape in behind if len(shape.points) == len(NOSE_PROFILE)]
    tip = max(nose.points, key=lambda point: point[1])
    assert tip == nose.points[2] or tip == nose.points[1] or tip == nose.points[3]
