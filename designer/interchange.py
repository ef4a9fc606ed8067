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

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, Any, Protocol

from .domain import Client, Plan, Prescription, ValidationError, is_exercise_id
from .domain.errors import Problem, Problems, join_path
from .domain.fields import describe, read_str
from .json_stream import StreamProblem, flaws, flaws_met, has_flaws, read_object
from .safe_files import PRIVATE_FILE_MODE, atomic_writer, write_file_atomically

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
_BOOKKEEPING = ("created", "updated", "revision", "client_id")


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
        "side",
        "times_a_day",
        "days_a_week",
    }
)
CLIENT_FIELDS = frozenset({"id", "name", "email", "phone", "notes"})


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


# -- reading ------------------------------------------------------------------


def load_json_file(path: Path) -> Any:
    """Read a small JSON file whole (a template), with plain-words errors for the usual mistakes."""
    with _open_plan_file(path) as handle:
        try:
            pieces = list(read_object(handle, list_key=None, cap=MAX_FILE_BYTES))
        except StreamProblem as problem:
            raise ValidationError(f"{path}: {problem.message}") from None
    if pieces and pieces[0][0] == "":
        return pieces[0][1]
    return dict(pieces)


def check_plan_file(path: Path) -> None:
    """Raise ``ValidationError`` unless ``path`` is a file we can open (before a data folder is made for it)."""
    _open_plan_file(path).close()


def _open_plan_file(path: Path) -> IO[bytes]:
    if path.is_dir():
        raise ValidationError(f"{path}: is a folder, not a plan file")
    try:
        return open(path, "rb")
    except FileNotFoundError:
        raise ValidationError(f"{path}: file not found") from None
    except OSError as error:
        raise ValidationError(f"{path}: cannot be read ({error.strerror})") from None


class _DocumentReader:
    """Takes a document in pieces (its header fields, then its plans one by one) and checks it whole."""

    def __init__(self, library: KnownExercises) -> None:
        self.library = library
        self.found = Problems()
        self.header: dict[str, Any] = {}
        self.entries: list[tuple[str, PlanEntry]] = []
        self.plan_count = 0
        self.has_plan_list = False

    def plan(self, path: str, raw: Any, *, maybe_flawed: bool = True) -> None:
        self.has_plan_list = True
        self.plan_count += 1
        if self.plan_count > MAX_PLANS_PER_FILE:
            return
        if maybe_flawed and has_flaws(raw):
            for flaw in flaws(raw, path):  # one root cause each: the rest of this plan is not checked further
                self.found.add(flaw.path, flaw.message)
            return
        entry = _read_entry(raw, self.library, self.found, path)
        if entry:
            self.entries.append((path, entry))

    def finish(self) -> list[PlanEntry]:
        header = self.header
        for flaw in flaws(header):
            self.found.add(flaw.path, flaw.message)
        try:
            check_format(header)
        except ValidationError as error:
            self.found.extend(error)  # a wrong version is told with every other problem, not instead of them
        if "plans" in header:
            self.found.add("plans", f"must be a list of plans, not {describe(header['plans'])}")
        elif self.plan_count > MAX_PLANS_PER_FILE:
            self.found.add("plans", f"holds {self.plan_count} plans; at most {MAX_PLANS_PER_FILE} in one file")
        elif self.has_plan_list and not self.plan_count:
            self.found.add("plans", "is empty: there is nothing to import")
        elif not self.has_plan_list and not has_flaws(header):
            entry = _read_entry(header, self.library, self.found, "")
            if entry:
                self.entries.append(("", entry))
        self._check_ids()
        self.found.raise_if_any()
        return [entry for _, entry in self.entries]

    def _check_ids(self) -> None:
        """Ids across the whole file: each plan its own, each client id one client, no id the store keeps."""
        plan_paths: dict[str, str] = {}
        clients: dict[str, tuple[str, Client]] = {}
        for path, entry in self.entries:
            earlier = plan_paths.setdefault(entry.plan.id, path)
            if earlier != path:
                self.found.add(_join(path, "id"), f"is also the id of {earlier or 'the plan'}; each plan needs its own")
            client = entry.client
            if client is None:
                continue
            client_path = _join(path, "client")
            if client.id in RESERVED_CLIENT_IDS:
                self.found.add(_join(client_path, "id"), f'"{client.id}" is kept for plans without a client')
                continue
            first = clients.setdefault(client.id, (client_path, client))
            if first[0] != client_path and first[1] != client:
                self.found.add(
                    client_path,
                    f'has the id "{client.id}" of {first[0]} but other details; one id is one client',
                )


def read_document(data: Any, library: KnownExercises) -> list[PlanEntry]:
    """Check a whole document and return its plans; raise ``ValidationError`` listing every problem."""
    if not isinstance(data, Mapping):
        raise ValidationError('the file must hold a JSON object with "format": "exercise-plan"')
    reader = _DocumentReader(library)
    reader.header = {key: value for key, value in data.items() if key != "plans" or not isinstance(value, list)}
    if isinstance(data.get("plans"), list):
        reader.has_plan_list = True
        for index, raw in enumerate(data["plans"]):
            reader.plan(f"plans[{index}]", raw)
    return reader.finish()


