"""Which exercises of a plan do not suit the client's conditions, in the therapist's words.

The window shows these when an exercise goes into a client's plan, and ``render`` prints them, so a clash with
a precaution (a hip bend past 90° after a posterior hip replacement, say) is never passed over silently.
The plan is not changed: the therapist decides, because an exercise may be kept on purpose with a changed range.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from designer.domain import Client, Exercise, Plan, PrecautionConflict, precaution_conflicts

# How an exercise is found by its id: ``Library.get``, or the window's dict of exercises' ``get``.
FindExercise = Callable[[str], Exercise | None]


@dataclass(frozen=True)
class ItemConflict:
    """One exercise of the plan asks for a movement one of the client's conditions forbids."""

    item_id: str
    exercise_id: str
    conflict: PrecautionConflict

    @property
    def message(self) -> str:
        return self.conflict.message


def exercise_conflicts(exercise: Exercise, client: Client | None) -> list[PrecautionConflict]:
    """The conflicts between one exercise and the client's conditions (none without a client)."""
    if client is None or not client.conditions or not exercise.precautions:
        return []
    return precaution_conflicts(exercise.name, exercise.precautions, client.conditions)


def plan_conflicts(plan: Plan, client: Client | None, find: FindExercise) -> list[ItemConflict]:
    """Every conflict in the plan, in the plan's order (an exercise missing from the library has none to tell)."""
    return items_conflicts(((item.id, item.exercise_id) for item in plan.items), client, find)


def items_conflicts(items: Iterable[tuple[str, str]], client: Client | None, find: FindExercise) -> list[ItemConflict]:
    """The conflicts of the given (item id, exercise id) pairs: the items just added to a plan, say."""
    found: list[ItemConflict] = []
    if client is None or not client.conditions:
        return found
    for item_id, exercise_id in items:
        exercise = find(exercise_id)
        if exercise is None:
            continue
        found += [ItemConflict(item_id, exercise_id, conflict) for conflict in exercise_conflicts(exercise, client)]
    return found


def conflict_summary(conflicts: list[ItemConflict]) -> str:
    """One line for a banner or a status bar: how many exercises, and which."""
    names = list(dict.fromkeys(item.conflict.exercise_name for item in conflicts))
    if not names:
        return ""
    if len(names) == 1:
        return "Precaution: " + " ".join(item.message for item in conflicts)
    return f"Precautions: {len(names)} exercises may not suit this client's conditions ({', '.join(names)})."
