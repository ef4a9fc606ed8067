"""Reading plan files as a stream: every plan checked, every problem with its path, nothing half-read."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import IO, Any

from ..domain import Client, Plan, ValidationError
from ..domain.errors import Problems, join_path
from ..domain.fields import describe
from ..json_stream import StreamProblem, flaws, flaws_met, has_flaws, read_object
from .format import (
    BOOKKEEPING,
    MAX_FILE_BYTES,
    MAX_PLANS_PER_FILE,
    RESERVED_CLIENT_IDS,
    KnownExercises,
    PlanEntry,
    TemplateInfo,
    check_format,
    read_plan,
    read_template_info,
)

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
        plan = read_plan({k: v for k, v in raw.items() if k not in BOOKKEEPING}, library)
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
