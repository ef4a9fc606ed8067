"""Pictures on the handout (drawings, the therapist's photos, the logo), prepared once and reused by every render.

ReportLab decodes and re-compresses a PNG every time it is drawn into a new
document, which would cost most of a render's time for a handout with six
illustrations.  ``prepare_image`` does that work once per file (keyed by its
path, size and modification time), flattening any transparency onto white
and scaling it down to print resolution; ``pictures_on_page.draw_prepared``
then places the ready-made stream into each new PDF.

``ImageProblem`` says in plain words why a picture (a logo, a photo) could not be
used; the handout shows the rest and warns instead of crashing.

The clinic's own pictures (its logo, the therapist's photos) come as bytes from the caller, who has them
from the repository; only the built-in drawings shipped in ``images/`` are read from files here.
"""

from __future__ import annotations

import io
import threading
import warnings
import zlib
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from hashlib import sha1
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

import designer.illustrations as illustrations
from designer.domain import Exercise

# Pictures are placed by their printed size (a box in millimetres), never by their pixels, so a drawing made
# at a higher resolution prints the same size, only sharper.  The widest a drawing is printed is about 110 mm
# (beside the words in large print): 1,800 pixels there is over 400 dpi, so bigger files are scaled down to
# this once, which keeps the handout small enough to email.
MAX_ILLUSTRATION_PIXELS = 1800
MAX_LOGO_PIXELS = 900
# Anything bigger than this is not a picture anyone meant to print; refuse rather than fill the memory.
MAX_SOURCE_PIXELS = 60_000_000


class ImageProblem(Exception):
    """A picture could not be used; the message says why in plain words."""


@dataclass(frozen=True)
class PreparedImage:
    """An image decoded, flattened and compressed once, ready to place in any PDF."""

    key: str  # unique per file content and size, used as the PDF object name
    width_px: int
    height_px: int
    data: bytes  # the image stream: Flate-compressed RGB rows, or a JPEG file, or a PNG's own compressed rows
    pdf_filter: str = "FlateDecode"  # "DCTDecode" for a JPEG
    # A palette PNG placed as it is (``_png_as_is``): its colours (already on white) and bits per pixel.
    palette: bytes = b""
    bits: int = 8

    @property
    def aspect(self) -> float:
        """Width divided by height."""
        return self.width_px / self.height_px


_cache_lock = threading.Lock()
_cache: OrderedDict[tuple[object, ...], PreparedImage] = OrderedDict()
_CACHE_SIZE = 256


def prepare_image(path: Path, max_pixels: int = MAX_ILLUSTRATION_PIXELS) -> PreparedImage:
    """Decode ``path`` once and keep it ready; raises ``ImageProblem`` for a missing or unreadable file."""
    try:
        stat = path.stat()
    except OSError:
        raise ImageProblem(f"{path} could not be found") from None
    if not path.is_file():
        raise ImageProblem(f"{path} is not a file")
    key = ("file", str(path.resolve()), stat.st_mtime_ns, stat.st_size, max_pixels)
    return _cached(key, lambda: _decode(path.read_bytes(), path.name, max_pixels))


def prepare_picture(data: bytes, name: str, max_pixels: int = MAX_ILLUSTRATION_PIXELS) -> PreparedImage:
    """Decode a picture given as bytes (a photo, a logo) once and keep it ready; ``name`` is for messages.

    Raises ``ImageProblem`` for empty or unreadable bytes.
    """
    if not data:
        raise ImageProblem(f"{name} is missing or empty")
    key = ("bytes", sha1(data, usedforsecurity=False).hexdigest(), len(data), max_pixels)
    return _cached(key, lambda: _decode(data, name, max_pixels))


def _cached(key: tuple[object, ...], make: Callable[[], PreparedImage]) -> PreparedImage:
    with _cache_lock:
        found = _cache.get(key)
        if found is not None:
            _cache.move_to_end(key)
            return found
    prepared = make()
    with _cache_lock:
        _cache[key] = prepared
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    return prepared


