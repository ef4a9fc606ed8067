"""One designer writes; a second one, in another process, may look but not write, and is told why."""

from __future__ import annotations

import errno
import subprocess
import sys
import textwrap
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import filelock
import pytest
from storage_samples import add_client, sample_plan

from designer.domain import Client, Clinic, Exercise, SentRecord
from designer.storage import ReadOnlyError, SaveError, Store, StoreLockedError

REPO = Path(__file__).resolve().parents[2]

# A second designer: opens the folder, says "ready", then obeys one-word commands on its input.
OTHER_DESIGNER = textwrap.dedent(
    """
    import sys
    from designer.domain import Client
    from designer.storage import Store
    store = Store.open(sys.argv[1], require_write=True)
    print("ready", flush=True)
    for line in sys.stdin:
        command = line.strip()
        if command == "add":
            client = store.save_client(Client("Added By The Other Copy"))
            print(client.id, flush=True)
        elif command == "close":
            store.close()
            print("closed", flush=True)
            break
    """
)


class OtherDesigner:
    """Another running copy of the designer, in its own process."""

    def __init__(self, data_dir: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", OTHER_DESIGNER, str(data_dir)],
            cwd=REPO,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert self.ask_nothing() == "ready", self.process.stderr.read() if self.process.stderr else ""

    def ask_nothing(self) -> str:
        assert self.process.stdout is not None
        return self.process.stdout.readline().strip()

    def ask(self, command: str) -> str:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        return self.ask_nothing()

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.communicate(timeout=30)


@pytest.fixture
def other(data_dir: Path) -> Iterator[OtherDesigner]:
    running = OtherDesigner(data_dir)
    yield running
    running.stop()


def test_second_copy_opens_read_only_and_says_why(data_dir: Path, other: OtherDesigner) -> None:
    with Store.open(data_dir) as second:
        assert second.read_only
        assert any(
            "Another copy of the designer is already open" in n and "read-only" in n for n in second.notice_texts
        )
        with pytest.raises(ReadOnlyError) as caught:
            second.save_client(Client("Blocked"))
        assert "Another copy of the designer has this data open" in caught.value.message
        assert "Close the other copy" in caught.value.message
        assert second.list_clients() == []


def test_second_copy_that_must_write_is_stopped_with_a_clear_message(data_dir: Path, other: OtherDesigner) -> None:
    with pytest.raises(StoreLockedError) as caught:
        Store.open(data_dir, require_write=True)
    assert f"Another copy of the designer is using the data folder {data_dir}" in caught.value.message
    with pytest.raises(StoreLockedError):
        Store.open(data_dir, require_write=True, wait=0.3)  # waiting a little does not help while it stays open


def test_read_only_copy_sees_what_the_writing_copy_saves(data_dir: Path, other: OtherDesigner) -> None:
    with Store.open(data_dir) as second:
        assert second.list_clients() == []
        new_id = other.ask("add")
        assert [c.id for c in second.list_clients()] == [new_id]
        assert second.get_client(new_id).name == "Added By The Other Copy"


def test_once_the_other_copy_closes_this_one_can_write(data_dir: Path, other: OtherDesigner) -> None:
    other.ask("add")
    assert other.ask("close") == "closed"
    with Store.open(data_dir, require_write=True) as store:
        assert not store.read_only
        add_client(store, "Now Allowed")
        assert len(store.list_clients()) == 2


def test_a_crashed_copy_does_not_keep_the_folder_locked(data_dir: Path, other: OtherDesigner) -> None:
    other.stop()  # killed: no chance to unlock
    with Store.open(data_dir, require_write=True) as store:
        assert not store.read_only


def test_two_stores_in_one_process_also_exclude_each_other(data_dir: Path) -> None:
    with Store.open(data_dir) as first, Store.open(data_dir) as second:
        assert not first.read_only
        assert second.read_only
    with Store.open(data_dir) as third:
        assert not third.read_only


def _writes(store: Store, client: Client) -> list[Callable[[], object]]:
    plan = sample_plan(client.id)
    record = SentRecord("2026-03-02T10:00:00+00:00", "a@example.com", plan.id, plan.title, 1, "smtp")
    return [
        lambda: store.save_client(Client("New")),
        lambda: store.delete_client(client.id),
        lambda: store.save_plan(plan),
        lambda: store.delete_plan("some-plan"),
        lambda: store.record_sent(client.id, record),
        lambda: store.save_clinic(Clinic(name="Other")),
        lambda: store.save_exercise(Exercise("my-move", "My Move", "Breathing")),
        lambda: store.delete_exercise("my-move"),
        lambda: store.save_template("Mine", plan),
        lambda: store.delete_template("mine"),
        lambda: store.snapshot(force=True),
    ]


def test_every_write_on_a_read_only_store_is_refused_with_the_reason(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        client = add_client(store)
    before = sorted(p.relative_to(data_dir) for p in data_dir.rglob("*"))
    with Store.open(data_dir, read_only=True) as store:
        assert store.notice_texts == []
        for write in _writes(store, client):
            with pytest.raises(ReadOnlyError, match=r"The data was opened read-only, so changes cannot be saved\."):
                write()
        assert store.get_client(client.id) == client
    assert sorted(p.relative_to(data_dir) for p in data_dir.rglob("*")) == before


def test_read_only_on_a_folder_that_does_not_exist_creates_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "not-yet"
    with Store.open(folder, read_only=True) as store:
        assert store.list_clients() == []
        assert store.get_clinic() == Clinic()
        assert store.list_saved_templates() == []
    assert not folder.exists()


def test_waiting_for_the_other_copy_to_finish(data_dir: Path, other: OtherDesigner) -> None:
    closer = threading.Timer(0.3, lambda: other.ask("close"))
    closer.start()
    try:
        with Store.open(data_dir, wait=20, require_write=True) as store:
            assert not store.read_only
    finally:
        closer.join()


def test_a_folder_that_cannot_be_written_opens_read_only(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Store.open(data_dir) as store:
        client = add_client(store)

    def refuse(self: filelock.BaseFileLock, *args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(data_dir / "designer.lock"))

    monkeypatch.setattr(filelock.FileLock, "acquire", refuse)
    with Store.open(data_dir) as store:
        assert store.read_only
        assert store.notice_texts == [
            f"The data folder {data_dir} cannot be written to, so changes cannot be saved. "
            "The designer opened it read-only."
        ]
        assert store.get_client(client.id) == client
        with pytest.raises(ReadOnlyError, match="cannot be written to"):
            store.save_client(client)
    with pytest.raises(SaveError, match="read-only or you do not have permission"):
        Store.open(data_dir, require_write=True)
