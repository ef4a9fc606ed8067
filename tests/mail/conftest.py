"""Real mail servers on 127.0.0.1 for the email tests: plain, STARTTLS, SSL, with sign-in, and one that never answers.

Every server runs aiosmtpd in its own thread on a free port and keeps the
messages it receives, so a test reads back exactly what arrived.
"""

from __future__ import annotations

import datetime as dt
import io
import ipaddress
import socket
import ssl
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from designer.domain import Clinic, Delivery, MailSettings, Security

CLINIC_EMAIL = "hello@springback.example"
SERVER_USER = "frontdesk@springback.example"
SERVER_PASSWORD = "Physio£2024-ñ"  # not plain ASCII on purpose: sign-in must carry it as UTF-8


def free_port() -> int:
    """A port on 127.0.0.1 nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Mailbox:
    """What an aiosmtpd server received; doubles as its handler."""

    messages: list[EmailMessage] = field(default_factory=list)
    envelopes: list[Any] = field(default_factory=list)
    refuse_recipients: set[str] = field(default_factory=set)
    refuse_senders: bool = False

    async def handle_MAIL(self, server: Any, session: Any, envelope: Any, address: str, options: list[str]) -> str:
        if self.refuse_senders:
            return "553 5.7.1 Sender address rejected: not owned by user"
        envelope.mail_from = address
        envelope.mail_options.extend(options)
        return "250 OK"

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, options: list[str]) -> str:
        if address in self.refuse_recipients:
            return f"550 5.1.1 <{address}>: Recipient address rejected: User unknown"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.envelopes.append(envelope)
        parsed = BytesParser(policy=policy.default).parsebytes(envelope.original_content or envelope.content)
        assert isinstance(parsed, EmailMessage)
        self.messages.append(parsed)
        return "250 Message accepted for delivery"


def check_password(server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any) -> AuthResult:
    """The server's sign-in check: only SERVER_USER with SERVER_PASSWORD gets in."""
    if not isinstance(auth_data, LoginPassword):
        return AuthResult(success=False, handled=False)
    good = auth_data.login == SERVER_USER.encode() and auth_data.password == SERVER_PASSWORD.encode("utf-8")
    return AuthResult(success=good, handled=False)


@dataclass
class RunningServer:
    mailbox: Mailbox
    port: int
    controller: Controller


StartServer = Callable[..., RunningServer]


@pytest.fixture
def start_server() -> Iterator[StartServer]:
    """Start an aiosmtpd server on 127.0.0.1: ``start_server(port=None, **aiosmtpd options)``; stopped at the end."""
    running: list[Controller] = []

    def start(port: int | None = None, mailbox: Mailbox | None = None, **options: Any) -> RunningServer:
        box = mailbox or Mailbox()
        chosen = port or free_port()
        controller = Controller(box, hostname="127.0.0.1", port=chosen, ready_timeout=10, **options)
        controller.start()
        running.append(controller)
        return RunningServer(box, chosen, controller)

    yield start
    for controller in running:
        controller.stop()


@pytest.fixture
def closed_port() -> int:
    """A port on 127.0.0.1 where no server listens: a mail server that is down."""
    return free_port()


@pytest.fixture
def silent_server() -> Iterator[int]:
    """A port where connections are taken but nothing is ever said: a mail server that hangs."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        yield int(listener.getsockname()[1])


@dataclass(frozen=True)
class Certificate:
    cert_path: Path
    key_path: Path

    def server_context(self) -> ssl.SSLContext:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(self.cert_path, self.key_path)
        return context

    def trusting_client_context(self) -> ssl.SSLContext:
        """A client context that trusts this self-signed certificate and nothing else."""
        return ssl.create_default_context(cafile=str(self.cert_path))


@pytest.fixture(scope="session")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> Certificate:
    """A self-signed certificate for 127.0.0.1 and localhost, made fresh for this test run."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Test mail server")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    folder = tmp_path_factory.mktemp("certificate")
    cert_path = folder / "server.pem"
    key_path = folder / "server.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return Certificate(cert_path, key_path)


def _make_pdf(text: str = "Gentle start: week 1") -> bytes:
    """A small, valid one-page PDF made with ReportLab."""
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    page.setTitle(text)
    page.drawString(72, 760, text)
    page.drawString(72, 740, "If a movement feels unsure, reduce the range or slow it down.")
    page.showPage()
    page.save()
    return buffer.getvalue()


@pytest.fixture(scope="session")
def pdf_bytes() -> bytes:
    return _make_pdf()


@pytest.fixture(scope="session")
def make_pdf() -> Callable[[str], bytes]:
    """``make_pdf(text)``: another small valid PDF, different for each text."""
    return _make_pdf


@pytest.fixture
def clinic() -> Clinic:
    return Clinic(
        name="Springback Rehab",
        therapist="Alex Morgan",
        email=CLINIC_EMAIL,
        booking_link="https://springback.example/book",
        mail=MailSettings(delivery=Delivery.SMTP, host="127.0.0.1", security=Security.NONE, sender=CLINIC_EMAIL),
    )


def _settings_for(port: int, security: Security = Security.NONE, user: str = "", timeout: int = 5) -> MailSettings:
    return MailSettings(
        delivery=Delivery.SMTP,
        host="127.0.0.1",
        port=port,
        security=security,
        user=user,
        sender=CLINIC_EMAIL,
        timeout_seconds=timeout,
    )


@pytest.fixture(scope="session")
def settings_for() -> Callable[..., MailSettings]:
    """``settings_for(port, security=NONE, user="", timeout=5)``: mail settings for a test server on 127.0.0.1."""
    return _settings_for


@pytest.fixture(scope="session")
def server_login() -> tuple[str, str]:
    """The user and password the signing-in test server accepts."""
    return SERVER_USER, SERVER_PASSWORD


@pytest.fixture(scope="session")
def password_checker() -> Callable[..., AuthResult]:
    """The aiosmtpd authenticator that accepts only ``server_login``."""
    return check_password