def _decode(data: bytes, name: str, max_pixels: int) -> PreparedImage:
    as_is = _png_as_is(data, max_pixels)
    if as_is is not None:
        return as_is
    try:
        with warnings.catch_warnings():
            # A decompression bomb is refused, not just warned about.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as opened:
                if opened.width * opened.height > MAX_SOURCE_PIXELS:
                    raise ImageProblem(f"{name} is too large to print ({opened.width} × {opened.height} pixels)")
                photographic = opened.format in ("JPEG", "WEBP", "MPO")
                opened.load()
                picture = ImageOps.exif_transpose(opened) or opened
                picture = _flatten(picture)
    except ImageProblem:
        raise
    except (UnidentifiedImageError, Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImageProblem(f"{name} is not an image that can be printed (use a PNG or JPEG file)") from None
    except (OSError, ValueError, SyntaxError) as error:
        raise ImageProblem(f"{name} could not be read; it may be damaged ({error})") from None
    return _encode(picture, max_pixels, photographic=photographic)


_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _png_as_is(data: bytes, max_pixels: int) -> PreparedImage | None:
    """A palette PNG (as the built-in drawings are) placed without decoding it, or None for any other file.

    A PDF reads a PNG's compressed rows as they are (the "PNG predictor"), and a palette as an indexed
    colour space; transparency is flattened onto white in the palette itself, which is what ``_flatten``
    does pixel by pixel.  Decoding and compressing again cost most of a first render's time.
    """
    if not data.startswith(_PNG_SIGNATURE):
        return None
    chunks: dict[bytes, bytes] = {}
    rows: list[bytes] = []
    at = len(_PNG_SIGNATURE)
    while at + 8 <= len(data):
        length = int.from_bytes(data[at : at + 4], "big")
        kind = data[at + 4 : at + 8]
        body = data[at + 8 : at + 8 + length]
        at += 12 + length
        if kind == b"IDAT":
            rows.append(body)
        elif kind in (b"IHDR", b"PLTE", b"tRNS"):
            chunks[kind] = body
        elif kind == b"IEND":
            break
    header = chunks.get(b"IHDR", b"")
    if len(header) != 13 or not rows or b"PLTE" not in chunks:
        return None
    width, height = int.from_bytes(header[0:4], "big"), int.from_bytes(header[4:8], "big")
    bits, colour_type, interlaced = header[8], header[9], header[12]
    if colour_type != 3 or interlaced or bits not in (1, 2, 4, 8) or max(width, height) > max_pixels:
        return None
    palette = bytearray(chunks[b"PLTE"])
    alphas = chunks.get(b"tRNS", b"")
    for index, alpha in enumerate(alphas[: len(palette) // 3]):
        for channel in range(index * 3, index * 3 + 3):
            palette[channel] = (palette[channel] * alpha + 255 * (255 - alpha) + 127) // 255
    stream = b"".join(rows)
    digest = sha1(stream, usedforsecurity=False).hexdigest()[:16]
    return PreparedImage(
        key=f"img{digest}{width}x{height}p",
        width_px=width,
        height_px=height,
        data=stream,
        palette=bytes(palette),
        bits=bits,
    )


def _encode(picture: Image.Image, max_pixels: int, *, photographic: bool) -> PreparedImage:
    if max(picture.size) > max_pixels:
        picture.thumbnail((max_pixels, max_pixels), Image.Resampling.LANCZOS)
    raw = picture.tobytes()
    digest = sha1(raw, usedforsecurity=False).hexdigest()[:16]
    if photographic:
        # Photos stay JPEG: a lossless stream of a photo would make the handout too big to email.
        encoded = io.BytesIO()
        picture.save(encoded, "JPEG", quality=85, optimize=True)
        data, pdf_filter = encoded.getvalue(), "DCTDecode"
    else:
        # Drawings and logos keep their sharp edges, and compress well losslessly.
        data, pdf_filter = zlib.compress(raw, 6), "FlateDecode"
    return PreparedImage(
        key=f"img{digest}{picture.width}x{picture.height}",
        width_px=picture.width,
        height_px=picture.height,
        data=data,
        pdf_filter=pdf_filter,
    )


def load_exercise_pictures(
    exercise: Exercise, photos: Mapping[str, bytes] | None = None, accent: str | None = None
) -> tuple[list[PreparedImage], list[str]]:
    """An exercise's illustration (the therapist's start and end photos, or its drawing), ready to draw.

    ``photos`` holds the kept photos' bytes by name (the repository's ``get_picture``): the exercise's start
    and end photos are used when at least one of them is there.  Otherwise the illustrations package
    decides which built-in drawing belongs to the exercise.  With ``accent`` (the clinic's colour) a
    built-in drawing is drawn afresh with that colour for its props and arrows, once per colour and
    process.  Returns the pictures and, for any that could not be used, a sentence for the therapist; a
    bad picture never stops a render.
    """
    pictures: list[PreparedImage] = []
    problems: list[str] = []
    names = (exercise.illustration.start_photo, exercise.illustration.end_photo)
    kept = [(name, photos[name]) for name in names if name and photos and name in photos]
    for _name, data in kept:
        try:
            pictures.append(prepare_picture(data, f"the photo for {exercise.name}", MAX_ILLUSTRATION_PIXELS))
        except ImageProblem as problem:
            problems.append(f"The picture for {exercise.name} was left out: {problem}.")
    if kept:
        return pictures, problems
    try:
        files = illustrations.illustration_files(exercise, None)
    except (OSError, ValueError) as error:
        return [], [f"The picture for {exercise.name} could not be found ({error}); it was left out."]
    if accent and files and files == [illustrations.drawing_path(exercise.drawing_id)]:
        recoloured = _drawing_in(exercise.drawing_id, accent.upper(), files[0])
        if recoloured is not None:
            return [recoloured], []
    for path in files:
        try:
            pictures.append(prepare_image(Path(path), MAX_ILLUSTRATION_PIXELS))
        except ImageProblem as problem:
            problems.append(f"The picture for {exercise.name} was left out: {problem}.")
    return pictures, problems


# The colour the drawings in images/ are drawn in (designer.illustrations.render.DEFAULT_ACCENT), written here so
# that a handout in that colour does not import the drawing renderer at all.
DRAWN_ACCENT = "#2A6F6B"


def _drawing_in(drawing_id: str, accent: str, drawn_file: Path) -> PreparedImage | None:
    """A built-in drawing in the clinic's colour; None when it is already in that colour or has no description."""
    if accent == DRAWN_ACCENT:
        return None
    try:
        stamp = drawn_file.stat().st_mtime_ns  # a regenerated drawing is drawn again
    except OSError:
        return None

    def draw() -> PreparedImage:
        picture = illustrations.render_drawing(drawing_id, accent)
        if picture is None:
            raise ImageProblem(f"no description for {drawing_id}")
        return _encode(_flatten(picture), MAX_ILLUSTRATION_PIXELS, photographic=False)

    try:
        return _cached(("drawing", drawing_id, accent, stamp), draw)
    except ImageProblem:
        return None


def _flatten(picture: Image.Image) -> Image.Image:
    """RGB on white: transparent logos and drawings print on paper, which is white."""
    if picture.mode in ("RGBA", "LA", "PA") or (picture.mode == "P" and "transparency" in picture.info):
        rgba = picture.convert("RGBA")
        background = Image.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return picture.convert("RGB")
