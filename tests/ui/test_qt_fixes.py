"""The window survives the Qt binding's lost references to None and True (PySide6 6.12.0 on Python 3.11)."""

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


def test_many_signals_sent_from_python_leave_true_alive(qtbot: Any) -> None:
    from PySide6.QtCore import QObject, Signal

    class Sender(QObject):
        sent = Signal(bool)

    sender = Sender()
    heard: list[bool] = []
    sender.sent.connect(heard.append)
    # More signals than True had references to start with: without the guard this would end Python
    # ("bool_dealloc"), as it did at the end of a long test run.
    for number in range(20_000):
        sender.sent.emit(number % 2 == 0)
    assert len(heard) == 20_000 and sys.getrefcount(True) > 1_000
