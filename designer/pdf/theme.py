"""The handout's look in one place: fonts, colours and paragraph styles for each layout.

Everything else in ``designer.pdf`` asks this module how things should look,
so a change of typeface, text size or colour rule happens here and nowhere
else.  The numbers each layout is laid out by (paper sizes, margins, the body
size the styles scale from) are tables in ``measurements``.

Colours are derived from the clinic's brand colour, then checked for
contrast (WCAG relative luminance) so that a pale or bright brand colour
still gives headings an older client can read.  The large-print layout asks
for more contrast than the others.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle

from designer.domain import Layout

from .measurements import Metrics, metrics_for
from .typefaces import (
    CJK_FONT,
    FONT,
    FONT_BOLD,
    FONT_BOLD_ITALIC,
    FONT_ITALIC,
    FONTS_DIR,
    KOREAN_FONT,
    HandoutFont,
    cjk_font_for,
    fallback_characters,
    font_runs,
    is_right_to_left,
    may_need_cjk_font,
    printable_characters,
    register_fonts,
    text_width,
    to_unicode_cmap,
)

# -- colours ------------------------------------------------------------------


def hex_to_rgb(text: str) -> tuple[float, float, float]:
    value = text.lstrip("#")
    return (int(value[0:2], 16) / 255, int(value[2:4], 16) / 255, int(value[4:6], 16) / 255)


def rgb_to_hex(rgb: tuple[float, float, float]) -> str:
    return "#" + "".join(f"{round(max(0.0, min(1.0, part)) * 255):02X}" for part in rgb)


def relative_luminance(hex_colour: str) -> float:
    """WCAG 2 relative luminance of a #RRGGBB colour."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.03928 else ((channel + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(part) for part in hex_to_rgb(hex_colour))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: str, second: str) -> float:
    """WCAG contrast ratio between two colours, from 1 (none) to 21 (black on white)."""
    light, dark = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def mix(colour: str, other: str, amount: float) -> str:
    """``colour`` moved ``amount`` (0..1) of the way towards ``other``."""
    first, second = hex_to_rgb(colour), hex_to_rgb(other)
    mixed = (
        first[0] + (second[0] - first[0]) * amount,
        first[1] + (second[1] - first[1]) * amount,
        first[2] + (second[2] - first[2]) * amount,
    )
    return rgb_to_hex(mixed)


def darken_until(colour: str, background: str, ratio: float) -> str:
    """The brand colour, darkened just enough to reach ``ratio`` against ``background``."""
    candidate = colour
    step = 0.0
    while contrast_ratio(candidate, background) < ratio and step < 1.0:
        step += 0.05
        candidate = mix(colour, "#000000", step)
    return candidate


TEXT_DARK = "#1F2426"
WHITE = "#FFFFFF"


@dataclass(frozen=True)
class Palette:
    """The handout's colours as #RRGGBB text (ReportLab colours via ``colour()``)."""

    text: str  # body text: near black
    heading: str  # the brand colour, darkened if needed to read well
    brand: str  # the clinic's colour as chosen, for rules and small accents
    tint: str  # a pale panel background
    panel_border: str
    muted: str  # footers and captions
    rule: str  # hairlines between table rows

    @classmethod
    def for_clinic(cls, brand: str, accent: str, *, high_contrast: bool = False) -> Palette:
        text = "#000000" if high_contrast else TEXT_DARK
        # Panels: the clinic's own pale accent when dark text stays very readable on it, else a tint of the brand.
        tint_floor = 15.0 if high_contrast else 12.0
        tint = accent if contrast_ratio(text, accent) >= tint_floor else mix(brand, WHITE, 0.9)
        while contrast_ratio(text, tint) < tint_floor:
            tint = mix(tint, WHITE, 0.3)
        heading_ratio = 7.0 if high_contrast else 4.5
        # Headings sit on white and on panels; the panel is the harder case.
        heading = darken_until(brand, tint, heading_ratio)
        muted = "#333333" if high_contrast else "#5A6166"
        panel_border = mix(brand, WHITE, 0.55) if not high_contrast else darken_until(brand, WHITE, 3.0)
        rule = "#C9CFD2" if not high_contrast else "#6B7378"
        return cls(
            text=text, heading=heading, brand=brand, tint=tint, panel_border=panel_border, muted=muted, rule=rule
        )

    @staticmethod
    def colour(hex_colour: str) -> colors.Color:
        return colors.HexColor(hex_colour)


