"""Imports are all or nothing: a bad plan anywhere, or a kill at any moment, leaves the data as it was.

The kills are real: a child process importing is stopped with SIGKILL while it writes the staged files (before
the commit), and again half-way through moving committed files into place; the next opening must show either
nothing of the import or all of it, never a client without their plans.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from designer.domain import Client, Plan, ValidationError
from designer.library import Library
from designer.storage import Store
from designer.workflows import importing

ROOT = Path(__file__).resolve().parents[2]


def a_document(count: int, *, bad_at: int | None = None) -> dict[str, object]:
    plans = []
    for n in range(count):
        client = {"id": f"c{n:05d}", "name": f"Client {n}", "email": f"client{n}@example.com"}
        if n == bad_at:
            client["id"] = "_unassigned"
        plans.append({"title": f"Plan {n}", "client": client, "items": [{"exercise": "hip-hinge"}]})
    plans.append({"title": "A plan with no client", "items": [{"exercise": "hip-hinge"}]})
    return {"format": "exercise-plan", "version": 1, "plans": plans}


def contents(data_dir: Path) -> tuple[list[str], list[str]]:
    with Store.open(data_dir) as store:
        return sorted(c.name for c in store.list_clients()), sorted(p.title for p in store.list_plans())


@pytest.fixture
def existing(data_dir: Path) -> Path:
    with Store.open(data_dir) as store:
        client = store.save_client(Client("Margaret Ellis", email="margaret@example.com", id="margaret"))
        store.save_plan(Plan(title="First plan", client_id=client.id))
        store.save_plan(Plan(title="Loose plan"))
    return data_dir


def test_three_good_plans_and_a_bad_one_import_nothing_and_name_the_path(tmp_path: Path, existing: Path) -> None:
    source = tmp_path / "plans.json"
    source.write_text(json.dumps(a_document(4, bad_at=3)), encoding="utf-8")
    before = contents(existing)
    with Store.open(existing) as store, pytest.raises(ValidationError) as refused:
        importing.import_file(source, store, Library())
    assert [problem.path for problem in refused.value.problems] == ["plans[3].client.id"]
    assert contents(existing) == before


def test_an_import_is_written_whole_and_keeps_what_was_there(tmp_path: Path, existing: Path) -> None:
    source = tmp_path / "plans.json"
    source.write_text(json.dumps(a_document(30)), encoding="utf-8")
    with Store.open(existing) as store:
        result = importing.import_file(source, store, Library())
        assert len(result.plans) == 31 and len(result.new_clients) == 30
    clients, plans = contents(existing)
    assert len(clients) == 31 and "Margaret Ellis" in clients
    assert {"First plan", "Loose plan", "A plan with no client", "Plan 29"} <= set(plans) and len(plans) == 33
    with Store.open(existing) as store:  # the index was written whole, and agrees with the files
        assert not store.notices
        assert [p.title for p in store.list_plans("c00007")] == ["Plan 7"]


CHILD = """
import sys, time
from pathlib import Path
from designer.library import Library
from designer.storage import Store, import_commit
from designer.storage.backups import Backups
from designer.workflows import importing

data_dir, source, where, after = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], int(sys.argv[4])
calls = []

def pause_after(real):
    def wrapper(*args, **kwargs):
        calls.append(1)
        if len(calls) == after:
            (data_dir.parent / "ready").write_text("now")
            time.sleep(60)
        return real(*args, **kwargs)
    return wrapper

if where == "staging":
    import_commit.write_file_atomically = pause_after(import_commit.write_file_atomically)
else:
    Backups.keep = pause_after(Backups.keep)
with Store.open(data_dir) as store:
    importing.import_file(source, store, Library())
"""


@pytest.mark.parametrize(("where", "expect_imported"), [("staging", False), ("moving", True)])
def test_a_kill_during_an_import_leaves_nothing_half_done(
    tmp_path: Path, existing: Path, where: str, expect_imported: bool
) -> None:
    source = tmp_path / "plans.json"
    source.write_text(json.dumps(a_document(40)), encoding="utf-8")
    before = contents(existing)
    ready = existing.parent / "ready"
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(existing), str(source), where, "20"],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        deadline = time.monotonic() + 120
        while not ready.exists():
            assert child.poll() is None, "the import ended before it could be stopped"
            assert time.monotonic() < deadline
            time.sleep(0.05)
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait()
    clients, plans = contents(existing)
    if expect_imported:  # committed before the kill: the next opening finished it
        assert len(clients) == 41 and len(plans) == 43
    else:
        assert (clients, plans) == before
    assert not (existing / ".import").exists()
    with Store.open(existing) as store:
        for summary in store.list_clients():
            assert store.list_plans(summary.id), f"{summary.name} has no plans"
