"""The clinic's settings: who the clinic is, how its handouts look, and how it sends email.

Every change that makes sense is announced at once (``clinicChanged``) so the
window's preview shows it while the dialog is still open; Cancel puts the
preview back.  A logo is made safe (re-encoded, size-limited) and kept in the
repository the moment it is chosen; a broken file is refused in plain words.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from designer.domain import Clinic, Delivery, Layout, MailSettings, PaperSize, Security, ValidationError
from designer.storage.repository import PictureKind, Repository

from ..widgets.forms import choice_box, form, problem_label, quiet_label

LABELS = {
    "name": "Clinic name",
    "therapist": "Therapist",
    "colour": "Main colour",
    "accent_colour": "Panel colour",
    "address": "Address",
    "phone": "Phone",
    "email": "Email",
    "website": "Website",
    "booking_link": "Booking link",
    "instagram": "Instagram",
    "advice": "Standing advice",
    "mail.host": "Mail server",
    "mail.port": "Port",
    "mail.sender": "Sender address",
    "mail.security": "Security",
    "mail.user": "User name",
    "mail.timeout_seconds": "Timeout",
}

DELIVERY_LABELS = {
    Delivery.SMTP: "Send from here (SMTP mail server)",
    Delivery.MAIL_PROGRAM: "Open in my mail program to check and send",
    Delivery.SAVE_ONLY: "Save the PDF and show it in its folder",
}


def default_prepare_logo(source: Path) -> bytes:
    from designer.illustrations.photos import prepare_logo

    return prepare_logo(source)


class ClinicSettingsDialog(QDialog):
    """Edits a ``Clinic``; ``clinic()`` gives the result after ``exec()`` is accepted."""

    clinicChanged = Signal(object)  # a valid Clinic, as edited so far

    def __init__(
        self,
        clinic: Clinic,
        repository: Repository,
        parent: QWidget | None = None,
        *,
        prepare_logo: Callable[[Path], bytes] = default_prepare_logo,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Clinic settings")
        self.setMinimumSize(620, 560)
        self._original = clinic
        self._logo = clinic.logo
        self._repository = repository
        self._prepare_logo = prepare_logo
        self._last_good = clinic

        tabs = QTabWidget()
        tabs.addTab(self._clinic_page(clinic), "Clinic")
        tabs.addTab(self._handout_page(clinic), "Handout")
        tabs.addTab(self._mail_page(clinic.mail), "Email")
        self.problem = problem_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        hint = quiet_label("Changes show in the preview straight away; Save keeps them.", wrap=False)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs, 1)
        layout.addWidget(self.problem)
        bottom = QHBoxLayout()
        bottom.addWidget(hint, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self._connect_all()
        self._show_logo()
        self._changed()

    # -- pages -----------------------------------------------------------------------------

    def _line(self, text: str, placeholder: str = "") -> QLineEdit:
        field = QLineEdit(text)
        field.setPlaceholderText(placeholder)
        return field

    def _clinic_page(self, clinic: Clinic) -> QWidget:
        page = QWidget()
        self.name = self._line(clinic.name, "e.g. Springback Rehab")
        self.therapist = self._line(clinic.therapist, "Name printed on handouts and in emails")
        self.address = QPlainTextEdit(clinic.address)
        self.address.setFixedHeight(64)
        self.phone = self._line(clinic.phone)
        self.email = self._line(clinic.email, "clinic@example.com")
        self.website = self._line(clinic.website, "https://…")
        self.booking_link = self._line(clinic.booking_link, "https://… (the handout shows it as a QR code)")
        self.instagram = self._line(clinic.instagram, "@yourclinic")
        form(
            [
                ("Clinic name", self.name),
                ("Therapist", self.therapist),
                ("Address", self.address),
                ("Phone", self.phone),
                ("Email", self.email),
                ("Website", self.website),
                ("Booking link", self.booking_link),
                ("Instagram", self.instagram),
            ],
            page,
        )
        return page

    def _handout_page(self, clinic: Clinic) -> QWidget:
        page = QWidget()
        self.logo_picture = QLabel()
        self.logo_picture.setFixedSize(160, 64)
        self.logo_picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_picture.setStyleSheet("border: 1px dashed #C5CECC; border-radius: 4px; background: #FFFFFF;")
        self.choose_logo = QPushButton("Choose logo…")
        self.remove_logo = QPushButton("Remove")
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_picture)
        logo_row.addWidget(self.choose_logo)
        logo_row.addWidget(self.remove_logo)
        logo_row.addStretch(1)
        self.colour = self._line(clinic.colour)
        self.accent_colour = self._line(clinic.accent_colour)
        colour_rows = []
        for field in (self.colour, self.accent_colour):
            field.setMaximumWidth(110)
            pick = QPushButton("Pick…")
            pick.clicked.connect(lambda _c=False, f=field: self._pick_colour(f))
            row = QHBoxLayout()
            row.addWidget(field)
            row.addWidget(pick)
            swatch = QLabel()
            swatch.setFixedSize(28, 20)
            field.setProperty("swatch", swatch)
            row.addWidget(swatch)
            row.addStretch(1)
            colour_rows.append(row)
        self.advice = QPlainTextEdit(clinic.advice)
        self.advice.setFixedHeight(110)
        self.paper = choice_box([(paper.label, paper.value) for paper in PaperSize], clinic.paper.value)
        self.default_layout = choice_box(
            [(layout.label, layout.value) for layout in Layout], clinic.default_layout.value
        )
        form(
            [
                ("Logo", logo_row),
                ("Main colour", colour_rows[0]),
                ("Panel colour", colour_rows[1]),
                ("Standing advice", self.advice),
                ("Paper size", self.paper),
                ("Layout for new plans", self.default_layout),
            ],
            page,
        )
        return page

    def _mail_page(self, mail: MailSettings) -> QWidget:
        page = QWidget()
        self.delivery = choice_box(
            [(label, delivery.value) for delivery, label in DELIVERY_LABELS.items()], mail.delivery.value
        )
        self.host = self._line(mail.host, "smtp.example.com")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(mail.port)
        self.security = choice_box(
            [
                ("STARTTLS (usual, port 587)", Security.STARTTLS.value),
                ("SSL (port 465)", Security.SSL.value),
                ("None (only a server on this computer)", Security.NONE.value),
            ],
            mail.security.value,
        )
        self.user = self._line(mail.user, "usually your email address")
        self.sender_address = self._line(mail.sender, "the address clients see the email come from")
        self.password_field = QLineEdit()
        self.password_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_field.setPlaceholderText("kept in the system's password store, never in our files")
        self.timeout = QSpinBox()
        self.timeout.setRange(1, 600)
        self.timeout.setSuffix(" s")
        self.timeout.setValue(mail.timeout_seconds)
        self.subject = self._line(mail.subject)
        self.body = QPlainTextEdit(mail.body)
        self.body.setFixedHeight(120)
        placeholders = quiet_label(
            "You can use {first_name}, {plan_title}, {clinic_name}, {booking_link}, {therapist}."
        )
        form(
            [
                ("How to send", self.delivery),
                ("Mail server", self.host),
                ("Port", self.port),
                ("Security", self.security),
                ("User name", self.user),
                ("Password", self.password_field),
                ("Sender address", self.sender_address),
                ("Timeout", self.timeout),
                ("Subject", self.subject),
                ("Message", self.body),
                ("", placeholders),
            ],
            page,
        )
        return page

    def _connect_all(self) -> None:
        for field in (
            self.name,
            self.therapist,
            self.phone,
            self.email,
            self.website,
            self.booking_link,
            self.instagram,
            self.colour,
            self.accent_colour,
            self.host,
            self.user,
            self.sender_address,
            self.subject,
        ):
            field.textChanged.connect(self._changed)
        for box in (self.address, self.advice, self.body):
            box.textChanged.connect(self._changed)
        for combo in (self.paper, self.default_layout, self.delivery, self.security):
            combo.currentIndexChanged.connect(self._changed)
        for spin in (self.port, self.timeout):
            spin.valueChanged.connect(self._changed)
        self.choose_logo.clicked.connect(self._choose_logo)
        self.remove_logo.clicked.connect(self._remove_logo)

    # -- logo and colours ------------------------------------------------------------------

    def _choose_logo(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, "Choose the clinic's logo", "", "Pictures (*.png *.jpg *.jpeg *.webp *.gif *.bmp)"
        )
        if name:
            self.use_logo_file(Path(name))

    def use_logo_file(self, source: Path) -> bool:
        """Keep a safe copy of a logo picture and use it; say plainly when the file cannot be used."""
        try:
            self._logo = self._repository.put_picture(PictureKind.LOGO, self._prepare_logo(source), ".png")
        except Exception as error:  # ImageImportError, OSError, StoreError: every failure is told, none is fatal
            message = getattr(error, "message", "") or str(error)
            QMessageBox.warning(
                self,
                "Logo not used",
                f"The file {source.name} cannot be used as the logo. {message}\n\n"
                "Choose a PNG or JPEG picture of the logo, for example one saved from your website.",
            )
            return False
        self._show_logo()
        self._changed()
        return True

    def _remove_logo(self) -> None:
        self._logo = ""
        self._show_logo()
        self._changed()

    def _show_logo(self) -> None:
        data = self._repository.get_picture(PictureKind.LOGO, self._logo) if self._logo else None
        picture = QPixmap()
        if data:
            picture.loadFromData(data)
        if picture.isNull():
            self.logo_picture.setPixmap(QPixmap())
            self.logo_picture.setText("No logo")
        else:
            self.logo_picture.setPixmap(
                picture.scaled(150, 56, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
            )
        self.remove_logo.setEnabled(bool(self._logo))

    def _pick_colour(self, field: QLineEdit) -> None:
        colour = QColorDialog.getColor(QColor(field.text()), self, "Choose a colour")
        if colour.isValid():
            field.setText(colour.name().upper())

    # -- reading ---------------------------------------------------------------------------------

    def _read(self) -> Clinic:
        mail = MailSettings.from_dict(
            {
                **self._original.mail.to_dict(),
                "delivery": self.delivery.currentData(),
                "host": self.host.text().strip(),
                "port": self.port.value(),
                "security": self.security.currentData(),
                "user": self.user.text().strip(),
                "sender": self.sender_address.text().strip(),
                "subject": self.subject.text().strip(),
                "body": self.body.toPlainText().strip(),
                "timeout_seconds": self.timeout.value(),
            }
        )
        data = {
            **self._original.to_dict(),
            "name": self.name.text().strip(),
            "therapist": self.therapist.text().strip(),
            "logo": self._logo,
            "colour": self.colour.text().strip(),
            "accent_colour": self.accent_colour.text().strip(),
            "address": self.address.toPlainText().strip(),
            "phone": self.phone.text().strip(),
            "email": self.email.text().strip(),
            "website": self.website.text().strip(),
            "booking_link": self.booking_link.text().strip(),
            "instagram": self.instagram.text().strip(),
            "advice": self.advice.toPlainText().strip(),
            "paper": self.paper.currentData(),
            "default_layout": self.default_layout.currentData(),
            "mail": mail.to_dict(),
        }
        return replace(Clinic.from_dict(data), mail=mail)

    def _changed(self) -> None:
        for field in (self.colour, self.accent_colour):
            swatch = field.property("swatch")
            colour = QColor(field.text().strip())
            if isinstance(swatch, QLabel):
                swatch.setStyleSheet(
                    f"background: {colour.name() if colour.isValid() else '#FFFFFF'};"
                    "border: 1px solid #C5CECC; border-radius: 3px;"
                )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        try:
            clinic = self._read()
        except ValidationError as error:
            lines = []
            for problem in error.problems:
                path = problem.path.replace("mail.mail.", "mail.")
                lines.append(f"{LABELS.get(path, path.replace('_', ' ').capitalize())} {problem.message}.")
            self.problem.setText("\n".join(lines))
            save.setEnabled(False)
            return
        self.problem.clear()
        save.setEnabled(True)
        if clinic != self._last_good:
            self._last_good = clinic
            self.clinicChanged.emit(clinic)

    def clinic(self) -> Clinic:
        return self._read()

    def typed_password(self) -> str:
        """The SMTP password typed here ("" when left empty: keep the one already stored)."""
        return self.password_field.text()

    def accept(self) -> None:
        """Qt: close only when every setting makes sense."""
        try:
            self._read()
        except ValidationError:
            self._changed()
            return
        super().accept()
