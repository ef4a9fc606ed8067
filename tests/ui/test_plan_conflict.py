"""A plan saved elsewhere since it was opened here: the edits stay, the banner says so, and the therapist chooses.

"Elsewhere" is a second save of the same plan through the repository (as another copy of the designer, or the
command line, would make it), so the window's next save carries a stale revision and is refused.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt

from designer.domain import Client, Plan, Stage

CHANGED_ELSEWHERE = "Back care (changed at the front desk)"


def _open_then_change_elsewhere(qtbot: Any, make_window: Any, store: Any, client: Client) -> tuple[Any, Plan]:
    """A window with the plan open and a glute bridge added, after the same plan was saved elsewhere."""
    plan = store.save_plan(Plan(title="Back care", client_id=client.id, stages=(Stage("Stability", id="s1"),)))
    window = make_window()
    window.clients.open_client(client.id, plan_id=plan.id)
    store.save_plan(replace(store.get_plan(plan.id), title=CHANGED_ELSEWHERE))
    window.editor.add_exercises(["glute-bridge"])
    # The autosave a moment after the edit is refused: the window's copy is one revision behind.
    qtbot.waitUntil(lambda: "changed elsewhere" in window.banner.text, timeout=5000)
    return window, plan


def test_a_refused_save_keeps_the_edits_and_says_the_plan_was_changed_elsewhere(
    qtbot: Any, make_window: Any, store: Any, client: Client
) -> None:
    window, plan = _open_then_change_elsewhere(qtbot, make_window, store, client)
    assert window.banner.action.text() == "Reload"
    assert window.banner.second_action.text() == "Keep mine as a copy"
    assert window.banner.second_action.isVisibleTo(window.banner)
    # The therapist's edit is still in the window, unsaved; the stored plan is the other change, untouched.
    assert [item.exercise_id for item in window.document.plan.items] == ["glute-bridge"]
    assert window.document.modified
    assert window.editor.saved_state.text() == "Not saved"
    stored = store.get_plan(plan.id)
    assert stored.title == CHANGED_ELSEWHERE and stored.items == ()
    # Never retried blindly: a retry would be refused again (or, worse, overwrite the other change).
    assert not window.session.retry_timer.isActive()
    assert not window.session.save_now()
    assert store.get_plan(plan.id).items == ()


def test_reload_takes_the_plan_as_it_was_saved_elsewhere(
    qtbot: Any, make_window: Any, store: Any, client: Client
) -> None:
    window, plan = _open_then_change_elsewhere(qtbot, make_window, store, client)
    qtbot.mouseClick(window.banner.action, Qt.MouseButton.LeftButton)
    assert window.document.plan.id == plan.id
    assert window.document.plan.title == CHANGED_ELSEWHERE and window.document.plan.items == ()
    assert not window.document.modified and window.banner.text == ""
    # Editing goes on from the stored revision, so the next save is accepted.
    window.editor.add_exercises(["bird-dog"])
    assert window.session.save_now()
    assert [item.exercise_id for item in store.get_plan(plan.id).items] == ["bird-dog"]
    assert store.get_plan(plan.id).title == CHANGED_ELSEWHERE


def test_keep_mine_as_a_copy_saves_the_edited_plan_as_a_new_plan(
    qtbot: Any, make_window: Any, store: Any, client: Client
) -> None:
    window, plan = _open_then_change_elsewhere(qtbot, make_window, store, client)
    qtbot.mouseClick(window.banner.second_action, Qt.MouseButton.LeftButton)
    copy = window.document.plan
    assert copy.id != plan.id and not window.document.modified
    assert window.banner.text == ""
    assert {summary.id for summary in store.list_plans(client.id)} == {plan.id, copy.id}
    kept = store.get_plan(copy.id)
    assert [item.exercise_id for item in kept.items] == ["glute-bridge"] and kept.title == "Back care"
    assert kept.start_date == plan.start_date
    # The change made elsewhere is kept as it was.
    other = store.get_plan(plan.id)
    assert other.title == CHANGED_ELSEWHERE and other.items == ()
    # Both are in the client's list of plans, the copy chosen.
    assert window.client_panel.plans.rowCount() == 2
    assert window.client_panel.current_plan_id() == copy.id
