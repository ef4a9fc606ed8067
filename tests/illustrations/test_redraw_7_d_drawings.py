"""Drawings a picture-only review (session 7, list d) scored "with effort" keep what now makes them readable: thread
the needle drawn from the arm up to the ceiling to the arm under the body, and the prone W's hands lifted clear of
the mat past the head, where the white under them shows the lift."""

from __future__ import annotations

from designer.illustrations import body
from designer.illustrations.describe import PropKind
from designer.illustrations.poses import DRAWINGS


def skeleton(exercise_id: str, index: int) -> body.Skeleton:
    return body.build(DRAWINGS[exercise_id].positions[index].figure)


def test_thread_the_needle_goes_from_the_arm_up_to_the_ceiling_to_the_arm_under_the_body() -> None:
    start, finish = skeleton("thread-the-needle", 0), skeleton("thread-the-needle", 1)
    # Both ends of the turn (with plain hands and knees as the start, reviewers saw no turn at all).
    assert start["hand_r"][1] > start["shoulder_r"][1] + 45, "the right arm reaches straight up to the ceiling"
    assert finish["hand_r"][1] < 8, "then lies on the mat"
    assert finish["shoulder_r"][1] < finish["shoulder_l"][1] - 15, "the right shoulder comes down: the chest turns"
    # The support arm does not fold (a bent elbow read as collapsing).
    for points in (start, finish):
        reach = sum((a - b) ** 2 for a, b in zip(points["wrist_l"], points["shoulder_l"], strict=True)) ** 0.5
        assert reach > 50, "the left arm nearly straight"
    arrow = DRAWINGS["thread-the-needle"].positions[1].arrows[0]
    assert arrow.start.offset[1] > 60 > arrow.end.offset[1], "the arrow comes down from where the hand was up high"


def test_the_prone_w_hands_lift_clear_past_the_head_with_the_arrow_under_them() -> None:
    start, finish = skeleton("prone-w", 0), skeleton("prone-w", 1)
    # Blind review s10b (see test_redraw_10_s10m_drawings.py): seen from higher, the W's hands lie level with the
    # head as the text says (were just past its top), and the arm lifts as one piece (the elbow was lower, for a
    # level view), so the old pins of hands past the head and a low elbow are gone.
    assert finish["wrist_r"][0] > start["head"][0], "the hands level with the head, white under them"
    assert finish["elbow_r"][1] - start["elbow_r"][1] >= 9, "the elbow lifts with the hand"
    position = DRAWINGS["prone-w"].positions[1]
    # Blind review 9 (s9d): an arrow under each hand, both arms lifting.
    assert {arrow.start.body for arrow in position.arrows} == {"wrist_r", "wrist_l"}, (
        "the arrows rise under the hands, not on the back (it read as the chest lifting)"
    )
    assert any(prop.kind == PropKind.PILLOW for prop in position.props), "the forehead rests on a towel"


def test_the_prone_y_is_seen_a_little_from_above_with_the_near_arm_shaded_and_lifted_clear() -> None:
    """Blind review 11 (score 0): straight from the side the arms lay across the head in both panels and the lift
    was a few millimetres.  From a little above, the near arm falls below the head in the picture."""
    drawing = DRAWINGS["prone-y"]
    # Blind review 8 (r8c) changed the view to one from behind the feet and above, both arms shaded, an arrow at
    # each hand: see test_redraw_8_r8c_drawings.py.
    assert drawing.camera.down >= 5, "from above: the mat seen as a surface, lying still reads"
    start, finish = skeleton("prone-y", 0), skeleton("prone-y", 1)
    assert finish["hand_r"][1] - start["hand_r"][1] >= 12, "the hands lift clear of the mat"
    assert finish["head"] == start["head"], "the head stays on the towel"
    for position in drawing.positions:
        assert any(prop.kind == PropKind.MARK for prop in position.props), "the near arm shaded"
    for arrow in drawing.positions[1].arrows:
        assert arrow.start.body == arrow.end.body, "each arrow rises at a hand, not on the head"
        assert arrow.start.body.startswith("wrist"), "each arrow rises at a hand, not on the head"