# -- styles -------------------------------------------------------------------------


@dataclass(frozen=True)
class Styles:
    """Every paragraph style a handout uses."""

    clinic_name: ParagraphStyle
    kicker: ParagraphStyle  # small label above the title ("Your exercise plan")
    title: ParagraphStyle
    subtitle: ParagraphStyle
    section: ParagraphStyle  # "Your stages", "Stage 1 · Stability"
    exercise_name: ParagraphStyle
    label: ParagraphStyle  # "Getting ready", "Key points"
    body: ParagraphStyle
    body_bold: ParagraphStyle
    step: ParagraphStyle  # a numbered or bulleted line
    prescription: ParagraphStyle
    panel_heading: ParagraphStyle
    panel_body: ParagraphStyle
    small: ParagraphStyle
    table_head: ParagraphStyle
    table_cell: ParagraphStyle
    table_cell_bold: ParagraphStyle
    centre: ParagraphStyle
    footer: ParagraphStyle


def _plain_style(
    name: str,
    size: float,
    colour: str,
    *,
    font: str = FONT,
    leading: float | None = None,
    space_before: float = 0,
    space_after: float = 0,
    align: int = TA_LEFT,
    left_indent: float = 0,
    first_line_indent: float = 0,
    keep_with_next: bool = False,
    line_spacing: float = 1.38,
) -> ParagraphStyle:
    return ParagraphStyle(
        name,
        fontName=font,
        fontSize=size,
        leading=leading if leading is not None else round(size * line_spacing, 1),
        textColor=colors.HexColor(colour),
        spaceBefore=space_before,
        spaceAfter=space_after,
        alignment=align,
        leftIndent=left_indent,
        firstLineIndent=first_line_indent,
        keepWithNext=1 if keep_with_next else 0,
        # A long unbroken word (a pasted link) wraps instead of running off the page.
        splitLongWords=1,
        allowWidows=0,
        allowOrphans=0,
    )


def _bulleted(style: ParagraphStyle, colour: str) -> ParagraphStyle:
    """A style for numbered and bulleted lines: the number hangs in the margin, in the heading colour."""
    style.bulletIndent = 0
    style.bulletFontName = FONT_BOLD
    style.bulletFontSize = style.fontSize
    style.bulletColor = colors.HexColor(colour)
    return style


def make_styles(
    palette: Palette,
    body_size: float,
    line_spacing: float = 1.38,
    spacing_size: float | None = None,
    smallest: float = 0,
    smallest_heading: float = 0,
) -> Styles:
    """Styles scaled from one body size, so every layout keeps the same proportions.

    ``spacing_size`` sets the gaps between paragraphs; large print keeps the
    detailed layout's gaps, as bigger letters do not need bigger gaps.
    ``smallest`` and ``smallest_heading`` are floors: large print keeps every
    line at 14 pt or more and every heading at 20 pt or more (RNIB Clear Print),
    compact keeps every line at 10 pt or more.
    """
    size = body_size
    gap = spacing_size or body_size

    def _style(name: str, at: float, colour: str, **options: Any) -> ParagraphStyle:
        floor = smallest_heading if name in _HEADINGS else smallest
        return _plain_style(name, max(at, floor), colour, line_spacing=line_spacing, **options)

    text, heading, muted = palette.text, palette.heading, palette.muted
    indent = size * 1.7
    return Styles(
        clinic_name=_style("clinic_name", size * 1.45, heading, font=FONT_BOLD),
        kicker=_style("kicker", size * 0.85, muted, font=FONT_BOLD, space_after=2, keep_with_next=True),
        title=_style("title", size * 2.0, text, font=FONT_BOLD, leading=size * 2.5, space_after=gap * 0.3),
        subtitle=_style("subtitle", size, muted, leading=size * 1.5),
        section=_style(
            "section",
            size * 1.5,
            heading,
            font=FONT_BOLD,
            space_before=gap * 0.6,
            space_after=gap * 0.5,
            keep_with_next=True,
        ),
        exercise_name=_style(
            "exercise_name", size * 1.4, heading, font=FONT_BOLD, space_after=gap * 0.35, keep_with_next=True
        ),
        label=_style(
            "label",
            size if smallest else size * 0.95,  # with a floor (large print), labels keep the body's size
            heading,
            font=FONT_BOLD,
            space_before=gap * 0.6,
            space_after=gap * 0.2,
            keep_with_next=True,
        ),
        body=_style("body", size, text, space_after=gap * 0.3),
        body_bold=_style("body_bold", size, text, font=FONT_BOLD, space_after=gap * 0.3),
        step=_bulleted(_style("step", size, text, left_indent=indent, space_after=gap * 0.3), heading),
        prescription=_style("prescription", size * 1.08, text, font=FONT_BOLD, leading=size * 1.55),
        panel_heading=_style("panel_heading", size * 1.15, heading, font=FONT_BOLD, space_after=gap * 0.35),
        panel_body=_style("panel_body", size, text, space_after=gap * 0.35),
        small=_style("small", size * 0.85, muted),
        table_head=_style("table_head", size * 0.9, heading, font=FONT_BOLD),
        table_cell=_style("table_cell", size, text),
        table_cell_bold=_style("table_cell_bold", size, text, font=FONT_BOLD),
        centre=_style("centre", size * 0.85, muted, align=TA_CENTER),
        footer=_style("footer", size * 0.75, muted),
    )


