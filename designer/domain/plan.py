"""A client's programme: stages (stability, then strength, then confidence) and the exercises in them.

``Plan`` is an immutable value: every edit returns a new plan.  That keeps undo
simple (the window keeps the old value) and lets a background render work on a
plan while the therapist goes on editing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from .client import new_id
from .clinic import Layout
from .errors import Problems, ValidationError
from .exercise import is_exercise_id
from .fields import read_int, read_list, read_str
from .prescription import Prescription

# Clients do fewer exercises when given more; the window warns above this.
RECOMMENDED_MAX_EXERCISES = 6
MAX_EXERCISES = 200
MAX_STAGES = 20
ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


@dataclass(frozen=True)
class Stage:
    """One phase of the plan, such as "Stability" for weeks 1–2."""

    title: str
    weeks: str = ""  # as the therapist says it: "1–2", "3 to 5", "ongoing"
    goal: str = ""
    move_on_when: str = ""
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        if not self.title.strip():
            raise ValidationError("title: must not be empty")

    def to_dict(self) -> dict[str, Any]:
        data = {"id": self.id, "title": self.title}
        for key in ("weeks", "goal", "move_on_when"):
            if getattr(self, key):
                data[key] = getattr(self, key)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Stage:
        if not isinstance(data, Mapping):
            raise ValidationError("a stage must be an object")
        found = Problems()
        title = read_str(data, "title", found, required=True)
        weeks = read_str(data, "weeks", found, limit=40)
        if isinstance(data.get("weeks"), int):
            weeks = str(data["weeks"])
            found.items = [p for p in found.items if p.path != "weeks"]
        goal = read_str(data, "goal", found, multiline=True, limit=2_000)
        move_on = read_str(data, "move_on_when", found, multiline=True, limit=2_000)
        stage_id = read_str(data, "id", found)
        if stage_id and not ID.match(stage_id):
            found.add("id", "must be letters, digits, - or _")
        found.raise_if_any()
        return cls(title=title, weeks=weeks, goal=goal, move_on_when=move_on, id=stage_id or new_id())


@dataclass(frozen=True)
class PlanItem:
    """One exercise in the plan, with its prescription and the therapist's note for this client."""

    exercise_id: str
    prescription: Prescription = field(default_factory=Prescription)
    stage_id: str = ""  # "" when the plan has no stages
    note: str = ""
    id: str = field(default_factory=new_id)

    def to_dict(self) -> dict[str, Any]:
        """Interchange form: the prescription's fields sit beside ``exercise`` in one flat object."""
        data: dict[str, Any] = {"id": self.id, "exercise": self.exercise_id}
        if self.stage_id:
            data["stage"] = self.stage_id
        data.update(self.prescription.to_dict(complete=True))
        # The prescription's own notes are the therapist's note for this exercise in this plan.
        data.pop("notes", None)
        if self.note:
            data["notes"] = self.note
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], defaults: Prescription | None = None) -> PlanItem:
        if not isinstance(data, Mapping):
            raise ValidationError("an exercise in the plan must be an object")
        found = Problems()
        exercise_id = read_str(data, "exercise", found, required=True)
        if exercise_id and not is_exercise_id(exercise_id):
            found.add("exercise", f'"{exercise_id}" is not an exercise id')
        stage_id = read_str(data, "stage", found)
        note = read_str(data, "notes", found, multiline=True)
        item_id = read_str(data, "id", found)
        if item_id and not ID.match(item_id):
            found.add("id", "must be letters, digits, - or _")
        prescription = defaults or Prescription()
        try:
            fields_only = {k: v for k, v in data.items() if k not in ("exercise", "stage", "notes", "id")}
            prescription = Prescription.from_dict(fields_only, base=defaults)
            prescription = replace(prescription, notes="")
        except ValidationError as error:
            found.extend(error)
        found.raise_if_any()
        return cls(
            exercise_id=exercise_id, prescription=prescription, stage_id=stage_id, note=note, id=item_id or new_id()
        )


def _today() -> dt.date:
    return dt.date.today()


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


