"""Sign-in tokens kept in the system keyring, never in the designer's own files.

A token cache can be larger than one keyring entry may hold (Windows
Credential Manager keeps at most 2,560 bytes), so a long value is kept in
numbered pieces: "<name>" holds how many, "<name>#0", "<name>#1"… hold the
text.  Reading puts it back together; a missing piece reads as "not signed in".
"""

from __future__ import annotations

import contextlib
import logging

import keyring
import keyring.errors

from .errors import FailureKind, MailError
from .passwords import keyring_available

SERVICE = "ProgrammeDesigner sign-in"
# Well under the Windows limit even when the backend stores the text as UTF-16.
PIECE_CHARS = 1000

log = logging.getLogger(__name__)


def _no_keyring() -> MailError:
    return MailError(
        FailureKind.KEYRING,
        "This computer has no system keyring, so a Microsoft or Google sign-in cannot be kept. "
        "Use a password (an app password or an SMTP relay) in Clinic settings → Email instead.",
    )


def save_secret(name: str, text: str) -> None:
    """Keep ``text`` under ``name`` in the keyring, replacing what was there; ``MailError`` ("keyring") on failure."""
    if not keyring_available():
        raise _no_keyring()
    pieces = [text[start : start + PIECE_CHARS] for start in range(0, len(text), PIECE_CHARS)] or [""]
    try:
        old_count = _piece_count(name)
        for number, piece in enumerate(pieces):
            keyring.set_password(SERVICE, f"{name}#{number}", piece)
        # The count last: a crash part-way leaves the old count, whose pieces are now mixed, so say "changed".
        keyring.set_password(SERVICE, name, str(len(pieces)))
        for number in range(len(pieces), old_count):
            _forget(f"{name}#{number}")
    except keyring.errors.KeyringError as error:
        raise MailError(FailureKind.KEYRING, f"The system keyring did not keep the sign-in ({error}).") from None


def _piece_count(name: str) -> int:
    count = keyring.get_password(SERVICE, name)
    return int(count) if count and count.isdigit() else 0


def load_secret(name: str) -> str | None:
    """The text kept under ``name``, or None when nothing (or only part of it) is there."""
    if not keyring_available():
        return None
    try:
        count = _piece_count(name)
        if not count:
            return None
        pieces = [keyring.get_password(SERVICE, f"{name}#{number}") for number in range(count)]
    except keyring.errors.KeyringError:
        log.warning("The system keyring did not give the sign-in", exc_info=True)
        return None
    if any(piece is None for piece in pieces):
        return None
    return "".join(piece or "" for piece in pieces)


def _forget(key: str) -> None:
    with contextlib.suppress(keyring.errors.PasswordDeleteError):  # nothing was there
        keyring.delete_password(SERVICE, key)


def delete_secret(name: str) -> None:
    """Forget everything kept under ``name`` (sign out); nothing happens when nothing is kept."""
    if not keyring_available():
        return
    try:
        count = _piece_count(name)
        _forget(name)
        for number in range(max(count, 1)):
            _forget(f"{name}#{number}")
    except keyring.errors.KeyringError as error:
        raise MailError(FailureKind.KEYRING, f"The system keyring did not forget the sign-in ({error}).") from None
