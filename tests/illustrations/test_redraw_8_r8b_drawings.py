"""The drawings a blind review (list 8, r8b) found hard to read keep what fixed them: the Pallof hold and press show
both hands together at the chest and then arms pressed straight out, level in the picture, with a level arrow."""

from __future__ import annotations

import math

from drawing_geometry import angle_at

from designer.illustrations import body
from designer.illustrations.describe import At, Drawing, PropKind, View
from designer.illustrations.poses import DRAWINGS
from designer.illustrations.scene import Projector


def skeleton(exercise_id: str, index: int) -> body.Skeleton:
    return body.build(DRAWINGS[exercise_id].positions[index].figure)


def screen_slope(drawing: Drawing, a: tuple[float, float, float], b: tuple[float, float, float]) -> float:
    """How many degrees the line from ``a`` to ``b`` slopes from level in the picture."""
    camera = Projector(drawing.camera)
    (x0, y0), (x1, y1) = camera.point(a)[:2], camera.point(b)[:2]
    return abs(math.degrees(math.atan2(y1 - y0, abs(x1 - x0))))


def point(figure: body.Skeleton, where: At) -> tuple[float, float, float]:
    base = figure[where.body] if where.body else (0.0, 0.0, 0.0)
    return (base[0] + where.offset[0], base[1] + where.offset[1], base[2] + where.offset[2])


def test_the_pallof_hold_and_press_show_the_hands_at_the_chest_then_pressed_out_straight() -> None:
    for exercise_id in ("pallof-hold", "pallof-press"):
        drawing = DRAWINGS[exercise_id]
        assert len(drawing.positions) == 2, f"{exercise_id}: a before and an after"
        start, finish = skeleton(exercise_id, 0), skeleton(exercise_id, 1)
        # At the chest both hands hold the band together, in front of the breastbone, not one by the shoulder.
        # (Blind review s9: the fists stacked one on the other, touching, so the far one shows: was 6 cm side by side.)
        assert math.dist(start["grip_r"], start["grip_l"]) < 8, f"{exercise_id}: the hands together"
        assert abs(start["grip_r"][2]) < 5 and abs(start["grip_r"][1] - start["chest"][1]) < 12
        for side in ("r", "l"):
            elbow = angle_at(finish[f"shoulder_{side}"], finish[f"elbow_{side}"], finish[f"wrist_{side}"])
            assert elbow > 150, f"{exercise_id}: the arm pressed out is straight ({elbow:.0f} degrees)"
            forearm = screen_slope(drawing, finish[f"elbow_{side}"], finish[f"wrist_{side}"])
            assert forearm < 12, f"{exercise_id}: the pressed arm runs level in the picture ({forearm:.0f})"
        (press,) = drawing.positions[1].arrows
        slope = screen_slope(drawing, point(finish, press.start), point(finish, press.end))
        assert slope < 5, f"{exercise_id}: the arrow runs level in the picture, not down ({slope:.0f} degrees)"
    assert "hold" in (DRAWINGS["pallof-hold"].positions[1].label or "").lower()


def test_the_pelvic_tilt_presses_the_low_back_down_without_an_arrow_over_the_tummy_at_the_start() -> None:
    # (Blind review s9: the ring round the low back that this test also asked for read as equipment; it is gone.)
    drawing = DRAWINGS["pelvic-tilt"]
    start, finish = drawing.positions
    assert not start.arrows, "the natural curve is the rest position: no arrow up over the tummy"
    (press,) = finish.arrows
    figure = skeleton("pelvic-tilt", 1)
    top, tip = point(figure, press.start), point(figure, press.end)
    assert top[1] - tip[1] > 8 and abs(top[0] - tip[0]) < 1, "straight down"
    # (List 11: the tip stops on the low back just above the mat, short of the arm lying on the mat beside the body,
    # which blind review s10 saw the arrow cross; it used to reach 4 cm.)
    assert tip[1] < 8 and abs(tip[0] - figure["waist"][0]) < 6, "onto the low back, just above the mat"


def test_the_thread_the_needle_arm_runs_across_the_picture_under_the_chest_to_a_hand_on_the_mat() -> None:
    drawing = DRAWINGS["thread-the-needle"]
    camera = Projector(drawing.camera)
    across = camera.direction((0.0, 0.0, 1.0))
    assert abs(across[0]) > 0.7, "seen from the head end: the body's side to side runs across the picture"
    finish = skeleton("thread-the-needle", 1)
    hand, shoulder = finish["hand_r"], finish["shoulder_r"]
    assert hand[1] < 6, "the threaded hand lies on the mat, not sunk in it"
    assert hand[2] < finish["wrist_l"][2] - 15, "out past the support hand on the other side"
    assert finish["knee_l"][0] < hand[0] < finish["wrist_l"][0], "between the other hand and knee"
    (x0, y0), (x1, y1) = camera.point(shoulder), camera.point(hand)
    assert abs(x1 - x0) > abs(y1 - y0), "in the picture the arm runs more across than down"


