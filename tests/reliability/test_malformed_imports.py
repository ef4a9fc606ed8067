"""Malformed plan files: each gets a clear error that says exactly where, and nothing is imported.

Wrong types, unknown exercise ids, missing fields, a future version, a file over the size limit,
broken JSON, a list of plans with one bad plan among good ones, a disk that fills up half-way
through an import.  After each, the data folder is exactly as it was (checked byte for byte).
"""

from __future__ import annotations

import errno
import hashlib
import io
import json
from pathlib import Path
from typing import Any

import pytest

from designer import cli, interchange
from designer.domain import Client, Plan, PlanItem, ValidationError
from designer.library import Library
from designer.storage import SaveError, Store
from designer.workflows import importing

GOOD_ITEM = {"exercise": "glute-bridge", "sets": 3, "reps": 10}


def plan_document(**changes: Any) -> dict[str, Any]:
    document: dict[str, Any] = {
        "format": "exercise-plan",
        "version": 1,
        "title": "Back to gardening",
        "client": {"name": "Margaret Ellis", "email": "margaret@example.com"},
        "stages": [{"id": "s1", "title": "Stability", "weeks": "1–2"}],
        "items": [dict(GOOD_ITEM, stage="s1"), {"exercise": "bird-dog", "sets": 3, "reps": 8, "side": "each"}],
    }
    for key, value in changes.items():
        if value is None:
            document.pop(key, None)
        else:
            document[key] = value
    return document


def with_item(index: int, **fields: Any) -> dict[str, Any]:
    document = plan_document()
    item = dict(document["items"][index])
    for key, value in fields.items():
        if value is None:
            item.pop(key, None)
        else:
            item[key] = value
    document["items"][index] = item
    return document


