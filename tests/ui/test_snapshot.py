"""The daily snapshot of the data folder: made once a day in the background when the window opens, never fatal."""

from __future__ import annotations

import threading
import zipfile
from pathlib import Path
from typing import Any

from designer.domain import Client
from designer.storage import SaveError, Store


def test_the_window_makes_todays_snapshot_in_the_background(
    qtbot: Any, make_window: Any, store: Any, client: Client, messages: Any
) -> None:
    window = make_window(snapshot_after_ms=0)
    with qtbot.waitSignal(window.snapshot.made, timeout=20_000) as made:
        pass
    path = made.args[0]
    assert isinstance(path, Path) and path.is_file()
    assert store.backups.snapshots() == [path]
    with zipfile.ZipFile(path) as archive:
        assert any(client.id in archive.read(name).decode("utf-8", "replace") for name in archive.namelist())
    assert "copy of the data folder" in window.statusBar().currentMessage()
    # Once a day: a second window the same day makes no other.
    again = make_window(snapshot_after_ms=0)
    with qtbot.waitSignal(again.snapshot.made, timeout=20_000) as second:
        pass
    assert second.args[0] is None
    assert store.backups.snapshots() == [path]
    assert messages.shown == []


def test_the_window_works_while_the_snapshot_is_being_made(
    qtbot: Any, make_window: Any, store: Any, monkeypatch: Any
) -> None:
    """The zip runs off the window's thread: the window answers while it is still going."""
    release = threading.Event()
    started = threading.Event()
    real = store.snapshot

    def slow_snapshot(*, force: bool = False) -> Path | None:
        started.set()
        release.wait(20)
        return real(force=force)

    monkeypatch.setattr(store, "snapshot", slow_snapshot)
    window = make_window(snapshot_after_ms=0)
    qtbot.waitUntil(started.is_set, timeout=5000)
    # The window still handles its events: a client is added and shown while the zip waits.
    store.save_client(Client(name="Aisha Khan"))
    window.clients.refresh_clients()
    assert window.client_panel.clients.rowCount() == 1
    assert window.snapshot.running
    with qtbot.waitSignal(window.snapshot.made, timeout=20_000):
        release.set()
    qtbot.waitUntil(lambda: not window.snapshot.running, timeout=5000)  # the thread ends just after it says so
    assert len(store.backups.snapshots()) == 1


def test_a_failed_snapshot_is_told_quietly_and_the_window_carries_on(
    qtbot: Any, make_window: Any, store: Any, monkeypatch: Any, messages: Any, caplog: Any
) -> None:
    def full_disk(*, force: bool = False) -> Path | None:
        raise SaveError("The disk is full, so the snapshot of the data folder was not written. Free some space.")

    monkeypatch.setattr(store, "snapshot", full_disk)
    window = make_window(snapshot_after_ms=0)
    with qtbot.waitSignal(window.snapshot.failed, timeout=5000):
        pass
    assert "The disk is full" in window.statusBar().currentMessage()
    assert "The disk is full" in caplog.text  # and in the log, for whoever looks after the computer
    assert messages.shown == []  # no box in the therapist's face for a backup
    # The window carries on: a new client is saved and listed.
    store.save_client(Client(name="Tomasz Nowak"))
    window.clients.refresh_clients()
    assert window.client_panel.clients.rowCount() == 1
    assert store.backups.snapshots() == []


def test_a_read_only_data_folder_is_not_snapshotted(qtbot: Any, make_window: Any, store: Any, data_dir: Path) -> None:
    with Store.open(data_dir) as second:  # the test's store holds the lock: this one is read-only
        assert second.read_only
        window = make_window(store=second, snapshot_after_ms=0)
        qtbot.wait(50)
        assert not window.snapshot_timer.isActive() and not window.snapshot.running
    assert store.backups.snapshots() == []
