"""Damaged data files at start: truncated, zeros, invalid JSON, a future schema version.

Each time the product starts (``Store.open``, the command line, the window) it must tell the user,
keep the damaged file aside and bring back the newest good backup: never start silently empty, and
never lose the damaged copy (a later repair must not overwrite an earlier damaged copy either).
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest

from designer.domain import Client, Clinic, Exercise, Plan, PlanItem, Prescription, Range, Stage
from designer.library import Library
from designer.storage import Store

from .conftest import PYTHON, REPO, child_env


def truncated(path: Path) -> None:
    data = path.read_bytes()
    with open(path, "r+b") as handle:  # in place, as a failing disk or a careless sync tool would
        handle.truncate(len(data) // 2)


def zeros(path: Path) -> None:
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        handle.write(b"\x00" * size)


def invalid_json(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('"', "'", 6).replace(",", ",,", 1), encoding="utf-8")


DAMAGE: dict[str, Callable[[Path], None]] = {
    "truncated": truncated,
    "zeros": zeros,
    "invalid JSON": invalid_json,
    # A file from a newer designer is not damage: it opens read-only and nothing is restored
    # (tests/storage/test_newer_data.py).
}
# How the notice names each kind of damage (so the therapist can tell what happened).
SAID = {"truncated": "cut short", "zeros": "zeros", "invalid JSON": "not valid JSON"}


@dataclass
class Saved:
    """What was saved before the damage: the state a restore must bring back."""

    client: Client
    plans: list[Plan]
    loose_plan: Plan
    clinic: Clinic
    template_name: str
    exercise: Exercise

    def files(self, data_dir: Path) -> dict[str, Path]:
        return {
            "client file": data_dir / "clients" / f"{self.client.id}.json",
            "plans without a client": data_dir / "clients" / "_unassigned.json",
            "clinic profile": data_dir / "clinic.json",
            "templates": data_dir / "templates.json",
            "clinic's exercises": data_dir / "library.json",
        }


def save_everything(data_dir: Path) -> Saved:
    """A data folder with one of everything, each saved a few times so that there are several backups."""
    with Store.open(data_dir) as store:
        client = store.save_client(Client("Zoë Łukasiewicz-Ørsted", email="zoe@example.com"))
        stage = Stage("Stability", weeks="1–2", goal="Move without fear")
        plans = []
        for number in range(2):
            plan = Plan(
                f"Back care {number}",
                client_id=client.id,
                stages=(stage,),
                items=(PlanItem("glute-bridge", Prescription(sets=3, reps=Range(8, 12)), stage.id),),
            )
            for edit in range(3):
                plan = store.save_plan(replace(plan, notes=f"edit {edit}"))
            plans.append(plan)
        loose = store.save_plan(Plan("Not yet given to anyone", items=(PlanItem("bird-dog"),)))
        store.save_clinic(Clinic(name="Old name"))
        clinic = store.save_clinic(Clinic(name="Springback Rehab", phone="01632 960 123"))
        store.save_template("First try", plans[0])
        store.save_template("Back care start", plans[0])
        exercise = store.save_exercise(Library().copy_for_clinic("glute-bridge", "Our glute bridge"))
    return Saved(client, plans, loose, clinic, "Back care start", exercise)


def check_restored(store: Store, saved: Saved) -> None:
    """Everything saved before the damage is back, exactly."""
    assert store.get_client(saved.client.id) == saved.client
    for plan in saved.plans:
        assert store.get_plan(plan.id) == plan
    assert store.get_plan(saved.loose_plan.id) == saved.loose_plan
    assert store.get_clinic() == saved.clinic
    assert saved.template_name in [name for _id, name in store.list_saved_templates()]
    assert [e.id for e in store.list_custom_exercises()] == [saved.exercise.id]
    assert {p.id for p in store.list_plans(saved.client.id)} == {p.id for p in saved.plans}


def aside_copies(path: Path) -> list[Path]:
    return sorted(path.parent.glob(path.name + ".damaged-*"))


FILES = ["client file", "plans without a client", "clinic profile", "templates", "clinic's exercises"]


@pytest.mark.parametrize("damage", DAMAGE)
@pytest.mark.parametrize("which", FILES)
def test_every_start_tells_keeps_the_damaged_file_and_restores(data_dir: Path, which: str, damage: str) -> None:
    saved = save_everything(data_dir)
    path = saved.files(data_dir)[which]
    kept: list[bytes] = []
    for start in range(3):  # the same damage, again and again: each start repairs it and keeps the copy
        DAMAGE[damage](path)
        kept.append(path.read_bytes())
        with Store.open(data_dir) as store:
            told = [notice for notice in store.notice_texts if "restored from the backup" in notice]
            assert len(told) == 1, (start, store.notice_texts)
            assert SAID[damage] in told[0] and "damaged copy is kept as" in told[0]
            check_restored(store, saved)
        copies = aside_copies(path)
        assert len(copies) == start + 1, f"start {start}: a damaged copy was lost ({copies})"
        assert sorted(copy.read_bytes() for copy in copies) == sorted(kept)
    with Store.open(data_dir) as store:  # and a start after the repair is quiet
        assert store.notice_texts == []
        check_restored(store, saved)


@pytest.mark.parametrize("damage", DAMAGE)
def test_a_damaged_index_is_rebuilt_and_kept_aside(data_dir: Path, damage: str) -> None:
    saved = save_everything(data_dir)
    index = data_dir / "index.json"
    with Store.open(data_dir) as store:
        store._compact_index()  # make sure index.json holds everything (not only the journal)
    DAMAGE[damage](index)
    damaged = index.read_bytes()
    with Store.open(data_dir) as store:
        assert any("index" in n and "rebuilt" in n and "No client or plan was lost" in n for n in store.notice_texts)
        check_restored(store, saved)
    assert [copy.read_bytes() for copy in aside_copies(index)] == [damaged]


def test_the_newest_good_backup_wins_when_the_newest_backup_is_damaged_too(data_dir: Path) -> None:
    saved = save_everything(data_dir)
    path = saved.files(data_dir)["client file"]
    backups = sorted((data_dir / "backups" / "files" / "clients" / path.name).glob("*.json"), reverse=True)
    assert len(backups) >= 3
    zeros(path)
    truncated(backups[0])
    with Store.open(data_dir) as store:
        assert any("restored from the backup" in n for n in store.notice_texts)
        restored = store.get_client(saved.client.id)
        assert restored == saved.client
        # One save older than the last: the second plan's last edit is the one that went missing.
        assert store.get_plan(saved.plans[1].id).revision == saved.plans[1].revision - 1


def cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [PYTHON, str(REPO / "main.py"), *args, "--data-dir", str(data_dir)],
        cwd=REPO,
        env=child_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("damage", DAMAGE)
def test_the_command_line_tells_restores_and_keeps_the_damaged_file(data_dir: Path, damage: str) -> None:
    saved = save_everything(data_dir)
    path = saved.files(data_dir)["client file"]
    DAMAGE[damage](path)
    damaged = path.read_bytes()
    # A verb that only reads shows the backup, says so, and leaves every file alone for the copy that writes.
    listed = cli(data_dir, "plans", "--client", saved.client.id, "--json")
    assert listed.returncode == 0, listed.stderr
    assert {p["id"] for p in json.loads(listed.stdout)} == {p.id for p in saved.plans}
    assert listed.stderr.startswith("note: ") and SAID[damage] in listed.stderr and "backup" in listed.stderr
    assert path.read_bytes() == damaged and aside_copies(path) == []
    # A verb that writes repairs: the damaged copy is set aside, the backup restored, the user told.
    added = cli(data_dir, "clients", "--add", "Grace Hopper")
    assert added.returncode == 0, added.stderr
    notes = added.stderr.strip().splitlines()
    assert len(notes) == 1 and notes[0].startswith("note: ") and "restored from the backup" in notes[0]
    assert [copy.read_bytes() for copy in aside_copies(path)] == [damaged]
    with Store.open(data_dir) as store:
        assert store.notice_texts == []
        check_restored(store, saved)
        assert sorted(c.name for c in store.list_clients()) == ["Grace Hopper", "Zoë Łukasiewicz-Ørsted"]


def test_the_command_line_says_so_when_there_is_no_good_backup(data_dir: Path) -> None:
    saved = save_everything(data_dir)
    path = saved.files(data_dir)["client file"]
    for backup in (data_dir / "backups" / "files" / "clients" / path.name).glob("*"):
        zeros(backup)
    zeros(path)
    result = cli(data_dir, "plans", "--client", saved.client.id)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert lines[-1].startswith("error: ") and "no good backup" in lines[-1] and "Traceback" not in result.stderr
    assert path.read_bytes() == b"\x00" * path.stat().st_size  # left untouched for recovery by hand


def test_the_window_shows_the_notice_and_the_restored_plan(
    qtbot: Any, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from designer.ui.main_window import MainWindow
    from designer.ui.settings import WindowSettings, use_settings_folder

    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    saved = save_everything(data_dir)
    path = saved.files(data_dir)["client file"]
    invalid_json(path)
    use_settings_folder(tmp_path / "qsettings")
    settings = WindowSettings(QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat))
    store = Store.open(data_dir)
    window = MainWindow(store, Library(), settings, preview_delay_ms=10, close_store=False, restore_last=False)
    qtbot.addWidget(window)
    try:
        assert "restored from the backup" in window.banner.text
        window.clients.open_client(saved.client.id, plan_id=saved.plans[0].id)
        assert window.document.plan == saved.plans[0]
        assert len(aside_copies(path)) == 1
    finally:
        window.shut_down()
        store.close()
