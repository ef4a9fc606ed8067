"""What blind review 9 (list s9j) found hard to read in the nerve stretch (median-nerve-glide), held by a test each:
seen a little from the arm's side, the figure read neither facing nor turned and the tipped head's neck a sliver;
the head's arrow was small and easy to miss; the start hand above the head looked like waving."""

from __future__ import annotations

import math

from drawing_geometry import skeleton

from designer.illustrations.poses import DRAWINGS
from designer.illustrations.scene import Projector

GLIDE = "median-nerve-glide"


def test_the_nerve_stretch_is_seen_square_from_the_front_and_labelled_for_the_head() -> None:
    # "Hard to tell if the figure faces me or is turned"; "in Finish the neck becomes a thin sliver".
    drawing = DRAWINGS[GLIDE]
    assert abs(drawing.camera.turn) <= 10.0, "nearly square from the front, as the slider beside it"
    labels = [position.label or "" for position in drawing.positions]
    assert all("head" in label for label in labels), "each panel says what the head does"
    assert drawing.close_up is not None, "framed to the knees, so the head and hand are large"


def test_the_nerve_stretch_start_hand_is_by_the_ear_not_over_the_head() -> None:
    # "Start hand is above head level, looks like waving."
    start = skeleton(GLIDE, 0)
    assert start["hand_r"][1] < start["head_top"][1] - 2.0, "the fingers no higher than the top of the head"
    assert start["wrist_r"][1] < start["head"][1], "the wrist by the ear, below the middle of the head"


def test_the_nerve_stretch_head_arrow_arches_long_over_the_head() -> None:
    # "Head arrow is small and easy to miss."
    drawing = DRAWINGS[GLIDE]
    camera = Projector(drawing.camera)
    finish = skeleton(GLIDE, 1)
    (head_arrow,) = [arrow for arrow in drawing.positions[1].arrows if arrow.start.body == "head_top"]
    ends = []
    for end in (head_arrow.start, head_arrow.end):
        base = finish[end.body]
        ends.append(camera.point((base[0] + end.offset[0], base[1] + end.offset[1], base[2] + end.offset[2])))
    (x0, y0), (x1, y1) = ends
    assert math.hypot(x1 - x0, y1 - y0) > 26.0, "a long arrow over the head, not a small tick"
    top = camera.point(finish["head_top"])
    assert x0 < top[0] < x1 or x1 < top[0] < x0, "it runs across the top of the head"
