"""Drawings a picture-only review found physically wrong keep their fixes: the dumbbell in the fist and the row's
elbow only to the line of the back, the deadlift a hip hinge with the bell between the feet and hanging from long
arms, both feet on the bike's pedals under a seat that carries the sitting bones, and the knee bend's foot sliding
back beside the chair leg with the thigh still on the seat."""

from __future__ import annotations

from designer.illustrations import body
from designer.illustrations.describe import PropKind
from designer.illustrations.poses import DRAWINGS


def skeleton(exercise_id: str, index: int) -> body.Skeleton:
    return body.build(DRAWINGS[exercise_id].positions[index].figure)


def test_the_row_holds_the_dumbbell_in_the_fist_and_lifts_the_elbow_only_to_the_back() -> None:
    for index in (0, 1):
        weight = next(p for p in DRAWINGS["one-arm-row"].positions[index].props if p.kind == PropKind.DUMBBELL)
        # The bar sits just above the knuckles: on the grip point the forearm seemed to run on through it.
        assert weight.at.body == "hand_r" and 0 < weight.at.offset[1] < 5
    start, finish = skeleton("one-arm-row", 0), skeleton("one-arm-row", 1)
    assert finish["wrist_r"][1] > start["wrist_r"][1] + 15, "the weight comes up clearly"
    assert finish["elbow_r"][1] < finish["shoulder_r"][1] - 4, "the elbow rises to the back's line, not above it"
    assert finish["elbow_r"][2] < finish["shoulder_r"][2] + 12, "close by the side, not flared out"
    assert abs(finish["wrist_r"][0] - finish["elbow_r"][0]) < 8, "the forearm hangs straight down from the elbow"
