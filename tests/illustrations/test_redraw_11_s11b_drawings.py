"""The drawings a blind review (list 10) still found hard to read keep what fixed them (list 11, s11b)."""

from __future__ import annotations

from drawing_geometry import skeleton

from designer.illustrations.describe import View
from designer.illustrations.poses import DRAWINGS
from designer.illustrations.scene import Projector


def test_the_knee_rolls_start_shows_the_knees_tipped_neither_way_and_only_the_finish_to_one_side() -> None:
    """Blind review s10c (and s9, s10, s10b): from 60 degrees above, the upright knees leaned towards the top of the
    page, so start and finish looked like mirror images.  Seen from nearly straight above, the upright knees lie
    on the body's line in the picture, and only the fallen knees stand off it, down towards the viewer."""
    drawing = DRAWINGS["knee-rolls"]
    assert drawing.camera.view == View.SIDE and drawing.camera.down >= 80
    camera = Projector(drawing.camera)
    start, finish = skeleton("knee-rolls", 0), skeleton("knee-rolls", 1)

    def off_the_body_line(figure: dict, pair: str) -> float:  # type: ignore[type-arg]
        # How far up the page (+) or down it (-) the middle of the two knees (or hips) is from the middle of the hips.
        def middle(part: str) -> float:
            return (camera.point(figure[f"{part}_r"])[1] + camera.point(figure[f"{part}_l"])[1]) / 2

        return middle(pair) - middle("hip")

    assert abs(off_the_body_line(start, "knee")) < 6, "the upright knees lie on the body's line, tipped neither way"
    assert off_the_body_line(finish, "knee") < -20, "the fallen knees lie well off it, to one side"
    assert start["knee_r"][1] > 38, "the knees really are up at the start"
