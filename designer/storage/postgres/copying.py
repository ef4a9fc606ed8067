"""Moving a desk's data into the shared database and back out, verified; and the database's snapshots.

``copy_folder_to_database`` reads an embedded data folder and writes everything into an empty database in one
transaction: all of it or nothing.  ``copy_database_to_folder`` reads the database in one consistent transaction
and writes an empty data folder.  Both then read the destination back and compare counts and checksums for each
kind of record (clients, plans, sent log, clinic, exercises, templates, pictures); a difference is an error, never
a quiet "done".  Plans keep their revision and times exactly, so the sent log still says which version was sent.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ...domain import Client, Clinic, Exercise, Plan, SentRecord
from ..backups import Backups
from ..errors import StoreError
from ..index import UNASSIGNED_ID
from ..repository import PictureKind, Repository
from ..schema import SCHEMA_VERSION
from ..store_base import PICTURE_NAME, replace_document
from .base import jsonb

if TYPE_CHECKING:
    from ..store import Store
    from .repository import PostgresRepository


class CopyError(StoreError):
    """A copy was refused (the destination is not empty) or did not read back the same."""


@dataclass
class ClinicData:
    """Everything a clinic keeps, read out of one store."""

    clients: list[Client] = field(default_factory=list)
    plans: list[Plan] = field(default_factory=list)
    sent: dict[str, list[SentRecord]] = field(default_factory=dict)  # client id ("" for no client) -> log
    clinic: Clinic = field(default_factory=Clinic)
    exercises: list[Exercise] = field(default_factory=list)
    templates: list[tuple[str, Plan]] = field(default_factory=list)  # (name, plan)
    pictures: list[tuple[PictureKind, str, bytes]] = field(default_factory=list)


def read_everything(repository: Repository) -> ClinicData:
    """Everything in a store, through the Repository interface (one consistent read for the database)."""
    consistent = getattr(repository, "consistent_reading", None)
    with consistent() if consistent is not None else contextlib.nullcontext():
        data = ClinicData()
        summaries = repository.list_clients() + repository.list_clients(archived=True)
        data.clients = [repository.get_client(summary.id) for summary in summaries]
        data.plans = [repository.get_plan(summary.id) for summary in repository.list_plans()]
        for client_id in ["", *(client.id for client in data.clients)]:
            log = repository.sent_log(client_id)
            if log:
                data.sent[client_id] = log
        data.clinic = repository.get_clinic()
        data.exercises = repository.list_custom_exercises()
        data.templates = [(name, repository.get_saved_template(tid)) for tid, name in repository.list_saved_templates()]
        folders = repository.picture_folders()
        for kind, folder in ((PictureKind.PHOTO, folders.photos), (PictureKind.LOGO, folders.logos)):
            names = sorted(os.listdir(folder)) if folder.is_dir() else []
            for name in names:
                if PICTURE_NAME.fullmatch(name):
                    picture = repository.get_picture(kind, name)
                    if picture is not None:
                        data.pictures.append((kind, name, picture))
    return data


def fingerprint(data: ClinicData) -> dict[str, tuple[int, str]]:
    """For each kind of record: how many, and a checksum of them all (independent of the store's order)."""

    def digest(items: list[Any]) -> str:
        text = json.dumps(items, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]

    by_id = "id"
    sent = sorted([client_id, [record.to_dict() for record in log]] for client_id, log in data.sent.items())
    return {
        "clients": (len(data.clients), digest(sorted((c.to_dict() for c in data.clients), key=lambda d: d["id"]))),
        "plans": (len(data.plans), digest(sorted((p.to_dict() for p in data.plans), key=lambda d: d["id"]))),
        "sent": (sum(len(log) for log in data.sent.values()), digest(sent)),
        "clinic": (1, digest([data.clinic.to_dict()])),
        "exercises": (
            len(data.exercises),
            digest(sorted((e.to_dict() for e in data.exercises), key=lambda d: d[by_id])),
        ),
        "templates": (len(data.templates), digest(sorted([name, plan.to_dict()] for name, plan in data.templates))),
        "pictures": (
            len(data.pictures),
            digest(sorted([kind.value, name, hashlib.sha256(raw).hexdigest()] for kind, name, raw in data.pictures)),
        ),
    }


def verify(source: ClinicData, destination: Repository) -> dict[str, tuple[int, str]]:
    """Read the destination back and compare; returns the fingerprint, raises ``CopyError`` on a difference."""
    expected = fingerprint(source)
    found = fingerprint(read_everything(destination))
    different = [kind for kind in expected if expected[kind] != found[kind]]
    if different:
        details = "; ".join(f"{kind}: {expected[kind][0]} copied, {found[kind][0]} read back" for kind in different)
        raise CopyError(f"The copy does not read back the same ({details}). Do not use the copy; try again.")
    return found


def is_empty(repository: Repository) -> bool:
    return not (
        repository.list_clients(1)
        or repository.list_clients(1, archived=True)
        or repository.list_plans(limit=1)
        or repository.list_saved_templates()
        or repository.list_custom_exercises()
    )


def copy_into_database(source: Repository, database: PostgresRepository) -> dict[str, tuple[int, str]]:
    """Copy everything from ``source`` into an empty database, in one transaction; verified."""
    if not is_empty(database):
        raise CopyError(f"{database.location} already has clients or plans; copy only into an empty database.")
    data = read_everything(source)
    with database._transaction(what="the copy into the database") as cur:
        for client in data.clients:
            cur.execute(
                "INSERT INTO clients (id, doc, schema_version, name, name_key, search_text, phone_digits, archived)"
                " VALUES (%s, %s, %s, %s, %s, %s, %s, %s)",
                database._client_row(client),
            )
        cur.executemany(
            "INSERT INTO plans (id, client_id, doc, schema_version, title, updated, revision, exercise_count,"
            " exercise_ids) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)",
            [database._plan_row(plan) for plan in data.plans],
        )
        database._refresh_client_facts(cur, *(client.id for client in data.clients))
        for client_id, log in data.sent.items():
            # Oldest first, so the log's own order (newest first, ties as written) reads back the same.
            cur.executemany(
                "INSERT INTO sent_log (client_id, doc, schema_version, sent_at) VALUES (%s, %s, %s, %s)",
                [(client_id or None, jsonb(r.to_dict()), SCHEMA_VERSION, r.sent_at) for r in reversed(log)],
            )
        cur.execute(
            "INSERT INTO clinic (id, doc, schema_version) VALUES (1, %s, %s)"
            " ON CONFLICT (id) DO UPDATE SET doc = excluded.doc",
            (jsonb(data.clinic.to_dict()), SCHEMA_VERSION),
        )
        for exercise in data.exercises:
            cur.execute(
                "INSERT INTO exercises (id, doc, schema_version, name_key) VALUES (%s, %s, %s, %s)",
                database._exercise_row(exercise),
            )
        for name, plan in data.templates:
            cur.execute(
                "INSERT INTO templates (id, name, name_key, plan, schema_version) VALUES (%s, %s, %s, %s, %s)",
                database._template_row(name, plan),
            )
        for kind, name, raw in data.pictures:
            cur.execute(
                "INSERT INTO pictures (kind, name, data) VALUES (%s, %s, %s) ON CONFLICT DO NOTHING",
                (kind.value, name, raw),
            )
        database._tell_other_desks(cur, "everything", "copy")
    return verify(data, database)


def copy_into_folder(source: Repository, store: Store) -> dict[str, tuple[int, str]]:
    """Copy everything from ``source`` into an empty data folder's store; verified."""
    if not is_empty(store):
        raise CopyError(f"{store.location} already has clients or plans; copy only into an empty data folder.")
    data = read_everything(source)
    for client in data.clients:
        store.save_client(client)
    for plan in data.plans:
        store.save_plan(replace(plan, revision=0))
        _keep_plan_exactly(store, plan)
    for client_id, log in data.sent.items():
        for record in reversed(log):
            store.record_sent(client_id, record)
    store.save_clinic(data.clinic)
    for exercise in data.exercises:
        store.save_exercise(exercise)
    for name, plan in data.templates:
        store.save_template(name, plan)
    folders = store.picture_folders()
    for kind, name, raw in data.pictures:
        from ...safe_files import write_file_atomically

        folder = folders.photos if kind is PictureKind.PHOTO else folders.logos
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        write_file_atomically(folder / name, raw, mode=0o600)  # the same name the plans and profile use
    return verify(data, store)


def _keep_plan_exactly(store: Store, plan: Plan) -> None:
    """Put the plan in as it was (its revision and times), where a save would mark it as saved now."""
    with store._writing():
        target = plan.client_id or UNASSIGNED_ID
        db = store._client_db(target, what=f'the plan "{plan.title}"')
        replace_document(db.table("plans", cache_size=0), "id", plan.id, plan.to_dict())
        store._index_changed(target, db)


def snapshot_to_zip(database: PostgresRepository, *, force: bool = False, keep_days: int) -> Path | None:
    """Today's snapshot of the database: one consistent read, written as an embedded data folder, zipped; this
    desk's snapshots older than ``keep_days`` are removed."""
    from ..store import Store

    kept = Backups(database.local_folder)
    now = dt.datetime.now(dt.UTC)
    if not force and any(kept.day_of(p) == now.date() for p in kept.snapshots()):
        return None
    target = kept.snapshot_path(now)
    with tempfile.TemporaryDirectory(prefix="designer-snapshot-") as temp:
        folder = Path(temp) / "data"
        with Store.open(folder) as store:
            copy_into_folder(database, store)
        made = Backups(folder).snapshot(force=True)
        assert made is not None
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        shutil.move(str(made), str(target))  # across disks too: the temporary folder may be elsewhere
    kept.forget_older_than(keep_days, now)
    return target
