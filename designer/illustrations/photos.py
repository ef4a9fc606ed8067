"""Make a therapist's photo or a clinic's logo safe to keep and print.

A picture from a phone or the web can be sideways, carry the place it was taken (GPS), be far larger than
any handout needs, or not be a picture at all.  ``import_photo`` and ``import_logo`` read it with strict
limits, put it upright from its EXIF orientation, convert its colours to sRGB, drop every piece of
metadata, scale it down to print resolution and store it in the data folder under a name made from the
hash of the stored bytes.  Anything doubtful is refused with ``ImageImportError`` (a sentence saying what
to do) and nothing is written.
"""

from __future__ import annotations

import hashlib
import io
import warnings
from pathlib import Path
from typing import BinaryIO

from PIL import Image, ImageCms, ImageOps, UnidentifiedImageError

from ..safe_files import write_file_atomically

ACCEPTED_FORMATS = ("JPEG", "PNG", "WEBP")
ACCEPTED_WORDS = "a JPEG, PNG or WebP picture"
PHOTO_LONGEST_SIDE = 1600  # 300 dpi across about 13.5 cm: more than the largest picture on a handout
LOGO_LONGEST_SIDE = 1200
MAX_SOURCE_PIXELS = 50_000_000  # a 50-megapixel camera; anything larger is refused, not decoded
MAX_SOURCE_BYTES = 80 * 1024 * 1024
# Longer side at most this many times the shorter: a banner logo is about 5:1; a 1 × 40,000,000 "picture" is
# a way to make the decoder and every later step hold hundreds of megabytes for nothing.
MAX_ASPECT_RATIO = 25
# Decode (JPEG) or reduce (other formats) to about this many times the stored size before any other step, so
# turning, colour conversion and scaling work on a small picture.  Twice leaves LANCZOS enough to work with.
WORKING_SCALE = 2
STRIP_PIXELS = 2_000_000  # how much of a large picture is reduced at a time (8 MB of RGBA)
JPEG_QUALITY = 88
HASH_LENGTH = 32

# Names people recognise for formats we do not take, so the message can say what the file is.
FORMAT_NAMES = {
    "GIF": "a GIF animation",
    "TIFF": "a TIFF file",
    "BMP": "a BMP file",
    "ICO": "an icon file",
    "PSD": "a Photoshop file",
    "MPO": "a 3D (MPO) photo",
    "JPEG2000": "a JPEG 2000 file",
    "PPM": "a PPM file",
    "TGA": "a TGA file",
    "EPS": "an EPS file",
    "PDF": "a PDF",
}


class ImageImportError(ValueError):
    """A picture could not be imported; the message says why and what to do instead."""


def prepare_photo(source: Path) -> bytes:
    """A safe copy of a JPEG, PNG or WebP photo, as JPEG bytes ready to keep (upright, sRGB, no metadata)."""
    picture = _read(source, PHOTO_LONGEST_SIDE)
    return _encode(_fit(_as_rgb(picture, keep_alpha=False), PHOTO_LONGEST_SIDE), "JPEG")


def prepare_logo(source: Path) -> bytes:
    """A safe copy of a logo (JPEG, PNG or WebP) as PNG bytes, transparency kept."""
    picture = _read(source, LOGO_LONGEST_SIDE)
    return _encode(_fit(_as_rgb(picture, keep_alpha=True), LOGO_LONGEST_SIDE), "PNG")


def import_photo(source: Path, photos_dir: Path) -> str:
    """Store a safe copy of a photo in ``photos_dir``; returns its file name (``<hash>.jpg``)."""
    return _store(prepare_photo(source), photos_dir, ".jpg")


def import_logo(source: Path, logos_dir: Path) -> str:
    """Store a safe copy of a logo in ``logos_dir`` as PNG; returns ``<hash>.png``."""
    return _store(prepare_logo(source), logos_dir, ".png")


