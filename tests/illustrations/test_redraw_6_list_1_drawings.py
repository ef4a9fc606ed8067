"""Drawings a picture-only review (session 6, list 1) found unclear keep what now makes them readable: the whole
figure for the lying chin nod, the chest arching back over the chair top, and so on."""

from __future__ import annotations

from designer.illustrations import body
from designer.illustrations.describe import PropKind
from designer.illustrations.poses import DRAWINGS


def skeleton(exercise_id: str, index: int) -> body.Skeleton:
    return body.build(DRAWINGS[exercise_id].positions[index].figure)


def test_the_lying_chin_nod_shows_the_whole_figure_with_a_face_and_a_wide_nod() -> None:
    drawing = DRAWINGS["chin-tuck-lying"]
    assert drawing.close_up is None, "a close-up cut the body off, so the position could not be seen"
    for position in drawing.positions:
        assert any(prop.kind == PropKind.FACE for prop in position.props), "the face shows which way the chin goes"
    start, finish = (position.figure for position in drawing.positions)
    assert finish.neck.flex - start.neck.flex >= 45, "chin up at the start, tucked at the finish"


def test_the_upper_back_arches_back_over_the_chair_top_from_sitting_tall() -> None:
    drawing = DRAWINGS["upper-back-extension-chair"]
    start, finish = (position.figure for position in drawing.positions)
    assert abs(start.lean) <= 8 and start.chest.flex >= 0, "the start sits tall"
    assert finish.chest.flex <= -25, "the finish arches the upper back"
    before, after = skeleton("upper-back-extension-chair", 0), skeleton("upper-back-extension-chair", 1)
    assert after["head"][0] < before["head"][0] - 15, "the head goes well back over the chair"
    arrow = drawing.positions[1].arrows[0]
    assert arrow.end.offset[0] < arrow.start.offset[0] - 20, "the arrow runs backwards"


def test_the_figure_four_draws_the_thigh_in_past_upright_with_the_hands_behind_it() -> None:
    drawing = DRAWINGS["figure-four-stretch"]
    assert drawing.camera.turn == 0 and drawing.camera.down == 0, "straight from the side"
    finish = skeleton("figure-four-stretch", 1)
    assert finish["knee_r"][0] < finish["hip_r"][0] - 10, "the thigh leans towards the chest, not upright"
    assert abs(finish["ankle_r"][1] - finish["knee_r"][1]) < 15, "the shin is about level"
    for tag in ("r", "l"):
        assert finish[f"hand_{tag}"][0] > finish["knee_r"][0], f"hand_{tag} behind the thigh, on the feet's side"
    arrow = drawing.positions[1].arrows[0]
    assert arrow.end.offset[0] < arrow.start.offset[0] - 15, "the arrow runs towards the head"
