"""Sending a composed email through the clinic's SMTP server, and naming every failure in plain words.

The connection is encrypted from the start (SSL, usually port 465), upgraded
with STARTTLS (usually 587), or left plain only for a mail server on this
computer.  Whatever goes wrong comes back as one ``MailError`` whose message
says what to check; the window and the command line show it as it is.
"""

from __future__ import annotations

import base64
import hmac
import smtplib
import socket
import ssl
from collections.abc import Callable
from email.base64mime import body_encode as encode_base64
from email.message import EmailMessage
from typing import TYPE_CHECKING, Any

from designer.domain import MailSettings, Security
from designer.domain.mail_settings import is_local_host

from .errors import FailureKind, MailError
from .signin import PROVIDER_NAMES, access_token, server_for, uses_sign_in, xoauth2

Progress = Callable[[str], None]

SETTINGS_PLACE = "Clinic settings → Email"
_MAX_AUTH_CHALLENGES = 5


class _Utf8Login:
    """Sign-in that sends the user name and password as UTF-8.

    The standard library sends them as ASCII and fails on a password such as
    "Physio£2024"; RFC 4616 (PLAIN) and every common server expect UTF-8.
    """

    user: str
    password: str
    _auth_challenge_count: int

    if TYPE_CHECKING:

        def docmd(self, cmd: str, args: str = "") -> tuple[int, bytes]: ...

    def auth(self, mechanism: str, authobject: Callable[..., Any], *, initial_response_ok: bool = True) -> Any:
        mechanism = mechanism.upper()
        initial_response = authobject() if initial_response_ok else None
        if initial_response is not None:
            encoded = encode_base64(initial_response.encode("utf-8"), eol="")
            code, reply = self.docmd("AUTH", mechanism + " " + encoded)
            self._auth_challenge_count = 1
        else:
            code, reply = self.docmd("AUTH", mechanism)
            self._auth_challenge_count = 0
        while code == 334:
            self._auth_challenge_count += 1
            challenge = base64.decodebytes(reply)
            code, reply = self.docmd(encode_base64(authobject(challenge).encode("utf-8"), eol=""))
            if self._auth_challenge_count > _MAX_AUTH_CHALLENGES:
                raise smtplib.SMTPException(f"the server keeps asking to sign in again ({code} {reply!r})")
        if code in (235, 503):
            return code, reply
        raise smtplib.SMTPAuthenticationError(code, reply)

    def auth_cram_md5(self, challenge: bytes | None = None) -> str | None:
        if challenge is None:
            return None
        return self.user + " " + hmac.HMAC(self.password.encode("utf-8"), challenge, "md5").hexdigest()


class _PlainSMTP(_Utf8Login, smtplib.SMTP):  # type: ignore[misc]
    pass


class _SslSMTP(_Utf8Login, smtplib.SMTP_SSL):  # type: ignore[misc]
    pass


def check_settings(settings: MailSettings) -> None:
    """Raise ``MailError`` ("settings") when the mail settings cannot be used to send."""
    if not settings.host.strip():
        raise MailError(FailureKind.SETTINGS, f"No mail server is set. Enter its name (host) in {SETTINGS_PLACE}.")
    problems = settings.problems()
    if problems:
        listed = "; ".join(problems)
        raise MailError(FailureKind.SETTINGS, f"The mail settings need fixing in {SETTINGS_PLACE}: {listed}.")
    # Checked again here, not only in MailSettings: a password must never cross the internet unencrypted.
    if settings.security is Security.NONE and not is_local_host(settings.host):
        raise MailError(
            FailureKind.SETTINGS,
            f"Sending without encryption is only allowed to a mail server on this computer. "
            f"Choose SSL or STARTTLS in {SETTINGS_PLACE}.",
        )


