"""The drawings a blind review (list 7l) found physically wrong keep what fixed them: the suitcase march's free hand
rests on the worktop in front of the hip (not reaching backwards), the lifted thigh passes below the worktop's top
edge, and the kettlebell hangs clear of the standing knee; the hip circles are seen turned towards the circling leg, so
the thigh lifted in front shows its length instead of pointing at the viewer."""

from __future__ import annotations

from designer.illustrations import body
from designer.illustrations.describe import PropKind
from designer.illustrations.poses import DRAWINGS
from designer.illustrations.scene import Projector


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


def test_the_hip_circles_show_the_lifted_thigh_clear_of_the_body_not_end_on() -> None:
    drawing = DRAWINGS["standing-hip-circles"]
    camera = Projector(drawing.camera)
    start, finish = skeleton("standing-hip-circles", 0), skeleton("standing-hip-circles", 1)
    knee, hip = camera.point(start["knee_r"]), camera.point(start["hip_r"])
    thigh = ((knee[0] - hip[0]) ** 2 + (knee[1] - hip[1]) ** 2) ** 0.5
    assert thigh > 12, "the lifted thigh shows its length, not end-on as a circle over the hip"
    assert knee[1] > hip[1], "the knee is seen lifted to (just above) the hip"
    out = camera.point(finish["knee_r"])[0] - knee[0]
    assert abs(out) > 12, "the knee opened out to the side stands plainly apart from where it was in front"