# case: (document, [(path, words in the message), ...])
CASES: dict[str, tuple[Any, list[tuple[str, str]]]] = {
    "sets as words": (with_item(1, sets="three"), [("items[1].sets", "whole number")]),
    "sets too many": (with_item(0, sets=21), [("items[0].sets", "between 1 and 20")]),
    "sets zero": (with_item(0, sets=0), [("items[0].sets", "between 1 and 20")]),
    "sets true": (with_item(0, sets=True), [("items[0].sets", "whole number")]),
    "sets a fraction": (with_item(0, sets=2.5), [("items[0].sets", "whole number")]),
    "reps backwards": (with_item(0, reps="12-8"), [("items[0].reps", "backwards")]),
    "reps a list of words": (with_item(0, reps=["a", "b"]), [("items[0].reps", "range")]),
    "tempo in words": (with_item(0, tempo="fast"), [("items[0].tempo", "3-1-1")]),
    "side upwards": (with_item(1, side="up"), [("items[1].side", "both, each, left, right")]),
    "rest negative": (with_item(0, rest=-5), [("items[0].rest", "")]),
    "notes a number": (with_item(0, notes=42), [("items[0].notes", "must be text")]),
    "unknown exercise": (with_item(1, exercise="moon-walk"), [("items[1].exercise", "not in the exercise library")]),
    "exercise id that is not an id": (with_item(0, exercise="Glute Bridge!"), [("items[0].exercise", "not an")]),
    "exercise missing": (with_item(1, exercise=None), [("items[1].exercise", "required")]),
    "exercise a number": (with_item(0, exercise=7), [("items[0].exercise", "must be text")]),
    "item a string": (plan_document(items=["glute-bridge"]), [("items[0]", "object")]),
    "items an object": (plan_document(items={"exercise": "glute-bridge"}), [("items", "must be a list")]),
    "unknown stage": (with_item(0, stage="s9"), [("items[0].stage", "not one of the plan's stages")]),
    "duplicate item ids": (
        plan_document(items=[dict(GOOD_ITEM, id="a"), dict(GOOD_ITEM, id="a")]),
        [("items", "same id")],
    ),
    "title missing": (plan_document(title=None), [("title", "required")]),
    "title empty": (plan_document(title="  \x00 "), [("title", "must not be empty")]),
    "title a list": (plan_document(title=["Back"]), [("title", "must be text")]),
    "title too long": (plan_document(title="x" * 201), [("title", "too long")]),
    "stage without a title": (plan_document(stages=[{"id": "s1"}]), [("stages[0].title", "required")]),
    "stages an object": (plan_document(stages={"title": "Stability"}), [("stages", "must be a list")]),
    "layout unknown": (plan_document(layout="poster"), [("layout", "detailed, compact or large-print")]),
    "start date in words": (plan_document(start_date="yesterday"), [("start_date", "date like")]),
    "client email": (plan_document(client={"name": "Ann", "email": "ann at home"}), [("client.email", "email")]),
    "client without a name": (plan_document(client={"email": "ann@example.com"}), [("client.name", "required")]),
    "client a string": (plan_document(client="Ann"), [("client", "object")]),
    "several problems at once": (
        plan_document(title=None, items=[{"exercise": "moon-walk", "sets": 50}, {"sets": "x"}]),
        [
            ("title", "required"),
            ("items[0].exercise", "library"),
            ("items[0].sets", "between"),
            ("items[1].exercise", "required"),
            ("items[1].sets", "whole number"),
        ],
    ),
    "future version": (plan_document(version=2), [("version", "newer version of the designer")]),
    "version in words": (plan_document(version="one"), [("version", "whole number")]),
    "version missing": (plan_document(version=None), [("version", "whole number")]),
    "not a plan file": (plan_document(format="shopping-list"), [("format", "not an exercise plan file")]),
    "a list, not an object": ([plan_document()], [("", "JSON object")]),
    "one bad plan among good ones": (
        {
            "format": "exercise-plan",
            "version": 1,
            "plans": [plan_document(format=None, version=None), with_item(1, reps=0)],
        },
        [("plans[1].items[1].reps", "between")],
    ),
    "plans not a list": ({"format": "exercise-plan", "version": 1, "plans": "all"}, [("plans", "list of plans")]),
    "plans empty": ({"format": "exercise-plan", "version": 1, "plans": []}, [("plans", "nothing to import")]),
    "a client id the store keeps": (
        {
            "format": "exercise-plan",
            "version": 1,
            "plans": [{"title": "x", "client": {"id": "_unassigned", "name": "A"}}],
        },
        [("plans[0].client.id", "kept for plans without a client")],
    ),
    "two clients with one id": (
        {
            "format": "exercise-plan",
            "version": 1,
            "plans": [
                {"title": "x", "client": {"id": "c1", "name": "Ann Lee"}},
                {"title": "y", "client": {"id": "c1", "name": "Bob Stone"}},
            ],
        },
        [("plans[1].client", 'id "c1" of plans[0].client')],
    ),
    "a wrong version told with the rest": (
        {"format": "exercise-plan", "version": "1", "plans": [{"title": ""}]},
        [("version", "whole number"), ("plans[0].title", "")],
    ),
}


def fingerprint(data_dir: Path) -> dict[str, str]:
    return {
        path.relative_to(data_dir).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(data_dir.rglob("*"))
        if path.is_file() and path.name != "designer.lock"
    }


@pytest.fixture
def existing(data_dir: Path) -> Path:
    """A data folder that already holds a client and a plan (an import must not touch them)."""
    with Store.open(data_dir) as store:
        client = store.save_client(Client("Margaret Ellis", email="margaret@example.com"))
        store.save_plan(Plan("First plan", client_id=client.id, items=(PlanItem("bird-dog"),)))
    return data_dir


def check_problems(error: ValidationError, expected: list[tuple[str, str]]) -> None:
    found = {problem.path: problem.message for problem in error.problems}
    for path, words in expected:
        assert path in found, f"no problem reported at {path!r}; got {error}"
        assert words in found[path], f"{path}: {found[path]!r} should say {words!r}"
    for problem in error.problems:
        assert problem.message and "Traceback" not in problem.message and "object at 0x" not in problem.message


