"""Subject access: the zip of everything held about a client, read back; and for a client with no plans."""

from __future__ import annotations

import io
import json
import os
import stat
import zipfile
from dataclasses import replace
from pathlib import Path

import pypdf

from designer import cli
from designer.domain import Client, Exercise, Plan, PlanItem, SentRecord
from designer.domain.exercise import Illustration
from designer.library import Library
from designer.storage import Store
from designer.storage.repository import PictureKind
from designer.workflows.subject_access import export_client_data


def test_the_zip_holds_details_plans_handouts_sent_log_outbox_photos_and_a_readme(data_dir: Path, tmp_path: Path):
    with Store.open(data_dir) as store:
        grace = store.save_client(Client("Grace Hopper", email="grace@example.com", id="grace"))
        store.save_client(Client("Ada Lovelace", id="ada"))
        photo = store.put_picture(PictureKind.PHOTO, b"\xff\xd8\xff a photo", ".jpg")
        own = Exercise("towel-row", "Towel Row", "Spine reloading", illustration=Illustration(start_photo=photo))
        store.save_exercise(own)
        plan = store.save_plan(
            Plan(
                title="Strong for the garden", client_id=grace.id, items=(PlanItem("towel-row"), PlanItem("hip-hinge"))
            )
        )
        store.save_plan(Plan(title="Ada's plan", client_id="ada"))
        store.record_sent(
            grace.id, SentRecord("2026-03-03T10:00:00+00:00", grace.email, plan.id, plan.title, 1, "smtp")
        )
        waiting = store.outbox().add(b"%PDF-1.4 x", "h.pdf", grace.email, "Your plan", "Hi", plan.id, 1, grace.id)
        library = Library(store.list_custom_exercises())
        out = tmp_path / "grace.zip"
        names = export_client_data(store, library, grace.id, out)
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    with zipfile.ZipFile(out) as archive:
        assert sorted(archive.namelist()) == sorted(names)
        assert set(names) == {
            "README.txt",
            "client.json",
            f"plans/{plan.id}.json",
            f"plans/{plan.id}.pdf",
            "sent-log.json",
            f"outbox/{waiting.id}.json",
            f"outbox/{waiting.id}.pdf",
            f"photos/{photo}",
        }
        assert json.loads(archive.read("client.json"))["name"] == "Grace Hopper"
        assert json.loads(archive.read(f"plans/{plan.id}.json"))["title"] == "Strong for the garden"
        handout = pypdf.PdfReader(io.BytesIO(archive.read(f"plans/{plan.id}.pdf")))
        assert "Towel Row" in "".join(page.extract_text() for page in handout.pages)
        assert [r["plan_id"] for r in json.loads(archive.read("sent-log.json"))] == [plan.id]
        assert archive.read(f"photos/{photo}") == b"\xff\xd8\xff a photo"
        readme = archive.read("README.txt").decode()
        assert "Grace Hopper" in readme and "1 plan(s)" in readme and "1 handout(s) waiting" in readme
        assert not any("Ada" in archive.read(name).decode("utf-8", "replace") for name in names)


def test_a_client_with_no_plans_gets_their_zip_from_the_command_line(data_dir: Path, tmp_path: Path) -> None:
    with Store.open(data_dir) as store:
        store.save_client(replace(Client("Ada Lovelace", email="ada@example.com"), id="ada"))
    out, err = io.StringIO(), io.StringIO()
    zip_path = tmp_path / "ada.zip"
    assert cli.run(["clients", "--export", "ada", "--out", str(zip_path), "--data-dir", str(data_dir)], out, err) == 0
    with zipfile.ZipFile(zip_path) as archive:
        assert sorted(archive.namelist()) == ["README.txt", "client.json", "sent-log.json"]
        assert "0 plan(s)" in archive.read("README.txt").decode()
