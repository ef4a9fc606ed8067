"""Writing a whole import in one step: every client file it touches changes, or none does.

An import can touch thousands of client files.  Saving them one by one was slow (the file of plans without a
client was rewritten for each plan) and a kill half-way left clients without their plans.  Instead:

1. every new version of a client file is written to ``.import/`` beside ``clients/`` and flushed to the disk;
2. ``.import/COMMIT`` (the list of those files) is written atomically: this is the moment the import happens;
3. each staged file is renamed over its place in ``clients/``, then the index is written once;
4. ``.import/`` is removed.

A kill before step 2 leaves ``.import/`` without ``COMMIT``: the next opening removes it, and the data is as it
was.  A kill after step 2 leaves ``COMMIT``: the next opening finishes the renames (``finish_interrupted_import``)
and the index is corrected from the client files, as after any crash.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from ..domain import Client, Plan, ValidationError
from ..safe_files import fsync_folder, write_file_atomically
from . import schema
from .errors import ConflictError, NotFoundError, SaveError, StoreError, save_failure_message
from .files import FILE_MODE, Tables, encode_json, make_private_folder, save_atomically
from .index import UNASSIGNED_ID, ClientEntry
from .opening import StoreOpening
from .staging import COMMIT_NAME, STAGING_NAME
from .store_base import client_file_name, storage_of


class StoreImporting(StoreOpening):
    """``import_plans``: new clients and plans written in one step."""

    def import_plans(self, clients: Sequence[Client], plans: Sequence[Plan]) -> list[Plan]:
        """Add ``clients`` (not yet in the store) and ``plans`` (new ids, for a client in the store or in
        ``clients``, or ``""``) all at once; returns the plans as saved.  The plans are kept as given, so give
        plans read with ``Plan.from_dict`` (as an import reads them), whose text is already tidied.

        Everything is checked before anything is written; a failure, or a kill at any moment, leaves the data
        as it was (or, once committed, the import whole at the next opening).
        """
        with self._writing():
            files, saved = self._import_tables(clients, plans)
            if not files:
                return []
            self._commit_import(files)
            by_id = {plan.id: plan for plan in saved}
            return [by_id[plan.id] for plan in plans]

    def _import_tables(self, clients: Sequence[Client], plans: Sequence[Plan]) -> tuple[dict[str, Tables], list[Plan]]:
        """The new content of each client file the import touches, by file name; checks everything first."""
        files: dict[str, Tables] = {}
        owner_file: dict[str, str] = {}
        next_doc: dict[str, int] = {}  # the next document number in each file's plans table
        saved: list[Plan] = []
        for client in clients:
            client = Client.from_dict(client.to_dict())
            if client.id == UNASSIGNED_ID:
                raise ValidationError(f"id: {UNASSIGNED_ID} is kept for plans without a client; choose another id")
            if client.id in self._index.entries or client.id in owner_file:
                raise StoreError(f'The client "{client.name}" ({client.id}) is already in the clinic\'s list.')
            name = client_file_name(client.id)
            tables = schema.new_tables(schema.CLIENT)
            tables.update({"client": {"1": client.to_dict()}, "plans": {}, "sent": {}})
            files[name] = tables
            owner_file[client.id] = name
        seen: set[str] = set()
        for plan in plans:
            stored_revision = self._index.revision_of(plan.id)
            if plan.id in seen or stored_revision is not None:
                raise ConflictError(
                    f'The plan "{plan.title}" ({plan.id}) is already in the store; import it as a copy.',
                    plan_id=plan.id,
                    stored_revision=stored_revision or 0,
                    your_revision=plan.revision,
                )
            seen.add(plan.id)
            target = plan.client_id or UNASSIGNED_ID
            if target not in owner_file:
                if target != UNASSIGNED_ID and target not in self._index.entries:
                    raise NotFoundError(
                        f'The plan "{plan.title}" is for a client who is not in the clinic\'s list '
                        f"(client id {plan.client_id})."
                    )
                owner_file[target] = client_file_name(target)
                if target in self._index.entries:
                    files[owner_file[target]] = storage_of(self._client_db(target, what="the import")).read()
                else:
                    files[owner_file[target]] = _new_unassigned()
            name = owner_file[target]
            table = files[name].setdefault("plans", {})
            if name not in next_doc:
                next_doc[name] = max((int(key) for key in table if key.isdigit()), default=0) + 1
            stored = replace(plan, client_id="") if target == UNASSIGNED_ID else plan
            # Not read back through Plan.from_dict as save_plan does: an import's plans were just read with it
            # (interchange), and doing it again was a third of the import's time.
            stored = stored.touched()
            table[str(next_doc[name])] = stored.to_dict()
            next_doc[name] += 1
            saved.append(stored)
        return files, saved

    def _commit_import(self, files: dict[str, Tables]) -> None:
        staging = self.data_dir / STAGING_NAME
        what = "the import"
        payloads: dict[str, bytes] = {}
        try:
            shutil.rmtree(staging, ignore_errors=True)
            make_private_folder(staging)
            for name, tables in files.items():
                payloads[name] = encode_json(tables)
                # Each staged file reaches the disk before the commit names it (os.sync would wait for every
                # other program's writes too).
                write_file_atomically(staging / name, payloads[name], mode=FILE_MODE)
            fsync_folder(staging)
        except OSError as error:
            shutil.rmtree(staging, ignore_errors=True)
            raise SaveError(save_failure_message(error, what, self.data_dir)) from error
        save_atomically(staging / COMMIT_NAME, json.dumps({"files": sorted(files)}).encode(), what=what)
        # Committed: from here the import happens, now or (after a kill) at the next opening.
        for name, payload in payloads.items():
            target = self.clients_dir / name
            with contextlib.suppress(SaveError):  # a generation is a spare copy; the import does not wait on it
                self.backups.keep(target, payload, what=what)
            os.replace(staging / name, target)
            self._client_dbs.pop(name, None)
        fsync_folder(self.clients_dir)
        for name, tables in files.items():
            sig = _signature_of(self.clients_dir / name)
            self._index.put(ClientEntry.from_tables(name, tables, sig))
        with contextlib.suppress(SaveError):  # the journal is behind; the next opening checks every file anyway
            self._compact_index()
        shutil.rmtree(staging, ignore_errors=True)


def _new_unassigned() -> Tables:
    tables = schema.new_tables(schema.UNASSIGNED)
    tables.update({"plans": {}, "sent": {}})
    return tables


def _signature_of(path: Path) -> tuple[int, int, int]:
    stat = os.stat(path)
    return (stat.st_ino, stat.st_mtime_ns, stat.st_size)
