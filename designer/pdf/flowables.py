"""Small building blocks for the handout's pages that ReportLab does not offer as such.

``Panel`` is a calm box (a pale background, a thin border or a coloured bar
on the left) around any flowables.  Unlike a one-cell table it splits across
pages, so a 5,000-character note inside it still flows instead of failing.
``BestFit`` keeps a block (an exercise) together on one page in the roomiest
of several layouts that fits, and only as a last resort carries it over to
the next page under a "continued" heading.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable, FrameBreak, KeepTogether, Spacer, TableStyle
from reportlab.platypus import Paragraph as _ReportLabParagraph

from .theme import FONT

# Taller than any page, so a child reports its natural height when asked.
_UNLIMITED = 1e6


class Paragraph(_ReportLabParagraph):
    """A ReportLab paragraph that parses its markup once and breaks its lines once per width.

    An exercise is measured to choose its layout and balance its columns, then
    laid out again by the table and the frame, always at the same few widths,
    and the window renders the same plan again after every edit; parsing and
    breaking lines anew each time was most of a render's time.  A paragraph's
    lines depend only on its text, style, bullet and width, so paragraphs with
    the same ones share them (``_SHARED``, kept for the most recent thousands):
    a new paragraph is then in the state one already laid out at that width is in.
    """

    # Set by ReportLab's own ``_setup``; named here for the type checker.
    text: str
    style: Any
    frags: Any
    bulletText: Any

    def __init__(
        self,
        text: str,
        style: Any = None,
        bulletText: str | None = None,
        frags: Any = None,
        caseSensitive: int = 1,
        encoding: str = "utf8",
    ) -> None:
        key = (text, style, bulletText, caseSensitive) if frags is None and style is not None else None
        shared = _shared(key) if key is not None else None
        if shared is None:
            super().__init__(text, style, bulletText, frags, caseSensitive, encoding)
            shared = _Shared(self.text, self.style, self.frags, self.bulletText)
            if key is not None:
                _keep(key, shared)
        else:
            self.caseSensitive = caseSensitive
            self.encoding = encoding
            self.text, self.style, self.frags, self.bulletText = shared.text, shared.style, shared.frags, shared.bullet
            self.debug = 0
        self._shared_lines = shared

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        shared: _Shared = self._shared_lines
        found = shared.lines.get(availWidth)
        if found is not None:
            self.width, self.height, self.blPara, self._wrapWidths, self.frags, self._width_max = found
            return self.width, self.height
        width, height = super().wrap(availWidth, availHeight)
        if availWidth >= 1e-6:  # ReportLab's "cannot fit here" answer is not worth keeping
            with _shared_lock:
                shared.lines[availWidth] = (
                    self.width,
                    self.height,
                    self.blPara,
                    self._wrapWidths,
                    self.frags,
                    getattr(self, "_width_max", 0),
                )
        return width, height


class SectionGap(Spacer):
    """Space between two sections that vanishes at the foot of a page, rather than move on and open the next
    page with a blank (which could push a long section past that page too, leaving it empty)."""

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return [Spacer(1, 0)] if availHeight < self.height else []


@dataclass
class _Shared:
    """What paragraphs with the same text, style and bullet share: the parsed text, and its lines per width."""

    text: str
    style: Any
    frags: Any
    bullet: Any
    lines: dict[float, tuple[Any, ...]] = field(default_factory=dict)


_SHARED: OrderedDict[tuple[Any, ...], _Shared] = OrderedDict()
_SHARED_SIZE = 4000  # paragraphs: several plans in every layout, a few megabytes
_shared_lock = threading.Lock()


def _shared(key: tuple[Any, ...]) -> _Shared | None:
    with _shared_lock:
        found = _SHARED.get(key)
        if found is not None:
            _SHARED.move_to_end(key)
        return found


def _keep(key: tuple[Any, ...], shared: _Shared) -> None:
    with _shared_lock:
        _SHARED[key] = shared
        while len(_SHARED) > _SHARED_SIZE:
            _SHARED.popitem(last=False)


class Panel(Flowable):
    """Flowables inside a box with padding, an optional background, border and left bar; splits across pages."""

    def __init__(
        self,
        content: Sequence[Flowable],
        *,
        background: colors.Color | None = None,
        border: colors.Color | None = None,
        bar: colors.Color | None = None,
        padding: tuple[float, float] = (10, 12),
        bar_width: float = 3.5,
        radius: float = 4,
        space_before: float = 0,
        space_after: float = 0,
    ) -> None:
        super().__init__()
        self.content = list(content)
        self.background = background
        self.border = border
        self.bar = bar
        self.pad_y, self.pad_x = padding
        self.bar_width = bar_width if bar is not None else 0
        self.radius = radius
        self.spaceBefore = space_before
        self.spaceAfter = space_after
        self._placed: list[tuple[Flowable, float, float]] = []  # (flowable, height, gap above)
        self.width = 0.0
        self.height = 0.0

    def _inner_width(self, available_width: float) -> float:
        return available_width - 2 * self.pad_x - self.bar_width

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        inner = self._inner_width(available_width)
        placed: list[tuple[Flowable, float, float]] = []
        total = 0.0
        for index, item in enumerate(self.content):
            _width, height = item.wrapOn(self.canv, inner, _UNLIMITED)
            gap = 0.0 if index == 0 else max(item.getSpaceBefore(), self.content[index - 1].getSpaceAfter())
            placed.append((item, height, gap))
            total += gap + height
        self._placed = placed
        self.width = available_width
        self.height = total + 2 * self.pad_y
        return self.width, self.height

    def _copy(self, content: Sequence[Flowable]) -> Panel:
        return Panel(
            content,
            background=self.background,
            border=self.border,
            bar=self.bar,
            padding=(self.pad_y, self.pad_x),
            bar_width=self.bar_width if self.bar is not None else 3.5,
            radius=self.radius,
            space_before=self.spaceBefore,
            space_after=self.spaceAfter,
        )

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        inner = self._inner_width(available_width)
        room = available_height - 2 * self.pad_y
        if room <= 0:
            return []
        used = 0.0
        for index, item in enumerate(self.content):
            gap = 0.0 if index == 0 else max(item.getSpaceBefore(), self.content[index - 1].getSpaceAfter())
            _width, height = item.wrapOn(self.canv, inner, _UNLIMITED)
            if used + gap + height <= room:
                used += gap + height
                continue
            parts = item.splitOn(self.canv, inner, room - used - gap) if room - used - gap > 0 else []
            if len(parts) >= 2:
                head = [*self.content[:index], parts[0]]
                tail = [*parts[1:], *self.content[index + 1 :]]
            elif index > 1:  # a panel's heading (its first line) never ends a page on its own
                head = self.content[:index]
                tail = self.content[index:]
            else:
                return []
            return [self._copy(head), self._copy(tail)]
        return [self]

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        if self.background is not None or self.border is not None:
            canvas.setFillColor(self.background or colors.white)
            if self.border is not None:
                canvas.setStrokeColor(self.border)
                canvas.setLineWidth(0.8)
            canvas.roundRect(
                0,
                0,
                self.width,
                self.height,
                self.radius,
                stroke=1 if self.border is not None else 0,
                fill=1 if self.background is not None else 0,
            )
        if self.bar is not None:
            canvas.setFillColor(self.bar)
            canvas.rect(0, 0, self.bar_width, self.height, stroke=0, fill=1)
        canvas.restoreState()
        y = self.height - self.pad_y
        x = self.bar_width + self.pad_x
        for item, height, gap in self._placed:
            y -= gap + height
            item.drawOn(canvas, x, y)


class BestFit(KeepTogether):
    """A block kept together on one page in the first of several layouts (roomiest first) that fits.

    Where the block would start part-way down a page with at least
    ``fill_from`` of a page free, a more compact layout may let it start there
    rather than leave the page half empty; with less room it starts on a new
    page in the roomiest layout that fits a whole page.  When even the most
    compact layout is taller than a page, it is carried over in its roomiest
    layout: what fits stays on the page and the rest follows under the heading
    ``continued()`` makes (without one, the block simply flows on).
    """

    def __init__(
        self,
        layouts: Sequence[Callable[[], list[Flowable]]],
        page_height: float,
        *,
        fill_from: float = 0.45,
        continued: Callable[[], list[Flowable]] | None = None,
        space_before: float = 0,
        carry_over: int = 0,
        sharing: int | None = None,
    ) -> None:
        self._layouts = list(layouts)
        # How many of the layouts (the first) may start part-way down a page; the rest only at a page's top.
        self._sharing = len(self._layouts) if sharing is None else sharing
        # The layout carried over when none fits a page: one that splits (not a two-column table row).
        self._carry_over = carry_over
        # A gap above the block as space before it, which a page drops at its top (a Spacer would not).
        self._space_before = space_before
        self._built: dict[int, list[Flowable]] = {}
        self._heights: dict[tuple[int, float], float] = {}
        self._page_height = page_height
        self._fill_from = fill_from
        self._continued = continued
        super().__init__(self._layout(0))

    def getSpaceBefore(self) -> float:  # ReportLab asks by this name
        return self._space_before

    def set_space_before(self, space: float) -> None:
        self._space_before = space

    def _layout(self, index: int) -> list[Flowable]:
        if index not in self._built:
            self._built[index] = self._layouts[index]()
        return self._built[index]

    def height(self, index: int, width: float) -> float:
        """The height of layout ``index`` laid out ``width`` wide (measured once: frames ask again and again)."""
        key = (index, round(width, 2))
        if key not in self._heights:
            self._heights[key] = story_height(self._layout(index), width, self._page_height)
        return self._heights[key]

    def first_fitting(self, width: float, room: float, among: int | None = None) -> int | None:
        """The roomiest layout (of the first ``among``) no taller than ``room``, or None."""
        for index in range(len(self._layouts) if among is None else among):
            if self.height(index, width) <= room:
                return index
        return None

    def chosen_layout(self, width: float) -> list[Flowable]:
        """The layout used at the top of a page (for measuring a whole block)."""
        index = self.first_fitting(width, self._page_height)
        return self._layout(self._carry_over if index is None else index)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._content = self.chosen_layout(available_width)
        return available_width, 0xFFFFFF  # too tall on purpose: the frame then asks ``split`` where it goes

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        frame = getattr(self, "_frame", None)
        at_top = frame is None or bool(getattr(frame, "_atTop", False))
        if at_top or available_height >= self._page_height * self._fill_from:
            index = self.first_fitting(available_width, available_height, None if at_top else self._sharing)
            if index is not None:
                return list(self._layout(index))
        if not at_top:
            index = self.first_fitting(available_width, self._page_height)
            # A block too tall for any page starts at the top of one too, so it is split as little as possible.
            return [FrameBreak(), *(self._layout(index) if index is not None else [self])]
        # Two pages it is, so nothing is gained by a smaller picture: the roomiest layout is carried over.
        roomiest = self._layout(self._carry_over)
        continued = self._continued
        if continued is None:
            return list(roomiest)
        head, tail = split_story(roomiest, available_width, available_height, self.canv)
        # A page holding only the last line or two looks forgotten: carry over at least a fifth of a page.
        least = self._page_height * 0.2
        left_over = story_height(tail, available_width, self._page_height)
        if 0 < left_over < least:
            head, tail = split_story(roomiest, available_width, available_height - (least - left_over), self.canv)
        if not head:
            return list(roomiest)
        rest = BestFit(
            [lambda: [*continued(), *tail]], self._page_height, fill_from=self._fill_from, continued=continued
        )
        return [*head, rest]


def split_story(
    story: Sequence[Flowable], width: float, room: float, canvas: object = None
) -> tuple[list[Flowable], list[Flowable]]:
    """``story`` cut in two: the head that fits ``room`` (splitting one flowable if it can), and the rest.

    A heading (a flowable that keeps with the next) never ends the head.
    """
    room -= 2  # a little slack: the frame's own sums round differently
    head: list[Flowable] = []
    tail: list[Flowable] = []
    used = 0.0
    for index, flowable in enumerate(story):
        space = max(flowable.getSpaceBefore(), story[index - 1].getSpaceAfter()) if head else 0.0
        _width, height = flowable.wrapOn(canvas, width, room)
        if used + space + height <= room:
            head.append(flowable)
            used += space + height
            continue
        left = room - used - space
        parts = flowable.splitOn(canvas, width, left) if left > 0 else []
        if len(parts) >= 2:
            head.append(parts[0])
            tail = [*parts[1:], *story[index + 1 :]]
        else:
            tail = list(story[index:])
        break
    while head and head[-1].getKeepWithNext():
        tail.insert(0, head.pop())
    return head, tail


def story_height(story: Sequence[Flowable], width: float, height: float) -> float:
    """How tall ``story`` is when laid out in a frame ``width`` wide, with the frame's spacing between flowables."""
    total = 0.0
    for index, flowable in enumerate(story):
        if isinstance(flowable, BestFit):
            flowable_height = story_height(flowable.chosen_layout(width), width, height)
        elif isinstance(flowable, KeepTogether):
            # KeepTogether claims to be endlessly tall to make the frame split it; measure what it holds.
            flowable_height = story_height(flowable._content, width, height)
        else:
            _width, flowable_height = flowable.wrapOn(None, width, height)
        total += flowable_height + (flowable.getSpaceBefore() if index else 0)
        if index < len(story) - 1:
            total += flowable.getSpaceAfter()
    return total


