"""Redraws after blind review 10 (s10i): the upper back arch over a chair, the lying chin nod, the face-down W lift."""

from __future__ import annotations

import math

from designer.illustrations import body
from designer.illustrations.poses import DRAWINGS


def skeleton(exercise_id: str, index: int) -> body.Skeleton:
    return body.build(DRAWINGS[exercise_id].positions[index].figure)


def test_the_upper_back_arch_keeps_the_elbows_up_and_the_head_tipped_back_only_moderately() -> None:
    start, finish = skeleton("upper-back-extension-chair", 0), skeleton("upper-back-extension-chair", 1)
    for tag in ("r", "l"):
        # Swung back level with the shoulder, the near arm read as "sticking straight out backwards like a plank".
        rise = finish[f"elbow_{tag}"][1] - finish[f"shoulder_{tag}"][1]
        assert rise >= 15, f"elbow_{tag} stays up and out, above the shoulder"
        assert math.dist(finish[f"wrist_{tag}"], finish["back_of_head"]) < 7, f"hand_{tag} behind the head"
    # Tipped far back, the head seemed to shrink, its face squashed, the hands on the face.
    base, top = finish["head_base"], finish["head_top"]
    tilt = math.degrees(math.atan2(base[0] - top[0], top[1] - base[1]))
    assert 10 <= tilt <= 28, "the head tips back, moderately"
    assert finish["head"][0] < start["head"][0] - 15, "still the head goes well back over the chair"
