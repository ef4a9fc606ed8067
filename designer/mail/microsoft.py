"""Signing in with a Microsoft 365 (or Outlook.com) account, for sending by SMTP with XOAUTH2.

MSAL does the protocol: the system browser with a loopback redirect
(``http://localhost:<port>``, PKCE included), or a device code for a
computer without a usable browser.  Its token cache lives in the system
keyring (``tokens.py``); a send asks MSAL for a token silently, which renews
it with the refresh token when it has run out.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from designer.domain import MailSettings

from .errors import FailureKind, MailError
from .tokens import delete_secret, load_secret, save_secret

# offline_access (for the refresh token) is added by MSAL itself, which refuses it when passed in.
SCOPES = ["https://outlook.office.com/SMTP.Send"]
PUBLIC_CLOUD = "https://login.microsoftonline.com"
# The designer's own Entra app registration (public client, redirect http://localhost). Empty until the
# project registers one: then every clinic must register its own (docs/email-setup.md) and enter its id.
DEFAULT_CLIENT_ID = ""
SMTP_HOST, SMTP_PORT = "smtp.office365.com", 587
PLACE = "Clinic settings → Email"

log = logging.getLogger(__name__)


def authority(settings: MailSettings) -> str:
    """The sign-in address: the public cloud with the tenant, or the full address given as the tenant."""
    tenant = settings.microsoft_tenant.strip() or "common"
    return tenant.rstrip("/") if tenant.startswith("https://") else f"{PUBLIC_CLOUD}/{tenant}"


def client_id(settings: MailSettings) -> str:
    chosen = settings.microsoft_client_id.strip() or DEFAULT_CLIENT_ID
    if not chosen:
        raise MailError(
            FailureKind.SETTINGS,
            f"No Microsoft app registration is set. Register the clinic's own app (a public client with the "
            f"redirect http://localhost, see docs/email-setup.md) and enter its client id in {PLACE} → Advanced.",
        )
    return chosen


def keyring_name(settings: MailSettings) -> str:
    return f"microsoft:{client_id(settings)}:{authority(settings)}"


def explain(result: Mapping[str, Any], doing: str) -> MailError:
    """The plain-words ``MailError`` for an error answer from Microsoft's sign-in service."""
    code = str(result.get("error", ""))
    said = " ".join(str(result.get("error_description", "")).split())
    first_line = said.split(" Trace ID")[0][:300]
    codes = {part.rstrip(":") for part in said.split() if part.startswith("AADSTS")}
    lower = said.lower()
    admin_words = any(words in lower for words in ("admin consent", "admin approval", "administrator approval"))
    if codes & {"AADSTS90094", "AADSTS90008", "AADSTS900941", "AADSTS650051"} or admin_words:
        return MailError(
            FailureKind.ADMIN_CONSENT,
            f"Your organisation's administrator must allow Programme Designer to send mail first ({first_line}). "
            f"Ask them to grant admin consent for the app in Microsoft Entra (Enterprise applications), "
            f"then sign in again.",
        )
    if codes & {"AADSTS65001", "AADSTS65004"} or result.get("suberror") == "consent_required":
        return MailError(
            FailureKind.CONSENT,
            f"The account has not allowed Programme Designer to send mail ({first_line}). Sign in again and "
            f"press Accept when Microsoft asks whether the designer may send email as you.",
        )
    if codes & {"AADSTS700016", "AADSTS90002", "AADSTS50011", "AADSTS7000218"} or code == "invalid_client":
        return MailError(
            FailureKind.SETTINGS,
            f"Microsoft does not accept the app registration ({first_line}). Check the client id and tenant in "
            f"{PLACE} → Advanced, and that the app is a public client with the redirect http://localhost.",
        )
    if code in ("invalid_grant", "interaction_required") or codes & {"AADSTS50173", "AADSTS700082", "AADSTS50078"}:
        return MailError(
            FailureKind.SIGN_IN_EXPIRED,
            f"The Microsoft sign-in has run out or was withdrawn ({first_line}). Sign in again in {PLACE}.",
        )
    if code in ("access_denied", "authorization_declined", "expired_token", "timeout", "state_mismatch"):
        return MailError(
            FailureKind.SIGN_IN_CANCELLED,
            f"Signing in was not finished ({first_line or code}). Press “Sign in with Microsoft” to try again.",
        )
    return MailError(FailureKind.OTHER, f"Microsoft would not {doing} ({code}: {first_line}).")


def _network_error(error: Exception) -> MailError:
    return MailError(
        FailureKind.NETWORK,
        f"Microsoft's sign-in service could not be reached ({type(error).__name__}). "
        "Check that this computer is connected to the internet, then try again.",
    )


@dataclass
class _Session:
    app: Any  # msal.PublicClientApplication
    cache: Any  # msal.SerializableTokenCache
    name: str

    def keep(self) -> None:
        """Write MSAL's cache back to the keyring when it changed (a new or renewed token)."""
        if self.cache.has_state_changed:
            save_secret(self.name, self.cache.serialize())
            self.cache.has_state_changed = False


