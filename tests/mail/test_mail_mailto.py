"""The ``mailto:`` route for any mail program: every character arrives, and the honest "one drag" is said."""

from __future__ import annotations

from urllib.parse import unquote, urlsplit

from hypothesis import given
from hypothesis import strategies as st

from designer.mail.mailto import MAILTO_MAX_CHARS, hand_to_any_mail_program, mailto_url


def read_back(url: str) -> tuple[str, dict[str, str]]:
    """The address and fields of a mailto link, decoded as a mail program does (RFC 6068)."""
    parts = urlsplit(url)
    assert parts.scheme == "mailto"
    fields = dict(pair.split("=", 1) for pair in parts.query.split("&"))
    return unquote(parts.path), {name: unquote(value, encoding="utf-8") for name, value in fields.items()}


def test_subject_and_body_arrive_exactly_with_crlf_line_breaks():
    body = "Dear Zoë,\n\nYour plan «Knee & hip» is attached: 3×10 reps, 50% effort = fine?\n#1 tip: breathe + relax 🙂"
    url = mailto_url("zoe.o'brien+physio@example.org", "Your plan: Knee & hip? #1", body)
    to, fields = read_back(url)
    assert to == "zoe.o'brien+physio@example.org"
    assert fields["subject"] == "Your plan: Knee & hip? #1"
    assert fields["body"] == body.replace("\n", "\r\n")
    assert " " not in url and "\n" not in url and "+" not in url.split("?", 1)[1]  # a space is %20, never "+"
    assert "%0D%0A%0D%0A" in url


@given(st.text(max_size=300), st.text(max_size=80))
def test_any_text_survives_the_link(body, subject):
    _to, fields = read_back(mailto_url("zoe@example.org", subject, body))
    assert fields["subject"] == " ".join(subject.split())
    expected = body.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")
    assert fields["body"] == expected


def test_a_long_body_is_shortened_at_a_word_with_a_note():
    body = "\n".join(f"Line {n}: slow and steady, reduce the range if unsure." for n in range(200))
    url = mailto_url("zoe@example.org", "Plan", body)
    assert len(url) <= MAILTO_MAX_CHARS
    _to, fields = read_back(url)
    assert fields["body"].endswith("\r\n…")
    kept = fields["body"].removesuffix("\r\n…")
    assert body.replace("\n", "\r\n").startswith(kept) and kept.endswith("unsure.")


def test_handing_over_opens_the_message_shows_the_pdf_and_says_one_drag_is_left(tmp_path):
    pdf = tmp_path / "Gentle start - Zoë - 2026-12-03.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    launched: list = []
    said = hand_to_any_mail_program(pdf, "zoe@example.org", "Your plan", "Hello", run=launched.append, platform="linux")
    assert launched[0][0] == "xdg-open" and launched[0][1].startswith("mailto:zoe@example.org?subject=Your%20plan")
    assert launched[1] == ["xdg-open", str(tmp_path)]
    assert "drag “Gentle start - Zoë - 2026-12-03.pdf”" in said
    opened: list = []
    hand_to_any_mail_program(pdf, "zoe@example.org", "S", "B", run=print, start_file=opened.append, platform="win32")
    assert opened == ["mailto:zoe@example.org?subject=S&body=B"]
