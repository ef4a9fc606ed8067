"""The prescription: validation, tempo in words, and the plain-language descriptions."""

import pytest

from designer.domain import Frequency, Prescription, Range, Side, Tempo, ValidationError, explain_tempo


def test_sets_out_of_range_is_refused_with_a_plain_message():
    with pytest.raises(ValidationError) as caught:
        Prescription(sets=0)
    assert str(caught.value) == "sets: must be between 1 and 20"
    with pytest.raises(ValidationError, match="sets: must be between 1 and 20"):
        Prescription.from_dict({"sets": 21})


def test_every_problem_is_reported_at_once_with_its_field():
    with pytest.raises(ValidationError) as caught:
        Prescription.from_dict({"sets": "three", "reps": "12-8", "tempo": "slow", "side": "middle", "rest": -5})
    paths = [problem.path for problem in caught.value.problems]
    assert paths == ["sets", "reps", "tempo", "rest", "side"]
    assert "12-8 is backwards" in str(caught.value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3-1-1", "slowly: 3 s down, 1 s pause, 1 s up"),
        ("3-1-1-0", "slowly: 3 s down, 1 s pause, 1 s up"),
        ("2-0-2-2", "steadily: 2 s down, 2 s up, then hold 2 s"),
        ("2-1-2-1", "steadily: 2 s down, 1 s pause, 2 s up, then hold 1 s"),
        ("3 - 1 - X", "slowly: 3 s down, 1 s pause, up at a steady, comfortable speed"),
    ],
)
def test_tempo_is_explained_in_words(text, expected):
    assert Tempo.parse(text).in_words() == expected


@pytest.mark.parametrize("text", ["311", "3-1", "3-1-1-1-1", "a-b-c", "10-1-1", "3-X-1"])
def test_invalid_tempo_is_refused(text):
    with pytest.raises(ValueError, match="must look like 3-1-1"):
        Tempo.parse(text)
    assert "must look like" in explain_tempo(text)


def test_prescription_in_words_matches_the_handout_example():
    prescription = Prescription(sets=3, reps=Range.single(10), side=Side.EACH, rest_seconds=60, tempo="3-1-1")
    assert prescription.in_words() == "3 sets of 10, each side · rest 60 s · slowly: 3 s down, 1 s pause, 1 s up"
    assert prescription.in_short() == "3 × 10 · each side · 3-1-1"


def test_duration_range_for_carries():
    carry = Prescription.from_dict({"sets": 3, "duration": "20-30", "side": "each", "load": "light weight"})
    assert carry.duration == Range(20, 30)
    assert carry.in_words() == "3 sets of 20–30 s, each side · light weight"
    assert carry.to_dict() == {"sets": 3, "duration": "20-30", "load": "light weight", "side": "each"}


def test_rep_range_and_frequency():
    p = Prescription.from_dict({"sets": 2, "reps": "8–12", "hold": 5, "times_a_day": 2, "days_a_week": 7})
    assert p.reps == Range(8, 12)
    assert p.frequency == Frequency(2, 7)
    assert p.in_words() == "2 sets of 8–12, holding each for 5 s · twice a day, every day"


def test_from_dict_fills_missing_fields_from_the_exercise_defaults():
    defaults = Prescription(sets=2, reps=Range.single(8), side=Side.EACH, tempo="2-1-2")
    changed = Prescription.from_dict({"sets": 3}, base=defaults)
    assert (changed.sets, changed.reps, changed.side, changed.tempo) == (3, Range.single(8), Side.EACH, "2-1-2")


def test_round_trip_through_dict():
    original = Prescription(
        sets=4,
        reps=Range(6, 8),
        hold_seconds=3,
        tempo="3-1-1-0",
        rest_seconds=90,
        load="light kettlebell",
        side=Side.LEFT,
        frequency=Frequency(1, 3),
        notes="Stop at 3/10",
    )
    assert Prescription.from_dict(original.to_dict()) == original


def test_reps_and_duration_together_are_both_said():
    p = Prescription.from_dict({"sets": 2, "reps": 10, "duration": "20-30"})
    assert p.work_in_words() == "2 sets of 10 (20–30 s a set)"
    assert p.in_short() == "2 × 10 · 20–30 s a set"


def test_tempo_words_for_movements_that_do_not_go_down_and_up():
    assert Tempo.parse("2-0-2").in_words(("back in", "out")) == "steadily: 2 s back in, no pause, 2 s out"
    assert explain_tempo("3-1-1", ("towards the wall", "away")) == ("slowly: 3 s towards the wall, 1 s pause, 1 s away")
