"""How the email dialog's handout leaves: the three ways to choose from, and the password the first may need.

Send it from here (the clinic's mail server), open it as a draft in the mail
program, or save the PDF and show it in its folder.  Each way says in the
dialog itself when it cannot be used and why (a tooltip is found by nobody),
and the mail-program way has a box for programs that open no drafts.  Kept
apart from ``email_dialog`` so the dialog reads as composing and delivering.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from designer.domain import Clinic, Delivery
from designer.mail import keyring_available

from ..widgets.forms import quiet_label

# The main button says what it will do.
GO_TEXT = {
    Delivery.SMTP: "Send",
    Delivery.MAIL_PROGRAM: "Open in mail program",
    Delivery.SAVE_ONLY: "Save the PDF to email…",
}
DELIVERY_TEXT = {
    Delivery.SMTP: "Send it now from here",
    Delivery.MAIL_PROGRAM: "Open it in my mail program to check and send",
    Delivery.SAVE_ONLY: "Save the PDF and show it in its folder",
}


class DeliveryChoice(QWidget):
    """The three ways as radio buttons, the clinic's own way chosen first (saving when SMTP is not set up)."""

    changed = Signal()

    def __init__(self, clinic: Clinic, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        ways_box = QVBoxLayout(self)
        ways_box.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[Delivery, QRadioButton] = {}
        for delivery, text in DELIVERY_TEXT.items():
            if delivery is Delivery.SMTP and clinic.mail.host:
                text += f" ({clinic.mail.host})"
            button = QRadioButton(text)
            self.group.addButton(button)
            self.buttons[delivery] = button
            ways_box.addWidget(button)
            if delivery is Delivery.SMTP:
                # Why it cannot be chosen, in the dialog itself: a tooltip is found by nobody.
                self.smtp_unavailable = quiet_label(
                    "Not available yet: set up the clinic's mail server in Clinic settings → Email."
                )
                self.smtp_unavailable.setStyleSheet("margin-left: 22px")
                ways_box.addWidget(self.smtp_unavailable)
            if delivery is Delivery.MAIL_PROGRAM:
                # The new Outlook for Windows (and webmail) opens no drafts: a new message and the PDF's folder
                # instead, and the therapist drags the PDF in. Said plainly, in the option itself.
                self.no_drafts = QCheckBox(
                    "My mail program does not open drafts (the new Outlook, webmail): save the PDF, start a new "
                    "message, and I drag the PDF into it"
                )
                self.no_drafts.setStyleSheet("margin-left: 22px")
                ways_box.addWidget(self.no_drafts)
        smtp_ready = bool(clinic.mail.host.strip())
        self.buttons[Delivery.SMTP].setEnabled(smtp_ready)
        self.smtp_unavailable.setVisible(not smtp_ready)
        if not smtp_ready:
            self.buttons[Delivery.SMTP].setToolTip("Set up the mail server in Clinic settings → Email first")
        chosen = (
            clinic.mail.delivery if (clinic.mail.delivery is not Delivery.SMTP or smtp_ready) else Delivery.SAVE_ONLY
        )
        self.buttons[chosen].setChecked(True)
        self.group.buttonToggled.connect(lambda *_: self.changed.emit())

    def delivery(self) -> Delivery:
        for delivery, button in self.buttons.items():
            if button.isChecked():
                return delivery
        return Delivery.SAVE_ONLY

    def choose(self, delivery: Delivery) -> None:
        self.buttons[delivery].setChecked(True)


class PasswordRow(QWidget):
    """The mail server's password, asked for only when sending needs it and it is not remembered."""

    def __init__(self, user: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox("Remember it in this computer's password store")
        self.remember.setVisible(keyring_available())
        password_layout = QHBoxLayout(self)
        password_layout.setContentsMargins(0, 0, 0, 0)
        password_layout.addWidget(QLabel(f"Password for {user}"))
        password_layout.addWidget(self.password, 1)
        password_layout.addWidget(self.remember)
