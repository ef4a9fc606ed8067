"""Verbs about clients and their plans: ``clients`` and ``plans``."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from designer.domain import CONDITIONS
from designer.workflows import clients as client_flows
from designer.workflows import plans as plan_flows
from designer.workflows.subject_access import export_client_data

from .common import CommandError, counted, library_of, open_repository, print_json, print_table


def cmd_clients(options: argparse.Namespace, stdout: Any) -> None:
    if options.add is not None:
        with open_repository(options, write=True) as repository:
            saved = client_flows.add_client(
                repository, options.add, email=options.email, phone=options.phone, conditions=tuple(options.condition)
            )
        if options.json:
            print_json(saved.to_dict(), stdout)
        else:
            stdout.write(f"Added client {saved.name} (id {saved.id}){_conditions_words(saved.conditions)}\n")
        return
    if options.email or options.phone:
        raise CommandError("--email and --phone go with --add NAME")
    if options.set_conditions:
        with open_repository(options, write=True) as repository:
            saved = client_flows.set_conditions(repository, options.set_conditions, tuple(options.condition))
        if options.json:
            print_json(saved.to_dict(), stdout)
        else:
            stdout.write(f"{saved.name}: {_conditions_words(saved.conditions).strip(' ;') or 'no conditions'}\n")
        return
    if options.condition:
        raise CommandError("--condition goes with --add NAME or --set-conditions ID")
    if options.erase:
        _erase(options, stdout)
        return
    if options.export:
        if not options.out:
            raise CommandError("--export ID needs --out FILE.zip")
        with open_repository(options) as repository:
            names = export_client_data(repository, library_of(repository), options.export, options.out)
        stdout.write(f"Wrote {counted(len(names), 'file')} about client {options.export} to {options.out}\n")
        return
    if options.archive or options.restore:
        with open_repository(options, write=True) as repository:
            if options.archive:
                client = client_flows.archive_client(repository, options.archive)
                stdout.write(f"Archived {client.name}; bring them back with clients --restore {client.id}\n")
            else:
                client = client_flows.restore_client(repository, options.restore)
                stdout.write(f"Restored {client.name} to the client list\n")
        return
    with open_repository(options) as repository:
        if options.search:
            found = repository.search_clients(options.search, limit=None, archived=options.archived)
        else:
            found = repository.list_clients(archived=options.archived)
    if options.json:
        print_json(
            [{"id": c.id, "name": c.name, "email": c.email, "phone": c.phone, "plans": c.plan_count} for c in found],
            stdout,
        )
        return
    rows = [["ID", "NAME", "EMAIL", "PLANS"]]
    rows += [[c.id, c.name, c.email, str(c.plan_count)] for c in found]
    print_table(rows, stdout)
    stdout.write(counted(len(found), "archived client" if options.archived else "client") + "\n")


def _conditions_words(conditions: tuple[str, ...]) -> str:
    """ "; conditions: Hip replacement, ..." for a client who has any, else nothing."""
    if not conditions:
        return ""
    return "; conditions: " + "; ".join(CONDITIONS[condition].name for condition in conditions)


def _erase(options: argparse.Namespace, stdout: Any) -> None:
    with open_repository(options, write=True) as repository:
        client = repository.get_client(options.erase)
        if not options.yes:
            stdout.write(
                f"Erase {client.name} ({client.id}) and all their plans, sent log and outbox items, from the data "
                "and from every backup? This cannot be undone (archive keeps them restorable). Type the id to "
                "confirm: "
            )
            stdout.flush()
            if sys.stdin.readline().strip() != client.id:
                raise CommandError("not erased: the id typed did not match")
        record = client_flows.erase_client(repository, client.id)
    stdout.write(f"Erased client {record.client_id} on {record.erased_on}; an erasure record (id and date) is kept\n")


def cmd_plans(options: argparse.Namespace, stdout: Any) -> None:
    if options.new:
        _new_plan(options, stdout)
        return
    if options.template or options.title:
        raise CommandError("--template and --title go with --new")
    with open_repository(options) as repository:
        if options.client:
            repository.get_client(options.client)  # a clear "no such client" rather than an empty list
        plans = repository.list_plans(options.client)
    if options.json:
        print_json(
            [
                {
                    "id": p.id,
                    "client": p.client_id,
                    "client_name": p.client_name,
                    "title": p.title,
                    "updated": p.updated,
                    "exercises": p.exercise_count,
                }
                for p in plans
            ],
            stdout,
        )
        return
    rows = [["ID", "CLIENT", "TITLE", "UPDATED"]]
    rows += [[p.id, p.client_name or "-", p.title, p.updated[:16].replace("T", " ")] for p in plans]
    print_table(rows, stdout)
    stdout.write(counted(len(plans), "plan") + "\n")


def _new_plan(options: argparse.Namespace, stdout: Any) -> None:
    if not options.client:
        raise CommandError("--new needs --client ID (see: python main.py clients)")
    with open_repository(options, write=True) as repository:
        client = repository.get_client(options.client)
        saved = plan_flows.start_plan(
            repository, library_of(repository), client.id, template=options.template or "", title=options.title or ""
        )
    stdout.write(f'Started plan "{saved.title}" for {client.name} (id {saved.id})\n')
