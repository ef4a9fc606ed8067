"""The versioned plan JSON format used for import, export and the built-in templates.

A document holds one plan::

    {"format": "exercise-plan", "version": 1,
     "client": {"name": ..., "email": ...},
     "title": ..., "notes": ..., "stages": [...], "items": [...]}

or several under ``"plans"``.  Import checks the whole document first and
reports every problem with its path (``plans[1].items[2].sets: must be between
1 and 20``); nothing is written unless everything is valid.  The format is
described for people in ``docs/plan-format.md``.
"""

from .format import (
    FORMAT,
    MAX_FILE_BYTES,
    MAX_PLANS_PER_FILE,
    PLAN_FORMAT,
    PLAN_FORMAT_VERSION,
    VERSION,
    KnownExercises,
    PlanEntry,
    TemplateInfo,
    check_format,
    read_plan,
    read_template,
    read_template_info,
    template_document,
)
from .reading import check_plan_file, load_json_file, read_document, read_file
from .writing import dumps, export_document, plan_to_document, write_document, write_entries

__all__ = [
    "FORMAT",
    "MAX_FILE_BYTES",
    "MAX_PLANS_PER_FILE",
    "PLAN_FORMAT",
    "PLAN_FORMAT_VERSION",
    "VERSION",
    "KnownExercises",
    "PlanEntry",
    "TemplateInfo",
    "check_format",
    "check_plan_file",
    "dumps",
    "export_document",
    "load_json_file",
    "plan_to_document",
    "read_document",
    "read_file",
    "read_plan",
    "read_template",
    "read_template_info",
    "template_document",
    "write_document",
    "write_entries",
]
