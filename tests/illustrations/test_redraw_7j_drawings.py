"""The drawings a blind review (list 7j) found physically wrong or unsafe keep what fixed them: the hip circles seen
level with the standing foot on the floor, the suitcase march's free hand on the worktop, a part (not deep) Spanish
squat.  (The reverse lunge's redraw went back: blind review 11-h saw its back leg standing on the tip of its foot.)"""

from __future__ import annotations

from designer.illustrations import body
from designer.illustrations.describe import Contact, PropKind
from designer.illustrations.poses import DRAWINGS


def skeleton(exercise_id: str, index: int) -> body.Skeleton:
    return body.build(DRAWINGS[exercise_id].positions[index].figure)


def kinds(exercise_id: str, index: int) -> list[PropKind]:
    return [prop.kind for prop in DRAWINGS[exercise_id].positions[index].props]


def test_the_hip_circles_are_seen_level_so_the_standing_foot_is_flat_on_a_floor_line() -> None:
    drawing = DRAWINGS["standing-hip-circles"]
    assert drawing.camera.down < 5, "level with the figure: the floor line shows under the standing foot"
    assert abs(drawing.camera.turn) <= 25, "no three-quarter view"
    for position in drawing.positions:
        assert Contact("foot_l", "floor") in position.contacts
        assert Contact("hand_l", "chair") in position.contacts, "the text says hold the chair"
        assert PropKind.MARK in [prop.kind for prop in position.props], "the circling leg is shaded"


def test_the_hip_circles_lift_the_knee_high_in_front_then_open_it_well_out_to_the_side() -> None:
    start, finish = skeleton("standing-hip-circles", 0), skeleton("standing-hip-circles", 1)
    assert start["ankle_r"][1] - start["ankle_l"][1] > 30, "the lifted foot is plainly off the floor"
    assert start["knee_r"][1] > start["hip_r"][1] - 5, "the knee comes up to hip height"
    assert start["knee_r"][2] - start["hip_r"][2] < 12, "first in front, only a little out"
    assert finish["knee_r"][2] - finish["hip_r"][2] > 25, "then well out to the side"
    assert len(DRAWINGS["standing-hip-circles"].positions[1].arrows) == 1, "one arrow, not a knot of them"


def test_the_suitcase_march_rests_the_free_hand_on_the_worktop_seen_from_the_side() -> None:
    drawing = DRAWINGS["suitcase-march"]
    assert drawing.camera.turn == 0, "straight from the side: the far hand shows on the worktop"
    for position in drawing.positions:
        assert Contact("hand_l", "worktop") in position.contacts
        assert Contact("hand_r", "kettlebell") in position.contacts
        assert position.figure.neck.flex > 10, "the head looks ahead, not up at the ceiling"
    finish = skeleton("suitcase-march", 1)
    assert finish["knee_l"][1] > finish["hip_l"][1] - 10, "the knee lifts nearly to hip height"


def test_the_spanish_squat_is_a_part_squat_with_the_band_level_at_the_knees() -> None:
    finish = skeleton("spanish-squat", 1)
    assert finish["root"][1] - finish["knee_r"][1] > 20, "the hips stay well above the knees, not a deep squat"
    assert finish["ankle_r"][0] - finish["root"][0] < 35, "the hips not far behind the heels"
    anchor = next(p for p in DRAWINGS["spanish-squat"].positions[1].props if p.kind == PropKind.ANCHOR)
    assert abs(anchor.at.offset[1] - finish["knee_r"][1]) < 4, "the band runs level from the knee to the post"
    assert PropKind.CHAIR not in kinds("spanish-squat", 1), "the text asks for no chair"
