"""Plan templates: reading a plan document against the library, and the built-in templates in ``templates/``.

A template is a plan in the interchange format with a ``"template"`` header::

    {"format": "exercise-plan", "version": 1,
     "template": {"id": "at-home-strength", "name": "At-home strength routine", "description": "..."},
     "title": "...", "notes": "...", "layout": "detailed",
     "stages": [{"id": "stability", "title": "Stability", "weeks": "1–2", "goal": "...", "move_on_when": "..."}],
     "items": [{"exercise": "glute-bridge", "stage": "stability", "sets": 3, "reps": 10, "notes": "..."}]}

``read_plan`` is the one place that turns such a plan object into a ``Plan``: every field an item
leaves out comes from its exercise's default prescription, and an exercise the library does not
know is reported with its path, like every other problem.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from designer.domain import Plan, ValidationError

# The plan format itself lives in designer.interchange; these names are re-exported because
# templates are plans in that format and callers reach them through the library.
from designer.interchange import (
    PLAN_FORMAT,
    PLAN_FORMAT_VERSION,
    KnownExercises,
    TemplateInfo,
    check_format,
    read_plan,
    read_template,
    read_template_info,
    template_document,
)
from designer.paths import TEMPLATES_DIR

from .builtin import read_json
from .catalogue import fold

__all__ = [
    "PLAN_FORMAT",
    "PLAN_FORMAT_VERSION",
    "KnownExercises",
    "TemplateError",
    "TemplateInfo",
    "check_format",
    "list_builtin_templates",
    "load_builtin_template",
    "read_plan",
    "read_template",
    "template_document",
]


class TemplateError(ValueError):
    """A template cannot be found or read; the message says which, and what there is instead."""


# -- the built-in templates -----------------------------------------------------------


def _template_files(folder: Path) -> list[Path]:
    files = sorted(folder.glob("*.json"))
    if not files:
        raise TemplateError(f"{folder}: no templates (*.json) found; the installation is incomplete")
    return files


def _read_info(path: Path) -> TemplateInfo:
    data = read_json(path, TemplateError)
    try:
        if not isinstance(data, Mapping):
            raise ValidationError("a template must be an object")
        info = read_template_info(data)
    except ValidationError as error:
        raise TemplateError(f"{path}: {error}") from error
    if info.id != path.stem:
        raise TemplateError(f'{path}: template.id: must be "{path.stem}", the name of the file')
    return info


def list_builtin_templates(folder: Path = TEMPLATES_DIR) -> list[TemplateInfo]:
    """The built-in templates, by name."""
    return sorted((_read_info(path) for path in _template_files(folder)), key=lambda info: fold(info.name))


def load_builtin_template(id_or_name: str, library: KnownExercises, folder: Path = TEMPLATES_DIR) -> Plan:
    """A fresh plan (new ids, today's date, no client) from the built-in template with this id or name.

    Raises ``TemplateError`` for an unknown template, listing the ones there are, or for a broken file.
    """
    wanted = fold(id_or_name.strip())
    infos = {path: _read_info(path) for path in _template_files(folder)}
    path = next((p for p, info in infos.items() if wanted in (fold(info.id), fold(info.name))), None)
    if path is None:
        available = ", ".join(f"{info.id} ({info.name})" for info in sorted(infos.values(), key=lambda i: i.id))
        raise TemplateError(f'there is no built-in template "{id_or_name}"; the templates are: {available}')
    try:
        _, plan = read_template(read_json(path, TemplateError), library)
    except ValidationError as error:
        raise TemplateError(f"{path}: {error}") from error
    return plan
