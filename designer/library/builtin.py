"""The clinic's built-in exercises, read from the JSON files in ``designer/library/data/``.

There is one file per category (``glute-strength.json``, ``breathing.json`` ...), each a list of
exercise objects in the form ``Exercise.from_dict`` reads.  The files ship with the program, so a
broken one is a mistake in the release: it stops with a message naming the file and the field.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from designer.domain import CATEGORIES, Exercise, ValidationError

DATA_DIR = Path(__file__).resolve().parent / "data"


class ExerciseDataError(ValueError):
    """A built-in exercise file is missing, not valid JSON, or holds an exercise that does not make sense."""


def read_json(path: Path, error_type: type[ValueError]) -> Any:
    """The JSON content of a file the program ships; any problem raises ``error_type`` naming the file."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise error_type(f"{path}: cannot be read ({error.strerror or error})") from error
    except UnicodeDecodeError as error:
        raise error_type(f"{path}: is not UTF-8 text") from error
    except json.JSONDecodeError as error:
        where = f"line {error.lineno}, column {error.colno}"
        raise error_type(f"{path}: is not valid JSON ({where}: {error.msg})") from error


def read_exercise_file(path: Path, *, builtin: bool = True) -> list[Exercise]:
    """Every exercise in one data file; raises ``ExerciseDataError`` naming the file and each bad field."""
    raw = read_json(path, ExerciseDataError)
    if not isinstance(raw, list):
        raise ExerciseDataError(f"{path}: must hold a list of exercises")
    exercises: list[Exercise] = []
    problems: list[str] = []
    for index, entry in enumerate(raw):
        try:
            exercise = Exercise.from_dict(entry, builtin=builtin)
        except ValidationError as error:
            problems.extend(str(problem) for problem in error.prefixed(f"[{index}]").problems)
            continue
        if builtin and exercise.category not in CATEGORIES:
            problems.append(f'[{index}].category: "{exercise.category}" is not one of {", ".join(CATEGORIES)}')
            continue
        exercises.append(exercise)
    if problems:
        raise ExerciseDataError(f"{path}: " + "; ".join(problems))
    return exercises


def read_exercise_folder(folder: Path) -> list[Exercise]:
    """All the built-in exercises in ``folder``, checking that no id is used twice."""
    files = sorted(folder.glob("*.json"))
    if not files:
        raise ExerciseDataError(f"{folder}: no exercise files (*.json) found; the installation is incomplete")
    seen: dict[str, Path] = {}
    exercises: list[Exercise] = []
    for path in files:
        for exercise in read_exercise_file(path):
            if exercise.id in seen:
                raise ExerciseDataError(f'{path}: the id "{exercise.id}" is already used in {seen[exercise.id].name}')
            seen[exercise.id] = path
            exercises.append(exercise)
    return exercises


@lru_cache(maxsize=1)
def _builtin_exercises() -> tuple[Exercise, ...]:
    return tuple(read_exercise_folder(DATA_DIR))


def load_builtin_exercises() -> list[Exercise]:
    """The built-in exercises (``builtin=True``), read once and then kept.

    Returns a new list each time so a caller may sort or extend it; the exercises themselves are frozen.
    """
    return list(_builtin_exercises())
