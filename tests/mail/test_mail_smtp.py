"""Sending handouts through a real SMTP server on 127.0.0.1, and every way that can fail."""

from __future__ import annotations

import datetime as dt
import io
import ssl

import pytest
from pypdf import PdfReader

from designer.domain import Clinic, MailSettings, Security
from designer.mail import MailError, attachment_name, compose_message, fill_templates, send_message
from designer.mail.smtp import check_settings

UNICODE_CLIENTS = ["Zoë Łukasiewicz-Ørsted", "Σοφία Παπαδοπούλου"]


def body_text(message) -> str:
    """The message's text with the wire's CRLF line ends made plain newlines, as a mail program shows it."""
    return message.get_body(preferencelist=("plain",)).get_content().replace("\r\n", "\n")


def handout_message(clinic: Clinic, pdf: bytes, client_name: str = "Margaret Hill", to: str = "margaret@example.org"):
    subject, body = fill_templates(clinic, client_name, "Gentle start")
    name = attachment_name("Gentle start", client_name, dt.date(2024, 5, 3))
    return compose_message(clinic, to, subject, body, pdf, name, client_name=client_name)


def test_the_message_arrives_with_filled_in_texts_and_the_identical_pdf(start_server, clinic, pdf_bytes, settings_for):
    server = start_server()
    steps: list[str] = []
    send_message(handout_message(clinic, pdf_bytes), settings_for(server.port), None, progress=steps.append)

    [received] = server.mailbox.messages
    assert received["Subject"] == "Your exercise plan: Gentle start"
    assert received["From"].addresses[0].display_name == "Springback Rehab"
    assert received["From"].addresses[0].addr_spec == "hello@springback.example"
    assert server.mailbox.envelopes[0].rcpt_tos == ["margaret@example.org"]
    text = body_text(received)
    assert text.startswith("Dear Margaret,\n")
    assert 'Your exercise plan, "Gentle start", is attached' in text
    assert "you can book here: https://springback.example/book" in text
    assert text.rstrip().endswith("Alex Morgan\nSpringback Rehab")
    assert "{" not in text
    [attachment] = list(received.iter_attachments())
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_filename() == "Gentle start - Margaret Hill - 2024-05-03.pdf"
    arrived = attachment.get_payload(decode=True)
    assert arrived == pdf_bytes
    assert "Gentle start: week 1" in PdfReader(io.BytesIO(arrived)).pages[0].extract_text()
    assert steps[0].startswith("Connecting to 127.0.0.1:") and steps[-1] == "Sent."


@pytest.mark.parametrize("client_name", UNICODE_CLIENTS)
def test_unicode_client_names_survive_in_subject_and_file_name(
    start_server, clinic, pdf_bytes, settings_for, client_name
):
    server = start_server()
    custom = Clinic.from_dict(
        {**clinic.to_dict(), "mail": {**clinic.mail.to_dict(), "subject": "Plan for {first_name}: {plan_title}"}}
    )
    subject, body = fill_templates(custom, client_name, "Rücken stärken")
    name = attachment_name("Rücken stärken", client_name, dt.date(2024, 5, 3))
    message = compose_message(custom, "client@example.org", subject, body, pdf_bytes, name, client_name=client_name)
    raw = message.as_bytes()
    assert raw.isascii()  # encoded for the wire (RFC 2047 / 2231), not raw UTF-8
    assert b"filename*" in raw

    send_message(message, settings_for(server.port), None)

    [received] = server.mailbox.messages
    first_name = client_name.split()[0]
    assert received["Subject"] == f"Plan for {first_name}: Rücken stärken"
    assert received["To"].addresses[0].display_name == client_name
    [attachment] = list(received.iter_attachments())
    assert attachment.get_filename() == f"Rücken stärken - {client_name} - 2024-05-03.pdf"
    assert attachment.get_payload(decode=True) == pdf_bytes
    assert body_text(received).startswith(f"Dear {first_name},\n")


