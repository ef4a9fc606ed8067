"""Damaged files at start: set aside, the newest good backup restored, the user told.  Never silently empty."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from storage_samples import add_client, sample_plan

import designer.storage.recovery as store_module  # where a damaged file is written back
from designer.domain import Client, Clinic, Exercise, Plan
from designer.storage import DamagedDataError, SaveError, Store


def truncate(path: Path) -> None:
    data = path.read_bytes()
    with open(path, "r+b") as handle:  # in place, as a failing disk or a careless tool would
        handle.truncate(len(data) // 2)


def zeros(path: Path) -> None:
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        handle.write(b"\x00" * size)


def invalid_json(path: Path) -> None:
    with open(path, "r+b") as handle:
        handle.seek(5)
        handle.write(b"}{ not json ][")


DAMAGE: dict[str, tuple[Callable[[Path], None], str]] = {
    "truncated": (truncate, "cut short"),
    "zeros": (zeros, "only zeros"),
    "invalid JSON": (invalid_json, "not valid JSON"),
}


def saved_client_with_plan(data_dir: Path, name: str = "Ada Lovelace") -> tuple[Client, Plan, Path]:
    """A client with one plan, saved in a store that is then closed; and the client's file."""
    with Store.open(data_dir) as store:
        client = add_client(store, name)
        plan = store.save_plan(sample_plan(client.id))
    return client, plan, data_dir / "clients" / f"{client.id}.json"


def damaged_copies(path: Path) -> list[Path]:
    return sorted(path.parent.glob(path.name + ".damaged-*"))


def generations(data_dir: Path, path: Path) -> Path:
    return data_dir / "backups" / "files" / path.relative_to(data_dir)


@pytest.mark.parametrize("damage", DAMAGE)
def test_damaged_client_file_is_restored_from_the_newest_backup(data_dir: Path, damage: str) -> None:
    client, plan, path = saved_client_with_plan(data_dir, "Grace Hopper")
    with Store.open(data_dir) as store:
        latest = store.save_plan(replace(plan, notes="The newest version"))
    damage_file, reason = DAMAGE[damage]
    damage_file(path)
    ruined = path.read_bytes()

    with Store.open(data_dir) as store:
        (notice,) = store.notice_texts
        assert notice.startswith("The data file for client Grace Hopper was damaged (")
        assert reason in notice
        assert "has been restored from the backup of " in notice
        (aside,) = damaged_copies(path)
        assert f"the damaged copy is kept as clients/{aside.name}" in notice
        assert aside.read_bytes() == ruined
        # The backups hold each saved version, so nothing at all is lost.
        assert store.get_plan(plan.id) == latest
        assert store.get_client(client.id) == client
        assert store.list_clients()[0].plan_count == 1
    with Store.open(data_dir) as store:
        assert store.notice_texts == []  # repaired for good


@pytest.mark.parametrize("damage", DAMAGE)
@pytest.mark.parametrize("file_name", ["clinic.json", "library.json", "templates.json"])
def test_damaged_small_files_are_restored(data_dir: Path, damage: str, file_name: str) -> None:
    clinic = Clinic(name="Spring Back Rehab")
    exercise = Exercise("towel-row", "Towel Row", "Spine reloading")
    template = sample_plan(title="Saved template")
    with Store.open(data_dir) as store:
        for _ in range(2):
            store.save_clinic(clinic)
            store.save_exercise(exercise)
            store.save_template("Mine", template)
    path = data_dir / file_name
    DAMAGE[damage][0](path)
    with Store.open(data_dir) as store:
        (notice,) = store.notice_texts
        assert f"({file_name}) was damaged" in notice
        assert "restored from the backup of" in notice
        assert len(damaged_copies(path)) == 1
        assert store.get_clinic() == clinic
        assert store.list_custom_exercises() == [exercise]
        assert store.get_saved_template("mine").title == "Saved template"


