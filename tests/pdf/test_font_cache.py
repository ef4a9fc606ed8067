"""The parsed-font cache: a warm cache gives ReportLab the same face as parsing, and a bad one is never used."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zlib
from pathlib import Path
from typing import Any

import pytest
from reportlab.pdfbase.ttfonts import TTFontFace

from designer.pdf import font_cache
from designer.pdf.typefaces import FONTS_DIR

# The first lines of a script that renders the built-in at-home strength routine in a fresh Python.
RENDER_ROUTINE = (
    "from designer.domain import Clinic, Layout\n"
    "from designer.library import Library\n"
    "from designer.library.templates import load_builtin_template\n"
    "from designer.pdf import HandoutOptions, render_handout\n"
    "library = Library()\n"
    "plan = load_builtin_template('at-home-strength', library)\n"
)


def run_fresh(script: str, tmp_path: Path, **options: Any) -> subprocess.CompletedProcess[Any]:
    """``script`` run by a fresh Python in the project's folder, its font cache in ``tmp_path``."""
    environment = {**os.environ, "PROGRAMME_DESIGNER_FONT_CACHE": str(tmp_path / "cache")}
    root = Path(__file__).resolve().parents[2]
    return subprocess.run([sys.executable, "-c", script], env=environment, cwd=root, capture_output=True, **options)


# What ReportLab measures and subsets with: a cached face must give back each of these as parsing does.
PARSED = ("name", "ascent", "descent", "capHeight", "flags", "charToGlyph", "glyphToChar", "charWidths", "hmetrics")


@pytest.fixture
def font(tmp_path: Path) -> Path:
    """A copy of DejaVu Sans that a test may touch."""
    copy = tmp_path / "fonts" / "DejaVuSans.ttf"
    copy.parent.mkdir()
    shutil.copyfile(FONTS_DIR / "DejaVuSans.ttf", copy)
    return copy


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("PROGRAMME_DESIGNER_FONT_CACHE", str(folder))
    return folder


def test_a_cached_face_is_the_parsed_face(font: Path, cache: Path) -> None:
    first = font_cache.load_face(font)
    assert font_cache._cache_file(font).is_file()
    second = font_cache.load_face(font)
    parsed = TTFontFace(str(font))
    for name in PARSED:
        assert getattr(second, name) == getattr(parsed, name), name
    assert second.name.ustr == "DejaVuSans"
    assert second._pdfScale(2048) == parsed._pdfScale(2048)
    assert second.makeSubset([0, 65, 66, 0x410]) == parsed.makeSubset([0, 65, 66, 0x410])
    assert first is not second


def test_the_cache_is_read_when_it_matches(font: Path, cache: Path) -> None:
    font_cache.load_face(font)
    # A kept face with a changed ascent proves the second load comes from the cache, not from the font.
    _edit_cached(font_cache._cache_file(font), ascent=1234.0)
    assert font_cache.load_face(font).ascent == 1234.0


def test_a_changed_font_is_parsed_again(font: Path, cache: Path) -> None:
    font_cache.load_face(font)
    _edit_cached(font_cache._cache_file(font), ascent=1234.0)
    later = font.stat().st_mtime_ns + 5_000_000_000
    os.utime(font, ns=(later, later))
    assert font_cache.load_face(font).ascent == TTFontFace(str(font)).ascent
    # ... and the cache now holds the font as it is.
    assert font_cache.load_face(font).ascent == TTFontFace(str(font)).ascent


@pytest.mark.parametrize("content", [b"", b"\x00\x01 not a cache", b"\xe9" * 5000])
def test_a_damaged_cache_is_ignored_and_replaced(font: Path, cache: Path, content: bytes) -> None:
    cache.mkdir()
    font_cache._cache_file(font).write_bytes(content)
    assert font_cache.load_face(font).charWidths == TTFontFace(str(font)).charWidths
    assert font_cache._cache_file(font).read_bytes() != content


