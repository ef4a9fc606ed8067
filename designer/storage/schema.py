"""The shape of each data file, its schema version, and the migrations from older versions.

Every file is a TinyDB database whose ``_meta`` table holds one document:
``{"schema": 2, "kind": "client"}``.  Opening a file checks its shape, refuses a version
newer than this program knows (a newer designer wrote it), and runs the migrations
``MIGRATIONS[n]`` (version n -> n + 1) one after another up to ``SCHEMA_VERSION``.

History
- Version 1: ``_meta`` was ``{"version": 1}``; a client's sent log was a list inside the
  client record (``"sent": [...]``), so the record grew with every handout sent.
- Version 2: ``_meta`` also names the file's kind; the sent log is a table of its own
  (``"sent"``), one document per handout, and the client record holds only the client.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from .. import __version__
from ..domain import Client, ValidationError
from .files import FileDamaged, Tables

SCHEMA_VERSION = 2
META = "_meta"

# Kinds of data file, each with its own tables.
CLIENT = "client"  # clients/<id>.json: tables client, plans, sent
UNASSIGNED = "unassigned"  # clients/_unassigned.json: plans without a client (and their sent log)
INDEX = "index"  # index.json: a summary of every client file, for fast listing
LIBRARY = "library"  # library.json: the clinic's own exercises
TEMPLATES = "templates"  # templates.json: plans the therapist saved as templates
CLINIC = "clinic"  # clinic.json: the clinic's profile

Migration = Callable[[str, Tables], Tables]


def meta_table(kind: str) -> dict[str, Any]:
    # "designer": which program wrote it, so a copy too old to read it can say which version to update to.
    return {"1": {"schema": SCHEMA_VERSION, "kind": kind, "designer": __version__}}


class WrittenByNewer(Exception):
    """A data file from a newer designer: never a damage to repair, and never to be written over by this one."""

    def __init__(self, data_version: int, designer: str) -> None:
        self.data_version = data_version
        self.designer = designer
        super().__init__(self.notice)

    @property
    def notice(self) -> str:
        version = self.designer or f"data version {self.data_version}"
        return f"This data was written by a newer Programme Designer (version {version}). Update to open it."


def new_tables(kind: str) -> Tables:
    return {META: meta_table(kind)}


# -- migrations -----------------------------------------------------------------


def _v1_to_v2(kind: str, tables: Tables) -> Tables:
    """Version 1 -> 2: name the file's kind, and move the sent log out of the client record."""
    tables = {name: dict(table) for name, table in tables.items()}
    if kind in (CLIENT, UNASSIGNED):
        sent: dict[str, Any] = dict(tables.get("sent", {}))
        for doc_id, record in list(tables.get("client", {}).items()):
            record = dict(record)
            old_log = record.pop("sent", [])
            if not isinstance(old_log, list):
                raise FileDamaged("the client's sent log is not a list")
            for entry in old_log:
                sent[str(len(sent) + 1)] = entry
            tables["client"][doc_id] = record
        tables["sent"] = sent
    tables[META] = meta_table(kind)
    return tables


MIGRATIONS: dict[int, Migration] = {1: _v1_to_v2}


# -- reading ----------------------------------------------------------------------


def version_of(data: Mapping[str, Any]) -> int:
    """The schema version a file says it has (files from before versions were recorded count as 1)."""
    meta = data.get(META)
    if not meta:
        return 1
    if not isinstance(meta, Mapping) or len(meta) != 1:
        raise FileDamaged("its version record is damaged")
    record = next(iter(meta.values()))
    if not isinstance(record, Mapping):
        raise FileDamaged("its version record is damaged")
    version = record.get("schema", record.get("version"))
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise FileDamaged("its version record is damaged")
    return version


def upgrade(kind: str, data: Any) -> tuple[Tables, int]:
    """Check a file's content and bring it to the current version; returns (tables, version found)."""
    if not isinstance(data, dict):
        raise FileDamaged("the file does not hold a database")
    for name, table in data.items():
        if not isinstance(table, dict) or not all(isinstance(doc, dict) for doc in table.values()):
            raise FileDamaged(f'its "{name}" table is damaged')
    found = version_of(data)
    if found > SCHEMA_VERSION:
        record = next(iter(data[META].values()))
        raise WrittenByNewer(found, str(record.get("designer", "")))
    if found == SCHEMA_VERSION:
        file_kind = data[META] and next(iter(data[META].values())).get("kind")
        if file_kind not in (None, kind):
            raise FileDamaged(f"it holds {file_kind} data, not {kind} data")
    tables: Tables = data
    for version in range(found, SCHEMA_VERSION):
        tables = MIGRATIONS[version](kind, tables)
    CHECKS[kind](tables)
    return tables, found


def checker(kind: str) -> Callable[[Any], Tables]:
    """The check-and-migrate function for one kind of file, for ``SafeJSONStorage``."""
    return lambda data: upgrade(kind, data)[0]


# -- shape checks ---------------------------------------------------------------


def _require_ids(tables: Tables, table: str, *keys: str) -> None:
    for doc in tables.get(table, {}).values():
        for key in keys:
            if not isinstance(doc.get(key), str):
                raise FileDamaged(f'a record in its "{table}" table has no {key}')


def _check_client(tables: Tables) -> None:
    records = tables.get("client", {})
    if len(records) != 1:
        raise FileDamaged("it does not hold exactly one client")
    try:
        Client.from_dict(next(iter(records.values())))
    except ValidationError as error:
        raise FileDamaged(f"its client record is not valid ({error})") from error
    _check_unassigned(tables)


def _check_unassigned(tables: Tables) -> None:
    _require_ids(tables, "plans", "id")
    _require_ids(tables, "sent", "sent_at")


def _check_index(tables: Tables) -> None:
    for doc in tables.get("clients", {}).values():
        if not (isinstance(doc.get("id"), str) and isinstance(doc.get("file"), str)):
            raise FileDamaged("an entry has no client id or file name")
        if not isinstance(doc.get("plans"), list):
            raise FileDamaged("an entry has no list of plans")


def _check_library(tables: Tables) -> None:
    _require_ids(tables, "exercises", "id")


def _check_templates(tables: Tables) -> None:
    _require_ids(tables, "templates", "id", "name")
    for doc in tables.get("templates", {}).values():
        if not isinstance(doc.get("plan"), dict):
            raise FileDamaged("a template has no plan")


def _check_clinic(tables: Tables) -> None:
    if len(tables.get("clinic", {})) > 1:
        raise FileDamaged("it holds more than one clinic profile")


CHECKS: dict[str, Callable[[Tables], None]] = {
    CLIENT: _check_client,
    UNASSIGNED: _check_unassigned,
    INDEX: _check_index,
    LIBRARY: _check_library,
    TEMPLATES: _check_templates,
    CLINIC: _check_clinic,
}
