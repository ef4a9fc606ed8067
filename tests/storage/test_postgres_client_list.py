"""The shared database's client list, kept on this desk between changes: never older than the changes this desk
has committed or heard of (a real PostgreSQL; skipped with the reason when none can be started)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from postgres_server import fresh_database_url

from designer.domain import Client, Plan, PlanItem, Prescription, Range, Stage
from designer.storage.postgres import PostgresRepository


@pytest.fixture
def two_desks(tmp_path: Path) -> Iterator[tuple[PostgresRepository, PostgresRepository]]:
    url = fresh_database_url()
    front = PostgresRepository.open(url, local_folder=tmp_path / "front", set_up=True)
    back = PostgresRepository.open(url, local_folder=tmp_path / "back")
    yield front, back
    back.close()
    front.close()


def names(repository: PostgresRepository, *, archived: bool = False) -> list[str]:
    return [summary.name for summary in repository.list_clients(archived=archived)]


def wait_for(check: object, seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds  # a bound for a busy machine, not a measure of speed
    while time.monotonic() < deadline:
        if check():  # type: ignore[operator]
            return True
        time.sleep(0.05)
    return False


def test_the_list_follows_this_desks_own_changes_at_once(two_desks: tuple[PostgresRepository, ...]) -> None:
    front, _back = two_desks
    aisha = front.save_client(Client("Aisha Khan"))
    assert names(front) == ["Aisha Khan"]
    assert wait_for(lambda: names(front) == ["Aisha Khan"] and front._client_lists._connected)  # now kept
    david = front.save_client(Client("David O'Connor"))
    assert names(front) == ["Aisha Khan", "David O'Connor"]  # no waiting: the desk's own commit clears its copy
    stage = Stage("Stability", id="s1")
    item = PlanItem("glute-bridge", Prescription(sets=3, reps=Range.single(10)), stage_id="s1")
    front.save_plan(Plan(title="Strong", client_id=david.id, stages=(stage,), items=(item,)))
    assert [s.plan_count for s in front.list_clients()] == [0, 1]
    front.save_client(replace(aisha, archived=True))
    assert names(front) == ["David O'Connor"]
    assert names(front, archived=True) == ["Aisha Khan"]
    front.delete_client(david.id)
    assert names(front) == []
    assert front.list_clients(limit=1, archived=True)[0].name == "Aisha Khan"


def test_another_desks_change_reaches_the_kept_list(two_desks: tuple[PostgresRepository, ...]) -> None:
    front, back = two_desks
    front.save_client(Client("Aisha Khan"))
    assert wait_for(lambda: names(front) == ["Aisha Khan"] and front._client_lists._connected)
    back.save_client(Client("Priya Sharma"))
    assert wait_for(lambda: names(front) == ["Aisha Khan", "Priya Sharma"])
    # A kept list is what the desk hands out: changing the returned list changes nothing kept.
    listed = front.list_clients()
    listed.clear()
    assert names(front) == ["Aisha Khan", "Priya Sharma"]
