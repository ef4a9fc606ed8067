"""Shared fixtures: every test gets its own data folder, and Qt never needs a screen."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


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