def send_message(
    message: EmailMessage,
    settings: MailSettings,
    password: str | None = None,
    *,
    timeout: float | None = None,
    ssl_context: ssl.SSLContext | None = None,
    progress: Progress | None = None,
) -> None:
    """Send the message through the clinic's SMTP server, or raise ``MailError`` saying what went wrong.

    ``password`` is needed when ``settings.user`` is set (get it with
    ``passwords.get_password`` or ask the therapist).  Settings that sign in
    with a Microsoft or Google account need none: the token is taken from the
    keyring (renewed silently) and given to the server with AUTH XOAUTH2.  ``timeout`` in seconds
    defaults to the setting; ``ssl_context`` defaults to the system's trusted
    certificates; ``progress`` is told each step in plain words.
    """
    settings = server_for(settings)
    check_settings(settings)
    if settings.user and not password and not uses_sign_in(settings):
        raise MailError(
            FailureKind.PASSWORD_NEEDED,
            f"The mail server needs the password for {settings.user}. Enter it to send.",
        )
    seconds = float(timeout if timeout is not None else settings.timeout_seconds)
    if seconds <= 0:
        raise ValueError("timeout must be more than 0 seconds (0 would make the connection non-blocking)")
    context = ssl_context or ssl.create_default_context()
    say = progress or (lambda _text: None)
    server: smtplib.SMTP | None = None
    stage = "connect"
    try:
        say(f"Connecting to {settings.host}:{settings.port}…")
        if settings.security is Security.SSL:
            server = _SslSMTP(settings.host, settings.port, timeout=seconds, context=context)
        else:
            server = _PlainSMTP(settings.host, settings.port, timeout=seconds)
        server.ehlo()
        if settings.security is Security.STARTTLS:
            stage = "starttls"
            if not server.has_extn("starttls"):
                raise MailError(
                    FailureKind.TLS,
                    f"The mail server does not offer STARTTLS, so the connection cannot be secured. "
                    f"Choose SSL (usually port 465) in {SETTINGS_PLACE}, or check the port.",
                )
            say("Securing the connection (STARTTLS)…")
            server.starttls(context=context)
            server.ehlo()
        if uses_sign_in(settings):
            stage = "login"
            _sign_in_with_account(server, settings, say)
        elif settings.user:
            stage = "login"
            say(f"Signing in as {settings.user}…")
            server.login(settings.user, password or "")
        stage = "send"
        say(f"Sending to {message.get('To', '')}…")
        refused = server.send_message(message)
        if refused:
            raise smtplib.SMTPRecipientsRefused(refused)
        say("Sent.")
    except MailError:
        raise
    except Exception as error:  # every failure, whatever smtplib or ssl raise, becomes one plain MailError
        raise explain_failure(error, settings, stage, seconds) from error
    finally:
        if server is not None:
            _close_quietly(server)


def _sign_in_with_account(server: smtplib.SMTP, settings: MailSettings, say: Progress) -> None:
    """Sign in with the Microsoft or Google account (SMTP AUTH XOAUTH2), renewing the token once if refused."""
    provider = PROVIDER_NAMES[settings.sign_in]
    offered = str(server.esmtp_features.get("auth", "")).upper().split()
    if "XOAUTH2" not in offered:
        raise MailError(
            FailureKind.AUTH,
            f"The mail server {settings.host} does not offer sign-in with a {provider} account. "
            f"Leave the server empty in {SETTINGS_PLACE} to use {provider}'s own, or choose password sign-in.",
        )
    account, token = access_token(settings)
    say(f"Signing in as {account}…")
    try:
        server.auth("XOAUTH2", lambda challenge=None: xoauth2(account, token) if challenge is None else "")
        return
    except smtplib.SMTPAuthenticationError as error:
        if is_smtp_not_allowed(error):
            raise
    # The server can refuse a token before its time (withdrawn, or its clock differs): renew it once and retry.
    account, token = access_token(settings, force_refresh=True)
    try:
        server.auth("XOAUTH2", lambda challenge=None: xoauth2(account, token) if challenge is None else "")
    except smtplib.SMTPAuthenticationError as error:
        if is_smtp_not_allowed(error):
            raise
        raise MailError(
            FailureKind.SIGN_IN_EXPIRED,
            f"The mail server did not accept the {provider} sign-in for {account} ({_server_words(error)}). "
            f"Sign out and sign in again in {SETTINGS_PLACE}.",
        ) from error


def is_smtp_not_allowed(error: BaseException) -> bool:
    """True for Microsoft's refusals of SMTP sending for the account or tenant (5.7.139, 5.7.30)."""
    if not isinstance(error, smtplib.SMTPResponseException):
        return False
    words = _server_words(error).lower()
    return "5.7.139" in words or "5.7.30" in words or "smtpclientauthentication is disabled" in words


def _close_quietly(server: smtplib.SMTP) -> None:
    try:
        server.quit()
    except (smtplib.SMTPException, OSError):
        server.close()


def _server_words(error: smtplib.SMTPResponseException) -> str:
    said = error.smtp_error
    words = said.decode("utf-8", "replace") if isinstance(said, bytes) else str(said)
    return f"{error.smtp_code} {' '.join(words.split())}".strip()


def _caused_by_timeout(error: BaseException) -> bool:
    seen: BaseException | None = error
    for _ in range(10):
        if seen is None:
            return False
        if isinstance(seen, TimeoutError):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _security_hint(settings: MailSettings) -> str:
    if settings.port == 465 and settings.security is not Security.SSL:
        return " Port 465 usually needs SSL."
    if settings.port == 587 and settings.security is Security.SSL:
        return " Port 587 usually needs STARTTLS."
    return ""