@dataclass(frozen=True)
class Plan:
    """A client's exercise programme."""

    title: str
    client_id: str = ""
    therapist: str = ""
    stages: tuple[Stage, ...] = ()
    items: tuple[PlanItem, ...] = ()
    notes: str = ""
    layout: Layout = Layout.DETAILED
    start_date: dt.date = field(default_factory=_today)
    review_date: dt.date | None = None
    created: str = field(default_factory=_now)
    updated: str = field(default_factory=_now)
    revision: int = 0  # goes up by one at every save, so the sent log can say which version was sent
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        found = Problems()
        if not self.title.strip():
            found.add("title", "must not be empty")
        if len(self.items) > MAX_EXERCISES:
            found.add("items", f"a plan can hold at most {MAX_EXERCISES} exercises")
        if len(self.stages) > MAX_STAGES:
            found.add("stages", f"a plan can have at most {MAX_STAGES} stages")
        stage_ids = {stage.id for stage in self.stages}
        if len(stage_ids) != len(self.stages):
            found.add("stages", "two stages have the same id")
        for index, item in enumerate(self.items):
            if item.stage_id and item.stage_id not in stage_ids:
                found.add(f"items[{index}].stage", f'"{item.stage_id}" is not one of the plan\'s stages')
        if len({item.id for item in self.items}) != len(self.items):
            found.add("items", "two exercises have the same id")
        found.raise_if_any()

    # -- reading --------------------------------------------------------------

    @property
    def exercise_count(self) -> int:
        return len(self.items)

    @property
    def too_many_exercises(self) -> bool:
        return len(self.items) > RECOMMENDED_MAX_EXERCISES

    def stage(self, stage_id: str) -> Stage | None:
        return next((stage for stage in self.stages if stage.id == stage_id), None)

    def item(self, item_id: str) -> PlanItem | None:
        return next((item for item in self.items if item.id == item_id), None)

    def index_of(self, item_id: str) -> int:
        for index, item in enumerate(self.items):
            if item.id == item_id:
                return index
        raise KeyError(item_id)

    def items_in(self, stage_id: str) -> list[PlanItem]:
        return [item for item in self.items if item.stage_id == stage_id]

    def grouped(self) -> list[tuple[Stage | None, list[PlanItem]]]:
        """Items grouped by stage, in stage order; items without a stage come first under ``None``."""
        groups: list[tuple[Stage | None, list[PlanItem]]] = []
        loose = self.items_in("")
        if loose or not self.stages:
            groups.append((None, loose))
        for stage in self.stages:
            groups.append((stage, self.items_in(stage.id)))
        return groups

    def in_reading_order(self) -> list[PlanItem]:
        """Every item in the order the client meets them on the handout (stage by stage): item N is exercise N."""
        return [item for _stage, items in self.grouped() for item in items]

    def exercise_ids(self) -> list[str]:
        return [item.exercise_id for item in self.items]

    # -- editing (each returns a new plan) ------------------------------------

    def with_items(self, items: Iterable[PlanItem]) -> Plan:
        return replace(self, items=tuple(items))

    def with_stages(self, stages: Iterable[Stage]) -> Plan:
        return replace(self, stages=tuple(stages))

    def insert_item(self, index: int, item: PlanItem) -> Plan:
        items = list(self.items)
        items.insert(max(0, min(index, len(items))), item)
        return self.with_items(items)

    def remove_item(self, item_id: str) -> Plan:
        return self.with_items(item for item in self.items if item.id != item_id)

    def replace_item(self, item: PlanItem) -> Plan:
        return self.with_items(item if old.id == item.id else old for old in self.items)

    def move_item(self, item_id: str, to_index: int, stage_id: str | None = None) -> Plan:
        """Move an item to ``to_index`` (an index in the list without the item), optionally into a stage."""
        index = self.index_of(item_id)
        items = list(self.items)
        item = items.pop(index)
        if stage_id is not None:
            item = replace(item, stage_id=stage_id)
        items.insert(max(0, min(to_index, len(items))), item)
        return self.with_items(items)

    def touched(self) -> Plan:
        """The same plan marked as saved now, one revision on."""
        return replace(self, updated=_now(), revision=self.revision + 1)

    def copy_for_next_session(self, title: str | None = None) -> Plan:
        """A fresh plan that starts from this one: new ids, today's date."""
        stage_map = {stage.id: new_id() for stage in self.stages}
        return replace(
            self,
            id=new_id(),
            title=title or self.title,
            stages=tuple(replace(stage, id=stage_map[stage.id]) for stage in self.stages),
            items=tuple(replace(item, id=new_id(), stage_id=stage_map.get(item.stage_id, "")) for item in self.items),
            start_date=_today(),
            review_date=None,
            created=_now(),
            updated=_now(),
            revision=0,
        )

    # -- plain data -----------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "title": self.title,
            "client_id": self.client_id,
            "therapist": self.therapist,
            "layout": self.layout.value,
            "start_date": self.start_date.isoformat(),
            "created": self.created,
            "updated": self.updated,
            "revision": self.revision,
            "notes": self.notes,
            "stages": [stage.to_dict() for stage in self.stages],
            "items": [item.to_dict() for item in self.items],
        }
        if self.review_date:
            data["review_date"] = self.review_date.isoformat()
        return data

    @classmethod
    def from_dict(
        cls,
        data: Mapping[str, Any],
        defaults: Mapping[str, Prescription] | None = None,
        *,
        keep_ids: bool = True,
    ) -> Plan:
        """Read a plan, checking everything.  Raises ``ValidationError`` with a path for each problem.

        ``defaults`` maps exercise ids to their default prescriptions, used for fields an item leaves out.
        """
        if not isinstance(data, Mapping):
            raise ValidationError("a plan must be an object")
        found = Problems()
        title = read_str(data, "title", found, required=True)
        therapist = read_str(data, "therapist", found)
        notes = read_str(data, "notes", found, multiline=True)
        client_id = read_str(data, "client_id", found)
        layout = Layout.DETAILED
        if data.get("layout") is not None:
            try:
                layout = Layout.parse(str(data["layout"]))
            except ValueError as error:
                found.add("layout", str(error))
        start_date = _read_date(data, "start_date", found) or _today()
        review_date = _read_date(data, "review_date", found)
        created = read_str(data, "created", found) or _now()
        updated = read_str(data, "updated", found) or created
        revision = read_int(data, "revision", found, low=0, high=10**9, default=0) or 0
        stages: list[Stage] = []
        for index, raw in enumerate(read_list(data, "stages", found)):
            try:
                stages.append(Stage.from_dict(raw))
            except ValidationError as error:
                found.extend(error, f"stages[{index}]")
        stage_ids = {stage.id for stage in stages}
        items: list[PlanItem] = []
        raw_items = read_list(data, "items", found)
        if len(raw_items) > MAX_EXERCISES:
            found.add("items", f"a plan can hold at most {MAX_EXERCISES} exercises")
            raw_items = []
        for index, raw in enumerate(raw_items):
            exercise = raw.get("exercise") if isinstance(raw, Mapping) else None
            base = (defaults or {}).get(exercise) if isinstance(exercise, str) else None
            try:
                item = PlanItem.from_dict(raw, base)
            except ValidationError as error:
                found.extend(error, f"items[{index}]")
                continue
            if item.stage_id and item.stage_id not in stage_ids:
                # A stage may be named by its title as well as its id, which is kinder to hand-written files.
                by_title = next((s.id for s in stages if s.title.lower() == item.stage_id.lower()), None)
                if by_title:
                    item = replace(item, stage_id=by_title)
                else:
                    found.add(f"items[{index}].stage", f'"{item.stage_id}" is not one of the plan\'s stages')
                    continue
            items.append(item)
        if len({s.id for s in stages}) != len(stages):
            found.add("stages", "two stages have the same id")
        if len({i.id for i in items}) != len(items):
            found.add("items", "two exercises have the same id")
        plan_id = read_str(data, "id", found) if keep_ids else ""
        if plan_id and not ID.match(plan_id):
            found.add("id", "must be letters, digits, - or _")
        found.raise_if_any()
        return cls(
            title=title,
            client_id=client_id,
            therapist=therapist,
            stages=tuple(stages),
            items=tuple(items),
            notes=notes,
            layout=layout,
            start_date=start_date,
            review_date=review_date,
            created=created,
            updated=updated,
            revision=revision,
            id=plan_id or new_id(),
        )


def _read_date(data: Mapping[str, Any], key: str, found: Problems) -> dt.date | None:
    value = data.get(key)
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        found.add(key, "must be a date like 2026-11-24")
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        found.add(key, "must be a date like 2026-11-24")
        return None
