"""Signing in with Microsoft or Google and sending with XOAUTH2, against real parts on 127.0.0.1.

MSAL and google-auth-oauthlib run unchanged against a stand-in sign-in
service over HTTPS; the "browser" follows the sign-in page's redirect to the
programme's loopback address; tokens go to a file keyring in a temporary
folder; the mail server offers only XOAUTH2 and checks the token it is given.
"""

from __future__ import annotations

import json

import keyring
import pytest

from designer.domain import SignIn
from designer.mail import MailError, compose_message, send_message
from designer.mail import microsoft, signin, tokens

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
