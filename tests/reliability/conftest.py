"""Shared helpers for the reliability tests: real child processes, real data folders, the real library."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[2]
PYTHON = sys.executable


def child_env() -> dict[str, str]:
    """The environment for a child designer process: the repository importable, Qt without a screen."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH", "")]))
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


@pytest.fixture(scope="session")
def library():  # type: ignore[no-untyped-def]
    """The clinic's built-in exercise library (read once; it is immutable)."""
    from designer.library import Library

    return Library()
