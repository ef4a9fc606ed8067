"""Validation beside the field: a refused value stays in its box, outlined, with its reason in words, until it is
put right or undone; other fields still save; nothing is reverted without a word."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from designer.domain import Client, Plan, Stage


@pytest.fixture
def window(make_window: Any, store: Any, client: Client) -> Any:
    plan = store.save_plan(Plan(title="Back to lifting", client_id=client.id, stages=(Stage("Stability", id="s1"),)))
    window = make_window()
    window.clients.open_client(client.id, plan_id=plan.id)
    window.editor.add_exercises(["glute-bridge"])
    window.show()
    return window


def test_wrong_reps_stay_with_their_reason_while_other_fields_save(qtbot: Any, window: Any) -> None:
    panel = window.editor.prescription_panel
    fields = panel.fields
    fields.reps.selectAll()
    QTest.keyClicks(fields.reps, "abc")
    assert panel.problem.isVisible() and "Reps" in panel.problem.text()
    assert fields.reps.property("invalid") and "Reps" in fields.reps.accessibleDescription()
    # Above the fields, so never cut off under them.
    assert panel.problem.y() < fields.y()
    # Another field still saves, and the wrong reps are neither saved nor thrown away.
    fields.sets.setValue(4)
    item = window.document.plan.items[0]
    assert item.prescription.sets == 4 and str(item.prescription.reps) == "10"
    assert fields.reps.text() == "abc" and "Reps" in panel.problem.text()
    panel.note.setPlainText("Slowly")
    assert fields.reps.text() == "abc"
    # Put right: the reason goes, the outline too, and the value is saved.
    fields.reps.setText("12")
    assert not panel.problem.isVisible() and not fields.reps.property("invalid")
    assert str(window.document.plan.items[0].prescription.reps) == "12"


def test_sets_of_zero_say_why(qtbot: Any, window: Any) -> None:
    panel = window.editor.prescription_panel
    sets = panel.fields.sets
    sets.setFocus()
    sets.selectAll()
    QTest.keyClick(sets, Qt.Key.Key_0)
    assert panel.problem.isVisible() and "Sets must be from 1" in panel.problem.text()
    assert sets.property("invalid")
    assert window.document.plan.items[0].prescription.sets == 3


def test_an_empty_title_says_why_and_keeps_the_old_one(qtbot: Any, window: Any) -> None:
    editor = window.editor
    editor.plan_title.selectAll()
    QTest.keyClick(editor.plan_title, Qt.Key.Key_Delete)
    assert editor.title_problem.isVisible() and "Back to lifting" in editor.title_problem.text()
    assert window.document.plan.title == "Back to lifting"
    window.editor.prescription_panel.fields.sets.setValue(5)  # another edit does not put the title back silently
    assert editor.plan_title.text() == "" and editor.title_problem.isVisible()
    QTest.keyClicks(editor.plan_title, "Strong")
    assert not editor.title_problem.isVisible() and window.document.plan.title == "Strong"
