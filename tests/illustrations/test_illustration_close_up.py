"""A close-up drawing frames one part of the body larger (a small nod would be lost in the whole figure), and cuts
the rest off at its own panel's edge."""

from __future__ import annotations

import math
from dataclasses import replace

from designer.illustrations import generate as generator
from designer.illustrations.body import build
from designer.illustrations.poses import DRAWINGS
from designer.illustrations.render import FULL, render, world_to_pixels

CLOSE_UP = "chin-tuck-lying"


def head_size_px(drawing_id: str, *, close_up: bool) -> float:
    drawing = DRAWINGS[drawing_id]
    if not close_up:
        drawing = replace(drawing, close_up=None)
    skeleton = build(drawing.positions[0].figure)
    to_px = world_to_pixels(drawing)[0]
    a, b = to_px(skeleton["head"]), to_px(skeleton["neck_base"])
    return math.hypot(a[0] - b[0], a[1] - b[1])


def test_the_chin_tuck_is_drawn_as_a_close_up_of_the_head() -> None:
    assert DRAWINGS[CLOSE_UP].close_up is not None
    # The head and neck at least twice the size they are in the whole figure.
    assert head_size_px(CLOSE_UP, close_up=True) > 2 * head_size_px(CLOSE_UP, close_up=False)


def test_the_close_up_is_part_of_the_fingerprint() -> None:
    drawing = DRAWINGS[CLOSE_UP]
    assert generator.fingerprint(drawing) != generator.fingerprint(replace(drawing, close_up=None))


def test_the_body_cut_off_by_one_panel_does_not_spill_into_the_next() -> None:
    image = render(DRAWINGS[CLOSE_UP], FULL)
    middle = FULL.width // 2
    # The start's trunk runs on past its panel's right edge; just inside the finish panel, before the finish's
    # own mat begins, there must be only white paper.
    strip = image.crop((middle + 3, FULL.height // 3, middle + 14, FULL.height * 4 // 7)).convert("L")
    assert min(strip.getdata()) > 235
