"""A read-only window: every action that writes to the data folder is off from the start, and says why."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from designer.domain import Client, Plan
from designer.storage import Store
from designer.ui.read_only import WHY, writing_actions, writing_buttons


def test_every_writing_action_is_off_and_says_why(
    qtbot: Any, make_window: Any, store: Any, data_dir: Path, client: Client
) -> None:
    plan = store.save_plan(Plan(title="Back to lifting", client_id=client.id))
    second = Store.open(data_dir)  # the test's store holds the lock: this one is read-only
    try:
        assert second.read_only
        window = make_window(store=second)
        window.clients.open_client(client.id, plan_id=plan.id)
        window.library_panel.select_exercise("glute-bridge")
        window.editor.add_exercises(["glute-bridge"])  # the plan itself can still be changed here, and exported
        things = [*writing_actions(window), *writing_buttons(window)]
        off = {thing.text(): thing.isEnabled() for thing in things}
        assert not any(off.values()), off
        assert all(WHY in thing.toolTip() for thing in things)
        assert "read-only" in window.banner.text and "Another copy" in window.banner.text
        assert "switched off" in window.banner.text
        # Still there for reading: the handout can be saved or printed.
        assert window.menu_actions.save_pdf.isEnabled() and window.menu_actions.print.isEnabled()
    finally:
        window.shut_down()
        second.close()


def test_a_writable_window_offers_them(qtbot: Any, make_window: Any, store: Any, client: Client) -> None:
    plan = store.save_plan(Plan(title="Back to lifting", client_id=client.id))
    window = make_window()
    window.clients.open_client(client.id, plan_id=plan.id)
    assert window.menu_actions.add_client.isEnabled() and window.client_panel.new_plan.isEnabled()
    assert WHY not in window.menu_actions.add_client.toolTip()
