"""The command line for issue 12: a client's conditions, the precaution warning ``render`` prints on stderr, and
``library --region``."""

from __future__ import annotations

import json
from pathlib import Path

from verbs import ok, run


def test_a_client_is_added_with_conditions_and_they_can_be_changed(data_dir: Path) -> None:
    out = ok(
        data_dir,
        "clients",
        "--add",
        "Arthur Penn",
        "--condition",
        "hip-replacement-posterior",
        "--condition",
        "osteoporosis",
    )
    assert "conditions: Hip replacement, posterior approach (early weeks); Osteoporosis" in out
    client_id = json.loads(ok(data_dir, "clients", "--json"))[0]["id"]
    changed = json.loads(
        ok(data_dir, "clients", "--set-conditions", client_id, "--condition", "knee-replacement", "--json")
    )
    assert changed["conditions"] == ["knee-replacement"]
    assert "no conditions" in ok(data_dir, "clients", "--set-conditions", client_id)


def test_an_unknown_condition_is_refused_with_the_known_ones(data_dir: Path) -> None:
    code, _out, err = run(data_dir, "clients", "--add", "Arthur Penn", "--condition", "bad-hip")
    assert code != 0 and "hip-replacement-posterior" in err
    code, _out, err = run(data_dir, "clients", "--condition", "osteoporosis")
    assert code != 0 and "--condition goes with --add" in err


def plan_file(folder: Path, conditions: list[str]) -> Path:
    document = {
        "format": "exercise-plan",
        "version": 1,
        "client": {"name": "Arthur Penn", "conditions": conditions},
        "title": "Home after the new hip",
        "items": [{"exercise": "glute-bridge"}, {"exercise": "knee-to-chest"}],
    }
    path = folder / "arthur.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_render_warns_on_stderr_of_an_exercise_the_clients_condition_forbids(tmp_path: Path, data_dir: Path) -> None:
    source = plan_file(tmp_path, ["hip-replacement-posterior"])
    code, out, err = run(data_dir, "render", "--file", str(source), "--out", str(tmp_path / "arthur.pdf"))
    assert code == 0, err  # the handout is still made: the therapist decides
    assert (tmp_path / "arthur.pdf").is_file() and "Wrote" in out
    warnings = [line for line in err.splitlines() if line.startswith("warning: precaution:")]
    assert len(warnings) == 1
    assert "Knee to Chest involves bending the hip past 90°" in warnings[0]
    assert "hip replacement, posterior approach" in warnings[0]


def test_render_is_quiet_when_nothing_conflicts(tmp_path: Path, data_dir: Path) -> None:
    source = plan_file(tmp_path, ["late-pregnancy"])
    code, _out, err = run(data_dir, "render", "--file", str(source), "--out", str(tmp_path / "arthur.pdf"))
    assert code == 0 and "precaution" not in err


def test_library_verb_filters_by_region_and_shows_it(data_dir: Path) -> None:
    back = json.loads(ok(data_dir, "library", "--region", "back", "--json"))
    assert back and {e["region"] for e in back} == {"Back"}
    assert "precautions" in back[0]
    text = ok(data_dir, "library", "--region", "Back", "--category", "Carries")
    assert "REGION" in text.splitlines()[0] and "Suitcase Carry" in text
    code, _out, err = run(data_dir, "library", "--region", "elbows and knees")
    assert code != 0 and "there is no region" in err and "Ankle and foot" in err
