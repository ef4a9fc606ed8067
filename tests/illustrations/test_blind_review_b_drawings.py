"""Drawings a later picture-only review found hard to read keep what now makes them readable: the arm threaded
under the body seen from the front and shaded, the moving leg shaded foot and all, the stepping foot clear of the
floor, the stick ahead of the operated foot, the hands of the wrist press stacked in a close-up, and so on."""

from __future__ import annotations

from designer.illustrations import body
from designer.illustrations.describe import PropKind, View
from designer.illustrations.generate import drawing_images
from designer.illustrations.poses import DRAWINGS
from designer.illustrations.render import Painter


def skeleton(exercise_id: str, index: int) -> body.Skeleton:
    return body.build(DRAWINGS[exercise_id].positions[index].figure)


def marks(exercise_id: str, index: int) -> list[str]:
    """The body points the marks of one panel sit on (a shaded limb, or a ring)."""
    return [p.at.body for p in DRAWINGS[exercise_id].positions[index].props if p.kind == PropKind.MARK]


def shaded_foot(exercise_id: str, index: int, knee: str) -> bool:
    """Whether the leg marked at ``knee`` is shaded with its foot (a ``size`` on the mark)."""
    props = DRAWINGS[exercise_id].positions[index].props
    return any(p.kind == PropKind.MARK and p.at.body == knee and p.size is not None for p in props)


def test_thread_the_needle_is_seen_with_the_shaded_arm_sliding_past_the_other_hand() -> None:
    drawing = DRAWINGS["thread-the-needle"]
    # Not from straight in front: from there hands and knees read as standing bent over (a blind review).  Seen from
    # the left side, though, the arm threading across under the chest read as reaching down and forward (blind
    # review 8), so the view is from in front of the head and round to one side, the shins showing behind the knees.
    # Blind review s9g turned it round to the client's right, the threading arm's side (see
    # test_redraw_9_s9g_drawings.py): from the left, the raised arm seemed to grow out of the head.
    # Blind review s10 turned it from 25 to 12 degrees (see test_redraw_11_s11b_drawings.py): the raised arm grew from
    # the middle of the back; still turned enough that the shins and feet show behind the knees.
    assert drawing.camera.view == View.FRONT and 10 <= abs(drawing.camera.turn) <= 45, "turned to show the shins"
    start, finish = skeleton("thread-the-needle", 0), skeleton("thread-the-needle", 1)
    assert start["hand_r"][2] > 10, "the right hand starts under the right shoulder"
    assert finish["hand_r"][2] < finish["hand_l"][2] - 10, "it ends past the left hand, under the body"
    assert finish["hand_r"][0] < finish["hand_l"][0], "behind the left hand, between it and the knee"
    for index in (0, 1):
        assert marks("thread-the-needle", index) == ["elbow_r"], "the threading arm is shaded in both panels"
    painter = Painter(drawing, (0, 120, 110))
    mark = next(p for p in drawing.positions[1].props if p.kind == PropKind.MARK)
    assert len(painter.prop(mark, finish)) == 3, "upper arm, forearm and hand shaded"


def test_the_figure_four_is_seen_plainly_from_the_side_with_the_drawn_in_leg_shaded() -> None:
    drawing = DRAWINGS["figure-four-stretch"]
    assert drawing.camera.turn == 0, "no three-quarter turn"
    for index in (0, 1):
        assert shaded_foot("figure-four-stretch", index, "knee_r")
    start, finish = skeleton("figure-four-stretch", 0), skeleton("figure-four-stretch", 1)
    # Drawn in past upright towards the chest: the knee rises and comes well towards the head.
    assert finish["knee_r"][1] > start["knee_r"][1] + 3, "the shaded thigh is drawn in"
    assert finish["knee_r"][0] < start["knee_r"][0] - 25, "towards the chest"


def test_the_wrist_press_is_a_close_up_with_the_upper_hand_on_the_lower_and_an_arrow_pushing_up() -> None:
    drawing = DRAWINGS["wrist-extensor-hold"]
    assert drawing.close_up is not None
    points = skeleton("wrist-extensor-hold", 0)
    assert points["hand_l"][1] > points["hand_r"][1] + 3, "the left hand lies on top of the right"
    assert abs(points["hand_r"][1] - points["wrist_r"][1]) < 6, "the lower hand is level, palm down"
    # (Redraw s11d: only the arrow pushing up under the hands; the top hand only holds still.)
    arrows = drawing.positions[0].arrows
    ups = [a.end.offset[1] - a.start.offset[1] for a in arrows]
    assert ups and min(ups) > 0, "an arrow pushing up under the hands"


