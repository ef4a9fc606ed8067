"""Turning what a therapist typed into safe ReportLab paragraph markup.

ReportLab paragraphs read a small HTML-like markup: ``<b>``, ``<img src=...>``,
``<a href=...>``, entities.  User text must never be read as markup, or a note
such as ``keep pain < 3/10`` would break the render and ``<img src="/etc/passwd">``
would try to read a file.  So every piece of user text passes through
``UserText`` here before it meets a Paragraph:

- characters no bundled font can show (emoji, rare scripts) and invisible control
  characters are dropped, and remembered so the handout can warn (a typed warning
  naming them: never a silent gap);
- Arabic is joined (its presentation forms) and Hebrew and Arabic are set right to
  left within the line (``visual``), since ReportLab lays text out left to right;
- Chinese, Japanese and Korean are set in the bundled CJK font (``<font>`` runs);
- ``&``, ``<``, ``>`` and quotes are escaped, so the text prints exactly as typed;
- line breaks become ``<br/>``.

Links are made only here, only for http(s), mailto and tel addresses.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth

from designer.domain.clinic import is_safe_link

from .theme import cjk_font_for, font_runs, is_right_to_left, may_need_cjk_font, printable_characters
from .typefaces import RIGHT_TO_LEFT_BLOCKS
from .warnings import HandoutWarning, WarningKind

_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
_SPACES = re.compile(r"[ \t]+")
# Characters that look like nothing but still do something: zero-width spaces, bidi overrides, byte-order marks.
_INVISIBLE = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]")


def escape(text: str) -> str:
    """Escape the characters ReportLab's paragraph parser treats as markup."""
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&#39;")
    )


class UserText:
    """Cleans and escapes user text for one render, collecting what could not be printed."""

    def __init__(self) -> None:
        self._printable = printable_characters()
        self.dropped: set[str] = set()

    def clean(self, text: str, *, multiline: bool = True) -> str:
        """Plain text that the font can show: no control characters, no unprintable symbols."""
        text = unicodedata.normalize("NFC", _LINE_BREAKS.sub("\n", text))
        text = _INVISIBLE.sub("", text).replace("\t", " ")
        kept: list[str] = []
        if text.isascii():
            # The common case: plain English needs no per-character look-up (only control characters go).
            kept_text = "".join(char if char == "\n" or " " <= char < "\x7f" else "" for char in text)
            return self._tidy(kept_text, multiline)
        for char in text:
            if char == "\n":
                kept.append(char if multiline else " ")
            elif unicodedata.category(char) == "Cc":
                continue
            elif unicodedata.category(char) in ("Mn", "Me") and (
                is_right_to_left(char) or (kept and _base_is_right_to_left(kept))
            ):
                # Vowel marks, and any other mark on a Hebrew or Arabic letter: the letters print without them,
                # as most print does (ReportLab cannot place a mark on a letter set right to left).
                continue
            elif ord(char) in self._printable or cjk_font_for(char):
                kept.append(char)
            else:
                self.dropped.add(char)
        return self._tidy("".join(kept), multiline)

    @staticmethod
    def _tidy(cleaned: str, multiline: bool) -> str:
        if not multiline:
            return " ".join(cleaned.split())
        # Trailing spaces on a line and runs of blank lines add nothing on paper.
        lines = [_SPACES.sub(" ", line).strip() for line in cleaned.split("\n")]
        return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()

    def markup(self, text: str) -> str:
        """Multi-line user text as paragraph markup: escaped, with line breaks kept."""
        return "<br/>".join(self._markup_line(line) for line in self.clean(text).split("\n"))

    def line(self, text: str, *, unbroken: bool = False) -> str:
        """One-line user text (a name, a title) as paragraph markup; ``unbroken``: never split over lines."""
        cleaned = self.clean(text, multiline=False)
        return self._markup_line(cleaned.replace(" ", "\u00a0") if unbroken else cleaned)

    def title(self, text: str) -> str:
        """A heading's markup: its last two words held together, so no word stands alone on the last line."""
        return self._markup_line(no_lone_last_word(self.clean(text, multiline=False)))

    def paragraphs(self, text: str) -> list[str]:
        """Multi-line text split at line breaks into separate paragraphs' markup (blank lines dropped)."""
        return [self._markup_line(part) for part in self.clean(text).split("\n") if part.strip()]

    def plain(self, text: str) -> str:
        """One line of user text to draw straight on the page (page headers): cleaned, in visual order."""
        return visual(curly_quotes(self.clean(text, multiline=False)))

    def _markup_line(self, text: str) -> str:
        return with_cjk_font(escape(visual(curly_quotes(text))))

    def link(
        self,
        address: str,
        label: str | None = None,
        *,
        colour: str | None = None,
        fit: tuple[str, float, float] | None = None,
    ) -> str:
        """A clickable link when the address is web, mail or phone; otherwise the label as plain text.

        ``colour`` is one of ours (#RRGGBB), never user text.  With ``fit`` (font, size, width)
        a label wider than the width breaks after a "/" (a web address reads as its parts)
        rather than wherever the letters run out.
        """
        plain = visual(self.clean(label if label is not None else address, multiline=False))
        parts = _break_after_slashes(plain, *fit) if fit else [plain]
        shown = "<br/>".join(with_cjk_font(escape(part)) for part in parts)
        address = address.strip()
        if not address or not is_safe_link(address) or any(ord(char) < 32 for char in address):
            return shown
        colour_attr = f' color="{colour}"' if colour and re.fullmatch(r"#[0-9A-Fa-f]{6}", colour) else ""
        return f'<a href="{escape(address)}"{colour_attr}><u>{shown}</u></a>'

    def warning(self) -> HandoutWarning | None:
        """A warning naming the characters that had to be left out, else None."""
        if not self.dropped:
            return None
        shown = sorted(self.dropped)
        sample = " ".join(shown[:12]) + (f" and {len(shown) - 12} more" if len(shown) > 12 else "")
        return HandoutWarning(
            f"Some characters cannot be printed with the handout's fonts and were left out ({sample}). "
            "Check names and notes for emoji or unusual symbols.",
            WarningKind.MISSING_CHARACTERS,
            tuple(shown),
        )


