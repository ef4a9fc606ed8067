"""The plan JSON format: round trips, path-precise errors, and imports that change nothing when invalid."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from designer import interchange
from designer.domain import Client, Plan, PlanItem, Prescription, Range, Side, Stage, ValidationError
from designer.library import Library
from designer.storage import Store
from designer.workflows import importing


@pytest.fixture
def library() -> Library:
    return Library([])


@pytest.fixture
def store(data_dir: Path):
    with Store.open(data_dir) as opened:
        yield opened


def sample_document() -> dict:
    return {
        "format": "exercise-plan",
        "version": 1,
        "client": {"name": "Zoë Łukasiewicz-Ørsted", "email": "zoe@example.com"},
        "title": "Back to gardening",
        "notes": "keep pain < 3/10 & stop if <b>sharp</b>",
        "stages": [{"id": "stability", "title": "Stability", "weeks": "1–2", "goal": "Move without fear"}],
        "items": [
            {"exercise": "glute-bridge", "stage": "stability", "sets": 3, "reps": 10, "notes": "Add the angel press"},
            {"exercise": "suitcase-carry", "stage": "stability", "sets": 3, "duration": "20-30", "side": "each"},
        ],
    }


def test_reads_one_plan_with_its_client(library):
    entries = interchange.read_document(sample_document(), library)
    assert len(entries) == 1
    entry = entries[0]
    assert entry.client is not None and entry.client.name == "Zoë Łukasiewicz-Ørsted"
    assert entry.plan.title == "Back to gardening"
    carry = entry.plan.items[1].prescription
    assert (carry.duration, carry.side) == (Range(20, 30), Side.EACH)


def test_fields_left_out_come_from_the_exercise_defaults(library):
    document = {"format": "exercise-plan", "version": 1, "title": "T", "items": [{"exercise": "bird-dog"}]}
    plan = interchange.read_document(document, library)[0].plan
    assert plan.items[0].prescription == library.get("bird-dog").default


def test_every_error_has_its_path(library):
    document = sample_document()
    document["items"][1]["sets"] = 25
    document["items"].append({"exercise": "hip-hinj", "reps": "lots"})
    document["client"]["email"] = "zoe-at-example"
    with pytest.raises(ValidationError) as caught:
        interchange.read_document(document, library)
    messages = [str(problem) for problem in caught.value.problems]
    assert "items[1].sets: must be between 1 and 20" in messages
    assert 'items[2].exercise: "hip-hinj" is not in the exercise library' in messages
    assert any(m.startswith("items[2].reps: must be a number or a range") for m in messages)
    assert any(m.startswith("client.email:") for m in messages)


def test_errors_in_a_list_of_plans_name_the_plan(library):
    second = sample_document()
    second["items"][0]["sets"] = 0
    document = {"format": "exercise-plan", "version": 1, "plans": [sample_document(), second]}
    for plan in document["plans"]:
        plan.pop("format")
        plan.pop("version")
    with pytest.raises(ValidationError, match=r"plans\[1\]\.items\[0\]\.sets: must be between 1 and 20"):
        interchange.read_document(document, library)


@pytest.mark.parametrize(
    ("document", "fragment"),
    [
        ([], "must hold a JSON object"),
        ({"format": "something-else", "version": 1}, 'format: must be "exercise-plan"'),
        ({"format": "exercise-plan", "version": 2, "title": "T"}, "version: 2 was written by a newer version"),
        ({"format": "exercise-plan", "version": "one", "title": "T"}, "version: must be a whole number"),
        ({"format": "exercise-plan", "version": 1, "plans": {}}, "plans: must be a list of plans"),
        ({"format": "exercise-plan", "version": 1, "plans": []}, "nothing to import"),
        ({"format": "exercise-plan", "version": 1}, "title: is required"),
        ({"format": "exercise-plan", "version": 1, "title": "T", "items": {}}, "items: must be a list"),
    ],
)
def test_malformed_documents(library, document, fragment):
    with pytest.raises(ValidationError, match=fragment):
        interchange.read_document(document, library)


def test_files_that_are_not_plans(tmp_path, library):
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "exercise-plan", ', encoding="utf-8")
    with pytest.raises(ValidationError, match="is not valid JSON"):
        interchange.read_file(broken, library)
    binary = tmp_path / "photo.json"
    binary.write_bytes(b"\xff\xd8\xff\xe0 not text")
    with pytest.raises(ValidationError, match="not a text file"):
        interchange.read_file(binary, library)
    huge = tmp_path / "huge.json"
    huge.write_bytes(b" " * (interchange.MAX_FILE_BYTES + 1))
    with pytest.raises(ValidationError, match="too large"):
        interchange.read_file(huge, library)
    with pytest.raises(ValidationError, match="file not found"):
        interchange.read_file(tmp_path / "missing.json", library)


def test_export_import_export_gives_the_same_json(tmp_path, library, data_dir):
    first_dir = tmp_path / "first"
    with Store.open(first_dir) as store:
        entries = interchange.read_document(sample_document(), library)
        importing.import_entries(entries, store)
        plan_id = store.list_plans()[0].id
        plan = store.get_plan(plan_id)
        client = store.get_client(plan.client_id)
        exported = interchange.dumps(interchange.export_document([interchange.PlanEntry(plan, client)]))
    path = tmp_path / "plan.json"
    path.write_text(exported, encoding="utf-8")
    with Store.open(data_dir) as store:
        result = importing.import_file(path, store, library)
        again_plan = store.get_plan(result.plans[0].id)
        again_client = store.get_client(again_plan.client_id)
        again = interchange.dumps(interchange.export_document([interchange.PlanEntry(again_plan, again_client)]))
    assert again == exported
    assert json.loads(exported)["notes"] == "keep pain < 3/10 & stop if <b>sharp</b>"


def test_invalid_import_changes_nothing(tmp_path, store, library):
    store.save_client(Client("Existing Client"))
    before_clients = [c.id for c in store.list_clients()]
    document = {"format": "exercise-plan", "version": 1, "plans": [sample_document(), sample_document()]}
    document["plans"][1]["client"] = {"name": "Another New Client"}
    document["plans"][1]["items"][0]["exercise"] = "no-such-exercise"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ValidationError, match=r"plans\[1\]\.items\[0\]\.exercise"):
        importing.import_file(path, store, library)
    assert [c.id for c in store.list_clients()] == before_clients
    assert store.list_plans() == []


def test_import_matches_existing_clients_by_email_and_never_overwrites(tmp_path, store, library):
    existing = store.save_client(Client("Zoe L", email="ZOE@example.com"))
    entries = interchange.read_document(sample_document(), library)
    first = importing.import_entries(entries, store)
    assert first.plans[0].client_id == existing.id
    assert first.new_clients == []
    second = importing.import_entries(entries, store)
    assert second.unchanged_ids == [entries[0].plan.id]
    assert second.plans == []
    assert len(store.list_plans()) == 1
    changed = [interchange.PlanEntry(replace(entries[0].plan, title="Changed since"), entries[0].client)]
    third = importing.import_entries(changed, store)
    assert third.renamed_ids == [entries[0].plan.id]
    assert len(store.list_plans()) == 2
    assert store.get_plan(entries[0].plan.id).title == "Back to gardening"


def test_several_plans_export_under_plans(library):
    plan_a = Plan(title="A", items=(PlanItem("bird-dog", Prescription(sets=2, reps=Range.single(8))),))
    plan_b = Plan(title="B", stages=(Stage("Only"),))
    document = interchange.export_document([interchange.PlanEntry(plan_a), interchange.PlanEntry(plan_b)])
    assert [p["title"] for p in document["plans"]] == ["A", "B"]
    back = interchange.read_document(json.loads(interchange.dumps(document)), library)
    assert [e.plan.title for e in back] == ["A", "B"]
    assert back[0].plan.items == plan_a.items


def test_unknown_fields_are_reported_not_ignored(library):
    document = sample_document()
    document["items"][0]["set"] = 4
    document["stages"][0]["colour"] = "blue"
    document["subtitle"] = "x"
    with pytest.raises(ValidationError) as caught:
        interchange.read_document(document, library)
    paths = {problem.path for problem in caught.value.problems}
    assert {"items[0].set", "stages[0].colour", "subtitle"} <= paths
    assert "is not a field of an exercise in a plan" in str(caught.value)


def test_version_must_be_a_number_not_text(library):
    document = sample_document()
    document["version"] = "1"
    with pytest.raises(ValidationError, match='version: must be a whole number, not "1"'):
        interchange.read_document(document, library)
