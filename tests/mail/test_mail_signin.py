"""Signing in with Microsoft or Google and sending with XOAUTH2, against real parts on 127.0.0.1.

MSAL and google-auth-oauthlib run unchanged against a stand-in sign-in
service over HTTPS; the "browser" follows the sign-in page's redirect to the
programme's loopback address; tokens go to a file keyring in a temporary
folder; the mail server offers only XOAUTH2 and checks the token it is given.
"""

from __future__ import annotations

import json
import threading
import webbrowser
from dataclasses import replace
from pathlib import Path

import keyring
import pytest
from aiosmtpd.smtp import AuthResult

from designer.domain import SignIn
from designer.mail import MailError, compose_message, microsoft, send_message, signin, tokens

from .identity_provider import ACCOUNT


def a_message(clinic, pdf_bytes):
    return compose_message(clinic, "zoe@example.org", "Your plan", "Dear Zoë,\n\nAttached.", pdf_bytes, "plan.pdf")


def test_microsoft_sign_in_in_the_browser_then_send_with_xoauth2(
    file_keyring, browser, account_settings, xoauth2_server, identity_provider, clinic, pdf_bytes
):
    settings = account_settings(xoauth2_server.port)

    signed_in = signin.sign_in(settings, timeout=30)

    assert signed_in.account == ACCOUNT
    [opened] = browser.opened
    assert opened.startswith(identity_provider.authority + "/oauth2/v2.0/authorize?")
    assert "code_challenge_method=S256" in opened and "redirect_uri=http%3A%2F%2Flocalhost%3A" in opened
    assert "SMTP.Send" in opened and "offline_access" in opened
    assert identity_provider.grants == ["authorization_code"]
    # The tokens are in the keyring (in pieces), and nowhere else.
    kept = tokens.load_secret(microsoft.keyring_name(settings))
    assert kept is not None and json.loads(kept)["RefreshToken"]
    assert signin.signed_in_account(signed_in) == ACCOUNT

    send_message(a_message(clinic, pdf_bytes), signed_in)

    [received] = xoauth2_server.mailbox.messages
    assert received["To"] == "zoe@example.org"
    [(account, token)] = xoauth2_server.mailbox.sign_ins
    assert account == ACCOUNT and token in identity_provider.access_tokens
    assert identity_provider.grants == ["authorization_code"]  # the token was still good: no renewal


@pytest.fixture
def signed_in(file_keyring, browser, account_settings, xoauth2_server):
    """Microsoft settings for the XOAUTH2 server, signed in through the browser."""
    return signin.sign_in(account_settings(xoauth2_server.port), timeout=30)


def test_a_token_about_to_run_out_is_renewed_silently(
    file_keyring, browser, account_settings, xoauth2_server, identity_provider, clinic, pdf_bytes
):
    identity_provider.access_token_seconds = 120  # MSAL renews what runs out within 5 minutes
    settings = signin.sign_in(account_settings(xoauth2_server.port), timeout=30)
    first_refresh = json.loads(tokens.load_secret(microsoft.keyring_name(settings)) or "{}")["RefreshToken"]

    send_message(a_message(clinic, pdf_bytes), settings)

    assert identity_provider.grants == ["authorization_code", "refresh_token"]
    assert len(xoauth2_server.mailbox.messages) == 1
    [(_account, token)] = xoauth2_server.mailbox.sign_ins
    assert identity_provider.token_is_good(token, ACCOUNT)
    # The renewed tokens went back into the keyring, so the next send starts from them.
    assert json.loads(tokens.load_secret(microsoft.keyring_name(settings)) or "{}")["RefreshToken"] != first_refresh


def test_a_token_the_server_calls_expired_is_renewed_and_the_send_goes_through(
    signed_in, xoauth2_server, identity_provider, clinic, pdf_bytes
):
    identity_provider.expire_access_tokens()  # the server's clock says it ran out; the programme's does not

    send_message(a_message(clinic, pdf_bytes), signed_in)

    assert len(xoauth2_server.mailbox.messages) == 1
    assert identity_provider.grants == ["authorization_code", "refresh_token"]
    (_a, refused), (_b, accepted) = xoauth2_server.mailbox.sign_ins
    assert refused != accepted and identity_provider.token_is_good(accepted, ACCOUNT)


