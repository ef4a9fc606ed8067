"""What the small hand and foot drawings must show: the ankle turning out or in at the foot while the knee stays
put, the band's anchor, the arch rising in a short foot while the heel and toes stay down, and the hammer tipping
the way the palm turns."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest

from designer.illustrations.body import build
from designer.illustrations.checks import SMALLEST_CHANGE, posed
from designer.illustrations.describe import PropKind
from designer.illustrations.hands import held_close_up
from designer.illustrations.measure import outline_change, part_masks
from designer.illustrations.poses import DRAWINGS
from designer.illustrations.poses.common import seated
from designer.illustrations.render import Painter
from designer.illustrations.style import DEFAULT_ACCENT, parse_colour
from designer.library import load_builtin_exercises


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
            # Tied low round the near leg of a table (a box standing on the floor), outside the right foot.
            legs = [p for p in position.props if p.kind == PropKind.BOX and p.at.offset[1] == 0.0]
            assert legs and min(leg.at.offset[2] for leg in legs) > start.skeleton["toe_r"][2] + 10.0


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


def test_the_hammer_tips_in_with_the_palm_down_and_out_with_the_palm_up() -> None:
    drawing = DRAWINGS["forearm-turns-with-hammer"]
    painter = Painter(drawing, parse_colour(DEFAULT_ACCENT))
    leans = []
    for position in drawing.positions:
        skeleton = painter.skeleton(position)
        hammer = next(prop for prop in position.props if prop.kind == PropKind.HAMMER)
        accent = painter.accent
        head = held_close_up(hammer, painter.projector, painter.palette, skeleton, accent, accent)[-1].points
        head_x = sum(point[0] for point in head) / len(head)
        # Seen from in front, the figure's right (outward for the right hand) is the picture's left.
        leans.append(head_x - painter.projector.point(skeleton["grip_r"])[0])
    palm_down, palm_up = leans
    assert (drawing.positions[0].label or "").startswith("Palm down")
    assert (drawing.positions[1].label or "").startswith("Palm up")
    assert palm_down > 4.0 and palm_up < -4.0


def test_the_tendon_glides_show_five_hand_shapes_that_differ_and_match_the_steps() -> None:
    drawing = DRAWINGS["tendon-glides"]
    exercise = next(exercise for exercise in load_builtin_exercises() if exercise.id == "tendon-glides")
    assert len(drawing.positions) == len(exercise.steps) == 5
    for number, (position, step) in enumerate(zip(drawing.positions, exercise.steps, strict=True), start=1):
        # Each panel is numbered and named as its step begins: "2 Hook" for "Hook: bend the tips ...".
        assert position.label is not None
        shown_number, name = position.label.split(" ", 1)
        assert int(shown_number) == number
        assert step.startswith(f"{name}:")
    # Every two shapes differ clearly where the fingers are (a client must tell them apart), by at least what the
    # checks call a clear change of a moving part; the full fist and the flat fist are the closest pair.
    masks = part_masks(drawing, ("fingers",))
    for first in range(5):
        for second in range(first + 1, 5):
            assert outline_change(masks[first], masks[second]) > SMALLEST_CHANGE, (first + 1, second + 1)
