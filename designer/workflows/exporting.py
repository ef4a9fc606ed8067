"""Exporting plans as files (``designer.interchange``'s format): one plan, a client's plans, a template, or every
plan, for the command line's ``export`` and the window's File → Export.

Plans are read as they are written, so an export of every plan never holds them all at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from designer.domain import Client, Plan
from designer.interchange import PlanEntry, TemplateInfo, write_entries
from designer.library import Library
from designer.storage.repository import Repository

from .errors import WorkflowError
from .templates import find_template, load_template


def export_plans(entries: Iterable[PlanEntry], path: Path) -> int:
    """Write the plans to ``path`` whole or not at all, owner-only; how many were written.  Raises ``ValueError``
    with the reason in words when the file cannot be written."""
    return write_entries(entries, path)


def with_clients(plans: Sequence[Plan], repository: Repository, client: Client | None = None) -> list[PlanEntry]:
    """Each plan with its client (``client`` when the caller has it already), as an export carries them."""
    known = {client.id: client} if client is not None else {}
    return list(_entries(plans, repository, known))


def plans_to_export(
    repository: Repository,
    library: Library,
    *,
    plan_id: str = "",
    client_id: str = "",
    template: str = "",
) -> Iterable[PlanEntry]:
    """What an export holds: one plan, one client's plans, one template as a plan, or (none given) every plan.

    Raises ``WorkflowError`` when there is nothing to export, and the store's ``NotFoundError`` for a wrong id.
    """
    if plan_id:
        return with_clients([repository.get_plan(plan_id)], repository)
    if client_id:
        client = repository.get_client(client_id)
        plans = [repository.get_plan(summary.id) for summary in repository.list_plans(client_id)]
        if not plans:
            raise WorkflowError(f"{client.name} has no plans to export yet.")
        return with_clients(plans, repository, client)
    if template:
        found = find_template(repository, template)
        plan = load_template(repository, library, found.id)
        return [PlanEntry(plan, None, TemplateInfo(found.id, found.name, found.description))]
    summaries = repository.list_plans()
    if not summaries:
        raise WorkflowError("There are no plans to export yet.")
    return _entries((repository.get_plan(summary.id) for summary in reversed(summaries)), repository, {})


def _entries(plans: Iterable[Plan], repository: Repository, clients: dict[str, Client]) -> Iterable[PlanEntry]:
    for plan in plans:
        if plan.client_id and plan.client_id not in clients:
            clients[plan.client_id] = repository.get_client(plan.client_id)
        yield PlanEntry(plan, clients.get(plan.client_id) if plan.client_id else None)
