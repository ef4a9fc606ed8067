"""Importing a therapist's photo or a clinic's logo: upright, stripped of metadata, small enough, and every
bad file refused with a plain message and nothing written."""

from __future__ import annotations

import io
import re
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image, ImageCms

from designer.domain import Clinic, Exercise, Illustration
from designer.illustrations.photos import (
    LOGO_LONGEST_SIDE,
    PHOTO_LONGEST_SIDE,
    ImageImportError,
    import_logo,
    import_photo,
)

GPS_IFD = 0x8825
ORIENTATION = 0x0112


def tall_picture(width: int = 300, height: int = 200) -> Image.Image:
    """A landscape picture whose top half is red and bottom half blue, so "upright" can be checked."""
    picture = Image.new("RGB", (width, height), (220, 30, 30))
    picture.paste((30, 30, 220), (0, height // 2, width, height))
    return picture


def jpeg_with_exif(path: Path, orientation: int, *, gps: bool = True, extra: bytes = b"") -> Path:
    picture = tall_picture()
    exif = Image.Exif()
    exif[ORIENTATION] = orientation
    exif[0x010F] = "PhoneMaker"  # camera make
    if extra:
        exif[0x9286] = extra  # user comment: makes the EXIF block as large as asked
    if gps:
        exif.get_ifd(GPS_IFD).update({1: "N", 2: (51.0, 30.0, 0.0), 3: "W", 4: (0.0, 7.0, 0.0)})
    picture.save(path, format="JPEG", exif=exif, quality=95)
    return path


def folder_is_empty(folder: Path) -> bool:
    return not folder.exists() or not any(folder.iterdir())


def assert_clean(path: Path) -> Image.Image:
    """The stored file carries no EXIF, GPS, ICC profile, XMP or text chunks."""
    data = path.read_bytes()
    picture = Image.open(path)
    picture.load()
    assert len(picture.getexif()) == 0
    assert "icc_profile" not in picture.info
    assert "exif" not in picture.info
    assert "xmp" not in picture.info and b"http://ns.adobe.com/xap" not in data
    assert b"PhoneMaker" not in data
    assert not any(key for key in picture.info if isinstance(picture.info[key], str))  # no text chunks
    return picture


# A photo ---------------------------------------------------------------------------------------------------


def test_a_sideways_phone_photo_is_stored_upright(tmp_path: Path) -> None:
    # Orientation 6: the camera was turned, the viewer must rotate the stored pixels 90 degrees clockwise.
    source = jpeg_with_exif(tmp_path / "sideways.jpg", orientation=6)
    photos = tmp_path / "photos"
    name = import_photo(source, photos)
    stored = assert_clean(photos / name)
    assert stored.size == (200, 300)  # was 300 x 200 on disk, shown turned: now portrait
    # After a clockwise turn the red (top) half is on the right, the blue half on the left.
    red = stored.getpixel((150, 150))
    blue = stored.getpixel((50, 150))
    assert red[0] > 150 and red[2] < 100
    assert blue[2] > 150 and blue[0] < 100


def test_the_name_is_the_hash_of_the_stored_bytes_and_fits_the_domain(tmp_path: Path) -> None:
    import hashlib

    source = jpeg_with_exif(tmp_path / "photo.jpg", orientation=1)
    photos = tmp_path / "photos"
    name = import_photo(source, photos)
    assert re.fullmatch(r"[0-9a-f]{32}\.jpg", name)
    assert hashlib.sha256((photos / name).read_bytes()).hexdigest()[:32] == name[:-4]
    # The exercise accepts the name as an imported photo.
    exercise = Exercise.from_dict(
        {"id": "my-bridge", "name": "My bridge", "category": "Glute strength", "illustration": {"start_photo": name}}
    )
    assert exercise.illustration == Illustration(start_photo=name)


def test_gps_and_every_other_metadata_are_gone(tmp_path: Path) -> None:
    source = jpeg_with_exif(tmp_path / "holiday.jpg", orientation=1, gps=True)
    with Image.open(source) as original:
        assert original.getexif().get_ifd(GPS_IFD)  # the test photo really has a location in it
    name = import_photo(source, tmp_path / "photos")
    stored = assert_clean(tmp_path / "photos" / name)
    assert not stored.getexif().get_ifd(GPS_IFD)


def test_importing_the_same_photo_twice_gives_the_same_single_file(tmp_path: Path) -> None:
    source = jpeg_with_exif(tmp_path / "photo.jpg", orientation=1)
    first = import_photo(source, tmp_path / "photos")
    second = import_photo(source, tmp_path / "photos")
    assert first == second
    assert [path.name for path in (tmp_path / "photos").iterdir()] == [first]


def test_a_large_photo_is_scaled_down_to_print_size(tmp_path: Path) -> None:
    source = tmp_path / "big.png"
    Image.new("RGB", (4000, 3000), (90, 140, 100)).save(source)
    name = import_photo(source, tmp_path / "photos")
    with Image.open(tmp_path / "photos" / name) as stored:
        assert max(stored.size) == PHOTO_LONGEST_SIDE
        assert stored.size == (1600, 1200)
        assert stored.format == "JPEG"


def test_a_small_photo_is_not_blown_up(tmp_path: Path) -> None:
    source = tmp_path / "small.webp"
    Image.new("RGB", (320, 240), (10, 120, 200)).save(source, format="WEBP")
    name = import_photo(source, tmp_path / "photos")
    with Image.open(tmp_path / "photos" / name) as stored:
        assert stored.size == (320, 240)


def test_a_cmyk_photo_with_a_profile_is_converted_to_srgb(tmp_path: Path) -> None:
    source = tmp_path / "print.jpg"
    Image.new("CMYK", (120, 80), (0, 255, 255, 0)).save(source, format="JPEG")  # pure red in print inks
    name = import_photo(source, tmp_path / "photos")
    stored = assert_clean(tmp_path / "photos" / name)
    assert stored.mode == "RGB"
    red, green, blue = stored.getpixel((60, 40))
    assert red > 180 and green < 90 and blue < 90


def test_an_srgb_profile_is_applied_then_dropped(tmp_path: Path) -> None:
    source = tmp_path / "profiled.png"
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    Image.new("RGB", (64, 64), (200, 100, 50)).save(source, icc_profile=profile)
    name = import_photo(source, tmp_path / "photos")
    stored = assert_clean(tmp_path / "photos" / name)
    assert all(abs(a - b) <= 6 for a, b in zip(stored.getpixel((32, 32)), (200, 100, 50), strict=True))


def test_a_16_bit_grey_png_keeps_its_tones(tmp_path: Path) -> None:
    source = tmp_path / "deep.png"
    # Left half a quarter of full scale, right half nearly white, as 16-bit little-endian samples.
    row = struct.pack("<40H", *[16000] * 40) + struct.pack("<40H", *[60000] * 40)
    deep = Image.frombytes("I;16", (80, 40), row * 40)
    deep.save(source)
    with Image.open(source) as written:
        assert written.mode.startswith("I") and written.getpixel((20, 20)) == 16000
    name = import_photo(source, tmp_path / "photos")
    with Image.open(tmp_path / "photos" / name) as stored:
        dark, light = stored.convert("L").getpixel((20, 20)), stored.convert("L").getpixel((60, 20))
    assert 50 < dark < 75  # 16000 / 65535 of 255 is about 62, not clipped to white
    assert light > 225


def test_palette_and_grey_with_alpha_pictures_are_flattened_on_white(tmp_path: Path) -> None:
    palette = tmp_path / "palette.png"
    Image.new("RGB", (40, 40), (0, 128, 0)).convert("P", palette=Image.Palette.ADAPTIVE).save(palette)
    grey_alpha = tmp_path / "grey-alpha.png"
    Image.new("LA", (40, 40), (0, 0)).save(grey_alpha)  # black but fully transparent
    photos = tmp_path / "photos"
    with Image.open(photos / import_photo(palette, photos)) as stored:
        assert stored.getpixel((20, 20))[1] > 100
    with Image.open(photos / import_photo(grey_alpha, photos)) as stored:
        assert min(stored.getpixel((20, 20))) > 240  # transparent becomes paper white, not black


def test_a_huge_exif_block_is_handled_and_removed(tmp_path: Path) -> None:
    source = jpeg_with_exif(tmp_path / "chatty.jpg", orientation=3, extra=b"x" * 60_000)
    assert source.stat().st_size > 60_000
    name = import_photo(source, tmp_path / "photos")
    stored = assert_clean(tmp_path / "photos" / name)
    assert (tmp_path / "photos" / name).stat().st_size < 20_000
    # Orientation 3 is upside down: after turning, the blue half is on top.
    assert stored.getpixel((150, 20))[2] > 150


# Refusals ----------------------------------------------------------------------------------------------------


def refused(source: Path, folder: Path, *, logo: bool = False) -> str:
    with pytest.raises(ImageImportError) as caught:
        (import_logo if logo else import_photo)(source, folder)
    assert folder_is_empty(folder), "nothing may be written when a picture is refused"
    return str(caught.value)


def png_claiming_size(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims an enormous picture: a decompression bomb."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    body = zlib.compress(b"\0" * 1024)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body) + chunk(b"IEND", b"")


def test_a_decompression_bomb_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "bomb.png"
    source.write_bytes(png_claiming_size(100_000, 100_000))
    message = refused(source, tmp_path / "photos")
    assert "too large" in message


def test_a_picture_just_over_the_pixel_limit_is_refused_before_decoding(tmp_path: Path) -> None:
    source = tmp_path / "huge.png"
    source.write_bytes(png_claiming_size(10_000, 6_000))  # 60 megapixels, below Pillow's own bomb limit
    message = refused(source, tmp_path / "photos")
    assert "10000 × 6000" in message and "megapixels" in message


def test_a_truncated_photo_is_refused(tmp_path: Path) -> None:
    whole = io.BytesIO()
    Image.effect_noise((400, 300), 60).convert("RGB").save(whole, format="JPEG", quality=90)
    source = tmp_path / "cut-off.jpg"
    source.write_bytes(whole.getvalue()[: len(whole.getvalue()) // 2])
    message = refused(source, tmp_path / "photos")
    assert "damaged or incomplete" in message


def test_a_text_file_named_jpg_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "notes.jpg"
    source.write_text("Remember to buy milk\n" * 20)
    message = refused(source, tmp_path / "photos")
    assert "not a picture" in message and "JPEG, PNG or WebP" in message


def test_a_gif_is_refused_with_the_formats_we_take(tmp_path: Path) -> None:
    source = tmp_path / "dance.gif"
    Image.new("P", (20, 20)).save(source, format="GIF")
    message = refused(source, tmp_path / "photos")
    assert "GIF" in message and "JPEG, PNG or WebP" in message


@pytest.mark.parametrize(("suffix", "kind", "word"), [("tif", "TIFF", "TIFF"), ("bmp", "BMP", "BMP")])
def test_other_picture_formats_are_refused(tmp_path: Path, suffix: str, kind: str, word: str) -> None:
    source = tmp_path / f"scan.{suffix}"
    Image.new("RGB", (20, 20)).save(source, format=kind)
    assert word in refused(source, tmp_path / "photos")


def test_an_svg_is_refused_by_name(tmp_path: Path) -> None:
    source = tmp_path / "logo.svg"
    source.write_text('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>')
    message = refused(source, tmp_path / "logos", logo=True)
    assert "SVG" in message and "JPEG, PNG or WebP" in message


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    message = refused(tmp_path / "not-there.jpg", tmp_path / "photos")
    assert "could not be found" in message


def test_a_folder_or_an_empty_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "a-folder.jpg").mkdir()
    assert "not a file" in refused(tmp_path / "a-folder.jpg", tmp_path / "photos")
    (tmp_path / "empty.jpg").write_bytes(b"")
    assert "empty" in refused(tmp_path / "empty.jpg", tmp_path / "photos")


def test_an_unreadable_file_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = jpeg_with_exif(tmp_path / "locked.jpg", orientation=1)

    def no_access(self: Path, *args: object, **kwargs: object) -> object:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", no_access)
    message = refused(source, tmp_path / "photos")
    assert "could not be read" in message and "Permission denied" in message


# A logo ------------------------------------------------------------------------------------------------------


def test_a_logo_keeps_its_transparency_and_is_named_for_the_clinic(tmp_path: Path) -> None:
    source = tmp_path / "logo.png"
    picture = Image.new("RGBA", (2400, 800), (0, 0, 0, 0))
    picture.paste((42, 111, 107, 255), (100, 100, 2300, 700))
    picture.save(source, pnginfo=None)
    logos = tmp_path / "logos"
    name = import_logo(source, logos)
    assert re.fullmatch(r"[0-9a-f]{32}\.png", name)
    stored = assert_clean(logos / name)
    assert stored.format == "PNG" and stored.mode == "RGBA"
    assert max(stored.size) == LOGO_LONGEST_SIDE
    assert stored.getpixel((0, 0))[3] == 0
    assert stored.getpixel((600, 200))[3] == 255
    assert Clinic(name="Clinic", logo=name).logo == name


def test_a_jpeg_logo_is_stored_as_png(tmp_path: Path) -> None:
    source = jpeg_with_exif(tmp_path / "logo.jpg", orientation=1)
    name = import_logo(source, tmp_path / "logos")
    with Image.open(tmp_path / "logos" / name) as stored:
        assert stored.format == "PNG"
    assert_clean(tmp_path / "logos" / name)


def test_a_logo_with_text_chunks_loses_them(tmp_path: Path) -> None:
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    info.add_text("Author", "Someone")
    info.add_text("XML:com.adobe.xmp", "<x:xmpmeta xmlns:x='adobe:ns:meta/'>http://ns.adobe.com/xap/1.0/</x:xmpmeta>")
    source = tmp_path / "logo.png"
    Image.new("RGBA", (100, 50), (10, 20, 30, 255)).save(source, pnginfo=info)
    name = import_logo(source, tmp_path / "logos")
    assert b"Someone" not in (tmp_path / "logos" / name).read_bytes()
    assert_clean(tmp_path / "logos" / name)


def test_a_bad_logo_is_refused_and_nothing_written(tmp_path: Path) -> None:
    source = tmp_path / "logo.gif"
    Image.new("P", (20, 20)).save(source, format="GIF")
    assert "GIF" in refused(source, tmp_path / "logos", logo=True)
