"""The drawings a blind review (list 7l) found physically wrong keep what fixed them: the suitcase march's free hand
rests on the worktop in front of the hip (not reaching backwards), the lifted thigh passes below the worktop's top
edge, and the kettlebell hangs clear of the standing knee."""

from __future__ import annotations

from designer.illustrations import body
from designer.illustrations.describe import PropKind
from designer.illustrations.poses import DRAWINGS


def skeleton(exercise_id: str, index: int) -> body.Skeleton:
    return body.build(DRAWINGS[exercise_id].positions[index].figure)


def test_the_suitcase_march_rests_the_free_hand_beside_the_body_not_behind_it() -> None:
    for index in (0, 1):
        points = skeleton("suitcase-march", index)
        assert points["hand_l"][0] > points["root"][0] + 5, "the hand rests in front of the hip, not reaching back"


def test_the_suitcase_march_lifts_the_thigh_plainly_below_the_worktop_top() -> None:
    finish = DRAWINGS["suitcase-march"].positions[1]
    worktop = next(prop for prop in finish.props if prop.kind == PropKind.WORKTOP)
    top = worktop.size[1] if worktop.size else 90.0  # the worktop's own height unless it is given
    knee = skeleton("suitcase-march", 1)["knee_l"]
    assert top - knee[1] > 12, "the level thigh must not lie along the worktop's top edge"


def test_the_suitcase_march_kettlebell_hangs_clear_of_the_standing_knee() -> None:
    points = skeleton("suitcase-march", 1)
    assert points["grip_r"][0] - points["knee_r"][0] > 5, "the bell hangs in front of the thigh, not over the knee"
