"""Signing in with a Google account (Gmail or Google Workspace), for sending by SMTP with XOAUTH2.

google-auth-oauthlib does the protocol: the installed-app flow in the system
browser with PKCE and a loopback redirect.  The credentials (with the refresh
token) live in the system keyring (``tokens.py``); a send renews the access
token silently when it has run out.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from typing import Any

from designer.domain import MailSettings

from .errors import FailureKind, MailError
from .tokens import delete_secret, load_secret, save_secret

# Gmail's SMTP needs the full mail scope; the e-mail scope tells us which account signed in.
SCOPES = ["openid", "https://www.googleapis.com/auth/userinfo.email", "https://mail.google.com/"]
# The designer's own Google desktop client. Empty until the project registers one: then each clinic
# registers its own (docs/email-setup.md) and enters its id and secret.
DEFAULT_CLIENT_ID = ""
DEFAULT_CLIENT_SECRET = ""
SMTP_HOST, SMTP_PORT = "smtp.gmail.com", 587
PLACE = "Clinic settings → Email"
SUCCESS_PAGE = "Signed in. You can close this window and go back to Programme Designer."


@dataclass(frozen=True)
class Endpoints:
    """Where Google's sign-in page and token service are (another address only for testing on this computer)."""

    auth_uri: str = "https://accounts.google.com/o/oauth2/auth"
    token_uri: str = "https://oauth2.googleapis.com/token"


ENDPOINTS = Endpoints()


def _client(settings: MailSettings) -> tuple[str, str]:
    chosen = settings.google_client_id.strip() or DEFAULT_CLIENT_ID
    if not chosen:
        raise MailError(
            FailureKind.SETTINGS,
            f"No Google app registration is set. Create the clinic's own desktop client in Google Cloud "
            f"(see docs/email-setup.md) and enter its client id and secret in {PLACE} → Advanced.",
        )
    secret = settings.google_client_secret.strip() if settings.google_client_id.strip() else DEFAULT_CLIENT_SECRET
    return chosen, secret


def keyring_name(settings: MailSettings) -> str:
    return f"google:{_client(settings)[0]}"


def _email_in(id_token: str | None) -> str:
    """The address in the sign-in's ID token; it came straight from Google's token service, so it is not re-checked."""
    if not id_token or id_token.count(".") != 2:
        return ""
    payload = id_token.split(".")[1]
    try:
        claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    except ValueError:
        return ""
    return str(claims.get("email", "")) if isinstance(claims, dict) else ""


def _network_error(error: Exception) -> MailError:
    return MailError(
        FailureKind.NETWORK,
        f"Google's sign-in service could not be reached ({type(error).__name__}). "
        "Check that this computer is connected to the internet, then try again.",
    )


def explain(error: Exception) -> MailError:
    """The plain-words ``MailError`` for an oauthlib or google-auth failure."""
    said = " ".join(str(error).split())[:300]
    words = said.lower()
    if "admin_policy_enforced" in words or "org_internal" in words:
        return MailError(
            FailureKind.ADMIN_CONSENT,
            f"Your Google Workspace administrator must allow Programme Designer first ({said}). Ask them to trust "
            f"the app under Security → API controls, then sign in again.",
        )
    if "access_denied" in words or "scope has changed" in words or "consent" in words:
        return MailError(
            FailureKind.CONSENT,
            f"The account did not allow Programme Designer to send mail ({said}). Sign in again and tick "
            f"“Read, compose, send … email from your Gmail” when Google asks.",
        )
    if "invalid_grant" in words or "expired" in words or "revoked" in words:
        return MailError(
            FailureKind.SIGN_IN_EXPIRED,
            f"The Google sign-in has run out or was withdrawn ({said}). Sign in again in {PLACE}.",
        )
    if "invalid_client" in words or "unauthorized_client" in words:
        return MailError(
            FailureKind.SETTINGS,
            f"Google does not accept the app registration ({said}). Check the client id and secret in {PLACE}.",
        )
    return MailError(FailureKind.OTHER, f"Google would not sign you in ({said}).")


