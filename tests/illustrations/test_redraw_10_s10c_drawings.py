"""The drawings a blind review (list 10, s10c) found hard to read keep what fixed them: the palm-on-the-wall
forearm stretch moves the hips plainly back (feet still, hand still on the wall) between its two panels; the wrist
press names the top hand in its label, shades no arm, looks down at the hands with a less rounded back; the slow
wrist lowering rests the far forearm on its thigh and turns the face to watch the hand; the nerve stretch shows
the whole standing figure, says the arm goes out before the head tips, and tips the head less, over its neck."""

from __future__ import annotations

import math

from drawing_geometry import skeleton

from designer.illustrations import body
from designer.illustrations.poses import DRAWINGS


def angle(a: tuple[float, ...], b: tuple[float, ...], c: tuple[float, ...]) -> float:
    """The angle at ``b`` between ``a`` and ``c``, degrees."""
    u = [p - q for p, q in zip(a, b, strict=True)]
    v = [p - q for p, q in zip(c, b, strict=True)]
    return math.degrees(math.acos(sum(p * q for p, q in zip(u, v, strict=True)) / math.hypot(*u) / math.hypot(*v)))


def test_the_wrist_flexor_stretch_moves_the_hips_plainly_back_with_the_feet_and_hand_still() -> None:
    """Blind reviews 8 and 8c: start and finish nearly the same, only the elbow straightening, the hips barely
    shifting.  Now the hips go back about twice as far, the trunk tipping over them, the feet and hand still."""
    start, finish = skeleton("wrist-flexor-stretch", 0), skeleton("wrist-flexor-stretch", 1)
    assert start["root"][0] - finish["root"][0] >= 14, "the hips go plainly back, not a few centimetres"
    assert start["root"][0] - start["ankle_r"][0] >= 8, "at the start the hips are forward, towards the wall"
    assert finish["root"][0] <= finish["ankle_r"][0] - 3, "at the finish the hips are behind the ankles"
    assert math.dist(start["ankle_r"], finish["ankle_r"]) < 1, "the feet stay where they are"
    assert math.dist(start["wrist_r"], finish["wrist_r"]) < 1, "the hand stays on the wall"

    def trunk_tip(points: body.Skeleton) -> float:
        return math.degrees(
            math.atan2(points["neck_base"][0] - points["root"][0], points["neck_base"][1] - points["root"][1])
        )

    assert trunk_tip(finish) - trunk_tip(start) >= 10, "the trunk tips forward over the hips as they go back"
    assert angle(finish["shoulder_r"], finish["elbow_r"], finish["wrist_r"]) >= 170, "the arm straight at the end"
    assert angle(start["shoulder_r"], start["elbow_r"], start["wrist_r"]) <= 145, "the elbow bent at the start"
    label = DRAWINGS["wrist-flexor-stretch"].positions[1].label or ""
    assert "back" in label and "straight" in label, "the label names both the hips going back and the arm"


def test_the_wrist_press_names_the_top_hand_and_looks_down_at_the_hands() -> None:
    """Blind review s9: which hand is underneath and which way the palms face unclear, the teal arm unexplained,
    the person looking upward with a hump in the back.  (Redraw s11d shades the working arm again: blind review
    s10, with no arm shaded, could not tell which hand was on top; see test_redraw_11_s11d_drawings.)"""
    drawing = DRAWINGS["wrist-extensor-hold"]
    assert "palm down" in drawing.holds and "top hand" in drawing.holds, "the label says which hand is on top"
    points = skeleton("wrist-extensor-hold", 0)
    assert points["hand_l"][1] > points["hand_r"][1] + 3, "the top hand is the left one, lying on the right"
    face, head = points["face"], points["head"]
    down = math.degrees(math.atan2(head[1] - face[1], face[0] - head[0]))
    assert down >= 20, f"the face looks down towards the hands, not ahead or up ({down:.0f} degrees)"
    sacrum, neck, upper = points["sacrum"], points["neck_base"], points["upper_back"]
    dx, dy = neck[0] - sacrum[0], neck[1] - sacrum[1]
    hump = -((upper[0] - sacrum[0]) * dy - (upper[1] - sacrum[1]) * dx) / math.hypot(dx, dy)
    assert hump <= 5.5, f"the upper back bulges {hump:.1f} cm behind the line from the sacrum to the neck"


def test_the_slow_wrist_lowering_rests_the_far_forearm_on_its_thigh_and_turns_the_face_to_the_hand() -> None:
    """Blind review 9b, seen from behind the right shoulder: the far arm stuck out backwards as a lone upper arm
    with no forearm or hand, and the head was an all-dark ball (the back of the head)."""
    for index in (0, 1):
        points = skeleton("wrist-extensor-lowering", index)
        assert points["elbow_l"][0] >= points["shoulder_l"][0] - 12, "the far elbow down by the side, not back"
        assert points["wrist_l"][0] > points["elbow_l"][0] + 12, "the far forearm runs forward along the thigh"
        assert abs(points["wrist_l"][0] - points["knee_l"][0]) < 8, "the far hand rests by its knee"
        assert 0 < points["wrist_l"][1] - points["knee_l"][1] < 15, "resting on the thigh, not above or in it"
        assert points["face"][2] - points["head"][2] >= 5, "the face turns towards the hand and the viewer"
        assert points["head"][1] - points["shoulder_r"][1] >= 17, "the head still up above the shoulder"


def test_the_nerve_stretch_shows_the_whole_standing_figure_says_the_order_and_keeps_the_head_over_its_neck() -> None:
    """Blind review 9c: the legs cut off at the knees, no telling whether the arm and the head move together or
    one after the other, and the tipped head's neck a thin sliver shifted sideways from the shoulders."""
    drawing = DRAWINGS["median-nerve-glide"]
    assert drawing.close_up is not None
    for index in (0, 1):
        points = skeleton("median-nerve-glide", index)
        assert drawing.close_up[0][1] <= min(points["heel_r"][1], points["toe_r"][1]) - 1, "framed to the feet"
    finish_label = drawing.positions[1].label or ""
    assert finish_label.index("Arm") < finish_label.index("then") < finish_label.index("head"), "arm, then head"
    finish = skeleton("median-nerve-glide", 1)
    sideways = finish["neck_base"][2] - finish["head"][2]
    assert 4 < sideways < 9, f"the head tips away ({sideways:.1f} cm) but stays over its neck"