def explain_failure(error: BaseException, settings: MailSettings, stage: str, seconds: float) -> MailError:
    """The plain-words ``MailError`` for an exception raised while talking to the server."""
    where = f"{settings.host}:{settings.port}"
    hint = _security_hint(settings)
    if is_smtp_not_allowed(error):
        assert isinstance(error, smtplib.SMTPResponseException)
        if "5.7.30" in _server_words(error) and not uses_sign_in(settings):
            what = f"Choose “Sign in with Microsoft” in {SETTINGS_PLACE}: Microsoft no longer takes passwords here."
        else:
            what = (
                "Ask whoever manages your Microsoft 365 to turn on Authenticated SMTP for this mailbox "
                "(Microsoft 365 admin centre → Active users → the mailbox → Mail → Manage email apps), "
                "or send through an SMTP relay (docs/email-setup.md)."
            )
        return MailError(
            FailureKind.SMTP_DISABLED,
            f"This account is not allowed to send email by SMTP ({_server_words(error)}). {what}",
        )
    if isinstance(error, smtplib.SMTPAuthenticationError):
        return MailError(
            FailureKind.AUTH,
            f"The mail server did not accept the user name or password ({_server_words(error)}). "
            f"Check the user and password in {SETTINGS_PLACE}. Some providers need an app password "
            f"instead of your usual one.",
        )
    if isinstance(error, smtplib.SMTPNotSupportedError) and stage == "login":
        return MailError(
            FailureKind.AUTH,
            f"The mail server does not offer sign-in on this connection. Choose SSL or STARTTLS, "
            f"or leave the user empty if the server needs no sign-in ({SETTINGS_PLACE}).",
        )
    if isinstance(error, smtplib.SMTPException) and stage == "login" and "authentication method" in str(error):
        return MailError(
            FailureKind.AUTH,
            f"The mail server offers no sign-in method this program knows ({error}). "
            f"Ask your email provider for SMTP settings with a user name and password.",
        )
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        details = "; ".join(
            f"{address}: {code} {reply.decode('utf-8', 'replace') if isinstance(reply, bytes) else reply}"
            for address, (code, reply) in error.recipients.items()
        )
        return MailError(
            FailureKind.RECIPIENT,
            f"The mail server refused the client's address ({details}). Check the address for typing mistakes.",
        )
    if isinstance(error, smtplib.SMTPSenderRefused):
        return MailError(
            FailureKind.SENDER,
            f"The mail server refused the sender address {error.sender} ({_server_words(error)}). "
            f"Use the address of the account you sign in with as the sender in {SETTINGS_PLACE}.",
        )
    if isinstance(error, smtplib.SMTPNotSupportedError) and stage == "send":
        return MailError(
            FailureKind.RECIPIENT,
            f"The mail server cannot send to an address with non-English letters ({error}). "
            f"Ask the client for another address.",
        )
    if isinstance(error, ssl.SSLCertVerificationError):
        reason = error.verify_message or error.reason or str(error)
        return MailError(
            FailureKind.TLS,
            f"The mail server's certificate is not trusted ({reason}). Check that the server name in "
            f"{SETTINGS_PLACE} is exactly the one your email provider gives; do not send until this is fixed.",
        )
    if isinstance(error, ssl.SSLError):
        return MailError(
            FailureKind.TLS,
            f"A secure connection to {where} could not be made ({error.reason or error}). "
            f"Check the security setting in {SETTINGS_PLACE}.{hint}",
        )
    if stage == "starttls" and isinstance(error, smtplib.SMTPResponseException):
        return MailError(
            FailureKind.TLS,
            f"The mail server refused to secure the connection ({_server_words(error)}). "
            f"Check the security setting in {SETTINGS_PLACE}.{hint}",
        )
    if _caused_by_timeout(error):
        return MailError(
            FailureKind.TIMEOUT,
            f"The mail server {where} stopped answering (no reply within {seconds:g} seconds). "
            f"Check the internet connection and the port and security in {SETTINGS_PLACE}, then try again.{hint}",
        )
    if isinstance(error, socket.gaierror):
        return MailError(
            FailureKind.UNREACHABLE,
            f"The mail server “{settings.host}” could not be found. Check the server name in {SETTINGS_PLACE} "
            f"and that this computer is connected to the internet.",
        )
    if isinstance(error, ConnectionRefusedError):
        return MailError(
            FailureKind.UNREACHABLE,
            f"The mail server {where} refused the connection. Check the port in {SETTINGS_PLACE} "
            f"(usually 465 for SSL or 587 for STARTTLS) and that the server is running.",
        )
    if isinstance(error, smtplib.SMTPConnectError):
        return MailError(
            FailureKind.UNREACHABLE,
            f"The mail server {where} would not take the connection ({_server_words(error)}). Try again later.",
        )
    if isinstance(error, smtplib.SMTPServerDisconnected):
        return MailError(
            FailureKind.UNREACHABLE,
            f"The mail server {where} closed the connection unexpectedly ({error}). "
            f"Check the port and security in {SETTINGS_PLACE}, then try again.{hint}",
        )
    if isinstance(error, smtplib.SMTPResponseException):
        return MailError(
            FailureKind.OTHER,
            f"The mail server did not accept the email. It said: {_server_words(error)}.",
        )
    if isinstance(error, OSError):
        return MailError(
            FailureKind.UNREACHABLE,
            f"The mail server {where} could not be reached ({error.strerror or error}). "
            f"Check the server name and port in {SETTINGS_PLACE} and the internet connection.",
        )
    return MailError(FailureKind.OTHER, f"The email could not be sent: {error}.")
