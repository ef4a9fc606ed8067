"""Real mail servers on 127.0.0.1 for the email tests: plain, STARTTLS, SSL, with sign-in, and one that never answers.

Every server runs aiosmtpd in its own thread on a free port and keeps the
messages it receives, so a test reads back exactly what arrived.
"""

from __future__ import annotations

import base64
import datetime as dt
import io
import ipaddress
import json
import socket
import ssl
import threading
import urllib.parse
import urllib.request
import webbrowser
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import keyring
import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from designer.domain import Clinic, Delivery, MailSettings, Security, SignIn

from .identity_provider import CLIENT_ID, IdentityProvider, start_identity_provider

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


# -- signing in with an account (OAuth2) ----------------------------------------------------------------------------


@dataclass
class TokenCheckingMailbox(Mailbox):
    """A mail server that offers only AUTH XOAUTH2 and lets in only a token the stand-in sign-in service issued."""

    provider: IdentityProvider | None = None
    refusal: str = ""  # a fixed answer to every sign-in, such as Microsoft's 5.7.139
    sign_ins: list[tuple[str, str]] = field(default_factory=list)  # (account, token) as the client sent them

    async def handle_MAIL(self, server: Any, session: Any, envelope: Any, address: str, options: list[str]) -> str:
        if not session.authenticated:
            return "530 5.7.0 Authentication required"
        return await super().handle_MAIL(server, session, envelope, address, options)

    async def auth_XOAUTH2(self, server: Any, args: list[str]) -> AuthResult:
        blob = args[1].encode() if len(args) > 1 else await server.challenge_auth("", encode_to_b64=False)
        fields = dict(part.split("=", 1) for part in base64.b64decode(blob).decode("utf-8").split("\x01") if part)
        account, token = fields.get("user", ""), fields.get("auth", "").removeprefix("Bearer ")
        self.sign_ins.append((account, token))
        if self.refusal:
            return AuthResult(success=False, handled=False, message=self.refusal)
        if self.provider is not None and self.provider.token_is_good(token, account):
            return AuthResult(success=True, auth_data=account)
        # As Microsoft and Google do: the reason as a JSON challenge, then 535 after the client's empty answer.
        await server.challenge_auth(json.dumps({"status": "401", "schemes": "bearer"}))
        return AuthResult(success=False, handled=False, message="535 5.7.3 Authentication unsuccessful")


@pytest.fixture
def file_keyring(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """keyrings.alt's file keyring in a temporary folder: a real backend, never this computer's own keyring."""
    from keyrings.alt.file import PlaintextKeyring

    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path_factory.mktemp("keyring") / "keyring.cfg")
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def identity_provider(certificate: Certificate, monkeypatch: pytest.MonkeyPatch) -> Iterator[IdentityProvider]:
    """The stand-in sign-in service over HTTPS on 127.0.0.1; MSAL and google-auth trust only its certificate."""
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(certificate.cert_path))
    provider, server = start_identity_provider(certificate.server_context())
    yield provider
    server.shutdown()
    server.server_close()


class SigningInBrowser(webbrowser.BaseBrowser):
    """The "system browser": opens the sign-in page, which sends it straight back to the loopback address."""

    def __init__(self, certificate: Certificate) -> None:
        super().__init__("designer-test-browser")
        self.opened: list[str] = []
        self.pages: list[str] = []
        self._opener = urllib.request.build_opener(
            urllib.request.HTTPSHandler(context=certificate.trusting_client_context()),
            urllib.request.ProxyHandler({}),
        )

    def open(self, url: str, new: int = 0, autoraise: bool = True) -> bool:
        self.opened.append(url)
        threading.Thread(target=self._visit, args=(url,), daemon=True).start()
        return True

    def _visit(self, url: str) -> None:
        with self._opener.open(url, timeout=30) as page:  # follows a redirect to the loopback server
            text = page.read().decode("utf-8", "replace")
        form = _FormReader()
        form.feed(text)
        if form.action:  # a page that posts itself at once (Microsoft's response_mode=form_post)
            body = urllib.parse.urlencode(form.values).encode()
            with self._opener.open(urllib.request.Request(form.action, data=body), timeout=30) as page:
                text = page.read().decode("utf-8", "replace")
        self.pages.append(text)


class _FormReader(HTMLParser):
    """The first form of a page: where it posts, and its hidden fields."""

    def __init__(self) -> None:
        super().__init__()
        self.action = ""
        self.values: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {name: value or "" for name, value in attrs}
        if tag == "form" and not self.action:
            self.action = found.get("action", "")
        elif tag == "input" and "name" in found:
            self.values[found["name"]] = found.get("value", "")


@pytest.fixture
def browser(certificate: Certificate, monkeypatch: pytest.MonkeyPatch) -> Iterator[SigningInBrowser]:
    """Registers the signing-in browser as this computer's preferred browser for one test."""
    monkeypatch.delenv("BROWSER", raising=False)
    fake = SigningInBrowser(certificate)
    webbrowser.register(fake.name, None, fake, preferred=True)
    yield fake
    with webbrowser._lock:  # type: ignore[attr-defined]
        webbrowser._tryorder.remove(fake.name)  # type: ignore[attr-defined, union-attr]
        webbrowser._browsers.pop(fake.name, None)  # type: ignore[attr-defined]


@pytest.fixture
def account_settings(identity_provider: IdentityProvider) -> Callable[..., MailSettings]:
    """``account_settings(port, provider=SignIn.MICROSOFT)``: settings that sign in with the stand-in service."""

    def make(port: int, sign_in: SignIn = SignIn.MICROSOFT) -> MailSettings:
        return MailSettings(
            delivery=Delivery.SMTP,
            host="127.0.0.1",
            port=port,
            security=Security.NONE,
            sender=CLINIC_EMAIL,
            timeout_seconds=10,
            sign_in=sign_in,
            microsoft_client_id=CLIENT_ID,
            microsoft_tenant=identity_provider.authority,
            google_client_id=CLIENT_ID,
            google_client_secret="not-a-secret-for-desktop-apps",
        )

    return make


@pytest.fixture
def google_endpoints(identity_provider: IdentityProvider, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point the Google sign-in at the stand-in service."""
    from designer.mail import google

    monkeypatch.setattr(
        google,
        "ENDPOINTS",
        google.Endpoints(f"{identity_provider.base}/google/auth", f"{identity_provider.base}/google/token"),
    )


@pytest.fixture
def xoauth2_server(start_server: StartServer, identity_provider: IdentityProvider) -> RunningServer:
    """A mail server on 127.0.0.1 that takes only XOAUTH2 sign-ins with tokens the stand-in service issued."""
    return start_server(
        mailbox=TokenCheckingMailbox(provider=identity_provider),
        auth_require_tls=False,
        auth_exclude_mechanism=["LOGIN", "PLAIN"],
    )
