"""Deleting one of the clinic's exercises: the look-up of the plans that use it runs off the GUI thread, and Stop works.

The store is real; its ``plans_using_exercise`` is wrapped only to see which thread calls it, and (for Stop) to
hold the look-up until the test has pressed Stop.
"""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton

from designer.domain import Client, Plan, PlanItem
from designer.library import Library

from .conftest import MessageLog


def test_the_plans_using_an_exercise_are_found_off_the_gui_thread(
    make_window: Any, store: Any, client: Client, library: Library, messages: MessageLog, monkeypatch: Any
) -> None:
    own = store.save_exercise(library.copy_for_clinic("step-up", "Step-Up, Low Step"))
    store.save_plan(Plan(title="Stairs", client_id=client.id, items=(PlanItem(own.id),)))
    window = make_window()
    window.exercise_actions.reload_library()
    callers: list[threading.Thread] = []
    real = store.plans_using_exercise

    def recording(exercise_id: str) -> Any:
        callers.append(threading.current_thread())
        return real(exercise_id)

    monkeypatch.setattr(store, "plans_using_exercise", recording)
    assert not window.exercise_actions.delete_exercise(own.id)
    assert callers and threading.main_thread() not in callers
    title, text = messages.shown[-1][1:]
    assert title == "Exercise not deleted" and "Stairs (Margaret Ellis)" in text
    assert own.id in window.exercises


def test_stop_leaves_the_exercise_where_it_is_while_the_window_keeps_running(
    qtbot: Any, make_window: Any, store: Any, library: Library, messages: MessageLog, monkeypatch: pytest.MonkeyPatch
) -> None:
    own = store.save_exercise(library.copy_for_clinic("step-up", "Step-Up, Low Step"))
    window = make_window()
    window.exercise_actions.reload_library()
    release = threading.Event()
    real = store.plans_using_exercise

    def slow(exercise_id: str) -> Any:
        release.wait(20)  # a clinic with very many plans
        return real(exercise_id)

    monkeypatch.setattr(store, "plans_using_exercise", slow)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    ticks: list[int] = []
    ticker = QTimer(window)
    ticker.timeout.connect(lambda: ticks.append(1))  # the window's own events go on during the look-up
    ticker.start(20)

    def press_stop() -> None:
        dialogs = [d for d in window.findChildren(QProgressDialog) if d.isVisible()]
        if not dialogs:
            QTimer.singleShot(50, press_stop)
            return
        [stop] = [button for button in dialogs[0].findChildren(QPushButton) if button.text() == "Stop"]
        qtbot.mouseClick(stop, Qt.MouseButton.LeftButton)

    QTimer.singleShot(50, press_stop)
    try:
        assert not window.exercise_actions.delete_exercise(own.id)
    finally:
        release.set()
        ticker.stop()
    assert ticks
    assert [e.id for e in store.list_custom_exercises()] == [own.id] and own.id in window.exercises
    assert not any(title == "Exercise not deleted" for _kind, title, _text in messages.shown)
