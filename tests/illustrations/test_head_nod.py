"""A head nods on the top of the neck, where the skull rocks, about a point by the ears (``Figure.nod``).

Blind review s10 of the chin nod lying down: with the only neck joint at its base, nodding the chin in lifted the
head off its towel, so the drawing sank the upper back below the mat to keep it down ("the back dips below the mat
line"). A nod on the top of the neck brings the chin in with the back of the head and the body still."""

from __future__ import annotations

import math

from designer.illustrations import body
from designer.illustrations.checks import check
from designer.illustrations.describe import Bend
from designer.illustrations.poses import DRAWINGS
from designer.illustrations.poses.common import crook


def underside(skeleton: body.Skeleton) -> float:
    """The height of the lowest point of the head (an ellipsoid on its own axes)."""
    reach = math.sqrt(
        sum((half * body.column(skeleton.head, axis)[1]) ** 2 for axis, half in enumerate(body.HEAD_AXES))
    )
    return skeleton["head"][1] - reach


def test_a_nod_turns_the_head_and_keeps_the_back_of_the_head_and_the_body_still() -> None:
    resting, nodding = body.build(crook(neck=Bend(flex=-12.0))), body.build(crook(neck=Bend(flex=-12.0), nod=30.0))
    assert math.dist(resting["neck_base"], nodding["neck_base"]) < 1e-9, "the body does not move"
    assert abs(underside(nodding) - underside(resting)) < 1.5, "the back of the head stays down on its towel"
    # The chin (the bottom front of the face) comes in towards the chest.
    assert math.dist(nodding["face"], nodding["neck_base"]) < math.dist(resting["face"], resting["neck_base"]) - 3.0
    up_before, up_after = body.column(resting.head, 1), body.column(nodding.head, 1)
    turned = math.degrees(math.acos(sum(a * b for a, b in zip(up_before, up_after, strict=True))))
    assert abs(turned - 30.0) < 0.5, "the head turns by the nod"


def test_the_same_turn_at_the_base_of_the_neck_lifts_the_head() -> None:
    # Why the nod exists: bending the neck at its base by the same amount carries the back of the head off the floor.
    resting, bent = body.build(crook(neck=Bend(flex=-12.0))), body.build(crook(neck=Bend(flex=18.0)))
    assert underside(bent) - underside(resting) > 3.0


def test_the_chin_nod_lying_down_nods_on_the_top_of_the_neck() -> None:
    start, finish = (position.figure for position in DRAWINGS["chin-tuck-lying"].positions)
    assert start.chest == finish.chest and start.neck == finish.neck, "only the head moves"
    assert finish.nod - start.nod >= 25
    before, after = (body.build(figure) for figure in (start, finish))
    assert abs(underside(after) - underside(before)) < 1.5


def test_a_nod_beyond_its_range_breaks_the_checks_and_within_it_the_head_stays_on_the_neck() -> None:
    drawing = DRAWINGS["chin-tuck-lying"]
    assert check(drawing) == []
    first, second = drawing.positions
    too_far = second.__class__(**{**second.__dict__, "figure": second.figure.but(nod=45.0)})
    broken = drawing.__class__(**{**drawing.__dict__, "positions": (first, too_far)})
    details = [breach.detail for breach in check(broken)]
    assert any("nods 45.0 degrees" in detail for detail in details), details
    assert not any("not on the neck" in detail for detail in details), "a nodding head is still on its neck"
