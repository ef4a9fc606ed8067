"""Rolling backups rotate, snapshots are daily and kept for two weeks, and old files are migrated."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from storage_samples import add_client, sample_plan

import designer
from designer.domain import Clinic, SentRecord, ValidationError
from designer.storage import SCHEMA_VERSION, Store
from designer.storage.backups import GENERATIONS, utc_stamp
from designer.storage.schema import MIGRATIONS


def test_backups_rotate_keeping_the_newest_generations(store: Store, data_dir: Path) -> None:
    client = add_client(store)
    plan = store.save_plan(sample_plan(client.id))
    for number in range(GENERATIONS + 3):
        plan = store.save_plan(replace(plan, notes=f"version {number}"))
    folder = data_dir / "backups" / "files" / "clients" / f"{client.id}.json"
    kept = sorted(folder.iterdir())
    assert len(kept) == GENERATIONS
    notes = [json.loads(p.read_bytes())["plans"]["1"]["notes"] for p in kept]
    assert notes == [f"version {n}" for n in range(3, GENERATIONS + 3)]
    # The newest generation is exactly the current file, as a separate copy (not a link to it).
    current = data_dir / "clients" / f"{client.id}.json"
    assert kept[-1].read_bytes() == current.read_bytes()
    assert kept[-1].stat().st_ino != current.stat().st_ino


def test_generations_stay_in_save_order_even_if_the_clock_goes_back(
    store: Store, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = add_client(store)
    plan = store.save_plan(sample_plan(client.id))

    class StuckClock(dt.datetime):
        @classmethod
        def now(cls, tz: dt.tzinfo | None = None) -> StuckClock:
            return cls(2020, 1, 1, tzinfo=dt.UTC)

    monkeypatch.setattr("designer.storage.backups.dt.datetime", StuckClock)
    for number in range(3):
        plan = store.save_plan(replace(plan, notes=f"late {number}"))
    monkeypatch.undo()
    folder = data_dir / "backups" / "files" / "clients" / f"{client.id}.json"
    newest = store.backups.generations(data_dir / "clients" / f"{client.id}.json")[0][0]
    assert json.loads(newest.read_bytes())["plans"]["1"]["notes"] == "late 2"
    assert len(list(folder.iterdir())) == GENERATIONS


def test_snapshot_at_most_once_a_day_with_the_whole_folder(store: Store, data_dir: Path) -> None:
    client = add_client(store)
    store.save_plan(sample_plan(client.id))
    (store.photos_dir / "0123456789abcdef.jpg").write_bytes(b"photo")
    (store.outbox_dir / "waiting.json").write_text("{}")
    (store.backups.snapshots_dir / ".data-cut-short.zip.0123abcd.tmp").write_bytes(b"PK")  # a backup killed half-way
    first = store.snapshot()
    assert first is not None and first.name.startswith(f"data-{dt.datetime.now(dt.UTC).date().isoformat()}T")
    assert store.snapshot() is None  # one a day
    assert not list(store.backups.snapshots_dir.glob("*.tmp"))
    with zipfile.ZipFile(first) as archive:
        names = set(archive.namelist())
        assert archive.testzip() is None
    assert {f"clients/{client.id}.json", "index.journal", "photos/0123456789abcdef.jpg", "outbox/waiting.json"} <= names
    assert not [n for n in names if n.startswith("backups/") or n == "designer.lock"]
    second = store.snapshot(force=True)  # "back up now": a snapshot of its own, the first kept
    assert second is not None and second != first and first.exists()


def test_snapshots_are_kept_by_age(store: Store) -> None:
    today = dt.datetime.now(dt.UTC)
    for days_ago in (1, 29, 30, 31, 200):
        old = store.backups.snapshot_path(today - dt.timedelta(days=days_ago))
        old.write_bytes(b"old snapshot")
    store.snapshot(keep_days=30)
    ages = sorted((today.date() - store.backups.day_of(p)).days for p in store.backups.snapshots())  # type: ignore[operator]
    assert ages == [0, 1, 29, 30]
    store.snapshot(force=True, keep_days=7)
    assert sorted((today.date() - store.backups.day_of(p)).days for p in store.backups.snapshots()) == [0, 0, 1]  # type: ignore[operator]


def test_the_clinics_setting_says_how_long_backups_are_kept(store: Store) -> None:
    """With no ``keep_days`` the clinic's own setting decides, for snapshots and for deleted clients' copies."""
    today = dt.datetime.now(dt.UTC)
    store.save_clinic(replace(store.get_clinic(), keep_backups_days=10))
    for days_ago in (9, 10, 11, 40):
        store.backups.snapshot_path(today - dt.timedelta(days=days_ago)).write_bytes(b"old snapshot")
    deleted = store.backups.deleted_dir
    deleted.mkdir(parents=True, exist_ok=True)
    for days_ago in (3, 11):
        stamp = utc_stamp(today - dt.timedelta(days=days_ago))
        (deleted / f"0123456789ab-{stamp}.json").write_text('{"client": "Someone Deleted"}')
    (deleted / "not-ours.txt").write_text("a file the designer did not write is left alone")
    store.snapshot()
    ages = sorted((today.date() - store.backups.day_of(p)).days for p in store.backups.snapshots())  # type: ignore[operator]
    assert ages == [0, 9, 10]
    left = sorted(path.name for path in deleted.iterdir())
    assert left == [f"0123456789ab-{utc_stamp(today - dt.timedelta(days=3))}.json", "not-ours.txt"]


def test_the_keep_setting_is_checked_and_kept(store: Store) -> None:
    with pytest.raises(ValidationError, match="keep_backups_days"):
        Clinic(keep_backups_days=2)
    assert Clinic.from_dict({}).keep_backups_days == 30  # profiles written before the setting existed
    changed = store.get_clinic().with_setting("keep-backups-days", "90")
    store.save_clinic(changed)
    assert store.get_clinic().keep_backups_days == 90
    with pytest.raises(ValidationError, match="between 7 and 3650"):
        changed.with_setting("keep_backups_days", "5")


# -- migration -------------------------------------------------------------------------------------


def version_1_client_file(client_id: str, plan: dict[str, object]) -> dict[str, object]:
    """A client file as version 1 of the designer wrote it: the sent log inside the client record."""
    return {
        "_meta": {"1": {"version": 1}},
        "client": {
            "1": {
                "id": client_id,
                "name": "Old Timer",
                "email": "old@example.com",
                "phone": "",
                "notes": "",
                "sent": [
                    {
                        "sent_at": "2025-01-02T09:00:00+00:00",
                        "to": "old@example.com",
                        "plan_id": plan["id"],
                        "plan_title": "Old plan",
                        "plan_revision": 3,
                        "method": "smtp",
                    },
                    {
                        "sent_at": "2025-02-02T09:00:00+00:00",
                        "to": "old@example.com",
                        "plan_id": plan["id"],
                        "plan_title": "Old plan",
                        "plan_revision": 4,
                        "method": "mail-program",
                    },
                ],
            }
        },
        "plans": {"1": plan},
    }


def test_version_1_client_file_is_migrated_on_open(data_dir: Path) -> None:
    assert SCHEMA_VERSION == 2 and 1 in MIGRATIONS
    plan = replace(sample_plan("old1"), title="Old plan", revision=4)
    clients = data_dir / "clients"
    clients.mkdir()
    path = clients / "old1.json"
    path.write_text(json.dumps(version_1_client_file("old1", plan.to_dict())), encoding="utf-8")

    with Store.open(data_dir) as store:
        assert "was missing and has been rebuilt" in store.notice_texts[0]  # a version 1 folder had no index
        assert store.get_client("old1").name == "Old Timer"
        assert store.get_plan(plan.id) == plan
        log = store.sent_log("old1")
        assert [(r.plan_revision, r.method) for r in log] == [(4, "mail-program"), (3, "smtp")]
        store.record_sent("old1", replace(log[0], sent_at="2026-01-01T00:00:00+00:00", plan_revision=5))
        assert [r.plan_revision for r in store.sent_log("old1")] == [5, 4, 3]

    migrated = json.loads(path.read_bytes())
    assert migrated["_meta"] == {"1": {"schema": 2, "kind": "client", "designer": designer.__version__}}
    assert "sent" not in migrated["client"]["1"]
    assert len(migrated["sent"]) == 3
    old_copies = list((data_dir / "backups" / "files" / "clients" / "old1.json").glob("*-v1.old"))
    assert len(old_copies) == 1 and json.loads(old_copies[0].read_bytes())["_meta"] == {"1": {"version": 1}}


def test_version_1_file_is_migrated_in_memory_only_when_read_only(data_dir: Path) -> None:
    plan = sample_plan("old2")
    (data_dir / "clients").mkdir()
    path = data_dir / "clients" / "old2.json"
    path.write_text(json.dumps(version_1_client_file("old2", plan.to_dict())), encoding="utf-8")
    before = path.read_bytes()
    with Store.open(data_dir, read_only=True) as store:
        assert len(store.sent_log("old2")) == 2
        assert isinstance(store.sent_log("old2")[0], SentRecord)
    assert path.read_bytes() == before


def test_version_1_small_file_is_migrated(data_dir: Path) -> None:
    (data_dir / "clinic.json").write_text(
        json.dumps({"_meta": {"1": {"version": 1}}, "clinic": {"1": {"name": "Old Clinic"}}}), encoding="utf-8"
    )
    with Store.open(data_dir) as store:
        assert store.get_clinic().name == "Old Clinic"
        assert store.notice_texts == []
    assert json.loads((data_dir / "clinic.json").read_bytes())["_meta"]["1"]["schema"] == SCHEMA_VERSION


def test_a_backup_cut_short_by_a_crash_is_cleared_at_the_next_save(store: Store, data_dir: Path) -> None:
    client = add_client(store)
    folder = data_dir / "backups" / "files" / "clients" / f"{client.id}.json"
    leftover = folder / ".2026-01-01T00-00-00.000000Z.json.1234abcd.tmp"
    leftover.write_bytes(b'{"_meta": {"1": {"sch')
    store.save_client(replace(client, name="Renamed"))
    assert not leftover.exists()
    assert len(store.backups.generations(data_dir / "clients" / f"{client.id}.json")) == 2
