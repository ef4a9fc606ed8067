"""Every file with client data that the command line writes is owner-only, and page pictures are replaced whole."""

from __future__ import annotations

import io
import os
import stat
from pathlib import Path

import pytest

from designer import cli
from designer.domain import Client, Plan, PlanItem
from designer.storage import Store

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_handouts_pages_and_exports_are_owner_only_and_old_pages_go(data_dir: Path, tmp_path: Path) -> None:
    with Store.open(data_dir) as store:
        client = store.save_client(Client("Grace Hopper", email="grace@example.com"))
        plan = store.save_plan(Plan(title="Strong for the garden", client_id=client.id, items=(PlanItem("hip-hinge"),)))
    pages = tmp_path / "pages"
    pages.mkdir()
    for name in ("page-01.png", "page-07.png", "page-12.png"):  # an earlier, longer handout's pages, readable by all
        (pages / name).write_bytes(b"old")
        os.chmod(pages / name, 0o644)
    (pages / "notes.txt").write_text("not a page")
    pdf = tmp_path / "out" / "handout.pdf"
    out, err = io.StringIO(), io.StringIO()
    argv = ["render", "--plan", plan.id, "--out", str(pdf), "--png", str(pages), "--data-dir", str(data_dir)]
    assert cli.run(argv, out, err) == 0, err.getvalue()
    assert mode(pdf) == 0o600
    written = sorted(p.name for p in pages.iterdir())
    assert "page-07.png" not in written and "page-12.png" not in written and "notes.txt" in written
    new_pages = [pages / name for name in written if name.startswith("page-")]
    assert new_pages and all(mode(p) == 0o600 and p.read_bytes().startswith(b"\x89PNG") for p in new_pages)
    assert not [p for p in pages.iterdir() if p.name.startswith(".")]  # the drawing folder is gone
    export = tmp_path / "export.json"
    assert cli.run(["export", "--client", client.id, "--out", str(export), "--data-dir", str(data_dir)], out, err) == 0
    assert mode(export) == 0o600
