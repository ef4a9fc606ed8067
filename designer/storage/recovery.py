"""Reading the store's files, and restoring a damaged or missing one from its newest good backup."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from pathlib import Path
from typing import TYPE_CHECKING

from tinydb import TinyDB

from . import schema
from .backups import in_words, utc_stamp
from .errors import (
    DamagedDataError,
    NotFoundError,
    SaveError,
    StoreError,
    save_failure_message,
)
from .files import (
    FileDamaged,
    SafeJSONStorage,
    Signature,
    Tables,
    encode_json,
    file_signature,
    parse_tables,
    save_atomically,
    signature,
)
from .index import UNASSIGNED_ID
from .repository import NoticeKind

if TYPE_CHECKING:
    pass


from .store_base import (
    OPEN_CLIENT_FILES,
    SMALL_FILES,
    StoreBase,
    storage_of,
)


class StoreRecovery(StoreBase):
    """Opening the TinyDB files, each checked, restored from a backup when damaged, and kept open for reuse."""

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
        except schema.WrittenByNewer as newer:
            # Not damage: nothing is restored or set aside, and this copy saves nothing from now on.
            self._written_by_newer(newer)
            raise DamagedDataError(newer.notice) from None
        if version < schema.SCHEMA_VERSION and not self.read_only:
            # Write the file in the new shape now, keeping the old one aside; if that fails (a full
            # disk), the migrated content stays in memory and the next save writes it.
            with contextlib.suppress(SaveError):
                what = self._describe(path, kind).lower()
                self.backups.keep_copy(path, f"v{version}")
                payload = encode_json(tables)
                backup = self.backups.keep(path, payload, what=what)
                try:
                    sig = save_atomically(path, payload, what=what)
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
            except (FileDamaged, OSError, schema.WrittenByNewer):
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
                sig = save_atomically(path, encode_json(tables), what=f"the repair of {described.lower()}")
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
        if db is not None and current is not None and storage_of(db).signature == current:
            self._client_dbs.move_to_end(entry.file)
            if what:
                storage_of(db).what = what
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
        if db is None or storage_of(db).signature != file_signature(path):
            try:
                tables, sig = self._load_file(path, kind)
            except DamagedDataError:
                if for_writing:
                    raise
                return None
            db = self._storage(path, kind, SMALL_FILES[kind], tables, sig)
            self._small_dbs[kind] = db
        if for_writing:
            storage_of(db).what = for_writing
        return db
