"""Malformed pictures through photo and logo import: each gets a clear error or a correct import.

Bombs (a picture claiming to be enormous), truncated files, wrong extensions, other formats, CMYK,
16-bit grey, a huge EXIF block with GPS, odd orientation values.  A refusal is one sentence that
names the file and says what to do, and leaves nothing behind; an import is a clean, upright,
8-bit sRGB picture with no metadata at all, at most print size, named by its content.
"""

from __future__ import annotations

import io
import re
import struct
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from designer import cli
from designer.illustrations.photos import (
    LOGO_LONGEST_SIDE,
    PHOTO_LONGEST_SIDE,
    ImageImportError,
    import_logo,
    import_photo,
)
from designer.storage import Store

# -- pictures, good and bad ---------------------------------------------------------------------------


def encoded(picture: Image.Image, kind: str, **options: object) -> bytes:
    buffer = io.BytesIO()
    picture.save(buffer, format=kind, **options)
    return buffer.getvalue()


def gradient(size: tuple[int, int] = (300, 200), mode: str = "RGB") -> Image.Image:
    picture = Image.new("RGB", size)
    picture.putdata([(x % 256, y % 256, (x + y) % 256) for y in range(size[1]) for x in range(size[0])])
    return picture.convert(mode)


def png_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims ``width`` × ``height`` pixels: a decompression bomb."""
    data = bytearray(encoded(Image.new("L", (1, 1)), "PNG"))
    header = struct.pack(">II", width, height) + bytes(data[24:29])
    data[16:29] = header
    data[29:33] = struct.pack(">I", zlib.crc32(b"IHDR" + header))
    return bytes(data)


def real_bomb() -> bytes:
    """8,000 × 8,000 pixels (64 megapixels) of one colour: 64 MB to decode from a few tens of kilobytes."""
    return encoded(Image.new("L", (8000, 8000), 255), "PNG", optimize=False)


def truncated_jpeg() -> bytes:
    data = encoded(gradient((800, 600)), "JPEG", quality=95)
    return data[: len(data) // 2]


def truncated_png() -> bytes:
    data = encoded(gradient((400, 300)), "PNG")
    return data[: len(data) * 2 // 3]


def huge_exif() -> bytes:
    """A JPEG with a 60 KB EXIF block: a long description, a maker note, GPS, and orientation 6 (turn right)."""
    exif = Image.Exif()
    exif[0x010E] = "x" * 30_000  # ImageDescription
    exif[0x927C] = b"\x00" * 25_000  # MakerNote
    exif[0x0112] = 6  # Orientation: the camera was turned
    gps = {1: "N", 2: (51.0, 30.0, 0.0), 3: "W", 4: (0.0, 7.0, 0.0)}
    exif[0x8825] = gps
    return encoded(gradient((300, 200)), "JPEG", exif=exif.tobytes())


def odd_orientation() -> bytes:
    exif = Image.Exif()
    exif[0x0112] = 9  # not an orientation at all
    return encoded(gradient((300, 200)), "JPEG", exif=exif.tobytes())


def cmyk_cyan() -> bytes:
    return encoded(Image.new("CMYK", (120, 80), (255, 0, 0, 0)), "JPEG", quality=95)


def sixteen_bit_grey() -> bytes:
    picture = Image.new("I;16", (256, 64))
    picture.putdata([x * 256 for _y in range(64) for x in range(256)])
    return encoded(picture, "PNG")


def tiff() -> bytes:
    return encoded(gradient((50, 50)), "TIFF")


def gif() -> bytes:
    return encoded(gradient((50, 50), "P"), "GIF")


SVG = b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>'
HEIC = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 64

# name: (file name, content, expected words in the refusal; None = a correct import)
CASES: dict[str, tuple[str, Callable[[], bytes], str | None]] = {
    "bomb by its header": ("logo.png", lambda: png_claiming(100_000, 100_000), "too large"),
    "bomb just over the limit": ("logo.png", lambda: png_claiming(8_000, 7_000), "too large"),
    "bomb that would really decode": ("logo.png", real_bomb, "too large"),
    "truncated JPEG": ("photo.jpg", truncated_jpeg, "damaged or incomplete"),
    "truncated PNG": ("photo.png", truncated_png, "damaged or incomplete"),
    "empty file": ("photo.jpg", lambda: b"", "is empty"),
    "text with a picture's name": ("photo.png", lambda: b"hello, not a picture\n" * 20, "not a picture"),
    "SVG called .png": ("logo.png", lambda: SVG, "an SVG drawing"),
    "iPhone HEIC called .jpg": ("IMG_0001.jpg", lambda: HEIC, "HEIC"),
    "PDF called .png": ("logo.png", lambda: b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "a PDF"),
    "GIF called .png": ("logo.png", gif, "GIF"),
    "TIFF called .jpg": ("photo.jpg", tiff, "TIFF"),
    "PNG called .jpg": ("photo.jpg", lambda: encoded(gradient(), "PNG"), None),
    "JPEG called .png": ("photo.png", lambda: encoded(gradient(), "JPEG"), None),
    "CMYK JPEG": ("cmyk.jpg", cmyk_cyan, None),
    "16-bit grey PNG": ("grey16.png", sixteen_bit_grey, None),
    "huge EXIF with GPS": ("camera.jpg", huge_exif, None),
    "orientation that is not one": ("camera.jpg", odd_orientation, None),
    "WebP": ("photo.webp", lambda: encoded(gradient(), "WEBP"), None),
    "transparent PNG": ("logo.png", lambda: encoded(gradient(mode="RGBA"), "PNG"), None),
    "large photo": ("big.jpg", lambda: encoded(gradient((3000, 2000)), "JPEG"), None),
}

IMPORTERS = {"photo": (import_photo, PHOTO_LONGEST_SIDE, ".jpg"), "logo": (import_logo, LOGO_LONGEST_SIDE, ".png")}


def check_clean_import(stored: Path, name: str, suffix: str, longest: int) -> Image.Image:
    assert re.fullmatch(r"[0-9a-f]{32}" + re.escape(suffix), name)
    picture = Image.open(stored)
    picture.load()
    assert picture.format == ("JPEG" if suffix == ".jpg" else "PNG")
    assert picture.mode in ("RGB", "RGBA")
    assert max(picture.size) <= longest
    assert not picture.getexif(), "EXIF (and with it GPS) must be gone"
    assert not picture.info.get("icc_profile") and not picture.info.get("exif") and not picture.info.get("xmp")
    assert not {
        key
        for key in picture.info
        if key
        not in (
            "jfif",
            "jfif_version",
            "jfif_unit",
            "jfif_density",
            "dpi",
            "progressive",
            "progression",
            "adobe",
            "adobe_transform",
        )
    }, picture.info
    return picture


@pytest.mark.parametrize("kind", IMPORTERS)
@pytest.mark.parametrize("case", CASES)
def test_each_picture_is_refused_clearly_or_imported_cleanly(tmp_path: Path, case: str, kind: str) -> None:
    file_name, make, refusal = CASES[case]
    source = tmp_path / "incoming" / file_name
    source.parent.mkdir()
    source.write_bytes(make())
    folder = tmp_path / "store" / f"{kind}s"
    importer, longest, suffix = IMPORTERS[kind]
    if refusal is not None:
        with pytest.raises(ImageImportError) as refused:
            importer(source, folder)
        message = str(refused.value)
        assert message.startswith(file_name) and refusal in message, message
        assert "\n" not in message and "Traceback" not in message and "Errno" not in message
        assert re.search(r"choose|save|export", message), f"the message must say what to do: {message}"
        assert not folder.exists() or not any(folder.iterdir()), "a refused picture left a file behind"
        return
    name = importer(source, folder)
    picture = check_clean_import(folder / name, name, suffix, longest)
    assert [path.name for path in folder.iterdir()] == [name]
    if case == "huge EXIF with GPS":
        assert picture.size == (200, 300), "orientation 6 means the picture is turned upright"
    if case == "CMYK JPEG":
        red, green, blue = picture.convert("RGB").getpixel((60, 40))[:3]
        assert red < 60 and green > 180 and blue > 180, "cyan stays cyan"
    if case == "16-bit grey PNG":
        grey = picture.convert("L")
        assert grey.getpixel((0, 32)) < 10 and grey.getpixel((255, 32)) > 245
        assert 100 < grey.getpixel((128, 32)) < 156, "the middle of the ramp stays mid-grey, not clipped"
    # The same picture again is the same file, not a second copy.
    assert importer(source, folder) == name and len(list(folder.iterdir())) == 1


def test_a_picture_that_is_not_a_file_or_not_there(tmp_path: Path) -> None:
    for source, words in ((tmp_path, "is not a file"), (tmp_path / "gone.jpg", "could not be found")):
        with pytest.raises(ImageImportError) as refused:
            import_photo(source, tmp_path / "photos")
        assert words in str(refused.value)


def test_a_bad_logo_on_the_command_line_is_one_line_and_the_profile_is_unchanged(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    bomb = tmp_path / "logo.png"
    bomb.write_bytes(png_claiming(100_000, 100_000))
    out, err = io.StringIO(), io.StringIO()
    code = cli.run(["clinic", "--set", "name=Springback Rehab", f"logo={bomb}", "--data-dir", str(data_dir)], out, err)
    assert code == 1
    said = err.getvalue()
    assert said.count("\n") == 1 and said.startswith("error: logo: logo.png is ") and "too large" in said
    with Store.open(data_dir) as store:
        assert store.get_clinic().logo == "" and store.get_clinic().name != "Springback Rehab"
        assert not any(store.logos_dir.iterdir())
    good = tmp_path / "good.jpg"
    good.write_bytes(huge_exif())
    assert cli.run(["clinic", "--set", f"logo={good}", "--data-dir", str(data_dir)], out, err) == 0
    with Store.open(data_dir) as store:
        logo = store.get_clinic().logo
        check_clean_import(store.logos_dir / logo, logo, ".png", LOGO_LONGEST_SIDE)
