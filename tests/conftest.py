"""Shared fixtures: every test gets its own data folder, and Qt never needs a screen."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The handout's parsed fonts are cached in a folder of this run, not in the user's own cache folder.
os.environ.setdefault("PROGRAMME_DESIGNER_FONT_CACHE", tempfile.mkdtemp(prefix="designer-test-font-cache-"))


@pytest.fixture(autouse=True)
def no_system_keyring():
    """No test reads or writes this computer's own keyring: the default is "no keyring", as on a bare CI machine.

    A test that needs one sets its own (``file_keyring`` in tests/mail, or an in-memory one).
    """
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def no_key_held_down_after_a_test():
    """After each test, no Shift or Ctrl is left "held": Qt remembers the modifiers of the last key event.

    A test that types Shift+Tab or Ctrl+Z leaves them set, and the next test's ``selectRow`` then extends or
    toggles a selection instead of making one (the outbox tests failed so in a random order).
    """
    yield
    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    if QApplication.instance() is None or QApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier:
        return
    release_here = QWidget()
    QTest.keyRelease(release_here, Qt.Key.Key_Shift)  # a key event with no modifiers resets what Qt remembers
    release_here.deleteLater()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A fresh, empty data folder for one test."""
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture(scope="session")
def qapp(qapp_args: list[str]) -> object:
    """The application every Qt test runs in, built exactly as ``python main.py`` builds it.

    Same function, so the same Fusion style, palette, font size and style sheet: what the tests measure is what
    the therapist sees.  (pytest-qt's own ``qapp`` would make a bare, unthemed application.)
    """
    from designer.ui.launch import make_application

    return make_application(qapp_args)
