"""The drawings a blind review (list 9, s9a) found hard to read keep what fixed them: the ankle turns' inset draws
the feet themselves from above, toes joined on, the band as a loop round the forefoot and no faint print under the
turned foot."""

from __future__ import annotations

from designer.illustrations.describe import PropKind
from designer.illustrations.footprints import BALL_RADIUS
from designer.illustrations.poses import DRAWINGS

Print = tuple[float, float, float, float, float]


def inset_prints(exercise_id: str, index: int) -> tuple[Print, ...]:
    position = DRAWINGS[exercise_id].positions[index]
    return next(p for p in position.props if p.kind == PropKind.FOOTPRINTS).prints


def test_the_ankle_turns_draw_the_feet_from_above_with_no_faint_print_under_the_turned_one() -> None:
    for exercise_id in ("band-ankle-turn-out", "band-ankle-turn-in"):
        for index in range(2):
            prints = inset_prints(exercise_id, index)
            feet = [p for p in prints if p[4] not in (0.0, 2.0)]
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
        # The right foot is on the picture's left (x < 0): the loop wraps past each foot's outer side.
        assert min(xs) < right[0] - BALL_RADIUS and max(xs) > left[0] + BALL_RADIUS
        zs = [z for _, z in band]
        assert max(zs) - min(zs) >= 6, "two strands, one behind the ball and one in front"


def test_the_turn_in_band_runs_from_the_post_round_the_inner_side_of_the_forefoot_and_back() -> None:
    for index in range(2):
        prints = inset_prints("band-ankle-turn-in", index)
        band = [p[:2] for p in prints if p[4] == 0.0]
        post = next(p[:2] for p in prints if p[4] == 0.0 and p[3] >= 2.0)
        right = next(p for p in prints if p[4] == 3.0)
        assert band[0] == post and band[-1] == post, "both strands go back to the post"
        assert max(x for x, _ in band) > right[0] + BALL_RADIUS - 1.0, "round the inner side of the foot"
