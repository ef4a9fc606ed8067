"""Blind review 10 (list 3b): the drawings redrawn after it show the whole sitting figure, loop the band round the
foot and show the head where the client should look."""

from __future__ import annotations

import itertools
import math

from designer.illustrations import body
from designer.illustrations.describe import PropKind
from designer.illustrations.poses import DRAWINGS


def skeleton(exercise_id: str, index: int) -> body.Skeleton:
    return body.build(DRAWINGS[exercise_id].positions[index].figure)


def test_the_band_ankle_pull_shows_the_whole_sitting_figure() -> None:
    drawing = DRAWINGS["band-ankle-pull"]
    assert drawing.close_up is not None
    (x0, y0, _), (x1, y1, _) = drawing.close_up
    for index in range(2):
        points = skeleton("band-ankle-pull", index)
        for part in ("head", "toe_r", "hip_r"):
            assert x0 < points[part][0] < x1 and y0 < points[part][1] < y1, part


def test_the_band_ankle_pull_loops_the_band_round_the_foot_not_ending_on_it() -> None:
    for index, position in enumerate(DRAWINGS["band-ankle-pull"].positions):
        anchor = next(p.at.offset for p in position.props if p.kind == PropKind.ANCHOR)
        bands = [p for p in position.props if p.kind == PropKind.BAND]
        assert len(bands) == 2, "one strand over the top of the foot, one under the sole"
        points = skeleton("band-ankle-pull", index)
        ends = []
        for strand in bands:
            assert strand.at.body == "ankle_r" and strand.to is not None
            assert math.dist(strand.to.offset, anchor) < 1.0
            ends.append(tuple(a + b for a, b in zip(points["ankle_r"], strand.at.offset, strict=True)))
        assert math.dist(*ends) > 5.0, "the two strands hold the foot between them"


def test_the_band_ankle_pull_keeps_the_other_foot_out_from_behind_the_working_one() -> None:
    for index in range(2):
        points = skeleton("band-ankle-pull", index)
        assert points["ankle_r"][0] - points["ankle_l"][0] > 30, "the other knee bent up, its foot back by the knee"


def test_the_walk_and_turn_footprints_run_on_without_a_gap_into_the_turn() -> None:
    inset = next(p for p in DRAWINGS["walk-and-turn"].positions[1].props if p.kind == PropKind.FOOTPRINTS)
    prints = [p for p in inset.prints if p[4] in (1.0, -1.0)]  # the feet, not the counter beside them
    assert prints
    for one, two in itertools.pairwise(prints):
        # Heel to heel: a stride, or a little more where the foot turns (the gap before was over 50 cm).
        assert math.dist(one[:2], two[:2]) < 36, "one path of steps, no island apart"


def test_the_median_nerve_slider_tips_the_head_clearly_both_ways() -> None:
    away, towards = (position.figure.neck.side for position in DRAWINGS["median-nerve-slider"].positions)
    assert away <= -25 and towards >= 25


def test_the_band_ankle_turns_show_the_whole_figure_and_the_feet_from_above() -> None:
    # (Redraw s10a: the turn out as the client sees their own feet, toes up the picture, heading 90; redraw s11d:
    # the turn in seen from in front as in its main picture, toes down it, heading -90.)
    for exercise_id, way, toes in (("band-ankle-turn-out", -1.0, 90.0), ("band-ankle-turn-in", 1.0, -90.0)):
        drawing = DRAWINGS[exercise_id]
        assert drawing.close_up is not None
        (_, y0, _), (_, y1, _) = drawing.close_up
        head = skeleton(exercise_id, 0)["head"]
        assert y0 < head[1] < y1, "the head and chest in the picture"
        start, finish = (
            next(p for p in position.props if p.kind == PropKind.FOOTPRINTS) for position in drawing.positions
        )
        assert [p[2] for p in start.prints if p[3] == 1.0] == [toes]
        turned = [p[2] for p in finish.prints if p[3] == 1.0]
        assert len(turned) == 1 and way * (turned[0] - toes) >= 20, "the toes sweep round the heel"
        # (Redraw s9a: no faint print where the foot started, which blind review s9 saw overlap the turned foot.)


def test_the_wrist_flexor_stretch_eases_back_until_it_stands_over_its_feet_with_the_arm_straight() -> None:
    """The elbow a little bent at the start, then eased back to stand over the feet with the arm straight.

    (Blind review 11-b: with the hips behind the heels and the trunk upright, the whole body leaned back like a
    plank from the ankles, held only by a palm on a wall, and a client copying it would tip backwards.  Review
    11-g: a forearm rising steeply from a low elbow to a hand with its fingers down bends the wrist back further
    than a wrist goes.)
    """
    start, finish = skeleton("wrist-flexor-stretch", 0), skeleton("wrist-flexor-stretch", 1)
    assert start["shoulder_r"][0] - finish["shoulder_r"][0] >= 3, "the hips and shoulders ease back"
    assert abs(finish["root"][0] - finish["ankle_r"][0]) <= 5, "standing over the feet, not leaning back off them"
    assert elbow_angle(start) <= 145, "the elbow bent a little at the start"
    assert elbow_angle(finish) >= 165, "the elbow straight at the finish"
    rise = math.degrees(
        math.atan2(start["wrist_r"][1] - start["elbow_r"][1], start["wrist_r"][0] - start["elbow_r"][0])
    )
    assert rise <= 10, "the forearm about level: with the fingers down, the wrist bent back no further than it goes"
    assert abs(start["wrist_r"][0] - finish["wrist_r"][0]) < 1, "the hand stays on the wall"


def elbow_angle(points: dict[str, tuple[float, float, float]]) -> float:
    """The right elbow's angle, degrees (180: straight)."""
    shoulder, elbow, wrist = points["shoulder_r"], points["elbow_r"], points["wrist_r"]
    upper = [a - b for a, b in zip(shoulder, elbow, strict=True)]
    lower = [a - b for a, b in zip(wrist, elbow, strict=True)]
    dot = sum(a * b for a, b in zip(upper, lower, strict=True))
    return math.degrees(math.acos(dot / (math.hypot(*upper) * math.hypot(*lower))))
