"""Pictures of a PDF's pages (PNG), so anyone can look at a handout without a PDF viewer.

This is the one place below ``designer.ui`` that uses Qt, and only its PDF
renderer (QtPdf, which wraps PDFium) and QImage: no window, no event loop and
no QApplication are needed, so it works on a server and in tests.  Qt is
imported inside the function, so the rest of ``designer.pdf`` never loads it.
We do not create a QGuiApplication: rendering works without one, and making
one here would stop the window (or pytest-qt) from creating its QApplication
later in the same process.
"""

from __future__ import annotations

from pathlib import Path


class RasteriseError(RuntimeError):
    """The PDF could not be turned into pictures; the message says why."""


def page_images(pdf: bytes, dpi: float = 110) -> list[object]:
    """Each page as a QImage on a white background (Qt objects; for tests and ``page_pngs``)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
        raise RasteriseError(f"the PDF could not be read for page pictures ({document.error().name})")
    images: list[object] = []
    try:
        for page in range(document.pageCount()):
            points = document.pagePointSize(page)
            size = QSize(max(1, round(points.width() * dpi / 72)), max(1, round(points.height() * dpi / 72)))
            rendered = document.render(page, size)
            # PDFium leaves the page transparent; paper is white.
            picture = QImage(size, QImage.Format.Format_RGB32)
            picture.fill(QColor("white"))
            painter = QPainter(picture)
            painter.drawImage(0, 0, rendered)
            painter.end()
            images.append(picture)
    finally:
        document.close()
        buffer.close()
    return images


def page_pngs(pdf: bytes, out_dir: Path, dpi: float = 110, stem: str = "page") -> list[Path]:
    """Write each page of ``pdf`` as ``out_dir/page-01.png`` ... and return the files in page order."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    images = page_images(pdf, dpi)
    digits = max(2, len(str(len(images))))
    for number, image in enumerate(images, start=1):
        path = out_dir / f"{stem}-{number:0{digits}d}.png"
        if not image.save(str(path), "PNG"):  # type: ignore[attr-defined]
            raise OSError(f"{path}: the page picture could not be written")
        written.append(path)
    return written
