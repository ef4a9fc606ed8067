"""Colours and sizes of the drawings: the figure's greys, the accent, and the full and thumbnail styles."""

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
    """The body's soft greys (parts further from the viewer lighter) and the quiet furniture of the picture."""

    far_fill: RGB = (222, 225, 229)
    near_fill: RGB = (170, 177, 185)
    far_line: RGB = (176, 182, 188)
    near_line: RGB = (104, 112, 121)
    hair: RGB = (128, 135, 143)
    floor: RGB = (196, 201, 206)
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
FULL = Style(1800, 900, 2, 3.3, 6.3, True, 76, 36, 10.5, 3.8, 3.8)
THUMB = Style(192, 96, 4, 0.9, 0.67, False, 0, 3, 2.0, 1.0, 2.5)


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
