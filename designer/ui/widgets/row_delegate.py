"""How a row looks in every list of the window: a picture, a name, and a quieter line under it.

Stage rows in the plan are drawn as headings, so the stages read as the
sections of the handout they will become.  Where a list is narrow (the
library), a long name wraps onto a second line rather than losing its end;
whatever still does not fit ends in "…" (a level such as "Moderate" is kept
whole, its category shortened), and the row's tooltip has it whole.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ..theme import ACCENT_DARK, QUIET

# A stage's row: a pale tint of the clinic green, so the stages stand apart from their exercises.
STAGE_ROW = "#EEF4F2"

SUBTITLE_ROLE_DEFAULT = Qt.ItemDataRole.UserRole + 2
SUBTITLE_PARTS = " · "  # how the models join the parts of a row's second line ("Glute strength · Gentle")


def wrap_text(text: str, metrics: QFontMetrics, width: int, most_lines: int, separator: str = " ") -> list[str]:
    """``text`` broken at ``separator`` into at most ``most_lines`` lines of ``width``; the last ends in "…" if
    cut.  A separator where a line breaks is left out ("Glute strength · Moderate" wraps at the dot)."""
    words = [word.strip() for word in text.split(separator) if word.strip()]
    lines: list[str] = []
    current = ""
    for position, word in enumerate(words):
        trial = f"{current}{separator}{word}" if current else word
        if not current or metrics.horizontalAdvance(trial) <= width:
            current = trial
            continue
        if len(lines) == most_lines - 1:
            current = separator.join([current, *words[position:]])  # the last line takes the rest, shortened
            break
        lines.append(current)
        current = word
    if current or not lines:
        lines.append(current)
    # Only shorten a line that does not fit: elidedText measures a little differently from horizontalAdvance
    # for some fonts and would otherwise cut a line that fits exactly.
    return [
        metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)
        if metrics.horizontalAdvance(line) > width
        else line
        for line in lines
    ]


def fit_subtitle(text: str, metrics: QFontMetrics, width: int, most_lines: int) -> list[str]:
    """The subtitle's lines; when it must be shortened, its last part ("Moderate", the level a therapist scans
    for) stays whole and the part before it ("Glute strength") is shortened instead."""
    lines = wrap_text(text, metrics, width, most_lines, SUBTITLE_PARTS)
    parts = [part.strip() for part in text.split(SUBTITLE_PARTS) if part.strip()]
    if len(parts) < 2 or not lines[-1].endswith("…") or parts[-1] in lines[-1]:
        return lines
    last = parts[-1]
    room = width - metrics.horizontalAdvance(SUBTITLE_PARTS + last)
    shown = lines[-1].removesuffix("…").rstrip(" ·")
    if room < metrics.horizontalAdvance("Ab…"):
        return lines  # too narrow for both: the first part, shortened, as before
    lines[-1] = metrics.elidedText(shown, Qt.TextElideMode.ElideRight, room) + SUBTITLE_PARTS + last
    return lines


class TwoLineDelegate(QStyledItemDelegate):
    """Draws picture + title + subtitle; rows whose ``kind_role`` says "stage" become headings.

    ``title_lines`` is how many lines a long title may take before it is shortened; a title that needs
    fewer leaves its lines to the subtitle.
    """

    PADDING = 2  # a little air round the picture, and no more: a plan of seven is wholly in view at 1440 × 900

    def __init__(
        self,
        subtitle_role: int,
        kind_role: int | None = None,
        parent: QWidget | None = None,
        picture_size: QSize | None = None,
        title_lines: int = 1,
    ) -> None:
        super().__init__(parent)
        self._subtitle_role = subtitle_role
        self._kind_role = kind_role
        self._picture = QSize(picture_size) if picture_size is not None else QSize(0, 0)
        self._title_lines = max(1, title_lines)

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
        """Qt: tall enough for the title's lines and the subtitle, or the picture, whichever is taller."""
        heading = self._is_heading(index)
        title, subtitle = self._fonts(option, heading)
        if heading:  # one line: "Strength · 3 exercises" (the plan's rows need the height)
            return QSize(200, QFontMetrics(title).height() + 2 * self.PADDING + 4)
        text_height = QFontMetrics(title).height() * self._title_lines + QFontMetrics(subtitle).height() + 2
        height = max(text_height, self._picture.height()) + 2 * self.PADDING
        return QSize(200, height)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        """Qt: draw the row ourselves, keeping the style's selection and hover colours."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        heading = self._is_heading(index)
        widget = opt.widget
        style = widget.style() if widget is not None else None
        painter.save()
        if heading and not opt.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(opt.rect.adjusted(0, 2, 0, -1), QColor(STAGE_ROW))
        opt.text = ""
        opt.icon = opt.icon.__class__()
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = opt.rect.adjusted(self.PADDING + 1, self.PADDING, -self.PADDING, -self.PADDING)
        picture = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(picture, QPixmap) and not picture.isNull() and not heading:
            # The pixmap may hold more device pixels than it covers (a high-resolution screen): place it by
            # its logical size.
            size = self._picture if not self._picture.isEmpty() else picture.deviceIndependentSize().toSize()
            if size.height() > rect.height():
                size = size.scaled(QSize(size.width(), rect.height()), Qt.AspectRatioMode.KeepAspectRatio)
            top = rect.top() + (rect.height() - size.height()) // 2
            painter.drawPixmap(QRect(rect.left(), top, size.width(), size.height()), picture)
            rect.setLeft(rect.left() + size.width() + 10)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text_colour = opt.palette.color(
            QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        # On a selected row everything takes the selection's text colour; otherwise the second line is quieter.
        quiet = text_colour if selected else QColor(QUIET)
        title_font, subtitle_font = self._fonts(opt, heading)
        title_metrics, subtitle_metrics = QFontMetrics(title_font), QFontMetrics(subtitle_font)
        subtitle = str(index.data(self._subtitle_role) or "")
        if heading:
            title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            # A stage's title in the green of the headings, unless the row is selected.
            ink = text_colour if selected else QColor(ACCENT_DARK)
            self._paint_heading(painter, rect, (title, subtitle), (title_font, subtitle_font), (ink, quiet))
            painter.restore()
            return
        titles = wrap_text(
            str(index.data(Qt.ItemDataRole.DisplayRole) or ""), title_metrics, rect.width(), self._title_lines
        )
        spare = self._title_lines - len(titles)
        subtitles = fit_subtitle(subtitle, subtitle_metrics, rect.width(), 1 + spare) if subtitle else []
        line_height = title_metrics.height()
        total = line_height * len(titles) + (subtitle_metrics.height() * len(subtitles) + 2 if subtitles else 0)
        top = rect.top() + (rect.height() - total) // 2
        painter.setFont(title_font)
        painter.setPen(text_colour)
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for line in titles:
            painter.drawText(QRect(rect.left(), top, rect.width(), line_height), flags, line)
            top += line_height
        for line in subtitles:
            painter.setFont(subtitle_font)
            painter.setPen(quiet)
            painter.drawText(QRect(rect.left(), top + 2, rect.width(), subtitle_metrics.height()), flags, line)
            top += subtitle_metrics.height()
        painter.restore()

    def _paint_heading(
        self,
        painter: QPainter,
        rect: QRect,
        texts: tuple[str, str],
        fonts: tuple[QFont, QFont],
        colours: tuple[QColor, QColor],
    ) -> None:
        """A stage's row: its title, then its quieter count on the same line ("Strength · 3 exercises").

        ``texts``, ``fonts`` and ``colours``: the title's and the count's, as ``paint`` worked them out.
        """
        title, subtitle = texts
        title_font, subtitle_font = fonts
        ink, quiet = colours
        title_metrics, subtitle_metrics = QFontMetrics(title_font), QFontMetrics(subtitle_font)
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        count = f"{SUBTITLE_PARTS}{subtitle}" if subtitle else ""
        room = rect.width() - (subtitle_metrics.horizontalAdvance(count) if count else 0)
        shown = title_metrics.elidedText(title, Qt.TextElideMode.ElideRight, max(room, rect.width() // 2))
        painter.setFont(title_font)
        painter.setPen(ink)
        painter.drawText(rect, flags, shown)
        if count:
            left = rect.left() + title_metrics.horizontalAdvance(shown)
            painter.setFont(subtitle_font)
            painter.setPen(quiet)
            painter.drawText(QRect(left, rect.top(), rect.right() - left, rect.height()), flags, count)
