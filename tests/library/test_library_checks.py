"""Checks every built-in exercise and template must pass, whoever wrote them (issue 12).

They run over whatever the library holds, so exercises and templates added for other regions are checked the
same way: every field written, ladders that point both ways with levels that never fall going harder, templates
that read and use only exercises that exist, one weekly schedule per routine, and words a client reads easily
(Flesch reading ease: set-up and steps at least 80, the purpose line at least 70).
"""

from __future__ import annotations

import json
import re

import pytest
import textstat

from designer.domain import CATEGORIES_BY_REGION, REGIONS, Exercise, Level, Tempo
from designer.library import DATA_DIR, Library, list_builtin_templates, load_builtin_exercises, read_template
from designer.paths import TEMPLATES_DIR

EXERCISES = load_builtin_exercises()
BY_ID = {exercise.id: exercise for exercise in EXERCISES}
IDS = sorted(BY_ID)
LIBRARY = Library([])
RAW = {raw["id"]: raw for path in sorted(DATA_DIR.glob("*.json")) for raw in json.loads(path.read_text("utf-8"))}
TEMPLATE_FILES = sorted(TEMPLATES_DIR.glob("*.json"))
LEVEL_ORDER = {Level.GENTLE: 0, Level.MODERATE: 1, Level.CHALLENGING: 2}

SETUP_AND_STEPS_EASE = 80
PURPOSE_EASE = 70


def reading_ease(text: str) -> float:
    return float(textstat.flesch_reading_ease(text))


def test_the_reading_ease_measure_tells_plain_words_from_hard_ones() -> None:
    """The measure itself: a plain sentence scores high, a dense clinical one low (so the limits mean something)."""
    assert reading_ease("Lie on your back. Bend your knees. Lift your hips, then lower them.") > 90
    assert reading_ease("Perform posterior pelvic tilting with concomitant diaphragmatic respiration.") < 30


@pytest.mark.parametrize("exercise_id", IDS)
def test_every_exercise_has_every_field(exercise_id: str) -> None:
    exercise, raw = BY_ID[exercise_id], RAW[exercise_id]
    for key in ("purpose", "setup", "steps", "cues", "mistakes", "safety", "body_areas"):
        assert getattr(exercise, key), f"{exercise_id} has no {key}"
    for key in ("equipment", "default", "level", "category"):
        assert key in raw, f"{exercise_id} does not say its {key} (an exercise needing nothing says [])"
    assert exercise.region in REGIONS, f"{exercise_id} has no body region"
    assert exercise.category in CATEGORIES_BY_REGION[exercise.region], exercise_id
    default = exercise.default
    assert default.reps is not None or default.duration is not None or default.hold_seconds, exercise_id
    assert default.problems() == [], exercise_id


@pytest.mark.parametrize("exercise_id", IDS)
def test_ladder_neighbours_exist_point_back_and_levels_never_fall_going_harder(exercise_id: str) -> None:
    exercise = BY_ID[exercise_id]
    for easier_id in exercise.regressions:
        assert easier_id in BY_ID, f"{exercise_id} names {easier_id}, which is not in the library"
        easier = BY_ID[easier_id]
        assert exercise_id in easier.progressions, f"{easier_id} should list {exercise_id} as harder"
        assert LEVEL_ORDER[easier.level] <= LEVEL_ORDER[exercise.level], f"{easier_id} is harder than {exercise_id}"
    for harder_id in exercise.progressions:
        assert harder_id in BY_ID, f"{exercise_id} names {harder_id}, which is not in the library"
        harder = BY_ID[harder_id]
        assert exercise_id in harder.regressions, f"{harder_id} should list {exercise_id} as easier"
        assert LEVEL_ORDER[harder.level] >= LEVEL_ORDER[exercise.level], f"{harder_id} is easier than {exercise_id}"


@pytest.mark.parametrize("exercise_id", IDS)
def test_set_up_and_steps_read_easily(exercise_id: str) -> None:
    exercise = BY_ID[exercise_id]
    ease = reading_ease(" ".join([*exercise.setup, *exercise.steps]))
    assert ease >= SETUP_AND_STEPS_EASE, f"{exercise_id}: set-up and steps read at {ease:.0f}; plainer words, please"


@pytest.mark.parametrize("exercise_id", IDS)
def test_the_purpose_reads_easily(exercise_id: str) -> None:
    ease = reading_ease(BY_ID[exercise_id].purpose)
    assert ease >= PURPOSE_EASE, f"{exercise_id}: the purpose reads at {ease:.0f}; plainer words, please"


