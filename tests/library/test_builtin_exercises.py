"""The built-in exercise data: every file loads, the required exercises exist, and the ladders hold together."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from designer.domain import CATEGORIES, CATEGORIES_BY_REGION, Exercise, Level, Side, make_exercise_id
from designer.domain.regions import BACK, region_of_category
from designer.library import DATA_DIR, ExerciseDataError, Library, load_builtin_exercises, read_exercise_file
from designer.library.builtin import read_exercise_folder

# Templates, other parts of the program and their tests rely on these ids and names (issue 2).
REQUIRED = {
    "hip-hinge": "Hip Hinge",
    "glute-bridge": "Glute Bridge",
    "hip-thrust": "Hip Thrust",
    "step-up": "Step-Up",
    "bird-dog": "Bird Dog",
    "dead-bug": "Dead Bug",
    "pallof-press": "Pallof Press",
    "sit-to-stand": "Sit-to-Stand",
    "suitcase-carry": "Suitcase Carry",
    "farmers-carry": "Farmer's Carry",
}

# Words a worried client should not have to look up.
JARGON = re.compile(
    r"\b(glutes?|lumbar|posterior|anterior|neutral spine|reps?|core|hamstrings?|quads?|thoracic|scapula\w*|"
    r"isometric|abdominals?|flexion|extension|tempo)\b",
    re.IGNORECASE,
)

EXERCISES = load_builtin_exercises()
BY_ID = {exercise.id: exercise for exercise in EXERCISES}


def client_text(exercise: Exercise) -> str:
    return " ".join(
        [exercise.purpose, *exercise.setup, *exercise.steps, *exercise.cues, *exercise.mistakes, exercise.safety]
    )


def test_every_data_file_loads_as_builtin_exercises():
    files = sorted(DATA_DIR.glob("*.json"))
    # One file per built-in category, named after it; every category of the back region has its file.
    assert {path.stem for path in files} <= {make_exercise_id(category) for category in CATEGORIES}
    back = {make_exercise_id(category) for category in CATEGORIES_BY_REGION[BACK]}
    assert back <= {path.stem for path in files}
    for path in files:
        exercises = read_exercise_file(path)
        assert exercises, f"{path.name} is empty"
        assert all(exercise.builtin for exercise in exercises)
        assert {make_exercise_id(exercise.category) for exercise in exercises} == {path.stem}


def test_the_files_hold_exactly_what_from_dict_reads():
    """Round trip: nothing in a data file is silently ignored or misspelt."""
    for path in sorted(DATA_DIR.glob("*.json")):
        for raw in json.loads(path.read_text(encoding="utf-8")):
            assert Exercise.from_dict(raw).to_dict() == raw, raw["id"]


def test_library_is_big_enough_and_ids_are_unique():
    assert len(EXERCISES) >= 40
    assert len(BY_ID) == len(EXERCISES)


def test_cached_but_a_fresh_list_each_time():
    first = load_builtin_exercises()
    first.clear()
    assert load_builtin_exercises() == EXERCISES


@pytest.mark.parametrize(("exercise_id", "name"), sorted(REQUIRED.items()))
def test_required_exercises_exist_with_their_names(exercise_id, name):
    assert BY_ID[exercise_id].name == name


def test_every_category_has_exercises_and_no_other_category_is_used():
    used = {exercise.category for exercise in EXERCISES}
    assert used <= set(CATEGORIES)
    assert set(CATEGORIES_BY_REGION[BACK]) <= used
    assert all(exercise.region == region_of_category(exercise.category) for exercise in EXERCISES)
    for category in CATEGORIES:
        assert sum(exercise.category == category for exercise in EXERCISES) >= 3 or category not in used, category


def test_every_exercise_sits_on_a_ladder():
    for exercise in EXERCISES:
        assert exercise.regressions or exercise.progressions, f"{exercise.id} has no easier or harder neighbour"


def test_every_ladder_id_exists():
    assert Library([]).missing_neighbours() == []
    for exercise in EXERCISES:
        for other in (*exercise.regressions, *exercise.progressions):
            assert other in BY_ID, f"{exercise.id} names {other}"


def test_ladders_are_symmetric():
    for exercise in EXERCISES:
        for easier in exercise.regressions:
            assert exercise.id in BY_ID[easier].progressions, f"{easier} should list {exercise.id} as harder"
        for harder in exercise.progressions:
            assert exercise.id in BY_ID[harder].regressions, f"{harder} should list {exercise.id} as easier"


def test_ladders_have_no_loops():
    """Following easier versions always ends; a loop would make "easier" meaningless."""
    for exercise in EXERCISES:
        for key in ("regressions", "progressions"):
            seen = {exercise.id}
            frontier = list(getattr(exercise, key))
            while frontier:
                other = frontier.pop()
                assert other != exercise.id, f"{exercise.id} is its own {key[:-1]} through {key}"
                if other not in seen:
                    seen.add(other)
                    frontier.extend(getattr(BY_ID[other], key))


def test_every_exercise_is_fully_written():
    for exercise in EXERCISES:
        assert exercise.purpose and "\n" not in exercise.purpose, exercise.id
        assert 2 <= len(exercise.setup) <= 4, exercise.id
        assert 3 <= len(exercise.steps) <= 5, exercise.id
        assert 2 <= len(exercise.cues) <= 4, exercise.id
        assert 2 <= len(exercise.mistakes) <= 3, exercise.id
        assert exercise.body_areas, exercise.id
        assert isinstance(exercise.level, Level)


def test_every_safety_note_says_when_to_stop():
    for exercise in EXERCISES:
        assert "stop" in exercise.safety.lower(), exercise.id
        assert "normal" in exercise.safety.lower() or "should feel" in exercise.safety.lower(), exercise.id


def test_the_text_is_plain_english():
    for exercise in EXERCISES:
        found = JARGON.findall(client_text(exercise))
        assert not found, f"{exercise.id} uses {found}"


def test_bracing_is_explained_in_plain_words_wherever_it_is_asked_for():
    for exercise in EXERCISES:
        if "tighten your tummy" in client_text(exercise).lower():
            assert "nudge" in client_text(exercise), exercise.id


def test_default_prescriptions_make_sense():
    for exercise in EXERCISES:
        default = exercise.default
        assert default.problems() == [], exercise.id
        assert (default.reps is None) != (default.duration is None), f"{exercise.id}: reps or a duration, not both"
        if exercise.category == "Carries":
            assert default.duration is not None and default.duration.is_range, exercise.id
        if exercise.category == "Breathing":
            assert default.reps is not None or default.duration is not None, exercise.id


def test_suitcase_carry_default_is_the_seed_prescription():
    default = BY_ID["suitcase-carry"].default
    assert (default.sets, default.duration.low, default.duration.high) == (3, 20, 30)
    assert default.side is Side.EACH
    assert default.load == "light weight"
    assert default.reps is None


def test_one_sided_exercises_say_each_side():
    for exercise_id in (
        "suitcase-carry",
        "suitcase-march",
        "single-leg-deadlift",
        "single-leg-bridge",
        "step-up",
        "side-plank",
        "one-arm-row",
        "bird-dog",
    ):
        assert BY_ID[exercise_id].default.side is Side.EACH, exercise_id


# -- a broken data file gets a clear message ------------------------------------------------


def write(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def good_exercise(exercise_id: str = "test-exercise") -> dict:
    return {"id": exercise_id, "name": "Test", "category": "Breathing", "default": {"sets": 2, "reps": 5}}


def test_a_bad_field_names_the_file_and_the_path(tmp_path):
    bad = good_exercise()
    bad["default"]["sets"] = 99
    path = write(tmp_path / "breathing.json", [good_exercise("fine"), bad])
    with pytest.raises(ExerciseDataError) as caught:
        read_exercise_file(path)
    assert str(path) in str(caught.value)
    assert "[1].default.sets: must be between 1 and 20" in str(caught.value)


def test_every_problem_in_a_file_is_reported(tmp_path):
    path = write(tmp_path / "x.json", [{"id": "Not An Id", "name": "", "category": "Breathing", "level": "heroic"}])
    with pytest.raises(ExerciseDataError) as caught:
        read_exercise_file(path)
    message = str(caught.value)
    for fragment in ("[0].id", "[0].name", "[0].level: must be gentle, moderate or challenging"):
        assert fragment in message


def test_an_unknown_category_is_refused_in_a_builtin_file(tmp_path):
    wrong = good_exercise()
    wrong["category"] = "Juggling"
    path = write(tmp_path / "x.json", [wrong])
    with pytest.raises(ExerciseDataError, match=r'\[0\]\.category: "Juggling" is not one of Hip hinge'):
        read_exercise_file(path)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('[{"id": "a",', "is not valid JSON (line 1"),
        ('{"id": "a"}', "must hold a list of exercises"),
        (b"\xff\xfe\x00", "is not UTF-8 text"),
    ],
)
def test_unreadable_files(tmp_path, content, expected):
    path = tmp_path / "broken.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(ExerciseDataError) as caught:
        read_exercise_file(path)
    assert str(path) in str(caught.value) and expected in str(caught.value)


def test_a_missing_file_is_named(tmp_path):
    with pytest.raises(ExerciseDataError, match=re.escape("missing.json: cannot be read")):
        read_exercise_file(tmp_path / "missing.json")


def test_an_id_used_in_two_files_is_refused(tmp_path):
    write(tmp_path / "a.json", [good_exercise("same")])
    write(tmp_path / "b.json", [good_exercise("same")])
    with pytest.raises(ExerciseDataError, match=re.escape('b.json: the id "same" is already used in a.json')):
        read_exercise_folder(tmp_path)


def test_an_empty_data_folder_is_an_incomplete_installation(tmp_path):
    with pytest.raises(ExerciseDataError, match="installation is incomplete"):
        read_exercise_folder(tmp_path)
