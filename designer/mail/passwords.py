"""The SMTP password, kept in the system's keyring (Windows Credential Manager, macOS Keychain, Secret Service).

The designer never writes the password to a file of its own.  Where no
keyring exists (``keyring_available()`` is False) the window or the command
line asks for it at send time and forgets it afterwards.
"""

from __future__ import annotations

import logging

import keyring
import keyring.backend
import keyring.errors
from keyring.backends import chainer, fail, null

from designer.domain import MailSettings

from .errors import FailureKind, MailError

SERVICE = "ProgrammeDesigner SMTP"

log = logging.getLogger(__name__)


def account_name(settings: MailSettings) -> str:
    """The keyring's user for these settings: "<user>@<host>", so two servers keep two passwords."""
    return f"{settings.user.strip()}@{settings.host.strip().lower()}"


def _is_usable(backend: keyring.backend.KeyringBackend) -> bool:
    # The fail keyring refuses every password; the null keyring accepts and forgets them.
    if isinstance(backend, fail.Keyring | null.Keyring):
        return False
    if isinstance(backend, chainer.ChainerBackend):
        return any(_is_usable(inner) for inner in backend.backends)
    return True


def keyring_available() -> bool:
    """True when this computer has a keyring that really keeps passwords."""
    try:
        return _is_usable(keyring.get_keyring())
    except Exception:  # a broken keyring setup must not stop the designer; it means "ask at send time"
        log.exception("The system keyring could not be loaded")
        return False


def get_password(settings: MailSettings) -> str | None:
    """The stored password for these settings, or None (nothing stored, no user, or no keyring: ask for it)."""
    if not settings.user.strip() or not keyring_available():
        return None
    try:
        return keyring.get_password(SERVICE, account_name(settings))
    except keyring.errors.KeyringError:
        # A locked keyring whose unlock was cancelled: asking for the password is the way on.
        log.warning("The system keyring did not give the SMTP password", exc_info=True)
        return None


def set_password(settings: MailSettings, password: str) -> None:
    """Keep the password in the system keyring, or raise ``MailError`` ("keyring") saying it will be asked for."""
    if not settings.user.strip():
        raise MailError(FailureKind.SETTINGS, "Enter the user name in Clinic settings → Email before the password.")
    if not keyring_available():
        raise MailError(
            FailureKind.KEYRING,
            "This computer has no system keyring, so the password cannot be kept. It will be asked for at each send.",
        )
    try:
        keyring.set_password(SERVICE, account_name(settings), password)
    except keyring.errors.KeyringError as error:
        raise MailError(
            FailureKind.KEYRING,
            f"The system keyring did not keep the password ({error}). It will be asked for at each send.",
        ) from None


def delete_password(settings: MailSettings) -> None:
    """Forget the stored password for these settings; nothing happens when none is stored."""
    if not settings.user.strip() or not keyring_available():
        return
    try:
        keyring.delete_password(SERVICE, account_name(settings))
    except keyring.errors.PasswordDeleteError:
        return  # nothing was stored
    except keyring.errors.KeyringError as error:
        raise MailError(FailureKind.KEYRING, f"The system keyring did not forget the password ({error}).") from None
