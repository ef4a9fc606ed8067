"""What can go wrong when a handout is emailed, named in plain words with what to do about it.

Every failure of composing, sending or storing a password becomes one
``MailError`` with a ``kind`` the window can react to (for example: ask for
the password again after "auth") and a message a therapist can act on.
"""

from __future__ import annotations

from enum import StrEnum


class FailureKind(StrEnum):
    """Which kind of problem stopped the email; compare with plain strings ("auth") or the members."""

    ADDRESS = "address"  # the client's address is missing or not an email address; nothing was sent
    SETTINGS = "settings"  # the clinic's mail settings are incomplete or unsafe
    PASSWORD_NEEDED = "password"  # the server needs a password and none was given
    AUTH = "auth"  # the server did not accept the user name or password
    TLS = "tls"  # a secure connection could not be made, or the certificate is not trusted
    UNREACHABLE = "unreachable"  # the server could not be found or refused the connection
    TIMEOUT = "timeout"  # the server stopped answering
    RECIPIENT = "recipient"  # the server refused the client's address
    SENDER = "sender"  # the server refused the clinic's sender address
    KEYRING = "keyring"  # the system keyring could not store or forget the password
    OUTBOX = "outbox"  # the waiting handout could not be read or written
    SIGN_IN_NEEDED = "sign-in"  # Microsoft or Google is chosen, but nobody has signed in on this computer yet
    SIGN_IN_EXPIRED = "sign-in-expired"  # the sign-in ran out or was withdrawn and could not be renewed: sign in again
    SIGN_IN_CANCELLED = "sign-in-cancelled"  # the browser window was closed, or the code was not entered in time
    CONSENT = "consent"  # the account has not yet allowed this program to send mail
    ADMIN_CONSENT = "admin-consent"  # the organisation's administrator must allow this program first
    SMTP_DISABLED = "smtp-disabled"  # the account may not send by SMTP at all (Microsoft 5.7.139 / 5.7.30)
    NETWORK = "network"  # no internet connection to the sign-in service
    OTHER = "other"  # anything else, with the server's own words


class MailError(Exception):
    """A failure to email a handout: ``kind`` says which, ``message`` says what to do."""

    def __init__(self, kind: FailureKind | str, message: str) -> None:
        self.kind = FailureKind(kind)
        self.message = message
        super().__init__(message)

    def __reduce__(self) -> tuple[type[MailError], tuple[str, str]]:
        # Lets the error cross a process boundary (a send run in another process) intact.
        return (MailError, (self.kind.value, self.message))

    def __repr__(self) -> str:
        return f"MailError({self.kind.value!r}, {self.message!r})"
