"""Shared fixtures: every test gets its own data folder, and Qt never needs a screen."""

from __future__ import annotations

import os
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def no_system_keyring():
    """No test reads or writes this computer's own keyring: the default is "no keyring", as on a bare CI machine.

    A test that needs one sets its own (``file_keyring`` in tests/mail, or an in-memory one).
    """
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


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
