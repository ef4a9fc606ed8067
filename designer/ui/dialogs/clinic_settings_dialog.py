"""The clinic's settings: who the clinic is, how its handouts look, and how it sends email.

The Email tab (sign in with Microsoft or Google, or a password) lives in
``mail_settings_page.py``.

Every change that makes sense is announced at once (``clinicChanged``) so the
window's preview shows it while the dialog is still open; Cancel puts the
preview back.  A logo is made safe (re-encoded, size-limited) and kept in the
repository the moment it is chosen; a broken file is refused in plain words.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from designer.domain import Clinic, Layout, MailSettings, PaperSize, ValidationError
from designer.domain.clinic import KEEP_BACKUPS_RANGE
from designer.storage.repository import Repository

from ..widgets.forms import choice_box, form, problem_label, quiet_label
from .logo_files import LogoPicker
from .mail_settings_page import MailSettingsPage

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
    "get_help": "Get help now",
    "mail.host": "Mail server",
    "mail.port": "Port",
    "mail.sender": "Sender address",
    "mail.security": "Connection",
    "mail.microsoft_tenant": "Microsoft tenant",
    "mail.microsoft_client_id": "Microsoft client id",
    "mail.google_client_id": "Google client id",
    "mail.google_client_secret": "Google client secret",
    "mail.user": "User name",
    "mail.timeout_seconds": "Timeout",
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
        self._repository = repository
        self._prepare_logo = prepare_logo
        self._last_good = clinic

        tabs = QTabWidget()
        tabs.setAccessibleName("Clinic settings pages")
        tabs.tabBar().setAccessibleName("Clinic settings pages")
        tabs.addTab(self._clinic_page(clinic), "Clinic")
        tabs.addTab(self._handout_page(clinic), "Handout")
        tabs.addTab(self._mail_page(clinic.mail), "Email")
        tabs.addTab(self._backups_page(clinic), "Backups")
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
        self.logo = LogoPicker(clinic.logo, self._repository, self._prepare_logo)
        self.logo_picture, self.choose_logo, self.remove_logo = self.logo.picture, self.logo.choose, self.logo.remove
        self.colour = self._line(clinic.colour)
        self.accent_colour = self._line(clinic.accent_colour)
        self.colour.setAccessibleName("Main colour")
        self.accent_colour.setAccessibleName("Panel colour")
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
        self.get_help = QPlainTextEdit(clinic.get_help)
        self.get_help.setFixedHeight(90)
        self.get_help.setAccessibleName("Get help now: signs for every handout, what to do on the last line")
        get_help_explained = quiet_label(
            "One sign a line, for every handout, and what to do on the last line. The designer adds the signs "
            "for the body regions of each plan first: a wound or a calf after surgery, the low back's nerves.",
            wrap=True,
        )
        self.paper = choice_box([(paper.label, paper.value) for paper in PaperSize], clinic.paper.value)
        self.default_layout = choice_box(
            [(layout.label, layout.value) for layout in Layout], clinic.default_layout.value
        )
        form(
            [
                ("Logo", self.logo),
                ("Main colour", colour_rows[0]),
                ("Panel colour", colour_rows[1]),
                ("Standing advice", self.advice),
                ("Get help now", self.get_help),
                get_help_explained,
                ("Paper size", self.paper),
                ("Layout for new plans", self.default_layout),
            ],
            page,
        )
        return page

    def _backups_page(self, clinic: Clinic) -> QWidget:
        page = QWidget()
        self.keep_backups_days = QSpinBox()
        self.keep_backups_days.setRange(*KEEP_BACKUPS_RANGE)
        self.keep_backups_days.setSuffix(" days")
        self.keep_backups_days.setValue(clinic.keep_backups_days)
        self.keep_backups_days.setAccessibleName("Keep backups for this many days")
        explained = quiet_label(
            "The designer makes a snapshot of all the clinic's data once a day, and keeps a copy of a client who "
            "was deleted. Both hold client details, so they are removed once they are older than this. "
            "Erasing a client takes them out of every backup straight away.",
            wrap=True,
        )
        form([("Keep backups for", self.keep_backups_days), explained], page)
        return page

    def _mail_page(self, mail: MailSettings) -> QWidget:
        self.mail_page = MailSettingsPage(mail)
        # The fields keep their names on the dialog: the window and its tests reach them here.
        page = self.mail_page
        self.delivery, self.host, self.port, self.security = page.delivery, page.host, page.port, page.security
        self.user, self.sender_address, self.password_field = page.user, page.sender_address, page.password_field
        self.timeout, self.subject, self.body = page.timeout, page.subject, page.body
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
        ):
            field.textChanged.connect(self._changed)
        for box in (self.address, self.advice, self.get_help):
            box.textChanged.connect(self._changed)
        for combo in (self.paper, self.default_layout):
            combo.currentIndexChanged.connect(self._changed)
        self.mail_page.changed.connect(self._changed)
        self.keep_backups_days.valueChanged.connect(self._changed)
        self.logo.changed.connect(self._changed)

    # -- logo and colours ------------------------------------------------------------------

    def use_logo_file(self, source: Path) -> bool:
        """Use a picture file as the logo (see ``LogoPicker.use_file``)."""
        return self.logo.use_file(source)

    def _pick_colour(self, field: QLineEdit) -> None:
        colour = QColorDialog.getColor(QColor(field.text()), self, "Choose a colour")
        if colour.isValid():
            field.setText(colour.name().upper())

    # -- reading ---------------------------------------------------------------------------------

    def _read(self) -> Clinic:
        mail = self.mail_page.settings()
        data = {
            **self._original.to_dict(),
            "name": self.name.text().strip(),
            "therapist": self.therapist.text().strip(),
            "logo": self.logo.logo,
            "colour": self.colour.text().strip(),
            "accent_colour": self.accent_colour.text().strip(),
            "address": self.address.toPlainText().strip(),
            "phone": self.phone.text().strip(),
            "email": self.email.text().strip(),
            "website": self.website.text().strip(),
            "booking_link": self.booking_link.text().strip(),
            "instagram": self.instagram.text().strip(),
            "advice": self.advice.toPlainText().strip(),
            "get_help": self.get_help.toPlainText().strip(),
            "paper": self.paper.currentData(),
            "default_layout": self.default_layout.currentData(),
            "keep_backups_days": self.keep_backups_days.value(),
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
        return self.mail_page.typed_password()

    def accept(self) -> None:
        """Qt: close only when every setting makes sense."""
        try:
            self._read()
        except ValidationError:
            self._changed()
            return
        super().accept()
