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
    backups/                   rolling generations of every file, daily snapshots, deleted clients
    designer.lock              held by the one copy of the designer that may write

Saving a plan rewrites only that client's file (atomically, with a backup generation kept
first) and appends one line to the journal, so its cost does not grow with the number of
clients.  Every public method takes and returns domain objects and is safe to call from
several threads (the window saves while a background worker reads).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import re
import threading
from collections import OrderedDict
from collections.abc import Iterator, MutableMapping
from dataclasses import replace
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

import filelock
from tinydb import TinyDB
from tinydb.table import Document, Table

from ..domain import Client, Clinic, Exercise, Plan, SentRecord, ValidationError
from ..domain.fields import clean_text
from ..paths import default_data_dir
from ..safe_files import TEMP_SUFFIX, write_file_atomically
from . import schema
from .backups import Backups, in_words, utc_stamp
from .errors import (
    ConflictError,
    DamagedDataError,
    NotFoundError,
    ReadOnlyError,
    SaveError,
    StoreError,
    StoreLockedError,
    save_failure_message,
)
from .files import (
    FileDamaged,
    SafeJSONStorage,
    Signature,
    Tables,
    encode_json,
    file_signature,
    make_private_folder,
    parse_tables,
    signature,
    write_atomically,
)
from .index import UNASSIGNED_ID, ClientEntry, ClientIndex, ClientSummary, Journal, PlanSummary, fold
from .repository import Notice, NoticeKind, PictureFolders, PictureKind

if TYPE_CHECKING:
    from ..mail.outbox import Outbox

PICTURE_SUFFIXES = (".jpg", ".png")
PICTURE_HASH_LENGTH = 32
PICTURE_NAME = re.compile(r"[0-9a-f]{16,64}\.(?:jpg|png)")  # as the picture imports name them

LOCK_NAME = "designer.lock"
INDEX_NAME = "index.json"
JOURNAL_NAME = "index.journal"
# Client files kept open (parsed) at once; a therapist works with a handful of clients a day.
OPEN_CLIENT_FILES = 256
# Write the journal into index.json when replaying it would cost more than re-reading a quarter of the index.
COMPACT_AT_LEAST = 1_000_000
# Above this many files read again while opening, write a fresh index.json instead of journal lines.
REWRITE_INDEX_AFTER = 200
WAIT_WHEN_TRUE = 10.0  # seconds to wait for the lock when Store.open(wait=True)
# The small files, and how a message names them ("... could not be saved").
SMALL_FILES = {
    schema.CLINIC: "the clinic profile",
    schema.LIBRARY: "the clinic's own exercises",
    schema.TEMPLATES: "the saved templates",
}

_WINDOWS_DEVICE_NAMES = {"con", "prn", "aux", "nul", *(f"com{n}" for n in range(10)), *(f"lpt{n}" for n in range(10))}


def client_file_name(client_id: str) -> str:
    """The file of a client: its id, made safe for folders that ignore case (Windows, macOS)."""
    if client_id == UNASSIGNED_ID:
        return f"{UNASSIGNED_ID}.json"
    if client_id != client_id.lower() or client_id.lower() in _WINDOWS_DEVICE_NAMES:
        # "Ab" and "ab" would be one file on a case-insensitive disk: add a short hash of the exact id.
        digest = hashlib.sha1(client_id.encode("utf-8")).hexdigest()[:8]
        return f"{client_id.lower()}~{digest}.json"
    return f"{client_id}.json"


def template_id(name: str) -> str:
    """A template's id from its name: "Back care – stage 1" -> "back-care-stage-1"."""
    text = re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")[:60].strip("-")
    return text or "template-" + hashlib.sha1(name.encode("utf-8", "surrogatepass")).hexdigest()[:8]


def _replace_document(table: Table, key: str, value: str, document: dict[str, Any]) -> None:
    """Put ``document`` in place of the one whose ``key`` is ``value`` (or add it), in one write."""
    existing = next((doc.doc_id for doc in table if doc.get(key) == value), None)
    if existing is None:
        table.insert(document)
        return

    def swap(doc: MutableMapping[str, Any]) -> None:
        doc.clear()
        doc.update(document)

    table.update(swap, doc_ids=[existing])


