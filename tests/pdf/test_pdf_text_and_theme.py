"""User text made safe for ReportLab markup, and colours that stay readable whatever the clinic's colour."""

from __future__ import annotations

import pytest
from reportlab.platypus import Paragraph

from designer.domain import Layout
from designer.pdf.text import UserText, escape, keep_units_together, phone_link, web_label
from designer.pdf.theme import Palette, contrast_ratio, printable_characters, theme_for


def plain(markup: str) -> str:
    """What a paragraph of ``markup`` shows, as ReportLab parses it."""
    paragraph = Paragraph(markup, theme_for("#2A6F6B", "#E8F1EF", Layout.DETAILED).styles.body)
    return paragraph.getPlainText()


@pytest.mark.parametrize("typed", [
    "keep pain < 3/10 & stop if <b>sharp</b>",
    'He said "slowly" & it\'s fine',
    "&lt; is already escaped &amp; so is this",
    '<img src="/etc/passwd"/>',
    '<a href="javascript:alert(1)">x</a>',
])
def test_user_text_prints_exactly_as_typed(typed: str) -> None:
    assert plain(UserText().line(typed)) == typed


def test_markup_keeps_line_breaks_and_drops_control_characters() -> None:
    text = UserText()
    assert text.markup("one\r\ntwo\x00\x07\u200b three\n\n\n\nfour") == "one<br/>two three<br/><br/>four"
    assert text.line("  a\tlong \n name ") == "a long name"
    assert text.dropped == set()


def test_characters_the_font_lacks_are_dropped_and_reported() -> None:
    text = UserText()
    assert text.line("Ann 李 Lee") == "Ann Lee"
    assert text.dropped == {"李"}
    assert "李" in (text.warning() or "")


def test_the_font_covers_latin_extended_greek_and_cyrillic() -> None:
    covered = printable_characters()
    for char in "ZoëŁukasiewiczØrstedΣοφίαΠαπαδοπούλουАлексейСмирновĞşİ–·…“”€":
        assert ord(char) in covered, char


@pytest.mark.parametrize(("address", "clickable"), [
    ("https://springback.example/book", True),
    ("http://springback.example", True),
    ("mailto:hello@springback.example", True),
    ("tel:+4420794", True),
    ("javascript:alert(1)", False),
    ("file:///etc/passwd", False),
    ("data:text/html,<b>x</b>", False),
    ('https://x.example/"onmouseover="bad', False),
    ("", False),
])
def test_only_web_mail_and_phone_addresses_become_links(address: str, clickable: bool) -> None:
    markup = UserText().link(address, "Book")
    assert ("<a href=" in markup) is clickable
    assert plain(markup) == "Book"


def test_link_addresses_are_escaped_inside_the_attribute() -> None:
    markup = UserText().link("https://x.example/?a=1&b=2", "go")
    assert 'href="https://x.example/?a=1&amp;b=2"' in markup


def test_small_helpers() -> None:
    assert escape("<&>\"'") == "&lt;&amp;&gt;&quot;&#39;"
    assert keep_units_together("rest 60 s · 3 sets of 10") == "rest 60\u00a0s · 3\u00a0sets of 10"
    assert phone_link("+44 (0)20 7946-0958") == "tel:+440207946 0958".replace(" ", "")
    assert phone_link("call us") == ""
    assert web_label("https://springback.example/") == "springback.example"


@pytest.mark.parametrize("brand", ["#2A6F6B", "#FFD400", "#7FDBFF", "#FFFFFF", "#000000", "#E4007C"])
def test_palette_contrast_holds_for_any_brand_colour(brand: str) -> None:
    for high_contrast, heading_ratio in ((False, 4.5), (True, 7.0)):
        palette = Palette.for_clinic(brand, "#E8F1EF", high_contrast=high_contrast)
        assert contrast_ratio(palette.text, "#FFFFFF") >= 15
        assert contrast_ratio(palette.text, palette.tint) >= 12
        assert contrast_ratio(palette.heading, palette.tint) >= heading_ratio
        assert contrast_ratio(palette.heading, "#FFFFFF") >= heading_ratio
        assert contrast_ratio(palette.muted, "#FFFFFF") >= 4.5


def test_a_dark_accent_is_not_used_behind_text() -> None:
    palette = Palette.for_clinic("#2A6F6B", "#333333")
    assert palette.tint != "#333333"
    assert contrast_ratio(palette.text, palette.tint) >= 12


def test_the_brand_colour_is_kept_when_it_reads_well() -> None:
    assert Palette.for_clinic("#2A6F6B", "#E8F1EF").heading == "#2A6F6B"
