"""A plan's edits that could not reach the shared database, kept on this desk until they can.

When the server is away, the window keeps the open plan's edits here (one owner-only file per plan in the desk's
own folder), so closing the window or a crash loses nothing.  When the server is back they are saved through the
same revision check as any save: saved once, or, when another desk changed the plan meanwhile, kept as a copy
(``save_kept_edits``), never written over another desk's work.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass, field, replace
from pathlib import Path

from ...domain import Plan, ValidationError
from ...safe_files import write_file_atomically
from ..errors import ConflictError, NotFoundError, StoreError
from ..repository import Repository


class UnsavedEdits:
    """``<desk folder>/unsaved/<plan id>.json``: the plans whose latest edits are not in the database yet."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def keep(self, plan: Plan) -> None:
        """Keep the plan as edited (replacing an earlier kept version of it).  Raises ``OSError``."""
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        write_file_atomically(self._path(plan.id), json.dumps(plan.to_dict(), ensure_ascii=False).encode("utf-8"))

    def forget(self, plan_id: str) -> None:
        with contextlib.suppress(OSError):
            self._path(plan_id).unlink()

    def plans(self) -> list[Plan]:
        """Every kept plan, oldest edit first; a file that cannot be read is left where it is, for a person."""
        kept: list[Plan] = []
        try:
            files = sorted(self.folder.glob("*.json"))
        except OSError:
            return []
        for path in files:
            try:
                kept.append(Plan.from_dict(json.loads(path.read_text(encoding="utf-8"))))
            except (OSError, ValueError, ValidationError):
                continue
        return sorted(kept, key=lambda plan: plan.updated)

    def forget_client(self, client_id: str) -> None:
        """A client erased: their kept edits go too."""
        for plan in self.plans():
            if plan.client_id == client_id:
                self.forget(plan.id)

    def _path(self, plan_id: str) -> Path:
        return self.folder / f"{plan_id}.json"


@dataclass
class KeptEditsResult:
    """What became of the kept edits, for the therapist to read."""

    saved: list[Plan] = field(default_factory=list)
    copies: list[Plan] = field(default_factory=list)  # changed on another desk meanwhile: saved as new plans
    waiting: list[Plan] = field(default_factory=list)  # the server is still away, or the client is gone

    def summary(self) -> str:
        parts = []
        if self.saved:
            parts.append(f"Saved the changes kept on this computer to {_titles(self.saved)}.")
        if self.copies:
            parts.append(
                f"{_titles(self.copies)} had been changed on another desk meanwhile, so the changes kept here "
                "were saved as a new plan beside it."
            )
        return " ".join(parts)


def save_kept_edits(repository: Repository, kept: UnsavedEdits, *, open_plan: str = "") -> KeptEditsResult:
    """Save each kept plan once, through the revision check; whatever cannot be saved yet stays kept.

    ``open_plan`` is left to the window that has it open: its own retry saves it (saving it here as well would
    make the window's save look like another desk's change)."""
    result = KeptEditsResult()
    for plan in kept.plans():
        if plan.id == open_plan:
            continue
        try:
            saved = repository.save_plan(plan)
        except ConflictError:
            try:
                copy = replace(plan.copy_for_next_session(), start_date=plan.start_date, review_date=plan.review_date)
                saved = repository.save_plan(replace(copy, title=f"{plan.title} (kept while the server was away)"))
            except StoreError:
                result.waiting.append(plan)
                continue
            result.copies.append(saved)
        except (NotFoundError, StoreError):
            result.waiting.append(plan)
            continue
        else:
            result.saved.append(saved)
        kept.forget(plan.id)
    return result


def _titles(plans: list[Plan]) -> str:
    names = [f"\u201c{plan.title}\u201d" for plan in plans]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
