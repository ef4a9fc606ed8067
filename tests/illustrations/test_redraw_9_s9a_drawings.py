"""The drawings a blind review (list 9, s9a) found hard to read keep what fixed them: the ankle turns' inset draws
the feet themselves from above, toes joined on, the band as a loop round the forefoot and no faint print under the
turned foot; the short foot shows the knee and the chair, a smooth foot that gets shorter as the arch lifts, and the
arch shaded as part of the foot."""

from __future__ import annotations

import math

from drawing_geometry import prop_shapes

from designer.illustrations import body
from designer.illustrations.describe import PropKind
from designer.illustrations.equipment import CHAIR_SIZE
from designer.illustrations.footprints import BALL_RADIUS
from designer.illustrations.measure import part_masks
from designer.illustrations.poses import DRAWINGS
from designer.illustrations.scene import Projector

Print = tuple[float, float, float, float, float]


def inset_prints(exercise_id: str, index: int) -> tuple[Print, ...]:
    position = DRAWINGS[exercise_id].positions[index]
    return next(p for p in position.props if p.kind == PropKind.FOOTPRINTS).prints


def test_the_ankle_turns_draw_the_feet_from_above_with_no_faint_print_under_the_turned_one() -> None:
    for exercise_id in ("band-ankle-turn-out", "band-ankle-turn-in"):
        for index in range(2):
            prints = inset_prints(exercise_id, index)
            feet = [p for p in prints if p[4] in (3.0, -3.0, 1.0, -1.0)]  # not the heel dot, band or arrow
            assert sorted(p[4] for p in feet) == [-3.0, 3.0], "two feet seen from above, toes joined on"
            assert not any(0.0 < p[3] < 1.0 for p in feet), "no faint print overlapping the turned foot"


def test_the_turn_out_band_is_a_loop_round_the_outer_sides_of_both_forefeet() -> None:
    for index in range(2):
        prints = inset_prints("band-ankle-turn-out", index)
        band = [p[:2] for p in prints if p[4] == 0.0]
        right = next(p for p in prints if p[4] == 3.0)
        left = next(p for p in prints if p[4] == -3.0)
        assert band[0] == band[-1], "a closed loop, not a bar"
        xs = [x for x, _ in band]
        # The right foot is on the picture's right (redraw s10a): the loop wraps past each foot's outer side.
        assert max(xs) > right[0] + BALL_RADIUS and min(xs) < left[0] - BALL_RADIUS
        zs = [z for _, z in band]
        assert max(zs) - min(zs) >= 6, "two strands, one behind the ball and one in front"


def test_the_turn_in_band_runs_from_the_post_round_the_inner_side_of_the_forefoot_and_back() -> None:
    for index in range(2):
        prints = inset_prints("band-ankle-turn-in", index)
        band = [p[:2] for p in prints if p[4] == 0.0]
        post = next(p[:2] for p in prints if p[4] == 0.0 and p[3] >= 2.0)
        right = next(p for p in prints if p[4] == 3.0)
        assert band[0] == post and band[-1] == post, "both strands go back to the post"
        # Seen from in front (redraw s11d) the right foot's inner side, towards the left foot, is on its right.
        assert max(x for x, _ in band) > right[0] + BALL_RADIUS - 1.0, "round the inner side of the foot"


def test_the_short_foot_shows_the_knee_and_the_chair_so_the_client_sees_they_sit() -> None:
    drawing = DRAWINGS["short-foot"]
    assert drawing.close_up is not None
    (x0, y0, _), (x1, y1, _) = drawing.close_up
    points = body.build(drawing.positions[0].figure).points
    knee = points["knee_l"]
    assert x0 < knee[0] < x1 and y0 < knee[1] + 4.0 < y1, "the knee of the working leg in the picture"
    assert x0 < points["toe_l"][0] + 4.0 < x1, "and the whole foot"
    chair = next(p for p in drawing.positions[0].props if p.kind == PropKind.CHAIR)
    seat_front = chair.at.offset[0] + CHAIR_SIZE[0] / 2
    assert x0 < seat_front - 1.0, "the front of the chair's seat and its front leg show"


def test_the_short_foot_gets_shorter_as_the_arch_lifts_with_the_heel_still() -> None:
    relaxed, lifted = (mask.getbbox() for mask in part_masks(DRAWINGS["short-foot"], ("foot_profile_l",)))
    assert relaxed is not None and lifted is not None
    assert lifted[2] <= relaxed[2] - 3, "the toes' tip comes back towards the heel"
    assert abs(lifted[0] - relaxed[0]) <= 1, "the heel stays where it is"
    # The arrow along the ball of the foot, back towards the heel, is gone: blind review s10b read it as clashing
    # with 'toes long' (test_redraw_10_s10n_drawings.py pins the arch arrow alone).


def test_the_short_foot_outline_is_smooth_and_its_arch_shading_has_no_outline_of_its_own() -> None:
    shapes = prop_shapes("short-foot", 1)
    (foot,) = [s for s in shapes if s.part == "foot_profile_l"]
    turns = []
    for a, b, c in zip(foot.points, foot.points[1:], foot.points[2:], strict=False):
        first = math.atan2(b[1] - a[1], b[0] - a[0])
        second = math.atan2(c[1] - b[1], c[0] - b[0])
        turns.append(abs(math.degrees((second - first + math.pi) % (2 * math.pi) - math.pi)))
    assert max(turns) < 35, "no sharp corner along the foot's outline"
    (arch,) = [s for s in shapes if s.part == "arch_l"]
    assert arch.outline is None, "the arch shaded as part of the foot, not an outlined pad"


def test_the_sole_stretch_shades_the_crossed_leg_and_shows_its_knee_above_the_other_thigh() -> None:
    drawing = DRAWINGS["plantar-fascia-stretch"]
    (position,) = drawing.positions
    assert any(p.kind == PropKind.MARK and p.at.body == "knee_r" and p.size for p in position.props), (
        "the crossed leg shaded, foot and all, so the held foot is not read as part of the hand"
    )
    points = body.build(position.figure).points
    projector = Projector(drawing.camera)
    crossed_knee, near_knee = projector.point(points["knee_r"]), projector.point(points["knee_l"])
    assert crossed_knee[1] > near_knee[1] + body.RADII["thigh"][0] + 16, "the crossed knee seen well above the near one"
    assert position.figure.neck.flex <= 0, "the head held up, not bent far down over the chest"
    assert ("heel_r", "knee_l") in {(c.part, c.on) for c in position.contacts}
