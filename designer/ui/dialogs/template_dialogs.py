"""Templates: choose one to start a new plan from, or save the open plan as one.

Built-in templates come with the designer; the clinic's own are the plans a
therapist saved with "Save as template".  Both are listed together.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from designer.workflows.templates import TemplateRef

from ..widgets.forms import quiet_label

TemplateChoice = TemplateRef  # one template in the list, as the workflows list them (``builtin``: where it is kept)


class ChooseTemplateDialog(QDialog):
    """Pick a template; ``chosen()`` gives it after ``exec()`` is accepted."""

    def __init__(
        self, templates: Sequence[TemplateChoice], client_name: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("New plan from a template")
        self.setMinimumSize(520, 420)
        intro = QLabel(
            f"Start {client_name}'s new plan from a template. You can change everything afterwards."
            if client_name
            else "Start a new plan from a template. You can change everything afterwards."
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        for template in templates:
            label = template.name if template.builtin else f"{template.name}  (the clinic's own)"
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, template)
            item.setToolTip(template.description)
            self.list.addItem(item)
        self.description = quiet_label()
        self.description.setMinimumHeight(48)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Start plan")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.description)
        layout.addWidget(self.buttons)
        self.list.currentItemChanged.connect(self._show_description)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.description.setText("There are no templates yet.")
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def _show_description(self, item: QListWidgetItem | None) -> None:
        template = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        self.description.setText(template.description if isinstance(template, TemplateChoice) else "")

    def choose(self, template_id: str) -> None:
        for row in range(self.list.count()):
            template = self.list.item(row).data(Qt.ItemDataRole.UserRole)
            if isinstance(template, TemplateChoice) and template.id == template_id:
                self.list.setCurrentRow(row)
                return

    def chosen(self) -> TemplateChoice | None:
        item = self.list.currentItem()
        template = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return template if isinstance(template, TemplateChoice) else None


class SaveTemplateDialog(QDialog):
    """Name the template the open plan is saved as."""

    def __init__(self, suggested_name: str, existing_names: Sequence[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Save as template")
        self.setMinimumWidth(420)
        self._existing = {name.casefold() for name in existing_names}
        intro = QLabel("The exercises, stages and prescriptions are kept; the client is not.")
        intro.setWordWrap(True)
        self.name = QLineEdit(suggested_name)
        self.name.selectAll()
        self.note = quiet_label(wrap=False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel("Template name"))
        layout.addWidget(self.name)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        name = self.template_name()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(bool(name))
        self.note.setText(
            "A template with this name exists; saving replaces it." if name.casefold() in self._existing else ""
        )

    def template_name(self) -> str:
        return " ".join(self.name.text().split())
