"""Small building blocks for the handout's pages that ReportLab does not offer as such.

``Panel`` is a calm box (a pale background, a thin border or a coloured bar
on the left) around any flowables.  Unlike a one-cell table it splits across
pages, so a 5,000-character note inside it still flows instead of failing.
``SectionGap`` is space between sections that a page's foot drops, and
``table_style`` a table style in the handout's font.  The paragraph is in
``paragraphs``; fitting blocks to pages (``BestFit``) is in ``fitting``.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.platypus import Flowable, Spacer, TableStyle

from .theme import FONT

# Taller than any page, so a child reports its natural height when asked.
_UNLIMITED = 1e6


class SectionGap(Spacer):
    """Space between two sections that vanishes at the foot of a page, rather than move on and open the next
    page with a blank (which could push a long section past that page too, leaving it empty)."""

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return [Spacer(1, 0)] if availHeight < self.height else []


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


class ExerciseMark(Flowable):
    """Takes no room; marks where an exercise starts, as an entry of the PDF's outline ("3 Bird Dog").

    A client reading the PDF on a phone or computer can jump to an exercise from the viewer's outline,
    and the window's preview finds the page of the exercise being edited the same way.
    """

    def __init__(self, number: int, name: str) -> None:
        super().__init__()
        self.key = f"exercise-{number}"
        self.title = f"{number} {name}"

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        # A little above the heading, so the page shown starts just over it, not cut through it.
        self.canv.bookmarkHorizontal(self.key, 0, 18)
        self.canv.addOutlineEntry(self.title, self.key, level=0)
