"""The plan format itself: its name and version, the fields it allows, and reading one plan or template."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from ..domain import Client, Plan, Prescription, ValidationError, is_exercise_id
from ..domain.errors import Problems, join_path
from ..domain.fields import describe, read_str

# Plans are small; a file this large is a mistake (or something hostile), not a plan.
PLAN_FORMAT = "exercise-plan"
PLAN_FORMAT_VERSION = 1
FORMAT, VERSION = PLAN_FORMAT, PLAN_FORMAT_VERSION
# Each plan, and the rest of a file besides its plans, at most this much (our largest plan is far smaller).
MAX_FILE_BYTES = 5 * 1024 * 1024
# A clinic's ten years are about 100,000 plans; an export of all of them must import back.
MAX_PLANS_PER_FILE = 250_000
# The store keeps this client id for plans without a client (``designer.storage.index.UNASSIGNED_ID``).
RESERVED_CLIENT_IDS = frozenset({"_unassigned"})

# Store bookkeeping that is not part of the exchanged plan: leaving it out means that
# export -> import -> export gives the same document.
BOOKKEEPING = ("created", "updated", "revision", "client_id")


class KnownExercises(Protocol):
    """What reading a plan needs from a library: is an exercise id known, and what are the defaults.

    ``Library`` has both; anything else with them (a test double, the import's lookup) will do.
    """

    def __contains__(self, exercise_id: object) -> bool: ...

    def defaults(self) -> dict[str, Prescription]: ...


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
    raw_version = data.get("version")
    version = raw_version if isinstance(raw_version, int) and not isinstance(raw_version, bool) else None
    if version is None:
        found.add("version", f"must be a whole number, not {describe(raw_version)}")
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
    _unknown_fields(data, found)
    found.raise_if_any()
    return plan


# What each object of the format may hold.  Anything else is most likely a typing mistake
# ("set" for "sets"), and silently ignoring it would lose what the therapist meant.
PLAN_FIELDS = frozenset(
    {
        "format",
        "version",
        "template",
        "client",
        "id",
        "title",
        "therapist",
        "notes",
        "layout",
        "start_date",
        "review_date",
        "stages",
        "items",
        "created",
        "updated",
        "revision",
        "client_id",
    }
)
STAGE_FIELDS = frozenset({"id", "title", "weeks", "goal", "move_on_when"})
ITEM_FIELDS = frozenset(
    {
        "id",
        "exercise",
        "stage",
        "notes",
        "sets",
        "reps",
        "hold",
        "duration",
        "tempo",
        "rest",
        "load",
        "load_kg",
        "effort",
        "reps_in_reserve",
        "side",
        "times_a_day",
        "days_a_week",
    }
)
CLIENT_FIELDS = frozenset({"id", "name", "email", "phone", "notes", "conditions"})


def _unknown_fields(data: Mapping[str, Any], found: Problems) -> None:
    def check(obj: Any, allowed: frozenset[str], path: str, what: str) -> None:
        if not isinstance(obj, Mapping):
            return
        for key in obj:
            if key not in allowed:
                found.add(
                    join_path(path, str(key)),
                    f"is not a field of {what} (the fields are: "
                    f"{', '.join(sorted(allowed - {'created', 'updated', 'revision', 'client_id'}))})",
                )

    check(data, PLAN_FIELDS, "", "a plan")
    check(data.get("client"), CLIENT_FIELDS, "client", "a client")
    for key, allowed, what in (("stages", STAGE_FIELDS, "a stage"), ("items", ITEM_FIELDS, "an exercise in a plan")):
        entries = data.get(key)
        if isinstance(entries, list):
            for index, entry in enumerate(entries):
                check(entry, allowed, f"{key}[{index}]", what)


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
        info = read_template_info(data)
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


def read_template_info(data: Mapping[str, Any]) -> TemplateInfo:
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


@dataclass(frozen=True)
class PlanEntry:
    """One plan read from a document, with the client it belongs to (if the document names one)."""

    plan: Plan
    client: Client | None = None
    template: TemplateInfo | None = None
