"""A save either happens whole or not at all: crashes, full disks and forbidden folders leave the last good file."""

from __future__ import annotations

import errno
import os
import random
import signal
import stat
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from storage_samples import add_client, sample_plan

from designer.storage import SaveError, Store
from designer.storage.journal import Journal

PYTHON = sys.executable
REPO = Path(__file__).resolve().parents[2]


def run_python(code: str, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [PYTHON, "-c", textwrap.dedent(code), *args], cwd=REPO, capture_output=True, text=True, timeout=timeout
    )


def fail_writes_inside(
    monkeypatch: pytest.MonkeyPatch, folder: Path, code: int, *, only: Callable[[str], bool] = lambda path: True
) -> None:
    """Make ``os.write`` fail with ``code`` for files opened inside ``folder`` (as a full disk would)."""
    real_open, real_write = os.open, os.write
    doomed: set[int] = set()

    def fake_open(path: str | os.PathLike[str], flags: int, mode: int = 0o777, **kwargs: object) -> int:
        fd = real_open(path, flags, mode, **kwargs)  # type: ignore[arg-type]
        text = os.fspath(path)
        if text.startswith(str(folder)) and only(text):
            doomed.add(fd)
        else:
            doomed.discard(fd)
        return fd

    def fake_write(fd: int, data: bytes) -> int:
        if fd in doomed:
            raise OSError(code, os.strerror(code))
        return real_write(fd, data)

    monkeypatch.setattr(os, "open", fake_open)
    monkeypatch.setattr(os, "write", fake_write)


def client_file(data_dir: Path, client_id: str) -> Path:
    return data_dir / "clients" / f"{client_id}.json"


def test_a_crash_between_writing_and_replacing_leaves_the_old_file(data_dir: Path) -> None:
    """A real process dies just before the rename: the previous save is intact, the temporary file is cleared."""
    with Store.open(data_dir) as store:
        client = add_client(store)
        plan = store.save_plan(sample_plan(client.id, title="Before the crash"))
    before = client_file(data_dir, client.id).read_bytes()
    result = run_python(
        """
        import os, sys
        from dataclasses import replace
        from designer.storage import Store
        store = Store.open(sys.argv[1])
        plan = store.get_plan(sys.argv[2])
        real_replace = os.replace
        def crash(source, target):
            if str(target).endswith(sys.argv[3] + ".json"):
                os._exit(9)  # the power goes off: no clean-up, no unlock
            real_replace(source, target)
        os.replace = crash
        store.save_plan(replace(plan, title="Never saved"))
        """,
        str(data_dir),
        plan.id,
        client.id,
    )
    assert result.returncode == 9, result.stderr
    leftovers = [p.name for p in (data_dir / "clients").iterdir() if p.name.endswith(".tmp")]
    assert leftovers, "the crash should have left its temporary file behind"
    assert client_file(data_dir, client.id).read_bytes() == before
    with Store.open(data_dir) as store:
        assert store.get_plan(plan.id) == plan
        assert store.notice_texts == []
    assert not [p for p in (data_dir / "clients").iterdir() if p.name.endswith(".tmp")]


def test_disk_full_gives_a_plain_error_and_keeps_the_old_file(
    store: Store, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = add_client(store)
    plan = store.save_plan(sample_plan(client.id))
    path = client_file(data_dir, client.id)
    before = path.read_bytes()
    generations = sorted((data_dir / "backups" / "files" / "clients" / path.name).iterdir())
    edited = replace(plan, title="Edited while the disk is full")
    # Backups still fit but the data file does not: the worst moment to run out of space.
    fail_writes_inside(monkeypatch, data_dir, errno.ENOSPC, only=lambda p: "backups" not in p)
    with pytest.raises(SaveError) as caught:
        store.save_plan(edited)
    assert caught.value.message.startswith("The disk is full, so the plan")
    assert "Nothing that was saved before has been changed." in caught.value.message
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".tmp")]
    # The failed save left no backup either: a restore must never bring back what was reported as not saved.
    assert sorted((data_dir / "backups" / "files" / "clients" / path.name).iterdir()) == generations
    assert store.get_plan(plan.id) == plan
    assert store.save_plan(edited).title == "Edited while the disk is full"  # space freed: the same plan saves


