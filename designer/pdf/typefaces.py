"""The handout's typefaces: DejaVu Sans for Latin, Greek, Cyrillic, Vietnamese, Hebrew and Arabic; Droid Sans
Fallback and NanumGothic for Chinese, Japanese and Korean; and which characters each can print.

The fonts are registered with ReportLab once per process; the CJK fonts (4-5 MB each) only when a handout first
has a character that needs them.  ``theme`` re-exports the names the rest of ``designer.pdf`` uses.
"""

from __future__ import annotations

import threading
import unicodedata
from fnmatch import fnmatch
from functools import lru_cache
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import PDFDocument
from reportlab.pdfbase.ttfonts import SUBSETN, TTEncoding, TTFNameBytes, TTFont, unShapedFontGlob

from .font_cache import load_face

FONTS_DIR = Path(__file__).resolve().parent / "fonts"

# DejaVu Sans covers Latin (with Latin Extended), Greek and Cyrillic, so clients' names print as typed.
FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
FONT_BOLD_ITALIC = "DejaVuSans-BoldOblique"
_FONT_FILES = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_ITALIC: "DejaVuSans-Oblique.ttf",
    FONT_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}


# The italic faces are registered (so ``<i>`` would find them) but read only when something first asks for them:
# no handout of ours prints in italics, and reading a face costs 3-5 ms of every ``python main.py render``.
_READ_WHEN_USED = (FONT_ITALIC, FONT_BOLD_ITALIC)


_font_lock = threading.Lock()
_fonts_registered = False


def to_unicode_cmap(font_name: str, subset: list[int]) -> str:
    """The ToUnicode map of one font subset, with every character written as UTF-16 (as the PDF standard asks).

    ReportLab writes a character beyond U+FFFF (an emoji the font draws) as five
    hex digits, which PDF readers refuse, so the character vanished from the
    text layer (copy, search, screen readers) although it was drawn.  Beyond
    U+FFFF a character is two UTF-16 units (a surrogate pair).
    """

    def utf16(code_point: int) -> str:
        return chr(code_point).encode("utf-16-be", "surrogatepass").hex().upper()

    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({font_name})",
            f"/Ordering ({font_name})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{font_name} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *(f"<{code:02X}> <{utf16(code_point)}>" for code, code_point in enumerate(subset)),
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


class HandoutFont(TTFont):
    """A TrueType font whose text layer gives back every character it draws, emoji included.

    Its face comes from ``font_cache`` (parsed once, then loaded from the user's cache folder), so this does what
    ``TTFont.__init__`` does with ReportLab's defaults, except that it does not parse the file itself.
    """

    def __init__(self, name: str, path: Path, *, read_when_used: bool = False) -> None:
        self.fontName = name
        self.face = FaceReadWhenUsed(self, name, path) if read_when_used else load_face(path)
        self.encoding = TTEncoding()
        self.state: WeakKeyDictionary[PDFDocument, TTFont.State] = WeakKeyDictionary()
        self._asciiReadable = rl_config.ttfAsciiReadable
        self.shapable = not any(fnmatch(name, pattern) for pattern in unShapedFontGlob)

    def addObjects(self, doc: PDFDocument) -> None:  # ReportLab calls it by this name
        subsets = [list(subset) for subset in self.state[doc].subsets] if doc in self.state else []
        super().addObjects(doc)  # forgets the document's subsets, so they are read first
        for number, subset in enumerate(subsets):
            if max(subset, default=0) <= 0xFFFF:
                continue  # ReportLab's own map is right for these
            # The name ReportLab gave the subset and its map: six letters, "+", the face's name.
            name = b"".join((SUBSETN(number), b"+", self.face.name, self.face.subfontNameX)).decode("pdfdoc")
            stream = doc.idToObject.get("toUnicodeCMap:" + name)
            if stream is not None:
                stream.content = to_unicode_cmap(name, subset)


class FaceReadWhenUsed:
    """A stand-in for a face not read yet.  ReportLab registers a font by its face's name, and that is all it
    asks until it measures or draws with the font.  At the first other question the face is read (from the font
    cache) and put in the font's hands in place of this stand-in, so later questions go to the face itself; a
    question still asked of the stand-in is passed on to the face.
    """

    def __init__(self, font: TTFont, name: str, path: Path) -> None:
        self.name = TTFNameBytes(name.encode("utf-8"))  # the registered name until the font's own is read
        self._font = font
        self._path = path
        self._face: Any = None

    def __getattr__(self, attribute: str) -> Any:  # only asked for what this object does not have itself
        with _face_lock:
            if self._face is None:
                self._face = load_face(self._path)
                self._font.face = self._face
        return getattr(self._face, attribute)


_face_lock = threading.RLock()


