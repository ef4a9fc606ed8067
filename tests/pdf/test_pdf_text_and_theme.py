"""User text made safe for ReportLab markup, and colours that stay readable whatever the clinic's colour."""

from __future__ import annotations

import pytest
from pdf_samples import printed, sample_clinic
from reportlab.platypus import Paragraph

from designer.domain import Layout
from designer.pdf.text import UserText, escape, keep_units_together, phone_link, visual, web_label
from designer.pdf.theme import Palette, contrast_ratio, printable_characters, theme_for


def plain(markup: str) -> str:
    """What a paragraph of ``markup`` shows, as ReportLab parses it."""
    paragraph = Paragraph(markup, theme_for("#2A6F6B", "#E8F1EF", Layout.DETAILED).styles.body)
    return paragraph.getPlainText()


@pytest.mark.parametrize(
    "typed",
    [
        "keep pain < 3/10 & stop if <b>sharp</b>",
        'He said "slowly" & it\'s fine',
        "&lt; is already escaped &amp; so is this",
        '<img src="/etc/passwd"/>',
        '<a href="javascript:alert(1)">x</a>',
    ],
)
def test_user_text_prints_exactly_as_typed(typed: str) -> None:
    # Exactly as typed, except that typewriter quotes print as curly ones.
    assert plain(UserText().line(typed)) == printed(typed)


def test_quotes_print_curly_and_headings_keep_their_last_two_words_together() -> None:
    assert printed('Think "bottom back", it\'s fine') == "Think \u201cbottom back\u201d, it\u2019s fine"
    assert printed("'Slow' and steady") == "\u2018Slow\u2019 and steady"
    assert UserText().title("Glute Bridge with a Band") == "Glute Bridge with a\u00a0Band"
    assert UserText().title("Bridge") == "Bridge"


def test_markup_keeps_line_breaks_and_drops_control_characters() -> None:
    text = UserText()
    assert text.markup("one\r\ntwo\x00\x07\u200b three\n\n\n\nfour") == "one<br/>two three<br/><br/>four"
    assert text.line("  a\tlong \n name ") == "a long name"
    assert text.dropped == set()


def test_characters_the_fonts_lack_are_dropped_and_reported() -> None:
    text = UserText()
    assert text.line("Ann \uabc3 Lee") == "Ann Lee"  # Meetei Mayek: no bundled font has it
    assert text.dropped == {"\uabc3"}
    warning = text.warning()
    assert warning is not None and "\uabc3" in warning and warning.characters == ("\uabc3",)


def test_chinese_japanese_and_korean_are_set_in_the_cjk_fonts() -> None:
    text = UserText()
    assert text.line("Ann 李 Lee") == 'Ann <font name="DroidSansFallback">李</font> Lee'
    assert text.line("김민준") == '<font name="NanumGothic">김민준</font>'
    assert text.dropped == set()


def test_the_font_covers_latin_extended_greek_and_cyrillic() -> None:
    covered = printable_characters()
    for char in "ZoëŁukasiewiczØrstedΣοφίαΠαπαδοπούλουАлексейСмирновĞşİ–·…“”€":
        assert ord(char) in covered, char


@pytest.mark.parametrize(
    ("address", "clickable"),
    [
        ("https://springback.example/book", True),
        ("http://springback.example", True),
        ("mailto:hello@springback.example", True),
        ("tel:+4420794", True),
        ("javascript:alert(1)", False),
        ("file:///etc/passwd", False),
        ("data:text/html,<b>x</b>", False),
        ('https://x.example/"onmouseover="bad', False),
        ("", False),
    ],
)
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


def handout_text_and_warnings(note: str, client: str = "Ann Lee") -> tuple[str, list[str]]:
    """A one-exercise handout with ``note``, read back strictly (a malformed text map fails here)."""
    import io

    from pypdf import PdfReader

    from designer.domain import Plan, PlanItem
    from designer.library import Library
    from designer.pdf import HandoutOptions, render_handout_with_warnings

    exercises = {exercise.id: exercise for exercise in Library().all()}
    plan = Plan("Plan", items=(PlanItem("glute-bridge", note=note),))
    result = render_handout_with_warnings(
        plan, exercises, sample_clinic(), HandoutOptions(client_name=client, deterministic=True)
    )
    document = PdfReader(io.BytesIO(result.pdf), strict=True)
    return " ".join(" ".join((page.extract_text() or "").split()) for page in document.pages), result.warnings


