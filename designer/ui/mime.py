"""Our own drag-and-drop formats: they carry ids, never objects.

A drag from the library carries exercise ids; a drag inside the plan carries
the plan's id and the ids of the rows being moved.  Plain JSON keeps them easy
to read in tests and safe to receive from anywhere.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from PySide6.QtCore import QMimeData

EXERCISE_IDS_MIME = "application/x-programme-designer-exercise-ids"
PLAN_ROWS_MIME = "application/x-programme-designer-plan-items"


def exercise_ids_to_mime(exercise_ids: list[str]) -> QMimeData:
    data = QMimeData()
    data.setData(EXERCISE_IDS_MIME, json.dumps(list(exercise_ids)).encode("utf-8"))
    # Text too, so a drop into a text editor shows something sensible.
    data.setText("\n".join(exercise_ids))
    return data


def exercise_ids_from_mime(data: QMimeData) -> list[str]:
    """The exercise ids in a drag, or [] when the drag is not ours or is damaged."""
    if not data.hasFormat(EXERCISE_IDS_MIME):
        return []
    try:
        ids = json.loads(bytes(data.data(EXERCISE_IDS_MIME).data()).decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return []
    if not isinstance(ids, list):
        return []
    return [value for value in ids if isinstance(value, str)]


@dataclass(frozen=True)
class PlanRows:
    """Rows dragged inside a plan: exercises (items) and whole stages."""

    plan_id: str
    item_ids: list[str] = field(default_factory=list)
    stage_ids: list[str] = field(default_factory=list)


def plan_rows_to_mime(rows: PlanRows) -> QMimeData:
    data = QMimeData()
    payload = {"plan_id": rows.plan_id, "item_ids": rows.item_ids, "stage_ids": rows.stage_ids}
    data.setData(PLAN_ROWS_MIME, json.dumps(payload).encode("utf-8"))
    return data


def plan_rows_from_mime(data: QMimeData) -> PlanRows | None:
    if not data.hasFormat(PLAN_ROWS_MIME):
        return None
    try:
        payload = json.loads(bytes(data.data(PLAN_ROWS_MIME).data()).decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None
    if not isinstance(payload, dict) or not isinstance(payload.get("plan_id"), str):
        return None

    def strings(key: str) -> list[str]:
        values = payload.get(key)
        return [v for v in values if isinstance(v, str)] if isinstance(values, list) else []

    return PlanRows(payload["plan_id"], strings("item_ids"), strings("stage_ids"))
