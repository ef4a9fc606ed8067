"""``PostgresRepository``: the clinic's data in a shared PostgreSQL database, for several desks at once.

The same ``Repository`` as the embedded folder (``designer.storage.store``), so the window, the command line and
the workflows do not change.  Clients, plans and the sent log live here; the clinic profile, its own exercises,
templates, pictures, the outbox and snapshots in ``records.py``.

Several desks, nothing overwritten: a plan's save locks its row (``SELECT ... FOR UPDATE``), compares the revision
the desk read with the stored one, and refuses a stale save with ``ConflictError``, exactly as the embedded store
does.  A new plan is inserted with ``ON CONFLICT DO NOTHING``, so two desks creating the same plan cannot both win.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import psycopg

from ...domain import Client, Plan, SentRecord, ValidationError
from ...paths import default_data_dir
from ..errors import ConflictError, DamagedDataError, NotFoundError
from ..index import UNASSIGNED_ID, ClientSummary, PlanSummary, digits, fold
from ..schema import SCHEMA_VERSION
from . import migrations
from .base import jsonb
from .connection import DatabaseAddress, make_pool
from .notifications import Change, ChangeListener
from .rights import RightsMixin

CLIENT_SUMMARY = "id, name, doc->>'email', doc->>'phone', plan_count, last_plan_updated, archived"
PLAN_SUMMARY = (
    "p.id, coalesce(p.client_id, ''), coalesce(c.name, ''), p.title, p.updated, p.exercise_count"
    " FROM plans p LEFT JOIN clients c ON c.id = p.client_id"
)
PHONE_CHARACTERS = set("+()-./ 0123456789")


def desk_folder(address: DatabaseAddress) -> Path:
    """This desk's own folder for a database: the outbox and the renderer's copies of pictures."""
    import hashlib

    key = hashlib.sha256(f"{address.host}:{address.parts.get('port')}/{address.database}".encode()).hexdigest()[:12]
    return default_data_dir().with_name(default_data_dir().name + "-shared") / f"{address.database}-{key}"


def like_pattern(text: str) -> str:
    """``%text%`` for LIKE, with LIKE's own wildcards in ``text`` taken literally."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


