"""Fitting blocks to pages: how tall a story is, where it can be cut, and the layout that fits.

``BestFit`` keeps a block (an exercise) together on one page in the roomiest
of several layouts that fits, and only as a last resort carries it over to
the next page under a "continued" heading.  ``story_height``,
``split_story`` and ``balanced_split`` are the measuring it and the handout's
page planning share: how tall a run of flowables is, where it is cut to fit
the room left, and where two columns balance.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.platypus import Flowable, FrameBreak, KeepTogether, Spacer


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
