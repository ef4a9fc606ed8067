"""The command-line verbs, run in-process (and once as a real process) against a fresh data folder."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from verbs import ok, run

from designer.paths import PROJECT_DIR, TEMPLATES_DIR


def test_library_json_lists_exercises_with_ladders(data_dir):
    exercises = json.loads(ok(data_dir, "library", "--json"))
    assert len(exercises) >= 40
    by_id = {e["id"]: e for e in exercises}
    assert by_id["bird-dog"]["name"] == "Bird Dog"
    for key in ("id", "name", "category", "regressions", "progressions"):
        assert key in by_id["glute-bridge"]


def test_library_search(data_dir):
    found = json.loads(ok(data_dir, "library", "--search", "carry", "--json"))
    ids = {e["id"] for e in found}
    assert {"suitcase-carry", "farmers-carry"} <= ids
    assert "bird-dog" not in ids
    text = ok(data_dir, "library", "--search", "bridge")
    assert "Glute Bridge" in text


def test_templates_json(data_dir):
    templates = json.loads(ok(data_dir, "templates", "--json"))
    ids = {t["id"] for t in templates}
    assert "at-home-strength" in ids
    assert all(t["name"] for t in templates)


def test_clients_add_list_and_plans(data_dir):
    ok(data_dir, "clients", "--add", "Σοφία Παπαδοπούλου", "--email", "sofia@example.com")
    clients = json.loads(ok(data_dir, "clients", "--json"))
    assert [c["name"] for c in clients] == ["Σοφία Παπαδοπούλου"]
    client_id = clients[0]["id"]
    out = ok(data_dir, "plans", "--new", "--client", client_id, "--template", "at-home-strength")
    assert "Started plan" in out
    plans = json.loads(ok(data_dir, "plans", "--client", client_id, "--json"))
    assert len(plans) == 1
    assert {"id", "client", "title", "updated"} <= set(plans[0])
    assert plans[0]["client"] == client_id


def test_import_then_export(tmp_path, data_dir):
    source = TEMPLATES_DIR / "at-home-strength.json"
    document = json.loads(source.read_text(encoding="utf-8"))
    document.pop("template")
    document["client"] = {"name": "Алексей Смирнов", "email": "alexei@example.com"}
    plan_file = tmp_path / "plan.json"
    plan_file.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    assert "Imported 1 plan" in ok(data_dir, "import", str(plan_file))
    plan_id = json.loads(ok(data_dir, "plans", "--json"))[0]["id"]
    out_file = tmp_path / "out.json"
    ok(data_dir, "export", "--plan", plan_id, "--out", str(out_file))
    exported = json.loads(out_file.read_text(encoding="utf-8"))
    assert exported["client"]["name"] == "Алексей Смирнов"
    assert [i["exercise"] for i in exported["items"]] == [i["exercise"] for i in document["items"]]
    all_file = tmp_path / "all.json"
    ok(data_dir, "export", "--all", "--out", str(all_file))
    assert json.loads(all_file.read_text(encoding="utf-8"))["title"] == exported["title"]
    template_file = tmp_path / "template.json"
    ok(data_dir, "export", "--template", "at-home-strength", "--out", str(template_file))
    assert json.loads(template_file.read_text(encoding="utf-8"))["template"]["id"] == "at-home-strength"


def test_bad_import_reports_path_and_imports_nothing(tmp_path, data_dir):
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps(
            {
                "format": "exercise-plan",
                "version": 1,
                "title": "T",
                "items": [{"exercise": "bird-dog"}, {"exercise": "bird-dog", "sets": 50}],
            }
        ),
        encoding="utf-8",
    )
    code, _out, err = run(data_dir, "import", str(bad))
    assert code == 1
    assert err.strip() == "error: items[1].sets: must be between 1 and 20"
    assert json.loads(ok(data_dir, "plans", "--json")) == []


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["plans", "--client", "nobody"], "nobody"),
        (["export", "--plan", "missing", "--out", "x.json"], "missing"),
        (["render", "--template", "no-such-template", "--out", "x.pdf"], "no template"),
        (["clinic", "--set", "colour=teal"], "colour: must be a colour"),
        (["clinic", "--set", "booking_link=javascript:alert(1)"], "booking_link"),
        (["clinic", "--set", "nonsense"], "must look like key=value"),
        (["plans", "--new"], "--new needs --client"),
        (["library", "--category", "Juggling"], 'no category "Juggling"'),
    ],
)
def test_bad_input_is_one_line_with_non_zero_exit(data_dir, args, fragment):
    code, _out, err = run(data_dir, *args)
    assert code != 0
    assert fragment in err
    assert err.count("\n") == 1
    assert "Traceback" not in err


def test_usage_mistakes_exit_2(data_dir):
    code, _out, err = run(data_dir, "export", "--out", "x.json")
    assert code == 2
    assert err.startswith("error:")


def test_clinic_show_and_set(data_dir):
    ok(
        data_dir,
        "clinic",
        "--set",
        "name=Springback Rehabilitation",
        "colour=#1F5F8B",
        "booking_link=https://www.springbackrehabilitation.co.uk/booking-system/",
        "instagram=@springbackrehab",
    )
    shown = json.loads(ok(data_dir, "clinic", "--show", "--json"))
    assert shown["name"] == "Springback Rehabilitation"
    assert shown["colour"] == "#1F5F8B"
    assert "booking_link = https://www.springbackrehabilitation.co.uk/booking-system/" in ok(
        data_dir, "clinic", "--show"
    )


def test_clinic_logo_that_is_not_an_image_is_refused(tmp_path, data_dir):
    fake = tmp_path / "logo.png"
    fake.write_text("not an image", encoding="utf-8")
    code, _out, err = run(data_dir, "clinic", "--set", f"logo={fake}")
    assert code == 1
    assert err.startswith("error: logo:")
    assert json.loads(ok(data_dir, "clinic", "--show", "--json"))["logo"] == ""


def test_a_real_process_gives_no_traceback(tmp_path):
    result = subprocess.run(
        [
            sys.executable,
            str(PROJECT_DIR / "main.py"),
            "import",
            str(tmp_path / "nothing.json"),
            "--data-dir",
            str(tmp_path / "data"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("error: ") and "file not found" in result.stderr
