"""The drawings a blind review (list 10, s10g) found hard to read keep what fixed them: the ankle turn in draws its
own arrow in the inset round the toes, with a head that reads, and in the main finish the band comes to the outer
side of the turned forefoot and the arrow stays in front of the toes, short of the other foot."""

from __future__ import annotations

import math

from drawing_geometry import prop_shapes

from designer.illustrations.describe import PropKind
from designer.illustrations.footprints import footprints_inset
from designer.illustrations.poses import DRAWINGS
from designer.illustrations.poses.common import joints
from designer.illustrations.style import DEFAULT_ACCENT, GREYS, marked_fill, parse_colour


def test_the_turn_in_inset_draws_a_headed_arrow_round_the_toes_towards_the_other_foot() -> None:
    drawing = DRAWINGS["band-ankle-turn-in"]
    inset = next(p for p in drawing.positions[1].props if p.kind == PropKind.FOOTPRINTS)
    sweep = [p[:2] for p in inset.prints if p[4] == 5.0]
    assert len(sweep) >= 5, "the inset draws the arrow itself"
    left = next(p for p in inset.prints if p[4] == -3.0)
    right = next(p for p in inset.prints if p[4] == 3.0)
    # The arrow ends nearer the left foot (which side of the picture it is on: test_redraw_11_s11d_drawings.py).
    assert right[0] < left[0], "seen from in front, the working (right) foot on the picture's left"
    assert abs(sweep[-1][0] - left[0]) < abs(sweep[0][0] - left[0]) - 5.0
    # Its head is a large filled triangle (screen cm), not the thin barb of a close-up's panel arrow.
    shapes = footprints_inset(inset, (0.0, 0.0), parse_colour(DEFAULT_ACCENT), GREYS)
    heads = [s for s in shapes if s.fill is not None and len(s.points) == 3]
    assert heads, "the arrow has a head"
    a, b, c = heads[-1].points
    area = abs((b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1])) / 2
    assert area > 8.0
    # The start panel has no arrow: it shows where the foot starts.
    start_inset = next(p for p in drawing.positions[0].props if p.kind == PropKind.FOOTPRINTS)
    assert not [p for p in start_inset.prints if p[4] == 5.0]


def test_the_turn_in_band_comes_from_the_knot_to_the_outer_side_of_the_forefoot() -> None:
    drawing = DRAWINGS["band-ankle-turn-in"]
    for position in drawing.positions:
        points = joints(position.figure)
        line = next(p for p in position.props if p.kind == PropKind.BAND)  # from the foot to the knot
        assert line.at.body.endswith("_r")
        toe, heel = points["toe_r"], points["heel_r"]
        end = tuple(t + o for t, o in zip(points[line.at.body], line.at.offset, strict=True))
        along = (toe[0] - heel[0], toe[2] - heel[2])
        size = math.hypot(*along)
        # On the foot's outer (right, +z) side, a little back from the tips of the toes.
        outward = (-along[1] * (end[0] - toe[0]) + along[0] * (end[2] - toe[2])) / size
        back = -((end[0] - toe[0]) * along[0] + (end[2] - toe[2]) * along[1]) / size
        assert outward > 3.0
        assert 2.0 < back < 10.0


def test_the_turn_in_panel_arrow_runs_in_front_of_the_toes_short_of_the_other_foot() -> None:
    drawing = DRAWINGS["band-ankle-turn-in"]
    finish = drawing.positions[1]
    points = joints(finish.figure)
    (sweep,) = finish.arrows
    start, end = sweep.start.offset, sweep.end.offset
    assert start[2] > end[2], "from the outer side inwards"
    assert min(start[0], end[0]) > points["toe_r"][0] + 5.0, "in front of the toes"
    assert end[2] > points["toe_l"][2] + 5.0, "short of the other foot"


def test_the_short_foot_marks_the_working_leg_and_foot_not_the_tucked_one() -> None:
    for index, position in enumerate(DRAWINGS["short-foot"].positions):
        marks = [p.at.body for p in position.props if p.kind == PropKind.MARK]
        assert marks == ["knee_l"], "the working (far) leg marked, the tucked near one left grey"
        (foot,) = [s for s in prop_shapes("short-foot", index) if s.part == "foot_profile_l"]
        leg = marked_fill(GREYS, parse_colour(DEFAULT_ACCENT))
        assert foot.fill is not None
        assert max(abs(a - b) for a, b in zip(foot.fill, leg, strict=True)) <= 2, "the working foot in the leg's colour"


def test_the_short_foot_arch_arrow_is_long_enough_to_read() -> None:
    finish = DRAWINGS["short-foot"].positions[1]
    lifts = max(finish.arrows, key=lambda a: a.end.offset[1] - a.start.offset[1])
    assert lifts.end.offset[1] - lifts.start.offset[1] > 5.0
    assert abs(lifts.end.offset[0] - lifts.start.offset[0]) < 0.5, "straight up, under the arch"


def test_the_sole_stretch_keeps_the_other_hand_clear_of_the_crossed_shin_and_the_arrow_by_the_toes() -> None:
    drawing = DRAWINGS["plantar-fascia-stretch"]
    (hold,) = drawing.positions
    points = joints(hold.figure)
    # The near hand on its own thigh by the hip, well back from the crossed ankle and heel resting on the knee.
    assert points["hand_l"][0] < points["knee_l"][0] - 12.0
    assert math.dist(points["hand_l"], points["heel_r"]) > 15.0
    # The arrow starts just past the toes, not floating out beside the foot.
    (pull,) = hold.arrows
    assert pull.start.body == "toe_r"
    assert math.hypot(*pull.start.offset) < 16.0
