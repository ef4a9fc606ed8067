"""Clients and plans from the window: counts that follow, distinct titles, duplicating a plan, the right-click
menus, and archiving (with Undo and a view of the archive), erasing and exporting a client."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from designer.domain import Client, Plan, Stage


def action(menu: QMenu, text: str) -> Any:
    found = [a for a in menu.actions() if a.text() == text]
    assert found, [a.text() for a in menu.actions()]
    return found[0]


def client_rows(window: Any) -> list[tuple[str, str]]:
    model = window.client_panel.clients
    from designer.ui.models.record_lists import SubtitleRole

    return [(model.index(r, 0).data(), model.index(r, 0).data(SubtitleRole)) for r in range(model.rowCount())]


def test_the_client_list_counts_new_plans_and_titles_are_distinct(
    qtbot: Any, make_window: Any, store: Any, client: Client
) -> None:
    window = make_window()
    window.clients.open_client(client.id)
    assert "no plans" in client_rows(window)[0][1]
    window.plans.new_plan()
    assert "1 plan" in client_rows(window)[0][1]
    window.plans.new_plan()
    assert "2 plans" in client_rows(window)[0][1]
    titles = [summary.title for summary in store.list_plans(client.id)]
    assert len(set(titles)) == 2, titles


@pytest.fixture
def window(make_window: Any, store: Any, client: Client) -> Any:
    plan = store.save_plan(Plan(title="Back to lifting", client_id=client.id, stages=(Stage("Stability", id="s1"),)))
    window = make_window()
    window.clients.open_client(client.id, plan_id=plan.id)
    window.editor.add_exercises(["glute-bridge", "bird-dog"])
    return window


def test_duplicate_a_plan_from_its_menu(window: Any, store: Any, client: Client) -> None:
    plan_id = window.document.plan.id
    action(window.record_menus.plan_menu(plan_id), "Duplicate").trigger()
    plans = store.list_plans(client.id)
    assert len(plans) == 2 and len({p.title for p in plans}) == 2
    copy = window.document.plan
    assert copy.id != plan_id
    assert [i.exercise_id for i in copy.items] == ["glute-bridge", "bird-dog"]


def test_the_rows_menu_offers_the_plan_actions_and_the_ladder(window: Any) -> None:
    window.editor.plan_tree.select_ids([window.document.plan.items[0].id])
    menu = window.record_menus.row_menu()
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert "Remove from plan\tDel" in texts and "Add stage" in texts and "Edit the selected row" in texts
    action(menu, "Harder: Single-Leg Glute Bridge").trigger()
    assert window.document.plan.items[0].exercise_id == "single-leg-bridge"
    assert window.library_panel.context_menu(window.exercises["glute-bridge"]).actions()


def test_archive_a_client_with_undo_and_a_view_of_the_archive(window: Any, store: Any, client: Client) -> None:
    menus = window.record_menus
    action(menus.client_menu(client.id), "Archive").trigger()
    assert window.document.client is None
    assert client_rows(window) == []
    assert store.get_client(client.id).archived
    assert "archive" in window.banner.text and window.banner.action.text() == "Undo"
    window.banner.action.click()
    assert [name for name, _s in client_rows(window)] == ["Margaret Ellis"]
    assert not store.get_client(client.id).archived
    # Archived again, then found in the archive and restored from there.
    action(menus.client_menu(client.id), "Archive").trigger()
    menus.show_archive.setChecked(True)
    assert [name for name, _s in client_rows(window)] == ["Margaret Ellis"]
    action(menus.client_menu(client.id), "Restore from the archive").trigger()
    menus.show_archive.setChecked(False)
    assert [name for name, _s in client_rows(window)] == ["Margaret Ellis"]
    assert len(store.list_plans(client.id)) == 1  # their plan was kept all along


def test_erase_asks_first(window: Any, store: Any, client: Client, monkeypatch: pytest.MonkeyPatch) -> None:
    menus = window.record_menus
    action(menus.client_menu(client.id), "Erase everything about them…").trigger()  # answered Cancel
    assert store.get_client(client.id).name == "Margaret Ellis"
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.Yes))
    action(menus.client_menu(client.id), "Erase everything about them…").trigger()
    assert store.list_clients() == [] and store.list_plans(client.id) == []
    assert window.document.client is None and client_rows(window) == []


def test_export_a_clients_data(window: Any, client: Client, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "margaret.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(out), "")))
    window.record_menus.export_action.trigger()
    with zipfile.ZipFile(out) as archive:
        assert "client.json" in archive.namelist()
        assert any(name.endswith(".pdf") for name in archive.namelist())
