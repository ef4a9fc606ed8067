"""Every built-in drawing passes every check, and each kind of check catches a deliberately broken pose."""

from __future__ import annotations

import pytest

from designer.illustrations import generate as generator
from designer.illustrations.body import build
from designer.illustrations.checks import KINDS, Posed, attachment_problems, check, posed
from designer.illustrations.describe import Bend, Camera, Contact, Drawing, Figure, Limb, Position, Prop, PropKind, View
from designer.illustrations.geometry import add
from designer.illustrations.poses import DRAWINGS, stand
from designer.illustrations.poses.common import (
    FEET_ON_FLOOR,
    Legs,
    at,
    band,
    chair_under,
    crook,
    feet,
    mat,
    prop,
    seated,
)

SIDE = Camera(View.SIDE)


def feet_at(side: float) -> Legs:
    """Both feet flat, hip-width apart, ``side`` cm to the right."""
    return Legs(
        leg_r=Limb(reach=(0.0, 7.2, side + 9.0), flat=True), leg_l=Limb(reach=(0.0, 7.2, side - 9.0), flat=True)
    )


def kinds(drawing: Drawing) -> set[str]:
    return {breach.kind for breach in check(drawing)}


def one(figure: Figure, *props: Prop, contacts: tuple[Contact, ...] = (), camera: Camera = SIDE) -> Drawing:
    """A one-panel drawing of ``figure`` that says what it holds, so only the pose itself is judged."""
    return Drawing("test", camera, (Position(figure, props, (), "Hold", contacts),), holds="test")


def two(first: Figure, second: Figure, moving: tuple[str, ...], camera: Camera = SIDE) -> Drawing:
    return Drawing("test", camera, (Position(first, (), (), None, FEET_ON_FLOOR), Position(second)), True, moving)


@pytest.mark.parametrize("exercise_id", sorted(DRAWINGS))
def test_every_builtin_drawing_passes_every_check(exercise_id: str) -> None:
    found = check(DRAWINGS[exercise_id])
    assert found == [], "\n".join(str(breach) for breach in found)


def test_a_plain_standing_figure_passes() -> None:
    """The broken poses below differ from this one in one thing each, so each test fails for its own reason."""
    assert check(one(stand(), contacts=FEET_ON_FLOOR)) == []


def test_a_contact_too_far_away_is_a_breach() -> None:
    # The text says the hand rests on the belly; the arm hangs by the side.
    drawing = one(stand(), contacts=(Contact("hand_r", "belly"),))
    assert kinds(drawing) == {"contact"}


def test_a_seat_at_the_back_of_the_chair_is_not_on_its_front_third() -> None:
    chair = chair_under(0.0)
    front_third = (Contact("seat", "chair", "front third"),)
    at_the_front = seated(root_x=15.0, feet_x=50.0)
    assert check(one(at_the_front, chair, contacts=front_third)) == []
    at_the_back = seated()
    assert check(one(at_the_back, chair, contacts=(Contact("seat", "chair"),))) == []
    found = check(one(at_the_back, chair, contacts=front_third))
    assert [breach.kind for breach in found] == ["contact"] and "front third" in found[0].detail


def test_a_hand_on_a_rail_or_stick_is_measured_to_the_rod_itself() -> None:
    """A stick held in the hand passes; the same stick a hand's width away is a contact breach."""
    standing = stand(at=(0.0, 87.2, 0.0), arm_r=Limb(reach=(18.0, 84.0, 20.0), toward=(-1.0, -0.3, 0.4)))
    held = Prop(PropKind.DOWEL, at("", 22.0, 0.0, 20.0), at("", 22.0, 86.0, 20.0))
    away = Prop(PropKind.DOWEL, at("", 34.0, 0.0, 20.0), at("", 34.0, 86.0, 20.0))
    on_stick = (*FEET_ON_FLOOR, Contact("hand_r", "dowel"))
    assert check(one(standing, held, contacts=on_stick)) == []
    found = check(one(standing, away, contacts=on_stick))
    assert [breach.kind for breach in found] == ["contact"] and "dowel" in found[0].detail


def test_the_arm_of_an_armchair_is_part_of_the_chair() -> None:
    """Hands resting on an armchair's arms touch the chair; the same hands over a chair without arms do not."""
    hands = {
        f"arm_{tag}": Limb(reach=(22.0, 70.5, sign * 19.5), toward=(-1.0, 0.0, sign * 0.4), flat=True)
        for tag, sign in (("r", 1.0), ("l", -1.0))
    }
    sitting = seated(root_x=20.0, feet_x=50.0, lean=18.0, **hands)
    on_arms = (Contact("hand_r", "chair"), Contact("hand_l", "chair"))
    assert check(one(sitting, prop(PropKind.ARMCHAIR, 5.0), contacts=on_arms)) == []
    assert kinds(one(sitting, prop(PropKind.CHAIR, 5.0), contacts=on_arms)) == {"contact"}


def test_a_shoulder_off_the_trunk_is_a_breach() -> None:
    drawing = one(stand())
    scene = posed(drawing)[0]
    assert attachment_problems(drawing, scene) == []
    skeleton = build(stand())
    skeleton.points["shoulder_r"] = add(skeleton["shoulder_r"], (0.0, 0.0, 12.0))  # hanging off the side
    broken = Posed(scene.position, skeleton, scene.floor, scene.blocks, scene.bells, scene.dumbbells)
    assert any("shoulder r" in problem for problem in attachment_problems(drawing, broken))


def test_a_knee_bent_backwards_is_a_breach() -> None:
    # The knee bends towards the back (a leg placed by its foot with the knee told to point behind).
    figure = stand(leg_r=Limb(reach=(0.0, 20.0, 9.0), toward=(-1.0, 0.0, 0.0), flat=True), lift=0.0)
    assert "joint" in kinds(one(figure))