def test_plans_without_a_client_are_restored_too(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        plan = store.save_plan(sample_plan("", title="Waiting list"))
    path = data_dir / "clients" / "_unassigned.json"
    zeros(path)
    with Store.open(data_dir) as store:
        assert store.notice_texts[0].startswith("The data file of plans without a client was damaged")
        assert store.get_plan(plan.id) == plan


def test_a_damaged_newest_backup_is_skipped_for_an_older_good_one(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        client = add_client(store)
        first = store.save_plan(sample_plan(client.id))
        store.save_plan(replace(first, notes="second"))
    path = data_dir / "clients" / f"{client.id}.json"
    newest_backup = sorted(generations(data_dir, path).iterdir())[-1]
    truncate(newest_backup)  # say the power went off before the (unsynced) backup reached the disk
    invalid_json(path)
    with Store.open(data_dir) as store:
        assert "restored from the backup of" in store.notice_texts[0]
        assert store.get_plan(first.id) == first


def test_damage_found_when_the_file_is_opened_later(data_dir: Path) -> None:
    """Damage that leaves the file's size and time unchanged is caught when the client is opened."""
    _client, plan, path = saved_client_with_plan(data_dir, "Katherine Johnson")
    before = path.stat()
    zeros(path)
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    with Store.open(data_dir) as store:
        assert store.notice_texts == []
        assert store.get_plan(plan.id) == plan
        assert "Katherine Johnson was damaged (the file contains only zeros)" in store.notice_texts[0]


def test_no_good_backup_says_so_and_leaves_the_damaged_file_alone(data_dir: Path) -> None:
    client, plan, path = saved_client_with_plan(data_dir, "Mary Jackson")
    shutil.rmtree(generations(data_dir, path))
    truncate(path)
    ruined = path.read_bytes()
    with Store.open(data_dir) as store:
        (notice,) = store.notice_texts
        assert "The data file for client Mary Jackson is damaged (the file is cut short" in notice
        assert "no good backup of it was found" in notice
        assert "left untouched" in notice
        # Still listed (not silently dropped), but opening it explains the problem.
        assert [c.name for c in store.list_clients()] == ["Mary Jackson"]
        with pytest.raises(DamagedDataError, match="no good backup"):
            store.get_client(client.id)
        with pytest.raises(DamagedDataError):
            store.get_plan(plan.id)
        with pytest.raises(DamagedDataError):
            store.save_plan(plan)
        other = add_client(store, "Unaffected")
        assert store.get_client(other.id) == other
    assert path.read_bytes() == ruined
    assert damaged_copies(path) == []


def test_no_good_clinic_backup_shows_the_default_and_refuses_to_overwrite(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        store.save_clinic(Clinic(name="Spring Back Rehab"))
    path = data_dir / "clinic.json"
    shutil.rmtree(generations(data_dir, path))
    invalid_json(path)
    ruined = path.read_bytes()
    with Store.open(data_dir) as store:
        assert "The clinic profile file (clinic.json) is damaged" in store.notice_texts[0]
        assert store.get_clinic() == Clinic()
        with pytest.raises(DamagedDataError, match="nothing will be saved over it"):
            store.save_clinic(Clinic(name="Overwrite"))
    assert path.read_bytes() == ruined


def test_damaged_index_is_rebuilt_from_the_client_files(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        clients = [add_client(store, f"Client {n}") for n in range(3)]
        plans = [store.save_plan(sample_plan(c.id)) for c in clients]
        store._compact_index()  # put everything into index.json, as closing after a long session does
    zeros(data_dir / "index.json")
    with Store.open(data_dir) as store:
        (notice,) = store.notice_texts
        assert notice.startswith("The index of clients and plans was damaged (the file contains only zeros)")
        assert "rebuilt from the client files" in notice
        assert sorted(p.id for p in store.list_plans()) == sorted(p.id for p in plans)
        assert [c.name for c in store.list_clients()] == ["Client 0", "Client 1", "Client 2"]
    assert len(list(data_dir.glob("index.json.damaged-*"))) == 1
    with Store.open(data_dir) as store:
        assert store.notice_texts == []


def test_torn_last_journal_line_is_ignored_and_cut_off(data_dir: Path) -> None:
    client, plan, _path = saved_client_with_plan(data_dir, "Torn")
    journal = data_dir / "index.journal"
    with open(journal, "ab") as handle:
        handle.write(b'{"op":"put","entry":{"id":"half-writ')  # the save was killed mid-line
    with Store.open(data_dir) as store:
        assert store.notice_texts == []
        assert [p.id for p in store.list_plans()] == [plan.id]
        assert journal.read_bytes().endswith(b"\n")
        second = store.save_plan(sample_plan(client.id, title="After the crash"))
    with Store.open(data_dir) as store:
        assert {p.id for p in store.list_plans()} == {plan.id, second.id}


def test_a_damaged_line_inside_the_journal_is_reported_and_healed(data_dir: Path) -> None:
    _client, plan, _path = saved_client_with_plan(data_dir, "Healed")
    journal = data_dir / "index.journal"
    lines = journal.read_bytes().splitlines(keepends=True)
    lines[-1] = b"\x00" * (len(lines[-1]) - 1) + b"\n"  # the line that listed the plan
    journal.write_bytes(b"".join(lines))
    with Store.open(data_dir) as store:
        assert "Some lines of the index journal" in store.notice_texts[0]
        assert [p.id for p in store.list_plans()] == [plan.id]


def test_index_that_missed_saves_is_corrected_by_checking_the_files(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        client = add_client(store)
        store._compact_index()
        plan = store.save_plan(sample_plan(client.id))
    (data_dir / "index.journal").unlink()  # every change since index.json was written is forgotten
    with Store.open(data_dir) as store:
        assert [p.id for p in store.list_plans()] == [plan.id]
        assert store.list_clients()[0].plan_count == 1


def test_missing_index_is_rebuilt_with_a_notice(data_dir: Path) -> None:
    _client, plan, _path = saved_client_with_plan(data_dir)
    (data_dir / "index.json").unlink()
    (data_dir / "index.journal").unlink()
    with Store.open(data_dir) as store:
        assert "was missing and has been rebuilt" in store.notice_texts[0]
        assert store.get_plan(plan.id) == plan


def test_a_client_file_that_vanished_is_restored_from_its_backup(data_dir: Path) -> None:
    _client, plan, path = saved_client_with_plan(data_dir, "Dorothy Vaughan")
    path.unlink()
    with Store.open(data_dir) as store:
        assert store.notice_texts[0].startswith(
            "The data file for client Dorothy Vaughan is missing and has been restored from the backup of"
        )
        assert store.get_plan(plan.id) == plan


def test_a_vanished_file_without_backup_is_reported_not_hidden(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        client = add_client(store, "Ghost")
    path = data_dir / "clients" / f"{client.id}.json"
    path.unlink()
    shutil.rmtree(generations(data_dir, path))
    with Store.open(data_dir) as store:
        (notice,) = store.notice_texts
        assert "The data file for client Ghost is missing and no backup of it was found." in notice
        assert "no longer listed" in notice
        assert store.list_clients() == []


def test_a_deletion_cut_short_is_not_undone(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        client = add_client(store)
    # The file went to backups/deleted, then the designer stopped before noting it in the journal.
    store = Store.open(data_dir)
    store.backups.set_deleted_aside(data_dir / "clients" / f"{client.id}.json")
    store._release()
    with Store.open(data_dir) as store:
        assert store.list_clients() == []
        assert store.notice_texts == []


def test_read_only_copy_shows_the_backup_without_touching_files(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        client = add_client(store, "Read Only")
        plan: Plan = store.save_plan(sample_plan(client.id))
    path = data_dir / "clients" / f"{client.id}.json"
    invalid_json(path)
    ruined = path.read_bytes()
    with Store.open(data_dir, read_only=True) as store:
        assert "shows the backup of" in store.notice_texts[0]
        assert store.get_plan(plan.id) == plan
    assert path.read_bytes() == ruined and damaged_copies(path) == []


def test_a_move_cut_short_keeps_the_newer_copy_and_tidies_the_older(data_dir: Path) -> None:
    """Moving a plan writes it into the new client's file first; a crash before the old copy goes leaves two."""
    with Store.open(data_dir) as store:
        first, second = add_client(store, "First"), add_client(store, "Second")
        plan = store.save_plan(sample_plan(first.id))
        moved = store.save_plan(replace(plan, client_id=second.id))
    # Put the old copy back into the first client's file, as if the move had stopped half-way.
    old_file = data_dir / "clients" / f"{first.id}.json"
    content = json.loads(old_file.read_bytes())
    content["plans"] = {"1": plan.to_dict()}
    old_file.write_text(json.dumps(content), encoding="utf-8")
    with Store.open(data_dir) as store:
        assert [p.client_id for p in store.list_plans()] == [second.id]
        assert store.get_plan(plan.id) == moved
        assert store.list_plans(first.id) == []
    assert json.loads(old_file.read_bytes())["plans"] == {}
    with Store.open(data_dir) as store:
        store.delete_plan(plan.id)
    with Store.open(data_dir) as store:
        assert store.list_plans() == []  # the tidied copy cannot come back


def test_a_restore_that_cannot_be_written_still_shows_the_backup(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _client, plan, path = saved_client_with_plan(data_dir, "Full Disk")
    invalid_json(path)
    real_write = store_module.save_atomically

    def disk_full_for_clients(target: Path, data: bytes, *, what: str, durable: bool = True) -> object:
        if target.parent.name == "clients":
            raise SaveError("The disk is full, so the repair could not be saved.")
        return real_write(target, data, what=what, durable=durable)

    monkeypatch.setattr(store_module, "save_atomically", disk_full_for_clients)
    with Store.open(data_dir) as store:
        assert "could not be written back: The disk is full" in store.notice_texts[0]
        assert store.get_plan(plan.id) == plan
    monkeypatch.undo()
    with Store.open(data_dir) as store:
        assert "is missing and has been restored from the backup of" in store.notice_texts[0]
        assert store.get_plan(plan.id) == plan
    assert len(damaged_copies(path)) == 1
