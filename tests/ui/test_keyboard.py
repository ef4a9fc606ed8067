"""The window by keyboard alone: a natural Tab round, Tab out of multi-line fields, Enter in the search, shortcuts in
the menus, focus rings that can be seen, and a whole seed routine for a new client built by keys."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from designer.domain import Client, Plan, Range, Side, Stage

from .conftest import wait_for_preview
from .contrast import contrast

NO = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def plan(store: Any, client: Client) -> Plan:
    return store.save_plan(Plan(title="Back to lifting", client_id=client.id, stages=(Stage("Stability", id="s1"),)))


def active(qtbot: Any, window: Any) -> Any:
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


@pytest.fixture
def window(qtbot: Any, make_window: Any, client: Client, plan: Plan) -> Any:
    window = make_window()
    window.clients.open_client(client.id, plan_id=plan.id)
    return active(qtbot, window)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def test_tab_leaves_the_notes_and_goes_round_plan_prescription_and_preview(qtbot: Any, window: Any) -> None:
    window.editor.add_exercises(["glute-bridge"])
    wait_for_preview(qtbot, window)
    notes = window.editor.plan_notes
    notes.setFocus()
    QTest.keyClick(notes, Qt.Key.Key_Tab)
    assert "\t" not in notes.toPlainText()
    assert focused() is window.editor.plan_tree
    QTest.keyClick(focused(), Qt.Key.Key_Backtab, SHIFT)
    assert focused() is notes
    # Onwards from the rows: the prescription (its note too, which Tab also leaves), then the preview.
    visited = []
    for _ in range(40):
        QTest.keyClick(focused(), Qt.Key.Key_Tab)
        visited.append(focused())
        if focused() is window.preview_panel.view:
            break
    panel = window.editor.prescription_panel
    for wanted in (window.editor.plan_tree, panel.fields.sets, panel.fields.reps, panel.note):
        assert wanted in visited
    assert visited[-1] is window.preview_panel.view
    assert visited.index(panel.fields.sets) < visited.index(panel.note)
    assert window.editor.details_area not in visited  # no stop on a box that holds nothing to type in


def test_enter_in_the_search_adds_the_highlighted_first_result(qtbot: Any, window: Any) -> None:
    panel = window.library_panel
    panel.select_exercise("single-leg-bridge")  # left current from before: it must not be the one added
    panel.search.setFocus()
    QTest.keyClicks(panel.search, "glute bridge")
    first = panel.filter.index(0, 0)
    assert first.data() == "Glute Bridge"
    assert panel.list.currentIndex() == first
    assert panel.list.selectionModel().isSelected(first)  # highlighted, so what Enter adds is in view
    QTest.keyClick(panel.search, Qt.Key.Key_Return)
    assert [item.exercise_id for item in window.document.plan.items] == ["glute-bridge"]


def test_every_plan_action_has_its_shortcut_in_the_menus(qtbot: Any, window: Any) -> None:
    actions = window.menu_actions
    for action in (actions.add_stage, actions.edit_details, actions.undo, actions.redo, actions.new_plan):
        assert not action.shortcut().isEmpty(), action.text()
    plan_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Plan")
    for action in plan_menu.actions():
        assert action.isSeparator() or not action.shortcut().isEmpty() or "\t" in action.text(), action.text()
    window.editor.add_exercises(["glute-bridge"])
    QTest.keyClick(window.editor.plan_tree, Qt.Key.Key_F2)
    assert focused() is window.editor.prescription_panel.fields.sets
    QTest.keyClick(window.editor.plan_tree, Qt.Key.Key_A, CTRL | SHIFT)
    assert [stage.title for stage in window.document.plan.stages][1:] != []
    assert focused() is window.editor.stage_panel.title


def border_contrast(widget: QWidget) -> float:
    """The contrast of the widget's left edge (its focus ring when it has focus) against the pane behind it."""
    image = widget.grab().toImage()
    middle = image.height() // 2
    ring = image.pixelColor(0, middle)
    pane = widget.parentWidget()
    while pane.objectName() != "pane":
        pane = pane.parentWidget()
    at = widget.mapTo(pane, QPoint(0, middle))
    behind = pane.grab().toImage().pixelColor(at.x() - 3, at.y())
    assert behind.isValid()
    return contrast(ring, behind)


def test_focus_rings_stand_out(qtbot: Any, window: Any) -> None:
    window.editor.add_exercises(["glute-bridge"])
    for widget in (
        window.editor.plan_tree,
        window.library_panel.list,
        window.editor.remove_button,
        window.editor.prescription_panel.harder,
    ):
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(widget.hasFocus)
        assert border_contrast(widget) >= 3.0, widget
        window.editor.plan_title.setFocus()
        qtbot.waitUntil(lambda w=widget: not w.hasFocus())
        assert border_contrast(widget) < 3.0, widget  # the ring is the focus, not a border always there


def test_a_seed_routine_for_a_new_client_by_keys_alone(qtbot: Any, make_window: Any, store: Any) -> None:
    """Add a client, start their plan, and build Glute Bridge 3x10 with a note, Bird Dog 3x8 each side,
    Sit-to-Stand 3x10 at 3-1-1 and Suitcase Carry 3x20-30 s each side, counting every key but the typed words."""
    window = active(qtbot, make_window(restore_last=False))
    window.client_panel.search.setFocus()
    keys: list[str] = []

    def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = NO) -> None:
        keys.append(f"{modifiers}+{key}")
        QTest.keyClick(focused(), key, modifiers)

    def write(text: str) -> None:
        QTest.keyClicks(focused(), text)

    def fill_client_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isActiveWindow():
            QTimer.singleShot(10, fill_client_dialog)  # not shown yet
            return
        write("Ruth Baker")
        press(Qt.Key.Key_Return)

    QTimer.singleShot(0, fill_client_dialog)
    press(Qt.Key.Key_N, CTRL | SHIFT)  # Add client…
    assert window.document.client is not None and window.document.client.name == "Ruth Baker"
    active(qtbot, window)  # as a desktop gives the window back its activation when the dialog closes
    press(Qt.Key.Key_N, CTRL)  # New plan
    for words, note in (
        ("glute bridge", "Squeeze your seat at the top"),
        ("bird dog", ""),
        ("sit to stand", ""),
        ("suitcase carry", ""),
    ):
        press(Qt.Key.Key_L, CTRL)  # Find exercise
        write(words)
        press(Qt.Key.Key_Return)
        if note:
            press(Qt.Key.Key_N, ALT)  # the prescription's Note
            write(note)

    plan = window.document.plan
    done = [(window.exercises[item.exercise_id].name, item.prescription, item.note) for item in plan.items]
    assert [name for name, _p, _n in done] == ["Glute Bridge", "Bird Dog", "Sit-to-Stand", "Suitcase Carry"]
    bridge, bird, sit, carry = (p for _name, p, _n in done)
    assert (bridge.sets, bridge.reps, done[0][2]) == (3, Range.single(10), "Squeeze your seat at the top")
    assert (bird.sets, bird.reps, bird.side) == (3, Range.single(8), Side.EACH)
    assert (sit.sets, sit.reps, sit.tempo) == (3, Range.single(10), "3-1-1")
    assert (carry.sets, carry.duration, carry.side) == (3, Range(20, 30), Side.EACH)
    # Kept: the store has it as the window shows it.
    window.session.save_now()
    assert store.get_plan(plan.id).items == plan.items
    print(f"keystrokes apart from typed text: {len(keys)}")
    assert len(keys) <= 40
