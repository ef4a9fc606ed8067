"""Two designers on one data folder: the second may look but never write, and is told so clearly.

The first designer is a real process that keeps saving plans while the tests try to write through a
second copy: the ``Store`` API, every command-line verb that writes, and the window.  Afterwards
nothing is corrupted: every save the first designer reported is there, and nothing the second tried.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from designer.domain import Client, Clinic, Plan
from designer.storage import ReadOnlyError, Store

from .conftest import PYTHON, REPO, child_env

WRITER = textwrap.dedent(
    """
    import sys, threading, time
    from designer.domain import Client, Plan, PlanItem
    from designer.storage import Store

    store = Store.open(sys.argv[1], require_write=True)
    client = store.save_client(Client("Writer's Client", email="writer@example.com"))
    saving, stop, busy = threading.Event(), threading.Event(), threading.Lock()
    saving.set()

    def keep_saving():
        n = 0
        while not stop.is_set():
            with busy:
                if saving.is_set():
                    n += 1
                    saved = store.save_plan(Plan(f"Writer plan {n}", client_id=client.id,
                                                 items=(PlanItem("bird-dog"),)))
                    print("saved", saved.id, flush=True)
            time.sleep(0.01)

    worker = threading.Thread(target=keep_saving)
    worker.start()
    print("ready", client.id, flush=True)
    for line in sys.stdin:
        command = line.strip()
        if command == "pause":
            saving.clear()
            with busy:  # a save in progress finishes first
                print("paused", flush=True)
        elif command == "resume":
            saving.set()
            print("resumed", flush=True)
        elif command == "close":
            stop.set()
            worker.join()
            store.close()
            print("closed", flush=True)
            break
    """
)


class Writer:
    """The first designer: a process that holds the data folder and saves a plan every few milliseconds."""

    def __init__(self, data_dir: Path) -> None:
        self.saved: list[str] = []
        self.process = subprocess.Popen(
            [PYTHON, "-c", WRITER, str(data_dir)],
            cwd=REPO,
            env=child_env(),
            text=True,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        first = self._until("ready")
        self.client_id = first.split()[1]

    def _until(self, word: str) -> str:
        assert self.process.stdout is not None
        while True:
            line = self.process.stdout.readline()
            if not line:
                errors = self.process.stderr.read() if self.process.stderr else ""
                raise AssertionError(f"the writing designer stopped: {errors}")
            if line.startswith("saved "):
                self.saved.append(line.split()[1])
            if line.split()[:1] == [word]:
                return line

    def tell(self, command: str, answer: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        self._until(answer)

    def close(self) -> None:
        if self.process.poll() is None:
            self.tell("close", "closed")
        self.process.wait(timeout=30)


@pytest.fixture
def writer(data_dir: Path) -> Iterator[Writer]:
    first = Writer(data_dir)
    yield first
    if first.process.poll() is None:
        first.process.kill()
        first.process.wait()


def fingerprint(data_dir: Path) -> dict[str, str]:
    """A hash of every data file (backups aside): what must not change while the writer is paused."""
    found = {}
    for path in sorted(data_dir.rglob("*")):
        relative = path.relative_to(data_dir).as_posix()
        if path.is_file() and not relative.startswith("backups/") and path.name != "designer.lock":
            found[relative] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [PYTHON, str(REPO / "main.py"), *args, "--data-dir", str(data_dir)],
        cwd=REPO,
        env=child_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )


def check_intact(data_dir: Path, writer: Writer) -> None:
    with Store.open(data_dir) as store:
        assert not store.read_only
        assert not [notice for notice in store.notice_texts if "damaged" in notice.lower()], store.notice_texts
        titles = {summary.title for summary in store.list_plans()}
        ids = {summary.id for summary in store.list_plans()}
        assert set(writer.saved) <= ids
        for plan_id in writer.saved[-20:]:
            assert store.get_plan(plan_id).items[0].exercise_id == "bird-dog"
        assert not [title for title in titles if "second copy" in title.lower()]
        assert [c.name for c in store.list_clients()] == ["Writer's Client"]
        assert store.get_clinic().name != "Second Copy Clinic"


def test_the_second_copy_opens_read_only_and_every_write_is_refused(data_dir: Path, writer: Writer) -> None:
    second = Store.open(data_dir)
    try:
        assert second.read_only
        assert any("Another copy of the designer" in notice and "read-only" in notice for notice in second.notice_texts)
        writer.tell("pause", "paused")
        before = fingerprint(data_dir)
        attempts: list[tuple[str, Any]] = [
            ("save_client", lambda: second.save_client(Client("Second Copy Client"))),
            ("save_plan", lambda: second.save_plan(Plan("Second copy plan", client_id=writer.client_id))),
            ("save_plan (edit)", lambda: second.save_plan(second.get_plan(writer.saved[0]))),
            ("delete_plan", lambda: second.delete_plan(writer.saved[0])),
            ("delete_client", lambda: second.delete_client(writer.client_id)),
            ("save_clinic", lambda: second.save_clinic(Clinic(name="Second Copy Clinic"))),
            ("save_template", lambda: second.save_template("Second copy", Plan("Second copy plan"))),
            ("snapshot", lambda: second.snapshot(force=True)),
        ]
        for what, attempt in attempts:
            with pytest.raises(ReadOnlyError) as refused:
                attempt()
            assert "Another copy of the designer" in refused.value.message, what
            assert "\n" not in refused.value.message and "Traceback" not in refused.value.message
        assert fingerprint(data_dir) == before, "the read-only copy changed a file"
        writer.tell("resume", "resumed")
        # The read-only copy keeps up with what the first copy saves.
        writer.tell("pause", "paused")
        assert set(writer.saved) <= {summary.id for summary in second.list_plans()}
    finally:
        second.close()
    writer.close()
    check_intact(data_dir, writer)


WRITE_VERBS = [
    ("clients", "--add", "Second Copy Client"),
    ("clinic", "--set", "name=Second Copy Clinic"),
    ("backup",),
]


@pytest.mark.parametrize("verb", WRITE_VERBS, ids=lambda verb: verb[0])
def test_a_command_that_writes_gives_one_clear_line_while_the_designer_is_open(
    data_dir: Path, writer: Writer, verb: tuple[str, ...]
) -> None:
    result = cli(data_dir, *verb)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: Another copy of the designer is using the data folder")
    assert "Traceback" not in result.stderr and result.stdout == ""
    writer.close()
    check_intact(data_dir, writer)


def test_import_and_new_plan_are_refused_too_and_reading_still_works(
    data_dir: Path, writer: Writer, tmp_path: Path
) -> None:
    plan_file = tmp_path / "plan.json"
    plan_file.write_text(
        json.dumps(
            {
                "format": "exercise-plan",
                "version": 1,
                "title": "Second copy plan",
                "client": {"name": "Second Copy Client"},
                "items": [{"exercise": "glute-bridge", "sets": 3, "reps": 10}],
            }
        )
    )
    new_plan = ("plans", "--new", "--client", writer.client_id, "--title", "Second copy")
    for args in (("import", str(plan_file)), new_plan):
        result = cli(data_dir, *args)
        assert result.returncode == 1, args
        assert len(result.stderr.strip().splitlines()) == 1 and "Another copy" in result.stderr, result.stderr
    # Verbs that only read work beside the open designer, and see what it saved.
    listed = cli(data_dir, "plans", "--json")
    assert listed.returncode == 0, listed.stderr
    assert {plan["id"] for plan in json.loads(listed.stdout)} >= set(writer.saved[:5])
    clients = cli(data_dir, "clients", "--json")
    assert [c["name"] for c in json.loads(clients.stdout)] == ["Writer's Client"]
    writer.close()
    check_intact(data_dir, writer)


OPENER = textwrap.dedent(
    """
    import sys
    from designer.storage import Store
    store = Store.open(sys.argv[1])
    print("read-only" if store.read_only else "writing", flush=True)
    sys.stdin.readline()
    if not store.read_only:
        from designer.domain import Client
        store.save_client(Client("Saved by " + sys.argv[2]))
    store.close()
    """
)


def test_two_designers_started_at_the_same_moment_only_one_writes(data_dir: Path) -> None:
    for attempt in range(8):
        pair = [
            subprocess.Popen(
                [PYTHON, "-c", OPENER, str(data_dir), f"{attempt}-{n}"],
                cwd=REPO,
                env=child_env(),
                text=True,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
            )
            for n in range(2)
        ]
        modes = sorted(process.stdout.readline().strip() for process in pair if process.stdout)
        for process in pair:
            process.communicate("go\n", timeout=30)
            assert process.returncode == 0, process.stderr
        assert modes == ["read-only", "writing"], (attempt, modes)
    with Store.open(data_dir) as store:
        assert len(store.list_clients()) == 8
        assert not store.notice_texts


def test_the_window_of_the_second_copy_says_so_and_keeps_the_edit(
    qtbot: Any, data_dir: Path, writer: Writer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from designer.library import Library
    from designer.ui.main_window import MainWindow
    from designer.ui.settings import WindowSettings, use_settings_folder

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: shown.append(a[2]) or 0))
    use_settings_folder(tmp_path / "qsettings")
    settings = WindowSettings(QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat))
    writer.tell("pause", "paused")
    store = Store.open(data_dir)
    window = MainWindow(
        store, Library(), settings, autosave_ms=20, preview_delay_ms=10, close_store=False, restore_last=False
    )
    qtbot.addWidget(window)
    try:
        assert store.read_only and "Another copy" in window.banner.text
        before = fingerprint(data_dir)
        window.clients.open_client(writer.client_id, plan_id=writer.saved[0])
        window.editor.add_exercises(["glute-bridge"])
        assert not window.session.save_now()
        assert "read-only" in window.banner.text
        assert [i.exercise_id for i in window.document.plan.items] == ["bird-dog", "glute-bridge"]
        assert window.document.modified
        assert fingerprint(data_dir) == before
    finally:
        window.session.autosave_timer.stop()
        window.session.retry_timer.stop()
        window.shut_down()
        store.close()
    writer.close()
    check_intact(data_dir, writer)