def sign_in(settings: MailSettings, *, timeout: int = 300, login_hint: str = "") -> str:
    """Sign in in the system browser; returns the account's address.  ``MailError`` says what went wrong."""
    import webbrowser

    import requests
    from google_auth_oauthlib.flow import InstalledAppFlow, WSGITimeoutError
    from oauthlib.oauth2.rfc6749.errors import OAuth2Error

    client_id, secret = _client(settings)
    config = {
        "installed": {
            "client_id": client_id,
            "client_secret": secret,
            "auth_uri": ENDPOINTS.auth_uri,
            "token_uri": ENDPOINTS.token_uri,
            "redirect_uris": ["http://localhost"],
        }
    }
    flow = InstalledAppFlow.from_client_config(config, SCOPES, autogenerate_code_verifier=True)
    extra: dict[str, Any] = {"prompt": "consent", "access_type": "offline"}  # consent: Google sends a refresh token
    if login_hint:
        extra["login_hint"] = login_hint
    try:
        credentials = flow.run_local_server(
            host="localhost",
            port=0,
            authorization_prompt_message="",
            success_message=SUCCESS_PAGE,
            timeout_seconds=timeout,
            **extra,
        )
    except WSGITimeoutError:
        raise MailError(
            FailureKind.SIGN_IN_CANCELLED, "Signing in was not finished in time. Press “Sign in with Google” again."
        ) from None
    except webbrowser.Error as error:
        raise MailError(
            FailureKind.SIGN_IN_CANCELLED,
            f"The web browser could not be opened ({error}). Use an app password instead (docs/email-setup.md).",
        ) from error
    except requests.RequestException as error:
        raise _network_error(error) from error
    except (OAuth2Error, ValueError) as error:
        raise explain(error) from error
    except Warning as error:  # oauthlib's "Scope has changed": a permission was unticked on Google's page
        raise MailError(
            FailureKind.CONSENT,
            "Google was not allowed to let Programme Designer send mail (the Gmail permission was left unticked). "
            "Press “Sign in with Google” again and tick every permission asked for.",
        ) from error
    if not credentials.refresh_token:
        raise MailError(FailureKind.CONSENT, "Google gave no lasting sign-in. Sign in again and accept every step.")
    account = _email_in(getattr(credentials, "id_token", None))
    save_secret(keyring_name(settings), json.dumps({"account": account, "credentials": credentials.to_json()}))
    return account


def access_token(settings: MailSettings, *, force_refresh: bool = False) -> tuple[str, str]:
    """``(account, access token)`` for sending, renewed silently when it has run out."""
    import google.auth.exceptions
    from google.auth.transport.requests import Request
    from google.oauth2.credentials import Credentials

    name = keyring_name(settings)
    stored = load_secret(name)
    if not stored:
        raise MailError(
            FailureKind.SIGN_IN_NEEDED,
            f"Nobody is signed in with Google on this computer. Press “Sign in with Google” in {PLACE}.",
        )
    kept = json.loads(stored)
    # google-auth puts Google's own token address back on reading; the address is ours to choose, not the keyring's.
    credentials = Credentials.from_authorized_user_info(json.loads(kept["credentials"]), SCOPES).with_token_uri(
        ENDPOINTS.token_uri
    )
    if force_refresh or not credentials.valid:
        try:
            credentials.refresh(Request())
        except google.auth.exceptions.TransportError as error:
            raise _network_error(error) from error
        except google.auth.exceptions.RefreshError as error:
            raise explain(error) from error
        save_secret(name, json.dumps({**kept, "credentials": credentials.to_json()}))
    return str(kept.get("account") or settings.account), str(credentials.token)


def sign_out(settings: MailSettings) -> None:
    """Forget this computer's Google sign-in (its tokens leave the keyring)."""
    delete_secret(keyring_name(settings))


def signed_in_account(settings: MailSettings) -> str:
    """The account whose sign-in is kept here, or "" (reads the keyring only: no network)."""
    if not (settings.google_client_id or DEFAULT_CLIENT_ID):
        return ""
    stored = load_secret(keyring_name(settings))
    try:
        return str(json.loads(stored).get("account", "")) if stored else ""
    except ValueError:
        return ""
