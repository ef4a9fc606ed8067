"""Add or edit a client: name, email, phone, notes and conditions with precautions, checked as the therapist types."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from designer.domain import CONDITIONS, Client, ValidationError

from ..widgets.check_list import CheckList
from ..widgets.forms import form, problem_label


class ClientDialog(QDialog):
    """Returns the new or changed ``Client`` through ``client()`` after ``exec()`` is accepted."""

    def __init__(self, client: Client | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._original = client
        self.setWindowTitle("Edit client" if client else "Add client")
        self.setMinimumWidth(440)
        self.name = QLineEdit(client.name if client else "")
        self.name.setPlaceholderText("First and last name")
        self.email = QLineEdit(client.email if client else "")
        self.email.setPlaceholderText("name@example.com (for emailing the handout)")
        self.phone = QLineEdit(client.phone if client else "")
        self.notes = QPlainTextEdit(client.notes if client else "")
        self.notes.setPlaceholderText("Anything to remember (not printed on handouts)")
        self.notes.setFixedHeight(90)
        # Exercises that ask for a movement a ticked condition forbids are flagged when they go into the plan.
        self.conditions = CheckList(
            [(condition.name, condition.id) for condition in CONDITIONS.values()], client.conditions if client else ()
        )
        self.conditions.setToolTip("Conditions with precautions: the plan warns of exercises that may not suit them")
        self.problem = problem_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(
            form(
                [
                    ("Name", self.name),
                    ("Email", self.email),
                    ("Phone", self.phone),
                    ("Notes", self.notes),
                    ("Precautions", self.conditions),
                ]
            )
        )
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        for field in (self.name, self.email, self.phone):
            field.textChanged.connect(self._check)
        self._check()

    def chosen_conditions(self) -> tuple[str, ...]:
        """The ids of the ticked conditions, in the designer's order."""
        return self.conditions.chosen()

    def _read(self) -> Client:
        name = " ".join(self.name.text().split())
        email, phone = self.email.text().strip(), self.phone.text().strip()
        notes = self.notes.toPlainText().strip()
        conditions = self.chosen_conditions()
        if self._original is not None:
            return replace(self._original, name=name, email=email, phone=phone, notes=notes, conditions=conditions)
        return Client(name=name, email=email, phone=phone, notes=notes, conditions=conditions)

    def _check(self) -> bool:
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        try:
            self._read()
        except ValidationError as error:
            labels = {"name": "Name", "email": "Email", "phone": "Phone"}
            lines = [f"{labels.get(p.path, p.path.capitalize())} {p.message}." for p in error.problems]
            # An empty name right at the start is not an error yet; just keep Save off.
            shown = [line for line in lines if not (line.startswith("Name") and not self.name.text().strip())]
            self.problem.setText("\n".join(shown))
            save.setEnabled(False)
            return False
        self.problem.clear()
        save.setEnabled(True)
        return True

    def accept(self) -> None:
        """Qt: close only when the details make sense."""
        if self._check():
            super().accept()

    def client(self) -> Client:
        return self._read()
