"""One door to "sign in with Microsoft or Google": which provider the settings name, and the XOAUTH2 sign-in.

The window, the command line and ``smtp.send_message`` call these; the
provider modules (``microsoft.py``, ``google.py``) are loaded only when an
account of theirs is used.
"""

from __future__ import annotations

from dataclasses import replace
from types import ModuleType

from designer.domain import MailSettings, Security, SignIn

from .errors import FailureKind, MailError

PROVIDER_NAMES = {SignIn.MICROSOFT: "Microsoft", SignIn.GOOGLE: "Google"}


def uses_sign_in(settings: MailSettings) -> bool:
    """True when the settings sign in with a Microsoft or Google account rather than a password."""
    return settings.sign_in is not SignIn.PASSWORD


def _provider(settings: MailSettings) -> ModuleType:
    if settings.sign_in is SignIn.MICROSOFT:
        from . import microsoft

        return microsoft
    if settings.sign_in is SignIn.GOOGLE:
        from . import google

        return google
    raise MailError(FailureKind.SETTINGS, "These mail settings sign in with a password, not an account.")


def server_for(settings: MailSettings) -> MailSettings:
    """The settings with the provider's SMTP server filled in where none is set (secure connection, port 587)."""
    if not uses_sign_in(settings) or settings.host.strip():
        return settings
    provider = _provider(settings)
    return replace(settings, host=provider.SMTP_HOST, port=provider.SMTP_PORT, security=Security.STARTTLS)


def sign_in(settings: MailSettings, *, timeout: int = 300) -> MailSettings:
    """Sign in in the system browser; returns the settings with the account filled in, to be saved."""
    account = _provider(settings).sign_in(settings, timeout=timeout, login_hint=settings.account)
    return replace(server_for(settings), account=account, sender=settings.sender or account)


def sign_out(settings: MailSettings) -> MailSettings:
    """Forget the sign-in kept on this computer; returns the settings without the account, to be saved."""
    if uses_sign_in(settings):
        try:
            _provider(settings).sign_out(settings)
        except MailError as error:
            if error.kind is not FailureKind.SETTINGS:  # no registration: nothing can have been kept
                raise
    return replace(settings, account="")


def signed_in_account(settings: MailSettings) -> str:
    """The account signed in on this computer for these settings, or "" (no network needed)."""
    if not uses_sign_in(settings):
        return ""
    return str(_provider(settings).signed_in_account(settings))


def access_token(settings: MailSettings, *, force_refresh: bool = False) -> tuple[str, str]:
    """``(account, access token)``, renewed silently; ``MailError`` saying what to do when it cannot be."""
    account, token = _provider(settings).access_token(settings, force_refresh=force_refresh)
    return account or settings.account, token


def xoauth2(account: str, token: str) -> str:
    """The XOAUTH2 sign-in string (Microsoft's and Google's SMTP extension); smtplib encodes it in base64."""
    return f"user={account}\x01auth=Bearer {token}\x01\x01"
