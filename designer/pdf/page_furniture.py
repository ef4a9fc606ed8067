"""What is drawn around the story on every page: the running header and the footer with the clinic's contact line.

The header names the clinic, the plan and the client; the footer gives the
phone, email and website beside "Page N of M", made a little smaller or set
on two lines so that no contact detail is dropped.  ``document`` draws them
on each page as it builds the PDF; they are apart from it because fitting
names and contact details to the width of a page is a task of its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from designer.domain.clinic import is_safe_link

from .theme import FONT, FONT_BOLD, Theme, font_runs, text_width


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


def draw_footer(canvas: Canvas, furniture: PageFurniture, page: int, pages: int) -> None:
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


def draw_running_header(canvas: Canvas, furniture: PageFurniture) -> None:
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