def test_disk_full_while_keeping_the_backup_stops_the_save(
    store: Store, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = add_client(store)
    fail_writes_inside(monkeypatch, data_dir, errno.ENOSPC)
    with pytest.raises(SaveError, match="The disk is full"):
        store.save_client(replace(client, name="Changed"))
    monkeypatch.undo()
    assert store.get_client(client.id) == client


def test_no_permission_gives_a_plain_error(store: Store, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    client = add_client(store)
    fail_writes_inside(monkeypatch, data_dir, errno.EACCES)
    with pytest.raises(SaveError) as caught:
        store.save_plan(sample_plan(client.id))
    assert "The data folder is read-only or you do not have permission" in caught.value.message
    monkeypatch.undo()
    assert store.list_plans() == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs POSIX permissions that bind this user")
def test_a_really_read_only_folder(store: Store, data_dir: Path) -> None:
    client = add_client(store)
    clients = data_dir / "clients"
    os.chmod(clients, 0o500)
    try:
        with pytest.raises(SaveError, match="read-only or you do not have permission"):
            store.save_plan(sample_plan(client.id))
    finally:
        os.chmod(clients, 0o700)


def test_a_lost_journal_line_is_corrected_when_opening(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The plan's file is what counts: if writing the index's journal fails, the save still stands."""
    with Store.open(data_dir) as store:
        client = add_client(store)

        def full(self: Journal, line: bytes, *, durable: bool = True) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(Journal, "append", full)
        plan = store.save_plan(sample_plan(client.id))
        monkeypatch.undo()
    with Store.open(data_dir) as store:
        assert [p.id for p in store.list_plans()] == [plan.id]
        assert store.get_plan(plan.id) == plan


@pytest.mark.skipif(os.name != "posix", reason="owner-only modes are a POSIX idea")
def test_files_readable_by_the_owner_only(data_dir: Path) -> None:
    os.chmod(data_dir, 0o755)
    with Store.open(data_dir) as store:
        client = add_client(store)
        store.save_plan(sample_plan(client.id))
        store.save_plan(sample_plan("", title="Unassigned"))
        store.save_template("Mine", sample_plan())
        store.snapshot()
    checked = 0
    for root, folders, files in os.walk(data_dir):
        for name in folders:
            assert stat.S_IMODE(os.stat(Path(root, name)).st_mode) == 0o700, Path(root, name)
        for name in files:
            assert stat.S_IMODE(os.stat(Path(root, name)).st_mode) == 0o600, Path(root, name)
            checked += 1
    assert stat.S_IMODE(os.stat(data_dir).st_mode) == 0o700
    assert checked >= 10


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killed_mid_save_every_returned_save_is_kept(data_dir: Path) -> None:
    """A child saves in a loop and is killed at random moments; every save it reported is there afterwards."""
    child = textwrap.dedent(
        """
        import sys
        from dataclasses import replace
        from designer.domain import Client, Plan, PlanItem
        from designer.storage import Store
        store = Store.open(sys.argv[1], wait=True, require_write=True)
        clients = store.list_clients() or [store.save_client(Client(f"Client {n}")) for n in range(3)]
        plans = {p.id: store.get_plan(p.id) for p in store.list_plans()}
        n = 0
        while True:
            n += 1
            client = clients[n % len(clients)]
            if n % 4 == 0 or not plans:
                plan = Plan(f"New {n}", client_id=client.id, items=(PlanItem("bird-dog"),))
            else:
                plan = replace(plans[sorted(plans)[n % len(plans)]], notes=f"edit {n}")
            saved = store.save_plan(plan)
            plans[saved.id] = saved
            print(saved.id, saved.revision, saved.notes, flush=True)
        """
    )
    rng = random.Random(7)
    promised: dict[str, tuple[int, str]] = {}
    for _ in range(12):
        process = subprocess.Popen([PYTHON, "-c", child, str(data_dir)], cwd=REPO, stdout=subprocess.PIPE, text=True)
        time.sleep(rng.uniform(0.8, 1.6))
        process.send_signal(signal.SIGKILL)
        out, _ = process.communicate()
        for line in out.splitlines():
            parts = line.split(" ", 2)
            if len(parts) == 3:
                plan_id, revision, notes = parts[0], int(parts[1]), parts[2]
                promised[plan_id] = max(promised.get(plan_id, (0, "")), (revision, notes))
    assert len(promised) > 5
    with Store.open(data_dir) as store:
        listed = {p.id for p in store.list_plans()}
        for plan_id, (revision, notes) in promised.items():
            assert plan_id in listed
            kept = store.get_plan(plan_id)
            # The child may have saved once more after its last report reached us, never fewer.
            assert kept.revision >= revision
            if kept.revision == revision:
                assert kept.notes == notes
        assert not [n for n in store.notice_texts if "damaged" in n]
