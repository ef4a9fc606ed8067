"""What a fresh blind review (s11, list s11h) did wrong from six drawings, held by a test each: it stood beside the
post for the turn out with the arm raised and started with the forearm down; lifted the arms straight out to the
sides in the arm lift at an angle; was unsure the elbow stays at the side in the band turn in; pulled the elbows far
back for the shoulder blade setting; pumped the ankle up and down for the ankle alphabet; lifted one heel only in the
seated heel raise."""

from __future__ import annotations

import math

from drawing_geometry import skeleton

from designer.illustrations.describe import PropKind
from designer.illustrations.geometry import Vec, sub
from designer.illustrations.poses import DRAWINGS


def direction(start: Vec, end: Vec) -> Vec:
    """The unit vector from ``start`` to ``end``."""
    along = sub(end, start)
    size = math.sqrt(sum(c * c for c in along))
    return (along[0] / size, along[1] / size, along[2] / size)


def test_the_band_turn_in_keeps_the_upper_arm_hanging_at_the_side() -> None:
    drawing = DRAWINGS["band-inward-rotation"]
    for index in range(2):
        points = skeleton("band-inward-rotation", index)
        upper = direction(points["shoulder_r"], points["elbow_r"])
        assert upper[1] < -0.99, "the upper arm hangs straight down the side, elbow by the waist"
        assert any(p.kind == PropKind.MARK and p.at.body == "elbow_r" for p in drawing.positions[index].props)
    start, finish = skeleton("band-inward-rotation", 0), skeleton("band-inward-rotation", 1)
    assert direction(start["elbow_r"], start["wrist_r"])[2] > 0.9, "the hand starts pointing out to the side"
    assert finish["wrist_r"][2] < 0, "and turns in across the belly"
    anchor = next(p for p in drawing.positions[0].props if p.kind == PropKind.ANCHOR).at.offset
    assert abs(anchor[1] - start["elbow_r"][1]) < 4, "the band tied at elbow height"
