"""Clinic settings → Email: how handouts are sent, and the account or password the designer signs in with.

Plain words first: "Sign in with Microsoft 365 / Google" opens the browser
(or shows a code to type on another device), "Signed in as …" shows the
account in use, "Sign out" forgets it.  "Secure connection" stands for
STARTTLS; the technical names, the app registration (client id, tenant) and
the timeout sit under "Advanced".  Tokens and passwords go to the system
keyring, never into the settings.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from designer.domain import Delivery, MailSettings, Security, SignIn, ValidationError
from designer.mail import MailError, signin
from designer.mail.microsoft import DeviceSignIn, finish_device_sign_in, start_device_sign_in

from ..widgets.forms import choice_box, form, problem_label, quiet_label
from .mail_tasks import Background

DELIVERY_LABELS = {
    Delivery.SMTP: "Send from here",
    Delivery.MAIL_PROGRAM: "Open in my mail program to check and send",
    Delivery.SAVE_ONLY: "Save the PDF and show it in its folder",
}
SIGN_IN_LABELS = {
    SignIn.MICROSOFT: "Microsoft 365 account (Outlook, Exchange Online)",
    SignIn.GOOGLE: "Google account (Gmail, Google Workspace)",
    SignIn.PASSWORD: "User name and password (other providers, app password, relay)",
}
SECURITY_LABELS = {
    Security.STARTTLS: "Secure connection (usual, port 587)",
    Security.SSL: "Encrypted from the start (port 465)",
    Security.NONE: "None (only a mail server on this computer)",
}


class MailSettingsPage(QWidget):
    """The Email tab; ``values()`` gives the mail settings as typed, ``changed`` fires on every edit."""

    changed = Signal()

    def __init__(self, mail: MailSettings, parent: QWidget | None = None, *, sign_in_timeout: int = 300) -> None:
        super().__init__(parent)
        self._original = mail
        self._account = mail.account
        self._timeout = sign_in_timeout
        self._device: DeviceSignIn | None = None
        self.background = Background(self)

        self.delivery = choice_box([(label, d.value) for d, label in DELIVERY_LABELS.items()], mail.delivery.value)
        self.sign_in_with = choice_box([(label, s.value) for s, label in SIGN_IN_LABELS.items()], mail.sign_in.value)
        self.account_label = QLabel()
        self.account_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sign_in_button = QPushButton()
        self.code_button = QPushButton("Sign in with a code instead")
        self.sign_out_button = QPushButton("Sign out")
        self.sign_in_status = quiet_label()
        self.sign_in_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sign_in_problem = problem_label()
        self.account_buttons = QHBoxLayout()
        for button in (self.sign_in_button, self.code_button, self.sign_out_button):
            self.account_buttons.addWidget(button)
        self.account_buttons.addStretch(1)

        self.host = QLineEdit(mail.host)
        self.host.setPlaceholderText("smtp.example.com")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(mail.port)
        self.security = choice_box([(label, s.value) for s, label in SECURITY_LABELS.items()], mail.security.value)
        self.user = QLineEdit(mail.user)
        self.user.setPlaceholderText("usually your email address")
        self.password_field = QLineEdit()
        self.password_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_field.setPlaceholderText("kept in the system's password store, never in our files")
        self.sender_address = QLineEdit(mail.sender)
        self.sender_address.setPlaceholderText("the address clients see the email come from")
        self.subject = QLineEdit(mail.subject)
        self.body = QPlainTextEdit(mail.body)
        self.body.setFixedHeight(110)

        self.show_advanced = QCheckBox("Show advanced settings")
        self.advanced = QGroupBox("Advanced")
        self.timeout = QSpinBox()
        self.timeout.setRange(1, 600)
        self.timeout.setSuffix(" s")
        self.timeout.setValue(mail.timeout_seconds)
        self.microsoft_client_id = QLineEdit(mail.microsoft_client_id)
        self.microsoft_client_id.setPlaceholderText("Application (client) ID from Microsoft Entra")
        self.microsoft_tenant = QLineEdit(mail.microsoft_tenant)
        self.google_client_id = QLineEdit(mail.google_client_id)
        self.google_client_id.setPlaceholderText("from Google Cloud → Credentials → Desktop app")
        self.google_client_secret = QLineEdit(mail.google_client_secret)
        form(
            [
                quiet_label(
                    "“Secure connection” is STARTTLS; “Encrypted from the start” is SSL/TLS (SMTPS). "
                    "Account sign-in uses OAuth2 and SMTP AUTH XOAUTH2. See docs/email-setup.md to register "
                    "the clinic's own app."
                ),
                ("Timeout", self.timeout),
                ("Microsoft client id", self.microsoft_client_id),
                ("Microsoft tenant", self.microsoft_tenant),
                ("Google client id", self.google_client_id),
                ("Google client secret", self.google_client_secret),
            ],
            self.advanced,
        )
        self.advanced.setVisible(False)

        # One form, so every label lines up; rows that do not apply to the chosen sign-in are hidden.
        self.rows = form(
            [
                ("How to send", self.delivery),
                ("Sign in with", self.sign_in_with),
                ("Account", self.account_label),
                ("", self.account_buttons),
                self.sign_in_status,
                self.sign_in_problem,
                ("Mail server", self.host),
                ("Port", self.port),
                ("Connection", self.security),
                ("User name", self.user),
                ("Password", self.password_field),
                ("Sender address", self.sender_address),
                ("Subject", self.subject),
                ("Message", self.body),
                quiet_label("You can use {first_name}, {plan_title}, {clinic_name}, {booking_link}, {therapist}."),
                self.show_advanced,
                self.advanced,
            ]
        )
        inner = QWidget()
        inner.setLayout(self.rows)
        scroll = QScrollArea()
        scroll.setAccessibleName("Email settings")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        for field in (self.host, self.user, self.sender_address, self.subject, self.microsoft_client_id):
            field.textChanged.connect(self._edited)
        for field in (self.microsoft_tenant, self.google_client_id, self.google_client_secret):
            field.textChanged.connect(self._edited)
        self.body.textChanged.connect(self._edited)
        for combo in (self.delivery, self.sign_in_with, self.security):
            combo.currentIndexChanged.connect(self._edited)
        for spin in (self.port, self.timeout):
            spin.valueChanged.connect(self._edited)
        self.show_advanced.toggled.connect(self.advanced.setVisible)
        self._tell(self.sign_in_status, "")
        self._tell(self.sign_in_problem, "")
        self.sign_in_button.clicked.connect(self.start_sign_in)
        self.code_button.clicked.connect(self.start_code_sign_in)
        self.sign_out_button.clicked.connect(self.sign_out)
        self._show_account()

    # -- reading -------------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """The mail settings as typed (a dict for ``MailSettings.from_dict``)."""
        return {
            **self._original.to_dict(),
            "delivery": self.delivery.currentData(),
            "sign_in": self.sign_in_with.currentData(),
            "account": self._account,
            "host": self.host.text().strip(),
            "port": self.port.value(),
            "security": self.security.currentData(),
            "user": self.user.text().strip(),
            "sender": self.sender_address.text().strip(),
            "subject": self.subject.text().strip(),
            "body": self.body.toPlainText().strip(),
            "timeout_seconds": self.timeout.value(),
            "microsoft_client_id": self.microsoft_client_id.text().strip(),
            "microsoft_tenant": self.microsoft_tenant.text().strip() or "common",
            "google_client_id": self.google_client_id.text().strip(),
            "google_client_secret": self.google_client_secret.text().strip(),
        }

    def settings(self) -> MailSettings:
        """The settings as typed; ``ValidationError`` when something does not make sense."""
        return MailSettings.from_dict(self.values())

    def typed_password(self) -> str:
        return self.password_field.text()

    # -- showing ---------------------------------------------------------------------------------

    def _tell(self, label: QLabel, text: str) -> None:
        # An empty line of text would still take room in the form: hidden until there is something to say.
        label.setText(text)
        self.rows.setRowVisible(label, bool(text))

    def chosen_sign_in(self) -> SignIn:
        return SignIn(self.sign_in_with.currentData())

    def _edited(self) -> None:
        self._show_account()
        self.changed.emit()

    def _show_account(self) -> None:
        chosen = self.chosen_sign_in()
        with_account = chosen is not SignIn.PASSWORD
        provider = signin.PROVIDER_NAMES.get(chosen, "")
        for field in (self.user, self.password_field):
            self.rows.setRowVisible(field, not with_account)
        self.rows.setRowVisible(self.account_label, with_account)
        self.rows.setRowVisible(self.account_buttons, with_account)
        self.code_button.setVisible(chosen is SignIn.MICROSOFT)
        self.host.setPlaceholderText(f"leave empty for {provider}'s own server" if with_account else "smtp.example.com")
        self.sign_in_button.setText(f"Sign in with {provider}")
        busy = self.background.busy
        self.sign_in_button.setEnabled(not busy)
        self.code_button.setEnabled(not busy)
        account = ""
        if with_account:
            try:  # the keyring is the truth: who is signed in on this computer for the chosen provider
                account = signin.signed_in_account(self.settings())
            except (ValidationError, MailError):
                account = ""
        self._account = account
        self.account_label.setText(f"Signed in as {account}" if account else "Not signed in on this computer")
        self.sign_out_button.setEnabled(bool(account) and not busy)

    # -- signing in and out ----------------------------------------------------------------------------

    def _settings_or_say(self) -> MailSettings | None:
        try:
            return self.settings()
        except ValidationError as error:
            self._tell(self.sign_in_problem, f"Fix the settings first: {error}")
            return None

    def start_sign_in(self) -> None:
        """Open the browser for the chosen account; the answer arrives in ``_signed_in`` or ``_not_signed_in``."""
        settings = self._settings_or_say()
        if settings is None or self.background.busy:
            return
        self._tell(self.sign_in_problem, "")
        provider = signin.PROVIDER_NAMES[settings.sign_in]
        self._tell(self.sign_in_status, f"Your browser shows {provider}'s sign-in page. Sign in there, then return.")
        self.background.run(
            lambda: signin.sign_in(settings, timeout=self._timeout), self._signed_in, self._not_signed_in
        )
        self._show_account()

    def start_code_sign_in(self) -> None:
        """Microsoft only: get a code to type at Microsoft's address on any device (no browser needed here)."""
        settings = self._settings_or_say()
        if settings is None or self.background.busy:
            return
        self._tell(self.sign_in_problem, "")
        self._tell(self.sign_in_status, "Asking Microsoft for a sign-in code…")
        self.background.run(lambda: start_device_sign_in(settings), self._show_code, self._not_signed_in)
        self._show_account()

    def _show_code(self, device: DeviceSignIn) -> None:
        self._device = device
        self._tell(
            self.sign_in_status,
            f"On any phone or computer, open {device.address} and type the code {device.code}. "
            "This window carries on by itself once you have signed in there.",
        )
        self.background.run(lambda: finish_device_sign_in(device), self._signed_in_by_code, self._not_signed_in)
        self._show_account()

    def _signed_in_by_code(self, account: str) -> None:
        self._signed_in(MailSettings.from_dict({**self.values(), "account": account}))

    def _signed_in(self, settings: MailSettings) -> None:
        self._device = None
        self._account = settings.account
        if not self.sender_address.text().strip():
            self.sender_address.setText(settings.account)
        if not self.host.text().strip():
            # Written into the settings, so every way of sending (window, command line) finds the server.
            self.host.setText(settings.host)
            self.port.setValue(settings.port)
            self.security.setCurrentIndex(self.security.findData(settings.security.value))
        self._tell(self.sign_in_status, f"Signed in as {settings.account}. Save to keep this account for sending.")
        self._edited()

    def _not_signed_in(self, error: MailError) -> None:
        self._device = None
        self._tell(self.sign_in_status, "")
        self._tell(self.sign_in_problem, error.message)
        self._show_account()

    def sign_out(self) -> None:
        """Forget the sign-in kept on this computer (the tokens leave the keyring)."""
        settings = self._settings_or_say()
        if settings is None:
            return
        try:
            signin.sign_out(settings)
        except MailError as error:
            self._tell(self.sign_in_problem, error.message)
            return
        self._account = ""
        self._tell(self.sign_in_problem, "")
        self._tell(self.sign_in_status, "Signed out: this computer no longer keeps that sign-in.")
        self._edited()
