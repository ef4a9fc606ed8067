"""The handout's measurements: paper sizes, and for each layout its margins, text size, gaps and picture sizes.

These are tables of numbers a layout is laid out by (the large-print sizes
follow RNIB Clear Print); ``theme`` scales its fonts and paragraph styles
from them, and the page frame and the exercise blocks read them.  Kept apart
from the theme so the look (fonts, colours, styles) reads on its own.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm

from designer.domain import Layout, PaperSize

PAGE_SIZES: dict[PaperSize, tuple[float, float]] = {PaperSize.A4: A4, PaperSize.LETTER: LETTER}


@dataclass(frozen=True)
class Metrics:
    """Spacing for one layout, in points."""

    margin_side: float
    margin_top: float
    margin_bottom: float
    body_size: float
    gap: float  # between blocks inside a section
    section_gap: float  # before a new section
    illustration_height: float  # the tallest an exercise picture may be
    qr_size: float
    footer_size: float
    smallest: float = 0  # no text under this size (0: the proportions alone decide)
    smallest_heading: float = 0  # no heading under this size


_METRICS = {
    Layout.DETAILED: Metrics(
        # Narrow margins (still well clear of a printer's edge): two exercises share a page.
        margin_side=14 * mm,
        margin_top=12 * mm,
        margin_bottom=14 * mm,
        body_size=11.5,
        gap=6,
        section_gap=16,
        illustration_height=52 * mm,
        qr_size=30 * mm,
        footer_size=8.5,
    ),
    Layout.LARGE_PRINT: Metrics(
        margin_side=16 * mm,
        margin_top=14 * mm,
        margin_bottom=22 * mm,  # room for a footer of two lines at 16 pt
        body_size=16,  # RNIB Clear Print: body 16 pt or more, headings 20 pt or more, nothing under 14 pt
        gap=7,
        section_gap=18,
        illustration_height=66 * mm,
        qr_size=36 * mm,
        footer_size=16,  # the page header and footer at body size: on every page, they are much of the text
        smallest=14,
        smallest_heading=20,
    ),
    Layout.COMPACT: Metrics(
        margin_side=14 * mm,
        margin_top=10 * mm,
        margin_bottom=14 * mm,
        body_size=10,
        gap=4,
        section_gap=8,
        illustration_height=0,
        qr_size=22 * mm,
        footer_size=10,  # the compact page's smallest text, footer included, is 10 pt
        smallest=10,
    ),
}


def metrics_for(layout: Layout) -> Metrics:
    return _METRICS[layout]