def _session(settings: MailSettings) -> _Session:
    import msal  # only loaded when a Microsoft account is used: it brings requests and cryptography
    import requests

    name = keyring_name(settings)
    cache = msal.SerializableTokenCache()
    stored = load_secret(name)
    if stored:
        try:
            cache.deserialize(stored)
        except ValueError:
            log.warning("The kept Microsoft sign-in was damaged; a new sign-in is needed")
    address = authority(settings)
    try:
        app = msal.PublicClientApplication(
            client_id(settings),
            authority=address,
            token_cache=cache,
            # Instance discovery only knows Microsoft's own clouds; a sign-in address of another host skips it.
            instance_discovery=address.startswith(PUBLIC_CLOUD),
        )
    except requests.RequestException as error:
        raise _network_error(error) from error
    except ValueError as error:  # MSAL's "Unable to get authority configuration"
        raise MailError(
            FailureKind.SETTINGS,
            f"The Microsoft tenant “{settings.microsoft_tenant}” is not known ({error}). Check it in {PLACE}.",
        ) from error
    return _Session(app, cache, name)


def _signed_in(session: _Session, result: Mapping[str, Any] | None, doing: str) -> str:
    if not result:
        raise MailError(FailureKind.SIGN_IN_CANCELLED, "Signing in was not finished. Try again.")
    if "error" in result:
        raise explain(result, doing)
    session.keep()
    claims = result.get("id_token_claims") or {}
    return str(claims.get("preferred_username") or claims.get("email") or claims.get("upn") or "")


def sign_in(
    settings: MailSettings, *, timeout: int = 300, on_browser: Callable[[], None] | None = None, login_hint: str = ""
) -> str:
    """Sign in in the system browser; returns the account's address.  ``MailError`` says what went wrong."""
    import msal
    import requests

    # Raised by MSAL when nobody finished signing in within ``timeout`` (older MSAL: a plain RuntimeError).
    timed_out = getattr(msal, "BrowserInteractionTimeoutError", RuntimeError)
    session = _session(settings)
    try:
        result = session.app.acquire_token_interactive(
            SCOPES,
            prompt="select_account",
            login_hint=login_hint or None,
            timeout=timeout,
            on_before_launching_ui=(lambda **_ui: on_browser()) if on_browser else None,
        )
    except requests.RequestException as error:
        raise _network_error(error) from error
    except timed_out:
        raise MailError(
            FailureKind.SIGN_IN_CANCELLED,
            f"Signing in was not finished within {timeout // 60 or 1} minutes. Press “Sign in with Microsoft” "
            f"again, or “Sign in with a code instead” if the browser did not open.",
        ) from None
    return _signed_in(session, result, "sign you in")


@dataclass(frozen=True)
class DeviceSignIn:
    """A sign-in by code: the therapist opens ``address`` on any device and types ``code``."""

    code: str
    address: str
    message: str
    flow: dict[str, Any]
    settings: MailSettings


def start_device_sign_in(settings: MailSettings) -> DeviceSignIn:
    """Ask Microsoft for a sign-in code (for a computer where the browser cannot be opened)."""
    import requests

    session = _session(settings)
    try:
        flow = session.app.initiate_device_flow(scopes=SCOPES)
    except requests.RequestException as error:
        raise _network_error(error) from error
    if "user_code" not in flow:
        raise explain(flow, "give a sign-in code")
    return DeviceSignIn(flow["user_code"], flow.get("verification_uri", ""), flow.get("message", ""), flow, settings)


def finish_device_sign_in(device: DeviceSignIn) -> str:
    """Wait until the code has been entered (or has run out); returns the account's address."""
    import requests

    session = _session(device.settings)
    try:
        result = session.app.acquire_token_by_device_flow(device.flow)
    except requests.RequestException as error:
        raise _network_error(error) from error
    return _signed_in(session, result, "sign you in")


def access_token(settings: MailSettings, *, force_refresh: bool = False) -> tuple[str, str]:
    """``(account, access token)`` for sending, renewed silently when it has run out."""
    import requests

    session = _session(settings)
    accounts = session.app.get_accounts(username=settings.account or None) or session.app.get_accounts()
    if not accounts:
        raise MailError(
            FailureKind.SIGN_IN_NEEDED,
            f"Nobody is signed in with Microsoft on this computer. Press “Sign in with Microsoft” in {PLACE}.",
        )
    account = accounts[0]
    try:
        result = session.app.acquire_token_silent_with_error(SCOPES, account, force_refresh=force_refresh)
    except requests.RequestException as error:
        raise _network_error(error) from error
    if not result:
        raise MailError(FailureKind.SIGN_IN_EXPIRED, f"The Microsoft sign-in has run out. Sign in again in {PLACE}.")
    if "error" in result:
        raise explain(result, "renew the sign-in")
    session.keep()
    return str(account.get("username", "")), str(result["access_token"])


def sign_out(settings: MailSettings) -> None:
    """Forget this computer's Microsoft sign-in (its tokens leave the keyring)."""
    delete_secret(keyring_name(settings))


def signed_in_account(settings: MailSettings) -> str:
    """The account whose sign-in is kept here, or "" (reads the keyring only: no network)."""
    import json

    stored = load_secret(keyring_name(settings)) if (settings.microsoft_client_id or DEFAULT_CLIENT_ID) else None
    if not stored:
        return ""
    try:
        accounts = json.loads(stored).get("Account", {})
    except ValueError:
        return ""
    return next((str(entry.get("username", "")) for entry in accounts.values()), "")
