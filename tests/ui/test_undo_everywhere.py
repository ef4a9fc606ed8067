"""Undo from wherever the keyboard is: the field's own typing first, then the plan's edits; one history per plan;
the selection follows undo and redo."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from designer.domain import Client, Plan, Stage

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def plans(store: Any, client: Client) -> tuple[Plan, Plan]:
    first = store.save_plan(Plan(title="Back to lifting", client_id=client.id, stages=(Stage("Stability", id="s1"),)))
    second = store.save_plan(Plan(title="Walking again", client_id=client.id, stages=(Stage("Balance", id="b1"),)))
    return first, second


@pytest.fixture
def window(make_window: Any, client: Client, plans: tuple[Plan, Plan]) -> Any:
    window = make_window()
    window.clients.open_client(client.id, plan_id=plans[0].id)
    window.show()
    return window


def names(window: Any) -> list[str]:
    return [window.exercises[item.exercise_id].name for item in window.document.plan.items]


def test_ctrl_z_in_the_sets_box_undoes_its_typing_then_the_plans_edits(qtbot: Any, window: Any) -> None:
    window.editor.plan_tree.select_ids(["s1"])
    window.editor.add_exercises(["glute-bridge"])
    sets = window.editor.prescription_panel.fields.sets
    assert sets.value() == 3
    sets.setFocus()
    sets.selectAll()
    QTest.keyClicks(sets, "5")
    assert window.document.plan.items[0].prescription.sets == 5
    # First Ctrl+Z: the box's own typing goes, and with it the plan's change.
    QTest.keyClick(sets, Qt.Key.Key_Z, CTRL)
    assert sets.value() == 3
    assert window.document.plan.items[0].prescription.sets == 3
    assert names(window) == ["Glute Bridge"]
    # Second: the box has nothing of its own left, so the plan's last edit (adding the exercise) is undone.
    QTest.keyClick(sets, Qt.Key.Key_Z, CTRL)
    assert names(window) == []
    # Ctrl+Y and Ctrl+Shift+Z redo, from a field as well.
    search = window.library_panel.search
    QTest.keyClick(search, Qt.Key.Key_Y, CTRL)
    assert names(window) == ["Glute Bridge"]
    QTest.keyClick(search, Qt.Key.Key_Z, CTRL)
    assert names(window) == []
    QTest.keyClick(search, Qt.Key.Key_Z, CTRL | SHIFT)
    assert names(window) == ["Glute Bridge"]


def test_ctrl_z_in_the_search_box_clears_the_typing_first(qtbot: Any, window: Any) -> None:
    window.editor.add_exercises(["bird-dog"])
    search = window.library_panel.search
    search.setFocus()
    QTest.keyClicks(search, "dead bug")
    QTest.keyClick(search, Qt.Key.Key_Z, CTRL)
    assert search.text() == ""
    assert names(window) == ["Bird Dog"]
    QTest.keyClick(search, Qt.Key.Key_Z, CTRL)
    assert names(window) == []
    # Outside a text field the window's own actions answer, Ctrl+Y included.
    tree = window.editor.plan_tree
    tree.setFocus()
    QTest.keyClick(tree, Qt.Key.Key_Y, CTRL)
    assert names(window) == ["Bird Dog"]
    QTest.keyClick(tree, Qt.Key.Key_Z, CTRL)
    assert names(window) == []


def test_each_plan_keeps_its_undo_history(qtbot: Any, window: Any, plans: tuple[Plan, Plan]) -> None:
    first, second = plans
    window.editor.add_exercises(["glute-bridge"])
    window.clients.open_plan(second.id)
    assert window.document.plan.id == second.id
    assert not window.menu_actions.undo.isEnabled()  # the second plan has no history yet
    window.editor.add_exercises(["suitcase-carry"])
    window.clients.open_plan(first.id)
    assert names(window) == ["Glute Bridge"]
    assert window.menu_actions.undo.isEnabled()
    window.menu_actions.undo.trigger()
    assert names(window) == []
    window.clients.open_plan(second.id)
    assert names(window) == ["Suitcase Carry"]
    window.menu_actions.undo.trigger()
    assert names(window) == []
    window.menu_actions.redo.trigger()
    assert names(window) == ["Suitcase Carry"]


def test_the_toolbar_says_undo_and_the_tooltip_and_menu_say_what(window: Any) -> None:
    window.editor.add_exercises(["glute-bridge"])
    undo = window.menu_actions.undo
    button = window.menu_actions.toolbar.widgetForAction(undo)
    assert button.text() == "Undo"
    assert undo.text() == "Undo Add Glute Bridge"  # as the Edit menu shows it
    assert "Add Glute Bridge" in undo.toolTip()
    window.menu_actions.undo.trigger()
    assert window.menu_actions.toolbar.widgetForAction(window.menu_actions.redo).text() == "Redo"
    assert "Add Glute Bridge" in window.menu_actions.redo.toolTip()


def test_selection_follows_undo_and_redo(qtbot: Any, window: Any) -> None:
    tree = window.editor.plan_tree
    window.editor.add_exercises(["glute-bridge", "bird-dog", "sit-to-stand"])
    bridge, bird, sit = (item.id for item in window.document.plan.items)
    tree.select_ids([bird])
    tree.setFocus()
    QTest.keyClick(tree, Qt.Key.Key_Delete)
    # Delete leaves the next row selected, so a second Delete goes on down the plan.
    assert tree.selected_ids() == ([sit], [])
    QTest.keyClick(tree, Qt.Key.Key_Z, CTRL)
    assert names(window) == ["Glute Bridge", "Bird Dog", "Sit-to-Stand"]
    assert tree.selected_ids() == ([bird], [])
    tree.select_ids([bridge])
    QTest.keyClick(tree, Qt.Key.Key_Y, CTRL)
    assert names(window) == ["Glute Bridge", "Sit-to-Stand"]
    assert tree.selected_ids() == ([sit], [])
    # Deleting the last row selects the one before it.
    QTest.keyClick(tree, Qt.Key.Key_Delete)
    assert tree.selected_ids() == ([bridge], [])
    # Undoing a change of sets selects the exercise it was made to, and shows its prescription.
    window.editor.prescription_panel.fields.sets.setValue(4)
    tree.select_ids(["s1"])
    QTest.keyClick(tree, Qt.Key.Key_Z, CTRL)
    assert window.document.plan.items[0].prescription.sets == 3
    assert tree.selected_ids() == ([bridge], [])
    assert window.editor.details.currentWidget() is window.editor.prescription_panel
