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


def test_the_ninety_ninety_is_seen_turned_a_little_the_knees_falling_across_the_picture_on_a_floor_shaped_mat() -> None:
    """Blind review s9e: seen square-on, the finish was a tangle (one thigh flat out sideways, the other crossing
    diagonally) and the mat, a band across the picture, read as a thick box."""
    drawing = DRAWINGS["ninety-ninety"]
    camera = Projector(drawing.camera)
    assert 20 <= drawing.camera.turn <= 35 and 12 <= drawing.camera.down <= 25
    start, finish = skeleton("ninety-ninety", 0), skeleton("ninety-ninety", 1)
    for side in ("r", "l"):
        knee = f"knee_{side}"
        moved = [b - a for a, b in zip(start[knee], finish[knee], strict=True)]
        (x0, y0), (x1, y1) = camera.point(start[knee]), camera.point(finish[knee])
        shown = math.hypot(x1 - x0, y1 - y0) / math.hypot(*moved)
        assert shown > 0.6, f"the {side} knee's fall shows {shown:.0%} of its length"
        assert x1 < x0 - 15, f"the {side} knee falls across the picture, to the left"
        # Each leg shows as its own bent knee: thigh and shin at a clear angle in the picture.
        for figure in (start, finish):
            hip, kn, ankle = (camera.point(figure[f"{part}_{side}"]) for part in ("hip", "knee", "ankle"))
            thigh = math.atan2(hip[1] - kn[1], hip[0] - kn[0])
            shin = math.atan2(ankle[1] - kn[1], ankle[0] - kn[0])
            between = abs(math.degrees((thigh - shin + math.pi) % (2 * math.pi) - math.pi))
            assert between < 150, f"the {side} knee shows bent ({between:.0f} degrees between thigh and shin)"
    # The mat lies as a floor shape: its front edge slants in the picture (square-on it was a level band).
    (mat,) = [prop for prop in drawing.positions[0].props if prop.kind == PropKind.MAT]
    assert mat.size is not None
    cx, _, cz = mat.at.offset
    left = camera.point((cx + mat.size[0] / 2, 0.0, cz - mat.size[2] / 2))
    right = camera.point((cx + mat.size[0] / 2, 0.0, cz + mat.size[2] / 2))
    assert abs(math.degrees(math.atan2(right[1] - left[1], right[0] - left[0]))) % 180 > 5