def _base_is_right_to_left(kept: list[str]) -> bool:
    """Whether the letter a mark would sit on (the last kept character that is not a mark) is right to left."""
    for char in reversed(kept):
        if not unicodedata.category(char).startswith("M"):
            return is_right_to_left(char)
    return False


def visual(text: str) -> str:
    """One line in the order it is drawn: Arabic letters joined, Hebrew and Arabic runs right to left.

    ReportLab draws characters left to right as given, so a right-to-left name is
    reordered here (the line's own direction stays left to right: the handout is
    in English).  A right-to-left run that wraps over two lines keeps its order
    within each line but not across them; names and titles are short enough.
    """
    if text.isascii() or not _has_right_to_left(text):
        return text
    from bidi import get_display  # only for the few handouts that need them

    return get_display(_arabic_reshaper().reshape(text), base_dir="L")


def _arabic_reshaper() -> Any:
    global _RESHAPER
    if _RESHAPER is None:
        import arabic_reshaper

        # The one-glyph "Allah" ligature is not in DejaVu Sans; its letters joined one by one read the same.
        _RESHAPER = arabic_reshaper.ArabicReshaper(configuration={"ARABIC LIGATURE ALLAH": False})
    return _RESHAPER


_RESHAPER: Any = None
# Quick tests before the character-by-character work: almost every line is neither right to left nor CJK.  They
# look at a line's few distinct characters, those at or above the blocks' start.  (A regular expression over these
# blocks costs 7-9 ms to compile, as Python lists every character of a range: a fiftieth of ``python main.py
# render``, for lines that are nearly all English.)  The blocks are the fonts' own (``typefaces``).


def _has_right_to_left(text: str) -> bool:
    return any(low <= ord(char) <= high for char in set(text) if char >= "\u0590" for low, high in RIGHT_TO_LEFT_BLOCKS)


def _may_have_cjk(text: str) -> bool:
    return any(may_need_cjk_font(char) for char in set(text) if char >= "\u1100")


