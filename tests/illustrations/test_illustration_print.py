"""The drawings print safely on an office laser printer: looked at as it prints them, in grey at 150 dpi, the
figure's outline stands out at least 4.5:1 against white paper, its fill at least 3:1 (the far side lighter but
still 3:1), and the arrows, in the clinic's colour, at least 3:1, even for a pale clinic colour."""

from __future__ import annotations

import pytest
from PIL import Image

from designer.illustrations.body import build
from designer.illustrations.geometry import Vec, lerp
from designer.illustrations.poses import DRAWINGS
from designer.illustrations.render import FULL, GREYS, render, world_to_pixels
from designer.illustrations.style import grey_contrast, grey_level, marked_fill, parse_colour, print_safe

NARROWEST_PRINT_MM = 76.0  # the smallest a handout prints a drawing
PRINTER_DPI = 150


def printed(exercise_id: str, accent: str = "#2A6F6B") -> tuple[Image.Image, float]:
    """The drawing as a greyscale laser printer makes it at its smallest size, and the scale from full size."""
    width = round(NARROWEST_PRINT_MM / 25.4 * PRINTER_DPI)
    shrink = width / FULL.width
    picture = render(DRAWINGS[exercise_id], FULL, accent).convert("L")
    return picture.resize((width, round(FULL.height * shrink)), Image.Resampling.BOX), shrink


def level_at(picture: Image.Image, point: tuple[float, float], shrink: float) -> int:
    value = picture.getpixel((round(point[0] * shrink), round(point[1] * shrink)))
    assert isinstance(value, int)
    return value


def test_the_palette_is_print_safe_in_grey() -> None:
    for name in ("near_line", "far_line"):
        assert grey_contrast(grey_level(getattr(GREYS, name))) >= 4.5, name
    for name in ("near_fill", "far_fill", "floor"):
        assert grey_contrast(grey_level(getattr(GREYS, name))) >= 3.0, name
    # The far side is told apart from the near side by its tone.
    assert grey_level(GREYS.far_fill) - grey_level(GREYS.near_fill) >= 15


@pytest.mark.parametrize("accent", ["#2A6F6B", "#F2D16B", "#7FB3D5", "#1B1B6B"])
@pytest.mark.parametrize("amount", [0.45, 0.85])
def test_a_marked_limb_prints_at_3_to_1_and_reads_as_the_body(accent: str, amount: float) -> None:
    """The limb that moves is shaded towards the clinic colour, but from the figure's own grey: a pale tint (as the
    mat has) read as equipment to blind reviewers and printed at 2:1."""
    fill = marked_fill(GREYS, parse_colour(accent), amount)
    assert grey_contrast(grey_level(fill)) >= 3.0
    assert grey_level(fill) <= grey_level(GREYS.near_fill) + 12, "no paler than the body itself"
    assert fill != GREYS.near_fill, "told apart from the rest of the body"


def test_a_pale_clinic_colour_is_darkened_until_its_arrows_print() -> None:
    pale = parse_colour("#F2D16B")
    assert grey_contrast(grey_level(pale)) < 3.0
    assert grey_contrast(grey_level(print_safe(pale, 3.0))) >= 3.0
    default = parse_colour("#2A6F6B")
    assert print_safe(default, 3.0) == default, "a colour that already prints is left alone"


def test_the_figure_prints_at_3_to_1_near_and_far_at_150_dpi_in_grey() -> None:
    """The walking figure's near (right) and far (left) thighs, sampled in the middle, as the printer makes them."""
    drawing = DRAWINGS["loaded-walk"]
    picture, shrink = printed("loaded-walk")
    to_px = world_to_pixels(drawing)[0]
    body = build(drawing.positions[0].figure)

    def middle(a: str, b: str) -> Vec:
        return lerp(body[a], body[b], 0.5)

    near = level_at(picture, to_px(middle("knee_r", "ankle_r")), shrink)
    far = level_at(picture, to_px(middle("knee_l", "ankle_l")), shrink)
    assert grey_contrast(near) >= 3.0 and grey_contrast(far) >= 3.0
    assert far - near >= 10, "the far leg is printed lighter than the near one"


def test_the_outline_prints_at_4_5_to_1_at_150_dpi_in_grey() -> None:
    """Across the near shin, from the paper beside it into the leg, the darkest grey is the outline's."""
    drawing = DRAWINGS["loaded-walk"]
    picture, shrink = printed("loaded-walk")
    to_px = world_to_pixels(drawing)[0]
    body = build(drawing.positions[0].figure)
    x, y = to_px(lerp(body["knee_r"], body["ankle_r"], 0.5))
    levels = [level_at(picture, (x + step / shrink, y), shrink) for step in range(-8, 9)]
    assert max(levels) > 240, "the scan starts on white paper"
    assert grey_contrast(min(levels)) >= 4.5


def test_the_arrows_print_at_3_to_1_even_in_a_pale_clinic_colour() -> None:
    drawing = DRAWINGS["loaded-walk"]
    arrow = drawing.positions[0].arrows[0]
    to_px = world_to_pixels(drawing)[0]
    body = build(drawing.positions[0].figure)
    tip = to_px(tuple(a + b for a, b in zip(body[arrow.end.body], arrow.end.offset, strict=True)))  # type: ignore[arg-type]
    base = to_px(tuple(a + b for a, b in zip(body[arrow.start.body], arrow.start.offset, strict=True)))  # type: ignore[arg-type]
    inside_head = (tip[0] + (base[0] - tip[0]) * 0.08, tip[1] + (base[1] - tip[1]) * 0.08)
    for accent in ("#2A6F6B", "#F2D16B"):
        picture, shrink = printed("loaded-walk", accent)
        assert grey_contrast(level_at(picture, inside_head, shrink)) >= 3.0, accent
