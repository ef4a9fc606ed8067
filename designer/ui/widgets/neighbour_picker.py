"""Picking exercises by name from the library: the easier and harder versions of an exercise (its ladder).

A combo box that finds a typed word anywhere in a name, an Add button, and the list of those picked so far.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from designer.domain import Exercise


class NeighbourPicker(QWidget):
    """Easier or harder versions of the exercise, picked from the library by name."""

    changed = Signal()

    def __init__(
        self, choices: Sequence[Exercise], chosen: Sequence[str], names: dict[str, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._names = names
        self.combo = QComboBox()
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.typed = QLineEdit()
        self.typed.setObjectName("inCombo")
        self.typed.setPlaceholderText("Type a name to find it…")
        self.combo.setLineEdit(self.typed)
        for exercise in choices:
            self.combo.addItem(exercise.name, exercise.id)
        self.combo.setCurrentIndex(-1)
        # Finding "bridge" anywhere in the name, not only at the start.
        completer = QCompleter(self.combo.model(), self.combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.combo.setCompleter(completer)
        self.add_button = QPushButton("Add")
        self.list = QListWidget()
        self.list.setFixedHeight(76)
        self.remove_button = QPushButton("Remove")
        for exercise_id in chosen:
            self._append(exercise_id)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.combo, 1)
        top.addWidget(self.add_button)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(self.list, 1)
        bottom.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(bottom)
        self.add_button.clicked.connect(self.add_current)
        self.typed.returnPressed.connect(self.add_current)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self._update_buttons()

    def ids(self) -> list[str]:
        return [str(self.list.item(row).data(Qt.ItemDataRole.UserRole)) for row in range(self.list.count())]

    def add(self, exercise_id: str) -> None:
        if exercise_id and exercise_id not in self.ids():
            self._append(exercise_id)
            self.changed.emit()
        self._update_buttons()

    def add_current(self) -> None:
        # The typed text may match a name exactly without the list having moved to it.
        index = self.combo.findText(self.combo.currentText().strip(), Qt.MatchFlag.MatchFixedString)
        if index < 0:
            index = self.combo.currentIndex()
        if index >= 0 and self.combo.currentText().strip():
            self.add(str(self.combo.itemData(index)))
            self.combo.setCurrentIndex(-1)
            self.combo.clearEditText()

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.changed.emit()
        self._update_buttons()

    def _append(self, exercise_id: str) -> None:
        name = self._names.get(exercise_id, f"{exercise_id} (not in the library)")
        item = QListWidgetItem(name)
        item.setData(Qt.ItemDataRole.UserRole, exercise_id)
        self.list.addItem(item)

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.list.count() > 0)
        if self.list.count() and self.list.currentRow() < 0:
            self.list.setCurrentRow(0)
