"""The page frame every PDF of ours shares: margins, frames, the PDF's metadata, and "Page N of M".

A handout's story (its flowables) is poured into ``build_pdf``, which adds
the furniture around it (drawn by ``page_furniture``).  The total page count is only known at the end, so
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

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from .page_furniture import PageFurniture, draw_footer, draw_running_header, running_header_height
from .theme import FONT, Theme

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
class Metadata:
    title: str
    author: str
    subject: str
    language: str = "en-GB"
    keywords: tuple[str, ...] = field(default_factory=tuple)
    creator: str = "Programme Designer"


class _NumberedCanvas(Canvas):
    """Keeps each page back until the end, so every footer can say how many pages there are."""

    def __init__(self, *args: Any, furniture: PageFurniture, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._furniture = furniture
        self._held_pages: list[dict[str, Any]] = []
        self._page_marks: list[tuple[str, dict[str, Any]]] = []  # bookmarks on the page being drawn

    def showPage(self) -> None:  # ReportLab calls it by this name
        self._held_pages.append(dict(self.__dict__))
        self._page_marks = []
        self._startPage()

    def bookmarkPage(self, key: str, **where: Any) -> None:  # ReportLab's name; outline entries point here
        # A bookmark names the page being written; pages are held back, so it is made when its page is.
        self._page_marks.append((key, where))

    def save(self) -> None:
        total = len(self._held_pages)
        # Link annotations are named by a running count, which must keep running while held pages come back.
        annotations: int = getattr(self, "_annotationCount", 0)
        for state in self._held_pages:
            self.__dict__.update(state)
            self._annotationCount = annotations
            draw_footer(self, self._furniture, self._pageNumber, total)
            annotations = getattr(self, "_annotationCount", 0)
            for key, where in self._page_marks:
                Canvas.bookmarkPage(self, key, **where)
            Canvas.showPage(self)
        Canvas.save(self)

    @property
    def page_total(self) -> int:
        return len(self._held_pages)


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
            draw_running_header(canvas, furniture)
        if on_first_page is not None:
            on_first_page(canvas)

    def later(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        if running_header:
            draw_running_header(canvas, furniture)

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
