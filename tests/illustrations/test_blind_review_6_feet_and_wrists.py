"""Blind review 6 (list 3): heel to toe and the turn shown by footprints seen from above, both feet on their heels
in heel walking, and the hand and wrist drawings that follow."""

from __future__ import annotations

from designer.illustrations import body
from designer.illustrations.describe import Prop, PropKind
from designer.illustrations.footprints import FOOT_LENGTH
from designer.illustrations.poses import DRAWINGS
from designer.illustrations.render import Painter


def skeleton(exercise_id: str, index: int) -> body.Skeleton:
    return body.build(DRAWINGS[exercise_id].positions[index].figure)


def inset(exercise_id: str, index: int) -> Prop:
    return next(p for p in DRAWINGS[exercise_id].positions[index].props if p.kind == PropKind.FOOTPRINTS)


def test_the_heel_to_toe_stand_shows_the_feet_from_above_in_one_line_heel_touching_toes() -> None:
    prints = sorted(inset("tandem-stance", 0).prints)
    assert len(prints) == 2
    (back_x, back_z, *_), (front_x, front_z, *_) = prints
    assert back_z == front_z, "one line"
    assert 0 <= front_x - (back_x + FOOT_LENGTH) < 1.5, "the front heel touches the back toes"
    painter = Painter(DRAWINGS["tandem-stance"], (0, 120, 110))
    shapes = painter.prop(inset("tandem-stance", 0), skeleton("tandem-stance", 0))
    assert len(shapes) == 1 + 2 * 6, "a frame, and each print a sole and five toes"


def test_the_tandem_walk_inset_moves_the_shaded_foot_from_behind_to_in_front() -> None:
    start, finish = inset("tandem-walk", 0).prints, inset("tandem-walk", 1).prints
    stepping = next(p for p in start if p[3] == 1.0)
    planted = next(p for p in start if p[3] == 0.0)
    assert stepping[0] < planted[0] and planted in finish
    stepped = next(p for p in finish if p[3] == 1.0)
    assert stepped[0] > planted[0] and stepped[4] == stepping[4] == -1.0, "the same (left) foot, now in front"


def test_the_turn_is_small_steps_round_a_half_circle_not_a_twist() -> None:
    turn = DRAWINGS["walk-and-turn"].positions[1]
    prints = inset("walk-and-turn", 1).prints
    headings = [p[2] for p in prints if p[3] == 1.0]
    assert len(headings) >= 3 and headings == sorted(headings), "the feet turn a little at each step"
    assert {p[2] for p in prints if p[3] == 0.0} == {0.0, 180.0}, "walking in, then back"
    assert any(contact.on == "worktop" for contact in turn.contacts), "the hands stay on the counter"


def test_heel_walking_has_both_feet_on_their_heels_toes_up_in_two_steps() -> None:
    drawing = DRAWINGS["heel-walking"]
    assert len(drawing.positions) == 2
    for index in (0, 1):
        points = skeleton("heel-walking", index)
        for side in ("r", "l"):
            assert points[f"toe_{side}"][1] > points[f"heel_{side}"][1] + 3, "toes lifted on both feet"
    first, second = skeleton("heel-walking", 0), skeleton("heel-walking", 1)
    assert first["ankle_l"][0] < first["ankle_r"][0] and second["ankle_l"][0] > second["ankle_r"][0]


def test_the_wrist_drawings_show_the_hand_well_past_the_knee_with_the_head_up_and_the_wrist_clearly_bending() -> None:
    for exercise_id in ("wrist-bends", "wrist-extension-with-weight"):
        drawing = DRAWINGS[exercise_id]
        assert drawing.close_up is not None and drawing.camera.down > 0, "framed close, seen a little from above"
        down, up = skeleton(exercise_id, 0), skeleton(exercise_id, 1)
        for points in (down, up):
            assert points["wrist_r"][0] > points["knee_r"][0] + 6, "the wrist is clear of the knee"
            assert points["head_top"][1] > points["head"][1], "the head is up, not hanging"
        assert down["wrist_r"][1] - down["hand_r"][1] > 8 and up["hand_r"][1] - up["wrist_r"][1] > 5
    kinds = [p.kind for p in DRAWINGS["wrist-bends"].positions[1].props]
    assert PropKind.OPEN_HAND in kinds, "without a weight the hand is drawn open, palm down"


def test_the_wrist_press_keeps_the_head_in_the_frame() -> None:
    # (The label names the top hand, see test_redraw_10_s10c_drawings; the pressing arm is shaded again since
    # redraw s11d.)
    drawing = DRAWINGS["wrist-extensor-hold"]
    assert drawing.close_up is not None
    points = skeleton("wrist-extensor-hold", 0)
    assert drawing.close_up[1][1] > points["head_top"][1] + 2, "the whole head shows"


def test_the_band_ankle_turns_shade_the_working_leg_and_are_not_seen_from_high_above() -> None:
    for exercise_id in ("band-ankle-turn-in", "band-ankle-turn-out"):
        drawing = DRAWINGS[exercise_id]
        assert drawing.camera.down <= 35, "the thighs must not read as standing legs"
        for position in drawing.positions:
            assert any(p.kind == PropKind.MARK and p.at.body == "knee_r" and p.size for p in position.props)
