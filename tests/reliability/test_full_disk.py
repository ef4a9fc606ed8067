"""A full disk or a folder that turned read-only: the save fails with a clear message, nothing is lost.

The disk is made "full" by letting each data write put half its bytes on disk and then fail with
ENOSPC, as a real full disk does; a read-only folder fails every file creation in the data folder
with EROFS.  Whatever was saved before stays exactly as it was, the store keeps working once there
is room again, and the window keeps the unsaved plan in memory and saves it later.
"""

from __future__ import annotations

import errno
import io
import os
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from designer import cli
from designer.domain import Client, Clinic, Plan, PlanItem
from designer.library import Library
from designer.storage import SaveError, Store, StoreError


class Disk:
    """Switches the data folder between working, full and read-only, at the level of the operating system.

    A full disk: every write to a file opened for writing in the data folder puts half its bytes on
    disk and then fails with ENOSPC.  A read-only folder: opening a file there for writing fails with
    EROFS.  Both act on ``os.open``/``os.write``, so they hold whatever the store does inside.
    """

    def __init__(self, monkeypatch: pytest.MonkeyPatch, data_dir: Path) -> None:
        self.monkeypatch = monkeypatch
        self.folder = str(data_dir)
        self.real = {name: getattr(os, name) for name in ("open", "write", "close")}

    def _in_folder(self, path: Any, flags: int) -> bool:
        return str(path).startswith(self.folder) and bool(flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT))

    def full(self) -> None:
        real_open, real_write, real_close = self.real["open"], self.real["write"], self.real["close"]
        writing: set[int] = set()

        def tracked_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
            fd = real_open(path, flags, *args, **kwargs)
            if self._in_folder(path, flags):
                writing.add(fd)
            return fd

        def half_then_full(fd: int, data: Any) -> int:
            if fd not in writing:
                return real_write(fd, data)
            real_write(fd, bytes(data[: len(data) // 2]))
            raise OSError(errno.ENOSPC, "No space left on device")

        def tracked_close(fd: int) -> None:
            writing.discard(fd)
            real_close(fd)

        self.monkeypatch.setattr(os, "open", tracked_open)
        self.monkeypatch.setattr(os, "write", half_then_full)
        self.monkeypatch.setattr(os, "close", tracked_close)

    def read_only(self) -> None:
        real_open = self.real["open"]

        def refuse_writes(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
            if self._in_folder(path, flags):
                raise OSError(errno.EROFS, "Read-only file system", str(path))
            return real_open(path, flags, *args, **kwargs)

        self.monkeypatch.setattr(os, "open", refuse_writes)

    def working(self) -> None:
        for name, function in self.real.items():
            self.monkeypatch.setattr(os, name, function)


@pytest.fixture
def disk(monkeypatch: pytest.MonkeyPatch, data_dir: Path) -> Iterator[Disk]:
    made = Disk(monkeypatch, data_dir)
    yield made
    made.working()


def data_files(data_dir: Path) -> dict[str, bytes]:
    return {
        path.relative_to(data_dir).as_posix(): path.read_bytes()
        for path in sorted(data_dir.rglob("*"))
        if path.is_file() and path.name != "designer.lock" and path.suffix != ".journal"
    }


def temp_files(data_dir: Path) -> list[Path]:
    return [path for path in data_dir.rglob(".*") if path.is_file() and path.name.endswith(".tmp")]


EXPECTED = {"full": "The disk is full", "read_only": "read-only or you do not have permission"}


@pytest.fixture
def saved(data_dir: Path) -> tuple[Client, Plan]:
    with Store.open(data_dir) as store:
        client = store.save_client(Client("Margaret Ellis", email="margaret@example.com"))
        plan = store.save_plan(Plan("Back to gardening", client_id=client.id, items=(PlanItem("bird-dog"),)))
    return client, plan


@pytest.mark.parametrize("problem", ["full", "read_only"])
def test_every_kind_of_save_fails_clearly_and_changes_nothing(
    data_dir: Path, disk: Disk, saved: tuple[Client, Plan], problem: str
) -> None:
    client, plan = saved
    edited = replace(plan, items=(*plan.items, PlanItem("glute-bridge")), notes="Edited while the disk was full")
    with Store.open(data_dir) as store:
        before = data_files(data_dir)
        getattr(disk, problem)()
        attempts: list[tuple[str, Callable[[], object]]] = [
            ("edit a plan", lambda: store.save_plan(edited)),
            ("new plan", lambda: store.save_plan(Plan("New", client_id=client.id))),
            ("plan without a client", lambda: store.save_plan(Plan("Loose"))),
            ("new client", lambda: store.save_client(Client("Grace Hopper"))),
            ("edit a client", lambda: store.save_client(replace(client, phone="01632 960 123"))),
            ("clinic", lambda: store.save_clinic(Clinic(name="Springback Rehab"))),
            ("template", lambda: store.save_template("Gardening", edited)),
            ("exercise", lambda: store.save_exercise(Library().copy_for_clinic("bird-dog", "Our bird dog"))),
            ("delete a plan", lambda: store.delete_plan(plan.id)),
        ]
        for what, attempt in attempts:
            with pytest.raises(SaveError) as failed:
                attempt()
            message = failed.value.message
            assert EXPECTED[problem] in message, (what, message)
            assert "Nothing that was saved before has been changed." in message
            assert "Errno" not in message and "Traceback" not in message
        # What the store shows is still what was saved, not the failed edit.
        assert store.get_plan(plan.id) == plan
        assert store.get_client(client.id) == client
        assert [p.id for p in store.list_plans()] == [plan.id]
        assert data_files(data_dir) == before
        assert temp_files(data_dir) == []
        # Room again: the same edit saves, in the same session.
        disk.working()
        again = store.save_plan(edited)
        assert again.revision == plan.revision + 1
    with Store.open(data_dir) as store:
        assert store.notice_texts == []
        assert store.get_plan(plan.id) == again


def test_a_failed_save_never_reaches_the_backups(data_dir: Path, disk: Disk, saved: tuple[Client, Plan]) -> None:
    """If the failed save had left its content in a backup, a later repair would bring back an unsaved edit."""
    client, plan = saved
    with Store.open(data_dir) as store:
        disk.full()
        with pytest.raises(SaveError):
            store.save_plan(replace(plan, notes="never saved"))
    disk.working()
    path = data_dir / "clients" / f"{client.id}.json"
    path.write_bytes(b"\x00" * 64)
    with Store.open(data_dir) as store:
        assert any("restored from the backup" in notice for notice in store.notice_texts)
        assert store.get_plan(plan.id) == plan


def test_opening_on_a_read_only_folder_is_told_and_reading_still_works(
    data_dir: Path, disk: Disk, saved: tuple[Client, Plan]
) -> None:
    _client, plan = saved
    disk.read_only()
    with Store.open(data_dir) as store:
        assert store.read_only
        assert any("cannot be written to" in notice for notice in store.notice_texts)
        assert store.get_plan(plan.id) == plan
        with pytest.raises(StoreError) as refused:
            store.save_plan(plan)
        assert "cannot be written to" in refused.value.message


@pytest.mark.parametrize("problem", ["full", "read_only"])
def test_the_command_line_gives_one_line_and_a_non_zero_exit(
    data_dir: Path, disk: Disk, saved: tuple[Client, Plan], problem: str
) -> None:
    getattr(disk, problem)()
    out, err = io.StringIO(), io.StringIO()
    code = cli.run(["clients", "--add", "Grace Hopper", "--data-dir", str(data_dir)], out, err)
    assert code == 1
    lines = err.getvalue().strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), err.getvalue()
    assert "disk is full" in lines[0] if problem == "full" else "cannot write to the data folder" in lines[0]
    disk.working()
    with Store.open(data_dir) as store:
        assert [c.name for c in store.list_clients()] == ["Margaret Ellis"]


@pytest.mark.parametrize("problem", ["full", "read_only"])
def test_the_window_keeps_the_unsaved_plan_and_saves_it_when_it_can(
    qtbot: Any,
    data_dir: Path,
    disk: Disk,
    saved: tuple[Client, Plan],
    problem: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from designer.ui.main_window import MainWindow
    from designer.ui.settings import WindowSettings, use_settings_folder

    client, plan = saved
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(f"{box.text()} {box.informativeText()}") or 0)
    use_settings_folder(tmp_path / "qsettings")
    settings = WindowSettings(QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat))
    store = Store.open(data_dir)
    window = MainWindow(
        store, Library(), settings, autosave_ms=20, preview_delay_ms=10, close_store=False, restore_last=False
    )
    qtbot.addWidget(window)
    try:
        window.clients.open_client(client.id, plan_id=plan.id)
        getattr(disk, problem)()
        window.editor.add_exercises(["glute-bridge", "sit-to-stand"])
        qtbot.waitUntil(lambda: "not saved yet" in window.banner.text, timeout=5000)  # the autosave failed
        assert EXPECTED[problem] in window.banner.text
        assert window.isEnabled() and window.document.modified
        assert [i.exercise_id for i in window.document.plan.items] == ["bird-dog", "glute-bridge", "sit-to-stand"]
        # Closing now would lose the edit: the window asks, and staying keeps everything.
        window.show()
        window.close()
        assert window.isVisible() and asked and "could not be saved" in asked[-1]
        assert EXPECTED[problem] in asked[-1]
        assert len(window.document.plan.items) == 3
        # The disk has room again: "Try again" saves the plan that was kept in memory.
        disk.working()
        window.banner.action.click()
        assert not window.document.modified and window.banner.text == ""
    finally:
        window.shut_down()
        store.close()
    with Store.open(data_dir) as reopened:
        assert [i.exercise_id for i in reopened.get_plan(plan.id).items] == ["bird-dog", "glute-bridge", "sit-to-stand"]


def test_export_to_a_full_disk_is_a_clear_error_and_leaves_no_half_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from designer import interchange

    target = tmp_path / "out" / "plan.json"
    target.parent.mkdir()
    target.write_text("the previous export\n")

    real_fsync = os.fsync

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    document = interchange.export_document([interchange.PlanEntry(Plan("Back to gardening"))])
    with pytest.raises(ValueError) as failed:
        interchange.write_document(document, target)
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert "cannot be written" in str(failed.value) and "No space left" in str(failed.value)
    assert target.read_text() == "the previous export\n"
    assert [p.name for p in target.parent.iterdir()] == ["plan.json"]
