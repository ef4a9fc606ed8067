"""One handout waiting in the outbox: what it is, whom it is for, and how its tries went (its JSON note)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from .errors import FailureKind, MailError

SIDECAR_VERSION = 1


def now_text() -> str:
    """Now, in UTC, as the notes write it."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class OutboxEntry:
    """One handout waiting in the outbox, with everything needed to send it again."""

    id: str
    to: str
    subject: str
    body: str
    attachment_name: str
    plan_id: str
    plan_revision: int
    client_id: str
    plan_title: str = ""
    client_name: str = ""
    layout: str = ""
    message_id: str = ""  # kept from the first try, so a server that took the mail twice can tell it is one
    created_at: str = ""
    attempts: int = 0
    last_error: str = ""
    last_error_kind: str = ""
    last_attempt_at: str = ""
    sending_since: str = ""  # set just before the server is contacted; still set after a crash mid-send
    pdf_path: Path = field(default=Path(), compare=False)

    @property
    def note_path(self) -> Path:
        """The JSON note beside the PDF."""
        return self.pdf_path.with_suffix(".json")

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        del data["pdf_path"]
        data["version"] = SIDECAR_VERSION
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], pdf_path: Path) -> OutboxEntry:
        """Read a JSON note back; raises ``MailError`` ("outbox") when it is damaged."""
        if not isinstance(data, Mapping):
            raise MailError(FailureKind.OUTBOX, f"{pdf_path.with_suffix('.json').name} is not an outbox note")
        values: dict[str, Any] = {}
        for name, kind in (
            ("id", str),
            ("to", str),
            ("subject", str),
            ("body", str),
            ("attachment_name", str),
            ("plan_id", str),
            ("plan_revision", int),
            ("client_id", str),
            ("plan_title", str),
            ("client_name", str),
            ("layout", str),
            ("message_id", str),
            ("created_at", str),
            ("attempts", int),
            ("last_error", str),
            ("last_error_kind", str),
            ("last_attempt_at", str),
            ("sending_since", str),
        ):
            value = data.get(name, cls.__dataclass_fields__[name].default)
            if not isinstance(value, kind) or isinstance(value, bool):
                raise MailError(FailureKind.OUTBOX, f"{pdf_path.with_suffix('.json').name}: {name} is damaged")
            values[name] = value
        return cls(**values, pdf_path=pdf_path)
