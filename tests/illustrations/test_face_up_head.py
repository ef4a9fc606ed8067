"""A head lying face up reads as a head: its hair stays on the crown, at the head's far end, and its face shows in
profile, forehead, nose, lips and chin under one outline with the head.

Blind reviewers read the face-up head, with hair over the back of the head underneath, as "a big dark patch facing
me", and its round nose and chin pointing at the ceiling as "two knobs like little ears" (chin nod lying, pelvic
tilt). In a side-by-side comparison a reviewer preferred the head with less hair and a wedge nose in all seven
drawings lying on the back. The wedge nose with the chin as a second knob still read as "a teddy bear with two
ears" (chin nod lying, session 9), so the face is now one profile joined to the head."""

from __future__ import annotations

import math

from designer.illustrations.figure import FACE_OUTLINE, FACE_PROFILE, rounded
from designer.illustrations.poses import DRAWINGS
from designer.illustrations.render import Painter
from designer.illustrations.scene import Shape
from designer.illustrations.style import GREYS


def area(shape: Shape) -> float:
    points = shape.points
    return abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1], strict=True))) / 2


def head_parts(exercise_id: str, index: int = 0) -> tuple[Shape, Shape, list[Shape]]:
    """The head's outline, its hair, and every other shape drawn just behind the head (a nose, a chin)."""
    scene = Painter(DRAWINGS[exercise_id], (0, 120, 110)).scenes()[index]
    (head,) = [shape for shape in scene.shapes if shape.part == "head"]
    (hair,) = [shape for shape in scene.shapes if shape.fill == GREYS.hair and abs(shape.depth - head.depth) < 0.02]
    behind = [shape for shape in scene.shapes if -0.05 < shape.depth - head.depth < 0.0]
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
    assert not head.pieces, "the head alone, as every upright head"
    assert len(behind) == 1, "one round nose just behind the head"


def test_a_head_lying_face_up_shows_its_face_in_profile_under_one_outline() -> None:
    for exercise_id, index in (("glute-bridge", 0), ("chin-tuck-lying", 0), ("chin-tuck-lying", 1), ("dead-bug", 0)):
        head, _, behind = head_parts(exercise_id, index)
        assert len(head.pieces) == 2, f"{exercise_id}: the head and its face painted as one shape"
        assert head.piece_parts == ("head", "head"), "the face moves with the head in the measures of movement"
        face = head.pieces[1]
        assert len(face) == len(FACE_OUTLINE)
        # No nose or chin as knobs of their own behind the head: those read as ears.
        assert behind == [], f"{exercise_id}: nothing drawn as a separate knob on the head"


def test_the_face_up_profile_has_the_nose_highest_and_the_chin_standing_out() -> None:
    head, _, _ = head_parts("glute-bridge")
    face = head.pieces[1]
    top_of_head = max(y for _, y in head.points)
    nose_tip = max(face, key=lambda point: point[1])
    chin = face[min(range(len(FACE_OUTLINE)), key=lambda i: math.dist(FACE_OUTLINE[i], (10.4, -9.2)))]
    assert nose_tip[1] == max(y for _, y in face), "the nose tip is the highest point of the face"
    assert nose_tip[1] > top_of_head + 1.0, "the nose stands clear of the head's outline, towards the ceiling"
    assert chin[1] > top_of_head, "the chin stands out of the head's outline too, so the face has a jaw"


def test_the_profile_is_drawn_rounded_with_no_sharp_corner() -> None:
    # Close up, a profile through its points alone read as "a jagged zig-zag" (blind review s10b).
    def sharpest(line: tuple[tuple[float, float], ...]) -> float:
        turns = []
        for (x0, y0), (x1, y1), (x2, y2) in zip(line, line[1:], line[2:], strict=False):
            a, b = math.atan2(y1 - y0, x1 - x0), math.atan2(y2 - y1, x2 - x1)
            turns.append(abs((math.degrees(b - a) + 180.0) % 360.0 - 180.0))
        return max(turns)

    outside = FACE_OUTLINE[:-1]
    assert outside[0] == FACE_PROFILE[0] and outside[-1] == FACE_PROFILE[-2], (
        "it starts and ends where the profile does"
    )
    assert sharpest(outside) < 0.5 * sharpest(FACE_PROFILE[:-1])
    assert rounded(((0.0, 0.0), (1.0, 0.0)), 1) == ((0.0, 0.0), (0.25, 0.0), (0.75, 0.0), (1.0, 0.0))