def test_toes_pointing_away_from_the_knee_are_a_breach() -> None:
    # Lying on the back, knees up, but the right foot turned to point back towards the head.
    figure = crook(leg_r=Limb(reach=(46.0, 12.0, 11.0), toward=(0.0, 1.0, 0.0), tip=150.0))
    found = check(one(figure, mat()))
    assert any(breach.kind == "joint" and "toes point" in breach.detail for breach in found)


def test_standing_on_tiptoe_is_a_breach_unless_declared() -> None:
    tiptoe = Figure(at=(0.0, 96.0, 0.0), leg_r=Limb(toes=0.0), leg_l=Limb(toes=0.0))
    found = check(one(tiptoe))
    assert any("tiptoe" in breach.detail for breach in found)
    declared = check(one(tiptoe, contacts=(Contact("toes_r", "floor"), Contact("toes_l", "floor"))))
    assert not any("tiptoe" in breach.detail for breach in declared)


def test_a_spine_bent_beyond_its_range_is_a_breach() -> None:
    assert "joint" in kinds(one(stand(chest=Bend(twist=80.0))))


def test_a_body_through_the_floor_is_a_breach() -> None:
    sunk = Figure(lean=-90.0, at=(0.0, 4.0, 0.0))  # lying on the back, the pelvis half in the floor
    assert "floor" in kinds(one(sunk))


def test_a_body_through_the_equipment_is_a_breach() -> None:
    # Standing where the chair is: the legs pass through its seat.
    assert "equipment" in kinds(one(stand(), prop(PropKind.CHAIR, 0.0)))


def test_an_arm_through_the_body_is_a_breach() -> None:
    through = stand(arm_r=Limb(reach=at("root", 0.0, 20.0, -20.0), toward=(-1.0, 0.0, 0.0)))
    assert "body" in kinds(one(through))


def test_a_moving_part_that_hardly_moves_is_a_breach() -> None:
    still = two(stand(), stand(arm_r=Limb(out=8.0, bend=8.0)), ("arm_r",))
    assert "movement" in kinds(still)
    lifted = two(stand(), stand(arm_r=Limb(flex=90.0)), ("arm_r",))
    assert "movement" not in kinds(lifted)


def test_a_movement_drawing_must_name_its_moving_part() -> None:
    assert "movement" in kinds(two(stand(), stand(arm_r=Limb(flex=90.0)), ()))


def test_a_sideways_movement_seen_from_the_side_is_a_breach() -> None:
    # A step to the side: seen from the side, the body only moves towards the viewer.
    here, there = Figure(at=(0.0, 87.2, 0.0), **feet()), Figure(at=(0.0, 87.2, 40.0), **feet_at(40.0))
    assert "view" in kinds(two(here, there, ("trunk",), Camera(View.SIDE)))
    assert "view" not in kinds(two(here, there, ("trunk",), Camera(View.FRONT)))


def test_a_standing_person_seen_from_above_is_a_breach() -> None:
    assert "view" in kinds(one(stand(), camera=Camera(View.FRONT, down=90.0)))


def test_a_band_without_its_anchor_is_a_breach() -> None:
    loose = one(stand(), band(at("grip_r"), at("", 120.0, 112.0, 0.0)))
    assert "band" in kinds(loose)
    anchored = one(stand(), band(at("grip_r"), at("", 120.0, 112.0, 0.0)), prop(PropKind.ANCHOR, 120.0, 112.0))
    assert "band" not in kinds(anchored)
    # Tied to furniture (a table leg, a box): the furniture is its anchor; a little way off it, it is loose again.
    leg = prop(PropKind.BOX, 120.0, 0.0, 0.0, size=(4.0, 112.0, 4.0))
    assert "band" not in kinds(one(stand(), band(at("grip_r"), at("", 120.0, 100.0, 2.5)), leg))
    assert "band" in kinds(one(stand(), band(at("grip_r"), at("", 120.0, 100.0, 9.0)), leg))


def test_a_one_panel_drawing_must_say_what_is_held() -> None:
    silent = Drawing("test", Camera(), (Position(stand(), (), (), "Hold", FEET_ON_FLOOR),))
    assert kinds(silent) == {"hold"}


def test_every_kind_of_check_has_a_broken_pose_above() -> None:
    tested = {"contact", "attached", "joint", "floor", "equipment", "body", "movement", "view", "band", "hold"}
    assert tested == set(KINDS)


def test_generate_check_fails_on_a_breach_and_names_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = DRAWINGS["hip-hinge"]
    # The same drawing, but its first position says a hand rests on the belly, which it does not.
    first = broken.positions[0]
    lying = Position(first.figure, first.props, first.arrows, first.label, (Contact("hand_r", "belly"),))
    monkeypatch.setitem(
        generator.DRAWINGS,
        "hip-hinge",
        Drawing(broken.exercise_id, broken.camera, (lying, *broken.positions[1:]), broken.floor, broken.moving),
    )
    assert generator.main(["--check", "hip-hinge"]) == 1
    out = capsys.readouterr().out
    assert "breach: hip-hinge: contact: panel 1: hand_r should rest on belly" in out


def test_the_review_sheet_prints_each_drawings_check_results(monkeypatch: pytest.MonkeyPatch) -> None:
    assert generator._results("glute-bridge").startswith("all checks pass; side view")
    broken = DRAWINGS["bird-dog"]
    monkeypatch.setitem(
        generator.DRAWINGS, "bird-dog", Drawing("bird-dog", broken.camera, broken.positions, broken.floor)
    )
    assert "movement: a drawing of a movement must name its moving part" in generator._results("bird-dog")
