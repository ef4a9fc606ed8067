"""Reading plan files as a stream: duplicate keys, numbers far out of range, and a file larger than one plan's cap."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from designer import interchange
from designer.domain import ValidationError
from designer.library import Library


def paths_of(error: ValidationError) -> dict[str, str]:
    return {problem.path: problem.message for problem in error.problems}


def test_a_key_given_twice_is_refused_with_its_path(tmp_path: Path) -> None:
    source = tmp_path / "plans.json"
    source.write_text(
        '{"format": "exercise-plan", "version": 1, "plans": ['
        '{"title": "One"}, {"title": "Two", "notes": "a", "notes": "b"}]}',
        encoding="utf-8",
    )
    with pytest.raises(ValidationError) as refused:
        interchange.read_file(source, Library())
    assert "more than once" in paths_of(refused.value)["plans[1].notes"]


def test_a_five_thousand_digit_number_is_out_of_range_with_its_path(tmp_path: Path) -> None:
    source = tmp_path / "plans.json"
    text = json.dumps({"format": "exercise-plan", "version": 1, "plans": [{"title": "One"}, {"title": "Two"}]})
    source.write_text(text.replace('"title": "Two"', '"title": "Two", "revision": ' + "9" * 5000), encoding="utf-8")
    with pytest.raises(ValidationError) as refused:
        interchange.read_file(source, Library())
    found = paths_of(refused.value)
    assert list(found) == ["plans[1].revision"] and "5000 digits" in found["plans[1].revision"]


def test_a_file_of_many_plans_larger_than_one_plans_cap_is_read(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(interchange.reading, "MAX_FILE_BYTES", 4096)  # where plan files are read
    plans = [{"title": f"Plan {n}", "notes": "x" * 200} for n in range(100)]
    source = tmp_path / "plans.json"
    source.write_text(json.dumps({"format": "exercise-plan", "version": 1, "plans": plans}, indent=2))
    assert source.stat().st_size > 4096 * 4
    entries = interchange.read_file(source, Library())
    assert [entry.plan.title for entry in entries] == [f"Plan {n}" for n in range(100)]
    one_big = tmp_path / "big.json"
    one_big.write_text(
        json.dumps({"format": "exercise-plan", "version": 1, "plans": [{"title": "x", "notes": "y" * 5000}]})
    )
    with pytest.raises(ValidationError, match="too large"):
        interchange.read_file(one_big, Library())