def _read(source: Path, longest: int) -> Image.Image:
    """Decode ``source``, upright, in sRGB, no larger than needed for ``longest`` (see ``WORKING_SCALE``), or
    refuse it.  Dimensions and shape are checked before any pixel is decoded."""
    name = source.name or str(source)
    try:
        size = source.stat().st_size
    except FileNotFoundError:
        raise ImageImportError(f"{name} could not be found; choose the picture again") from None
    except OSError as error:
        raise ImageImportError(f"{name} could not be read ({error.strerror or error}); choose another file") from None
    if not source.is_file():
        raise ImageImportError(f"{name} is not a file; choose {ACCEPTED_WORDS}")
    if size == 0:
        raise ImageImportError(f"{name} is empty; choose {ACCEPTED_WORDS}")
    if size > MAX_SOURCE_BYTES:
        raise ImageImportError(f"{name} is too large a file ({size // (1024 * 1024)} MB); save a smaller copy first")
    try:
        # Read from the file, not from a copy of its bytes in memory: the decoder needs only its pixels.
        handle = source.open("rb")
    except OSError as error:
        raise ImageImportError(f"{name} could not be read ({error.strerror or error}); choose another file") from None
    with handle:
        return _decode(handle, name, source, longest)


def _decode(handle: BinaryIO, name: str, source: Path, longest: int) -> Image.Image:
    try:
        with warnings.catch_warnings():
            # A picture that claims to be enormous is refused before it is decoded (a "decompression bomb").
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            picture: Image.Image = Image.open(handle, formats=None)
            _check_format(picture, name)
            width, height = picture.size
            if width * height > MAX_SOURCE_PIXELS:
                raise ImageImportError(
                    f"{name} is too large ({width} × {height} pixels); save a copy of at most 50 megapixels"
                )
            if max(width, height) > MAX_ASPECT_RATIO * min(width, height):
                raise ImageImportError(
                    f"{name} is {width} × {height} pixels, a thin strip rather than a picture; crop it so that "
                    f"its long side is at most {MAX_ASPECT_RATIO} times its short side"
                )
            picture.seek(0)  # the first frame of an animated WebP or PNG
            working = longest * WORKING_SCALE
            if picture.format == "JPEG" and max(width, height) > working:
                # JPEG can be decoded at 1/2, 1/4 or 1/8 of its size directly: the full picture is never held.
                ratio = working / max(width, height)
                picture.draft(picture.mode, (max(1, round(width * ratio)), max(1, round(height * ratio))))
            picture.load()
            picture = _reduced(picture, longest)
            upright = ImageOps.exif_transpose(picture)
    except ImageImportError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImageImportError(f"{name} is far too large to open safely; save a smaller copy first") from None
    except UnidentifiedImageError:
        raise ImageImportError(f"{name} is {_guess_kind(_head(source))}; choose {ACCEPTED_WORDS}") from None
    except (OSError, SyntaxError, ValueError, EOFError) as error:
        # Pillow reports a cut-off download or a damaged file as an OSError ("image file is truncated").
        raise ImageImportError(f"{name} is damaged or incomplete ({error}); save it again or choose another") from None
    return _to_srgb(upright)


