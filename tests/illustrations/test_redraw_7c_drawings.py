"""The redraws of list 7c: the band drawn over the feet in the ankle turns' inset, the counter in the turn's inset."""

from __future__ import annotations

import math

from designer.illustrations import body
from designer.illustrations.describe import Position, PropKind
from designer.illustrations.poses import DRAWINGS


def inset_prints(exercise_id: str, index: int) -> tuple[tuple[float, float, float, float, float], ...]:
    position = DRAWINGS[exercise_id].positions[index]
    return next(p for p in position.props if p.kind == PropKind.FOOTPRINTS).prints


def test_the_band_round_both_forefeet_crosses_both_feet_in_the_turn_out_inset() -> None:
    # (Redraw s9a: the band is a closed loop round both forefeet, where it was a line across them.)
    for index in range(2):
        prints = inset_prints("band-ankle-turn-out", index)
        band = [p[:2] for p in prints if p[4] == 0.0]
        feet = {p[4]: p for p in prints if p[4] != 0.0 and p[3] != 0.5}
        assert band[0] == band[-1] and not any(p[3] >= 2.0 for p in prints), "a loop round both feet, no post"
        # The still left foot's heel lies between the loop's ends: the band runs over its top and round its side.
        xs = [x for x, _ in band]
        assert min(xs) < feet[-3.0][0] < max(xs)


def test_the_turn_in_band_runs_from_a_post_out_past_the_right_foot() -> None:
    for index in range(2):
        prints = inset_prints("band-ankle-turn-in", index)
        post = [p for p in prints if p[4] == 0.0 and p[3] >= 2.0]
        right = next(p for p in prints if p[4] == 3.0 and p[3] == 1.0)
        # (Redraw s11d: the feet seen from in front, as in the main picture, the right foot on the picture's left.)
        assert len(post) == 1 and post[0][0] < right[0] - 10, "the post on the right foot's outer side"


def test_the_turned_foot_keeps_its_heel_where_it_was() -> None:
    # (Redraw s9a: no faint print where the foot started; the start panel's print is where it started.)
    (before,) = [p for p in inset_prints("band-ankle-turn-out", 0) if p[3] == 1.0]
    (after,) = [p for p in inset_prints("band-ankle-turn-out", 1) if p[3] == 1.0]

    def heel_middle(p: tuple[float, float, float, float, float]) -> tuple[float, float]:
        way = math.radians(p[2])
        return (p[0] + 3.9 * math.cos(way), p[1] - 3.9 * math.sin(way))

    assert math.dist(heel_middle(before), heel_middle(after)) < 0.5
    assert abs(after[2] - before[2]) >= 20


def test_the_turn_inset_shows_the_counter_above_the_steps() -> None:
    prints = inset_prints("walk-and-turn", 1)
    (counter,) = [p for p in prints if p[4] == 2.0]
    feet = [p for p in prints if p[4] in (1.0, -1.0)]
    assert counter[2] > 60, "the counter runs along the steps"
    assert all(counter[1] < p[1] for p in feet), "the counter on the side the client turns towards"


def test_the_hammer_forearm_lies_along_its_thigh_with_the_knees_apart() -> None:
    position = DRAWINGS["forearm-turns-with-hammer"].positions[0]
    points = body.build(position.figure).points
    elbow, wrist = points["elbow_r"], points["wrist_r"]
    hip, knee = points["hip_r"], points["knee_r"]
    # The forearm runs forward along the thigh, nearly level (blind review 10 saw it hang down beside the knee).
    assert wrist[0] - elbow[0] > 20 and abs(wrist[2] - elbow[2]) < 4
    assert math.degrees(math.atan2(elbow[1] - wrist[1], wrist[0] - elbow[0])) < 25
    assert hip[0] < elbow[0] < knee[0] and wrist[0] > knee[0], "elbow on the thigh, the hand just past the knee"
    assert points["knee_r"][2] - points["knee_l"][2] > 20, "the knees apart, over the feet"


def test_walk_and_turn_ends_walking_back_the_other_way_with_the_other_hand_on_the_counter() -> None:
    """Walk, turn round, walk back: the last panel reverses the walk (blind review 11-b saw the figure at the
    counter standing still, not turning, so the drawing did not show that the turn sends the client back)."""
    walk, _turn, back = DRAWINGS["walk-and-turn"].positions
    going, coming = (body.build(position.figure) for position in (walk, back))
    # Each walks the way its front foot leads and its arrow points: right first, then left.
    assert going["ankle_r"][0] > going["ankle_l"][0] and arrow_way(walk) > 0
    assert coming["ankle_r"][0] < coming["ankle_l"][0] and arrow_way(back) < 0
    # The counter stays on the same side of the room, so walking back the right hand rests on it.
    assert {(c.part, c.on) for c in back.contacts} >= {("hand_r", "worktop")}
    assert back.label == "Walk back"


def arrow_way(position: Position) -> float:
    """How far along the walk (+ to the right) the position's arrow points."""
    (arrow,) = position.arrows
    return arrow.end.offset[0] - arrow.start.offset[0]