def _read_entry(raw: Any, library: KnownExercises, found: Problems, path: str) -> PlanEntry | None:
    if not isinstance(raw, Mapping):
        found.add(path, f"must be a plan (an object), not {describe(raw)}")
        return None
    before = len(found.items)
    client: Client | None = None
    if raw.get("client") is not None:
        client_data = raw["client"]
        if not isinstance(client_data, Mapping):
            found.add(_join(path, "client"), "must be an object with at least a name")
        else:
            try:
                client = Client.from_dict(client_data)
            except ValidationError as error:
                found.extend(error, _join(path, "client"))
    template: TemplateInfo | None = None
    if raw.get("template") is not None:
        try:
            template = read_template_info(raw)
        except ValidationError as error:
            found.extend(error, path)
    plan: Plan | None = None
    try:
        plan = read_plan({k: v for k, v in raw.items() if k not in _BOOKKEEPING}, library)
    except ValidationError as error:
        found.extend(error, path)
    if plan is None or len(found.items) > before:
        return None
    plan = replace(plan, client_id=client.id if client else "")
    return PlanEntry(plan=plan, client=client, template=template)


def _join(prefix: str, path: str) -> str:
    return join_path(prefix, path)


def read_file(path: Path, library: KnownExercises) -> list[PlanEntry]:
    """Read and check a plan file as a stream, one plan at a time; raise ``ValidationError`` with every problem.

    Each plan (and the rest of the file besides its plans) is capped at ``MAX_FILE_BYTES``, so the cap grows
    with the number of plans, as our own export does.
    """
    reader = _DocumentReader(library)
    with _open_plan_file(path) as handle:
        try:
            met = flaws_met()
            for key, value in read_object(handle, list_key="plans", cap=MAX_FILE_BYTES):
                flawed, met = flaws_met() != met, flaws_met()
                if key == "":
                    raise ValidationError(f'{path}: the file must hold a JSON object with "format": "exercise-plan"')
                if key == "plans[]":
                    reader.has_plan_list = True
                elif key.startswith("plans["):
                    reader.plan(key, value, maybe_flawed=flawed)
                else:
                    reader.header[key] = value
        except StreamProblem as problem:
            raise ValidationError(f"{path}: {problem.message}") from None
    return reader.finish()


# -- writing ------------------------------------------------------------------


def plan_to_document(plan: Plan, client: Client | None = None, template: TemplateInfo | None = None) -> dict[str, Any]:
    """One plan in the interchange form (without the format header)."""
    body = plan.to_dict()
    for key in _BOOKKEEPING:
        body.pop(key, None)
    data: dict[str, Any] = {}
    if template:
        template_data = {"id": template.id, "name": template.name}
        if template.description:
            template_data["description"] = template.description
        data["template"] = template_data
    if client:
        data["client"] = client.to_dict()
    data.update(body)
    return data


def export_document(entries: Sequence[PlanEntry]) -> dict[str, Any]:
    """A whole document: one plan flat, several under ``"plans"``."""
    header: dict[str, Any] = {"format": FORMAT, "version": VERSION}
    if len(entries) == 1:
        entry = entries[0]
        return {**header, **plan_to_document(entry.plan, entry.client, entry.template)}
    return {**header, "plans": [plan_to_document(e.plan, e.client, e.template) for e in entries]}


def dumps(document: Mapping[str, Any]) -> str:
    """The exact text written to a file: stable key order, UTF-8 kept readable."""
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def write_document(document: Mapping[str, Any], path: Path) -> None:
    """Write atomically, so a failed export never leaves half a file where a good one was.  Owner-only: it
    holds health data."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_file_atomically(path, dumps(document).encode("utf-8"), mode=PRIVATE_FILE_MODE)
    except OSError as error:
        raise ValidationError(f"{path}: cannot be written ({error.strerror or error})") from None


def write_entries(entries: Iterable[PlanEntry], path: Path) -> int:
    """Write plans as one document (``export_document``'s text, byte for byte), a plan at a time, so an export
    of 100,000 plans never holds its whole text; atomically and owner-only.  Returns how many were written."""
    listed = iter(entries)
    first = next(listed, None)
    second = next(listed, None) if first is not None else None
    if first is None or second is None:
        write_document(export_document([first] if first else []), path)
        return 0 if first is None else 1
    count = 0
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with atomic_writer(path, mode=PRIVATE_FILE_MODE) as handle:
            handle.write(f'{{\n  "format": "{FORMAT}",\n  "version": {VERSION},\n  "plans": ['.encode())
            for entry in itertools.chain((first, second), listed):
                text = json.dumps(
                    plan_to_document(entry.plan, entry.client, entry.template), indent=2, ensure_ascii=False
                )
                handle.write((("," if count else "") + "\n    " + text.replace("\n", "\n    ")).encode("utf-8"))
                count += 1
            handle.write(b"\n  ]\n}\n")
    except OSError as error:
        raise ValidationError(f"{path}: cannot be written ({error.strerror or error})") from None
    return count


__all__ = [
    "FORMAT",
    "MAX_FILE_BYTES",
    "VERSION",
    "PlanEntry",
    "Problem",
    "TemplateInfo",
    "dumps",
    "export_document",
    "load_json_file",
    "plan_to_document",
    "read_document",
    "read_file",
    "write_document",
]