def test_a_close_up_keeps_the_body_out_of_its_label() -> None:
    image, _ = drawing_images(DRAWINGS["wrist-extensor-hold"])
    # The label's band where the leaning trunk would reach up into it: only the label's letters are dark there
    # (about a sixth of it); the trunk painted over the band would darken more than half.
    band = image.crop((256, 0, 900, 111)).convert("L")
    histogram = band.histogram()
    dark = sum(histogram[:230]) / sum(histogram)
    assert dark < 0.3


def test_the_stepping_leg_is_shaded_with_its_foot_and_clears_the_floor_where_it_lifts() -> None:
    for exercise_id in ("stairs-up-and-down", "walking-with-stick"):
        for index in (0, 1):
            assert shaded_foot(exercise_id, index, "knee_l"), f"{exercise_id}: the operated foot is shaded too"
    for exercise_id in ("tandem-walk-backwards", "sideways-walking", "standing-hip-extension", "standing-knee-lift"):
        for index in (0, 1):
            assert shaded_foot(exercise_id, index, "knee_r"), f"{exercise_id}: the moving leg is shaded"
    # The sideways walk's step was caught in the air here; blind review s11 read that as a leg lifted out to the side
    # and back, so its step now lands and the other foot closes (see test_redraw_11_s11f_drawings.py).
    back = skeleton("standing-hip-extension", 1)
    assert min(back["heel_r"][1], back["toe_r"][1]) > 8, "the foot behind is lifted, not stepping"
    # Turned 25 degrees since redraw s11g (straight from the side the counter read as one the client faces).
    assert 0 <= DRAWINGS["standing-hip-extension"].camera.turn <= 25, "nearly from the side, turned to the counter"


def test_the_stick_lands_ahead_of_the_operated_foot_and_the_good_leg_then_steps_through() -> None:
    drawing = DRAWINGS["walking-with-stick"]
    assert len(drawing.positions) == 2
    first, second = skeleton("walking-with-stick", 0), skeleton("walking-with-stick", 1)
    stick = next(p for p in drawing.positions[0].props if p.kind == PropKind.DOWEL)
    assert stick.at.offset[0] > first["toe_l"][0], "the stick's tip is ahead of the operated toes, not on the foot"
    assert first["ankle_l"][0] > first["ankle_r"][0], "first the operated foot is ahead"
    assert second["ankle_r"][0] > second["ankle_l"][0], "then the good foot steps past it"


def test_the_heel_raise_arrow_is_under_the_lifted_heel_and_the_squeeze_is_marked() -> None:
    finish = skeleton("seated-heel-raise", 1)
    arrow = DRAWINGS["seated-heel-raise"].positions[1].arrows[0]
    assert arrow.start.body == "heel_r" and arrow.end.offset[1] < 0, "the arrow rises to just under the heel"
    assert finish["heel_r"][1] > 8
    assert marks("static-glutes", 0) == ["root"], "a ring round the buttocks"
    assert len(DRAWINGS["static-glutes"].positions[0].arrows) == 2, "two arrows pressing in"


def test_the_sitting_chin_tuck_moves_the_head_back_and_does_not_lift_the_chin() -> None:
    start, finish = skeleton("chin-tuck-sitting", 0), skeleton("chin-tuck-sitting", 1)
    assert start["head"][0] - finish["head"][0] > 5, "the head glides clearly back"
    assert DRAWINGS["chin-tuck-sitting"].positions[1].figure.neck.flex > 0, "the chin tips a touch down"


def test_the_bike_cranks_are_held_in_the_frame() -> None:
    props = DRAWINGS["static-bike"].positions[0].props
    from designer.illustrations.poses.knee import CRANK

    tubes_to_axle = [
        p
        for p in props
        if p.kind == PropKind.DOWEL and p.to is not None and p.to.offset[:2] == CRANK and p.at.offset[2] == 0
    ]
    assert tubes_to_axle, "a frame tube reaches the cranks' axle"
