"""Loads in numbers: kilograms, an effort out of 10, repetitions left in reserve, and the handout's words for them."""

from __future__ import annotations

import json

import pytest

from designer import interchange
from designer.domain import Kilograms, Plan, PlanItem, Prescription, Range, ValidationError
from designer.library import Library


def test_the_numbers_are_read_from_the_plan_file_and_said_in_plain_words() -> None:
    p = Prescription.from_dict(
        {"sets": 3, "reps": "8-10", "load": "kettlebell", "load_kg": "2-4", "effort": 6, "reps_in_reserve": "2-3"}
    )
    assert (p.load_kg, p.effort, p.in_reserve) == (Kilograms(2, 4), 6, Range(2, 3))
    assert p.load_in_words() == ("kettlebell, 2–4 kg, hard enough that you could do 2–3 more, effort about 6 out of 10")
    assert "2–4 kg" in p.in_words() and "effort about 6 out of 10" in p.in_words()
    assert p.in_short() == "3 × 8–10 · kettlebell · 2–4 kg · effort 6/10 · 2–3 in reserve"


@pytest.mark.parametrize(
    ("fields", "words"),
    [
        ({"load_kg": 4}, "4 kg"),
        ({"load_kg": "2.5"}, "2.5 kg"),
        ({"load_kg": "2,5-5 kg"}, "2.5–5 kg"),
        ({"load_kg": [3, 6]}, "3–6 kg"),
        ({"effort": 7}, "effort about 7 out of 10"),
        ({"reps_in_reserve": 2}, "hard enough that you could do 2 more"),
        ({"reps_in_reserve": 0}, "until one more would be hard to do well"),
        ({"load": "8 kg kettlebell", "load_kg": 8}, "8 kg kettlebell"),  # said once, not twice
        ({"load": "light band"}, "light band"),
        ({}, ""),
    ],
)
def test_each_kind_of_load_has_its_words(fields: dict, words: str) -> None:
    assert Prescription.from_dict(fields).load_in_words() == words


@pytest.mark.parametrize(
    ("fields", "path", "message"),
    [
        ({"load_kg": "heavy"}, "load_kg", 'a range like "2-4"'),
        ({"load_kg": "6-3"}, "load_kg", "backwards"),
        ({"load_kg": 0}, "load_kg", "between 0.5 and 300 kg"),
        ({"load_kg": True}, "load_kg", "must be kilograms"),
        ({"effort": 11}, "effort", "between 1 and 10"),
        ({"effort": "hard"}, "effort", "whole number"),
        ({"reps_in_reserve": "3-1"}, "reps_in_reserve", "backwards"),
        ({"reps_in_reserve": 12}, "reps_in_reserve", "between 0 and 10"),
    ],
)
def test_wrong_numbers_are_refused_with_their_field(fields: dict, path: str, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        Prescription.from_dict(fields)
    assert [(p.path, message in p.message) for p in caught.value.problems] == [(path, True)]


def test_an_older_file_without_numbers_reads_as_before_and_writes_them_only_when_set() -> None:
    old = {"sets": 3, "reps": 10, "load": "light weight"}
    p = Prescription.from_dict(old)
    assert (p.load_kg, p.effort, p.in_reserve) == (None, None, None)
    assert p.to_dict() == old
    assert p.load_in_words() == "light weight"


def test_a_cleared_number_does_not_come_back_from_the_exercise_default() -> None:
    default = Prescription(sets=3, reps=Range.single(10), effort=6, load_kg=Kilograms(2, 4))
    item = PlanItem("goblet-squat", Prescription(sets=3, reps=Range.single(10), load_kg=Kilograms(5, 5)))
    document = interchange.export_document([interchange.PlanEntry(Plan(title="Home", items=(item,)), None)])
    raw = document["items"][0]
    assert (raw["load_kg"], raw["effort"], raw["reps_in_reserve"]) == (5, None, None)
    read = Prescription.from_dict(json.loads(json.dumps(raw)), default)
    assert (read.load_kg, read.effort) == (Kilograms(5, 5), None)
    # The whole plan file, both ways, with the built-in exercise's own defaults behind it.
    entry = interchange.read_document(json.loads(json.dumps(document)), Library())[0]
    assert entry.plan.items[0].prescription == item.prescription
