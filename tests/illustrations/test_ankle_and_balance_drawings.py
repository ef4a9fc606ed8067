"""What the ankle, foot and balance drawings must show: the direction of each walk, the counter to hold, the band's
anchor or the hands that hold it, and the heels really leaving the floor."""

from __future__ import annotations

import pytest

from designer.illustrations.checks import posed
from designer.illustrations.describe import PropKind, View
from designer.illustrations.poses import DRAWINGS

WALKS = ("sideways-walking", "backwards-walking", "walk-and-turn", "tandem-walk", "heel-walking", "toe-walking")
AT_THE_COUNTER = (
    *WALKS,
    "knee-bends",
    "tandem-stance",
    "one-leg-stand",
    "one-leg-stand-eyes-closed",
    "one-leg-stand-on-cushion",
    "double-heel-raise",
    "single-leg-heel-raise",
    "small-hops",
)


@pytest.mark.parametrize("exercise_id", AT_THE_COUNTER)
def test_the_counter_is_there_and_held_in_every_panel(exercise_id: str) -> None:
    for position in DRAWINGS[exercise_id].positions:
        assert PropKind.WORKTOP in {prop.kind for prop in position.props}
    # The hand rests on it wherever the client is told to hold on (in the turn, the hands are free).
    first = DRAWINGS[exercise_id].positions[0]
    assert any(contact.on == "worktop" for contact in first.contacts)


def test_backwards_walking_is_seen_from_the_side_with_the_arrow_and_the_step_going_back() -> None:
    drawing = DRAWINGS["backwards-walking"]
    assert drawing.camera.view == View.SIDE
    arrow = drawing.positions[-1].arrows[0]
    assert arrow.end.offset[0] < arrow.start.offset[0] - 30
    start, finish = posed(drawing)
    assert finish.skeleton["ankle_r"][0] < start.skeleton["ankle_r"][0] - 25


def test_sideways_walking_is_seen_square_on_and_steps_across_the_picture() -> None:
    drawing = DRAWINGS["sideways-walking"]
    assert drawing.camera.view == View.FRONT
    start, *_, finish = posed(drawing)  # three panels since blind review s11: the other foot closes
    step = finish.skeleton["ankle_r"][2] - start.skeleton["ankle_r"][2]
    assert step > 20 and abs(finish.skeleton["ankle_r"][0] - start.skeleton["ankle_r"][0]) < 2


def test_the_band_is_anchored_to_a_post_or_held_in_both_hands() -> None:
    for position in DRAWINGS["band-ankle-pull"].positions:
        kinds = [prop.kind for prop in position.props]
        assert PropKind.ANCHOR in kinds and PropKind.BAND in kinds
    for position in DRAWINGS["band-ankle-push"].positions:
        bands = [prop for prop in position.props if prop.kind == PropKind.BAND]
        assert {band.at.body for band in bands} == {"hand_r", "hand_l"}


@pytest.mark.parametrize(
    ("exercise_id", "foot"), [("seated-heel-raise", "r"), ("double-heel-raise", "r"), ("single-leg-heel-raise", "r")]
)
def test_the_heels_leave_the_floor_on_the_toes(exercise_id: str, foot: str) -> None:
    drawing = DRAWINGS[exercise_id]
    start, finish = posed(drawing)
    assert finish.skeleton[f"heel_{foot}"][1] - start.skeleton[f"heel_{foot}"][1] > 5
    assert any(contact.part == f"toes_{foot}" for contact in drawing.positions[-1].contacts)


def test_the_heel_drop_lowers_the_heel_below_the_step() -> None:
    start, finish = posed(DRAWINGS["heel-drop"])
    step_top = next(block for block in finish.blocks if block.name == "step")
    top = step_top.centre[1] + step_top.size[1] / 2
    assert start.skeleton["heel_r"][1] > top > finish.skeleton["heel_r"][1]
