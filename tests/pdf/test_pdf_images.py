"""Pictures placed in a PDF: a palette PNG (as the built-in drawings are) goes in as it is, and prints the same."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

from PIL import Image, ImageChops
from reportlab.pdfgen.canvas import Canvas

from designer.pdf.images import PreparedImage, _encode, _flatten, _png_as_is, prepare_image
from designer.pdf.pictures_on_page import draw_prepared
from designer.pdf.rasterise import page_pngs


def a_palette_png(path: Path, *, transparent: bool) -> PreparedImage:
    """Stripes in four colours, one of them half see-through when ``transparent``, decoded and flattened onto
    white the long way (as every picture was before)."""
    picture = Image.new("P", (120, 60))
    picture.putpalette([255, 255, 255, 200, 30, 30, 20, 90, 160, 40, 40, 40] + [0, 0, 0] * 252)
    for x in range(120):
        for y in range(60):
            picture.putpixel((x, y), (x // 10 + y // 20) % 4)
    options = {"transparency": bytes([255, 255, 128, 0])} if transparent else {}
    picture.save(path, **options)
    return _encode(_flatten(Image.open(path)), 1800, photographic=False)


def printed_pictures(image: PreparedImage, folder: Path) -> list[Image.Image]:
    """The picture placed on a page its size, as the window (Qt) and, where installed, poppler draw it.

    Both matter: poppler once drew such a picture sheared while other readers drew it right.
    """
    canvas_file = io.BytesIO()
    canvas = Canvas(canvas_file, pagesize=(120, 60))
    draw_prepared(canvas, image, 0, 0, 120, 60)
    canvas.showPage()
    canvas.save()
    pdf = canvas_file.getvalue()
    pictures = [Image.open(page_pngs(pdf, folder, dpi=72)[0]).convert("RGB")]
    if shutil.which("pdftoppm") is not None:
        png = subprocess.run(["pdftoppm", "-r", "72", "-png", "-"], input=pdf, capture_output=True, check=True)
        pictures.append(Image.open(io.BytesIO(png.stdout)).convert("RGB"))
    return pictures


def test_a_palette_png_is_placed_as_it_is_and_prints_the_same(tmp_path: Path) -> None:
    for transparent in (False, True):
        path = tmp_path / f"stripes-{transparent}.png"
        decoded = a_palette_png(path, transparent=transparent)
        prepared = prepare_image(path)
        assert prepared.palette, "a palette PNG is not decoded and compressed again"
        before = printed_pictures(decoded, tmp_path / f"before-{transparent}")
        after = printed_pictures(prepared, tmp_path / f"after-{transparent}")
        for old, new in zip(before, after, strict=True):
            difference = ImageChops.difference(old, new).convert("L")
            # Every pixel within a shade or two of the picture decoded and flattened onto white (the half
            # see-through colour too).
            assert max(index for index, count in enumerate(difference.histogram()) if count) <= 3


def test_other_pictures_are_decoded_as_before(tmp_path: Path) -> None:
    path = tmp_path / "photo.png"
    Image.new("RGBA", (40, 20), (10, 120, 200, 128)).save(path)
    assert _png_as_is(path.read_bytes(), 1800) is None
    assert not prepare_image(path).palette
