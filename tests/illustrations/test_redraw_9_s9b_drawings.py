"""What blind review 9 (list s9b) found hard to read, held by a test each: the tendon glides show all four fingers
bending together, an arrow for each bend, a full fist whose thumb wraps from the ball of the thumb (no pointed
shape under the fingers) and a flat fist whose tips reach down to the heel of the hand; the forearm turns with a
hammer are seen from in front and only a little from above, the face showing, both forearms lying along the
thighs and the labels naming the hammer; an open hand shows a lighter palm with a crease when its palm faces the
viewer and nails when its back does."""

from __future__ import annotations

import math

from designer.illustrations.body import build
from designer.illustrations.describe import Camera, PropKind, View
from designer.illustrations.extras import open_hand
from designer.illustrations.geometry import Point
from designer.illustrations.hands import PALM, tendon_hand
from designer.illustrations.poses import DRAWINGS
from designer.illustrations.poses.hand_and_foot import TENDON_SHAPES, finger_tip
from designer.illustrations.scene import Projector
from designer.illustrations.style import GREYS

LIFE_SIZE = ((0.0, 0.0), (1.0, 0.0), (0.0, 1.0))  # a hand frame: fingers up along +x, the palm towards -y
GREY = (0.5, 0.5, 0.5)


def inside(point: Point, outline: list[Point]) -> bool:
    x, y = point
    crossings = 0
    for (x1, y1), (x2, y2) in zip(outline, outline[1:] + outline[:1], strict=True):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            crossings += 1
    return crossings % 2 == 1


def test_the_tendon_glides_draw_four_fingers_that_bend_together() -> None:
    # Seen from the thumb's side a single finger read as the only one ("should all the fingers move?").
    for _, bends in TENDON_SHAPES:
        shapes = tendon_hand(LIFE_SIZE, 0.0, GREY, GREY, bends)
        fingers = [shape for shape in shapes if shape.part == "fingers"]
        assert len(fingers) == 4 * 3, "four fingers of three bones each"
        # The fingers behind show beside the first: their knuckles further towards the back of the hand.
        knuckles = sorted({round(sum(y for _, y in shape.points) / len(shape.points), 1) for shape in fingers})
        assert knuckles[-1] - knuckles[0] > 1.5


def test_every_tendon_glide_but_the_first_has_an_arrow_for_the_bend() -> None:
    positions = DRAWINGS["tendon-glides"].positions
    assert not positions[0].arrows, "the straight hand is where each shape starts from"
    for position in positions[1:]:
        assert len(position.arrows) == 1, position.label
        arrow = position.arrows[0]
        # Each runs down from beside the straight fingers' tips and ends in front of the bent fingers, clear of them.
        assert arrow.start.offset[1] - arrow.end.offset[1] > 5.0
        tip = finger_tip(dict(TENDON_SHAPES)[position.label or ""])
        assert arrow.end.offset[0] > tip[0] + 2.0 or arrow.end.offset[1] > tip[1] + 2.0


def test_the_full_fist_thumb_covers_the_ball_of_the_thumb() -> None:
    # The palm's outline comes to a point at the ball of the thumb; with the thumb lifted across the fingers that
    # point showed as "an unidentifiable pointed shape under the fingers".
    shapes = tendon_hand(LIFE_SIZE, 0.0, GREY, GREY, dict(TENDON_SHAPES)["3 Fist"])
    thumbs = [shape.points for shape in shapes if shape.part == "thumb"]
    assert any(inside((2.0, -2.6), thumb) for thumb in thumbs)


def test_the_flat_fist_reaches_down_to_the_heel_of_the_hand_and_the_fist_curls_up_by_the_knuckles() -> None:
    # "Fist" and "Flat fist" looked almost the same.
    fist = finger_tip(dict(TENDON_SHAPES)["3 Fist"])
    flat = finger_tip(dict(TENDON_SHAPES)["5 Flat fist"])
    assert fist[1] - flat[1] > 1.5, "the flat fist's tips lower down the palm"
    assert flat[1] < PALM * 0.6 * 1.4, "the flat fist's tips in the lower half of the palm"
    assert dict(TENDON_SHAPES)["5 Flat fist"][2] == 0.0, "the ends of the fingers straight"


