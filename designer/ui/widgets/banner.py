"""A calm message strip across the top of the window, for problems that must not be missed.

Used for a read-only data folder, a plan that could not be saved, a broken
logo: the therapist keeps working, and the strip says what happened and what
to do, with up to two buttons (such as "Try again", or "Reload" and "Keep mine as a copy").
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class Banner(QFrame):
    """A dismissable message with up to two action buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.action = QPushButton()
        self.second_action = QPushButton()
        self.close_button = QPushButton("Dismiss")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action)
        layout.addWidget(self.second_action)
        layout.addWidget(self.close_button)
        self.close_button.clicked.connect(self.hide)
        self._callback: Callable[[], None] | None = None
        self._second_callback: Callable[[], None] | None = None
        self.action.clicked.connect(lambda: self._act(self._callback))
        self.second_action.clicked.connect(lambda: self._act(self._second_callback))
        self.key = ""
        self.hide()

    def show_message(
        self,
        text: str,
        *,
        key: str = "",
        error: bool = False,
        action: str = "",
        on_action: Callable[[], None] | None = None,
        second_action: str = "",
        on_second_action: Callable[[], None] | None = None,
        dismissable: bool = True,
    ) -> None:
        """Show ``text``; ``key`` names the situation so that ``clear(key)`` removes only its own message."""
        self.key = key
        self.label.setText(text)
        self.setProperty("severity", "error" if error else "warning")
        self.style().unpolish(self)
        self.style().polish(self)
        self.action.setVisible(bool(action))
        self.action.setText(action)
        self._callback = on_action
        self.second_action.setVisible(bool(second_action))
        self.second_action.setText(second_action)
        self._second_callback = on_second_action
        self.close_button.setVisible(dismissable)
        self.show()

    def clear(self, key: str = "") -> None:
        if not key or key == self.key:
            self.hide()
            self.key = ""

    @property
    def text(self) -> str:
        return "" if self.isHidden() else self.label.text()

    @staticmethod
    def _act(callback: Callable[[], None] | None) -> None:
        if callback is not None:
            callback()
