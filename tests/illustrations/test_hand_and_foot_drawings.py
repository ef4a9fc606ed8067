"""What the small hand and foot drawings must show: the ankle turning out or in at the foot while the knee stays
put, the band's anchor, and the arch rising in a short foot while the heel and toes stay down."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest

from designer.illustrations.body import build
from designer.illustrations.checks import posed
from designer.illustrations.describe import PropKind
from designer.illustrations.measure import outline_change, part_masks
from designer.illustrations.poses import DRAWINGS
from designer.illustrations.poses.common import seated


def test_a_foot_turn_moves_the_toes_out_or_in_and_leaves_the_knee_and_ankle_where_they_were() -> None:
    still = build(seated())
    for sign in (1.0, -1.0):
        right = build(seated(leg_r=seated().leg_r.but(foot_turn=30.0 * sign)))
        left = build(seated(leg_l=seated().leg_l.but(foot_turn=30.0 * sign)))
        # Outward is +z for the right foot and -z for the left.
        assert sign * (right["toe_r"][2] - still["toe_r"][2]) > 5.0
        assert sign * (left["toe_l"][2] - still["toe_l"][2]) < -5.0
        for name in ("knee_r", "ankle_r", "knee_l", "ankle_l"):
            assert math.dist(right[name], still[name]) < 1e-9
        # The foot stays flat on the floor: the toes and heel keep their height.
        assert right["toe_r"][1] == pytest.approx(still["toe_r"][1])
        assert right["heel_r"][1] == pytest.approx(still["heel_r"][1])


def test_a_foot_turn_is_part_of_the_fingerprint() -> None:
    # (Drawings whose feet do not turn keep the fingerprints they had: the check command's test finds every
    # committed file up to date.)
    drawing = DRAWINGS["band-ankle-turn-out"]
    finish = drawing.positions[1]
    leg = finish.figure.leg_r
    less = replace(finish, figure=finish.figure.but(leg_r=leg.but(foot_turn=leg.foot_turn / 2)))
    assert replace(drawing, positions=(drawing.positions[0], less)).fingerprint() != drawing.fingerprint()


@pytest.mark.parametrize(("exercise_id", "outward"), [("band-ankle-turn-out", True), ("band-ankle-turn-in", False)])
def test_the_ankle_turns_the_way_its_name_says_with_the_knee_still(exercise_id: str, outward: bool) -> None:
    drawing = DRAWINGS[exercise_id]
    start, finish = posed(drawing)
    moved = finish.skeleton["toe_r"][2] - start.skeleton["toe_r"][2]  # +z is outward for the right foot
    assert (moved > 5.0) if outward else (moved < -5.0)
    assert math.dist(start.skeleton["knee_r"], finish.skeleton["knee_r"]) < 1e-9
    assert drawing.close_up is not None
    # The band is shown with what holds it: the other foot, or a table leg on the outside of the foot.
    for position in drawing.positions:
        bands = [prop for prop in position.props if prop.kind == PropKind.BAND]
        assert bands
        if outward:
            assert {bands[0].at.body, bands[0].to.body if bands[0].to else ""} == {"toe_r", "toe_l"}
        else:
            anchor = next(prop for prop in position.props if prop.kind == PropKind.ANCHOR)
            assert anchor.at.offset[2] > start.skeleton["toe_r"][2] + 10.0  # outside the right foot


def test_the_short_foot_lifts_the_marked_arch_and_keeps_the_foot_on_the_floor() -> None:
    drawing = DRAWINGS["short-foot"]
    relaxed, lifted = (
        next(p for p in position.props if p.kind == PropKind.FOOT_PROFILE) for position in drawing.positions
    )
    assert relaxed.size is not None and lifted.size is not None
    assert lifted.size[0] > relaxed.size[0] + 1.0
    arch_masks = part_masks(drawing, ("arch_l",))
    assert outline_change(*arch_masks) > 0.2
    # The whole foot barely changes: the heel, the ball and the toes stay where they were.
    foot_masks = part_masks(drawing, ("foot_profile_l",))
    assert outline_change(*foot_masks) < 0.2
    for position in drawing.positions:
        assert ("foot_l", "floor") in {(contact.part, contact.on) for contact in position.contacts}
