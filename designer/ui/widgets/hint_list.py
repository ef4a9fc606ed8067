"""A list view that says what to do when it is empty, instead of showing a blank box."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QListView, QWidget

from .row_delegate import TwoLineDelegate


class HintListView(QListView):
    """A ``QListView`` with two-line rows and a hint painted while it has no rows."""

    def __init__(
        self, subtitle_role: int, empty_text: str = "", parent: QWidget | None = None, picture_size: QSize | None = None
    ) -> None:
        super().__init__(parent)
        self.empty_text = empty_text
        self.setItemDelegate(TwoLineDelegate(subtitle_role, None, self, picture_size=picture_size))
        self.setUniformItemSizes(True)

    def set_empty_text(self, text: str) -> None:
        self.empty_text = text
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Qt: paint the rows, or the hint when there are none."""
        super().paintEvent(event)
        model = self.model()
        if (model is not None and model.rowCount() > 0) or not self.empty_text:
            return
        painter = QPainter(self.viewport())
        painter.setPen(QColor("#6B7775"))
        rect = self.viewport().rect().adjusted(12, 12, -12, -12)
        painter.drawText(
            rect,
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
            self.empty_text,
        )
        painter.end()
