"""The window on a shared PostgreSQL database (issue 18): chosen with ``--database`` or the environment, working
through the same Repository interface as on the data folder, and a server that cannot be reached is said plainly."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from postgres_server import fresh_database_url

from designer.domain import Client
from designer.storage.postgres import PostgresRepository

from .conftest import pdf_text, wait_for_preview


def test_the_window_builds_a_plan_on_the_shared_database(qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    from designer.ui.launch import open_clinic_data

    url = fresh_database_url()
    PostgresRepository.open(url, local_folder=tmp_path / "setup", set_up=True).close()  # database --init
    database = open_clinic_data(tmp_path / "desk", url)
    try:
        assert isinstance(database, PostgresRepository)
        client = database.save_client(Client("Margaret Ellis"))
        window = make_window(store=database)
        window.clients.open_client(client.id)
        window.plans.new_plan()
        window.editor.add_exercises(["glute-bridge", "bird-dog"])
        assert "Glute Bridge" in pdf_text(wait_for_preview(qtbot, window))
        window.session.save_now()
        saved = database.list_plans(client.id)
        assert len(saved) == 1 and saved[0].exercise_count == 2
        # Another desk sees it: the plan is in the database, not in a local file.
        with PostgresRepository.open(url, local_folder=tmp_path / "other") as other:
            assert [item.exercise_id for item in other.get_plan(saved[0].id).items] == ["glute-bridge", "bird-dog"]
        window.close()
    finally:
        database.close()


def test_the_database_comes_from_the_option_or_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    from designer.ui.launch import _parse

    monkeypatch.delenv("PROGRAMME_DESIGNER_DATABASE", raising=False)
    assert _parse(["--data-dir", "/tmp/x", "-style", "fusion"]) == (Path("/tmp/x"), "", ["-style", "fusion"])
    assert _parse(["--database", "postgresql://a@127.0.0.1/b"])[1] == "postgresql://a@127.0.0.1/b"
    monkeypatch.setenv("PROGRAMME_DESIGNER_DATABASE", "postgresql://c@127.0.0.1/d")
    assert _parse([])[1] == "postgresql://c@127.0.0.1/d"
    assert _parse(["--database", "postgresql://a@127.0.0.1/b"])[1] == "postgresql://a@127.0.0.1/b"


def test_a_server_that_cannot_be_reached_is_said_plainly(
    qapp: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from designer.ui import launch

    told: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, title, text: told.append((title, text)))
    monkeypatch.setenv("PGCONNECT_TIMEOUT", "2")
    nowhere = "postgresql://designer@127.0.0.1:9/clinic?sslmode=disable"  # port 9 (discard): nothing listens
    assert launch.run_window(["--database", nowhere, "--data-dir", str(tmp_path / "desk")]) == 1
    assert told and told[0][0] == "The designer cannot start"
    assert "127.0.0.1" in told[0][1]


def test_a_plan_changed_on_another_desk_says_where_and_when(qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    import datetime as dt
    from dataclasses import replace

    url = fresh_database_url()
    front = PostgresRepository.open(url, local_folder=tmp_path / "front", set_up=True)
    try:
        client = front.save_client(Client("Margaret Ellis"))
        window = make_window(store=front)
        window.clients.open_client(client.id)
        window.plans.new_plan()
        window.editor.add_exercises(["glute-bridge"])
        assert window.session.save_now()
        plan_id = window.document.plan.id
        with PostgresRepository.open(url, local_folder=tmp_path / "back") as back:
            stored = back.get_plan(plan_id)
            changed = back.save_plan(replace(stored, notes="Changed at reception"))
        window.editor.add_exercises(["bird-dog"])
        assert not window.session.save_now()  # refused: it would overwrite the other desk's change
        at = dt.datetime.fromisoformat(changed.updated).astimezone()
        assert f"This plan was changed on another desk at {at:%H:%M}" in window.banner.text
        assert [item.exercise_id for item in window.document.plan.items] == ["glute-bridge", "bird-dog"]  # kept
        window.session.reload()
        assert window.document.plan.notes == "Changed at reception"
        window.close()
    finally:
        front.close()


def test_another_desks_changes_show_in_the_open_window(qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    from dataclasses import replace

    url = fresh_database_url()
    front = PostgresRepository.open(url, local_folder=tmp_path / "front", set_up=True)
    try:
        client = front.save_client(Client("Margaret Ellis"))
        window = make_window(store=front)
        assert window.other_desks.following
        window.clients.open_client(client.id)
        window.plans.new_plan()
        window.editor.add_exercises(["glute-bridge"])
        assert window.session.save_now()
        plan_id = window.document.plan.id
        listed = window.client_panel.client_list
        with PostgresRepository.open(url, local_folder=tmp_path / "back") as back:
            back.save_client(Client("Priya Sharma"))
            # A bound for a busy machine; the issue asks for 2 s on a quiet one (benchmarks, not tests, time it).
            qtbot.waitUntil(lambda: "Priya Sharma" in _rows(listed), timeout=15_000)
            back.save_plan(replace(back.get_plan(plan_id), notes="Changed at reception"))
            qtbot.waitUntil(lambda: window.document.plan.notes == "Changed at reception", timeout=15_000)
        assert not window.document.modified  # read again, not an edit of ours
        window.close()
    finally:
        front.close()


def _rows(view: Any) -> list[str]:
    model = view.model()
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def test_losing_the_server_is_said_and_cleared_when_it_is_back(qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    import psycopg

    url = fresh_database_url()
    front = PostgresRepository.open(url, local_folder=tmp_path / "front", set_up=True)
    try:
        window = make_window(store=front)
        assert window.other_desks.following
        # The server drops this desk's listening connection, as a restart or a network fault would.
        with psycopg.connect(url, autocommit=True) as admin:
            admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = current_database() AND query LIKE 'LISTEN%%' AND pid <> pg_backend_pid()"
            )
        qtbot.waitUntil(lambda: "cannot be reached just now" in window.banner.text, timeout=15_000)
        assert "saved when the server is back" in window.banner.text
        qtbot.waitUntil(lambda: window.banner.text == "", timeout=20_000)  # listening again: the message goes
        window.close()
    finally:
        front.close()


def test_settings_test_the_address_then_keep_it_for_the_next_start(
    qtbot: Any, window_settings: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from designer.ui import settings as keys
    from designer.ui.dialogs.shared_database_dialog import SharedDatabaseDialog
    from designer.ui.launch import _parse

    url = fresh_database_url()
    with PostgresRepository.open(url, local_folder=tmp_path / "setup", set_up=True) as database:
        database.save_client(Client("Aisha Khan"))
    dialog = SharedDatabaseDialog(window_settings)
    qtbot.addWidget(dialog)
    assert not dialog.use_button.isEnabled()  # nothing tested yet
    dialog.address.setText("postgresql://designer@127.0.0.1:9/nowhere?sslmode=disable")
    dialog.start_test()
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=30_000)
    assert "cannot be reached" in dialog.outcome.text() or "could not" in dialog.outcome.text()
    assert not dialog.use_button.isEnabled()
    dialog.address.setText(url)
    dialog.start_test()
    qtbot.waitUntil(lambda: dialog.use_button.isEnabled(), timeout=30_000)
    assert "1 client there" in dialog.outcome.text()
    dialog.use_button.click()
    assert dialog.chosen == url and window_settings.text(keys.SHARED_DATABASE) == url
    # The next start opens on it, unless --database or the environment names another.
    monkeypatch.delenv("PROGRAMME_DESIGNER_DATABASE", raising=False)
    assert _parse([])[1] == ""  # the setting is read by run_window once the application exists
    again = SharedDatabaseDialog(window_settings)
    qtbot.addWidget(again)
    assert again.address.text() == url and again.folder_button.isEnabled()
    again.folder_button.click()
    assert window_settings.text(keys.SHARED_DATABASE) == ""


def test_the_window_opens_on_the_address_kept_in_settings(
    window_settings: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from designer.ui import launch
    from designer.ui import settings as keys
    from designer.ui.settings import WindowSettings

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: told.append(text))
    monkeypatch.delenv("PROGRAMME_DESIGNER_DATABASE", raising=False)
    WindowSettings().set_text(keys.SHARED_DATABASE, "postgresql://designer@127.0.0.1:9/kept?sslmode=disable")
    assert launch.run_window(["--data-dir", str(tmp_path / "desk")]) == 1  # it tried the kept address
    assert told and "kept" in told[0] and "127.0.0.1" in told[0]


def test_edits_made_while_the_server_is_away_are_kept_and_saved_once_when_it_is_back(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    from dataclasses import replace

    from postgres_server import PrivateServer

    server = PrivateServer()
    try:
        front = PostgresRepository.open(server.url, local_folder=tmp_path / "front", set_up=True)
        client = front.save_client(Client("Margaret Ellis"))
        window = make_window(store=front)
        window.clients.open_client(client.id)
        window.plans.new_plan()
        window.editor.add_exercises(["glute-bridge"])
        assert window.session.save_now()
        plan = window.document.plan
        revision = plan.revision

        server.pause()
        window.editor.add_exercises(["bird-dog"])
        qtbot.waitUntil(lambda: "kept on this computer" in window.banner.text, timeout=30_000)
        assert not window.session.save_now()  # never pretends to have saved
        kept = front.unsaved_edits.plans()
        assert [[item.exercise_id for item in p.items] for p in kept] == [["glute-bridge", "bird-dog"]]

        server.resume()
        qtbot.waitUntil(window.session.save_now, timeout=60_000)  # the retry as the timer would make it
        assert front.unsaved_edits.plans() == []
        with PostgresRepository.open(server.url, local_folder=tmp_path / "other") as other:
            stored = other.get_plan(plan.id)
            assert [item.exercise_id for item in stored.items] == ["glute-bridge", "bird-dog"]
            assert stored.revision == revision + 1  # saved exactly once
        window.close()

        # Closed while the server is away: the edits wait on this computer and are saved at the next start.
        server.pause()
        front.unsaved_edits.keep(replace(stored, notes="Typed while the server was away"))
        server.resume()
        again = make_window(store=front)
        # Saved as the window starts, or, while the server is still coming back, as soon as it answers.
        qtbot.waitUntil(lambda: front.unsaved_edits.plans() == [], timeout=60_000)
        with PostgresRepository.open(server.url, local_folder=tmp_path / "other") as other:
            assert other.get_plan(plan.id).notes == "Typed while the server was away"
            assert other.get_plan(plan.id).revision == revision + 2
        again.close()
        front.close()
    finally:
        server.stop()
