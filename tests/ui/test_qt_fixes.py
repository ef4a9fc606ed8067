"""The window survives the Qt binding's lost references to None (PySide6 6.12.0 on Python 3.11)."""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtWidgets import QLabel

import designer.ui  # noqa: F401 - importing the window's package puts the guard in place
from designer.ui.qt_fixes import protect_none


def test_many_qt_calls_leave_none_alive(qtbot: Any) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    # More calls than None had references to start with: without the guard this would end Python.
    for _ in range(20_000):
        label.setText("x")
    assert sys.getrefcount(None) > 1_000
    # Asking again changes nothing.
    assert protect_none() == protect_none()
