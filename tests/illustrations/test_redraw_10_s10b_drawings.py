"""What blind review 10 (list s10b) found hard to read, held by a test each: in the tendon glides the full fist is a
round ball with the thumb wrapped across it and no nail showing, while the flat fist is an open triangle whose
straight finger ends reach the heel of the hand with the nail showing there, the thumb kept out of its way; the
forearm turns with a hammer add an inset of the hand and hammer seen from above, the lighter palm and the nails of
the curled fingers showing palm up and the back of the hand palm down, the head tipped the way the main picture tips
it, a handle long enough to read as a hammer, and a wide seat under both hips."""

from __future__ import annotations

import math

from designer.illustrations.body import build
from designer.illustrations.describe import PropKind
from designer.illustrations.equipment import furniture
from designer.illustrations.geometry import Point
from designer.illustrations.hands import PALM, TUCKED, hammer_from_above, held_close_up, tendon_hand
from designer.illustrations.poses import DRAWINGS
from designer.illustrations.poses.hand_and_foot import TENDON_SHAPES
from designer.illustrations.render import Painter
from designer.illustrations.scene import Shape
from designer.illustrations.style import DEFAULT_ACCENT, parse_colour

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
    # A crease curling round inside the ball, over its top to its front, so it reads as a curled finger.
    (crease,) = [shape.points for shape in shapes if depth < shape.depth < 0.05 and shape.part == ""]
    assert max(x for x, _ in crease) > (max(xs) + min(xs)) / 2 and min(y for _, y in crease) < min(ys) * 0.4
    assert min(x for x, _ in crease) > min(xs) and max(x for x, _ in crease) < max(xs)


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


def test_the_hammer_drawing_has_an_inset_from_above_turned_as_the_hammer_in_the_hand() -> None:
    # "I can't actually see the palm in either panel": each panel adds the hand and hammer seen from above.
    for position in DRAWINGS["forearm-turns-with-hammer"].positions:
        hammers = [prop for prop in position.props if prop.kind == PropKind.HAMMER]
        held = [prop for prop in hammers if prop.size is not None and prop.size[2] == 0.0]
        above = [prop for prop in hammers if prop.size is not None and prop.size[2] == 1.0]
        assert len(held) == len(above) == 1
        assert held[0].size is not None and above[0].size is not None
        assert held[0].size[:2] == above[0].size[:2], "the inset turned as the hammer in the hand"


def test_the_inset_shows_the_palm_palm_up_and_the_back_of_the_hand_palm_down() -> None:
    painter = Painter(DRAWINGS["forearm-turns-with-hammer"], parse_colour(DEFAULT_ACCENT))
    palette, accent = painter.palette, painter.accent
    heads = []
    for lean in (60.0, -60.0):
        shapes = hammer_from_above((0.0, 0.0), lean, 14.0, palette, accent)
        grey = sum(palette.near_fill)
        lighter = [shape for shape in shapes[1:] if shape.fill is not None and sum(shape.fill) > grey + 30]
        if lean > 0:
            assert not lighter, "palm down: the back of the hand, in the figure's grey, no nails"
        else:
            # The palm and four nails, lighter than the figure's grey.
            assert len(lighter) >= 5
        head = [shape for shape in shapes if shape.part == "hammer"][-1].points
        heads.append(sum(x for x, _ in head) / len(head))
        # All of it within the round frame.
        frame = shapes[0].points
        radius = max(math.hypot(x, y) for x, y in frame)
        assert all(math.hypot(x, y) <= radius + 0.5 for shape in shapes for x, y in shape.points)
    # The head tipped in (the picture's right, seen from in front) palm down, out palm up, as in the main picture.
    assert heads[0] > 8.0 and heads[1] < -8.0


def test_the_hammer_handle_shows_below_the_fist_as_well_as_up_to_the_head() -> None:
    # "In Start the hammer looks like a short stub."
    drawing = DRAWINGS["forearm-turns-with-hammer"]
    painter = Painter(drawing, parse_colour(DEFAULT_ACCENT))
    for position in drawing.positions:
        skeleton = painter.skeleton(position)
        hammer = next(prop for prop in position.props if prop.kind == PropKind.HAMMER)
        accent = painter.accent
        handle = held_close_up(hammer, painter.projector, painter.palette, skeleton, accent, accent)[0].points
        xs, ys = [x for x, _ in handle], [y for _, y in handle]
        assert math.hypot(max(xs) - min(xs), max(ys) - min(ys)) > 18.0


def test_the_hammer_chair_seat_reaches_past_both_thighs() -> None:
    # "One hip beside the seat rather than on it": the seat runs out past both knees.
    position = DRAWINGS["forearm-turns-with-hammer"].positions[0]
    chair = next(prop for prop in position.props if prop.kind == PropKind.CHAIR)
    seat = next(block for block in furniture(chair, chair.at.offset) if block.name == "seat")
    points = build(position.figure)
    right_edge, left_edge = seat.centre[2] + seat.size[2] / 2, seat.centre[2] - seat.size[2] / 2
    assert right_edge > points["knee_r"][2] + 10.0
    assert left_edge < points["knee_l"][2] - 4.0
    assert left_edge < points["hip_l"][2] - 10.0 and right_edge > points["hip_r"][2] + 10.0
