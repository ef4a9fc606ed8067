"""A record of a handout sent to a client: when, to whom, and which version of which plan."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .errors import Problems
from .fields import read_int, read_str


@dataclass(frozen=True)
class SentRecord:
    """One handout that left the clinic, kept in the client's sent log."""

    sent_at: str  # ISO 8601 time, UTC
    to: str
    plan_id: str
    plan_title: str
    plan_revision: int
    method: str  # "smtp", "mail-program" or "saved"
    file_name: str = ""
    layout: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "sent_at": self.sent_at,
            "to": self.to,
            "plan_id": self.plan_id,
            "plan_title": self.plan_title,
            "plan_revision": self.plan_revision,
            "method": self.method,
            "file_name": self.file_name,
            "layout": self.layout,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SentRecord:
        found = Problems()
        record = cls(
            sent_at=read_str(data, "sent_at", found, required=True),
            to=read_str(data, "to", found, limit=1000),
            plan_id=read_str(data, "plan_id", found),
            plan_title=read_str(data, "plan_title", found),
            plan_revision=read_int(data, "plan_revision", found, low=0, high=10**9, default=0) or 0,
            method=read_str(data, "method", found),
            file_name=read_str(data, "file_name", found, limit=500),
            layout=read_str(data, "layout", found),
        )
        found.raise_if_any()
        return record
