"""Cleaning text: the quick way for plain ASCII gives what the full clean gives, and the rest is still cleaned."""

from __future__ import annotations

import unicodedata

import pytest

from designer.domain.fields import clean_text
from designer.library import fold


@pytest.mark.parametrize(
    ("typed", "one_line", "kept"),
    [
        ("Glute Bridge", "Glute Bridge", "Glute Bridge"),
        ("  two  spaces ", "two spaces", "  two  spaces "),
        ("line one\nline two", "line one line two", "line one\nline two"),
        ("windows\r\nline", "windows line", "windows\nline"),
        ("tab\there", "tab here", "tab\there"),
        ("bell\x07 and delete\x7f", "bell and delete", "bell and delete"),
        ("form\x0cfeed", "form feed", "form\nfeed"),
        ("Zoe\u0308 (decomposed)", "Zoë (decomposed)", "Zoë (decomposed)"),
        ("left\u202eright", "leftright", "leftright"),
        ("zero\u200bwidth", "zerowidth", "zerowidth"),
    ],
)
def test_clean_text_removes_what_cannot_be_seen(typed: str, one_line: str, kept: str) -> None:
    assert clean_text(typed, multiline=False) == one_line
    assert clean_text(typed) == kept


def test_every_ascii_character_is_cleaned_as_before() -> None:
    """Each ASCII character alone and between letters: control characters go, printable ones stay."""
    for code in range(128):
        char = chr(code)
        cleaned = clean_text(f"a{char}b")
        if char.isprintable() or char in "\t\n":
            assert cleaned == f"a{char}b"
        elif char in "\r\x0b\x0c":
            assert cleaned == "a\nb"
        else:
            assert cleaned == "ab", repr(char)


@pytest.mark.parametrize(
    ("text", "folded"),
    [("Farmer’s Café", "farmers cafe"), ("Farmer's Cafe", "farmers cafe"), ("GLUTE BRIDGE", "glute bridge")],
)
def test_fold_drops_case_accents_and_apostrophes(text: str, folded: str) -> None:
    assert fold(text) == folded
    assert fold(unicodedata.normalize("NFD", text)) == folded
