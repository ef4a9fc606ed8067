"""Filling in the clinic's email texts, naming the attachment safely, and building the message."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from email import policy
from email.parser import BytesParser

import pytest

from designer.domain import Clinic
from designer.mail import (
    MailError,
    attachment_name,
    compose_message,
    fill_placeholders,
    fill_templates,
    placeholder_values,
    unknown_placeholders,
)
from designer.mail.compose import MAX_FILE_NAME_BYTES, MAX_FILE_NAME_CHARS, fill_body

VALUES = {
    "first_name": "Zoë",
    "plan_title": "Gentle start",
    "clinic_name": "Springback",
    "booking_link": "",
    "therapist": "Alex",
}
FORBIDDEN = set('/\\:*?"<>|')


# --- placeholders ---------------------------------------------------------------------------------------------------


def test_known_placeholders_are_filled_in(clinic):
    subject, body = fill_templates(clinic, "Zoë Łukasiewicz-Ørsted", "Gentle start")
    assert subject == "Your exercise plan: Gentle start"
    assert body.startswith("Dear Zoë,\n\nThank you for coming in today.")
    assert "https://springback.example/book" in body
    assert body.endswith("Best wishes,\nAlex Morgan\nSpringback Rehab")


@pytest.mark.parametrize(
    "typed",
    [
        "Hello {nickname}, see {plan_title}",  # unknown placeholder
        "Braces { on their own } and {{double}} and a lone } and {",  # stray braces
        "{0} {} {first_name!r} {plan_title:>20} {0.__class__}",  # str.format syntax must do nothing
        "Percent %s and %(first_name)s and $first_name",
    ],
)
def test_unknown_placeholders_and_stray_braces_stay_as_typed(typed):
    filled = fill_placeholders(typed, VALUES)
    expected = typed.replace("{plan_title}", "Gentle start").replace("{first_name}", "Zoë")
    assert filled == expected


def test_placeholders_forgive_case_and_spaces_but_not_other_names():
    assert fill_placeholders("Hi { First_Name }, {FIRST_NAME}!", VALUES) == "Hi Zoë, Zoë!"
    assert unknown_placeholders("Hi {first_name} {nick} {Nick} {nick} {} {plan_title}") == ["{nick}", "{Nick}"]


def test_a_value_containing_braces_is_not_filled_in_again():
    values = {**VALUES, "plan_title": "{first_name} plan"}
    assert fill_placeholders("{plan_title}", values) == "{first_name} plan"


def test_a_line_whose_placeholder_has_no_value_is_left_out():
    template = "Dear {first_name},\n\nBook here: {booking_link}\n\nBest wishes,\n{therapist}\n{clinic_name}"
    body = fill_body(template, {**VALUES, "therapist": ""})
    assert body == "Dear Zoë,\n\nBest wishes,\nSpringback"


def test_booking_link_falls_back_to_the_website(clinic):
    without_booking = replace(clinic, booking_link="", website="https://springback.example")
    assert placeholder_values(without_booking, "Zoë", "Plan")["booking_link"] == "https://springback.example"


def test_the_subject_is_one_line_even_if_a_value_has_line_breaks(clinic):
    subject, _ = fill_templates(clinic, "Zoë", "Gentle\nstart\r\n  week 1")
    assert subject == "Your exercise plan: Gentle start week 1"


# --- attachment name ------------------------------------------------------------------------------------------------


def test_attachment_name_reads_plan_client_date():
    assert attachment_name("Gentle start", "Margaret Hill", dt.date(2024, 5, 3)) == (
        "Gentle start - Margaret Hill - 2024-05-03.pdf"
    )
    assert attachment_name("Plan", "Bo", dt.datetime(2024, 5, 3, 17, 45)) == "Plan - Bo - 2024-05-03.pdf"


@pytest.mark.parametrize(
    ("title", "client", "expected"),
    [
        ('Knee/hip: "week 1" <easy>?*|', "Zoë", "Knee-hip - 'week 1' easy - Zoë - 2024-05-03.pdf"),
        ("Back\\neck", "Σοφία Παπαδοπούλου", "Back-neck - Σοφία Παπαδοπούλου - 2024-05-03.pdf"),
        ("Tab\there\x00\x07 and\nnewline", "Ann\u202egnp.exe", "Tab here and newline - Ann gnp.exe - 2024-05-03.pdf"),
        ("...hidden...", "  Zoë  ", "hidden - Zoë - 2024-05-03.pdf"),
        ("", "Zoë", "Exercise plan - Zoë - 2024-05-03.pdf"),
        ("CON", "", "CON - 2024-05-03.pdf"),
        ("腰痛のための運動", "김민준", "腰痛のための運動 - 김민준 - 2024-05-03.pdf"),
    ],
)
def test_attachment_name_is_safe_on_every_file_system(title, client, expected):
    name = attachment_name(title, client, dt.date(2024, 5, 3))
    assert name == expected
    assert not FORBIDDEN & set(name)
    assert all(ch.isprintable() for ch in name)


def test_windows_reserved_names_are_avoided():
    assert attachment_name("CON", "", "").upper() not in {"CON.PDF"}
    assert attachment_name("nul", "", "") == "Plan nul.pdf"


def test_a_long_title_is_shortened_but_client_and_date_kept():
    name = attachment_name("Strength after low back pain " * 20, "Zoë Łukasiewicz-Ørsted", dt.date(2024, 5, 3))
    assert len(name) <= MAX_FILE_NAME_CHARS
    assert name.endswith("… - Zoë Łukasiewicz-Ørsted - 2024-05-03.pdf")
    assert name.startswith("Strength after low back pain")


def test_a_long_title_in_a_wide_script_stays_under_the_byte_limit():
    name = attachment_name("運動" * 200, "Σοφία Παπαδοπούλου", dt.date(2024, 5, 3))
    assert len(name.encode("utf-8")) <= MAX_FILE_NAME_BYTES
    assert name.endswith(" - Σοφία Παπαδοπούλου - 2024-05-03.pdf")


# --- the message ----------------------------------------------------------------------------------------------------


def parse(message):
    return BytesParser(policy=policy.default).parsebytes(message.as_bytes())


def test_compose_message_has_the_headers_a_mail_program_expects(clinic, pdf_bytes):
    message = compose_message(
        clinic,
        "zoe@example.org",
        "Your plan",
        "Dear Zoë,\nHello",
        pdf_bytes,
        "Plan - Zoë.pdf",
        client_name="Zoë Łukasiewicz-Ørsted",
    )
    parsed = parse(message)
    assert parsed["From"].addresses[0].display_name == "Springback Rehab"
    assert parsed["To"].addresses[0].addr_spec == "zoe@example.org"
    assert parsed["Date"].datetime is not None
    assert parsed["Message-ID"].endswith("@springback.example>")
    assert "X-Unsent" not in parsed
    assert parsed.get_body().get_content_charset() == "utf-8"
    assert parsed.get_body().get_content().replace("\r\n", "\n") == "Dear Zoë,\nHello\n"
    [attachment] = list(parsed.iter_attachments())
    assert attachment.get_filename() == "Plan - Zoë.pdf"
    assert attachment.get_param("name") == "Plan - Zoë.pdf"
    assert attachment.get_payload(decode=True) == pdf_bytes


def test_a_draft_is_marked_unsent_and_may_leave_out_the_sender(pdf_bytes):
    no_email = Clinic(name="Springback Rehab")
    message = compose_message(no_email, "zoe@example.org", "Plan", "Hi", pdf_bytes, "Plan.pdf", draft=True)
    assert message["X-Unsent"] == "1"
    assert "From" not in message
    with pytest.raises(MailError) as failure:
        compose_message(no_email, "zoe@example.org", "Plan", "Hi", pdf_bytes, "Plan.pdf")
    assert failure.value.kind == "sender"
    assert "Clinic settings → Email" in failure.value.message


def test_replies_go_to_the_clinic_when_sent_from_another_account(clinic, pdf_bytes):
    message = compose_message(
        clinic, "zoe@example.org", "Plan", "Hi", pdf_bytes, "Plan.pdf", sender="mailer@provider.example"
    )
    assert message["From"].addresses[0].addr_spec == "mailer@provider.example"
    assert message["Reply-To"].addresses[0].addr_spec == "hello@springback.example"


@pytest.mark.parametrize(
    ("address", "words"),
    [
        ("", "no email address"),
        ("   ", "no email address"),
        ("zoe.example.org", "has no @"),
        ("zoe@example", "not a valid email address"),
        ("zoe @example.org", "not a valid email address"),
        ("zoe@example.org, eve@example.org", "not a valid email address"),
    ],
)
def test_a_wrong_recipient_is_caught_before_sending(clinic, pdf_bytes, address, words):
    with pytest.raises(MailError) as failure:
        compose_message(clinic, address, "Plan", "Hi", pdf_bytes, "Plan.pdf")
    assert failure.value.kind == "address"
    assert words in failure.value.message


def test_header_injection_through_the_subject_is_impossible(clinic, pdf_bytes):
    message = compose_message(clinic, "zoe@example.org", "Plan\r\nBcc: eve@example.org", "Hi", pdf_bytes, "Plan.pdf")
    parsed = parse(message)
    assert "Bcc" not in parsed
    assert parsed["Subject"] == "Plan Bcc: eve@example.org"


def test_only_a_pdf_can_be_attached(clinic):
    with pytest.raises(ValueError, match="PDF"):
        compose_message(clinic, "zoe@example.org", "Plan", "Hi", b"", "Plan.pdf")
