"""Verbs that move plans in and out as files: ``import`` and ``export``."""

from __future__ import annotations

import argparse
from typing import Any

from designer.interchange import check_plan_file, read_file
from designer.workflows.exporting import export_plans, plans_to_export
from designer.workflows.importing import import_entries

from .common import counted, library_of, open_repository


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
        chosen = plans_to_export(
            repository,
            library_of(repository),
            plan_id=options.plan or "",
            client_id=options.client or "",
            template=options.template or "",
        )
        count = export_plans(chosen, options.out)
    stdout.write(f"Exported {counted(count, 'plan')} to {options.out}\n")