@pytest.mark.parametrize("case", CASES)
def test_a_malformed_file_is_refused_with_every_path_and_nothing_is_imported(
    tmp_path: Path, existing: Path, case: str
) -> None:
    document, expected = CASES[case]
    source = tmp_path / "plan.json"
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    before = fingerprint(existing)
    with Store.open(existing) as store, pytest.raises(ValidationError) as refused:
        importing.import_file(source, store, Library())
    check_problems(refused.value, expected)
    assert fingerprint(existing) == before
    # The command line says the same in one line, with the path, and imports nothing either.
    out, err = io.StringIO(), io.StringIO()
    assert cli.run(["import", str(source), "--data-dir", str(existing)], out, err) == 1
    line = err.getvalue()
    assert line.count("\n") == 1 and line.startswith("error: ") and out.getvalue() == ""
    assert expected[0][0] in line
    with Store.open(existing) as store:
        assert [p.title for p in store.list_plans()] == ["First plan"]
        assert [c.name for c in store.list_clients()] == ["Margaret Ellis"]


BROKEN_FILES: dict[str, tuple[bytes, str]] = {
    "over the size limit": (
        b'{"format": "exercise-plan", "version": 1, "title": "x", "notes": "'
        + b"x" * interchange.MAX_FILE_BYTES
        + b'"}',
        "too large for a plan file",
    ),
    "invalid JSON": (b'{"format": "exercise-plan", "version": 1,\n "title": "x",,}', "not valid JSON (line 2"),
    "cut short": (json.dumps(plan_document()).encode()[:120], "not valid JSON"),
    "not UTF-8": ('{"title": "Zoë"}'.encode("latin-1"), "not a text file in UTF-8"),
    "nested far too deeply": (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    "empty": (b"", "not valid JSON"),
    "NaN for sets": (json.dumps(with_item(0, sets=0)).replace('"sets": 0', '"sets": NaN').encode(), "sets"),
}


@pytest.mark.parametrize("case", BROKEN_FILES)
def test_a_broken_file_is_refused_and_nothing_is_imported(tmp_path: Path, existing: Path, case: str) -> None:
    content, words = BROKEN_FILES[case]
    source = tmp_path / "plan.json"
    source.write_bytes(content)
    before = fingerprint(existing)
    out, err = io.StringIO(), io.StringIO()
    assert cli.run(["import", str(source), "--data-dir", str(existing)], out, err) == 1
    line = err.getvalue()
    assert line.count("\n") == 1 and words in line, line[:300]
    assert "Traceback" not in line and len(line) < 600
    assert fingerprint(existing) == before


def test_exactly_at_the_size_limit_is_still_read(tmp_path: Path) -> None:
    document = json.dumps(plan_document(notes="")).encode()
    padding = interchange.MAX_FILE_BYTES - len(document)
    source = tmp_path / "plan.json"
    source.write_bytes(document[:-1] + b" " * padding + b"}")
    assert source.stat().st_size == interchange.MAX_FILE_BYTES
    [entry] = interchange.read_file(source, Library())
    assert entry.plan.title == "Back to gardening"


def test_a_disk_that_fills_up_half_way_through_an_import_leaves_nothing_behind(
    tmp_path: Path, existing: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = {
        "format": "exercise-plan",
        "version": 1,
        "plans": [plan_document(title=f"Plan {n}", client={"name": f"New client {n}"}) for n in range(4)],
    }
    source = tmp_path / "plans.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    from designer.storage import import_commit

    real_write = import_commit.write_file_atomically
    written: list[Path] = []

    def fills_up(path: Path, data: bytes, **options: object) -> object:
        if len(written) == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        written.append(path)
        return real_write(path, data, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(import_commit, "write_file_atomically", fills_up)
    before = fingerprint(existing)
    with Store.open(existing) as store, pytest.raises(SaveError):
        importing.import_file(source, store, Library())
    assert fingerprint(existing) == before and not (existing / ".import").exists()
    with Store.open(existing) as store:
        assert [p.title for p in store.list_plans()] == ["First plan"]
        assert [c.name for c in store.list_clients()] == ["Margaret Ellis"]