def test_a_withdrawn_sign_in_says_sign_in_again(signed_in, xoauth2_server, identity_provider, clinic, pdf_bytes):
    identity_provider.revoke_everything()  # the password was changed, or an administrator signed everyone out

    with pytest.raises(MailError) as failure:
        send_message(a_message(clinic, pdf_bytes), signed_in)

    assert failure.value.kind == "sign-in-expired"
    assert "Sign in again" in failure.value.message
    assert xoauth2_server.mailbox.messages == []


def test_microsoft_refusing_smtp_for_the_tenant_is_named_with_what_to_do(
    signed_in, xoauth2_server, identity_provider, clinic, pdf_bytes
):
    xoauth2_server.mailbox.refusal = (
        "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. "
        "Visit https://aka.ms/smtp_auth_disabled for more information."
    )
    with pytest.raises(MailError) as failure:
        send_message(a_message(clinic, pdf_bytes), signed_in)
    assert failure.value.kind == "smtp-disabled"
    assert "5.7.139" in failure.value.message and "Authenticated SMTP" in failure.value.message
    assert len(xoauth2_server.mailbox.sign_ins) == 1  # a refusal of SMTP itself is not worth a renewed token


def refuse_basic_auth(server, session, envelope, mechanism, auth_data) -> AuthResult:
    """Microsoft's answer to a password once basic authentication is switched off for the tenant."""
    return AuthResult(
        success=False, handled=False, message="535 5.7.30 Basic authentication is not supported for Client Submission."
    )


def test_a_password_refused_with_5_7_30_points_to_microsoft_sign_in(
    start_server, settings_for, server_login, clinic, pdf_bytes
):
    server = start_server(authenticator=refuse_basic_auth, auth_require_tls=False)
    user, password = server_login
    with pytest.raises(MailError) as failure:
        send_message(a_message(clinic, pdf_bytes), settings_for(server.port, user=user), password)
    assert failure.value.kind == "smtp-disabled"
    assert "5.7.30" in failure.value.message and "Sign in with Microsoft" in failure.value.message
    assert server.mailbox.messages == []


def test_the_server_refusing_the_recipient_is_named(signed_in, xoauth2_server, clinic, pdf_bytes):
    xoauth2_server.mailbox.refuse_recipients.add("zoe@example.org")
    with pytest.raises(MailError) as failure:
        send_message(a_message(clinic, pdf_bytes), signed_in)
    assert failure.value.kind == "recipient" and "Check the address" in failure.value.message


def test_sign_out_removes_the_tokens_from_the_keyring(signed_in, xoauth2_server, clinic, pdf_bytes, file_keyring):
    name = microsoft.keyring_name(signed_in)
    assert keyring.get_password(tokens.SERVICE, name)
    signed_out = signin.sign_out(signed_in)
    assert signed_out.account == ""
    assert tokens.load_secret(name) is None
    assert "microsoft" not in Path(file_keyring.file_path).read_text("utf-8").lower()
    with pytest.raises(MailError) as failure:
        send_message(a_message(clinic, pdf_bytes), signed_out)
    assert failure.value.kind == "sign-in" and "Sign in with Microsoft" in failure.value.message


def test_the_device_code_sign_in_for_a_computer_without_a_browser(
    file_keyring, account_settings, xoauth2_server, identity_provider, clinic, pdf_bytes
):
    settings = account_settings(xoauth2_server.port)
    device = microsoft.start_device_sign_in(settings)
    assert device.code and device.address == f"{identity_provider.base}/device" and device.code in device.message
    threading.Timer(0.2, identity_provider.approve_device, args=(device.code,)).start()

    assert microsoft.finish_device_sign_in(device) == ACCOUNT

    send_message(a_message(clinic, pdf_bytes), replace(settings, account=ACCOUNT))
    assert len(xoauth2_server.mailbox.messages) == 1
    assert "urn:ietf:params:oauth:grant-type:device_code" in identity_provider.grants