def test_the_seated_rotation_is_seen_from_in_front_the_shoulders_and_face_turning_while_the_knees_stay() -> None:
    drawing = DRAWINGS["seated-rotation"]
    camera = Projector(drawing.camera)

    def across(figure: body.Skeleton, a: str, b: str) -> float:
        return abs(camera.point(figure[a])[0] - camera.point(figure[b])[0])

    start, finish = skeleton("seated-rotation", 0), skeleton("seated-rotation", 1)
    assert across(finish, "shoulder_r", "shoulder_l") < 0.7 * across(start, "shoulder_r", "shoulder_l"), (
        "the shoulders turn away from square-on, so the turn shows"
    )
    assert abs(across(finish, "knee_r", "knee_l") - across(start, "knee_r", "knee_l")) < 1, "the knees stay"
    assert abs(start["head"][0] - start["neck_base"][0]) < 5, "the head sits over the neck, not poking forward"
    for position in drawing.positions:
        assert any(prop.kind == PropKind.FACE for prop in position.props), "a face, so the head is seen to turn"


def test_the_knee_rolls_show_the_body_along_the_picture_the_arms_on_the_mat_and_clear_of_the_knees() -> None:
    drawing = DRAWINGS["knee-rolls"]
    camera = Projector(drawing.camera)
    for index, position in enumerate(drawing.positions):
        figure = skeleton("knee-rolls", index)
        head, root = camera.point(figure["head"]), camera.point(figure["root"])
        length = math.dist(figure["head"], figure["root"])
        assert math.dist(head, root) > 0.8 * length, "the body lies along the picture, not end-on"
        for knee in ("knee_r", "knee_l"):
            far = math.dist(camera.point(figure["hand_l"]), camera.point(figure[knee]))
            near = math.dist(camera.point(figure["hand_r"]), camera.point(figure[knee]))
            assert min(far, near) > 25, "no arm seems to come out of the knees or lie under the thighs"
        (mat,) = [prop for prop in position.props if prop.kind == PropKind.MAT]
        assert mat.size is not None
        for hand in ("hand_r", "hand_l"):
            assert abs(figure[hand][2] - mat.at.offset[2]) < mat.size[2] / 2 - 2, "the arms lie on the mat"
    start, finish = skeleton("knee-rolls", 0), skeleton("knee-rolls", 1)
    assert start["knee_r"][1] - finish["knee_r"][1] > 15, "the knees stand up, then lie over"
    assert finish["knee_r"][2] > start["knee_r"][2] + 20, "over to the right side"
    # The right side is the viewer's side: seen from above, the knees fall down the picture towards the right hand.
    # (Was a depth comparison, which the higher view of blind review r8e turns round: the raised knee is nearer a
    # camera high above.)
    assert drawing.camera.view == View.SIDE
    assert camera.point(finish["knee_r"])[1] < camera.point(start["knee_r"])[1] - 20, "down towards the viewer"


def test_the_side_plank_on_the_knees_lies_across_the_picture_and_lifts_the_hips_not_a_knee() -> None:
    drawing = DRAWINGS["side-plank-knees"]
    camera = Projector(drawing.camera)
    along = camera.direction((0.0, 0.0, 1.0))  # the body's length, head to knees
    assert abs(along[0]) > 0.9, "the body lies across the picture, seen from its front"
    start, finish = skeleton("side-plank-knees", 0), skeleton("side-plank-knees", 1)
    # At the start the trunk slants up straight from the hip on the mat to the propped shoulder, not bent up nearly
    # upright (that read as half sitting).
    figure = DRAWINGS["side-plank-knees"].positions[0].figure
    assert figure.lumbar.side == 0 and figure.chest.side == 0
    rise = math.degrees(
        math.atan2(start["shoulder_r"][1] - start["root"][1], start["shoulder_r"][2] - start["root"][2])
    )
    assert rise < 45, f"the trunk slants {rise:.0f} degrees, lying propped rather than sitting"
    assert finish["root"][1] > start["root"][1] + 10, "the hips lift"
    (lift,) = drawing.positions[1].arrows
    tip = point(finish, lift.end)
    assert abs(tip[2] - finish["root"][2]) < 5, "the arrow is at the hips along the body"
    assert abs(tip[2] - finish["knee_l"][2]) > 30, "well away from the top knee (not a clam)"


def test_the_open_book_is_seen_obliquely_with_both_arms_and_both_knees_apart_and_the_arrow_over_the_body() -> None:
    drawing = DRAWINGS["open-book"]
    assert 35 <= drawing.camera.down <= 60, "from above at a slant, not straight down (it read as lying face down)"
    camera = Projector(drawing.camera)
    start = skeleton("open-book", 0)
    for a, b in (("elbow_l", "elbow_r"), ("knee_l", "knee_r")):
        apart = math.dist(camera.point(start[a]), camera.point(start[b]))
        assert apart > 4, f"the stacked {a[:-2]}s show as two ({apart:.1f} cm apart in the picture)"
    finish = skeleton("open-book", 1)
    (sweep,) = drawing.positions[1].arrows
    begin, end = point(finish, sweep.start), point(finish, sweep.end)
    shoulder = finish["shoulder_l"]
    assert begin[0] > shoulder[0] + 30 and end[0] < shoulder[0] - 30, "from the hands in front to the hand behind"
    assert min(begin[1], end[1]) > shoulder[1] - 5, "at shoulder height, over the body"
    assert sweep.bend != 0, "arching"
