"""Data written by a newer designer is never "repaired": the store opens read-only, says so, and restores nothing."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from designer import cli
from designer.domain import Client, Clinic, Plan
from designer.storage import ReadOnlyError, Store, StoreError
from designer.storage.repository import NoticeKind

NOTICE = "This data was written by a newer Programme Designer (version 9.0.0). Update to open it."


def written_by_newer(path: Path) -> None:
    data = json.loads(path.read_bytes())
    data["_meta"]["1"].update(schema=99, designer="9.0.0")
    path.write_text(json.dumps(data), encoding="utf-8")


def every_file(data_dir: Path) -> dict[str, bytes]:
    return {
        p.relative_to(data_dir).as_posix(): p.read_bytes()
        for p in sorted(data_dir.rglob("*"))
        if p.is_file() and p.name != "designer.lock"
    }


@pytest.fixture
def clinic_folder(data_dir: Path) -> Path:
    with Store.open(data_dir) as store:
        store.save_clinic(Clinic(name="Spring Back Rehab"))
        store.save_clinic(Clinic(name="Spring Back Rehab"))  # a good backup generation exists to be "restored"
        client = store.save_client(Client("Grace Hopper", id="grace"))
        store.save_plan(Plan(title="Strong for the garden", client_id=client.id))
    return data_dir


@pytest.mark.parametrize("file_name", ["clinic.json", "index.json", "clients/grace.json"])
def test_a_newer_file_opens_read_only_with_the_notice_and_nothing_is_changed(
    clinic_folder: Path, file_name: str
) -> None:
    written_by_newer(clinic_folder / file_name)
    before = every_file(clinic_folder)
    with Store.open(clinic_folder) as store:
        assert store.read_only
        assert [(n.kind, n.text) for n in store.notices if n.kind is NoticeKind.NEWER_VERSION] == [
            (NoticeKind.NEWER_VERSION, NOTICE)
        ]
        assert not [n for n in store.notices if n.kind is NoticeKind.RESTORED_FROM_BACKUP]
        with pytest.raises(ReadOnlyError):
            store.save_client(Client("Ada Lovelace"))
    assert every_file(clinic_folder) == before  # nothing set aside, restored or rewritten


def test_render_does_not_print_under_the_default_clinic(clinic_folder: Path, tmp_path: Path) -> None:
    shutil.rmtree(clinic_folder / "backups")  # no backup at all: the old copy fell back to "Your Clinic"
    written_by_newer(clinic_folder / "clinic.json")
    with Store.open(clinic_folder) as store, pytest.raises(StoreError, match="newer Programme Designer"):
        store.get_clinic()
    out, err = io.StringIO(), io.StringIO()
    pdf = tmp_path / "handout.pdf"
    code = cli.run(
        ["render", "--template", "at-home-strength", "--out", str(pdf), "--data-dir", str(clinic_folder)], out, err
    )
    assert code == 1 and "newer Programme Designer" in err.getvalue()
    assert not pdf.exists()
