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

from .theme import FONT, FONT_BOLD, Theme, font_runs, text_width

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def long_date(day: dt.date) -> str:
    """ "24 November 2026", the same whatever the computer's language settings."""
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
    running_right: str  # the plan's title, on pages after the first
    running_client: str = ""  # the client's name after the title: never shortened, the title gives way
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
    if text_width(text, font, size) <= width:
        return text
    while text and text_width(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def draw_text(canvas: Canvas, x: float, y: float, text: str, font: str, size: float, *, right: bool = False) -> None:
    """``text`` drawn from ``x`` (or ending at ``x`` when ``right``), CJK characters in their own font."""
    if right:
        x -= text_width(text, font, size)
    for run, run_font in font_runs(text, font):
        canvas.setFont(run_font, size)
        canvas.drawString(x, y, run)
        x += stringWidth(run, run_font, size)
    canvas.setFont(font, size)


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


# The footer may get a little smaller to keep every contact detail, but not smaller than this share of its size.
FOOTER_SMALLEST = 0.85
_FOOTER_SEPARATOR = "   ·   "


@dataclass(frozen=True)
class FooterLayout:
    """How the footer's contact details are set: their size and lines (the last line shares the page number's)."""

    size: float
    lines: tuple[tuple[FooterItem, ...], ...]


def footer_layout(contact: Sequence[FooterItem], label: str, size: float, width: float) -> FooterLayout:
    """Phone, email and website on one line beside "Page N of M" when they fit, else on two lines.

    Nothing is dropped: the text gets a little smaller first (never below
    ``FOOTER_SMALLEST`` of ``size``); only a single detail too long for a whole
    line even then (a very long web address) is shortened with "…", and it is
    printed in full in the booking block.
    """
    smallest = size * FOOTER_SMALLEST
    sizes = [size]
    while sizes[-1] - 0.5 >= smallest - 1e-6:
        sizes.append(round(sizes[-1] - 0.5, 2))

    def widths(items: Sequence[FooterItem], at: float) -> float:
        return stringWidth(_FOOTER_SEPARATOR.join(item.text for item in items), FONT, at)

    for at in sizes:
        beside_label = width - stringWidth(label, FONT_BOLD, at) - 6 * mm
        if widths(contact, at) <= beside_label:
            return FooterLayout(at, (tuple(contact),))
        # Two lines: as much as fits on the upper line, the rest beside the page number.
        for split in range(len(contact) - 1, 0, -1):
            upper, lower = contact[:split], contact[split:]
            if widths(upper, at) <= width and widths(lower, at) <= beside_label:
                return FooterLayout(at, (tuple(upper), tuple(lower)))
    at = sizes[-1]
    beside_label = width - stringWidth(label, FONT_BOLD, at) - 6 * mm
    if len(contact) == 1:
        return FooterLayout(at, ((_shortened(contact[0], at, beside_label),),))
    # Something is longer than a line even at the smallest size: each line as full as it can be, shortened last.
    upper_items = list(contact[:-1])
    while len(upper_items) > 1 and widths(upper_items, at) > width:
        upper_items.pop()
    lower_items = list(contact[len(upper_items) :])
    upper = _fit_items(upper_items, at, width)
    lower = _fit_items(lower_items, at, beside_label)
    return FooterLayout(at, (upper, lower))


def _shortened(item: FooterItem, size: float, width: float) -> FooterItem:
    return FooterItem(fit_text(item.text, FONT, size, width), item.link)


def _fit_items(items: Sequence[FooterItem], size: float, width: float) -> tuple[FooterItem, ...]:
    """``items`` on one line of ``width``: the longest are shortened, the short keep their whole text."""
    room = width - stringWidth(_FOOTER_SEPARATOR, FONT, size) * (len(items) - 1)
    fitted = list(items)
    widths = [stringWidth(item.text, FONT, size) for item in items]
    for index in sorted(range(len(items)), key=lambda index: widths[index], reverse=True):
        if sum(widths) <= room:
            break
        others = sum(widths) - widths[index]
        fitted[index] = _shortened(items[index], size, max(room - others, room / len(items)))
        widths[index] = stringWidth(fitted[index].text, FONT, size)
    return tuple(fitted)


def _draw_footer(canvas: Canvas, furniture: PageFurniture, page: int, pages: int) -> None:
    theme = furniture.theme
    left, right, _height = _edges(canvas, theme)
    label = furniture.page_label.format(page=page, pages=pages)
    # The widest label of the document, so every page's footer is laid out alike.
    widest = furniture.page_label.format(page=pages, pages=pages)
    layout = footer_layout(furniture.contact, widest, theme.metrics.footer_size, right - left)
    size = layout.size
    baseline = theme.metrics.margin_bottom * 0.45
    line_gap = size * 1.35
    top_line = baseline + line_gap * (len(layout.lines) - 1)
    canvas.saveState()
    canvas.setStrokeColor(theme.colour(theme.palette.rule))
    canvas.setLineWidth(0.5)
    canvas.line(left, top_line + size * 1.6, right, top_line + size * 1.6)
    canvas.setFillColor(theme.colour(theme.palette.muted))
    canvas.setFont(FONT_BOLD, size)
    canvas.drawRightString(right, baseline, label)
    canvas.setFont(FONT, size)
    separator_width = stringWidth(_FOOTER_SEPARATOR, FONT, size)
    for line_number, items in enumerate(layout.lines):
        y = top_line - line_gap * line_number
        x = left
        for index, item in enumerate(items):
            if index:
                canvas.drawString(x, y, _FOOTER_SEPARATOR)
                x += separator_width
            text_width = stringWidth(item.text, FONT, size)
            canvas.drawString(x, y, item.text)
            if item.link and is_safe_link(item.link):
                canvas.linkURL(item.link, (x, y - 2, x + text_width, y + size), relative=0, thickness=0)
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
    # The client's name is printed whole; the plan's title, then the clinic's name, give way when space is short.
    client = f" · {furniture.running_client}" if furniture.running_client else ""
    client_width = text_width(client, FONT, size)
    title_width = text_width(furniture.running_right, FONT, size)
    # The clinic's name is whole too where the client's leaves room for it; only the title is shortened or dropped.
    clinic_room = max((right - left) * 0.3, (right - left) - client_width - 6 * mm)
    if title_width:
        clinic_room = max(min(clinic_room, (right - left) - client_width - title_width - 6 * mm), clinic_room * 0.6)
        clinic_room = max(clinic_room, min(text_width(furniture.running_left, FONT_BOLD, size), (right - left) * 0.5))
    clinic = fit_text(furniture.running_left, FONT_BOLD, size, clinic_room)
    draw_text(canvas, left, baseline, clinic, FONT_BOLD, size)
    canvas.setFillColor(theme.colour(theme.palette.muted))
    canvas.setFont(FONT, size)
    title_room = (right - left) - text_width(clinic, FONT_BOLD, size) - 6 * mm - client_width
    title = fit_text(furniture.running_right, FONT, size, title_room) if title_room > size * 3 else ""
    shown = (title + client) if title else client.removeprefix(" · ")
    draw_text(canvas, right, baseline, shown, FONT, size, right=True)
    canvas.setStrokeColor(theme.colour(theme.palette.brand))
    canvas.setLineWidth(0.8)
    canvas.line(left, baseline - size * 0.8, right, baseline - size * 0.8)
    canvas.restoreState()


def running_header_height(theme: Theme) -> float:
    """The room the running header takes at the top of a page: its line, its rule and a gap below."""
    return theme.metrics.footer_size * 3.4


def _page_templates(
    pagesize: tuple[float, float],
    theme: Theme,
    *,
    running_header: bool,
    first_page_header: bool,
    on_first: Callable[[Canvas, BaseDocTemplate], None] | None = None,
    on_later: Callable[[Canvas, BaseDocTemplate], None] | None = None,
) -> list[PageTemplate]:
    """The first page's template and the later pages' (their frames leave room for the running header)."""
    metrics = theme.metrics
    width, height = pagesize
    frame_width = width - 2 * metrics.margin_side
    header_space = running_header_height(theme) if running_header else 0
    bottom = metrics.margin_bottom + metrics.footer_size

    def frame(top_space: float, name: str) -> Frame:
        return Frame(
            metrics.margin_side,
            bottom,
            frame_width,
            height - metrics.margin_top - top_space - bottom,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id=name,
        )

    first_frame = frame(header_space if first_page_header else 0, "first")
    later_frame = frame(header_space, "later")
    return [
        PageTemplate(
            "first",
            [first_frame],
            autoNextPageTemplate="later",
            pagesize=pagesize,
            **({"onPage": on_first} if on_first else {}),
        ),
        PageTemplate("later", [later_frame], pagesize=pagesize, **({"onPage": on_later} if on_later else {})),
    ]


class _Probe(Flowable):
    """Takes no room; remembers how much room was left where it was placed, and on which page."""

    def __init__(self) -> None:
        super().__init__()
        self.room = 0.0
        self.page = 0
        self._offered = 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._offered = available_height
        return 0, 0

    def draw(self) -> None:
        self.room = self._offered
        self.page = self.canv.getPageNumber()


def room_after(
    story: Sequence[Flowable], *, pagesize: tuple[float, float], theme: Theme, running_header: bool = True
) -> tuple[int, float]:
    """Lay ``story`` out as the handout would, and say on which page it ends and how much room is left there.

    Used to look ahead: whether a block still fits after the opening pages.  Nothing is drawn or saved.
    """
    probe = _Probe()
    document = BaseDocTemplate(
        io.BytesIO(),
        pagesize=pagesize,
        initialFontName=FONT,
        invariant=1,
        pageTemplates=_page_templates(pagesize, theme, running_header=running_header, first_page_header=False),
    )
    document._doSave = 0  # ReportLab's switch for "lay out only"
    # A flowable carried over to the next page is marked, and a marked one that fails again is "too large";
    # ReportLab lists the marks to undo between the passes of a multi-pass build, and so do we.
    edits: list[tuple[Any, ...]] = []
    document._multiBuildEdits = edits.append
    try:
        document.build([*story, probe])
    finally:
        for undo, *arguments in edits:
            undo(*arguments)
    return probe.page, probe.room


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

    def first(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        if first_page_header:
            _draw_running_header(canvas, furniture)
        if on_first_page is not None:
            on_first_page(canvas)

    def later(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        if running_header:
            _draw_running_header(canvas, furniture)

    templates = _page_templates(
        pagesize,
        theme,
        running_header=running_header,
        first_page_header=first_page_header,
        on_first=first,
        on_later=later,
    )
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