# Sign-in without TLS is only safe because the test server is on this computer; aiosmtpd rightly warns.
NO_TLS_WARNING = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS:UserWarning")


@NO_TLS_WARNING
def test_sign_in_fails_with_the_wrong_password_and_works_with_the_right_one(
    start_server, clinic, pdf_bytes, settings_for, server_login, password_checker
):
    server = start_server(authenticator=password_checker, auth_required=True, auth_require_tls=False)
    user, password = server_login
    settings = settings_for(server.port, user=user)

    with pytest.raises(MailError) as failure:
        send_message(handout_message(clinic, pdf_bytes), settings, "not-the-password")
    assert failure.value.kind == "auth"
    assert "Clinic settings → Email" in failure.value.message and "password" in failure.value.message
    assert server.mailbox.messages == []

    with pytest.raises(MailError) as missing:
        send_message(handout_message(clinic, pdf_bytes), settings, None)
    assert missing.value.kind == "password"

    # The right password has a £ and an ñ: it must go out as UTF-8, not be refused as "not ASCII".
    send_message(handout_message(clinic, pdf_bytes), settings, password)
    assert len(server.mailbox.messages) == 1


@NO_TLS_WARNING
def test_a_server_requiring_sign_in_refuses_a_send_without_it(
    start_server, clinic, pdf_bytes, settings_for, password_checker
):
    server = start_server(authenticator=password_checker, auth_required=True, auth_require_tls=False)
    with pytest.raises(MailError) as failure:
        send_message(handout_message(clinic, pdf_bytes), settings_for(server.port), None)
    # aiosmtpd answers MAIL FROM with "530 Authentication required".
    assert failure.value.kind == "sender"
    assert "530" in failure.value.message


def test_starttls_with_a_certificate_the_test_trusts(start_server, clinic, pdf_bytes, settings_for, certificate):
    server = start_server(tls_context=certificate.server_context(), require_starttls=True)
    settings = settings_for(server.port, security=Security.STARTTLS)
    steps: list[str] = []
    send_message(
        handout_message(clinic, pdf_bytes),
        settings,
        None,
        ssl_context=certificate.trusting_client_context(),
        progress=steps.append,
    )
    [received] = server.mailbox.messages
    assert [a.get_payload(decode=True) for a in received.iter_attachments()] == [pdf_bytes]
    assert "Securing the connection (STARTTLS)…" in steps


def test_starttls_with_an_untrusted_certificate_fails_as_tls(
    start_server, clinic, pdf_bytes, settings_for, certificate
):
    server = start_server(tls_context=certificate.server_context(), require_starttls=True)
    settings = settings_for(server.port, security=Security.STARTTLS)
    with pytest.raises(MailError) as failure:
        send_message(handout_message(clinic, pdf_bytes), settings, None)  # the system's trust store only
    assert failure.value.kind == "tls"
    assert "not trusted" in failure.value.message
    assert server.mailbox.messages == []


def test_ssl_from_the_start_with_a_trusted_certificate(start_server, clinic, pdf_bytes, settings_for, certificate):
    server = start_server(ssl_context=certificate.server_context())
    settings = settings_for(server.port, security=Security.SSL)
    send_message(handout_message(clinic, pdf_bytes), settings, None, ssl_context=certificate.trusting_client_context())
    assert len(server.mailbox.messages) == 1


def test_starttls_to_a_server_without_it_is_refused_before_anything_is_sent(
    start_server, clinic, pdf_bytes, settings_for
):
    server = start_server()
    with pytest.raises(MailError) as failure:
        send_message(handout_message(clinic, pdf_bytes), settings_for(server.port, security=Security.STARTTLS), None)
    assert failure.value.kind == "tls"
    assert "does not offer STARTTLS" in failure.value.message
    assert server.mailbox.messages == []


