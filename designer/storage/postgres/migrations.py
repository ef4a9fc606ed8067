"""The shared database's tables, built up by numbered migrations recorded in ``designer_schema``.

Each migration runs once, in order, inside one transaction with the others of the same run, under an advisory lock
so two desks starting at once do not both apply it.  A database made by a newer designer (a higher number than we
know) is refused rather than half-understood.  Documents are JSONB beside the schema version of their format
(``designer.storage.schema.SCHEMA_VERSION``), so a later format can be read and upgraded row by row.

Text columns used for ordering are ``COLLATE "C"``: the same code-point order as the embedded store's Python sort,
so both stores list clients in the same order.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import psycopg

from ..errors import StoreError

log = logging.getLogger(__name__)

ADVISORY_LOCK = 0x5D_E5_16_18  # any constant: "the designer is migrating this database"

V1_TABLES = """
CREATE TABLE clients (
    id text COLLATE "C" PRIMARY KEY,
    doc jsonb NOT NULL,
    schema_version integer NOT NULL,
    name text NOT NULL,
    name_key text COLLATE "C" NOT NULL,
    search_text text NOT NULL,
    phone_digits text NOT NULL,
    archived boolean NOT NULL DEFAULT false,
    plan_count integer NOT NULL DEFAULT 0,
    last_plan_updated text NOT NULL DEFAULT ''
);
CREATE INDEX clients_in_name_order ON clients (archived, name_key, id);

CREATE TABLE plans (
    id text COLLATE "C" PRIMARY KEY,
    client_id text COLLATE "C" REFERENCES clients (id) ON DELETE CASCADE,  -- NULL: not given to a client yet
    doc jsonb NOT NULL,
    schema_version integer NOT NULL,
    title text NOT NULL,
    updated text COLLATE "C" NOT NULL,
    revision integer NOT NULL,
    exercise_count integer NOT NULL,
    exercise_ids text[] NOT NULL
);
CREATE INDEX plans_newest_first ON plans (updated DESC, id DESC);
CREATE INDEX plans_of_a_client ON plans (client_id, updated DESC, id DESC);
CREATE INDEX plans_by_exercise ON plans USING gin (exercise_ids);

CREATE TABLE sent_log (
    id bigserial PRIMARY KEY,
    client_id text COLLATE "C" REFERENCES clients (id) ON DELETE CASCADE,  -- NULL: plans without a client
    doc jsonb NOT NULL,
    schema_version integer NOT NULL,
    sent_at text COLLATE "C" NOT NULL
);
CREATE INDEX sent_log_of_a_client ON sent_log (client_id, sent_at DESC);

CREATE TABLE deleted_clients (  -- a deleted client is kept here whole, as the embedded store keeps the file aside
    id bigserial PRIMARY KEY,
    client_id text NOT NULL,
    deleted_at timestamptz NOT NULL DEFAULT now(),
    doc jsonb NOT NULL
);

CREATE TABLE clinic (
    id integer PRIMARY KEY CHECK (id = 1),
    doc jsonb NOT NULL,
    schema_version integer NOT NULL
);

CREATE TABLE exercises (
    id text COLLATE "C" PRIMARY KEY,
    doc jsonb NOT NULL,
    schema_version integer NOT NULL,
    name_key text COLLATE "C" NOT NULL
);

CREATE TABLE templates (
    id text COLLATE "C" PRIMARY KEY,
    name text NOT NULL,
    name_key text COLLATE "C" NOT NULL,
    plan jsonb NOT NULL,
    schema_version integer NOT NULL
);

CREATE TABLE pictures (  -- content-addressed: the name is the hash of the bytes
    kind text NOT NULL,
    name text COLLATE "C" NOT NULL,
    data bytea NOT NULL,
    PRIMARY KEY (kind, name)
);
"""


def _v1(cur: psycopg.Cursor) -> None:
    cur.execute(V1_TABLES)


def _v2_trigram_search(cur: psycopg.Cursor) -> None:
    """Trigram indexes make "contains" searches of names fast; without the extension searching still works."""
    try:
        with cur.connection.transaction():  # a savepoint: a refused extension must not undo the migration
            cur.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except psycopg.Error as error:
        log.warning("pg_trgm is not available (%s): client search reads the whole list", error)
        return
    cur.execute("CREATE INDEX clients_search_trigrams ON clients USING gin (search_text gin_trgm_ops)")
    cur.execute("CREATE INDEX clients_phone_trigrams ON clients USING gin (phone_digits gin_trgm_ops)")


def _v3_erasures(cur: psycopg.Cursor) -> None:
    """The record that a client was erased: the id and the date, nothing personal."""
    cur.execute('CREATE TABLE erasures (client_id text COLLATE "C" PRIMARY KEY, erased_on text NOT NULL)')


MIGRATIONS: list[tuple[int, str, Callable[[psycopg.Cursor], None]]] = [
    (1, "clients, plans, sent log, clinic, exercises, templates, pictures", _v1),
    (2, "trigram search of clients", _v2_trigram_search),
    (3, "erasure records", _v3_erasures),
]
LATEST = MIGRATIONS[-1][0]


def installed_version(cur: psycopg.Cursor) -> int:
    """The newest migration applied here; 0 for a database the designer has never set up."""
    cur.execute("SELECT to_regclass('designer_schema') IS NOT NULL")
    row = cur.fetchone()
    if not row or not row[0]:
        return 0
    cur.execute("SELECT coalesce(max(version), 0) FROM designer_schema")
    row = cur.fetchone()
    return int(row[0]) if row else 0


def migrate(conn: psycopg.Connection) -> list[int]:
    """Bring the database up to date; returns the migrations applied now (in one transaction)."""
    applied: list[int] = []
    with conn.transaction(), conn.cursor() as cur:
        cur.execute("SELECT pg_advisory_xact_lock(%s)", (ADVISORY_LOCK,))
        cur.execute(
            "CREATE TABLE IF NOT EXISTS designer_schema ("
            " version integer PRIMARY KEY, description text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())"
        )
        current = installed_version(cur)
        refuse_newer(current)
        for version, description, step in MIGRATIONS:
            if version > current:
                step(cur)
                cur.execute(
                    "INSERT INTO designer_schema (version, description) VALUES (%s, %s)", (version, description)
                )
                applied.append(version)
    return applied


def refuse_newer(version: int) -> None:
    if version > LATEST:
        raise StoreError(
            f"This shared database was set up by a newer Programme Designer (its tables are at version {version}, "
            f"this designer knows up to {LATEST}). Update the designer on this desk before using it."
        )


def check(conn: psycopg.Connection, where: str) -> None:
    """Refuse a database the designer has not set up, or one that needs migrating first."""
    with conn.cursor() as cur:
        version = installed_version(cur)
    conn.rollback()
    refuse_newer(version)
    if version < LATEST:
        action = "set up" if version == 0 else "updated"
        raise StoreError(
            f"{where[:1].upper()}{where[1:]} has not been {action} for the designer yet. Whoever looks after the "
            "server runs: python main.py database --init URL (with a role allowed to create tables)."
        )
