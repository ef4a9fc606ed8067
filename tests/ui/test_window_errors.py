"""When things go wrong below the window: a read-only or failing store, a broken logo, a plan the renderer refuses.

The window must stay alive, say what happened in plain words, and keep the
unsaved plan in memory until it can be saved.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from designer.domain import Client, Plan, PlanItem, Stage
from designer.storage import SaveError, Store

from .conftest import MessageLog, pdf_text, wait_for_preview


@pytest.fixture
def plan(store: Any, client: Client) -> Plan:
    return store.save_plan(Plan(title="Back to lifting", client_id=client.id, stages=(Stage("Stability", id="s1"),)))


def test_a_read_only_store_says_so_and_keeps_the_edits_in_memory(
    qtbot: Any, make_window: Any, store: Any, data_dir: Path, client: Client, plan: Plan, messages: MessageLog
) -> None:
    second = Store.open(data_dir)  # the test's store holds the lock: this one is read-only
    try:
        assert second.read_only
        window = make_window(store=second)
        assert "Another copy" in window.banner.text
        window.clients.open_client(client.id, plan_id=plan.id)
        window.editor.add_exercises(["glute-bridge"])
        assert not window.session.save_now()
        assert "read-only" in window.banner.text
        assert window.document.plan.items[0].exercise_id == "glute-bridge"
        assert "\u2022" in window.windowTitle() and window.editor.saved_state.text() == "Not saved"
        # Closing asks first; answering "stay" keeps the window and the plan.
        window.show()
        window.close()
        assert window.isVisible()
        assert any(kind == "box" and "could not be saved" in text for kind, _t, text in messages.shown)
    finally:
        second.close()
    assert store.get_plan(plan.id).items == ()  # nothing was written behind the lock's back


def test_a_failing_save_is_told_and_tried_again(
    qtbot: Any, make_window: Any, store: Any, client: Client, plan: Plan, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    window.clients.open_client(client.id, plan_id=plan.id)
    real_save = store.save_plan

    def disk_full(_plan: Plan) -> Plan:
        raise SaveError("The disk is full, so the plan could not be saved. Free some space on the disk.")

    monkeypatch.setattr(store, "save_plan", disk_full)
    window.editor.add_exercises(["glute-bridge"])
    qtbot.waitUntil(lambda: "disk is full" in window.banner.text, timeout=5000)
    assert window.isEnabled() and window.document.modified
    assert window.document.plan.items[0].exercise_id == "glute-bridge"
    assert window.session.retry_timer.isActive()
    # The disk has room again: "Try again" saves.
    monkeypatch.setattr(store, "save_plan", real_save)
    window.banner.action.click()
    assert window.banner.text == ""
    assert not window.document.modified and "\u2022" not in window.windowTitle()
    assert [i.exercise_id for i in store.get_plan(plan.id).items] == ["glute-bridge"]


def test_a_plan_the_renderer_refuses_is_explained_in_the_preview(
    qtbot: Any, make_window: Any, store: Any, client: Client
) -> None:
    broken = store.save_plan(
        Plan(title="Old plan", client_id=client.id, items=(PlanItem(exercise_id="retired-exercise"),))
    )
    window = make_window()
    window.clients.open_client(client.id, plan_id=broken.id)
    assert window.editor.plan_model.index(0, 0).data() == "Missing exercise (retired-exercise)"
    qtbot.waitUntil(lambda: "not in the library" in window.preview_panel.message.text(), timeout=20_000)
    # Removing the missing exercise brings the preview back.
    window.editor.plan_tree.select_ids([broken.items[0].id])
    window.editor.remove_selected()
    assert "Old plan" in pdf_text(wait_for_preview(qtbot, window))


def test_the_settings_dialog_changes_the_preview_at_once(
    qtbot: Any, make_window: Any, store: Any, client: Client, plan: Plan, monkeypatch: pytest.MonkeyPatch
) -> None:
    from designer.ui.dialogs.clinic_settings_dialog import ClinicSettingsDialog

    window = make_window()
    window.clients.open_client(client.id, plan_id=plan.id)
    assert "Harbourside Physio" not in pdf_text(wait_for_preview(qtbot, window))
    seen_while_open: list[str] = []

    def edit(dialog: ClinicSettingsDialog) -> int:
        dialog.name.setText("Harbourside Physio")
        dialog.booking_link.setText("https://harbourside.example/book")
        qtbot.waitUntil(lambda: "Harbourside Physio" in pdf_text(window.preview_panel.pdf_bytes), timeout=20_000)
        seen_while_open.append(pdf_text(window.preview_panel.pdf_bytes))
        dialog.colour.setText("not a colour")
        assert "Main colour" in dialog.problem.text()
        assert not dialog.buttons.button(dialog.buttons.StandardButton.Save).isEnabled()
        dialog.colour.setText("#3355AA")
        return 1

    monkeypatch.setattr(ClinicSettingsDialog, "exec", edit)
    window.clinic_actions.open_clinic_settings()
    assert seen_while_open
    assert store.get_clinic().name == "Harbourside Physio"
    assert store.get_clinic().colour == "#3355AA"
    assert "Harbourside Physio" in pdf_text(wait_for_preview(qtbot, window))


def test_cancelling_the_settings_puts_the_preview_back(
    qtbot: Any, make_window: Any, store: Any, client: Client, plan: Plan, monkeypatch: pytest.MonkeyPatch
) -> None:
    from designer.ui.dialogs.clinic_settings_dialog import ClinicSettingsDialog

    window = make_window()
    window.clients.open_client(client.id, plan_id=plan.id)
    wait_for_preview(qtbot, window)

    def edit_then_cancel(dialog: ClinicSettingsDialog) -> int:
        dialog.name.setText("Temporary Name")
        qtbot.waitUntil(lambda: "Temporary Name" in pdf_text(window.preview_panel.pdf_bytes), timeout=20_000)
        return 0

    monkeypatch.setattr(ClinicSettingsDialog, "exec", edit_then_cancel)
    window.clinic_actions.open_clinic_settings()
    qtbot.waitUntil(
        lambda: not window.renderer.busy and "Temporary Name" not in pdf_text(window.preview_panel.pdf_bytes),
        timeout=20_000,
    )
    assert store.get_clinic().name != "Temporary Name"


def test_a_broken_logo_is_refused_in_plain_words(qtbot: Any, store: Any, tmp_path: Path, messages: MessageLog) -> None:
    pytest.importorskip("designer.illustrations.photos")
    from designer.domain import Clinic
    from designer.ui.dialogs.clinic_settings_dialog import ClinicSettingsDialog

    dialog = ClinicSettingsDialog(Clinic(), store)
    qtbot.addWidget(dialog)
    broken = tmp_path / "logo.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n this is not really a picture")
    assert not dialog.use_logo_file(broken)
    assert any(title == "Logo not used" and "logo.png" in text for _kind, title, text in messages.shown)
    assert dialog.clinic().logo == ""