def test_a_cache_folder_that_cannot_be_made_only_costs_time(
    font: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("PROGRAMME_DESIGNER_FONT_CACHE", str(blocker / "fonts"))
    assert font_cache.load_face(font).charWidths == TTFontFace(str(font)).charWidths


def test_an_empty_setting_turns_the_cache_off(font: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PROGRAMME_DESIGNER_FONT_CACHE", "")
    monkeypatch.chdir(tmp_path)
    assert font_cache.load_face(font).name.ustr == "DejaVuSans"
    assert sorted(path.name for path in tmp_path.rglob("*.marshal")) == []


def _edit_cached(path: Path, **changes: object) -> None:
    import marshal

    kept = marshal.loads(path.read_bytes())
    kept["state"].update(changes)
    path.write_bytes(marshal.dumps(kept))


def test_a_handout_is_the_same_bytes_from_a_cold_or_a_warm_cache(tmp_path: Path) -> None:
    """Two processes, the first parsing the fonts (and keeping them), the second loading them from the cache."""
    script = (
        "import sys\n"
        + RENDER_ROUTINE
        + "options = HandoutOptions(layout=Layout.DETAILED, client_name='Zoë Ἀθηνᾶ', deterministic=True)\n"
        "pdf = render_handout(plan, {e.id: e for e in library.all()}, Clinic(name='Springback'), options)\n"
        "sys.stdout.buffer.write(pdf)\n"
    )
    runs = [run_fresh(script, tmp_path, check=True) for _run in range(2)]
    assert [path.name for path in (tmp_path / "cache").glob("DejaVuSans-Bold-*.marshal")] == [
        f"DejaVuSans-Bold-{zlib.crc32(str(FONTS_DIR).encode()):08x}.marshal"
    ]
    assert runs[0].stdout.startswith(b"%PDF")
    assert runs[0].stdout == runs[1].stdout


def test_the_italic_faces_are_read_only_when_a_paragraph_uses_them(tmp_path: Path) -> None:
    """A handout (no italics) leaves them unread; ``<i>`` still prints in DejaVu Sans Oblique, read as parsed."""
    import json

    script = (
        "import io, json\n"
        "from pypdf import PdfReader\n"
        "from reportlab.lib.styles import ParagraphStyle\n"
        "from reportlab.pdfbase import pdfmetrics\n"
        "from reportlab.pdfbase.ttfonts import TTFontFace\n"
        "from reportlab.platypus import Paragraph, SimpleDocTemplate\n"
        + RENDER_ROUTINE
        + "render_handout(plan, {e.id: e for e in library.all()}, Clinic(name='Springback'), HandoutOptions())\n"
        "faces = lambda: [type(pdfmetrics.getFont(name).face).__name__ for name in\n"
        "    ('DejaVuSans', 'DejaVuSans-Oblique', 'DejaVuSans-BoldOblique')]\n"
        "after_handout = faces()\n"
        "out = io.BytesIO()\n"
        "style = ParagraphStyle('plain', fontName='DejaVuSans')\n"
        "SimpleDocTemplate(out).build([Paragraph('Go <i>slowly</i> and <b><i>breathe</i></b>', style)])\n"
        "fonts = sorted(str(font['/BaseFont']) for page in PdfReader(out).pages\n"
        "    for font in page['/Resources']['/Font'].values())\n"
        f"names = {list(PARSED)!r}\n"
        "read = pdfmetrics.getFont('DejaVuSans-Oblique').face\n"
        "parsed = TTFontFace(read.filename)\n"
        "same = [name for name in names if getattr(read, name) == getattr(parsed, name)]\n"
        "print(json.dumps([after_handout, faces(), fonts, same == names]))\n"
    )
    done = run_fresh(script, tmp_path, text=True)
    assert done.returncode == 0, done.stderr
    after_handout, after_italics, fonts, same = json.loads(done.stdout.splitlines()[-1])
    assert after_handout == ["TTFontFace", "FaceReadWhenUsed", "FaceReadWhenUsed"]
    assert after_italics == ["TTFontFace", "TTFontFace", "TTFontFace"]
    embedded = [font.split("+")[-1] for font in fonts if "+" in font]  # (ReportLab also names its Helvetica)
    assert embedded == ["DejaVuSans", "DejaVuSans-BoldOblique", "DejaVuSans-Oblique"]
    assert same


def test_two_installations_keep_their_own_cached_fonts(font: Path, cache: Path, tmp_path: Path) -> None:
    """Two copies of the font (two installations, their files of different ages) do not replace each other's."""
    other = tmp_path / "other-installation" / "DejaVuSans.ttf"
    other.parent.mkdir()
    shutil.copyfile(font, other)
    later = font.stat().st_mtime_ns + 5_000_000_000
    os.utime(other, ns=(later, later))
    for path in (font, other, font, other):
        font_cache.load_face(path)
    assert len(list(cache.glob("DejaVuSans-*.marshal"))) == 2
    for path in (font, other):
        _edit_cached(font_cache._cache_file(path), ascent=1234.0)
    assert [font_cache.load_face(path).ascent for path in (font, other)] == [1234.0, 1234.0]
