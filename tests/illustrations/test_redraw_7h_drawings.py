"""Drawings a picture-only review found physically wrong keep their fixes: the dumbbell in the fist and the row's
elbow only to the line of the back, the deadlift a hip hinge with the bell between the feet and hanging from long
arms, both feet on the bike's pedals under a seat that carries the sitting bones, and the knee bend's foot sliding
back beside the chair leg with the thigh still on the seat."""

from __future__ import annotations

import math

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


def test_the_deadlift_is_a_hip_hinge_with_the_bell_between_the_feet_and_long_arms_at_the_top() -> None:
    drawing = DRAWINGS["kettlebell-deadlift"]
    assert drawing.camera.turn == 0, "a plain side view"
    low, high = skeleton("kettlebell-deadlift", 0), skeleton("kettlebell-deadlift", 1)
    bell = next(p for p in drawing.positions[0].props if p.kind == PropKind.KETTLEBELL)
    # Between the feet: its middle between the ankles across the body, and the feet wider apart than the bell.
    assert low["ankle_l"][2] + 14 < bell.at.offset[2] < low["ankle_r"][2] - 14
    # A hinge, not a squat: the bottom well behind the heels, the shins nearly upright.
    assert low["root"][0] < low["ankle_r"][0] - 25
    assert abs(low["knee_r"][0] - low["ankle_r"][0]) < 10
    assert low["root"][1] > low["knee_r"][1] + 12, "the hips stay above the knees"
    for side in ("r", "l"):
        # Straight arms at the top: the elbow on the line from the shoulder to the wrist.
        reach = sum((a - b) ** 2 for a, b in zip(high[f"shoulder_{side}"], high[f"wrist_{side}"], strict=True)) ** 0.5
        assert reach > 53, "the arms hang long, the bell not held up in front"


def test_both_feet_stand_on_their_pedals_and_the_saddle_is_under_the_sitting_bones() -> None:
    from designer.illustrations.poses.knee import on_pedal

    drawing = DRAWINGS["static-bike"]
    for index, right_angle in ((0, 15.0), (1, 195.0)):
        points = skeleton("static-bike", index)
        for side, angle in (("r", right_angle), ("l", right_angle + 180.0)):
            pedal = on_pedal(angle)
            ankle, toe = points[f"ankle_{side}"], points[f"toe_{side}"]
            ball = tuple(a + (t - a) * 0.55 for a, t in zip(ankle, toe, strict=True))
            # The ball of the foot just above the pedal's top, not behind or above it.
            assert abs(ball[0] - pedal[0]) < 4, f"panel {index}: the {side} foot over its pedal"
            assert 0 < ball[1] - (pedal[1] + 1.0) < 6, f"panel {index}: the {side} foot resting on its pedal"
            assert toe[1] < ankle[1], "the toes a little down, never pulled up"
        saddle = max(
            (p for p in drawing.positions[index].props if p.kind == PropKind.BOX), key=lambda p: p.at.offset[1]
        )
        assert saddle.size is not None and saddle.size[0] >= 20, "a saddle big enough to sit on"
        back_edge = saddle.at.offset[0] - saddle.size[0] / 2
        assert back_edge < points["root"][0] - 15, "it reaches back under the buttocks"


def test_the_knee_bend_keeps_the_thigh_on_the_seat_and_the_foot_in_front_of_the_chair_legs() -> None:
    from designer.illustrations.equipment import furniture

    drawing = DRAWINGS["seated-knee-bend"]
    start, finish = skeleton("seated-knee-bend", 0), skeleton("seated-knee-bend", 1)
    assert abs(finish["knee_r"][1] - finish["knee_l"][1]) < 1.5, "the moving thigh stays on the seat, level"
    assert abs(finish["knee_r"][0] - start["knee_r"][0]) < 1.5, "the knee stays put; only the shin swings back"
    assert finish["ankle_r"][0] < start["ankle_r"][0] - 15, "the foot slides clearly back"
    assert finish["heel_r"][1] > finish["toe_r"][1] + 4, "the heel lifts, the toes stay down"
    chair = next(p for p in drawing.positions[1].props if p.kind == PropKind.CHAIR)
    legs = [block for block in furniture(chair, chair.at.offset) if block.name == "leg"]
    front = max(block.centre[0] + block.size[0] / 2 for block in legs)
    # Seen from the side nothing of the foot may cross a chair leg: the heel stays in front of the front legs.
    assert min(finish["heel_r"][0], finish["ankle_r"][0]) - 3.0 > front
    assert [p.at.body for p in drawing.positions[1].props if p.kind == PropKind.MARK] == ["knee_r"]


def test_the_wall_push_up_keeps_both_hands_flat_on_the_wall_fingers_up() -> None:
    """Blind review 11: in the finish the hand turned back towards the face, so nothing held the leaning body."""
    for position in DRAWINGS["wall-push-up"].positions:
        points = body.build(position.figure)
        wrist, hand = points["wrist_r"], points["hand_r"]
        pointing = math.degrees(math.atan2(hand[1] - wrist[1], hand[0] - wrist[0]))
        assert 75 <= pointing <= 105, f"the fingers point up the wall ({pointing:.0f} degrees from level)"
