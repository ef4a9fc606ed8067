"""Putting prepared pictures on the page: into the PDF once, then drawn in a box wherever they are used.

``images`` prepares a picture (decoded, flattened and compressed once); this
module hands that ready stream to ReportLab's document (``draw_prepared``),
and ``PictureRow`` sets one or two pictures side by side, such as an
exercise's start and end positions.  Kept apart from the preparing because
this half works on ReportLab's PDF objects and canvas, not on picture files.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from .images import PreparedImage


class _HexString(pdfdoc.PDFObject):
    """Bytes written as a PDF hex string, ``<0aff...>``: a palette's bytes need no escaping that way."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def format(self, document: pdfdoc.PDFDocument) -> bytes:
        return b"<" + self.data.hex().encode("ascii") + b">"


class _IndexedImage(pdfdoc.PDFImageXObject):
    """A palette PNG's rows as a PDF image: an indexed colour space, and the PNG predictor to undo."""

    def __init__(self, name: str, image: PreparedImage) -> None:
        super().__init__(name)
        self.image = image

    def format(self, document: pdfdoc.PDFDocument) -> bytes:
        image = self.image
        stream = pdfdoc.PDFStream(content=image.data)
        entries = stream.dictionary
        entries["Type"] = pdfdoc.PDFName("XObject")
        entries["Subtype"] = pdfdoc.PDFName("Image")
        entries["Width"] = image.width_px
        entries["Height"] = image.height_px
        entries["BitsPerComponent"] = image.bits
        colours = len(image.palette) // 3
        lookup = _HexString(image.palette)
        entries["ColorSpace"] = pdfdoc.PDFArray(
            [pdfdoc.PDFName("Indexed"), pdfdoc.PDFName("DeviceRGB"), colours - 1, lookup]
        )
        entries["Filter"] = pdfdoc.PDFName("FlateDecode")  # a name, not an array: DecodeParms is then one dict
        entries["DecodeParms"] = pdfdoc.PDFDictionary(
            {"Predictor": 15, "Colors": 1, "BitsPerComponent": image.bits, "Columns": image.width_px}
        )
        entries["Length"] = len(image.data)
        formatted: bytes = stream.format(document)
        return formatted


def draw_prepared(canvas: Canvas, image: PreparedImage, x: float, y: float, width: float, height: float) -> None:
    """Place a prepared image in the canvas's document (once per document) and draw it in the given box.

    This mirrors ``Canvas.drawImage`` but hands over the stream we compressed
    earlier instead of decoding the file again.  It uses the canvas's
    document internals, which ReportLab has kept stable for many years; the
    tests render and rasterise real handouts, so a change there shows at once.
    """
    document = canvas._doc
    registered_name = document.getXObjectName(image.key)
    if document.idToObject.get(registered_name) is None and image.palette:
        indexed = _IndexedImage(image.key, image)
        document.Reference(indexed, registered_name)
        document.addForm(image.key, indexed)
    elif document.idToObject.get(registered_name) is None:
        xobject = pdfdoc.PDFImageXObject(image.key)
        xobject.width = image.width_px
        xobject.height = image.height_px
        xobject.bitsPerComponent = 8
        xobject.colorSpace = "DeviceRGB"
        xobject._filters = (image.pdf_filter,)
        xobject.streamContent = image.data
        xobject.mask = None
        document.Reference(xobject, registered_name)
        document.addForm(image.key, xobject)
    canvas._currentPageHasImages = 1
    canvas.saveState()
    canvas.translate(x, y)
    canvas.scale(width, height)
    canvas._code.append(f"/{registered_name} Do")
    canvas.restoreState()
    canvas._formsinuse.append(image.key)


class PictureRow(Flowable):
    """One or two pictures side by side, scaled to fit a box and centred, with an optional frame."""

    def __init__(
        self,
        images: list[PreparedImage],
        max_width: float,
        max_height: float,
        *,
        gap: float = 8,
        frame_colour: colors.Color | None = None,
        captions: list[str] | None = None,
        caption_colour: colors.Color | None = None,
        caption_font: tuple[str, float] = ("Helvetica", 8),
    ):
        super().__init__()
        self.images = images
        self.gap = gap
        self.frame_colour = frame_colour
        self.captions = captions or []
        self.caption_colour = caption_colour or colors.black
        self.caption_font = caption_font
        self.caption_height = caption_font[1] * 1.8 if self.captions else 0
        count = len(images)
        slot_width = (max_width - gap * (count - 1)) / count
        picture_height = max_height - self.caption_height
        # Every picture in the row gets the same height, so a start and end position line up.
        height = min(min(picture_height, slot_width / image.aspect) for image in images)
        self.sizes = [(height * image.aspect, height) for image in images]
        self.width = sum(size[0] for size in self.sizes) + gap * (count - 1)
        self.height = height + self.caption_height
        self.max_width = max_width

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.max_width, self.height

    def draw(self) -> None:
        canvas = self.canv
        x = (self.max_width - self.width) / 2
        for index, (image, (width, height)) in enumerate(zip(self.images, self.sizes, strict=True)):
            draw_prepared(canvas, image, x, self.caption_height, width, height)
            if self.frame_colour is not None:
                canvas.setStrokeColor(self.frame_colour)
                canvas.setLineWidth(0.6)
                canvas.rect(x, self.caption_height, width, height, stroke=1, fill=0)
            if index < len(self.captions) and self.captions[index]:
                canvas.setFillColor(self.caption_colour)
                canvas.setFont(*self.caption_font)
                canvas.drawCentredString(x + width / 2, self.caption_font[1] * 0.4, self.captions[index])
            x += width + self.gap
