"""The first start: a short, skippable set-up of what every handout carries.

A new clinic's handouts are headed "Your Clinic" and tell the client nowhere to book.  On the first start
the window offers this one page: the clinic's name, the therapist, the logo, the booking link, phone and
email.  "Skip for now" leaves everything as it is; Settings → Set up the clinic… brings the page back, and
Clinic settings… holds the rest (colours, advice, email sending, backups).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from designer.domain import Clinic, ValidationError
from designer.storage import Repository

from ..widgets.forms import form, problem_label, quiet_label
from .clinic_settings_dialog import LABELS, default_prepare_logo
from .logo_files import LogoPicker

PLACEHOLDER_NAME = Clinic().name  # "Your Clinic": a handout headed by it is not ready to give out


def needs_setting_up(clinic: Clinic) -> bool:
    """True while the clinic still has the placeholder name: nothing has been set up yet."""
    return clinic.name.strip() == PLACEHOLDER_NAME


class FirstSetupDialog(QDialog):
    """The clinic's name, therapist, logo, booking link, phone and email; ``clinic()`` after it is accepted."""

    def __init__(
        self,
        clinic: Clinic,
        repository: Repository,
        parent: QWidget | None = None,
        *,
        prepare_logo: Callable[[Path], bytes] = default_prepare_logo,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Set up the clinic")
        self.setMinimumWidth(560)
        self._original = clinic

        welcome = QLabel("<b>Welcome.</b> These six details go on every handout, so a client knows who to call.")
        welcome.setWordWrap(True)
        # The placeholder name is not offered as text to keep: the field starts empty and says what goes there.
        self.name = self._line(
            "" if needs_setting_up(clinic) else clinic.name, "The clinic's name, e.g. Springback Rehab"
        )
        self.therapist = self._line(clinic.therapist, "Printed on handouts as 'Your therapist'")
        self.booking_link = self._line(clinic.booking_link, "https://… (printed as a link and a QR code)")
        self.phone = self._line(clinic.phone, "e.g. 01632 960 123")
        self.email = self._line(clinic.email, "e.g. hello@yourclinic.co.uk")
        self.logo = LogoPicker(clinic.logo, repository, prepare_logo)
        self.logo_picture = self.logo.picture
        fields = form(
            [
                ("Clinic name", self.name),
                ("Therapist", self.therapist),
                ("Logo", self.logo),
                ("Booking link", self.booking_link),
                ("Phone", self.phone),
                ("Email", self.email),
            ]
        )
        self.problem = problem_label()
        later = quiet_label(
            "Everything here can be changed later in Settings → Clinic settings, with the colours, the advice "
            "printed on every handout and how handouts are emailed."
        )
        self.buttons = QDialogButtonBox()
        self.save = self.buttons.addButton("Save and start", QDialogButtonBox.ButtonRole.AcceptRole)
        self.skip = self.buttons.addButton("Skip for now", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(welcome)
        layout.addLayout(fields)
        layout.addWidget(self.problem)
        layout.addWidget(later)
        layout.addWidget(self.buttons)
        for field in (self.name, self.therapist, self.booking_link, self.phone, self.email):
            field.textChanged.connect(self._check)
        self._check()

    def _line(self, text: str, placeholder: str) -> QLineEdit:
        field = QLineEdit(text)
        field.setPlaceholderText(placeholder)
        field.setAccessibleDescription(placeholder)
        return field

    # -- reading and checking ------------------------------------------------------------------

    def clinic(self) -> Clinic:
        """The clinic as set here; raises ``ValidationError`` when a field does not make sense."""
        data = {
            **self._original.to_dict(),
            "name": self.name.text().strip(),
            "therapist": self.therapist.text().strip(),
            "logo": self.logo.logo,
            "booking_link": self.booking_link.text().strip(),
            "phone": self.phone.text().strip(),
            "email": self.email.text().strip(),
        }
        return replace(Clinic.from_dict(data), mail=self._original.mail)

    def _check(self) -> bool:
        """Say beside the form what is not right yet; Save is possible only when all is."""
        name = self.name.text().strip()
        problems = []
        if not name:
            problems.append("Clinic name is needed: type it as the client knows it.")
        elif name == PLACEHOLDER_NAME:
            problems.append(f'Clinic name "{PLACEHOLDER_NAME}" is the placeholder: type the clinic\'s own name.')
        try:
            self.clinic()
        except ValidationError as error:
            problems += [f"{LABELS.get(p.path, p.path)} {p.message}." for p in error.problems if p.path != "name"]
        self.problem.setText("\n".join(problems))
        self.save.setEnabled(not problems)
        return not problems

    def accept(self) -> None:
        """Qt: close only when every field makes sense (the reason stays on screen otherwise)."""
        if self._check():
            super().accept()

    def use_logo_file(self, source: Path) -> bool:
        """Use a picture file as the logo (see ``LogoPicker.use_file``)."""
        return self.logo.use_file(source)
