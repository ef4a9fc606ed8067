"""Fixtures for the window's tests: offscreen Qt, a fresh data folder per test, dialogs that answer at once."""

from __future__ import annotations

import os

# Before anything imports Qt: no screen here, and no screen in CI.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from designer.domain import Client, Exercise, Level, Plan, Prescription, Range, Side, Stage


def make_exercise(exercise_id: str, name: str, category: str = "Glute strength", **kwargs: object) -> Exercise:
    return Exercise(id=exercise_id, name=name, category=category, builtin=True, **kwargs)  # type: ignore[arg-type]


@pytest.fixture
def ladder_exercises() -> list[Exercise]:
    """A small library with one ladder: pelvic tilt → glute bridge → single-leg bridge."""
    return [
        make_exercise(
            "pelvic-tilt",
            "Pelvic Tilt",
            "Core bracing and anti-rotation",
            progressions=("glute-bridge",),
            equipment=("mat",),
        ),
        make_exercise(
            "glute-bridge",
            "Glute Bridge",
            regressions=("pelvic-tilt",),
            progressions=("single-leg-bridge",),
            equipment=("mat",),
            default=Prescription(sets=3, reps=Range.single(10), tempo="3-1-1"),
        ),
        make_exercise(
            "single-leg-bridge",
            "Single-Leg Glute Bridge",
            level=Level.MODERATE,
            regressions=("glute-bridge",),
            equipment=("mat",),
            default=Prescription(sets=2, reps=Range(6, 8), side=Side.EACH),
        ),
        make_exercise(
            "suitcase-carry",
            "Suitcase Carry",
            "Carries",
            level=Level.MODERATE,
            equipment=("one kettlebell",),
            default=Prescription(sets=3, duration=Range(20, 30)),
        ),
        make_exercise("band-row", "Resistance Band Row", "Spine reloading", equipment=("resistance band + anchor",)),
    ]


@pytest.fixture
def staged_plan() -> Plan:
    """A plan with two stages and no exercises yet."""
    return Plan(
        title="Back to lifting",
        stages=(Stage("Stability", weeks="1–2", id="s1"), Stage("Strength", weeks="3–5", id="s2")),
    )


# -- the window's fixtures -------------------------------------------------------------------


class MessageLog:
    """Every message box the window tried to show, answered at once (tests never block on a dialog)."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str]] = []  # (kind, title, text)

    def texts(self) -> str:
        return "\n".join(f"{title}: {text}" for _kind, title, text in self.shown)


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> MessageLog:
    from PySide6.QtWidgets import QMessageBox

    log = MessageLog()

    def answer(kind: str, default: Any) -> Any:
        def show(_parent: Any, title: str, text: str, *args: Any, **kwargs: Any) -> Any:
            log.shown.append((kind, title, text))
            return default

        return staticmethod(show)

    monkeypatch.setattr(QMessageBox, "warning", answer("warning", QMessageBox.StandardButton.Cancel))
    monkeypatch.setattr(QMessageBox, "information", answer("information", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "critical", answer("critical", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "question", answer("question", QMessageBox.StandardButton.No))

    def exec_box(box: QMessageBox) -> int:
        log.shown.append(("box", box.windowTitle(), f"{box.text()} {box.informativeText()}"))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    return log


@pytest.fixture
def window_settings(tmp_path: Path) -> Any:
    from PySide6.QtCore import QSettings

    from designer.ui.settings import WindowSettings, use_settings_folder

    use_settings_folder(tmp_path / "qsettings")
    return WindowSettings(QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path) -> Iterator[Any]:
    from designer.storage import Store

    opened = Store.open(data_dir)
    yield opened
    opened.close()


@pytest.fixture
def library() -> Any:
    from designer.library import Library

    return Library()


@pytest.fixture
def client(store: Any) -> Client:
    return store.save_client(Client(name="Margaret Ellis", email="margaret@example.com"))


@pytest.fixture
def make_window(qtbot: Any, store: Any, library: Any, window_settings: Any, messages: MessageLog) -> Any:
    """Build a main window on the test's store; closed (and so saved) at the end of the test."""
    from designer.ui.main_window import MainWindow

    made: list[Any] = []

    def make(**kwargs: Any) -> Any:
        # No daily snapshot unless a test asks (test_snapshot.py): it would only slow the others down.
        options = {"autosave_ms": 50, "preview_delay_ms": 10, "close_store": False, "snapshot_after_ms": None, **kwargs}
        window = MainWindow(options.pop("store", store), library, options.pop("settings", window_settings), **options)
        qtbot.addWidget(window)
        window.resize(1440, 900)
        made.append(window)
        return window

    yield make
    for window in made:
        window.close()  # saves, while the store is open and message boxes still answer at once
        window.shut_down()  # a window that refused to close: no timer may fire after the test


def wait_for_preview(qtbot: Any, window: Any, timeout: int = 20_000) -> bytes:
    """Wait until the preview shows the latest render and return its PDF."""
    qtbot.waitUntil(lambda: not window.renderer.busy and bool(window.preview_panel.pdf_bytes), timeout=timeout)
    return window.preview_panel.pdf_bytes


def pdf_text(pdf: bytes) -> str:
    import io

    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


def plan_rows(model: Any) -> list[Any]:
    """A plan tree model as the therapist sees it: stage titles with the exercise names under them."""
    from designer.ui.models.plan_model import KindRole

    rows: list[Any] = []
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data(KindRole) == "stage":
            rows.append((index.data(), [model.index(r, 0, index).data() for r in range(model.rowCount(index))]))
        else:
            rows.append(index.data())
    return rows