def balanced_split(head: Sequence[Flowable], flow: Sequence[Flowable], width: float, height: float) -> int:
    """Where ``flow`` moves from the first column to the second (under ``head``), both ``width`` wide.

    The taller column is made as short as it can be.  A column never ends with a heading (a flowable
    that keeps with the next) or starts with a gap.  Each flowable is measured once.
    """
    sizes = [_measured(flowable, width, height) for flowable in flow]
    head_height = story_height(head, width, height)
    count = len(flow)
    best = (float("inf"), count)
    for split in range(1, count + 1):
        if flow[split - 1].getKeepWithNext() and split < count:
            continue
        start = split
        while start < count and isinstance(flow[start], Spacer):
            start += 1
        first = _column_height(flow[:split], sizes[:split])
        second = head_height + _column_height(flow[start:], sizes[start:])
        best = min(best, (max(first, second), split))
    return best[1]


def _measured(flowable: Flowable, width: float, height: float) -> float:
    return flowable.wrapOn(None, width, height)[1]


def _column_height(story: Sequence[Flowable], sizes: Sequence[float]) -> float:
    """``story_height`` from heights already measured."""
    total = 0.0
    for index, flowable in enumerate(story):
        total += sizes[index] + (flowable.getSpaceBefore() if index else 0)
        if index < len(story) - 1:
            total += flowable.getSpaceAfter()
    return total


def table_style(*commands: tuple[object, ...], padding: float = 0) -> TableStyle:
    """A table style in the handout's font with ``padding`` round every cell, then ``commands`` on top.

    Setting the font matters even for tables of paragraphs: ReportLab otherwise names Helvetica on every page.
    """
    return TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("LEFTPADDING", (0, 0), (-1, -1), padding),
            ("RIGHTPADDING", (0, 0), (-1, -1), padding),
            ("TOPPADDING", (0, 0), (-1, -1), padding),
            ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
            *commands,
        ]
    )
