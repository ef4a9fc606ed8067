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
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from designer.domain import Plan, Prescription, ValidationError, is_exercise_id
from designer.domain.errors import Problems
from designer.domain.fields import as_int, read_str
from designer.paths import TEMPLATES_DIR

from .builtin import read_json
from .catalogue import fold

PLAN_FORMAT = "exercise-plan"
PLAN_FORMAT_VERSION = 1


class KnownExercises(Protocol):
    """What reading a plan needs from a library: is an exercise id known, and what are the defaults.

    ``Library`` has both; anything else with them (a test double, the import's lookup) will do.
    """

    def __contains__(self, exercise_id: object) -> bool: ...

    def defaults(self) -> dict[str, Prescription]: ...


class TemplateError(ValueError):
    """A template cannot be found or read; the message says which, and what there is instead."""


@dataclass(frozen=True)
class TemplateInfo:
    """What a template is called and what it is for, as shown in the list of templates."""

    id: str
    name: str
    description: str = ""

    def to_dict(self) -> dict[str, str]:
        return {"id": self.id, "name": self.name, "description": self.description}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TemplateInfo:
        found = Problems()
        template_id = read_str(data, "id", found, required=True)
        if template_id and not is_exercise_id(template_id):
            found.add("id", "must be lower-case words joined by hyphens, like at-home-strength")
        name = read_str(data, "name", found, required=True)
        description = read_str(data, "description", found, multiline=True, limit=2_000)
        found.raise_if_any()
        return cls(id=template_id, name=name, description=description)


# -- reading plan documents ---------------------------------------------------------


def check_format(data: Mapping[str, Any]) -> None:
    """Raise ``ValidationError`` unless ``data`` says it is an exercise plan in a version this program reads."""
    found = Problems()
    if data.get("format") != PLAN_FORMAT:
        found.add("format", f'must be "{PLAN_FORMAT}"; this is not an exercise plan file')
    version = as_int(data.get("version"))
    if version is None:
        found.add("version", "must be a whole number")
    elif version > PLAN_FORMAT_VERSION:
        found.add(
            "version",
            f"{version} was written by a newer version of the designer; this one reads version "
            f"{PLAN_FORMAT_VERSION}. Please update the designer.",
        )
    elif version < 1:
        found.add("version", "must be 1 or more")
    found.raise_if_any()


def read_plan(data: Mapping[str, Any], library: KnownExercises, *, keep_ids: bool = True) -> Plan:
    """One plan object read against the library.

    Fields an item leaves out come from the exercise's default prescription.  An item that gives
    repetitions is not also timed by a default duration, and the other way round.  Raises
    ``ValidationError`` with every problem and its path (``items[2].exercise: ...``).
    """
    if not isinstance(data, Mapping):
        raise ValidationError("a plan must be an object")
    found = Problems()
    raw_items = data.get("items")
    prepared = dict(data)
    if isinstance(raw_items, list):
        prepared["items"] = [_one_kind_of_work(raw) for raw in raw_items]
    try:
        plan = Plan.from_dict(prepared, library.defaults(), keep_ids=keep_ids)
    except ValidationError as error:
        found.extend(error)
    for index, raw in enumerate(raw_items if isinstance(raw_items, list) else []):
        exercise = raw.get("exercise") if isinstance(raw, Mapping) else None
        if isinstance(exercise, str) and is_exercise_id(exercise) and exercise not in library:
            found.add(f"items[{index}].exercise", f'"{exercise}" is not in the exercise library')
    found.raise_if_any()
    return plan


def _one_kind_of_work(raw: Any) -> Any:
    """An item that says how many repetitions should not inherit a default duration, and vice versa."""
    if not isinstance(raw, Mapping):
        return raw
    item = dict(raw)
    if item.get("reps") is not None and "duration" not in item:
        item["duration"] = None
    elif item.get("duration") is not None and "reps" not in item:
        item["reps"] = None
    return item


def read_template(data: Any, library: KnownExercises) -> tuple[TemplateInfo, Plan]:
    """A whole template document: its header and the plan it starts.  Raises ``ValidationError`` with paths."""
    if not isinstance(data, Mapping):
        raise ValidationError("a template must be an object")
    check_format(data)
    found = Problems()
    info: TemplateInfo | None = None
    try:
        info = _template_info(data)
    except ValidationError as error:
        found.extend(error)
    plan: Plan | None = None
    try:
        plan = read_plan(data, library, keep_ids=False)
    except ValidationError as error:
        found.extend(error)
    found.raise_if_any()
    assert info is not None and plan is not None  # no problems means both were read
    return info, plan


def _template_info(data: Mapping[str, Any]) -> TemplateInfo:
    header = data.get("template")
    if not isinstance(header, Mapping):
        raise ValidationError("template: is required: an object with the template's id, name and description")
    try:
        return TemplateInfo.from_dict(header)
    except ValidationError as error:
        raise error.prefixed("template") from error


def template_document(plan: Plan, info: TemplateInfo) -> dict[str, Any]:
    """A plan saved as a template: no client, dates or ids of its own, so each use starts afresh."""
    items = []
    for item in plan.items:
        data = item.to_dict()
        data.pop("id", None)
        items.append(data)
    return {
        "format": PLAN_FORMAT,
        "version": PLAN_FORMAT_VERSION,
        "template": info.to_dict(),
        "title": plan.title,
        "notes": plan.notes,
        "layout": plan.layout.value,
        "stages": [stage.to_dict() for stage in plan.stages],
        "items": items,
    }


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
        info = _template_info(data)
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
