"""The store's shared state and plumbing: where things are, the lock that guards them, and the guards.

``Store`` (``store.py``) is built in layers, one concern a module: this base; reading files and restoring
damaged ones (``recovery.py``); keeping the index of clients and plans in step (``index_sync.py``); opening and
closing the folder with its lock (``opening.py``); and the public API on top (``store.py``).
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import threading
from collections import OrderedDict
from collections.abc import Iterator, MutableMapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tinydb import TinyDB
from tinydb.table import Table

from . import schema
from .backups import Backups
from .errors import (
    ReadOnlyError,
    StoreError,
)
from .files import SafeJSONStorage, Signature
from .index import UNASSIGNED_ID, ClientIndex, fold
from .journal import Journal
from .repository import Notice, NoticeKind

if TYPE_CHECKING:
    import filelock

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


def replace_document(table: Table, key: str, value: str, document: dict[str, Any]) -> None:
    """Put ``document`` in place of the one whose ``key`` is ``value`` (or add it), in one write."""
    existing = next((doc.doc_id for doc in table if doc.get(key) == value), None)
    if existing is None:
        table.insert(document)
        return

    def swap(doc: MutableMapping[str, Any]) -> None:
        doc.clear()
        doc.update(document)

    table.update(swap, doc_ids=[existing])


def remove_document(table: Table, key: str, value: str) -> bool:
    ids = [doc.doc_id for doc in table if doc.get(key) == value]
    if ids:
        table.remove(doc_ids=ids)
    return bool(ids)


class StoreBase:
    """The state every layer of the store shares, and the guards around reading and writing."""

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
        self.newer_data = ""  # the notice, when some file was written by a newer designer

    @property
    def notice_texts(self) -> list[str]:
        """The notices in words, as the therapist reads them."""
        return [notice.text for notice in self.notices]

    @property
    def location(self) -> str:
        return str(self.data_dir)

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

    def _written_by_newer(self, newer: schema.WrittenByNewer) -> None:
        """A file from a newer designer: open read-only, say so, and never repair or restore anything."""
        self.read_only = True
        self._read_only_reason = newer.notice
        self.newer_data = newer.notice
        self._notice(NoticeKind.NEWER_VERSION, newer.notice)

    def _no_client(self, client_id: str) -> str:
        return f'There is no client with the id "{client_id}". They may have been deleted.'

    def _no_plan(self, plan_id: str) -> str:
        return f'There is no plan with the id "{plan_id}". It may have been deleted.'

    def _index_changed(self, client_id: str, db: TinyDB) -> None:
        """After a client file was written (or found changed): update the index (``index_sync.py``)."""
        raise NotImplementedError

    def _follow_writer(self) -> None:
        """A read-only copy catches up with what the writing copy saved (``index_sync.py``)."""
        raise NotImplementedError


def storage_of(db: TinyDB) -> SafeJSONStorage:
    """The safe JSON storage under a TinyDB the store opened."""
    storage = db.storage
    assert isinstance(storage, SafeJSONStorage)
    return storage