class PostgresRepository(RightsMixin):
    """The clinic's data in a shared PostgreSQL database.  Open with ``PostgresRepository.open(url)``."""

    @classmethod
    def open(cls, url: str, *, local_folder: Path | None = None, set_up: bool = False) -> PostgresRepository:
        """Connect; ``set_up`` creates or updates the tables first (``database --init`` does this)."""
        address = DatabaseAddress.parse(url)
        pool = make_pool(address)
        try:
            with pool.connection() as conn:
                if set_up:
                    migrations.migrate(conn)
                migrations.check(conn, address.describe())
        except BaseException:
            pool.close()
            raise
        return cls(address, pool, local_folder or desk_folder(address))

    def listen(
        self, on_change: Callable[[Change], None], *, on_connection: Callable[[bool], None] | None = None
    ) -> ChangeListener:
        """Start hearing other desks' committed changes (see ``notifications.py``); ``stop()`` it when done."""
        listener = ChangeListener(self.address, on_change, ignore_desk=self.desk, on_connection=on_connection)
        listener.start()
        return listener

    # -- clients ----------------------------------------------------------------------------------

    def save_client(self, client: Client) -> Client:
        """Add a client or change their details; returns the client as saved (as it will read back)."""
        if client.id == UNASSIGNED_ID:
            raise ValidationError(f"id: {UNASSIGNED_ID} is kept for plans without a client; choose another id")
        client = Client.from_dict(client.to_dict())
        with self._transaction(what=f'the client "{client.name}"') as cur:
            cur.execute(
                "INSERT INTO clients (id, doc, schema_version, name, name_key, search_text, phone_digits, archived)"
                " VALUES (%s, %s, %s, %s, %s, %s, %s, %s)"
                " ON CONFLICT (id) DO UPDATE SET doc = excluded.doc, schema_version = excluded.schema_version,"
                " name = excluded.name, name_key = excluded.name_key, search_text = excluded.search_text,"
                " phone_digits = excluded.phone_digits, archived = excluded.archived",
                self._client_row(client),
            )
            self._tell_other_desks(cur, "client", client.id)
        return client

    def get_client(self, client_id: str) -> Client:
        with self._transaction() as cur:
            cur.execute("SELECT doc FROM clients WHERE id = %s", (client_id,))
            row = cur.fetchone()
        if row is None:
            raise NotFoundError(self._no_client(client_id))
        try:
            return Client.from_dict(row[0])
        except ValidationError as error:
            raise DamagedDataError(f"The record of client {client_id} could not be read ({error}).") from error

    def delete_client(self, client_id: str) -> None:
        """Remove a client with their plans and sent log; the whole record is kept in ``deleted_clients``."""
        with self._transaction(what="the deletion of the client") as cur:
            cur.execute(
                "INSERT INTO deleted_clients (client_id, doc)"
                " SELECT c.id, jsonb_build_object('client', c.doc,"
                "  'plans', coalesce((SELECT jsonb_agg(p.doc) FROM plans p WHERE p.client_id = c.id), '[]'),"
                "  'sent', coalesce((SELECT jsonb_agg(s.doc) FROM sent_log s WHERE s.client_id = c.id), '[]'))"
                " FROM clients c WHERE c.id = %s",
                (client_id,),
            )
            if cur.rowcount == 0:
                raise NotFoundError(self._no_client(client_id))
            cur.execute("DELETE FROM clients WHERE id = %s", (client_id,))  # plans and sent log go with it
            self._tell_other_desks(cur, "client", client_id)

    def list_clients(self, limit: int | None = None, *, archived: bool = False) -> list[ClientSummary]:
        """Clients in everyday use (or the archived ones), sorted by name ignoring case and accents."""
        clients = self._client_lists.listing(archived, lambda: self._read_client_list(archived))
        return clients if limit is None else clients[:limit]

    def _read_client_list(self, archived: bool) -> list[ClientSummary]:
        with self._transaction() as cur:
            cur.execute(f"SELECT {CLIENT_SUMMARY} FROM clients WHERE archived = %s ORDER BY name_key, id", (archived,))
            return [ClientSummary(*row) for row in cur.fetchall()]

    def search_clients(self, text: str, limit: int | None = 200, *, archived: bool = False) -> list[ClientSummary]:
        """Clients whose name, email or phone contains ``text`` (ignoring case, accents and phone spacing)."""
        if not text.strip():
            return self.list_clients(limit, archived=archived)
        needle = fold(" ".join(text.split()))
        looks_like_phone = set(needle) <= PHONE_CHARACTERS and len(digits(needle)) >= 3
        condition = "search_text LIKE %s"
        values: list[Any] = [like_pattern(needle)]
        if looks_like_phone:
            condition = f"({condition} OR phone_digits LIKE %s)"
            values.append(like_pattern(digits(needle)))
        with self._transaction() as cur:
            cur.execute(
                f"SELECT {CLIENT_SUMMARY} FROM clients WHERE archived = %s AND {condition}"
                " ORDER BY name_key, id LIMIT %s",
                (archived, *values, limit),
            )
            return [ClientSummary(*row) for row in cur.fetchall()]

    # -- plans ------------------------------------------------------------------------------------

    def save_plan(self, plan: Plan) -> Plan:
        """Save a plan; returns it as saved (``updated`` now, ``revision`` one higher).

        Raises ``ConflictError`` when another desk saved it since ``plan.revision`` was read.
        """
        # Pipelined: a save is three round trips to the server (the locks, the writes, COMMIT) instead of seven.
        with self._transaction(what=f'the plan "{plan.title}"', pipelined=True) as cur:
            client_id = plan.client_id or None
            if client_id == UNASSIGNED_ID:
                client_id = None
            client_row = cur.connection.cursor()
            if client_id is not None:
                # Lock the client's row before the plan's, in the same order every save takes them: its plan count
                # is updated below, and two saves for one client that both held a shared lock would deadlock.
                client_row.execute("SELECT 1 FROM clients WHERE id = %s FOR NO KEY UPDATE", (client_id,))
            cur.execute("SELECT revision, client_id FROM plans WHERE id = %s FOR UPDATE", (plan.id,))
            if client_id is not None and client_row.fetchone() is None:
                raise NotFoundError(
                    f'The plan "{plan.title}" is for a client who is not in the clinic\'s list '
                    f"(client id {plan.client_id}). Save the client first, or choose another client."
                )
            row = cur.fetchone()
            if row is not None and row[0] != plan.revision:
                raise self._conflict(plan, row[0])
            saved = replace(plan, client_id=client_id or "")
            saved = Plan.from_dict(saved.touched().to_dict())
            values = self._plan_row(saved)
            if row is None:
                # The writes go together; whether the row was new is read after them.  If another desk created this
                # very plan a moment ago, nothing was inserted, and the error rolls the other two writes back.
                client_row.execute(
                    "INSERT INTO plans (id, client_id, doc, schema_version, title, updated, revision,"
                    " exercise_count, exercise_ids) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)"
                    " ON CONFLICT (id) DO NOTHING RETURNING id",
                    values,
                )
                self._refresh_client_facts(cur, client_id)
                self._tell_other_desks(cur, "plan", saved.id, saved.revision)
                if client_row.fetchone() is None:
                    cur.execute("SELECT revision FROM plans WHERE id = %s", (plan.id,))
                    stored = cur.fetchone()
                    raise self._conflict(plan, stored[0] if stored else 0)
                return saved
            # The plan's row is locked and its revision checked: the writes need no answers, so they go to the
            # server with COMMIT.
            cur.execute(
                "UPDATE plans SET client_id = %s, doc = %s, schema_version = %s, title = %s, updated = %s,"
                " revision = %s, exercise_count = %s, exercise_ids = %s WHERE id = %s",
                (*values[1:], plan.id),
            )
            self._refresh_client_facts(cur, client_id, row[1])
            self._tell_other_desks(cur, "plan", saved.id, saved.revision)
        return saved

    def get_plan(self, plan_id: str) -> Plan:
        with self._transaction() as cur:
            cur.execute("SELECT doc FROM plans WHERE id = %s", (plan_id,))
            row = cur.fetchone()
        if row is None:
            raise NotFoundError(self._no_plan(plan_id))
        try:
            return Plan.from_dict(row[0])
        except ValidationError as error:
            raise DamagedDataError(f'The plan "{row[0].get("title", plan_id)}" could not be read ({error}).') from error

    def delete_plan(self, plan_id: str) -> None:
        with self._transaction(what="the deletion of the plan") as cur:
            cur.execute("DELETE FROM plans WHERE id = %s RETURNING client_id", (plan_id,))
            row = cur.fetchone()
            if row is None:
                raise NotFoundError(self._no_plan(plan_id))
            self._refresh_client_facts(cur, row[0], None)
            self._tell_other_desks(cur, "plan", plan_id)

    def list_plans(self, client_id: str | None = None, *, limit: int | None = None) -> list[PlanSummary]:
        """Plans, newest first: all, one client's (``""``: those without a client), or the newest ``limit``."""
        with self._transaction() as cur:
            if client_id is None:
                cur.execute(f"SELECT {PLAN_SUMMARY} ORDER BY p.updated DESC, p.id DESC LIMIT %s", (limit,))
            elif client_id in ("", UNASSIGNED_ID):
                cur.execute(
                    f"SELECT {PLAN_SUMMARY} WHERE p.client_id IS NULL ORDER BY p.updated DESC, p.id DESC LIMIT %s",
                    (limit,),
                )
            else:
                cur.execute(
                    f"SELECT {PLAN_SUMMARY} WHERE p.client_id = %s ORDER BY p.updated DESC, p.id DESC LIMIT %s",
                    (client_id, limit),
                )
            return [PlanSummary(*row) for row in cur.fetchall()]

    def plans_using_exercise(self, exercise_id: str) -> list[PlanSummary]:
        """The plans with this exercise in them, newest first (an index of exercises per plan makes it quick)."""
        with self._transaction() as cur:
            cur.execute(
                f"SELECT {PLAN_SUMMARY} WHERE p.exercise_ids @> ARRAY[%s]::text[] ORDER BY p.updated DESC, p.id DESC",
                (exercise_id,),
            )
            return [PlanSummary(*row) for row in cur.fetchall()]

    # -- the sent log -----------------------------------------------------------------------------

    def record_sent(self, client_id: str, record: SentRecord) -> None:
        """Add a handout to the client's sent log (``""``: the log of plans without a client)."""
        record = SentRecord.from_dict(record.to_dict())
        owner = None if client_id in ("", UNASSIGNED_ID) else client_id
        with self._transaction(what="the record of the sent handout") as cur:
            if owner is not None:
                cur.execute("SELECT 1 FROM clients WHERE id = %s FOR SHARE", (owner,))
                if cur.fetchone() is None:
                    raise NotFoundError(self._no_client(owner))
            cur.execute(
                "INSERT INTO sent_log (client_id, doc, schema_version, sent_at) VALUES (%s, %s, %s, %s)",
                (owner, jsonb(record.to_dict()), SCHEMA_VERSION, record.sent_at),
            )
            self._tell_other_desks(cur, "sent", client_id)

    def sent_log(self, client_id: str) -> list[SentRecord]:
        """The handouts sent to a client, newest first."""
        with self._transaction() as cur:
            if client_id in ("", UNASSIGNED_ID):
                cur.execute("SELECT doc FROM sent_log WHERE client_id IS NULL ORDER BY sent_at DESC, id")
            else:
                cur.execute("SELECT 1 FROM clients WHERE id = %s", (client_id,))
                if cur.fetchone() is None:
                    raise NotFoundError(self._no_client(client_id))
                cur.execute("SELECT doc FROM sent_log WHERE client_id = %s ORDER BY sent_at DESC, id", (client_id,))
            rows = cur.fetchall()
        records = []
        for (doc,) in rows:
            with contextlib.suppress(ValidationError):  # one unreadable line must not hide the others
                records.append(SentRecord.from_dict(doc))
        return records

    # -- helpers ------------------------------------------------------------------------------

    @staticmethod
    def _client_row(client: Client) -> tuple[Any, ...]:
        name_key = fold(client.name)
        search_text = f"{name_key}\n{fold(client.email)}\n{fold(client.phone)}"  # as the embedded index folds it
        return (
            client.id,
            jsonb(client.to_dict()),
            SCHEMA_VERSION,
            client.name,
            name_key,
            search_text,
            digits(client.phone),
            client.archived,
        )

    @staticmethod
    def _plan_row(plan: Plan) -> tuple[Any, ...]:
        return (
            plan.id,
            plan.client_id or None,
            jsonb(plan.to_dict()),
            SCHEMA_VERSION,
            plan.title,
            plan.updated,
            plan.revision,
            len(plan.items),
            sorted(set(plan.exercise_ids())),
        )

    @staticmethod
    def _refresh_client_facts(cur: psycopg.Cursor, *client_ids: str | None) -> None:
        """Keep each client's plan count and newest plan time in step (the client list shows them)."""
        for client_id in sorted({c for c in client_ids if c}):  # one order everywhere: no deadlock between desks
            cur.execute(
                "UPDATE clients SET plan_count = f.n, last_plan_updated = f.newest FROM"
                " (SELECT count(*) AS n, coalesce(max(updated), '') AS newest FROM plans WHERE client_id = %s) f"
                " WHERE id = %s",
                (client_id, client_id),
            )

    @staticmethod
    def _conflict(plan: Plan, stored_revision: int) -> ConflictError:
        return ConflictError(
            f'The plan "{plan.title}" was changed elsewhere since it was opened here (it is at version '
            f"{stored_revision}, this copy is version {plan.revision}), so saving would overwrite that change. "
            "Reload the plan to see it, or keep this copy as a new plan.",
            plan_id=plan.id,
            stored_revision=stored_revision,
            your_revision=plan.revision,
        )

    @staticmethod
    def _no_client(client_id: str) -> str:
        return f'There is no client with the id "{client_id}". They may have been deleted.'

    @staticmethod
    def _no_plan(plan_id: str) -> str:
        return f'There is no plan with the id "{plan_id}". It may have been deleted.'
