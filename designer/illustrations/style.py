"""Colours and sizes of the drawings: the figure's greys, the accent, and the full and thumbnail styles.

The colours are chosen for an office laser printer, which prints in grey: measured as grey levels (the way a
greyscale printer or copier sees them), the figure's outlines stand out at least 4.5:1 against white paper,
its fills at least 3:1 (the far side lighter, still 3:1), and the arrows, in the clinic's colour, at least 3:1.
"""

from __future__ import annotations

from dataclasses import dataclass

from .geometry import (
    Point,
)

RGB = tuple[int, int, int]

DEFAULT_ACCENT = "#2A6F6B"
WHITE: RGB = (255, 255, 255)


@dataclass(frozen=True)
class Palette:
    """The body's greys (parts further from the viewer lighter) and the quiet furniture of the picture."""

    far_fill: RGB = (139, 144, 150)  # 3.2:1 on white as grey
    near_fill: RGB = (116, 122, 130)  # 4.3:1
    far_line: RGB = (62, 67, 74)  # 9.5:1
    near_line: RGB = (30, 33, 38)  # 15:1
    hair: RGB = (58, 62, 68)
    floor: RGB = (136, 141, 147)  # 3.3:1: the floor line shows what rests on it
    label: RGB = (85, 85, 85)  # dark enough to read at small print sizes
    divider: RGB = (232, 234, 236)
    background: RGB = WHITE


GREYS = Palette()


@dataclass(frozen=True)
class Style:
    """Output size and line weights; the same description renders full size and as a thumbnail."""

    width: int
    height: int
    supersample: int
    outline: float  # px at output size
    max_scale: float  # px per cm at output size: keeps small scenes from being blown up
    labels: bool
    label_size: int
    margin: int
    arrow: float  # arrow line width, px at output size
    floor: float  # floor line width, px
    halo: float  # the white edge that keeps arrows clear of the figure, px
    palette: Palette = GREYS


# Print: the handouts place a drawing between about 76 mm (the smallest detailed layout) and 132 mm wide
# (the largest large-print one; the PDF caps pictures at 1800 px), so 1800 px across is at least 346 ppi
# everywhere, and a 76 px label is at least 9 pt.  Thumbnail: the window's library list.
FULL = Style(1800, 900, 2, 4.6, 6.3, True, 76, 36, 10.5, 3.8, 3.8)
THUMB = Style(192, 96, 4, 0.8, 0.67, False, 0, 3, 2.0, 1.0, 2.5)


def parse_colour(text: str) -> RGB:
    text = text.lstrip("#")
    if len(text) != 6:
        raise ValueError(f'"#{text}" is not a colour like #2A6F6B')
    return (int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16))


def scale2(v: Point, k: float) -> Point:
    return (v[0] * k, v[1] * k)


def mix(a: RGB, b: RGB, t: float) -> RGB:
    t = min(max(t, 0.0), 1.0)
    return (round(a[0] + (b[0] - a[0]) * t), round(a[1] + (b[1] - a[1]) * t), round(a[2] + (b[2] - a[2]) * t))


def grey_level(colour: RGB) -> float:
    """The grey a greyscale printer makes of a colour (ITU-R 601 luma, as Pillow's "L" conversion)."""
    return 0.299 * colour[0] + 0.587 * colour[1] + 0.114 * colour[2]


def grey_contrast(level: float, paper: float = 255.0) -> float:
    """The WCAG contrast ratio of two grey levels (0-255): 21 for black on white, 1 for the same grey."""

    def luminance(value: float) -> float:
        c = value / 255.0
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    light, dark = sorted((luminance(level), luminance(paper)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def print_safe(colour: RGB, ratio: float) -> RGB:
    """``colour``, darkened just enough to stand out ``ratio``:1 against white when printed in grey.

    A clinic may choose a pale colour (a light gold, a sky blue); its arrows would fade on paper.
    """
    for step in range(0, 101):
        candidate = mix(colour, (0, 0, 0), step / 100)
        if grey_contrast(grey_level(candidate)) >= ratio:
            return candidate
    return (0, 0, 0)  # pragma: no cover - black always passes


def marked_fill(palette: Palette, accent: RGB, amount: float = 0.45) -> RGB:
    """The fill of a limb marked as the one that moves: the figure's own grey turned ``amount`` of the way to the
    clinic colour, drawn with the body's outline.  A pale tint of the clinic colour (as the mat and the counter
    have) made blind reviewers take the limb for equipment, and it printed at about 2:1 in grey.  A pale clinic
    colour is darkened until the limb prints at least as dark as the near side, so it never reads as the far side."""
    near = grey_contrast(grey_level(palette.near_fill))
    return print_safe(mix(palette.near_fill, accent, amount), near)
