"""A one-line label that ends in "…" when its pane is too narrow, with the whole text in its tooltip.

A plain ``QLabel`` either widens its pane or is cut off mid-letter; this one
gives way gracefully, and the therapist can still read the rest by pointing
at it.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    """A ``QLabel`` for one line of plain text that shortens itself with "…" instead of growing."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def setText(self, text: str) -> None:
        """Qt: the whole text also goes into the tooltip, for when it is shortened."""
        super().setText(text)
        self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:
        """Qt: may shrink to a few letters."""
        return QSize(self.fontMetrics().horizontalAdvance("Abc…"), super().minimumSizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        """Qt: draw the text shortened to the width there is."""
        painter = QPainter(self)
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        self.style().drawItemText(
            painter, rect, int(self.alignment()), self.palette(), self.isEnabled(), text, self.foregroundRole()
        )
        painter.end()