def _remove_document(table: Table, key: str, value: str) -> bool:
    ids = [doc.doc_id for doc in table if doc.get(key) == value]
    if ids:
        table.remove(doc_ids=ids)
    return bool(ids)


class Store:
    """The clinic's data: clients, plans, the clinic's exercises and templates, the clinic profile.

    Open it with ``Store.open(...)`` and close it (or use ``with``).  ``notices`` holds
    plain-words messages the window should show (a restored file, a read-only session).
    """

    def __init__(self, data_dir: Path, *, read_only: bool, read_only_reason: str) -> None:
        self.data_dir = data_dir
        self.read_only = read_only
        self.notices: list[Notice] = []
        self._read_only_reason = read_only_reason
        self._lock = threading.RLock()
        self._file_lock: filelock.BaseFileLock | None = None
        self._closed = False
        self.backups = Backups(data_dir)
        self._index = ClientIndex()
        self._journal = Journal(data_dir / JOURNAL_NAME)
        self._index_sig: Signature | None = None
        self._client_dbs: OrderedDict[str, TinyDB] = OrderedDict()
        self._small_dbs: dict[str, TinyDB] = {}
        self._damaged: dict[Path, str] = {}  # damaged files with no good backup: path -> what to tell

    # -- opening and closing ----------------------------------------------------------

    @classmethod
    def open(
        cls,
        data_dir: Path | str | None = None,
        *,
        read_only: bool = False,
        wait: float | bool = False,
        require_write: bool = False,
    ) -> Store:
        """Open the data folder (the per-user default when ``data_dir`` is None).

        When another copy of the designer holds the folder, this opens read-only with a notice,
        or raises ``StoreLockedError`` if ``require_write``.  ``wait`` is how many seconds to
        wait for the other copy first (True: 10 s).  Damaged files are restored from backups.
        """
        folder = Path(data_dir if data_dir is not None else default_data_dir()).expanduser().absolute()
        if folder.exists() and not folder.is_dir():
            raise StoreError(f"The data folder {folder} is a file, not a folder. Choose a folder for the data.")
        seconds = WAIT_WHEN_TRUE if wait is True else float(wait or 0)
        reason = "The data was opened read-only, so changes cannot be saved."
        notice: Notice | None = None
        file_lock: filelock.BaseFileLock | None = None
        if not read_only:
            try:
                make_private_folder(folder)
                file_lock = filelock.FileLock(folder / LOCK_NAME, timeout=seconds, mode=0o600, thread_local=False)
                file_lock.acquire()
            except filelock.Timeout:
                file_lock = None
                if require_write:
                    raise StoreLockedError(
                        f"Another copy of the designer is using the data folder {folder}. "
                        "Close that copy (or wait until it has finished), then try again."
                    ) from None
                read_only = True
                reason = (
                    "Another copy of the designer has this data open, so changes cannot be saved here. "
                    "Close the other copy, then open the designer again to make changes."
                )
                notice = Notice(
                    NoticeKind.ANOTHER_COPY_OPEN,
                    "Another copy of the designer is already open on this data folder, so this one is "
                    "read-only: you can look at everything, but changes cannot be saved until the other "
                    "copy is closed and this one is opened again.",
                )
            except OSError as error:
                file_lock = None
                message = save_failure_message(error, "the data folder", folder)
                if require_write:
                    raise SaveError(f"The designer cannot write to the data folder {folder}. {message}") from error
                read_only = True
                reason = f"The data folder {folder} cannot be written to, so changes cannot be saved."
                notice = Notice(NoticeKind.FOLDER_NOT_WRITABLE, reason + " The designer opened it read-only.")
        store = cls(folder, read_only=read_only, read_only_reason=reason)
        if notice is not None:
            store.notices.append(notice)
        store._file_lock = file_lock
        try:
            store._load()
        except BaseException:
            store._release()
            raise
        return store

    def close(self) -> None:
        """Write the index out if its journal has grown, and let another copy of the designer in."""
        with self._lock:
            if self._closed:
                return
            try:
                if not self.read_only and self._journal.size() > self._compact_threshold():
                    self._compact_index()
            except StoreError:
                pass  # the journal still holds every change; the next opening replays it
            finally:
                self._closed = True
                self._client_dbs.clear()
                self._small_dbs.clear()
                self._release()

    def _release(self) -> None:
        if self._file_lock is not None:
            self._file_lock.release()
            self._file_lock = None

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()

    @property
    def notice_texts(self) -> list[str]:
        """The notices in words, as the therapist reads them."""
        return [notice.text for notice in self.notices]

    @property
    def location(self) -> str:
        return str(self.data_dir)

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

    # -- folders ------------------------------------------------------------------------

    @property
    def clients_dir(self) -> Path:
        return self.data_dir / "clients"

    @property
    def photos_dir(self) -> Path:
        return self.data_dir / "photos"

    @property
    def logos_dir(self) -> Path:
        return self.data_dir / "logos"

    @property
    def outbox_dir(self) -> Path:
        return self.data_dir / "outbox"

    @property
    def backups_dir(self) -> Path:
        return self.backups.folder

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
                _replace_document(db.table("client", cache_size=0), "id", client.id, client.to_dict())
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
                _replace_document(db.table("plans", cache_size=0), "id", plan.id, saved.to_dict())
            self._index_changed(target, db)
            if previous_owner is not None and previous_owner != target:
                # The plan moved to another client: take it out of the old file (after the new one has it).
                old_db = self._client_db(previous_owner, what=what)
                _remove_document(old_db.table("plans", cache_size=0), "id", plan.id)
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
            if not _remove_document(db.table("plans", cache_size=0), "id", plan_id):
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
                    if any(isinstance(item, dict) and item.get("exercise_id") == exercise_id for item in items):
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

    # -- the clinic ----------------------------------------------------------------------

    def get_clinic(self) -> Clinic:
        """The clinic's profile; the default profile until one is saved."""
        with self._reading():
            db = self._small_db(schema.CLINIC)
            doc = next(iter(db.table("clinic", cache_size=0)), None) if db is not None else None
            if doc is None:
                return Clinic()
            try:
                return Clinic.from_dict(doc)
            except ValidationError as error:
                self._notice(
                    NoticeKind.DAMAGED,
                    f"The saved clinic profile could not be read ({error}); the default profile is shown. "
                    "Saving the profile again replaces it.",
                )
                return Clinic()

    def save_clinic(self, clinic: Clinic) -> Clinic:
        """Save the clinic's profile; returns it as saved."""
        clinic = Clinic.from_dict(clinic.to_dict())
        with self._writing():
            db = self._small_db(schema.CLINIC, for_writing="the clinic profile")
            assert db is not None
            table = db.table("clinic", cache_size=0)
            existing = [doc.doc_id for doc in table]

            def swap(doc: MutableMapping[str, Any]) -> None:
                doc.clear()
                doc.update(clinic.to_dict())

            if existing:
                table.update(swap, doc_ids=existing[:1])
            else:
                table.insert(clinic.to_dict())
            return clinic

    # -- the clinic's own exercises -----------------------------------------------------

    def list_custom_exercises(self) -> list[Exercise]:
        """The clinic's own exercises (and edited copies of built-in ones), sorted by name."""
        with self._reading():
            db = self._small_db(schema.LIBRARY)
            found: list[Exercise] = []
            for doc in db.table("exercises", cache_size=0) if db is not None else []:
                try:
                    found.append(Exercise.from_dict(doc))
                except ValidationError as error:
                    self._notice(
                        NoticeKind.DAMAGED,
                        f'The clinic\'s exercise "{doc.get("name", doc.get("id"))}" could not be read '
                        f"({error}), so it is not shown. An earlier version is in the backups folder.",
                    )
            return sorted(found, key=lambda e: (fold(e.name), e.id))

    def save_exercise(self, exercise: Exercise) -> Exercise:
        """Add or replace one of the clinic's own exercises; returns it as saved."""
        exercise = Exercise.from_dict(exercise.to_dict())
        with self._writing():
            db = self._small_db(schema.LIBRARY, for_writing=f'the exercise "{exercise.name}"')
            assert db is not None
            _replace_document(db.table("exercises", cache_size=0), "id", exercise.id, exercise.to_dict())
            return exercise

    def delete_exercise(self, exercise_id: str) -> None:
        with self._writing():
            db = self._small_db(schema.LIBRARY, for_writing="the deletion of the exercise")
            assert db is not None
            if not _remove_document(db.table("exercises", cache_size=0), "id", exercise_id):
                raise NotFoundError(f'The clinic has no exercise of its own with the id "{exercise_id}".')

    # -- saved templates ---------------------------------------------------------------------

    def list_saved_templates(self) -> list[tuple[str, str]]:
        """(id, name) of each template the therapist saved, sorted by name."""
        with self._reading():
            db = self._small_db(schema.TEMPLATES)
            docs = list(db.table("templates", cache_size=0)) if db is not None else []
            pairs = [(str(doc["id"]), str(doc["name"])) for doc in docs]
            return sorted(pairs, key=lambda pair: (fold(pair[1]), pair[0]))

    def get_saved_template(self, template_id_: str) -> Plan:
        with self._reading():
            db = self._small_db(schema.TEMPLATES)
            docs: list[Document] = list(db.table("templates", cache_size=0)) if db is not None else []
            doc = next((d for d in docs if d.get("id") == template_id_), None)
            if doc is None:
                raise NotFoundError(f'There is no saved template with the id "{template_id_}".')
            try:
                return Plan.from_dict(doc["plan"])
            except ValidationError as error:
                raise DamagedDataError(f'The saved template "{doc["name"]}" could not be read ({error}).') from error

    def save_template(self, name: str, plan: Plan) -> str:
        """Keep ``plan`` as a template called ``name`` (replacing one of the same name); returns its id."""
        name = clean_text(name, multiline=False).strip()  # the same tidying as every other name
        if not name:
            raise ValidationError("name: a template needs a name")
        if len(name) > 200:
            raise ValidationError("name: is too long (at most 200 characters)")
        with self._writing():
            db = self._small_db(schema.TEMPLATES, for_writing=f'the template "{name}"')
            assert db is not None
            new_id = template_id(name)
            data = Plan.from_dict(replace(plan, client_id="").to_dict()).to_dict()  # a template belongs to no one
            _replace_document(
                db.table("templates", cache_size=0), "id", new_id, {"id": new_id, "name": name, "plan": data}
            )
            return new_id

    def delete_template(self, template_id_: str) -> None:
        with self._writing():
            db = self._small_db(schema.TEMPLATES, for_writing="the deletion of the template")
            assert db is not None
            if not _remove_document(db.table("templates", cache_size=0), "id", template_id_):
                raise NotFoundError(f'There is no saved template with the id "{template_id_}".')

    # -- snapshots ------------------------------------------------------------------------------

    def snapshot(self, *, force: bool = False) -> Path | None:
        """Zip the whole data folder into backups/snapshots (at most once a day unless ``force``).

        Returns the zip's path, or None when today's snapshot already exists.  Runs without
        holding up saves, so the window can call it from a background thread.
        """
        with self._lock:
            self._check_open()
            self._check_writable()
        try:
            return self.backups.snapshot(force=force)
        except OSError as error:
            raise SaveError(save_failure_message(error, "the snapshot of the data folder", self.backups_dir)) from error

    # -- guards -----------------------------------------------------------------------------------

    @contextlib.contextmanager
    def _reading(self) -> Iterator[None]:
        with self._lock:
            self._check_open()
            if self.read_only:
                self._follow_writer()
            yield

    @contextlib.contextmanager
    def _writing(self) -> Iterator[None]:
        with self._lock:
            self._check_open()
            self._check_writable()
            yield

    def _check_open(self) -> None:
        if self._closed:
            raise StoreError("The data folder has been closed; open it again to continue.")

    def _check_writable(self) -> None:
        if self.read_only:
            raise ReadOnlyError(self._read_only_reason)

    def _notice(self, kind: NoticeKind, text: str) -> None:
        notice = Notice(kind, text)
        if notice not in self.notices:
            self.notices.append(notice)

    def _no_client(self, client_id: str) -> str:
        return f'There is no client with the id "{client_id}". They may have been deleted.'

    def _no_plan(self, plan_id: str) -> str:
        return f'There is no plan with the id "{plan_id}". It may have been deleted.'

    # -- opening files -------------------------------------------------------------------------

    def _describe(self, path: Path, kind: str) -> str:
        if kind == schema.CLIENT:
            entry = self._index.entries.get(path.stem)  # a client's file is named after their id ...
            if entry is None or entry.file != path.name:  # ... unless the id needed making safe
                entry = next((e for e in self._index.entries.values() if e.file == path.name), None)
            name = entry.name if entry else ""
            return f"The data file for client {name}" if name else f"The client data file {path.name}"
        return {
            schema.UNASSIGNED: "The data file of plans without a client",
            schema.CLINIC: "The clinic profile file (clinic.json)",
            schema.LIBRARY: "The file of the clinic's own exercises (library.json)",
            schema.TEMPLATES: "The file of saved templates (templates.json)",
            schema.INDEX: "The index of clients and plans (index.json)",
        }[kind]

    def _load_file(self, path: Path, kind: str) -> tuple[Tables | None, Signature | None]:
        """Read, check and migrate one data file, restoring it from a backup if it is damaged.

        Returns (None, None) for a file that does not exist.  Raises ``DamagedDataError``
        when the file is damaged and no good backup exists (the damaged file stays as it is).
        """
        try:
            with open(path, "rb") as handle:
                sig = signature(os.fstat(handle.fileno()))
                raw = handle.read()
        except FileNotFoundError:
            return None, None
        except OSError as error:
            raise StoreError(
                f"{self._describe(path, kind)} cannot be read ({error.strerror}). "
                "Check that the data folder belongs to you."
            ) from error
        try:
            tables, version = schema.upgrade(kind, parse_tables(raw, lambda data: data))
        except FileDamaged as damage:
            return self._restore(path, kind, damage.reason, sig)
        if version < schema.SCHEMA_VERSION and not self.read_only:
            # Write the file in the new shape now, keeping the old one aside; if that fails (a full
            # disk), the migrated content stays in memory and the next save writes it.
            with contextlib.suppress(SaveError):
                what = self._describe(path, kind).lower()
                self.backups.keep_copy(path, f"v{version}")
                payload = encode_json(tables)
                backup = self.backups.keep(path, payload, what=what)
                try:
                    sig = write_atomically(path, payload, what=what)
                except SaveError:
                    backup.unlink(missing_ok=True)
                    raise
        return tables, sig

    def _restore(
        self, path: Path, kind: str, reason: str, damaged_sig: Signature | None
    ) -> tuple[Tables, Signature | None]:
        """Bring back the newest good backup of a damaged (or missing) file, and say so."""
        described = self._describe(path, kind)
        state = "is missing" if damaged_sig is None else f"was damaged ({reason})"
        for backup, moment in self.backups.generations(path):
            try:
                tables = schema.upgrade(kind, parse_tables(backup.read_bytes(), lambda data: data))[0]
            except (FileDamaged, OSError):
                continue
            when = in_words(moment)
            if self.read_only:
                self._notice(
                    NoticeKind.RESTORED_FROM_BACKUP,
                    f"{described} {state}. This copy of the designer is read-only, so it shows the backup of "
                    f"{when} without changing any file; the copy that can save will restore it.",
                )
                return tables, damaged_sig
            aside = ""
            if damaged_sig is not None:
                aside_path = path.with_name(f"{path.name}.damaged-{utc_stamp(dt.datetime.now(dt.UTC))}")
                try:
                    os.replace(path, aside_path)
                except OSError as error:
                    what = f"the repair of {described.lower()}"
                    raise SaveError(save_failure_message(error, what, path.parent)) from error
                aside = f"; the damaged copy is kept as {aside_path.relative_to(self.data_dir).as_posix()}"
            try:
                sig = write_atomically(path, encode_json(tables), what=f"the repair of {described.lower()}")
            except SaveError as error:
                # Show the backup all the same; the next opening finds the file missing and tries again.
                self._notice(
                    NoticeKind.RESTORED_FROM_BACKUP,
                    f"{described} {state}. It is shown from the backup of {when}{aside}, but could not "
                    f"be written back: {error.message}",
                )
                return tables, None
            self._notice(
                NoticeKind.RESTORED_FROM_BACKUP,
                f"{described} {state} and has been restored from the backup of {when}{aside}.",
            )
            return tables, sig
        if damaged_sig is None:
            raise DamagedDataError(f"{described} is missing and no backup of it was found.")
        message = (
            f"{described} is damaged ({reason}) and no good backup of it was found. The damaged file has been "
            f"left untouched at {path}, and nothing will be saved over it. Restore the data folder from a "
            f"snapshot in {self.backups.snapshots_dir}, or ask for help recovering the file."
        )
        self._damaged[path] = message
        self._notice(NoticeKind.DAMAGED, message)
        raise DamagedDataError(message)

    def _storage(self, path: Path, kind: str, what: str, tables: Tables | None, sig: Signature | None) -> TinyDB:
        def before_write(target: Path, payload: bytes) -> Path:
            self._check_writable()
            if target in self._damaged:
                raise DamagedDataError(self._damaged[target])
            return self.backups.keep(target, payload, what=storage.what)

        storage = SafeJSONStorage(
            path,
            check=schema.checker(kind),
            empty=lambda: schema.new_tables(kind),
            before_write=before_write,
            what=what,
            tables=tables,
            sig=sig,
        )
        return TinyDB(storage=lambda: storage)

    def _new_db(self, path: Path, kind: str, what: str, tables: Tables) -> TinyDB:
        """Create a data file with ``tables`` and keep it open."""
        db = self._storage(path, kind, what, None, None)
        db.storage.write(tables)
        self._client_dbs[path.name] = db
        return db

    def _client_db(self, client_id: str, *, what: str = "") -> TinyDB:
        """The open TinyDB of a client's file, read again (and checked) if it changed on disk."""
        entry = self._index.entries.get(client_id)
        if entry is None:
            raise NotFoundError(self._no_client(client_id))
        path = self.clients_dir / entry.file
        if path in self._damaged:
            raise DamagedDataError(self._damaged[path])
        kind = schema.UNASSIGNED if client_id == UNASSIGNED_ID else schema.CLIENT
        db = self._client_dbs.get(entry.file)
        current = file_signature(path)
        if db is not None and current is not None and _storage_of(db).signature == current:
            self._client_dbs.move_to_end(entry.file)
            if what:
                _storage_of(db).what = what
            return db
        if current is None:
            tables, sig = self._restore(path, kind, "", None)
        else:
            loaded, sig = self._load_file(path, kind)
            if loaded is None:  # removed this very moment
                raise NotFoundError(self._no_client(client_id))
            tables = loaded
        db = self._storage(path, kind, what or f"the data of {entry.name or 'plans without a client'}", tables, sig)
        self._client_dbs[entry.file] = db
        while len(self._client_dbs) > OPEN_CLIENT_FILES:
            self._client_dbs.popitem(last=False)
        if sig != entry.sig:
            self._index_changed(client_id, db)
        return db

    def _small_db(self, kind: str, *, for_writing: str = "") -> TinyDB | None:
        """The clinic, library or templates file; None when it is damaged without a backup (reading only).

        ``for_writing`` names what is about to be saved, for the message if the save fails.
        """
        path = self.data_dir / f"{kind}.json"
        if path in self._damaged:
            if for_writing:
                raise DamagedDataError(self._damaged[path])
            return None
        db = self._small_dbs.get(kind)
        if db is None or _storage_of(db).signature != file_signature(path):
            try:
                tables, sig = self._load_file(path, kind)
            except DamagedDataError:
                if for_writing:
                    raise
                return None
            db = self._storage(path, kind, SMALL_FILES[kind], tables, sig)
            self._small_dbs[kind] = db
        if for_writing:
            _storage_of(db).what = for_writing
        return db

    # -- the index ----------------------------------------------------------------------------

    def _index_changed(self, client_id: str, db: TinyDB) -> None:
        """After a client file was written (or found changed): update the index and its journal."""
        storage = _storage_of(db)
        tables = storage.read()
        entry = ClientEntry.from_tables(storage.path.name, tables, storage.signature)
        self._index.put(entry)
        if not self.read_only:
            self._journal_append(Journal.put_line(entry))

    def _journal_append(self, line: bytes) -> None:
        # If this fails, the client file is saved all the same; only the summary's log missed it.
        # Opening compares every client file with the index, so the summary is corrected then.
        with contextlib.suppress(OSError):
            self._journal.append(line)

    def _compact_threshold(self) -> int:
        size = file_signature(self.data_dir / INDEX_NAME)
        return max(COMPACT_AT_LEAST, (size[2] if size else 0) // 4)

    def _compact_index(self) -> None:
        """Write the whole index to index.json, then empty the journal (safe to stop between the two)."""
        path = self.data_dir / INDEX_NAME
        what = "the index of clients and plans"
        self._index_sig = write_atomically(path, encode_json(self._index.to_tables()), what=what)
        try:
            self._journal.reset()
        except OSError as error:  # harmless: replaying the journal over the new index changes nothing
            raise SaveError(save_failure_message(error, what, self.data_dir)) from error

    def _load(self) -> None:
        if not self.read_only:
            for folder in (self.clients_dir, self.photos_dir, self.logos_dir, self.outbox_dir):
                make_private_folder(folder)
            self.backups.prepare()
            self._remove_leftover_temp_files(self.data_dir)
        for kind in (schema.CLINIC, schema.LIBRARY, schema.TEMPLATES):
            self._small_db(kind)  # checks, migrates or restores now, so problems are told at once
        self._load_index()

    def _remove_leftover_temp_files(self, folder: Path) -> None:
        """Temporary files of saves cut short by a crash; only the copy holding the lock may remove them."""
        with contextlib.suppress(OSError):
            for entry in os.scandir(folder):
                if entry.name.startswith(".") and entry.name.endswith(TEMP_SUFFIX):
                    with contextlib.suppress(OSError):
                        os.unlink(entry.path)

    def _load_index(self) -> None:
        """Read index.json and the journal, then check them against the client files on disk."""
        path = self.data_dir / INDEX_NAME
        self._index = ClientIndex()
        self._journal = Journal(self.data_dir / JOURNAL_NAME)
        rebuild_reason = ""
        try:
            tables, self._index_sig = _read_index(path)
            self._index = ClientIndex.from_tables(tables)
        except FileNotFoundError:
            self._index_sig = None
            rebuild_reason = "missing"
        except FileDamaged as damage:
            self._index = ClientIndex()
            self._index_sig = file_signature(path)
            rebuild_reason = damage.reason
        _, skipped = self._journal.replay(self._index)
        if not self.read_only:
            self._journal.drop_torn_tail()
        changed = self._check_client_files()
        if rebuild_reason == "missing":
            if changed:
                self._notice(
                    NoticeKind.INDEX_REBUILT,
                    "The index of clients and plans (index.json) was missing and has been rebuilt from the "
                    "client files.",
                )
        elif rebuild_reason:
            aside = ""
            if not self.read_only:
                aside_path = path.with_name(f"{path.name}.damaged-{utc_stamp(dt.datetime.now(dt.UTC))}")
                with contextlib.suppress(OSError):
                    os.replace(path, aside_path)
                    aside = f"; the damaged copy is kept as {aside_path.name}"
            self._notice(
                NoticeKind.INDEX_REBUILT,
                f"The index of clients and plans was damaged ({rebuild_reason}) and has been rebuilt "
                f"from the client files{aside}. No client or plan was lost.",
            )
        elif skipped:
            self._notice(
                NoticeKind.INDEX_REBUILT,
                "Some lines of the index journal (index.journal) were damaged; the index has been checked "
                "against every client file and corrected.",
            )
        if not self.read_only:
            self._remove_duplicate_plans()
            if rebuild_reason or changed > REWRITE_INDEX_AFTER or self._journal.size() > self._compact_threshold():
                # If this fails (a full disk) the next opening simply does the same work again.
                with contextlib.suppress(SaveError):
                    self._compact_index()

    def _check_client_files(self) -> int:
        """Compare the index with the client files on disk; read again each file that differs.

        This is what makes the index trustworthy after a crash, a lost journal line, a restore
        or a file changed behind our back.  Returns how many entries changed.  Each change is
        written to the journal, unless there are so many that index.json is rewritten anyway.
        """
        on_disk: dict[str, Signature] = {}
        try:
            with os.scandir(self.clients_dir) as listing:
                for item in listing:
                    if item.name.startswith("."):
                        if item.name.endswith(TEMP_SUFFIX) and not self.read_only:
                            with contextlib.suppress(OSError):
                                os.unlink(item.path)
                        continue
                    if item.name.endswith(".json") and item.is_file():
                        on_disk[item.name] = signature(item.stat())
        except FileNotFoundError:
            pass
        by_file = {entry.file: entry for entry in self._index.entries.values()}
        differing = [name for name, sig in on_disk.items() if name not in by_file or by_file[name].sig != sig]
        vanished = [entry for entry in by_file.values() if entry.file not in on_disk]
        log = not self.read_only and len(differing) + len(vanished) <= REWRITE_INDEX_AFTER
        for name in differing:
            known = by_file.get(name)
            kind = schema.UNASSIGNED if name == client_file_name(UNASSIGNED_ID) else schema.CLIENT
            try:
                tables, new_sig = self._load_file(self.clients_dir / name, kind)
            except DamagedDataError:
                continue  # the notice is given; a known client stays listed, and opening them explains
            except StoreError as error:  # unreadable (permissions): say so, and open everything else
                self._notice(NoticeKind.DAMAGED, error.message)
                continue
            if tables is None:
                continue
            entry = ClientEntry.from_tables(name, tables, new_sig)
            if known is not None and known.id != entry.id:
                self._index.remove(known.id)
            self._index.put(entry)
            if log:
                self._journal_append(Journal.put_line(entry))
        for entry in vanished:
            path = self.clients_dir / entry.file
            kind = schema.UNASSIGNED if entry.id == UNASSIGNED_ID else schema.CLIENT
            line = Journal.del_line(entry.id)
            if self.backups.was_deleted(path):
                self._index.remove(entry.id)  # deleted on purpose; the deletion was cut short
            else:
                try:
                    tables, new_sig = self._restore(path, kind, "", None)
                except DamagedDataError as error:
                    self._notice(NoticeKind.DAMAGED, f"{error.message} The client {entry.name} is no longer listed.")
                    self._index.remove(entry.id)
                else:
                    restored = ClientEntry.from_tables(entry.file, tables, new_sig)
                    self._index.put(restored)
                    line = Journal.put_line(restored)
            if log:
                self._journal_append(line)
        return len(differing) + len(vanished)

    def _remove_duplicate_plans(self) -> None:
        """A plan moved to another client by a save that was cut short is in two files: keep the newer copy."""
        for plan_id in self._index.take_duplicates():
            owner = self._index.plan_owner.get(plan_id)
            for entry in list(self._index.entries.values()):
                if entry.id == owner or plan_id not in entry.plans:
                    continue
                with contextlib.suppress(StoreError):
                    db = self._client_db(entry.id, what="the tidying of a moved plan")
                    _remove_document(db.table("plans", cache_size=0), "id", plan_id)
                    self._index_changed(entry.id, db)

    def _follow_writer(self) -> None:
        """In a read-only copy: take in what the writing copy saved since we last looked."""
        current = file_signature(self.data_dir / INDEX_NAME)
        journal_size = self._journal.size()
        if current != self._index_sig or journal_size < self._journal.read_up_to:
            self._load_index()  # the writer wrote a fresh index.json
        elif journal_size > self._journal.read_up_to:
            self._journal.replay(self._index)


def _read_index(path: Path) -> tuple[Tables, Signature]:
    with open(path, "rb") as handle:
        sig = signature(os.fstat(handle.fileno()))
        raw = handle.read()
    return schema.upgrade(schema.INDEX, parse_tables(raw, lambda data: data))[0], sig


def _storage_of(db: TinyDB) -> SafeJSONStorage:
    storage = db.storage
    assert isinstance(storage, SafeJSONStorage)
    return storage
