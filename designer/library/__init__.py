"""The clinic's exercise library and plan templates.

Built-in exercises live as JSON data files in ``designer/library/data/`` (one per category); the
clinic's own exercises come from the store and are combined with them in a ``Library``.  Built-in
plan templates live in ``templates/`` in the plan interchange format.
"""

from .builtin import DATA_DIR, ExerciseDataError, load_builtin_exercises, read_exercise_file
from .catalogue import Library, equipment_name, fold
from .templates import (
    PLAN_FORMAT,
    PLAN_FORMAT_VERSION,
    KnownExercises,
    TemplateError,
    TemplateInfo,
    check_format,
    list_builtin_templates,
    load_builtin_template,
    read_plan,
    read_template,
    template_document,
)

__all__ = [
    "DATA_DIR",
    "PLAN_FORMAT",
    "PLAN_FORMAT_VERSION",
    "ExerciseDataError",
    "KnownExercises",
    "Library",
    "TemplateError",
    "TemplateInfo",
    "check_format",
    "equipment_name",
    "fold",
    "list_builtin_templates",
    "load_builtin_exercises",
    "load_builtin_template",
    "read_exercise_file",
    "read_plan",
    "read_template",
    "template_document",
]
