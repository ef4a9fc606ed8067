"""Printing the handout so the paper matches the PDF: each PDF page is drawn onto a printer page.

Qt's PDF module renders each page at the printer's resolution; the picture is
placed to fill the printable page keeping its proportions.  Printing to a
PDF file with ``QPrinter`` (as the tests do) uses the same path.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter


def page_count(pdf: bytes) -> int:
    """How many pages ``pdf`` has (0 when it cannot be read), so the print dialog offers the real range."""
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    try:
        return document.pageCount() if document.status() == QPdfDocument.Status.Ready else 0
    finally:
        document.close()
        buffer.close()


def pages_to_print(printer: QPrinter, count: int) -> range:
    """The pages (from 0) the printer was asked for: all, or the range chosen in the print dialog."""
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = min(printer.fromPage(), count)
        last = min(max(printer.toPage(), first), count)
        return range(first - 1, last)
    return range(count)


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Print the pages of ``pdf`` the printer asks for (all, or a page range); returns how many were printed.

    Raises ``RuntimeError`` with a plain message when the PDF cannot be read or the printer refuses.
    """
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
        raise RuntimeError("The handout could not be read for printing.")
    pages = pages_to_print(printer, document.pageCount())
    painter = QPainter()
    if not painter.begin(printer):
        raise RuntimeError("The printer could not be started.")
    try:
        dpi = printer.resolution()
        for page in pages:
            if page > pages.start and not printer.newPage():
                raise RuntimeError("The printer stopped before the last page.")
            points = document.pagePointSize(page)
            target = painter.viewport()
            # Render at the printer's resolution (capped so a 1200 dpi printer does not need gigabytes).
            scale = min(dpi, 300) / 72.0
            size = QSize(max(1, round(points.width() * scale)), max(1, round(points.height() * scale)))
            image = document.render(page, size)
            if image.isNull():
                raise RuntimeError(f"Page {page + 1} of the handout could not be drawn for printing.")
            image = image.convertToFormat(QImage.Format.Format_RGB32)
            fitted = QSize(size)
            fitted.scale(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            left = (target.width() - fitted.width()) / 2
            top = (target.height() - fitted.height()) / 2
            painter.drawImage(QRectF(left, top, fitted.width(), fitted.height()), image)
        return len(pages)
    finally:
        painter.end()
        document.close()
        buffer.close()
