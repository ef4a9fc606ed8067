"""The live handout preview, with the layout choice and the tracking-sheet switch beside it.

The panel shows PDF bytes it is given (rendered off the GUI thread by
``PreviewRenderer``).  It keeps the reading position when a new render
replaces the old one, so the therapist does not lose their place while
editing an exercise on page 3; choosing an exercise in the plan turns to
its page (found through the PDF's outline, which names each exercise).
The page fits the pane's width, or shows at its printed size to check
small print.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QBuffer, QByteArray, QDateTime, QIODevice, QPointF, Qt, QTime, Signal
from PySide6.QtPdf import QPdfBookmarkModel, QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from designer.domain import Layout

from .flow_row import FlowRow
from .forms import choice_box, quiet_label


class PreviewPanel(QWidget):
    """Shows the handout as it will print."""

    layoutChosen = Signal(str)  # a Layout value
    trackingToggled = Signal(bool)
    appointmentChanged = Signal()  # the next appointment printed in the booking box was set, changed or cleared

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel("Handout preview")
        heading.setObjectName("paneHeading")
        self.layout_choice = choice_box([(layout.label, layout.value) for layout in Layout])
        self.layout_choice.setToolTip("How the handout is laid out")
        self.layout_choice.setAccessibleName("Handout layout")
        self.tracking = QCheckBox("Tracking sheet")
        self.tracking.setToolTip("Add a weekly page where the client ticks off each session")
        # Side by side, or one above the other in a narrow pane (a small screen gives the plan the width).
        controls = FlowRow([self.layout_choice, self.tracking], spacing=8)
        # The booking box can carry the next appointment, as the therapist books it at the desk.
        self.next_visit = QCheckBox("Next appointment")
        self.next_visit.setToolTip("Print the client's next appointment in the handout's booking box")
        self.next_visit_at = QDateTimeEdit(_next_week())
        self.next_visit_at.setCalendarPopup(True)
        self.next_visit_at.setDisplayFormat("d MMM yyyy HH:mm")
        self.next_visit_at.setAccessibleName("Date and time of the next appointment")
        self.next_visit_at.setEnabled(False)
        # The date under its tick box, not beside it: in a narrow pane neither loses its words.
        appointment = QVBoxLayout()
        appointment.setSpacing(2)
        appointment.addWidget(self.next_visit)
        appointment.addWidget(self.next_visit_at)

        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        # A stop on the Tab round, so the handout can be scrolled with the arrow and Page keys.
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view.setAccessibleName("Handout preview")
        self.message = QLabel()
        self.message.setObjectName("emptyState")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.message)
        self.stack.addWidget(self.view)
        self.status = quiet_label()
        self.bookmarks = QPdfBookmarkModel(self)
        self.bookmarks.setDocument(self.document)
        self.fit_width = self._zoom_button("Fit width", "Ctrl+0", "Show the whole width of the page")
        self.actual_size = self._zoom_button("100%", "Ctrl+1", "Show the page at its printed size")
        self.fit_width.setChecked(True)
        zoom = QButtonGroup(self)
        zoom.setExclusive(True)
        zoom.addButton(self.fit_width)
        zoom.addButton(self.actual_size)
        zoom_row = QHBoxLayout()
        zoom_row.addWidget(QLabel("Zoom:"))
        zoom_row.addWidget(self.fit_width)
        zoom_row.addWidget(self.actual_size)
        zoom_row.addStretch(1)

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(heading)
        column.addWidget(controls)
        column.addLayout(appointment)
        column.addWidget(self.stack, 1)
        column.addLayout(zoom_row)
        column.addWidget(self.status)

        self._buffer: QBuffer | None = None
        self._bytes = b""
        self.layout_choice.currentIndexChanged.connect(
            lambda _i: self.layoutChosen.emit(str(self.layout_choice.currentData()))
        )
        self.tracking.toggled.connect(self.trackingToggled)
        self.next_visit.toggled.connect(self.next_visit_at.setEnabled)
        self.next_visit.toggled.connect(lambda _on: self.appointmentChanged.emit())
        self.next_visit_at.dateTimeChanged.connect(lambda _at: self.appointmentChanged.emit())
        self.fit_width.toggled.connect(self._zoom)
        self.show_message("Pick a client and a plan: the handout appears here as you build it.")

    def _zoom_button(self, text: str, shortcut: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setCheckable(True)
        button.setShortcut(shortcut)
        button.setToolTip(f"{tip} ({shortcut})")
        button.setAccessibleName(f"Preview zoom: {text}")
        return button

    def _zoom(self, fit_width: bool) -> None:
        if fit_width:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(1.0)

    def show_exercise(self, number: int) -> bool:
        """Turn to the page where exercise ``number`` starts; False when the handout has no such exercise."""
        if self.stack.currentWidget() is not self.view:
            return False
        prefix = f"{number} "
        for row in range(self.bookmarks.rowCount()):
            index = self.bookmarks.index(row, 0)
            if str(index.data(QPdfBookmarkModel.Role.Title)).startswith(prefix):
                page = int(index.data(QPdfBookmarkModel.Role.Page))
                where = index.data(QPdfBookmarkModel.Role.Location)
                self.view.pageNavigator().jump(page, where if isinstance(where, QPointF) else QPointF(), 0)
                return True
        return False

    def next_appointment(self) -> dt.datetime | None:
        """The next appointment to print, or None when the box is not ticked."""
        if not self.next_visit.isChecked():
            return None
        at = self.next_visit_at.dateTime()
        day, time = at.date(), at.time()
        return dt.datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())

    # -- what is shown ---------------------------------------------------------------

    @property
    def pdf_bytes(self) -> bytes:
        """The PDF now on screen (empty when none)."""
        return self._bytes

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)
        self.status.clear()

    def show_pdf(self, pdf: bytes, warnings: list[str] | None = None) -> None:
        """Show a freshly rendered handout, keeping the scroll position."""
        bar = self.view.verticalScrollBar()
        position = bar.value()
        data = QByteArray(pdf)
        buffer = QBuffer(self)
        buffer.setData(data)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        # The old buffer is let go only after the document has moved to the new one.
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
        self._buffer = buffer
        self._bytes = pdf
        self.stack.setCurrentWidget(self.view)
        bar.setValue(min(position, bar.maximum()))
        pages = self.document.pageCount()
        text = f"{pages} page{'s' if pages != 1 else ''}"
        if warnings:
            text += " · " + " ".join(warnings)
        self.status.setText(text)

    def show_problem(self, text: str) -> None:
        """The handout could not be made: say why, and keep the last good preview on screen."""
        if not self._bytes:
            self.show_message(text)
        else:
            self.status.setText(text)

    def set_choices(self, layout: Layout, tracking: bool) -> None:
        """Show the plan's layout and the tracking choice without announcing a change."""
        self.layout_choice.blockSignals(True)
        self.layout_choice.setCurrentIndex(self.layout_choice.findData(layout.value))
        self.layout_choice.blockSignals(False)
        self.tracking.blockSignals(True)
        self.tracking.setChecked(tracking)
        self.tracking.blockSignals(False)

    def page_count(self) -> int:
        return self.document.pageCount() if self.stack.currentWidget() is self.view else 0


def _next_week() -> QDateTime:
    """A week from now, on the hour: where a therapist's next booking usually starts from."""
    moment = QDateTime.currentDateTime().addDays(7)
    return QDateTime(moment.date(), QTime(moment.time().hour(), 0))
