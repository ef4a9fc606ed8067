"""How a row looks in every list of the window: a picture, a name, and a quieter line under it.

Stage rows in the plan are drawn as headings, so the stages read as the
sections of the handout they will become.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

SUBTITLE_ROLE_DEFAULT = Qt.ItemDataRole.UserRole + 2


class TwoLineDelegate(QStyledItemDelegate):
    """Draws picture + title + subtitle; rows whose ``kind_role`` says "stage" become headings."""

    PADDING = 6

    def __init__(
        self,
        subtitle_role: int,
        kind_role: int | None = None,
        parent: QWidget | None = None,
        picture_size: int = 0,
    ) -> None:
        super().__init__(parent)
        self._subtitle_role = subtitle_role
        self._kind_role = kind_role
        self._picture_size = picture_size

    def _is_heading(self, index: QModelIndex | QPersistentModelIndex) -> bool:
        return self._kind_role is not None and index.data(self._kind_role) == "stage"

    def _fonts(self, option: QStyleOptionViewItem, heading: bool) -> tuple[QFont, QFont]:
        title = QFont(option.font)
        if heading:
            title.setBold(True)
            title.setPointSizeF(title.pointSizeF() * 1.08)
        else:
            title.setWeight(QFont.Weight.DemiBold)
        subtitle = QFont(option.font)
        subtitle.setPointSizeF(option.font.pointSizeF() * 0.92)
        return title, subtitle

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        """Qt: tall enough for two lines of text, or the picture, whichever is taller."""
        heading = self._is_heading(index)
        title, subtitle = self._fonts(option, heading)
        text_height = QFontMetrics(title).height() + QFontMetrics(subtitle).height() + 2
        picture = 0 if heading else self._picture_size
        height = max(text_height, picture) + 2 * self.PADDING + (4 if heading else 0)
        return QSize(200, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        """Qt: draw the row ourselves, keeping the style's selection and hover colours."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        heading = self._is_heading(index)
        widget = opt.widget
        style = widget.style() if widget is not None else None
        painter.save()
        if heading and not opt.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(opt.rect.adjusted(0, 2, 0, -1), QColor("#EEF4F2"))
        opt.text = ""
        opt.icon = opt.icon.__class__()
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = opt.rect.adjusted(self.PADDING, self.PADDING, -self.PADDING, -self.PADDING)
        picture = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(picture, QPixmap) and not picture.isNull() and not heading:
            size = min(self._picture_size or picture.height(), rect.height())
            top = rect.top() + (rect.height() - size) // 2
            painter.drawPixmap(QRect(rect.left(), top, size, size), picture)
            rect.setLeft(rect.left() + size + 10)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Active
        text_colour = opt.palette.color(group, QPalette.ColorRole.HighlightedText if selected
                                        else QPalette.ColorRole.Text)
        quiet = QColor(text_colour)
        if not selected:
            quiet = QColor("#5E6B69")
        title_font, subtitle_font = self._fonts(opt, heading)
        title_metrics, subtitle_metrics = QFontMetrics(title_font), QFontMetrics(subtitle_font)
        subtitle = str(index.data(self._subtitle_role) or "")
        total = title_metrics.height() + (subtitle_metrics.height() + 2 if subtitle else 0)
        top = rect.top() + (rect.height() - total) // 2
        painter.setFont(title_font)
        painter.setPen(QColor("#1F4E4B") if heading and not selected else text_colour)
        title = title_metrics.elidedText(str(index.data(Qt.ItemDataRole.DisplayRole) or ""),
                                         Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(QRect(rect.left(), top, rect.width(), title_metrics.height()),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), title)
        if subtitle:
            painter.setFont(subtitle_font)
            painter.setPen(quiet)
            line = subtitle_metrics.elidedText(subtitle, Qt.TextElideMode.ElideRight, rect.width())
            painter.drawText(QRect(rect.left(), top + title_metrics.height() + 2, rect.width(),
                                   subtitle_metrics.height()),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), line)
        painter.restore()
