"""The drawings a blind review (list 10, s10b) found hard to read keep what fixed them (s10l)."""

from __future__ import annotations

from drawing_geometry import skeleton

from designer.illustrations.describe import PropKind
from designer.illustrations.poses import DRAWINGS
from designer.illustrations.scene import Projector


def test_the_knee_rolls_panels_say_the_knees_start_up_and_roll_to_one_side() -> None:
    """Blind reviews s9, s10, s10b: seen from above, the upright start knees looked tipped one way already, so the
    panels read as one way, then the other.  The labels say the knees start up and go to one side, and stay short
    enough for the two panels to sit side by side."""
    labels = [position.label for position in DRAWINGS["knee-rolls"].positions]
    assert labels == ["Knees up", "Knees to one side"]
    assert all(label is not None and len(label) <= 18 for label in labels)


def test_the_open_book_labels_and_the_open_hand_low_behind_inside_the_mat() -> None:
    """Blind review s10b: at the finish the top arm pointed up past the mat's edge, on the floor or in the air
    unclear.  The arm now reaches out behind a little below the shoulder, the hand low over the mat (not forced
    onto it) and inside the mat in the picture; the panels say which arm opens."""
    drawing = DRAWINGS["open-book"]
    assert [p.label for p in drawing.positions] == ["Arms together", "Open the top arm"]
    finish = skeleton("open-book", 1)
    shoulder, hand = finish["shoulder_l"], finish["hand_l"]
    assert hand[1] < shoulder[1] - 5, "the open hand lower than the shoulder"
    assert 15 < hand[1] < 25, "just off the mat"
    camera = Projector(drawing.camera)
    mat = next(p for p in drawing.positions[1].props if p.kind == PropKind.MAT)
    assert mat.size is not None
    (cx, _, cz), (sx, _, sz) = mat.at.offset, mat.size
    corners = [
        camera.point((cx + dx * sx / 2, 0.0, cz + dz * sz / 2)) for dx, dz in ((-1, -1), (-1, 1), (1, 1), (1, -1))
    ]
    px, py = camera.point(hand)
    # Inside the projected mat (a convex quadrilateral): the hand on the same side of every edge.
    sides = []
    for (ax, ay), (bx, by) in zip(corners, corners[1:] + corners[:1], strict=True):
        sides.append((bx - ax) * (py - ay) - (by - ay) * (px - ax) > 0)
    assert all(sides) or not any(sides), "the open hand lies within the mat in the picture"