def test_the_hammer_is_seen_from_in_front_and_only_a_little_from_above() -> None:
    # From 22 degrees above, the forward-leaning figure read as seen from above: "the head a dark oval".
    drawing = DRAWINGS["forearm-turns-with-hammer"]
    assert drawing.camera.view == View.FRONT and drawing.camera.down <= 15.0
    assert 5.0 <= drawing.camera.turn <= 25.0, "a little from the working arm's side, the forearm along the thigh"
    for position in drawing.positions:
        assert position.figure.neck.flex <= -25.0, "the head held up, the face looking ahead"


def test_the_hammer_drawing_rests_both_forearms_along_the_thighs() -> None:
    # "Other arm bends oddly outward": the left elbow stood out to the side, reaching for the knee.
    points = build(DRAWINGS["forearm-turns-with-hammer"].positions[0].figure)
    for side in ("r", "l"):
        elbow, wrist, knee = points[f"elbow_{side}"], points[f"wrist_{side}"], points[f"knee_{side}"]
        assert wrist[0] - elbow[0] > 18.0, side
        assert abs(wrist[2] - elbow[2]) < 4.0 and abs(wrist[2] - knee[2]) < 4.0, side
        assert math.degrees(math.atan2(elbow[1] - wrist[1], wrist[0] - elbow[0])) < 30.0, side


def test_the_hammer_drawing_labels_name_the_hammer_and_the_palm() -> None:
    # "Can't identify the dark-teal object."
    drawing = DRAWINGS["forearm-turns-with-hammer"]
    start, finish = (position.label or "" for position in drawing.positions)
    assert "hammer" in start and "hammer" in finish
    assert start.startswith("Palm down") and finish.startswith("Palm up")
    assert all(any(prop.kind == PropKind.HAMMER for prop in position.props) for position in drawing.positions)


def test_an_open_hand_shows_which_way_its_palm_faces() -> None:
    # "Can't tell if the palm faces up or down": the palm lighter, with a crease; the back of the hand grey, nails.
    camera = Projector(Camera(View.SIDE))  # seen from the figure's right (+z), looking towards -z
    wrist, tip = (0.0, 0.0, 0.0), (0.0, 10.0, 0.0)  # the right hand upright, fingers up
    # The thumb back (-x): the right palm faces the figure's left, away from the viewer; thumb forward, towards it.
    back = open_hand(camera, GREYS, wrist, tip, (-1.0, 0.0, 0.0))
    palm = open_hand(camera, GREYS, wrist, tip, (1.0, 0.0, 0.0))
    assert palm[0].fill is not None and back[0].fill is not None
    assert sum(palm[0].fill) > sum(back[0].fill) + 60, "the palm lighter than the back of the hand"
    crease = [shape for shape in palm if shape.fill == GREYS.near_line]
    nails = [shape for shape in back if shape.outline is None]
    assert crease and not [shape for shape in back if shape.fill == GREYS.near_line]
    assert len(nails) == 4 and not [shape for shape in palm if shape.outline is None]


def test_the_median_nerve_slider_shows_standing_legs_and_says_which_comes_first() -> None:
    # "Cut off at the hips, so I don't know if I sit or stand. No Start/Finish."
    drawing = DRAWINGS["median-nerve-slider"]
    assert drawing.close_up is not None
    knee = build(drawing.positions[0].figure)["knee_r"]
    assert drawing.close_up[0][1] <= knee[1] - 5.0, "the straight legs shown down past the knees"
    start, finish = (position.label or "" for position in drawing.positions)
    assert start.startswith("Start") and "away" in start and "to" in finish


def test_the_wrist_press_shows_the_feet_on_the_floor_and_says_what_the_arrows_mean() -> None:
    # "Feet and chair legs cut off at bottom. Two arrows pointing at each other took a while to read."
    drawing = DRAWINGS["wrist-extensor-hold"]
    assert drawing.close_up is not None
    points = build(drawing.positions[0].figure)
    assert drawing.close_up[0][1] <= min(points["heel_r"][1], points["toe_r"][1]) - 2.0, "down to the floor"
    # (Redraw s10c: the label names the top hand the lower one presses into, palm down; "wrist still" no longer
    # fits beside it, the hold's converging arrows say it.)
    assert "press up into the top hand" in drawing.holds
