"""Redraws after blind review 10 (s10i): the upper back arch over a chair, the lying chin nod, the face-down W lift."""

from __future__ import annotations

import math

from drawing_geometry import skeleton

from designer.illustrations.describe import PropKind
from designer.illustrations.poses import DRAWINGS


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


def test_the_prone_w_hands_and_elbows_rest_on_the_mat() -> None:
    drawing = DRAWINGS["prone-w"]
    for index, position in enumerate(drawing.positions):
        (floor,) = (prop for prop in position.props if prop.kind == PropKind.MAT)
        # Sized to the body the mat is at most 84 cm wide; the near hand hung past its edge ("over the side").
        assert floor.size is not None, "a mat wide enough for the W"
        half = floor.size[2] / 2
        points = skeleton("prone-w", index)
        for name in ("hand_r", "hand_l", "elbow_r", "elbow_l", "wrist_r", "wrist_l"):
            assert abs(points[name][2]) + 5 <= half, f"{name} over the mat, not past its edge"
    start, finish = skeleton("prone-w", 0), skeleton("prone-w", 1)
    assert finish["wrist_r"][1] - start["wrist_r"][1] >= 12, "still the hands lift a hand's breadth"
