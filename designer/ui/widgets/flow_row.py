"""A row of widgets that stacks them one above the other when the pane is too narrow for them side by side.

Used where cutting a widget's words short would cost the therapist the very
thing it says: the ladder buttons ("Harder: Single-Leg Glute Bridge") and
the library's filters ("Any equipment").  Side by side when every widget fits
whole, stacked otherwise; never squeezed.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QLayout, QSizePolicy, QWidget


class FlowRow(QWidget):
    """Side by side when all fit whole at their preferred widths, else one above the other.

    ``fill``: the widgets share the whole width (filters); otherwise they keep their own width, to the left
    (buttons).
    """

    def __init__(
        self, widgets: Sequence[QWidget], *, fill: bool = False, spacing: int = 6, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._widgets = list(widgets)
        self._fill = fill
        self.row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(spacing)
        for widget in self._widgets:
            if fill:
                self.row.addWidget(widget, 1)
            else:
                widget.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
                self.row.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
        if not fill:
            self.row.addStretch(1)
        # The widget may be narrower than all side by side (they stack then): the layout must not insist.
        self.row.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)

    def width_side_by_side(self) -> int:
        shown = [widget for widget in self._widgets if not widget.isHidden()]
        return sum(widget.sizeHint().width() for widget in shown) + self.row.spacing() * max(0, len(shown) - 1)

    @property
    def stacked(self) -> bool:
        return self.row.direction() == QBoxLayout.Direction.TopToBottom

    def fit(self, width: int | None = None) -> None:
        """Side by side or stacked, for ``width`` (or the width there is, after a widget's text changed)."""
        side_by_side = (self.width() if width is None else width) >= self.width_side_by_side()
        direction = QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom
        if direction != self.row.direction():
            self.row.setDirection(direction)
            self.updateGeometry()  # the height needed has changed

    def minimumSizeHint(self) -> QSize:
        """Qt: as narrow as the widest widget (stacked); as tall as the arrangement chosen needs."""
        widest = max(
            (widget.minimumSizeHint().width() if self._fill else widget.sizeHint().width() for widget in self._widgets),
            default=0,
        )
        return QSize(widest, self.row.minimumSize().height())

    def sizeHint(self) -> QSize:
        """Qt: side by side if there is room, else stacked (the height follows the arrangement chosen)."""
        return QSize(self.width_side_by_side(), self.row.sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Qt: re-choose the arrangement for the new width."""
        super().resizeEvent(event)
        self.fit(event.size().width())
