"""Every name prints: Latin, Greek, Cyrillic, Vietnamese, Hebrew, Arabic, Chinese, Japanese and Korean.

Checked in the text layer (read back with pypdf) and as pixels: the plan's
title is set in each script, the page is rasterised with pdftoppm, and the
title's ink is compared with a reference drawn by Pillow with libraqm
(HarfBuzz shaping and FriBiDi ordering), which lays the name out
independently of ReportLab.  The wrong order (letters left to right, as
typed, unjoined) must look further from our page than the reference does.
"""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest
from pdf_samples import all_text, flat, simple_plan, text_runs
from PIL import Image, ImageChops, ImageDraw, ImageFont, features

from designer.domain import Clinic, Exercise, Layout
from designer.pdf import HandoutOptions, render_handout_with_warnings
from designer.pdf.measurements import metrics_for
from designer.pdf.theme import FONTS_DIR
from designer.pdf.warnings import WarningKind

NAMES = {
    "latin": "Zoë O'Brien-Łukasiewicz",
    "greek": "Σοφία Παπαδοπούλου",
    "cyrillic": "Анастасия Кузнецова",
    "vietnamese": "Nguyễn Thị Minh Khai",
    "hebrew": "יוסף כהן",
    "arabic": "فاطمة الزهراء",
    "chinese": "王小明",
    "japanese": "佐藤 さくら",
    "korean": "김민준",
}
RIGHT_TO_LEFT = {"hebrew", "arabic"}
REFERENCE_FONTS = {"chinese": "DroidSansFallbackFull.ttf", "japanese": "DroidSansFallbackFull.ttf"}
DPI = 150


def render(exercises: dict[str, Exercise], clinic: Clinic, title: str, client: str, layout: Layout) -> bytes:
    plan = replace(simple_plan(["glute-bridge"]), title=title, therapist=client)
    options = HandoutOptions(layout=layout, client_name=client, date=dt.date(2026, 11, 24), deterministic=True)
    result = render_handout_with_warnings(plan, exercises, clinic, options)
    assert not result.warnings_of(WarningKind.MISSING_CHARACTERS)
    return result.pdf


@pytest.mark.parametrize("layout", list(Layout))
@pytest.mark.parametrize("script", list(NAMES))
def test_every_name_is_in_the_text_layer(
    script: str, layout: Layout, exercises: dict[str, Exercise], clinic: Clinic, no_pictures: None
) -> None:
    name = NAMES[script]
    pdf = render(exercises, replace(clinic, name=f"Clinic {name}"), f"Plan for {name}", name, layout)
    # Compared without spaces: a long name may wrap (after its hyphen) in the compact banner.
    text = squeezed(all_text(pdf).replace("\u2019", "'"))
    expected = squeezed(name)
    if script in RIGHT_TO_LEFT:
        # Arabic is drawn in its joined (presentation) forms, which NFKC maps back to the letters as typed;
        # pypdf reads a right-to-left run back in the order it was typed.
        text = unicodedata.normalize("NFKC", text)
    assert f"For{expected}" in text  # not "For  ·": the name is there
    assert f"Planfor{expected}" in text
    assert f"Clinic{expected}" in text


def squeezed(text: str) -> str:
    return "".join(text.split())


def page_image(pdf: bytes) -> Image.Image:
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is needed to look at the page")
    png = subprocess.run(
        ["pdftoppm", "-r", str(DPI), "-f", "1", "-l", "1", "-png", "-"], input=pdf, capture_output=True, check=True
    ).stdout
    return Image.open(io.BytesIO(png)).convert("L")


def ink(image: Image.Image) -> Image.Image:
    """The image cropped to its dark pixels, black on white, as a 1-bit mask."""
    mask = image.point(lambda value: 255 if value < 140 else 0)
    box = mask.getbbox()
    assert box is not None, "nothing was drawn"
    return mask.crop(box)


def reference(
    text: str, font_file: Path, size_px: int, *, engine: ImageFont.Layout, direction: str | None
) -> Image.Image:
    font = ImageFont.truetype(str(font_file), size_px, layout_engine=engine)
    canvas = Image.new("L", (size_px * (len(text) + 2), size_px * 3), 255)
    ImageDraw.Draw(canvas).text((size_px, size_px), text, font=font, fill=0, direction=direction)
    return canvas


def difference(first: Image.Image, second: Image.Image) -> float:
    """How unlike two ink masks are (0: the same), compared at one size."""
    size = (200, 40)
    a = first.resize(size, Image.Resampling.BILINEAR)
    b = second.resize(size, Image.Resampling.BILINEAR)
    histogram = ImageChops.difference(a, b).histogram()
    return sum(value * count for value, count in enumerate(histogram)) / (255 * size[0] * size[1])


@pytest.mark.skipif(not features.check("raqm"), reason="the reference needs Pillow with libraqm")
@pytest.mark.parametrize("script", ["hebrew", "arabic", "chinese", "japanese", "korean", "greek"])
def test_names_are_drawn_in_the_right_order(
    script: str, exercises: dict[str, Exercise], clinic: Clinic, no_pictures: None
) -> None:
    name = NAMES[script]
    pdf = render(exercises, clinic, name, "", Layout.DETAILED)
    title_run = max((run for run in text_runs(pdf) if run.page == 0), key=lambda run: run.size)
    page = page_image(pdf)
    scale = DPI / 72
    top = page.height - (title_run.y + title_run.size) * scale
    bottom = page.height - (title_run.y - title_run.size * 0.4) * scale
    margin = metrics_for(Layout.DETAILED).margin_side * scale
    drawn = ink(page.crop((int(margin) - 2, int(top), int(page.width - margin), int(bottom))))
    font_file = FONTS_DIR / REFERENCE_FONTS.get(script, "DejaVuSans-Bold.ttf")
    if script == "korean":
        font_file = FONTS_DIR / "NanumGothic.ttf"
    size_px = round(title_run.size * scale)
    direction = "rtl" if script in RIGHT_TO_LEFT else "ltr"
    right = ink(reference(name, font_file, size_px, engine=ImageFont.Layout.RAQM, direction=direction))
    # The same letters as typed, left to right and unjoined: what a renderer without bidi and shaping draws.
    wrong = ink(reference(name, font_file, size_px, engine=ImageFont.Layout.BASIC, direction=None))
    assert abs(drawn.width - right.width) <= 0.12 * right.width  # the whole name, nothing dropped
    assert difference(drawn, right) < 0.12
    if script in RIGHT_TO_LEFT:
        assert difference(drawn, right) < difference(drawn, wrong) * 0.6


def test_undrawable_characters_are_a_typed_warning_and_the_text_around_them_stays(
    exercises: dict[str, Exercise], clinic: Clinic, no_pictures: None
) -> None:
    plan = replace(simple_plan(["glute-bridge"]), notes="Keep going 𝄞 steady")
    result = render_handout_with_warnings(plan, exercises, clinic, HandoutOptions(client_name="Ann ꯃꯤ Lee"))
    missing = result.warnings_of(WarningKind.MISSING_CHARACTERS)
    assert len(missing) == 1
    assert set(missing[0].characters) == {"𝄞", "ꯃ", "ꯤ"}
    assert result.missing_characters == missing[0].characters
    text = flat(all_text(result.pdf))
    assert "Keep going steady" in text
    assert "For Ann Lee" in text
