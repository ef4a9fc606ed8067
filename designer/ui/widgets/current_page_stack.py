"""Pages stacked in one place, as tall as the page shown (Qt's stack asks for the tallest of its pages)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QStackedWidget


class CurrentPageStack(QStackedWidget):
    """The details under the rows, as tall as the page shown needs (a stage's page is taller than an
    exercise's prescription, and the rows should not give up that height while an exercise is shown)."""

    def sizeHint(self) -> QSize:
        """Qt: the shown page's size, not the largest page's."""
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        """Qt: the shown page's least size."""
        page = self.currentWidget()
        return page.minimumSizeHint() if page is not None else super().minimumSizeHint()