def test_emoji_the_font_draws_are_in_the_text_layer() -> None:
    # The review's case: pypdf refused the text map ("invalid hex string ... 1F600") and the emoji vanished.
    assert 0x1F600 in printable_characters()
    text, warnings = handout_text_and_warnings("Well done 😀 keep going")
    assert "Well done 😀 keep going" in text
    assert not any("😀" in warning for warning in warnings)


def test_emoji_the_font_lacks_are_left_out_and_named_in_the_warning() -> None:
    assert 0x1F9B5 not in printable_characters()  # 🦵
    text, warnings = handout_text_and_warnings("Bend the 🦵 slowly")
    assert "Bend the slowly" in text
    (warning,) = [warning for warning in warnings if "cannot be printed" in warning]
    assert "🦵" in warning


def test_right_to_left_writing_is_printed_in_visual_order_without_a_warning() -> None:
    text, warnings = handout_text_and_warnings("Breathe calmly", client="Ann שלום Lee مرحبا")
    # Hebrew right to left, Arabic joined (presentation forms) and right to left; pypdf reads them back as typed.
    squeezed = "".join(text.split())  # pypdf guesses the spaces around a right-to-left run
    assert "AnnשלוםLee" in squeezed
    assert "ﻣﺮﺣﺒﺎ" in squeezed
    assert not any("cannot be printed" in warning for warning in warnings)
    assert visual("Ann שלום Lee") == "Ann םולש Lee"


def test_the_text_map_writes_characters_beyond_u_ffff_as_utf16_pairs() -> None:
    from designer.pdf.theme import to_unicode_cmap

    cmap = to_unicode_cmap("AAAAAA+Face", [32, 0xE9, 0x1F600])
    assert "<00> <0020>" in cmap and "<01> <00E9>" in cmap and "<02> <D83DDE00>" in cmap
    assert "<1F600>" not in cmap


def test_the_quick_script_tests_agree_with_the_blocks_character_by_character() -> None:
    """``visual`` and ``with_cjk_font`` skip a line on a quick test; it must find what a full search finds."""
    import re

    from designer.pdf.text import _has_right_to_left, _may_have_cjk

    right_to_left = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\U00010800-\U00010fff\U0001e800-\U0001efff]")
    cjk = re.compile("[\u1100-\u11ff\u2e80-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\uff00-\uffef]")
    # Each block's first and last character, and the ones just outside, in English words with curly quotes.
    edges = [0x058F, 0x0590, 0x08FF, 0x0900, 0xFB1C, 0xFB1D, 0xFDFF, 0xFE6F, 0xFE70, 0xFEFF, 0xFF00, 0xFFEF, 0xFFF0]
    edges += [0x10FF, 0x1100, 0x11FF, 0x1200, 0x2E7F, 0x2E80, 0x9FFF, 0xA000, 0xA95F, 0xA960, 0xA97F, 0xA980]
    edges += [0xABFF, 0xAC00, 0xD7FF, 0xF8FF, 0xF900, 0xFAFF, 0xFB00, 0x107FF, 0x10800, 0x10FFF, 0x11000]
    edges += [0x1E7FF, 0x1E800, 0x1EFFF, 0x1F000, 0x1F600]
    lines = [f"Sit \u2018tall\u2019 {chr(code)} \u2013 and breathe" for code in edges]
    lines += ["Ann שלום Lee", "Ann 李 Lee", "김민준", "Plain", "Caf\u00e9 \u201cslow\u201d \u2026", ""]
    for line in lines:
        assert _has_right_to_left(line) == bool(right_to_left.search(line)), repr(line)
        assert _may_have_cjk(line) == bool(cjk.search(line)), repr(line)
