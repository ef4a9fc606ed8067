"""A close-up drawing frames one part of the body larger (a small nod would be lost in the whole figure), and cuts
the rest off at its own panel's edge; a ring round the middle shows a brace as firm all round."""

from __future__ import annotations

import math
from dataclasses import replace

from designer.illustrations import generate as generator
from designer.illustrations.body import build
from designer.illustrations.describe import Drawing, PropKind
from designer.illustrations.marks import belt
from designer.illustrations.poses import DRAWINGS
from designer.illustrations.render import FULL, Painter, render, world_to_pixels
from designer.illustrations.style import DEFAULT_ACCENT, parse_colour

# The lying chin nod framed round the head and chest (the built-in drawing now shows the whole figure, which a
# blind reviewer needed to see the position): the close-up itself is what these tests are about.
CLOSE_UP_BOX = ((-97.0, 0.0, -20.0), (-32.0, 40.0, 20.0))
CLOSE_UP = replace(DRAWINGS["chin-tuck-lying"], close_up=CLOSE_UP_BOX)


def head_size_px(drawing: Drawing, *, close_up: bool) -> float:
    if not close_up:
        drawing = replace(drawing, close_up=None)
    skeleton = build(drawing.positions[0].figure)
    to_px = world_to_pixels(drawing)[0]
    a, b = to_px(skeleton["head"]), to_px(skeleton["neck_base"])
    return math.hypot(a[0] - b[0], a[1] - b[1])


def test_a_close_up_of_the_head_draws_it_larger() -> None:
    # The head and neck at least twice the size they are in the whole figure.
    assert head_size_px(CLOSE_UP, close_up=True) > 2 * head_size_px(CLOSE_UP, close_up=False)


def test_the_close_up_is_part_of_the_fingerprint() -> None:
    drawing = CLOSE_UP
    assert generator.fingerprint(drawing) != generator.fingerprint(replace(drawing, close_up=None))


def test_the_body_cut_off_by_one_panel_does_not_spill_into_the_next() -> None:
    image = render(CLOSE_UP, FULL)
    middle = FULL.width // 2
    # The start's trunk runs on past its panel's right edge; just inside the finish panel, before the finish's
    # own mat begins, there must be only white paper.
    strip = image.crop((middle + 3, FULL.height // 3, middle + 14, FULL.height * 4 // 7)).convert("L")
    darkest, _lightest = strip.getextrema()
    assert darkest > 235


def test_the_brace_shows_a_ring_round_the_middle_in_front_and_behind() -> None:
    drawing = DRAWINGS["breathe-and-brace"]
    brace = drawing.positions[1]
    assert any(prop.kind == PropKind.BELT for prop in brace.props)
    assert not brace.arrows  # no arrows pressing in: they read as "suck the tummy in"
    painter = Painter(drawing, parse_colour(DEFAULT_ACCENT))
    skeleton = painter.skeleton(brace)
    rings = belt(painter.projector, skeleton)
    # The near half is painted over the body, the far half behind it, so the ring goes all the way round.
    assert {shape.layer for shape in rings} == {0, 2}
    belly = painter.projector.point(skeleton["belly"])
    xs = [point[0] for shape in rings for point in shape.points]
    assert min(xs) < belly[0] - 10 and max(xs) > belly[0]  # wider than the trunk, round the front and the back
