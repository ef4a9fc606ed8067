"""Verbs that move plans in and out as files: ``import`` and ``export``."""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from typing import Any

from designer.domain import Client, Plan
from designer.interchange import PlanEntry, TemplateInfo, check_plan_file, read_file, write_entries
from designer.storage.repository import Repository
from designer.workflows.importing import import_entries
from designer.workflows.templates import find_template, load_template

from .common import CommandError, counted, library_of, open_repository


def cmd_import(options: argparse.Namespace, stdout: Any) -> None:
    check_plan_file(options.file)  # a missing file is told before any data folder is made for it
    with open_repository(options, write=True) as repository:
        entries = read_file(options.file, library_of(repository))  # checks everything before anything is written
        result = import_entries(entries, repository)  # then writes it in one step
    stdout.write(result.summary() + "\n")
    for plan in result.plans:
        stdout.write(f"  {plan.id}  {plan.title}\n")


def cmd_export(options: argparse.Namespace, stdout: Any) -> None:
    with open_repository(options) as repository:
        # Plans are read as they are written, so an export of every plan never holds them all at once.
        count = write_entries(_entries_to_export(options, repository), options.out)
    stdout.write(f"Exported {counted(count, 'plan')} to {options.out}\n")


def _entries_to_export(options: argparse.Namespace, repository: Repository) -> Iterable[PlanEntry]:
    clients: dict[str, Client] = {}

    def entry(plan: Plan) -> PlanEntry:
        if plan.client_id and plan.client_id not in clients:
            clients[plan.client_id] = repository.get_client(plan.client_id)
        return PlanEntry(plan, clients.get(plan.client_id) if plan.client_id else None)

    if options.plan:
        return [entry(repository.get_plan(options.plan))]
    if options.client:
        repository.get_client(options.client)
        entries = [entry(repository.get_plan(summary.id)) for summary in repository.list_plans(options.client)]
        if not entries:
            raise CommandError(f"client {options.client} has no plans to export")
        return entries
    if options.template:
        template = find_template(repository, options.template)
        plan = load_template(repository, library_of(repository), template.id)
        return [PlanEntry(plan, None, TemplateInfo(template.id, template.name, template.description))]
    summaries = repository.list_plans()
    if not summaries:
        raise CommandError("there are no plans to export yet")
    return (entry(repository.get_plan(summary.id)) for summary in reversed(summaries))
