"""Erasing a client: afterwards no file in the data folder, unpacked snapshot zips included, holds their name,
email or id (the erasure record keeps the id and the date, nothing else); other clients are untouched."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from designer import cli
from designer.domain import Client, Plan, PlanItem, SentRecord
from designer.storage import NotFoundError, Store
from designer.workflows import clients as client_flows

NAME, EMAIL, ID = "Grace Hopper", "grace.hopper@example.com", "gracehq7"


def every_text(data_dir: Path) -> dict[str, bytes]:
    """Every file's bytes, and every file inside every zip, by where it is."""
    found: dict[str, bytes] = {}
    for path in data_dir.rglob("*"):
        if not path.is_file():
            continue
        found[path.relative_to(data_dir).as_posix()] = path.read_bytes()
        if path.suffix == ".zip":
            with zipfile.ZipFile(path) as archive:
                for name in archive.namelist():
                    found[f"{path.name}!{name}"] = archive.read(name)
    return found


def holding(data_dir: Path, words: tuple[str, ...], *, skip: str = "") -> list[str]:
    return sorted(
        where
        for where, data in every_text(data_dir).items()
        if where != skip and any(word.encode() in data for word in words)
    )


def a_clinic(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        grace = store.save_client(Client(NAME, email=EMAIL, phone="07700 900123", id=ID))
        ada = store.save_client(Client("Ada Lovelace", email="ada@example.com", id="ada"))
        plan = store.save_plan(Plan(title="Strong for the garden", client_id=grace.id, items=(PlanItem("hip-hinge"),)))
        store.save_plan(Plan(title="Ada's plan", client_id=ada.id))
        store.record_sent(
            grace.id, SentRecord("2026-03-03T10:00:00+00:00", EMAIL, plan.id, plan.title, plan.revision, "smtp")
        )
        store.outbox().add(
            b"%PDF-1.4 handout for " + NAME.encode(),
            "handout.pdf",
            EMAIL,
            f"Your plan, {NAME}",
            "Hello",
            plan.id,
            plan.revision,
            grace.id,
            client_name=NAME,
        )
        store.outbox().add(b"%PDF-1.4 for Ada", "handout.pdf", "ada@example.com", "Your plan", "Hi", "p", 1, ada.id)
        first = store.snapshot(force=True)
        store.save_plan(Plan(title="Second plan", client_id=grace.id))  # in the journal and the generations
        second = store.snapshot(force=True)
        assert first and second and first != second  # each backup its own snapshot
        (data_dir / "clients" / f"{ID}.json.damaged-2026-01-01T00-00-00.000000Z").write_bytes(NAME.encode())


def test_after_erasing_no_file_holds_the_clients_name_email_or_id(data_dir: Path) -> None:
    a_clinic(data_dir)
    assert holding(data_dir, (NAME, EMAIL, ID))  # the search finds them before
    with Store.open(data_dir) as store:
        record = client_flows.erase_client(store, ID)
        assert record.client_id == ID and store.erasures() == [record]
        with pytest.raises(NotFoundError):
            store.get_client(ID)
        assert [c.id for c in store.list_clients()] == ["ada"]
        assert [e.client_id for e in store.outbox().pending()] == ["ada"]
    assert holding(data_dir, (NAME, EMAIL)) == []
    assert holding(data_dir, (ID,)) == ["erasures.json"]  # the record: the id and the date, nothing personal
    assert set(json.loads((data_dir / "erasures.json").read_bytes())["erasures"][0]) == {"id", "erased_on"}
    with Store.open(data_dir) as store:  # the rest is whole, and the snapshots still hold Ada
        assert not store.notices and [p.title for p in store.list_plans("ada")] == ["Ada's plan"]
        for snapshot in store.backups.snapshots():
            with zipfile.ZipFile(snapshot) as archive:
                assert "clients/ada.json" in archive.namelist() and archive.testzip() is None


def test_the_command_line_asks_first_unless_told_yes(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    a_clinic(data_dir)
    monkeypatch.setattr("sys.stdin", io.StringIO("not-the-id\n"))
    out, err = io.StringIO(), io.StringIO()
    assert cli.run(["clients", "--erase", ID, "--data-dir", str(data_dir)], out, err) == 1
    assert "not erased" in err.getvalue() and holding(data_dir, (NAME,))
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{ID}\n"))
    assert cli.run(["clients", "--erase", ID, "--data-dir", str(data_dir)], out, err) == 0
    assert holding(data_dir, (NAME, EMAIL)) == []
    assert cli.run(["clients", "--erase", "ada", "--yes", "--data-dir", str(data_dir)], out, err) == 0
    assert holding(data_dir, ("Ada Lovelace",)) == []