def with_cjk_font(markup: str) -> str:
    """Runs of Chinese, Japanese or Korean in escaped markup wrapped in the CJK font that draws them."""
    if markup.isascii() or not _may_have_cjk(markup):
        return markup
    # Escaped markup holds only entities (&amp; ...) besides text, and entities are drawn by the main font.
    return "".join(
        run if run_font == "" else f'<font name="{run_font}">{run}</font>' for run, run_font in font_runs(markup, "")
    )


_DOUBLE_OPENING = re.compile(r'(^|[\s(\[{\u2014\u2013=-])"')
_SINGLE_OPENING = re.compile(r"(^|[\s(\[{\u2014\u2013=-])'")


def curly_quotes(text: str) -> str:
    """Typewriter quotes as printers set them: "x" becomes “x”, it's becomes it’s.

    A quote after a space, a bracket, a dash or "=" (or at the start) opens; any other closes, and a lone
    apostrophe inside a word is the closing single quote, as in print.
    """
    text = _DOUBLE_OPENING.sub("\\1\u201c", text).replace('"', "\u201d")
    return _SINGLE_OPENING.sub("\\1\u2018", text).replace("'", "\u2019")


def no_lone_last_word(text: str) -> str:
    """The last two words joined by a no-break space, so a heading never ends with one word alone.

    Only when the last word is short (a long one alone on a line still reads as a line, and joining
    two long words could make a line too long to break at all).
    """
    head, space, last = text.rpartition(" ")
    if not space or not head or len(last) > 12 or len(head.rpartition(" ")[2]) + len(last) > 24:
        return text
    return f"{head}\u00a0{last}"


def _break_after_slashes(text: str, font: str, size: float, width: float) -> list[str]:
    """A web address in as few lines no wider than ``width`` as it can, broken after a "/" or else a ".".

    "www.example.co.uk/booking" reads better as "www.example." and "co.uk/booking" than cut
    wherever the letters run out.  Text that fits, or has nowhere to break, is left whole.
    """
    if stringWidth(text, font, size) <= width:
        return [text]
    breaks = [index + 1 for index, char in enumerate(text[:-1]) if char in "/."]

    # After a "/" is the best break, after a "." the next best; a line of a few letters is worst.
    def cost(start: int, end: int) -> float:
        return (0 if end == len(text) else 1 if text[end - 1] == "/" else 2) + (3 if end - start < 5 else 0)

    best: dict[int, tuple[int, float, list[str]]] = {0: (0, 0.0, [])}
    for end in [*breaks, len(text)]:
        options = [
            (lines + 1, penalty + cost(start, end), [*parts, text[start:end]])
            for start, (lines, penalty, parts) in best.items()
            if start < end and stringWidth(text[start:end], font, size) <= width
        ]
        if options:
            best[end] = min(options, key=lambda option: (option[0], option[1]))
    return best[len(text)][2] if len(text) in best else [text]


_NUMBER_AND_UNIT = re.compile(r"(\d) (s|min|kg|lb|sets?|reps?|times|days?)\b")
# "5 days a week", "every day", "twice a day": how often reads as one phrase, so it is not split over lines.
_HOW_OFTEN = re.compile(r"\b(a|every) (day|week)\b")


def keep_units_together(text: str) -> str:
    """ "3 s", "60 s" and "a week" with a no-break space, so a line never ends on a bare number or "a"."""
    return _HOW_OFTEN.sub("\\1\u00a0\\2", _NUMBER_AND_UNIT.sub("\\1\u00a0\\2", text))


def phone_link(phone: str) -> str:
    """The tel: address for a phone number as the clinic wrote it ("" when it has no digits)."""
    digits = re.sub(r"[^+0-9]", "", phone)
    return f"tel:{digits}" if re.search(r"[0-9]", digits) else ""


def mail_link(email: str) -> str:
    return f"mailto:{email.strip()}" if email.strip() else ""


def web_label(address: str) -> str:
    """A web address as people say it: without https:// and a trailing slash."""
    return re.sub(r"^https?://", "", address.strip(), flags=re.IGNORECASE).rstrip("/")