def test_a_pause_at_the_top_is_in_the_tempo_and_in_the_steps() -> None:
    """A tempo's fourth number is the pause at the top; the steps and the tempo tell the same movement."""
    for exercise in EXERCISES:
        if not exercise.default.tempo:
            continue
        tempo = Tempo.parse(exercise.default.tempo)
        steps = " ".join(exercise.steps).lower()
        if re.search(r"\bpause\b[^.]*\bat the top\b", steps):
            assert tempo.top_pause, f"{exercise.id}: its steps pause at the top, its tempo {tempo} does not"
        if tempo.top_pause:
            assert "pause" in steps or "hold" in steps, f"{exercise.id}: its tempo {tempo} holds; its steps do not"


# -- templates ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", TEMPLATE_FILES, ids=lambda path: path.stem)
def test_every_template_validates_and_uses_exercises_that_exist(path) -> None:
    info, plan = read_template(json.loads(path.read_text("utf-8")), LIBRARY)
    assert info.id == path.stem and info.name and info.description
    assert plan.items, path.name
    for item in plan.items:
        assert item.exercise_id in BY_ID, f"{path.name}: {item.exercise_id} is not in the library"
        assert item.prescription.problems() == [], f"{path.name}: {item.exercise_id}"
    for stage in plan.stages:
        assert stage.goal and stage.move_on_when, f"{path.name}: the stage {stage.title} needs a goal and a test"
        assert plan.items_in(stage.id), f"{path.name}: the stage {stage.title} has no exercises"


@pytest.mark.parametrize("path", TEMPLATE_FILES, ids=lambda path: path.stem)
def test_each_routine_keeps_one_weekly_schedule(path) -> None:
    """Exercises done together are done on the same days: one routine, one "how often" (per stage)."""
    _info, plan = read_template(json.loads(path.read_text("utf-8")), LIBRARY)
    for stage_id in ["", *(stage.id for stage in plan.stages)]:
        schedules = {item.prescription.frequency for item in plan.items_in(stage_id)}
        assert len(schedules) <= 1, f"{path.name} {stage_id or '(no stage)'}: {sorted(map(str, schedules))}"


def test_the_templates_listed_are_the_files() -> None:
    assert {info.id for info in list_builtin_templates()} == {path.stem for path in TEMPLATE_FILES}


# -- the clinic's message -----------------------------------------------------------------------------------------


def client_words(exercise: Exercise) -> str:
    return " ".join([exercise.purpose, *exercise.setup, *exercise.steps, *exercise.cues, *exercise.mistakes])


def test_no_exercise_says_there_is_one_safe_way_or_that_bending_the_back_is_a_mistake() -> None:
    """ "You are not fragile": the back is made to bend and turn, so no wording may say otherwise."""
    for exercise in EXERCISES:
        words = client_words(exercise).lower()
        assert not re.search(r"\b(the|only|one) (safe|right|correct) way\b", words), exercise.id
        for mistake in exercise.mistakes:
            assert not re.search(r"bending (from|with) (the|your) back|rounding the back", mistake.lower()), (
                f"{exercise.id}: {mistake}"
            )


def test_the_angel_floor_press_stays_the_therapists_note_on_the_bridge() -> None:
    """The article's unfinished "add in Angel floor press to" is a note on the bridge, not an exercise of its own."""
    assert not any("angel" in exercise.name.lower() or "angel" in exercise.id for exercise in EXERCISES)
    document = json.loads((TEMPLATES_DIR / "at-home-strength.json").read_text("utf-8"))
    bridge = next(item for item in document["items"] if item["exercise"] == "glute-bridge")
    assert "angel floor press" in bridge["notes"].lower()


def test_the_pelvic_tilt_names_its_own_directions_and_knee_to_chest_starts_small() -> None:
    tilt = BY_ID["pelvic-tilt"]
    assert tilt.tempo_words != ("down", "up")
    assert "flattening" in tilt.default.in_words(tilt.tempo_words)
    hug = BY_ID["knee-to-chest"].default
    # A beginner keeps doing what takes a couple of minutes: a few holds a side, once a day.
    seconds = hug.sets * (hug.reps.high if hug.reps else 1) * (hug.hold_seconds or 0) * 2
    assert seconds <= 180 and (hug.frequency.times_a_day or 1) == 1
