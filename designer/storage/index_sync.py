"""Keeping the index of clients and plans in step with the client files: the journal, compaction, checks."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from pathlib import Path
from typing import TYPE_CHECKING

from tinydb import TinyDB

from ..safe_files import TEMP_SUFFIX
from . import schema
from .backups import utc_stamp
from .errors import (
    DamagedDataError,
    SaveError,
    StoreError,
    save_failure_message,
)
from .files import (
    FileDamaged,
    Signature,
    Tables,
    encode_json,
    file_signature,
    make_private_folder,
    parse_tables,
    save_atomically,
    signature,
)
from .index import UNASSIGNED_ID, ClientEntry, ClientIndex
from .journal import Journal
from .repository import NoticeKind

if TYPE_CHECKING:
    pass

from .recovery import StoreRecovery
from .staging import finish_interrupted_import
from .store_base import (
    COMPACT_AT_LEAST,
    INDEX_NAME,
    JOURNAL_NAME,
    REWRITE_INDEX_AFTER,
    SMALL_FILES,
    client_file_name,
    remove_document,
    storage_of,
)


class StoreIndexSync(StoreRecovery):
    """The index: loaded (or rebuilt) on opening, updated with every save, and followed by a read-only copy."""

    # -- the index ----------------------------------------------------------------------------

    def _index_changed(self, client_id: str, db: TinyDB) -> None:
        """After a client file was written (or found changed): update the index and its journal."""
        storage = storage_of(db)
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
        self._index_sig = save_atomically(path, encode_json(self._index.to_tables()), what=what)
        try:
            self._journal.reset()
        except OSError as error:  # harmless: replaying the journal over the new index changes nothing
            raise SaveError(save_failure_message(error, what, self.data_dir)) from error

    def _load(self) -> None:
        self._look_for_newer_data()
        if not self.read_only:
            for folder in (self.clients_dir, self.photos_dir, self.logos_dir, self.outbox_dir):
                make_private_folder(folder)
            self.backups.prepare()
            self._remove_leftover_temp_files(self.data_dir)
            try:  # an import cut short: finished if it was committed, dropped if not (``import_commit.py``)
                finish_interrupted_import(self.data_dir)
            except OSError as error:
                raise SaveError(save_failure_message(error, "the interrupted import", self.data_dir)) from error
        for kind in (schema.CLINIC, schema.LIBRARY, schema.TEMPLATES):
            self._small_db(kind)  # checks, migrates or restores now, so problems are told at once
        self._load_index()

    def _look_for_newer_data(self) -> None:
        """Before anything is tidied or repaired: if a newer designer wrote the clinic's files, open read-only.

        Each file is also checked as it is read (``_load_file``); these are the ones a newer designer rewrites
        first, and the ones read before anything is written here.
        """
        for name, kind in ((INDEX_NAME, schema.INDEX), *((f"{k}.json", k) for k in SMALL_FILES)):
            try:
                schema.upgrade(kind, parse_tables((self.data_dir / name).read_bytes(), lambda data: data))
            except schema.WrittenByNewer as newer:
                self._written_by_newer(newer)
                return
            except (OSError, FileDamaged):
                continue  # missing or damaged: the usual opening deals with it

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
        except schema.WrittenByNewer:
            # Read-only already (``_look_for_newer_data``): list what this version can read, change nothing.
            self._index = ClientIndex()
            self._index_sig = file_signature(path)
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
                    remove_document(db.table("plans", cache_size=0), "id", plan_id)
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
