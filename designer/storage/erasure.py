"""Erasing a client for good, where the law allows it: from the data files, the index, the outbox and every backup.

Archiving is the everyday way to put a client away (restorable).  Erasing is explicit: the client's file (their
details, plans and sent log), its backup generations and set-aside copies, their handouts waiting in the outbox,
their lines in the index and its journal (the index is written whole and the journal emptied), and the same in
every snapshot zip (each rewritten atomically).  What remains is an erasure record in ``erasures.json``: the id and
the date, nothing personal, so the clinic can show the request was honoured.

Photos belong to the clinic's own exercises, not to a client, so no photo is a client's alone to erase.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .errors import NotFoundError, SaveError, save_failure_message
from .files import encode_json, save_atomically
from .import_commit import StoreImporting
from .index import UNASSIGNED_ID, ClientIndex
from .store_base import INDEX_NAME, JOURNAL_NAME

ERASURES_NAME = "erasures.json"


@dataclass(frozen=True)
class ErasureRecord:
    """That a client was erased, and when: the id and the date, nothing personal."""

    client_id: str
    erased_on: str

    def to_dict(self) -> dict[str, str]:
        return {"id": self.client_id, "erased_on": self.erased_on}


class StoreErasing(StoreImporting):
    """``erase_client`` and ``erasures``."""

    def erase_client(self, client_id: str) -> ErasureRecord:
        """Erase a client everywhere the designer keeps them; returns the erasure record."""
        with self._writing():
            entry = self._index.entries.get(client_id)
            if entry is None or client_id == UNASSIGNED_ID:
                raise NotFoundError(self._no_client(client_id))
            what = f"the erasure of client {client_id}"
            from ..mail.outbox import Outbox

            outbox = Outbox(self.outbox_dir)
            for item in outbox.pending():
                if item.client_id == client_id:
                    outbox.mark_sent(item)  # discarded, not sent
            path = self.clients_dir / entry.file
            self._client_dbs.pop(entry.file, None)
            self._damaged.pop(path, None)
            try:
                path.unlink(missing_ok=True)
                for leftover in [*self.clients_dir.glob(f"{entry.file}.damaged-*"), *self._deleted_copies(entry.file)]:
                    leftover.unlink(missing_ok=True)
            except OSError as error:
                raise SaveError(save_failure_message(error, what, path.parent)) from error
            shutil.rmtree(self.backups.generations_dir(path), ignore_errors=True)
            self._index.remove(client_id)
            self._compact_index()  # the index written whole without them, and the journal emptied
            record = ErasureRecord(client_id, dt.date.today().isoformat())
            self._add_erasure(record)
            try:
                self.backups.rewrite_snapshots(without_client(client_id, entry.file))
            except OSError as error:
                raise SaveError(save_failure_message(error, what, self.backups.snapshots_dir)) from error
            return record

    def erasures(self) -> list[ErasureRecord]:
        """Every erasure record, oldest first."""
        return [ErasureRecord(r["id"], r["erased_on"]) for r in self._read_erasures()]

    def _deleted_copies(self, file_name: str) -> list[Path]:
        stem = file_name.removesuffix(".json")
        try:
            names = os.listdir(self.backups.deleted_dir)
        except FileNotFoundError:
            return []
        return [self.backups.deleted_dir / name for name in names if name.startswith(stem + "-")]

    def _read_erasures(self) -> list[dict[str, str]]:
        try:
            records = json.loads((self.data_dir / ERASURES_NAME).read_text(encoding="utf-8"))["erasures"]
        except (OSError, ValueError, KeyError, TypeError):
            return []
        return [r for r in records if isinstance(r, dict) and {"id", "erased_on"} <= r.keys()]

    def _add_erasure(self, record: ErasureRecord) -> None:
        records = [*self._read_erasures(), record.to_dict()]
        save_atomically(self.data_dir / ERASURES_NAME, encode_json({"erasures": records}), what="the erasure record")


def without_client(client_id: str, file_name: str) -> Callable[[str, bytes], bytes | None]:
    """The rewrite of one snapshot's files: the client's file, index lines and outbox items left out."""
    outbox_stems: set[str] = set()

    def keep(name: str, data: bytes) -> bytes | None:
        if name == f"clients/{file_name}" or name.startswith(f"clients/{file_name}.damaged-"):
            return None
        if name == INDEX_NAME:
            with contextlib.suppress(ValueError, TypeError, KeyError):
                index = ClientIndex.from_tables(json.loads(data))
                index.remove(client_id)
                return encode_json(index.to_tables())
            return None  # an index we cannot read is rebuilt from the client files on restore
        if name == JOURNAL_NAME:
            return b"".join(line for line in data.splitlines(keepends=True) if not _mentions(line, client_id))
        if name.startswith("outbox/"):
            stem = name.rsplit(".", 1)[0]
            if name.endswith(".json") and _mentions(data, client_id, key="client_id"):
                outbox_stems.add(stem)
                return None
            if stem in outbox_stems:
                return None
        return data

    return keep


def _mentions(line: bytes, client_id: str, key: str = "") -> bool:
    """Whether a journal line (or an outbox note, with ``key``) is about this client."""
    try:
        data = json.loads(line)
    except ValueError:
        return client_id.encode() in line  # a torn line: leave nothing of theirs behind
    if key:
        return isinstance(data, dict) and data.get(key) == client_id
    if not isinstance(data, dict):
        return False
    entry = data.get("entry")
    return data.get("id") == client_id or (isinstance(entry, dict) and entry.get("id") == client_id)
