"""The drawings a blind review (list 11, s11d) found hard to read keep what fixed them: the ankle turn in's inset of
the feet from above has the working foot and the table leg on the same side as the main picture, and the band
wraps round the forefoot."""

from __future__ import annotations

import math

from drawing_geometry import locate, skeleton

from designer.illustrations.describe import PropKind
from designer.illustrations.poses import DRAWINGS
from designer.illustrations.scene import Projector


def test_the_turn_in_inset_has_the_working_foot_and_the_post_on_the_same_side_as_the_main_picture() -> None:
    drawing = DRAWINGS["band-ankle-turn-in"]
    projector = Projector(drawing.camera)
    for index, position in enumerate(drawing.positions):
        points = skeleton("band-ankle-turn-in", index)
        (tied,) = [p for p in position.props if p.kind == PropKind.BAND and p.to is not None and not p.to.body]
        assert tied.to is not None
        knot = projector.point(locate(tied.to, points))[0]
        right, left = projector.point(points["toe_r"])[0], projector.point(points["toe_l"])[0]
        inset = next(p for p in position.props if p.kind == PropKind.FOOTPRINTS)
        foot_r = next(p for p in inset.prints if p[4] == 3.0)[0]
        foot_l = next(p for p in inset.prints if p[4] == -3.0)[0]
        post = next(p for p in inset.prints if p[4] == 0.0 and p[3] >= 2.0)[0]
        # The inset's x runs to the right of the picture, as the main picture's does.
        assert (right - left) * (foot_r - foot_l) > 0, "the working foot on the same side in both"
        assert (knot - right) * (post - foot_r) > 0, "the table leg beyond the working foot in both"
        assert (knot - left) * (post - foot_l) > 0


def test_the_turn_in_inset_shows_the_toes_towards_the_viewer_as_in_the_main_picture() -> None:
    for position in DRAWINGS["band-ankle-turn-in"].positions:
        inset = next(p for p in position.props if p.kind == PropKind.FOOTPRINTS)
        left = next(p for p in inset.prints if p[4] == -3.0)
        assert left[2] == -90.0, "toes down the picture, towards the viewer, as the feet in front of the chair"


def test_the_turn_in_band_wraps_over_the_top_of_the_forefoot_to_its_inner_side() -> None:
    drawing = DRAWINGS["band-ankle-turn-in"]
    for index, position in enumerate(drawing.positions):
        points = skeleton("band-ankle-turn-in", index)
        toe, heel = points["toe_r"], points["heel_r"]
        along = (toe[0] - heel[0], toe[2] - heel[2])
        size = math.hypot(*along)
        ends = [
            locate(end, points)
            for band in position.props
            if band.kind == PropKind.BAND
            for end in (band.at, band.to)
            if end is not None and end.body
        ]
        outward = [(-along[1] * (e[0] - toe[0]) + along[0] * (e[2] - toe[2])) / size for e in ends]
        assert max(outward) > 3.0 and min(outward) < -3.0, "round both sides of the forefoot"
        assert max(e[1] for e in ends) > toe[1] + 3.0, "over its top"
        back = [-((e[0] - toe[0]) * along[0] + (e[2] - toe[2]) * along[1]) / size for e in ends]
        assert all(2.0 < b < 10.0 for b in back), "round the forefoot, a little back from the tips of the toes"
