"""Clinic settings → Email: sign in with Microsoft or Google from the window, see the account, sign out.

Real widgets under pytest-qt, the real MSAL / google-auth-oauthlib code
against the stand-in sign-in service on 127.0.0.1, and a file keyring in a
temporary folder.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from designer.domain import Clinic, Delivery, MailSettings, SignIn
from designer.mail import microsoft, tokens
from designer.storage import Store
from designer.ui.dialogs.clinic_settings_dialog import ClinicSettingsDialog

from .identity_provider import ACCOUNT, CLIENT_ID


@pytest.fixture
def dialog(qtbot, tmp_path, identity_provider):
    mail = MailSettings(
        delivery=Delivery.SMTP, microsoft_client_id=CLIENT_ID, microsoft_tenant=identity_provider.authority
    )
    store = Store.open(tmp_path / "data")
    shown = ClinicSettingsDialog(Clinic(name="Springback Rehab", mail=mail), store)
    qtbot.addWidget(shown)
    yield shown
    shown.mail_page.background.wait()
    store.close()


def choose(box, value) -> None:
    box.setCurrentIndex(box.findData(value))


def test_signing_in_with_microsoft_shows_the_account_and_saves_it(qtbot, dialog, file_keyring, browser):
    page = dialog.mail_page
    choose(page.sign_in_with, SignIn.MICROSOFT.value)
    assert page.account_label.text() == "Not signed in on this computer"
    assert not page.password_field.isVisibleTo(page) and page.code_button.isVisibleTo(page)
    assert page.sign_in_button.text() == "Sign in with Microsoft"

    page.sign_in_button.click()
    assert "sign-in page" in page.sign_in_status.text()
    qtbot.waitUntil(lambda: page.account_label.text() == f"Signed in as {ACCOUNT}", timeout=30_000)

    assert page.sign_out_button.isEnabled()
    saved = dialog.clinic().mail
    assert (saved.sign_in, saved.account, saved.sender) == (SignIn.MICROSOFT, ACCOUNT, ACCOUNT)
    assert (saved.host, saved.port, saved.security.value) == ("smtp.office365.com", 587, "starttls")
    assert tokens.load_secret(microsoft.keyring_name(saved))  # in the keyring…
    assert "RefreshToken" not in str(saved.to_dict())  # …and not in the settings that are saved to our files

    page.sign_out_button.click()
    assert page.account_label.text() == "Not signed in on this computer"
    assert tokens.load_secret(microsoft.keyring_name(saved)) is None
    assert dialog.clinic().mail.account == ""


def test_a_refused_sign_in_is_told_in_plain_words(qtbot, dialog, file_keyring, browser, identity_provider):
    identity_provider.authorize_error = ("access_denied", "AADSTS90094: Admin consent is required.")
    page = dialog.mail_page
    choose(page.sign_in_with, SignIn.MICROSOFT.value)
    page.sign_in_button.click()
    qtbot.waitUntil(lambda: bool(page.sign_in_problem.text()), timeout=30_000)
    assert "administrator must allow Programme Designer" in page.sign_in_problem.text()
    assert page.account_label.text() == "Not signed in on this computer"
    assert page.sign_in_button.isEnabled()


def test_signing_in_with_a_code(qtbot, dialog, file_keyring, identity_provider):
    page = dialog.mail_page
    choose(page.sign_in_with, SignIn.MICROSOFT.value)
    page.code_button.click()
    qtbot.waitUntil(lambda: "type the code" in page.sign_in_status.text(), timeout=30_000)
    code = page.sign_in_status.text().split("type the code ")[1].split(".")[0]
    identity_provider.approve_device(code)
    qtbot.waitUntil(lambda: page.account_label.text() == f"Signed in as {ACCOUNT}", timeout=30_000)
    assert dialog.clinic().mail.account == ACCOUNT


def test_password_sign_in_keeps_plain_words_and_technical_names_under_advanced(qtbot, dialog):
    page = dialog.mail_page
    choose(page.sign_in_with, SignIn.PASSWORD.value)
    assert page.password_field.isVisibleTo(page) and not page.sign_in_button.isVisibleTo(page)
    labels = [page.security.itemText(i) for i in range(page.security.count())]
    assert labels[0] == "Secure connection (usual, port 587)"
    assert not any("STARTTLS" in label for label in labels)
    assert not page.advanced.isVisibleTo(page)
    page.show_advanced.setChecked(True)
    assert page.advanced.isVisibleTo(page)
    assert any("STARTTLS" in label.text() for label in page.advanced.findChildren(type(page.account_label)))


def test_a_bad_tenant_is_named_and_blocks_save(qtbot, dialog):
    page = dialog.mail_page
    page.microsoft_tenant.setText("not a tenant")
    assert "Microsoft tenant" in dialog.problem.text()
    page.microsoft_tenant.setText("springback.example")
    assert dialog.problem.text() == ""
    assert dialog.clinic().mail == replace(dialog.clinic().mail, microsoft_tenant="springback.example")
