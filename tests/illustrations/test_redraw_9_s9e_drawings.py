"""The drawings a blind review (list 9, s9e) found hard to read keep what fixed them."""

from __future__ import annotations

import math

from designer.illustrations import body
from designer.illustrations.describe import PropKind
from designer.illustrations.poses import DRAWINGS
from designer.illustrations.scene import Projector


def skeleton(exercise_id: str, index: int) -> body.Skeleton:
    return body.build(DRAWINGS[exercise_id].positions[index].figure)


def test_the_knee_rolls_are_seen_square_the_arms_straight_out_on_the_mat_the_knees_tipped_part_way() -> None:
    """Blind review s9e: the mat sat at an odd slant, the arms looked uneven (one towards the head, one towards the
    feet), and the knees lying flat looked slid across the floor rather than tipped over."""
    drawing = DRAWINGS["knee-rolls"]
    assert drawing.camera.turn == 0, "square to the body, so the mat is a plain rectangle"
    camera = Projector(drawing.camera)
    for index, position in enumerate(drawing.positions):
        figure = skeleton("knee-rolls", index)
        for side in ("r", "l"):
            shoulder, wrist = figure[f"shoulder_{side}"], figure[f"wrist_{side}"]
            assert abs(wrist[0] - shoulder[0]) < 4, f"the {side} arm goes straight out to the side, square to the body"
            assert math.dist(shoulder, wrist) > 52, f"the {side} arm is long, not bent"
            assert figure[f"hand_{side}"][1] < 5, f"the {side} hand rests on the mat"
        # Mirror images in the picture: the two arms slope the same way from the body's line.
        (rx, ry), (lx, ly) = (
            camera.point(figure["wrist_r"]),
            camera.point(figure["wrist_l"]),
        )
        (sx, sy) = camera.point(figure["neck_base"])
        assert abs((rx - sx) - (lx - sx)) < 3, "the hands level with each other along the body"
        assert ry < sy < ly
        assert not any(prop.kind == PropKind.FACE for prop in position.props)
    start, finish = skeleton("knee-rolls", 0), skeleton("knee-rolls", 1)
    for knee in ("knee_r", "knee_l"):
        assert start[knee][1] > 38, "the knees stand up at the start"
        assert finish[knee][1] > 15, "rolled part way, the knees stay up off the mat (not forced to the floor)"
        assert start[knee][1] - finish[knee][1] > 12, "and clearly lower than at the start"
