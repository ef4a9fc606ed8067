"""What a fresh blind review (s11, list s11h) did wrong from five drawings, held by a test each: it stood beside the
post for the turn out with the arm raised and started with the forearm down; was unsure the elbow stays at the side
in the band turn in; pulled the elbows far back for the shoulder blade setting; pumped the ankle up and down for the
ankle alphabet; lifted one heel only in the seated heel raise.  (Its arm lift at an angle was reverted: it read
worse.)"""

from __future__ import annotations

import math

from drawing_geometry import locate, skeleton

from designer.illustrations.describe import PropKind
from designer.illustrations.geometry import Vec, sub
from designer.illustrations.layout import position_labels
from designer.illustrations.poses import DRAWINGS
from designer.illustrations.scene import Projector


def direction(start: Vec, end: Vec) -> Vec:
    """The unit vector from ``start`` to ``end``."""
    along = sub(end, start)
    size = math.sqrt(sum(c * c for c in along))
    return (along[0] / size, along[1] / size, along[2] / size)


def test_the_turn_out_at_90_is_seen_from_behind_the_figure_facing_the_post_beyond_it() -> None:
    drawing = DRAWINGS["rotation-at-90"]
    projector = Projector(drawing.camera)
    # The figure's front (+x) points away from the viewer: its back is seen, and the post ahead of it stands beyond.
    assert projector.direction((1.0, 0.0, 0.0))[2] < -0.4
    anchor = next(prop for prop in drawing.positions[0].props if prop.kind == PropKind.ANCHOR).at.offset
    start = skeleton("rotation-at-90", 0)
    assert anchor[0] - start["root"][0] > 80, "the post stands well ahead of the figure"
    assert projector.depth(anchor) < projector.depth(start["root"]) - 30, "beyond the figure, as the viewer sees it"
    band = direction(start["grip_r"], anchor)
    assert band[0] > 0.95, "the band runs straight ahead from the hand to the post"
    # A floor patch reaching from the feet to the post shows where the post stands.
    floor = next(prop for prop in drawing.positions[0].props if prop.kind == PropKind.FLOOR)
    assert floor.size is not None and floor.at.offset[0] + floor.size[0] / 2 > anchor[0]


def test_the_turn_out_at_90_starts_with_the_forearm_level_and_forward_and_ends_pointing_up() -> None:
    start, finish = skeleton("rotation-at-90", 0), skeleton("rotation-at-90", 1)
    for points in (start, finish):
        assert abs(points["elbow_r"][1] - points["shoulder_r"][1]) < 5, "the elbow at shoulder height"
        assert points["elbow_r"][2] - points["shoulder_r"][2] > 24, "the upper arm out to the side"
    forward = direction(start["elbow_r"], start["wrist_r"])
    assert forward[0] > 0.95, "the start forearm points forward (not forward and down)"
    up = direction(finish["elbow_r"], finish["wrist_r"])
    assert up[1] > 0.97, "the finish forearm points at the ceiling"
    assert position_labels(DRAWINGS["rotation-at-90"]) == ["Hand forward", "Hand up"]


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


def forearm_slope(points: dict[str, Vec]) -> float:
    along = direction(points["elbow_r"], points["wrist_r"])
    return math.degrees(math.atan2(along[1], along[0]))


def test_the_shoulder_blade_setting_is_a_small_back_and_down_set_with_level_forearms() -> None:
    drawing = DRAWINGS["shoulder-blade-setting"]
    start, finish = skeleton("shoulder-blade-setting", 0), skeleton("shoulder-blade-setting", 1)
    back = start["elbow_r"][0] - finish["elbow_r"][0]
    assert 2.0 < back < 8.0, "the elbows move back only a little"
    assert abs(forearm_slope(start.points) - forearm_slope(finish.points)) < 3, "the forearms keep their slope"
    assert abs(forearm_slope(finish.points)) < 15, "level, not drooping to the thighs"
    (arrow,) = drawing.positions[1].arrows
    assert arrow.start.body == arrow.end.body == "upper_back", "the arrow at the shoulder blades, not the elbow"
    drop = arrow.start.offset[1] - arrow.end.offset[1]
    assert drop > 10 and arrow.end.offset[0] < arrow.start.offset[0] < 0, "behind the back, pointing down and back"
    assert position_labels(drawing) == ["Relaxed", "Back and down"]


def test_the_ankle_alphabet_writes_an_a_with_the_big_toe_in_one_panel() -> None:
    drawing = DRAWINGS["ankle-alphabet"]
    assert len(drawing.positions) == 1, "one panel: no start and finish to read as pumping the ankle"
    assert "letters" in position_labels(drawing)[0] and "toe" in position_labels(drawing)[0]
    points = skeleton("ankle-alphabet", 0)
    assert points["toe_r"][1] > 15, "the foot held up off the floor"
    up, down, across = (
        (locate(arrow.start, points), locate(arrow.end, points)) for arrow in drawing.positions[0].arrows
    )
    assert math.dist(up[0], points["toe_r"]) < 8, "the first stroke starts at the big toe"
    assert math.dist(up[1], down[0]) < 1e-6, "up one leg of the A and down the other from its top"
    assert up[1][1] - up[0][1] > 20 and down[1][1] - down[0][1] < -20, "a letter as tall as the foot is long"
    assert down[1][0] - up[0][0] > 15, "its feet apart"
    assert abs(across[0][1] - across[1][1]) < 1e-6 and across[1][0] > across[0][0], "the crossbar, left to right"
    assert up[0][1] < across[0][1] < up[1][1]


def test_the_seated_heel_raise_shows_both_heels_up() -> None:
    drawing = DRAWINGS["seated-heel-raise"]
    projector = Projector(drawing.camera)
    start, finish = skeleton("seated-heel-raise", 0), skeleton("seated-heel-raise", 1)
    for tag in ("r", "l"):
        assert finish[f"heel_{tag}"][1] - start[f"heel_{tag}"][1] > 7, "both heels lift"
    # Turned from the side, the far foot prints beside the near one instead of hidden behind it.
    near, far = projector.point(finish["heel_r"]), projector.point(finish["heel_l"])
    assert abs(near[0] - far[0]) > 8
    assert {arrow.end.body for arrow in drawing.positions[1].arrows} == {"heel_r", "heel_l"}, "an arrow to each heel"
    for arrow in drawing.positions[1].arrows:
        gap = finish[arrow.end.body][1] - locate(arrow.end, finish)[1]
        assert 0 < gap < 2.5, "each arrow rises to just under its own heel (the far one's ended in the near foot)"
    assert {c.part for c in drawing.positions[1].contacts} >= {"toes_r", "toes_l"}
    assert position_labels(drawing)[1] == "Both heels up"