# Styles that are headings, for the heading floor.
_HEADINGS = frozenset({"clinic_name", "title", "section", "exercise_name", "panel_heading"})


@dataclass(frozen=True)
class Theme:
    """How one handout looks: its layout's palette, styles and spacing."""

    layout: Layout
    palette: Palette
    styles: Styles
    metrics: Metrics
    # The same sizes with closer lines and smaller gaps, for an exercise that would not fit its page otherwise.
    tight_styles: Styles
    # Detailed only: the smallest body (11 pt) with close lines, so two exercises share a page (else as tight).
    snug_styles: Styles | None = None

    def colour(self, hex_colour: str) -> colors.Color:
        return colors.HexColor(hex_colour)


# The detailed layout's body text where two exercises share a page: no smaller, for older eyes.
SNUG_BODY_SIZE = 11.0


@lru_cache(maxsize=32)
def theme_for(brand: str, accent: str, layout: Layout) -> Theme:
    """The theme for a clinic colour and layout, built once and reused by every later render."""
    register_fonts()
    palette = Palette.for_clinic(brand, accent, high_contrast=layout is Layout.LARGE_PRINT)
    metrics = metrics_for(layout)
    # Large print: big letters need a little less space between lines to keep an exercise on its page.
    line_spacing = 1.3 if layout is Layout.LARGE_PRINT else 1.38
    spacing_size = metrics_for(Layout.DETAILED).body_size if layout is Layout.LARGE_PRINT else None
    floors = (metrics.smallest, metrics.smallest_heading)
    styles = make_styles(palette, metrics.body_size, line_spacing, spacing_size, *floors)
    tight = make_styles(
        palette, metrics.body_size, line_spacing - 0.15, (spacing_size or metrics.body_size) * 0.6, *floors
    )
    snug = make_styles(palette, SNUG_BODY_SIZE, 1.2, SNUG_BODY_SIZE * 0.35) if layout is Layout.DETAILED else tight
    return Theme(layout=layout, palette=palette, styles=styles, metrics=metrics, tight_styles=tight, snug_styles=snug)


@lru_cache(maxsize=32)
def compact_styles(brand: str, accent: str, body_size: float, line_spacing: float = 1.38) -> Styles:
    """Compact-layout styles at a given size: the one-page table shrinks its text (a little) to fit."""
    register_fonts()
    return make_styles(
        Palette.for_clinic(brand, accent), body_size, line_spacing, smallest=metrics_for(Layout.COMPACT).smallest
    )


__all__ = [
    "CJK_FONT",
    "FONT",
    "FONTS_DIR",
    "FONT_BOLD",
    "FONT_BOLD_ITALIC",
    "FONT_ITALIC",
    "KOREAN_FONT",
    "HandoutFont",
    "Palette",
    "Styles",
    "Theme",
    "cjk_font_for",
    "compact_styles",
    "contrast_ratio",
    "fallback_characters",
    "font_runs",
    "is_right_to_left",
    "make_styles",
    "may_need_cjk_font",
    "printable_characters",
    "register_fonts",
    "text_width",
    "theme_for",
    "to_unicode_cmap",
]