@pytest.mark.parametrize(
    ("description", "kind"),
    [
        ("AADSTS65001: The user or administrator has not consented to use the application.", "consent"),
        ("AADSTS90094: An administrator of Springback set a policy that prevents granting consent.", "admin-consent"),
    ],
)
def test_consent_refusals_say_who_must_allow_the_app(
    file_keyring, browser, account_settings, xoauth2_server, identity_provider, description, kind
):
    identity_provider.authorize_error = ("consent_required" if kind == "consent" else "access_denied", description)
    with pytest.raises(MailError) as failure:
        signin.sign_in(account_settings(xoauth2_server.port), timeout=30)
    assert failure.value.kind == kind
    assert ("administrator must" in failure.value.message) == (kind == "admin-consent")
    assert tokens.load_secret(microsoft.keyring_name(account_settings(xoauth2_server.port))) is None


def test_no_network_to_the_sign_in_service_is_named(signed_in, identity_provider, clinic, pdf_bytes, closed_port):
    offline = replace(signed_in, microsoft_tenant=f"https://127.0.0.1:{closed_port}/springback-tenant")
    with pytest.raises(MailError) as failure:
        signin.access_token(offline)
    assert failure.value.kind == "network" and "internet" in failure.value.message
    offline_sign_in = replace(offline, account="")
    with pytest.raises(MailError) as failure:
        microsoft.start_device_sign_in(offline_sign_in)
    assert failure.value.kind == "network" and "internet" in failure.value.message


def test_google_sign_in_with_pkce_then_send_and_renew(
    file_keyring, browser, account_settings, google_endpoints, xoauth2_server, identity_provider, clinic, pdf_bytes
):
    settings = signin.sign_in(account_settings(xoauth2_server.port, SignIn.GOOGLE), timeout=30)
    assert settings.account == ACCOUNT
    [opened] = browser.opened
    assert opened.startswith(f"{identity_provider.base}/google/auth?")
    assert "code_challenge_method=S256" in opened and "mail.google.com" in opened
    assert "Signed in" in browser.pages[0]

    send_message(a_message(clinic, pdf_bytes), settings)
    identity_provider.expire_access_tokens()
    send_message(a_message(clinic, pdf_bytes), settings)

    assert len(xoauth2_server.mailbox.messages) == 2
    assert identity_provider.grants == ["authorization_code", "refresh_token"]
    assert signin.signed_in_account(settings) == ACCOUNT
    identity_provider.revoke_everything()
    with pytest.raises(MailError) as failure:
        send_message(a_message(clinic, pdf_bytes), settings)
    assert failure.value.kind == "sign-in-expired"
    signin.sign_out(settings)
    assert signin.signed_in_account(settings) == ""


class BrowserLeftOpen(webbrowser.BaseBrowser):
    """A browser whose sign-in page the therapist walked away from."""

    def open(self, url: str, new: int = 0, autoraise: bool = True) -> bool:
        return True


def test_a_sign_in_nobody_finishes_ends_in_plain_words(
    file_keyring, account_settings, xoauth2_server, identity_provider, monkeypatch
):
    monkeypatch.delenv("BROWSER", raising=False)
    webbrowser.register("left-open", None, BrowserLeftOpen("left-open"), preferred=True)
    try:
        with pytest.raises(MailError) as failure:
            signin.sign_in(account_settings(xoauth2_server.port), timeout=2)
    finally:
        webbrowser._tryorder.remove("left-open")  # type: ignore[attr-defined, union-attr]
    assert failure.value.kind == "sign-in-cancelled" and "Sign in with a code instead" in failure.value.message
    assert identity_provider.grants == []


def test_google_with_the_gmail_permission_unticked_asks_to_tick_it(
    file_keyring, browser, account_settings, google_endpoints, xoauth2_server, identity_provider
):
    identity_provider.granted_scope = "openid https://www.googleapis.com/auth/userinfo.email"
    settings = account_settings(xoauth2_server.port, SignIn.GOOGLE)
    with pytest.raises(MailError) as failure:
        signin.sign_in(settings, timeout=30)
    assert failure.value.kind == "consent" and "tick every permission" in failure.value.message
    assert signin.signed_in_account(settings) == ""
