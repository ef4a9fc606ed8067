"""Importing plan files: the whole file is checked first (``designer.interchange``), then written.

Clients in the file are matched to the clinic's by id, then email, then exact name; a plan already here unchanged
is left alone, and one changed since comes in as a copy, so an import never overwrites the clinic's work.  The
whole import is then written in one step (``Repository.import_plans``): all of it, or nothing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from designer.domain import Client, Plan
from designer.interchange import KnownExercises, PlanEntry, plan_to_document, read_file
from designer.storage import NotFoundError
from designer.storage.repository import Repository


@dataclass
class ImportResult:
    """What an import did, for the therapist to read."""

    plans: list[Plan] = field(default_factory=list)
    new_clients: list[Client] = field(default_factory=list)
    matched_clients: list[Client] = field(default_factory=list)
    renamed_ids: list[str] = field(default_factory=list)
    unchanged_ids: list[str] = field(default_factory=list)

    def summary(self) -> str:
        parts = [f"Imported {len(self.plans)} plan{'s' if len(self.plans) != 1 else ''}"]
        if self.new_clients:
            parts.append(f"{len(self.new_clients)} new client{'s' if len(self.new_clients) != 1 else ''}")
        if self.matched_clients:
            parts.append(f"{len(self.matched_clients)} existing client{'s' if len(self.matched_clients) != 1 else ''}")
        if self.renamed_ids:
            parts.append(f"{len(self.renamed_ids)} changed since, imported as copies")
        if self.unchanged_ids:
            parts.append(f"{len(self.unchanged_ids)} already here unchanged, left as they are")
        return ", ".join(parts) + "."


def import_entries(entries: Sequence[PlanEntry], repository: Repository) -> ImportResult:
    """Save checked plans into the store in one step, matching clients by id, then email, then exact name.

    Nothing in a document overwrites what the clinic already has: a plan whose id is already in the store
    (and changed since) is imported as a copy with a new id.  The plans and new clients are written with
    ``Repository.import_plans``: all of them or, on any failure, none.
    """
    result = ImportResult()
    plans = _plan_import(entries, repository, result)
    result.plans = repository.import_plans(result.new_clients, plans) if plans or result.new_clients else []
    return result


def _plan_import(entries: Sequence[PlanEntry], repository: Repository, result: ImportResult) -> list[Plan]:
    """Decide, without writing, which clients are new and which plans come in (and under which ids)."""
    known_by_email: dict[str, str] = {}
    known_by_name: dict[str, str] = {}
    for summary in repository.list_clients():
        if summary.email:
            known_by_email.setdefault(summary.email.casefold(), summary.id)
        known_by_name.setdefault(summary.name.casefold(), summary.id)
    resolved: dict[str, Client] = {}
    plans: list[Plan] = []
    for entry in entries:
        plan = entry.plan
        client_id = ""
        if entry.client is not None:
            client = entry.client
            if client.id not in resolved:
                existing_id = _find_client(repository, client, known_by_email, known_by_name)
                if existing_id:
                    resolved[client.id] = repository.get_client(existing_id)
                    result.matched_clients.append(resolved[client.id])
                else:
                    resolved[client.id] = client
                    result.new_clients.append(client)
                    if client.email:
                        known_by_email.setdefault(client.email.casefold(), client.id)
                    known_by_name.setdefault(client.name.casefold(), client.id)
            client_id = resolved[client.id].id
        plan = replace(plan, client_id=client_id)
        try:
            existing = repository.get_plan(plan.id)
        except NotFoundError:
            pass
        else:
            if existing.client_id == client_id and plan_to_document(existing) == plan_to_document(plan):
                result.unchanged_ids.append(plan.id)  # the very same plan is already here: nothing to do
                continue
            result.renamed_ids.append(plan.id)
            plan = plan.copy_for_next_session()
            plan = replace(plan, client_id=client_id, start_date=entry.plan.start_date)
        plans.append(plan)
    return plans


def _find_client(
    repository: Repository, client: Client, by_email: Mapping[str, str], by_name: Mapping[str, str]
) -> str | None:
    try:
        existing = repository.get_client(client.id)
    except NotFoundError:
        pass
    else:
        return existing.id
    if client.email and client.email.casefold() in by_email:
        return by_email[client.email.casefold()]
    if not client.email and client.name.casefold() in by_name:
        return by_name[client.name.casefold()]
    return None


def import_file(path: Path, repository: Repository, library: KnownExercises) -> ImportResult:
    """Check a whole file, then import it; on any problem nothing is imported."""
    entries = read_file(path, library)
    return import_entries(entries, repository)
