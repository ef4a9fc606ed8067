"""The page frame every PDF of ours shares: margins, running header, footer with "Page N of M", metadata.

A handout's story (its flowables) is poured into ``build_pdf``, which adds
the furniture around it.  The total page count is only known at the end, so
the canvas keeps each finished page back and draws the footers when the
document is saved (one pass, no second layout).
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from designer.domain.clinic import is_safe_link

from .theme import FONT, FONT_BOLD, Theme

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)


def long_date(day: dt.date) -> str:
    """"24 November 2026", the same whatever the computer's language settings."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


@dataclass(frozen=True)
class FooterItem:
    """One piece of the footer's contact line, clickable when it has a safe address."""

    text: str
    link: str = ""


@dataclass(frozen=True)
class PageFurniture:
    """What is drawn around the story on every page (all text already cleaned, never markup)."""

    theme: Theme
    running_left: str  # the clinic's name, on pages after the first
    running_right: str  # plan title and client, on pages after the first
    contact: tuple[FooterItem, ...] = ()
    page_label: str = "Page {page} of {pages}"


@dataclass(frozen=True)
class Metadata:
    title: str
    author: str
    subject: str
    language: str = "en-GB"
    keywords: tuple[str, ...] = field(default_factory=tuple)
    creator: str = "Programme Designer"


def fit_text(text: str, font: str, size: float, width: float) -> str:
    """``text`` shortened with an ellipsis so it fits ``width`` points."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


class _NumberedCanvas(Canvas):
    """Keeps each page back until the end, so every footer can say how many pages there are."""

    def __init__(self, *args: Any, furniture: PageFurniture, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._furniture = furniture
        self._held_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # ReportLab calls it by this name
        self._held_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held_pages)
        # Link annotations are named by a running count, which must keep running while held pages come back.
        annotations: int = getattr(self, "_annotationCount", 0)
        for state in self._held_pages:
            self.__dict__.update(state)
            self._annotationCount = annotations
            _draw_footer(self, self._furniture, self._pageNumber, total)
            annotations = getattr(self, "_annotationCount", 0)
            Canvas.showPage(self)
        Canvas.save(self)

    @property
    def page_total(self) -> int:
        return len(self._held_pages)


def _edges(canvas: Canvas, theme: Theme) -> tuple[float, float, float]:
    """The left and right edges of the text on this page, and the page's height."""
    width, height = canvas._pagesize
    return theme.metrics.margin_side, width - theme.metrics.margin_side, height


def _draw_footer(canvas: Canvas, furniture: PageFurniture, page: int, pages: int) -> None:
    theme = furniture.theme
    left, right, _height = _edges(canvas, theme)
    size = theme.metrics.footer_size
    baseline = theme.metrics.margin_bottom * 0.45
    canvas.saveState()
    canvas.setStrokeColor(theme.colour(theme.palette.rule))
    canvas.setLineWidth(0.5)
    canvas.line(left, baseline + size * 1.6, right, baseline + size * 1.6)
    canvas.setFillColor(theme.colour(theme.palette.muted))
    label = furniture.page_label.format(page=page, pages=pages)
    canvas.setFont(FONT_BOLD, size)
    label_width = stringWidth(label, FONT_BOLD, size)
    canvas.drawRightString(right, baseline, label)
    canvas.setFont(FONT, size)
    x = left
    room = right - left - label_width - 6 * mm
    separator = "   ·   "
    for index, item in enumerate(furniture.contact):
        text = (separator if index else "") + item.text
        text_width = stringWidth(text, FONT, size)
        if x - left + text_width > room:
            break
        canvas.drawString(x, baseline, text)
        if item.link and is_safe_link(item.link):
            start = x + (stringWidth(separator, FONT, size) if index else 0)
            canvas.linkURL(item.link, (start, baseline - 2, x + text_width, baseline + size), relative=0, thickness=0)
        x += text_width
    canvas.restoreState()


def _draw_running_header(canvas: Canvas, furniture: PageFurniture) -> None:
    theme = furniture.theme
    left, right, height = _edges(canvas, theme)
    size = theme.metrics.footer_size
    baseline = height - theme.metrics.margin_top - size
    canvas.saveState()
    canvas.setFillColor(theme.colour(theme.palette.heading))
    canvas.setFont(FONT_BOLD, size)
    clinic = fit_text(furniture.running_left, FONT_BOLD, size, (right - left) * 0.45)
    canvas.drawString(left, baseline, clinic)
    canvas.setFillColor(theme.colour(theme.palette.muted))
    canvas.setFont(FONT, size)
    canvas.drawRightString(right, baseline, fit_text(furniture.running_right, FONT, size, (right - left) * 0.52))
    canvas.setStrokeColor(theme.colour(theme.palette.brand))
    canvas.setLineWidth(0.8)
    canvas.line(left, baseline - size * 0.8, right, baseline - size * 0.8)
    canvas.restoreState()


def running_header_height(theme: Theme) -> float:
    return theme.metrics.footer_size * 4


def build_pdf(
    story: Sequence[Flowable],
    *,
    pagesize: tuple[float, float],
    furniture: PageFurniture,
    metadata: Metadata,
    deterministic: bool,
    running_header: bool = True,
    first_page_header: bool = False,
    on_first_page: Callable[[Canvas], None] | None = None,
) -> tuple[bytes, int]:
    """Lay out ``story`` on pages and return the PDF bytes and the number of pages."""
    theme = furniture.theme
    metrics = theme.metrics
    width, height = pagesize
    frame_width = width - 2 * metrics.margin_side
    header_space = running_header_height(theme) if running_header else 0
    bottom = metrics.margin_bottom + metrics.footer_size

    def frame(top_space: float, name: str) -> Frame:
        return Frame(
            metrics.margin_side, bottom, frame_width, height - metrics.margin_top - top_space - bottom,
            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id=name,
        )

    def first(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        if first_page_header:
            _draw_running_header(canvas, furniture)
        if on_first_page is not None:
            on_first_page(canvas)

    def later(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        if running_header:
            _draw_running_header(canvas, furniture)

    templates = [
        PageTemplate("first", [frame(header_space if first_page_header else 0, "first")], onPage=first,
                     autoNextPageTemplate="later", pagesize=pagesize),
        PageTemplate("later", [frame(header_space, "later")], onPage=later, pagesize=pagesize),
    ]
    buffer = io.BytesIO()
    document = BaseDocTemplate(
        buffer,
        pagesize=pagesize,
        pageTemplates=templates,
        title=metadata.title,
        author=metadata.author,
        subject=metadata.subject,
        creator=metadata.creator,
        producer="Programme Designer (ReportLab)",
        keywords=list(metadata.keywords),
        lang=metadata.language,
        displayDocTitle=True,
        # Without this every page would also name Helvetica, a font we never draw with.
        initialFontName=FONT,
        invariant=1 if deterministic else 0,
        leftMargin=metrics.margin_side,
        rightMargin=metrics.margin_side,
        topMargin=metrics.margin_top,
        bottomMargin=metrics.margin_bottom,
    )
    canvases: list[_NumberedCanvas] = []

    def make_canvas(*args: Any, **kwargs: Any) -> _NumberedCanvas:
        canvas = partial(_NumberedCanvas, furniture=furniture)(*args, **kwargs)
        canvases.append(canvas)
        return canvas

    document.build(list(story), canvasmaker=make_canvas)
    return buffer.getvalue(), canvases[-1].page_total
