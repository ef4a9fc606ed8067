"""The window's four panes side by side (clients, library, plan, preview), and how wide each one is.

On the first showing the widths come from the window's width: the client list as narrow as its buttons allow, the
library wide enough for a picture and two lines of name, and the plan at least as wide as its prescription needs
for three fields to a row (two rows less under the plan on a short screen), the preview keeping room for its zoom
buttons.  After that the panes keep their proportions as the window grows or shrinks (a maximised window, another
screen), whether they came from here or from the therapist dragging a handle.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSplitter, QWidget

PANE_AT_LEAST = 220  # px: no pane is squeezed below this
PREVIEW_AT_LEAST = 270  # px: the preview's zoom buttons and page still fit (its other controls stack)
PREVIEW_AT_LEAST_NARROW = 250  # px: on a narrow screen, just the zoom buttons


class PaneRow(QSplitter):
    """A horizontal splitter of the window's panes whose widths keep their proportions as it is resized.

    ``plan_needs`` says how wide the plan's pane must be for three prescription fields to a row.
    """

    def __init__(self, panes: list[QWidget], plan_needs: Callable[[], int], parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setHandleWidth(8)
        self.setChildrenCollapsible(False)
        self._plan_needs = plan_needs
        self._panes = panes
        self._shares: list[float] = []  # each pane's share of the width, once the panes have been given widths
        for pane in panes:
            pane.setMinimumWidth(PANE_AT_LEAST)
            self.addWidget(pane)
        self.setSizes([260, 300, 470, 366])  # until the window is shown (see ``size_for_width``)
        self.splitterMoved.connect(lambda *_: self.keep_proportions())

    def size_for_width(self) -> None:
        """Give the panes their first widths for the width there is now."""
        available = self.width() - self.handleWidth() * (self.count() - 1)
        clients_pane, library_pane, plan_pane, preview_pane = self._panes
        clients = max(240, clients_pane.minimumSizeHint().width())
        library = min(330, max(264, round(available * 0.225)))  # a picture and two lines of name beside it
        rest = max(0, available - clients - library)
        pane_layout = plan_pane.layout()
        margins = pane_layout.contentsMargins() if pane_layout is not None else plan_pane.contentsMargins()
        three_fields = self._plan_needs() + margins.left() + margins.right() + 2  # + the pane's border
        plan = min(max(round(rest * 0.57), three_fields), rest - PREVIEW_AT_LEAST)
        preview = rest - plan
        if plan < three_fields:
            # A narrow screen (1280 wide): three fields to a row save the plan two rows of height, so the
            # library, the client list and the preview give up width for them, down to what each needs.
            short = three_fields - plan
            widths = [library, clients, preview]
            least = [max(PANE_AT_LEAST, pane.minimumSizeHint().width()) for pane in (library_pane, clients_pane)]
            least.append(max(PREVIEW_AT_LEAST_NARROW, preview_pane.minimumSizeHint().width()))
            for place, floor in enumerate(least):
                given = min(short, max(0, widths[place] - floor))
                widths[place] -= given
                short -= given
            library, clients, preview = widths
            plan = available - clients - library - preview
        self.setSizes([clients, library, plan, preview])
        self.keep_proportions()

    def keep_proportions(self) -> None:
        """Remember the panes' widths as shares of the whole, to be kept when the window is resized."""
        sizes = self.sizes()
        total = sum(sizes)
        self._shares = [size / total for size in sizes] if total > 0 else []

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Qt: a wider or narrower window keeps the panes' proportions (each pane at least its minimum)."""
        super().resizeEvent(event)
        if not self._shares or event.oldSize().width() == event.size().width():
            return
        total = sum(self.sizes())
        widths = [round(share * total) for share in self._shares]
        widths[-1] = total - sum(widths[:-1])  # whole pixels that add up
        # Qt keeps each pane at its minimum width, taking the rest from the others.  The shares stay as they were
        # (setSizes does not count as a drag), so a wider window gets the therapist's proportions back.
        self.setSizes(widths)
