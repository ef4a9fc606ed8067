"""What blind review 10 (list s10b) found hard to read, held by a test each: in the tendon glides the full fist is a
round ball with the thumb wrapped across it and no nail showing, while the flat fist is an open triangle whose
straight finger ends reach the heel of the hand with the nail showing there, the thumb kept out of its way."""

from __future__ import annotations

from designer.illustrations.geometry import Point
from designer.illustrations.hands import PALM, TUCKED, tendon_hand
from designer.illustrations.poses.hand_and_foot import TENDON_SHAPES
from designer.illustrations.scene import Shape

LIFE_SIZE = ((0.0, 0.0), (1.0, 0.0), (0.0, 1.0))  # a hand frame: fingers up along +x, the palm towards -y
GREY = (0.5, 0.5, 0.5)


def hand(label: str) -> list[Shape]:
    return tendon_hand(LIFE_SIZE, 0.0, GREY, GREY, dict(TENDON_SHAPES)[label])


def parts(shapes: list[Shape], part: str) -> list[list[Point]]:
    return [shape.points for shape in shapes if shape.part == part]


def middle(points: list[Point]) -> Point:
    return (sum(x for x, _ in points) / len(points), sum(y for _, y in points) / len(points))


def test_only_the_full_fist_hides_the_nails() -> None:
    # "Fist and flat fist look almost the same": the full fist tucks the finger ends into the palm, nails hidden;
    # every other shape, the flat fist above all, shows the nail at the finger's end.
    for label, _ in TENDON_SHAPES:
        nails = parts(hand(label), "nail")
        assert len(nails) == (0 if label == "3 Fist" else 1), label


def test_the_full_fist_is_a_round_ball_at_the_knuckles() -> None:
    shapes = hand("3 Fist")
    (ball,) = parts(shapes, "fist")
    xs, ys = [x for x, _ in ball], [y for _, y in ball]
    width, height = max(xs) - min(xs), max(ys) - min(ys)
    assert 0.85 < width / height < 1.2, "round, not a block"
    # Up by the knuckles: its top about level with them, its bottom well clear of the wrist.
    assert abs(max(xs) - PALM) < 2.5 and min(xs) > 3.0
    # Drawn over the curled first finger, under the thumb that wraps across it.
    depth = next(shape.depth for shape in shapes if shape.part == "fist")
    assert all(depth > shape.depth for shape in shapes if shape.part == "fingers")
    assert all(depth < shape.depth for shape in shapes if shape.part == "thumb")


def test_the_flat_fist_nail_rests_at_the_heel_of_the_hand_clear_of_the_thumb() -> None:
    shapes = hand("5 Flat fist")
    (nail,) = parts(shapes, "nail")
    u, v = middle(nail)
    assert u < PALM * 0.55, "the straight finger ends reach down to the heel of the hand"
    assert -5.0 < v < -2.0, "just in front of the palm, touching it"
    # The thumb lies along the palm, within its front edge, not across the finger ends (it made a second slope).
    (thumb,) = parts(shapes, "thumb")
    assert min(y for _, y in thumb) > -2.9
    assert all(y > v for _, y in thumb)


def test_the_flat_fist_keeps_its_finger_ends_straight_and_square_at_the_middle_joint() -> None:
    bends = dict(TENDON_SHAPES)["5 Flat fist"]
    assert bends[2] == 0.0
    assert bends[0] >= 85.0, "the first bones level, the top of the block flat"
    assert sum(bends) < TUCKED < sum(dict(TENDON_SHAPES)["3 Fist"])
