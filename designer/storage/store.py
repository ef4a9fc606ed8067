"""The clinic's data folder behind one small, typed interface: ``Store``.

Layout of the data folder::

    clients/<client id>.json   one TinyDB file per client: the client, all their plans, their sent log
    clients/_unassigned.json   plans not (yet) given to a client
    index.json, index.journal  the summary used for listing and searching (see ``index.py``)
    library.json               the clinic's own exercises
    templates.json             plans the therapist saved as templates
    clinic.json                the clinic's profile
    photos/, logos/            images written by other parts of the designer
    outbox/                    handouts waiting to be sent
    backups/                   rolling generations of every file, snapshots (kept by age), deleted clients
    erasures.json              erasure records: the id and the date of each erased client, nothing personal
    .import/                   an import being written (``import_commit.py``); gone once it is committed
    designer.lock              held by the one copy of the designer that may write

Saving a plan rewrites only that client's file (atomically, with a backup generation kept
first) and appends one line to the journal, so its cost does not grow with the number of
clients.  Every public method takes and returns domain objects and is safe to call from
several threads (the window saves while a background worker reads).
"""

from __future__ import annotations

import contextlib
import hashlib
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain import Client, Plan, SentRecord, ValidationError
from ..safe_files import write_file_atomically
from . import schema
from .errors import (
    ConflictError,
    DamagedDataError,
    NotFoundError,
    SaveError,
    save_failure_message,
)
from .files import (
    make_private_folder,
)
from .index import UNASSIGNED_ID, ClientSummary, PlanSummary
from .journal import Journal
from .repository import PictureFolders, PictureKind

if TYPE_CHECKING:
    from ..mail.outbox import Outbox

from .clinic_files import StoreClinicFiles
from .store_base import (
    PICTURE_HASH_LENGTH,
    PICTURE_NAME,
    PICTURE_SUFFIXES,
    client_file_name,
    remove_document,
    replace_document,
)


