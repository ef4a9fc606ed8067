"""The shared database's side of the clients' data rights: all-or-nothing imports, erasure, and erasure records.

An import is one transaction: every row goes in, or (on any problem, or the server going away) none.  Erasing a
client deletes their row (their plans and sent log go with it by the tables' own cascade), the whole record kept
by an earlier delete, their handouts waiting in this desk's outbox, and their files in this desk's snapshots
(each zip rewritten atomically, as the embedded store does); what remains is an erasure record, id and date.
Other desks' own outboxes and snapshots are theirs: each desk erases its copies when it next hears of the erasure
(see the note in ``docs/several-desks.md``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from ...domain import Client, Plan
from ..backups import Backups
from ..erasure import ErasureRecord, without_client
from ..errors import ConflictError, NotFoundError, SaveError, StoreError
from ..index import UNASSIGNED_ID
from ..store_base import client_file_name
from .records import RecordsMixin


class RightsMixin(RecordsMixin):
    """``import_plans``, ``erase_client`` and ``erasures`` for the PostgreSQL store."""

    def import_plans(self, clients: Sequence[Client], plans: Sequence[Plan]) -> list[Plan]:
        """Add new clients and new plans in one transaction: all of them or none."""
        from .repository import PostgresRepository as Rows  # its row makers, shared with every save

        new_ids = {client.id for client in clients}
        saved: list[Plan] = []
        with self._transaction(what="the import") as cur:
            for client in clients:
                if client.id == UNASSIGNED_ID:
                    raise StoreError(
                        f"A client in the file uses the reserved id {UNASSIGNED_ID}; nothing was imported."
                    )
                cur.execute("SELECT 1 FROM clients WHERE id = %s", (client.id,))
                if cur.fetchone() is not None:
                    raise StoreError(
                        f"The client {client.name} (id {client.id}) is already here, so nothing was imported."
                    )
                cur.execute(
                    "INSERT INTO clients (id, doc, schema_version, name, name_key, search_text, phone_digits,"
                    " archived) VALUES (%s, %s, %s, %s, %s, %s, %s, %s)",
                    Rows._client_row(Client.from_dict(client.to_dict())),
                )
            for plan in plans:
                client_id = plan.client_id if plan.client_id not in ("", UNASSIGNED_ID) else None
                if client_id is not None and client_id not in new_ids:
                    cur.execute("SELECT 1 FROM clients WHERE id = %s FOR NO KEY UPDATE", (client_id,))
                    if cur.fetchone() is None:
                        raise NotFoundError(
                            f'The plan "{plan.title}" is for a client who is neither in the file nor here '
                            f"(client id {client_id}), so nothing was imported."
                        )
                cur.execute("SELECT revision FROM plans WHERE id = %s", (plan.id,))
                stored = cur.fetchone()
                if stored is not None:
                    raise ConflictError(
                        f'The plan "{plan.title}" (id {plan.id}) is already here, so nothing was imported.',
                        plan_id=plan.id,
                        stored_revision=stored[0],
                        your_revision=plan.revision,
                    )
                fresh = Plan.from_dict(replace(plan, client_id=client_id or "", revision=0).touched().to_dict())
                cur.execute(
                    "INSERT INTO plans (id, client_id, doc, schema_version, title, updated, revision,"
                    " exercise_count, exercise_ids) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)",
                    Rows._plan_row(fresh),
                )
                saved.append(fresh)
            Rows._refresh_client_facts(cur, *{p.client_id for p in saved})
            self._tell_other_desks(cur, "import", str(len(saved)))
        return saved

    def erase_client(self, client_id: str) -> ErasureRecord:
        """Erase a client for good (see the module's docstring); returns the erasure record."""
        record = ErasureRecord(client_id, dt.date.today().isoformat())
        with self._transaction(what="the erasure of the client") as cur:
            cur.execute("DELETE FROM clients WHERE id = %s", (client_id,))  # plans and sent log go with it
            if cur.rowcount == 0:
                raise NotFoundError(f'There is no client with the id "{client_id}". They may have been deleted.')
            cur.execute("DELETE FROM deleted_clients WHERE client_id = %s", (client_id,))
            cur.execute(
                "INSERT INTO erasures (client_id, erased_on) VALUES (%s, %s)"
                " ON CONFLICT (client_id) DO UPDATE SET erased_on = excluded.erased_on",
                (record.client_id, record.erased_on),
            )
            self._tell_other_desks(cur, "client", client_id)
        outbox = self.outbox()
        for item in outbox.pending():
            if item.client_id == client_id:
                outbox.mark_sent(item)  # discarded, not sent
        self.unsaved_edits.forget_client(client_id)
        try:
            Backups(self.local_folder).rewrite_snapshots(without_client(client_id, client_file_name(client_id)))
        except OSError as error:
            raise SaveError(
                f"The client was erased from the shared database, but this desk's snapshots could not be rewritten "
                f"({error.strerror or error}). Make the snapshots folder writable, then erase again."
            ) from error
        return record

    def erasures(self) -> list[ErasureRecord]:
        with self._transaction() as cur:
            cur.execute("SELECT client_id, erased_on FROM erasures ORDER BY erased_on, client_id")
            return [ErasureRecord(row[0], row[1]) for row in cur.fetchall()]
