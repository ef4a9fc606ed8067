"""The QR codes on the handout (a film of an exercise, the clinic's booking page), drawn as vector shapes.

A code is drawn as one filled path rather than as a picture, so it prints
sharp at any size and adds almost nothing to the file.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib import colors
from reportlab.platypus import Flowable


@lru_cache(maxsize=64)
def qr_modules(text: str) -> tuple[tuple[bool, ...], ...]:
    """The dark and light modules of a QR code for ``text`` (level M: survives a smudge on a fridge door)."""
    # Imported here: ReportLab's barcode package loads every barcode widget it has (about 30 ms), and a handout
    # with no booking link and no films draws no code at all.
    from reportlab.graphics.barcode import qrencoder

    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(text)
    code.make()
    return tuple(tuple(bool(module) for module in row) for row in code.modules)


class QrCode(Flowable):
    """A QR code drawn as one filled path, with the quiet zone scanners need around it."""

    QUIET_ZONE = 4  # modules of white border, as the QR standard asks

    def __init__(self, text: str, size: float, colour: colors.Color = colors.black):
        super().__init__()
        self.text = text
        self.modules = qr_modules(text)
        self.width = self.height = size
        self.colour = colour

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        count = len(self.modules)
        module = self.width / (count + 2 * self.QUIET_ZONE)
        canvas = self.canv
        canvas.setFillColor(self.colour)
        path = canvas.beginPath()
        for row_index, row in enumerate(self.modules):
            y = self.height - (row_index + self.QUIET_ZONE + 1) * module
            column = 0
            while column < count:
                if row[column]:
                    start = column
                    while column < count and row[column]:
                        column += 1
                    path.rect((start + self.QUIET_ZONE) * module, y, (column - start) * module, module)
                else:
                    column += 1
        canvas.drawPath(path, stroke=0, fill=1)
