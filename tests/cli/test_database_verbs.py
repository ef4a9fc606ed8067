"""Choosing the store on the command line: ``--database URL`` (or PROGRAMME_DESIGNER_DATABASE) on every verb, and
``database --init`` / ``database --copy`` both ways, against a real PostgreSQL (skipped only when none starts)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from postgres_server import fresh_database_url
from verbs import ok, run

from designer import cli
from designer.cli.parser import wants_window
from designer.storage import Store


def test_init_then_every_verb_works_on_the_database(tmp_path: Path) -> None:
    url = fresh_database_url()
    desk = tmp_path / "desk"
    code, _, err = run(desk, "clients", "--database", url)
    assert code == 1 and "database --init" in err  # not set up yet: says what to do
    assert "is ready (tables at version" in ok(desk, "database", "--init", url)
    assert "is ready" in ok(desk, "database", "--init", url)  # running it again changes nothing
    ok(desk, "clients", "--add", "Margaret Ellis", "--email", "m@example.com", "--database", url)
    listed = json.loads(ok(desk, "--database", url, "clients", "--json"))  # before the verb too
    assert [c["name"] for c in listed] == ["Margaret Ellis"]
    assert not desk.joinpath("clients").exists()  # the folder is only this desk's own: no client files in it
    backed_up = ok(desk, "backup", "--database", url)
    assert "Backed up the shared database" in backed_up
    assert zipfile.is_zipfile(backed_up.split(" to ")[-1].strip())


def test_the_environment_chooses_the_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    url = fresh_database_url()
    ok(tmp_path, "database", "--init", url)
    monkeypatch.setenv("PROGRAMME_DESIGNER_DATABASE", url)
    ok(tmp_path, "clients", "--add", "Zoë Łukasiewicz")
    monkeypatch.delenv("PROGRAMME_DESIGNER_DATABASE")
    assert "Zoë" in ok(tmp_path, "clients", "--database", url)


def test_copy_a_folder_into_the_database_and_back_out(tmp_path: Path) -> None:
    url = fresh_database_url()
    folder = tmp_path / "front-desk"
    ok(folder, "clients", "--add", "Margaret Ellis", "--phone", "07700 900123")
    margaret = json.loads(ok(folder, "clients", "--json"))[0]["id"]
    ok(folder, "plans", "--new", "--client", margaret, "--title", "Back care")
    ok(folder, "clinic", "--set", "name=Springback Rehab")
    ok(tmp_path, "database", "--init", url)
    copied_in = ok(tmp_path, "database", "--copy", "--from", str(folder), "--to", url)
    assert (
        "read back the same" in copied_in and " clients          1" in copied_in and " plans            1" in copied_in
    )
    out_folder = tmp_path / "back-out"
    copied_out = ok(tmp_path, "database", "--copy", "--from", url, "--to", str(out_folder))
    checksums = [line for line in copied_in.splitlines() if "sha256" in line]
    assert checksums == [line for line in copied_out.splitlines() if "sha256" in line]  # same counts and sums
    with Store.open(out_folder, read_only=True) as copy, Store.open(folder, read_only=True) as original:
        assert copy.get_plan(copy.list_plans()[0].id) == original.get_plan(original.list_plans()[0].id)
        assert copy.get_clinic().name == "Springback Rehab"
    code, _, err = run(tmp_path, "database", "--copy", "--from", str(folder), "--to", url)
    assert code == 1 and "already has clients" in err  # never merged into data already there


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["database", "--copy", "--from", "a", "--to", "b"], "from a data folder to a database URL"),
        (["database", "--copy", "--to", "postgresql://x@127.0.0.1/y"], "needs --from"),
        (["clients", "--database", "postgresql://x:pw@127.0.0.1/y"], "password in it"),
        (["clients", "--database", "postgresql://x@10.0.0.9/y?sslmode=disable"], "encryption off"),
    ],
)
def test_database_mistakes_are_one_line(tmp_path: Path, args: list[str], fragment: str) -> None:
    code, _, err = run(tmp_path, *args)
    assert code == 1 and fragment in err and err.count("\n") == 1


def test_the_window_is_still_chosen_with_a_database() -> None:
    assert wants_window(["--database", "postgresql://x@127.0.0.1/y"])
    assert not wants_window(["--database", "postgresql://x@127.0.0.1/y", "clients"])
    assert "database" in cli.VERBS