def test_ssl_to_a_plain_server_fails_as_tls(start_server, clinic, pdf_bytes, settings_for):
    server = start_server()
    with pytest.raises(MailError) as failure:
        send_message(
            handout_message(clinic, pdf_bytes), settings_for(server.port, security=Security.SSL), None, timeout=2
        )
    assert failure.value.kind == "tls"


def test_a_server_that_is_down_is_unreachable(clinic, pdf_bytes, settings_for, closed_port):
    with pytest.raises(MailError) as failure:
        send_message(handout_message(clinic, pdf_bytes), settings_for(closed_port), None)
    assert failure.value.kind == "unreachable"
    assert "refused the connection" in failure.value.message


def test_a_refused_recipient_is_named(start_server, clinic, pdf_bytes, settings_for):
    server = start_server()
    server.mailbox.refuse_recipients.add("nobody@example.org")
    with pytest.raises(MailError) as failure:
        send_message(handout_message(clinic, pdf_bytes, to="nobody@example.org"), settings_for(server.port), None)
    assert failure.value.kind == "recipient"
    assert "nobody@example.org" in failure.value.message and "550" in failure.value.message
    assert "Check the address" in failure.value.message


def test_a_refused_sender_is_named(start_server, clinic, pdf_bytes, settings_for):
    server = start_server()
    server.mailbox.refuse_senders = True
    with pytest.raises(MailError) as failure:
        send_message(handout_message(clinic, pdf_bytes), settings_for(server.port), None)
    assert failure.value.kind == "sender"
    assert "hello@springback.example" in failure.value.message and "553" in failure.value.message


def test_a_server_that_never_answers_times_out(silent_server, clinic, pdf_bytes, settings_for):
    with pytest.raises(MailError) as failure:
        send_message(handout_message(clinic, pdf_bytes), settings_for(silent_server), None, timeout=0.3)
    assert failure.value.kind == "timeout"
    assert "0.3 seconds" in failure.value.message


def test_an_unknown_host_is_unreachable(clinic, pdf_bytes):
    settings = MailSettings(host="no-such-server.invalid", port=587, security=Security.STARTTLS)
    with pytest.raises(MailError) as failure:
        send_message(handout_message(clinic, pdf_bytes), settings, None, timeout=2)
    assert failure.value.kind == "unreachable"
    assert "could not be found" in failure.value.message


@pytest.mark.parametrize(
    ("settings", "words"),
    [
        (MailSettings(host=""), "No mail server is set"),
        (MailSettings(host="smtp.example.com", security=Security.NONE), "mail server on this computer"),
        (MailSettings(host="smtp.example.com", port=70000), "port"),
    ],
)
def test_unusable_settings_are_refused_before_connecting(settings, words):
    with pytest.raises(MailError) as failure:
        check_settings(settings)
    assert failure.value.kind == "settings"
    assert words in failure.value.message


def test_plain_sending_is_refused_for_a_remote_server_even_if_settings_were_built_around_the_check(clinic, pdf_bytes):
    # object.__setattr__ stands in for settings read by code that skipped validation.
    settings = MailSettings(host="127.0.0.1", security=Security.NONE)
    object.__setattr__(settings, "host", "smtp.example.com")
    with pytest.raises(MailError) as failure:
        send_message(handout_message(clinic, pdf_bytes), settings, None)
    assert failure.value.kind == "settings"


def test_default_ssl_context_is_the_systems_verified_one(start_server, clinic, pdf_bytes, settings_for, certificate):
    # Without an ssl_context the certificate must be checked: a context that skips checks would let this pass.
    server = start_server(ssl_context=certificate.server_context())
    with pytest.raises(MailError) as failure:
        send_message(handout_message(clinic, pdf_bytes), settings_for(server.port, security=Security.SSL), None)
    assert failure.value.kind == "tls"
    assert isinstance(failure.value.__cause__, ssl.SSLCertVerificationError)
