"""Writing plan documents: one plan flat, several under "plans", a plan at a time, owner-only, atomically."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from ..domain import Client, Plan, ValidationError
from ..safe_files import PRIVATE_FILE_MODE, atomic_writer, write_file_atomically
from .format import (
    BOOKKEEPING,
    FORMAT,
    VERSION,
    PlanEntry,
    TemplateInfo,
)

# -- writing ------------------------------------------------------------------


def plan_to_document(plan: Plan, client: Client | None = None, template: TemplateInfo | None = None) -> dict[str, Any]:
    """One plan in the interchange form (without the format header)."""
    body = plan.to_dict()
    for key in BOOKKEEPING:
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