def _reduced(picture: Image.Image, longest: int) -> Image.Image:
    """The decoded picture shrunk by a whole factor (box-averaged, so nothing aliases) to at least ``longest``
    pixels on its long side, a strip of rows at a time: reducing a 49-megapixel RGBA picture whole would
    first copy all of it with its alpha premultiplied.  Its EXIF and colour profile go with it."""
    factor = max(picture.size) // longest
    if factor < 2:
        return picture
    width, height = picture.size
    rows = factor * max(1, STRIP_PIXELS // (width * factor))  # a whole number of output rows per strip
    try:
        smaller = Image.new(picture.mode, (width // factor, height // factor))
        for top in range(0, (height // factor) * factor, rows):
            bottom = min(top + rows, (height // factor) * factor)
            strip = picture.crop((0, top, (width // factor) * factor, bottom))
            smaller.paste(strip.reduce(factor), (0, top // factor))
    except ValueError:  # a mode reduce does not take (palette): one byte a pixel, scaled later
        return picture
    smaller.info = dict(picture.info)
    exif = picture.getexif()
    if exif:
        smaller.info["exif"] = exif.tobytes()
    return smaller


def _head(source: Path) -> bytes:
    try:
        with open(source, "rb") as handle:
            return handle.read(4096)
    except OSError:
        return b""


def _check_format(picture: Image.Image, name: str) -> None:
    found = picture.format or ""
    if found not in ACCEPTED_FORMATS:
        kind = FORMAT_NAMES.get(found, f"a {found} file" if found else "not a picture we can use")
        raise ImageImportError(f"{name} is {kind}; choose {ACCEPTED_WORDS}")


def _guess_kind(raw: bytes) -> str:
    """Say what a file is that Pillow cannot read, for the message."""
    head = raw[:512].lstrip().lower()
    if head.startswith(b"<svg") or (head.startswith(b"<?xml") and b"<svg" in raw[:4096].lower()):
        return "an SVG drawing"
    if raw[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1", b"ftyphevc"):
        return "an HEIC photo (from an iPhone); export it as JPEG first"
    if head.startswith(b"%pdf"):
        return "a PDF"
    return "not a picture"


def _to_srgb(picture: Image.Image) -> Image.Image:
    """Convert colours described by an embedded ICC profile into sRGB, then forget the profile."""
    profile = picture.info.get("icc_profile")
    if not profile:
        return picture
    if picture.mode not in ("CMYK", "RGB", "RGBA"):
        return picture  # grey and palette pictures: their profile barely matters for print
    try:
        source_profile = ImageCms.ImageCmsProfile(io.BytesIO(profile))
        output_mode = "RGB" if picture.mode == "CMYK" else picture.mode
        converted = ImageCms.profileToProfile(
            picture, source_profile, ImageCms.createProfile("sRGB"), outputMode=output_mode
        )
    except (ImageCms.PyCMSError, OSError, ValueError):
        return picture  # an unreadable profile: keep the colours as they are rather than refuse the picture
    return converted if converted is not None else picture


def _as_rgb(picture: Image.Image, *, keep_alpha: bool) -> Image.Image:
    """8-bit RGB (or RGBA for a logo), whatever the source mode: CMYK, 16-bit, palette, grey with alpha."""
    mode = picture.mode
    if mode in ("I;16", "I;16L", "I;16B", "I;16N", "I"):
        # 16-bit grey: scale to 8 bits (a plain conversion would clip almost everything to white).
        picture = picture.convert("I").point(lambda value: value / 257).convert("L")
    elif mode == "F":
        picture = picture.point(lambda value: value * 255).convert("L")
    has_alpha = picture.mode in ("RGBA", "LA", "PA", "La", "RGBa") or (
        picture.mode == "P" and "transparency" in picture.info
    )
    if has_alpha:
        rgba = picture.convert("RGBA")
        if keep_alpha:
            return rgba
        background = Image.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return picture.convert("RGB")


def _fit(picture: Image.Image, longest: int) -> Image.Image:
    width, height = picture.size
    if max(width, height) <= longest:
        return picture
    ratio = longest / max(width, height)
    size = (max(1, round(width * ratio)), max(1, round(height * ratio)))
    return picture.resize(size, Image.Resampling.LANCZOS, reducing_gap=3.0)


def _encode(picture: Image.Image, kind: str) -> bytes:
    """Encode a fresh copy of the pixels only, so no EXIF, GPS, XMP, ICC or text chunk can survive."""
    clean = Image.frombytes(picture.mode, picture.size, picture.tobytes())
    buffer = io.BytesIO()
    if kind == "JPEG":
        clean.save(buffer, format="JPEG", quality=JPEG_QUALITY, optimize=True, progressive=True)
    else:
        clean.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def _store(data: bytes, folder: Path, suffix: str) -> str:
    """Write ``data`` under its content hash (atomically); an identical picture is simply reused."""
    name = hashlib.sha256(data).hexdigest()[:HASH_LENGTH] + suffix
    target = folder / name
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if target.is_file() and target.read_bytes() == data:
            return name
        write_file_atomically(target, data, mode=0o600)  # like the rest of the data folder: owner only
    except OSError as error:
        raise ImageImportError(f"the picture could not be saved in {folder} ({error.strerror or error})") from None
    return name
