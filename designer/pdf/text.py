"""Turning what a therapist typed into safe ReportLab paragraph markup.

ReportLab paragraphs read a small HTML-like markup: ``<b>``, ``<img src=...>``,
``<a href=...>``, entities.  User text must never be read as markup, or a note
such as ``keep pain < 3/10`` would break the render and ``<img src="/etc/passwd">``
would try to read a file.  So every piece of user text passes through
``UserText`` here before it meets a Paragraph:

- characters the bundled font cannot show (emoji, scripts DejaVu Sans lacks) and
  invisible control characters are dropped, and remembered so the handout can warn;
- ``&``, ``<``, ``>`` and quotes are escaped, so the text prints exactly as typed;
- line breaks become ``<br/>``.

Links are made only here, only for http(s), mailto and tel addresses.
"""

from __future__ import annotations

import re
import unicodedata

from reportlab.pdfbase.pdfmetrics import stringWidth

from designer.domain.clinic import is_safe_link

from .theme import is_right_to_left, printable_characters

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
        for char in text:
            if char == "\n":
                kept.append(char if multiline else " ")
            elif unicodedata.category(char) == "Cc":
                continue
            elif ord(char) in self._printable:
                kept.append(char)
            else:
                self.dropped.add(char)
        cleaned = "".join(kept)
        if not multiline:
            return " ".join(cleaned.split())
        # Trailing spaces on a line and runs of blank lines add nothing on paper.
        lines = [_SPACES.sub(" ", line).strip() for line in cleaned.split("\n")]
        return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()

    def markup(self, text: str) -> str:
        """Multi-line user text as paragraph markup: escaped, with line breaks kept."""
        return escape(curly_quotes(self.clean(text))).replace("\n", "<br/>")

    def line(self, text: str) -> str:
        """One-line user text (a name, a title) as paragraph markup."""
        return escape(curly_quotes(self.clean(text, multiline=False)))

    def title(self, text: str) -> str:
        """A heading's markup: its last two words held together, so no word stands alone on the last line."""
        return escape(no_lone_last_word(curly_quotes(self.clean(text, multiline=False))))

    def paragraphs(self, text: str) -> list[str]:
        """Multi-line text split at line breaks into separate paragraphs' markup (blank lines dropped)."""
        return [escape(curly_quotes(part)) for part in self.clean(text).split("\n") if part.strip()]

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
        plain = self.clean(label if label is not None else address, multiline=False)
        parts = _break_after_slashes(plain, *fit) if fit else [plain]
        shown = "<br/>".join(escape(part) for part in parts)
        address = address.strip()
        if not address or not is_safe_link(address) or any(ord(char) < 32 for char in address):
            return shown
        colour_attr = f' color="{colour}"' if colour and re.fullmatch(r"#[0-9A-Fa-f]{6}", colour) else ""
        return f'<a href="{escape(address)}"{colour_attr}><u>{shown}</u></a>'

    def warning(self) -> str | None:
        """A sentence for the therapist naming the characters that had to be left out, else None."""
        if not self.dropped:
            return None
        shown = sorted(self.dropped)
        sample = " ".join(shown[:12]) + (f" and {len(shown) - 12} more" if len(shown) > 12 else "")
        advice = "Check names and notes for emoji or unusual symbols."
        if any(is_right_to_left(char) for char in shown):
            advice = (
                "Right-to-left writing (such as Hebrew or Arabic) cannot be printed yet; "
                "write names in Latin letters, and check notes for emoji or unusual symbols."
            )
        return f"Some characters cannot be printed with the handout font and were left out ({sample}). {advice}"


_DOUBLE_OPENING = re.compile(r'(^|[\s(\[{\u2014\u2013-])"')
_SINGLE_OPENING = re.compile(r"(^|[\s(\[{\u2014\u2013-])'")


def curly_quotes(text: str) -> str:
    """Typewriter quotes as printers set them: "x" becomes “x”, it's becomes it’s.

    A quote after a space, a bracket or a dash (or at the start) opens; any other closes, and a lone
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