def register_fonts() -> None:
    """Register the bundled fonts with ReportLab once per process (reading the files is the slow part)."""
    global _fonts_registered
    if _fonts_registered:
        return
    with _font_lock:
        if _fonts_registered:
            return
        for name, file_name in _FONT_FILES.items():
            path = FONTS_DIR / file_name
            if not path.is_file():
                raise FileNotFoundError(
                    f"The handout font {path} is missing; reinstall the programme designer to restore it."
                )
            pdfmetrics.registerFont(HandoutFont(name, path, read_when_used=name in _READ_WHEN_USED))
        # The family lets <b> and <i> inside paragraphs pick the right face.
        pdfmetrics.registerFontFamily(
            FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
        )
        _fonts_registered = True


# Hebrew, Arabic, Syriac, Thaana, N'Ko ... and their presentation forms, marks (vowel points) included; then the
# right-to-left writing beyond U+FFFF (old scripts, Adlam, Mende Kikakui).
RIGHT_TO_LEFT_BLOCKS = ((0x0590, 0x08FF), (0xFB1D, 0xFDFF), (0xFE70, 0xFEFF), (0x10800, 0x10FFF), (0x1E800, 0x1EFFF))


def is_right_to_left(char: str) -> bool:
    """A letter or mark of writing read from right to left (Hebrew, Arabic and others)."""
    code = ord(char)
    return unicodedata.bidirectional(char) in ("R", "AL", "AN") or any(
        low <= code <= high for low, high in RIGHT_TO_LEFT_BLOCKS
    )


@lru_cache(maxsize=1)
def printable_characters() -> frozenset[int]:
    """Code points DejaVu Sans prints in the regular and the bold face (user text is never set in italics).

    Latin, Greek, Cyrillic, Vietnamese, Hebrew and Arabic (in its joined
    presentation forms: ``text.visual`` shapes it and sets it right to left).
    """
    register_fonts()
    regular = pdfmetrics.getFont(FONT).face.charToGlyph.keys()
    bold = pdfmetrics.getFont(FONT_BOLD).face.charToGlyph.keys()
    return frozenset(regular & bold)


# Chinese, Japanese and Korean, in TrueType fonts (ReportLab embeds a subset of those, and refuses CFF outlines):
# Droid Sans Fallback (Apache-2.0) for Chinese and Japanese, NanumGothic (OFL-1.1) for Korean, whose syllables
# Droid Sans Fallback lacks.  Each is read (0.1-0.3 s) only when a handout first needs it.
CJK_FONT = "DroidSansFallback"
KOREAN_FONT = "NanumGothic"
_FALLBACK_FILES = {CJK_FONT: "DroidSansFallbackFull.ttf", KOREAN_FONT: "NanumGothic.ttf"}
# Where DejaVu Sans has no glyph and a CJK font may: CJK symbols, kana, Hangul, ideographs, full-width forms.
_CJK_BLOCKS = (
    (0x1100, 0x11FF),
    (0x2E80, 0x9FFF),
    (0xA960, 0xA97F),
    (0xAC00, 0xD7FF),
    (0xF900, 0xFAFF),
    (0xFF00, 0xFFEF),
)


def may_need_cjk_font(char: str) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in _CJK_BLOCKS)


@lru_cache(maxsize=4)
def fallback_characters(font_name: str) -> frozenset[int]:
    """Code points ``font_name`` (a CJK font) draws; registers it the first time it is asked for."""
    path = FONTS_DIR / _FALLBACK_FILES[font_name]
    with _font_lock:
        if font_name not in pdfmetrics.getRegisteredFontNames():
            if not path.is_file():
                return frozenset()  # its characters are then reported as missing, never silently dropped
            pdfmetrics.registerFont(HandoutFont(font_name, path))
            # One face for all four: <b> inside a CJK name keeps the CJK font rather than falling back to DejaVu.
            pdfmetrics.registerFontFamily(
                font_name, normal=font_name, bold=font_name, italic=font_name, boldItalic=font_name
            )
    return frozenset(pdfmetrics.getFont(font_name).face.charToGlyph.keys())


def cjk_font_for(char: str) -> str | None:
    """The CJK font that draws ``char``, or None (DejaVu Sans draws it, or nothing we have does)."""
    if not may_need_cjk_font(char) or ord(char) in printable_characters():
        return None
    for font_name in _FALLBACK_FILES:
        if ord(char) in fallback_characters(font_name):
            return font_name
    return None


def font_runs(text: str, font: str) -> list[tuple[str, str]]:
    """``text`` cut into runs, each with the font that draws it: ``font``, or the CJK font for CJK characters."""
    runs: list[tuple[str, str]] = []
    main = printable_characters()
    for char in text:
        wanted = font if ord(char) in main else (cjk_font_for(char) or font)
        if runs and runs[-1][1] == wanted:
            runs[-1] = (runs[-1][0] + char, wanted)
        else:
            runs.append((char, wanted))
    return runs


def text_width(text: str, font: str, size: float) -> float:
    """The printed width of ``text`` with CJK characters in the CJK font."""
    return sum(pdfmetrics.stringWidth(run, run_font, size) for run, run_font in font_runs(text, font))
