"""A short list of choices to tick, each keeping the domain's id behind its words.

Used for a client's conditions with precautions and for the movements an exercise asks for.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget


class CheckList(QListWidget):
    """Ticked ids come back from ``chosen()`` in the list's order; ``changed`` follows every tick."""

    changed = Signal()

    def __init__(
        self, choices: Iterable[tuple[str, str]], chosen: Iterable[str] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        ticked = set(chosen)
        for label, value in choices:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if value in ticked else Qt.CheckState.Unchecked)
            self.addItem(item)
        rows = min(self.count(), 5)  # a few lines show; the rest scroll
        self.setFixedHeight(max(self.sizeHintForRow(0), 18) * rows + 2 * self.frameWidth() + 4)
        self.itemChanged.connect(lambda _item: self.changed.emit())

    def chosen(self) -> tuple[str, ...]:
        items = (self.item(row) for row in range(self.count()))
        return tuple(
            str(item.data(Qt.ItemDataRole.UserRole)) for item in items if item.checkState() == Qt.CheckState.Checked
        )

    def set_ticked(self, value: str, ticked: bool = True) -> None:
        """Tick (or untick) the choice whose id is ``value``."""
        for row in range(self.count()):
            item = self.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == value:
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