class Store(StoreClinicFiles):
    """The clinic's data: clients, plans, the clinic's exercises and templates, the clinic profile.

    Open it with ``Store.open(...)`` and close it (or use ``with``).  ``notices`` holds
    typed notices the window should show (a restored file, a read-only session).
    """

    # -- pictures and the outbox -----------------------------------------------------------

    def _picture_folder(self, kind: PictureKind) -> Path:
        return self.photos_dir if kind is PictureKind.PHOTO else self.logos_dir

    def put_picture(self, kind: PictureKind, data: bytes, suffix: str) -> str:
        """Keep a picture (already made safe) under the hash of its bytes; the same bytes give the same name."""
        if suffix not in PICTURE_SUFFIXES:
            raise ValueError(f"a kept picture is {' or '.join(PICTURE_SUFFIXES)}, not {suffix!r}")
        name = hashlib.sha256(data).hexdigest()[:PICTURE_HASH_LENGTH] + suffix
        with self._writing():
            folder = self._picture_folder(kind)
            target = folder / name
            if not target.exists():
                try:
                    make_private_folder(folder)
                    write_file_atomically(target, data, mode=0o600)
                except OSError as error:
                    raise SaveError(save_failure_message(error, f"the {kind.value}", folder)) from error
        return name

    def get_picture(self, kind: PictureKind, name: str) -> bytes | None:
        """A kept picture's bytes; None for a name the store did not make, or a picture that is gone."""
        if not PICTURE_NAME.fullmatch(name):
            return None  # only names the store made: a hand-edited name must not reach outside its folder
        try:
            return (self._picture_folder(kind) / name).read_bytes()
        except OSError:
            return None

    def picture_folders(self) -> PictureFolders:
        return PictureFolders(photos=self.photos_dir, logos=self.logos_dir)

    def outbox(self) -> Outbox:
        from ..mail.outbox import Outbox

        return Outbox(self.outbox_dir)

    # -- clients ------------------------------------------------------------------------

    def save_client(self, client: Client) -> Client:
        """Add a client or change their details; returns the client as saved.

        Like every save, this stores the record as it will read back (invisible control
        characters removed, text tidied) and returns that, so nothing is kept that cannot
        be opened again; a record that would not read back raises ``ValidationError``.
        """
        if client.id == UNASSIGNED_ID:
            raise ValidationError(f"id: {UNASSIGNED_ID} is kept for plans without a client; choose another id")
        client = Client.from_dict(client.to_dict())
        with self._writing():
            what = f'the client "{client.name}"'
            if client.id in self._index.entries:
                db = self._client_db(client.id, what=what)
                replace_document(db.table("client", cache_size=0), "id", client.id, client.to_dict())
            else:
                path = self.clients_dir / client_file_name(client.id)
                tables = schema.new_tables(schema.CLIENT)
                tables.update({"client": {"1": client.to_dict()}, "plans": {}, "sent": {}})
                db = self._new_db(path, schema.CLIENT, what, tables)
            self._index_changed(client.id, db)
            return client

    def get_client(self, client_id: str) -> Client:
        with self._reading():
            db = self._client_db(client_id)
            record = next(iter(db.table("client", cache_size=0)), None)
            if record is None:
                raise NotFoundError(self._no_client(client_id))
            try:
                return Client.from_dict(record)
            except ValidationError as error:
                raise DamagedDataError(
                    f"The record of client {client_id} could not be read ({error}). "
                    "Restore the data folder from a snapshot in the backups folder."
                ) from error

    def delete_client(self, client_id: str) -> None:
        """Remove a client and all their plans.  The file is kept in backups/deleted, not erased."""
        with self._writing():
            entry = self._index.entries.get(client_id)
            if entry is None or client_id == UNASSIGNED_ID:
                raise NotFoundError(self._no_client(client_id))
            path = self.clients_dir / entry.file
            try:
                if path.exists():
                    self.backups.set_deleted_aside(path)
            except OSError as error:
                raise SaveError(save_failure_message(error, f'the deletion of "{entry.name}"', path.parent)) from error
            self.backups.forget(path)
            self._client_dbs.pop(entry.file, None)
            self._damaged.pop(path, None)
            self._journal_append(Journal.del_line(client_id))
            self._index.remove(client_id)

    def list_clients(self, limit: int | None = None, *, archived: bool = False) -> list[ClientSummary]:
        """Clients in everyday use (or, with ``archived``, those put away), sorted by name (ignoring case and
        accents)."""
        with self._reading():
            summaries = self._index.client_summaries(archived=archived)
            return summaries if limit is None else summaries[:limit]

    def search_clients(self, text: str, limit: int | None = 200, *, archived: bool = False) -> list[ClientSummary]:
        """Clients whose name, email or phone contains ``text`` (ignoring case and accents), sorted by name."""
        with self._reading():
            if not text.strip():
                return self.list_clients(limit, archived=archived)
            return [entry.summary() for entry in self._index.search(text, limit, archived=archived)]

    # -- plans ----------------------------------------------------------------------------

    def save_plan(self, plan: Plan) -> Plan:
        """Save a plan; returns it as saved (``updated`` now, ``revision`` one higher).

        The plan's client must be in the store; a plan with ``client_id == ""`` is kept
        among the plans without a client.
        """
        with self._writing():
            target = plan.client_id or UNASSIGNED_ID
            if target != UNASSIGNED_ID and target not in self._index.entries:
                raise NotFoundError(
                    f'The plan "{plan.title}" is for a client who is not in the clinic\'s list '
                    f"(client id {plan.client_id}). Save the client first, or choose another client."
                )
            stored_revision = self._index.revision_of(plan.id)
            if stored_revision is not None and stored_revision != plan.revision:
                raise ConflictError(
                    f'The plan "{plan.title}" was changed elsewhere since it was opened here (it is at version '
                    f"{stored_revision}, this copy is version {plan.revision}), so saving would overwrite that "
                    "change. Reload the plan to see it, or keep this copy as a new plan.",
                    plan_id=plan.id,
                    stored_revision=stored_revision,
                    your_revision=plan.revision,
                )
            saved = replace(plan, client_id="") if target == UNASSIGNED_ID and plan.client_id else plan
            saved = Plan.from_dict(saved.touched().to_dict())
            previous_owner = self._index.plan_owner.get(plan.id)
            what = f'the plan "{plan.title}"'
            if target not in self._index.entries:
                tables = schema.new_tables(schema.UNASSIGNED)
                tables.update({"plans": {"1": saved.to_dict()}, "sent": {}})
                path = self.clients_dir / client_file_name(UNASSIGNED_ID)
                db = self._new_db(path, schema.UNASSIGNED, what, tables)
            else:
                db = self._client_db(target, what=what)
                replace_document(db.table("plans", cache_size=0), "id", plan.id, saved.to_dict())
            self._index_changed(target, db)
            if previous_owner is not None and previous_owner != target:
                # The plan moved to another client: take it out of the old file (after the new one has it).
                old_db = self._client_db(previous_owner, what=what)
                remove_document(old_db.table("plans", cache_size=0), "id", plan.id)
                self._index_changed(previous_owner, old_db)
            return saved

    def get_plan(self, plan_id: str) -> Plan:
        with self._reading():
            owner = self._index.plan_owner.get(plan_id)
            if owner is None:
                raise NotFoundError(self._no_plan(plan_id))
            db = self._client_db(owner)
            doc = next((d for d in db.table("plans", cache_size=0) if d.get("id") == plan_id), None)
            if doc is None:
                raise NotFoundError(self._no_plan(plan_id))
            try:
                return Plan.from_dict(doc)
            except ValidationError as error:
                title = doc.get("title", plan_id)
                raise DamagedDataError(
                    f'The plan "{title}" could not be read ({error}). An earlier version is in the backups folder.'
                ) from error

    def delete_plan(self, plan_id: str) -> None:
        with self._writing():
            owner = self._index.plan_owner.get(plan_id)
            if owner is None:
                raise NotFoundError(self._no_plan(plan_id))
            db = self._client_db(owner, what="the deletion of the plan")
            if not remove_document(db.table("plans", cache_size=0), "id", plan_id):
                raise NotFoundError(self._no_plan(plan_id))
            self._index_changed(owner, db)

    def list_plans(self, client_id: str | None = None, *, limit: int | None = None) -> list[PlanSummary]:
        """Plans, newest first: all of them, one client's (``""``: those without a client), or the newest ``limit``."""
        with self._reading():
            target = None if client_id is None else (client_id or UNASSIGNED_ID)
            return self._index.plans(target, limit)

    def plans_using_exercise(self, exercise_id: str) -> list[PlanSummary]:
        """The plans with this exercise in them, newest first (reads every client file: call it off the GUI
        thread; an index of exercises per plan would make it instant)."""
        with self._reading():
            using: set[str] = set()
            for client_id in list(self._index.entries):
                db = self._client_db(client_id)
                for doc in db.table("plans", cache_size=0):
                    items = doc.get("items", [])
                    if any(isinstance(item, dict) and item.get("exercise") == exercise_id for item in items):
                        using.add(str(doc.get("id")))
            return [summary for summary in self._index.plans(None, None) if summary.id in using]

    # -- the sent log ----------------------------------------------------------------------

    def record_sent(self, client_id: str, record: SentRecord) -> None:
        """Add a handout to the client's sent log (``""``: the log of plans without a client)."""
        record = SentRecord.from_dict(record.to_dict())
        with self._writing():
            target = client_id or UNASSIGNED_ID
            what = "the record of the sent handout"
            if target == UNASSIGNED_ID and target not in self._index.entries:
                tables = schema.new_tables(schema.UNASSIGNED)
                tables.update({"plans": {}, "sent": {"1": record.to_dict()}})
                db = self._new_db(self.clients_dir / client_file_name(UNASSIGNED_ID), schema.UNASSIGNED, what, tables)
            else:
                db = self._client_db(target, what=what)
                db.table("sent", cache_size=0).insert(record.to_dict())
            self._index_changed(target, db)

    def sent_log(self, client_id: str) -> list[SentRecord]:
        """The handouts sent to a client, newest first."""
        with self._reading():
            target = client_id or UNASSIGNED_ID
            if target == UNASSIGNED_ID and target not in self._index.entries:
                return []
            db = self._client_db(target)
            records = []
            for doc in db.table("sent", cache_size=0):
                with contextlib.suppress(ValidationError):  # one unreadable line must not hide the others
                    records.append(SentRecord.from_dict(doc))
            return sorted(records, key=lambda r: r.sent_at, reverse=True)

    # -- snapshots ------------------------------------------------------------------------------

    def snapshot(self, *, force: bool = False, keep_days: int | None = None) -> Path | None:
        """Zip the whole data folder into backups/snapshots (at most once a day unless ``force``); snapshots older
        than ``keep_days`` (None: the clinic's setting) go.

        Returns the zip's path, or None when today's snapshot already exists.  Runs without
        holding up saves, so the window can call it from a background thread.
        """
        with self._lock:
            self._check_open()
            self._check_writable()
        days = self.get_clinic().keep_backups_days if keep_days is None else keep_days
        try:
            return self.backups.snapshot(force=force, keep_days=days)
        except OSError as error:
            raise SaveError(save_failure_message(error, "the snapshot of the data folder", self.backups_dir)) from error
