"""Read-only Qt lists of the store's summaries: clients, a client's plans, and the sent log.

Each model adapts a plain list handed to it by the window (``base_list.RowListModel``);
none reads the store itself, so a slow disk never stalls a paint.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import ClassVar

from PySide6.QtCore import Qt

from designer.domain import SentRecord
from designer.storage import ClientSummary, PlanSummary

from .base_list import Row, RowListModel

IdRole = Qt.ItemDataRole.UserRole + 1
SubtitleRole = Qt.ItemDataRole.UserRole + 2


def friendly_time(iso_text: str, now: dt.datetime | None = None) -> str:
    """ "today 14:05", "yesterday", "3 Mar 2026" from an ISO time stored in UTC."""
    if not iso_text:
        return ""
    try:
        moment = dt.datetime.fromisoformat(iso_text)
    except ValueError:
        return iso_text[:10]
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    local = moment.astimezone()
    today = (now or dt.datetime.now().astimezone()).date()
    if local.date() == today:
        return f"today {local:%H:%M}"
    if local.date() == today - dt.timedelta(days=1):
        return f"yesterday {local:%H:%M}"
    return f"{local.day} {local:%b %Y}"


class SummaryListModel(RowListModel[Row]):
    """A list of summary rows: a title, a line of detail and an id; subclasses say which."""

    SPOKEN_WITH_NAME = SubtitleRole

    def row_data(self, value: Row, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.title_of(value)
        if role == SubtitleRole:
            return self.subtitle_of(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            subtitle = self.subtitle_of(value)
            return f"{self.title_of(value)}\n{subtitle}" if subtitle else self.title_of(value)
        if role == IdRole:
            return self.id_of(value)
        return None

    def title_of(self, value: Row) -> str:
        raise NotImplementedError

    def subtitle_of(self, value: Row) -> str:
        return ""


class ClientListModel(SummaryListModel[ClientSummary]):
    """Clients (``ClientSummary`` rows): name, then email or phone and how many plans."""

    def title_of(self, value: ClientSummary) -> str:
        return str(value.name)

    def subtitle_of(self, value: ClientSummary) -> str:
        contact = value.email or value.phone or "no email yet"
        count = int(getattr(value, "plan_count", 0) or 0)
        plans = "no plans" if count == 0 else ("1 plan" if count == 1 else f"{count} plans")
        return f"{contact} · {plans}"


class PlanListModel(SummaryListModel[PlanSummary]):
    """A client's plans (``PlanSummary`` rows), newest first as the store gives them."""

    def title_of(self, value: PlanSummary) -> str:
        return str(value.title)

    def subtitle_of(self, value: PlanSummary) -> str:
        count = int(value.exercise_count)
        exercises = "1 exercise" if count == 1 else f"{count} exercises"
        return f"{exercises} · changed {friendly_time(value.updated)}"


class SentLogModel(SummaryListModel[SentRecord]):
    """The handouts sent to a client (``SentRecord`` rows), newest first."""

    METHODS: ClassVar[dict[str, str]] = {
        "smtp": "emailed",
        "mail-program": "drafted in the mail program",
        "saved": "saved as PDF",
    }

    def set_rows(self, rows: Sequence[SentRecord]) -> None:
        super().set_rows(sorted(rows, key=lambda record: record.sent_at, reverse=True))

    def title_of(self, value: SentRecord) -> str:
        return f"{value.plan_title} (version {value.plan_revision})"

    def subtitle_of(self, value: SentRecord) -> str:
        how = self.METHODS.get(value.method, value.method)
        to = f" to {value.to}" if value.to else ""
        return f"{how}{to} · {friendly_time(value.sent_at)}"

    def id_of(self, value: SentRecord) -> str:
        return f"{value.plan_id}@{value.sent_at}"
