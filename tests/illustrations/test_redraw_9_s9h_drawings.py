"""What blind review 9 (list s9h) found hard to read, held by a test each: the wrist bends are seen from behind the
shoulder and above, so the lifted hand shows the back of the hand square on (from the side it was an edge, a claw
or fork with the thumb up), and the slow lowering from the same view shows the weight's bar across the fist clear of
the wrist."""

from __future__ import annotations

from designer.illustrations.body import build
from designer.illustrations.describe import PropKind
from designer.illustrations.extras import open_hand
from designer.illustrations.geometry import cross, dot, scale, sub, unit
from designer.illustrations.poses import DRAWINGS
from designer.illustrations.scene import Projector
from designer.illustrations.style import GREYS


def add_offset(point: tuple[float, float, float], offset: tuple[float, float, float]) -> tuple[float, float, float]:
    return (point[0] + offset[0], point[1] + offset[1], point[2] + offset[2])


def test_the_wrist_bends_show_the_back_of_the_lifted_hand_square_on() -> None:
    # "The finish hand looks like a claw or fork, thumb up, so it could be thumb-up rather than palm-down."
    drawing = DRAWINGS["wrist-bends"]
    camera = Projector(drawing.camera)
    facing = []
    for position in drawing.positions:
        (hand,) = [prop for prop in position.props if prop.kind == PropKind.OPEN_HAND]
        assert hand.to is not None
        skeleton = build(position.figure)
        wrist, tip = skeleton["wrist_r"], skeleton["hand_r"]
        thumb = hand.to.offset
        along = unit(sub(tip, wrist))
        across = unit(sub(thumb, scale(along, dot(thumb, along))))
        palm_way = scale(cross(along, across), -1.0)  # as ``open_hand`` draws the right hand
        facing.append(camera.direction(palm_way)[2])
        if position is drawing.positions[-1]:
            shapes = open_hand(camera, GREYS, wrist, tip, thumb)
            assert len([shape for shape in shapes if shape.outline is None]) == 4, "the nails show"
            assert tip[1] > wrist[1] + 5.0, "the hand lifted above the wrist"
    assert facing[-1] < -0.6, "the back of the lifted hand turned square to the viewer, not edge on"
    assert facing[0] > -0.15, "the dropped hand does not show its back: only the lift does"


def test_the_wrist_bends_frame_shows_the_head_and_the_forearm_along_the_thigh() -> None:
    # "The arm starts at the neck, with no shoulder": the frame from the head down, the forearm lying on the thigh.
    drawing = DRAWINGS["wrist-bends"]
    assert drawing.close_up is not None
    low, high = drawing.close_up
    for position in drawing.positions:
        points = build(position.figure)
        assert low[1] < points["knee_r"][1] and points["head_top"][1] < high[1] + 20.0
        elbow, wrist = points["elbow_r"], points["wrist_r"]
        slope = (elbow[1] - wrist[1]) / (wrist[0] - elbow[0])
        assert slope < 0.85, "the forearm lies along the thigh, not dropping steeply to it"


def test_the_slow_lowering_shows_the_weight_s_bar_across_the_fist_clear_of_the_wrist() -> None:
    # "In Start the hand is a tiny stub and the dumbbell overlaps the wrist, so the grip is hard to see."
    drawing = DRAWINGS["wrist-extensor-lowering"]
    camera = Projector(drawing.camera)
    assert drawing.close_up is not None, "framed close, so the hand is larger"
    start = drawing.positions[0]
    (weight,) = [prop for prop in start.props if prop.kind == PropKind.DUMBBELL]
    assert weight.facing == 90.0, "the bar across the fist, square to the forearm"
    grip = weight.at.offset
    near, far = (camera.point((grip[0], grip[1], grip[2] + way * 8.5)) for way in (1.0, -1.0))
    bar = ((near[0] - far[0]) ** 2 + (near[1] - far[1]) ** 2) ** 0.5
    assert bar > 10.0, "the bar seen along its length, an end either side of the fist, not end on over the wrist"
    wrist = camera.point(build(start.figure)["wrist_r"])
    assert min(((end[0] - wrist[0]) ** 2 + (end[1] - wrist[1]) ** 2) ** 0.5 for end in (near, far)) > 7.5
    assert "back of hand up" in (start.label or ""), "the label says which way the hand faces"
