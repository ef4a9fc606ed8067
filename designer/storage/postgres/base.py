"""The shared-database store's plumbing: the pool, one transaction per operation, and telling other desks.

Every public operation of ``PostgresRepository`` runs in one transaction (``_transaction``), so an edit that
touches several rows (a plan moving to another client, a client deleted with their plans) is all or nothing.  A
server that goes away turns into ``DatabaseUnavailableError`` with a plain message, never a half-saved change.
Every change also sends a notification on the ``designer_changes`` channel inside the same transaction, so other
desks hear of it only once it is committed (see ``notifications.py``).
"""

from __future__ import annotations

import contextlib
import json
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Self

import psycopg
from psycopg.types.json import Jsonb
from psycopg_pool import ConnectionPool

from ..errors import StoreError
from ..repository import Notice
from .client_list import ClientListCache
from .connection import DatabaseAddress, DatabaseUnavailableError, unavailable
from .notifications import CHANNEL
from .unsaved import UnsavedEdits


class PostgresBase:
    """What every part of the PostgreSQL store shares."""

    def __init__(self, address: DatabaseAddress, pool: ConnectionPool, local_folder: Path) -> None:
        self.address = address
        self.local_folder = local_folder  # this desk's own folder: the outbox and the renderer's picture copies
        self.desk = uuid.uuid4().hex[:12]  # tells this desk's own notifications from other desks'
        self.notices: list[Notice] = []
        self._pool = pool
        self._closed = False
        self._pinned = threading.local()  # a connection held for a consistent read (see ``consistent_reading``)
        self._told = threading.local()  # whether the transaction on this thread told other desks of a change
        self._client_lists = ClientListCache(address)
        # The open plan's edits the window could not save while the server was away (see ``unsaved.py``).
        self.unsaved_edits = UnsavedEdits(local_folder / "unsaved")

    @property
    def read_only(self) -> bool:
        return False

    @property
    def location(self) -> str:
        return self.address.describe()

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self._client_lists.close()
            self._pool.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions ------------------------------------------------------------------------------

    @contextlib.contextmanager
    def _transaction(self, *, what: str = "", pipelined: bool = False) -> Iterator[psycopg.Cursor]:
        """One transaction on a pooled connection (committed on leaving, rolled back on an error).

        ``what`` names the change for the message when the server is away; empty for a read.  ``pipelined`` sends
        the statements in pipeline mode: they go to the server together until an answer is read (``fetchone``),
        and BEGIN and COMMIT ride with them.  A statement's ``rowcount`` is then known only once its answer is
        read, so only a caller written for it asks for this.
        """
        if self._closed:
            raise StoreError("The shared database has been closed; open it again to continue.")
        pinned: psycopg.Connection | None = getattr(self._pinned, "conn", None)
        try:
            if pinned is not None:
                with pinned.cursor() as cur:
                    yield cur
                return
            self._told.change = False
            with self._pool.connection() as conn, contextlib.ExitStack() as pipeline:
                if pipelined:
                    pipeline.enter_context(conn.pipeline())
                with conn.transaction(), conn.cursor() as cur:
                    yield cur
            if self._told.change:  # committed: this desk's own lists are out of date from now
                self._client_lists.changed()
        except (psycopg.errors.DeadlockDetected, psycopg.errors.SerializationFailure, psycopg.errors.LockNotAvailable):
            # Not the server being away: another desk was changing the same records at that very moment.
            raise StoreError(
                f"{(what or 'the data')[:1].upper()}{(what or 'the data')[1:]} could not be saved just now: another "
                "desk was changing the same records at the same moment. Nothing was changed; try again."
            ) from None
        except psycopg.OperationalError as error:
            reason = " ".join(str(error).split()) or "the connection was lost"
            if what:
                raise DatabaseUnavailableError(
                    f"{what[:1].upper()}{what[1:]} could not be saved: {self.location} cannot be reached "
                    f"({reason}). Nothing was changed there; try again when the server is back."
                ) from error
            raise unavailable(self.address, reason) from error
        except DatabaseUnavailableError:
            raise
        except Exception as error:
            if type(error).__module__.startswith("psycopg_pool"):  # PoolTimeout: every connection is gone
                raise unavailable(self.address, "no connection could be made in time") from error
            raise

    @contextlib.contextmanager
    def consistent_reading(self) -> Iterator[None]:
        """Every read inside sees the data as it was at one moment (one REPEATABLE READ transaction).

        Used by snapshots and copies, so a save made by another desk meanwhile is wholly in or wholly out.
        """
        if getattr(self._pinned, "conn", None) is not None:
            yield
            return
        with self._pool.connection() as conn:
            conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
            try:
                with conn.transaction():
                    conn.execute("SET TRANSACTION READ ONLY")
                    self._pinned.conn = conn
                    try:
                        yield
                    finally:
                        self._pinned.conn = None
            finally:
                conn.isolation_level = None

    def _tell_other_desks(self, cur: psycopg.Cursor, kind: str, item_id: str, revision: int | None = None) -> None:
        """Notify listeners of a change; PostgreSQL delivers it when (and only if) the transaction commits."""
        note: dict[str, str | int] = {"kind": kind, "id": item_id, "desk": self.desk}
        if revision is not None:
            note["revision"] = revision
        cur.execute("SELECT pg_notify(%s, %s)", (CHANNEL, json.dumps(note)))
        self._told.change = True


def jsonb(value: object) -> Jsonb:
    return Jsonb(value)
