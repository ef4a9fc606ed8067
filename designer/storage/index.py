"""The summary of every client file that makes listing and searching fast at 10,000 clients.

In memory: one ``ClientEntry`` per client file (its name, email, phone, the summary of each
plan, and the file's signature).  On disk: ``index.json`` (a TinyDB file with one document per
client) plus ``index.journal``, an append-only file of JSON lines, one per change::

    {"op": "put", "entry": {...the whole entry of one client...}}
    {"op": "del", "id": "<client id>"}

A save appends one short line instead of rewriting a file that grows with the number of
clients.  Each line replaces a client's whole entry, so replaying a line twice changes
nothing; that makes compaction (write index.json, then empty the journal) safe at any
moment.  The index is only a cache: each entry records the signature of its client file,
and opening compares those with the files on disk, so a save whose journal line was lost,
or a file restored from a backup, is read again rather than trusted.
"""

from __future__ import annotations

import contextlib
import json
import os
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .files import FileDamaged, Signature, Tables, encode_json
from .schema import INDEX, META, meta_table

UNASSIGNED_ID = "_unassigned"
PHONE_CHARACTERS = set("+()-./ 0123456789")


@dataclass(frozen=True, slots=True)
class ClientSummary:
    """One row of the client list."""

    id: str
    name: str
    email: str
    phone: str
    plan_count: int
    last_plan_updated: str  # ISO time of the client's most recently saved plan, "" when none


@dataclass(frozen=True, slots=True)
class PlanSummary:
    """One row of a plan list."""

    id: str
    client_id: str  # "" for a plan not assigned to a client
    client_name: str
    title: str
    updated: str
    exercise_count: int


@dataclass(slots=True)
class PlanEntry:
    id: str
    title: str
    updated: str
    exercise_count: int


def fold(text: str) -> str:
    """Text for matching: accents removed and case folded, so "Zoë" matches "zoe" and "ZOE"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


@dataclass(slots=True)
class ClientEntry:
    """What the index knows about one client file."""

    id: str
    file: str  # the file's name inside clients/
    sig: Signature | None
    name: str = ""
    email: str = ""
    phone: str = ""
    plans: dict[str, PlanEntry] = field(default_factory=dict)
    sort_key: str = ""
    search_text: str = ""
    phone_digits: str = ""

    def __post_init__(self) -> None:
        self.sort_key = fold(self.name)
        self.search_text = "\n".join((self.sort_key, fold(self.email), fold(self.phone)))
        self.phone_digits = digits(self.phone)

    @property
    def last_plan_updated(self) -> str:
        return max((plan.updated for plan in self.plans.values()), default="")

    def summary(self) -> ClientSummary:
        return ClientSummary(self.id, self.name, self.email, self.phone, len(self.plans), self.last_plan_updated)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "file": self.file,
            "sig": list(self.sig) if self.sig else None,
            "name": self.name,
            "email": self.email,
            "phone": self.phone,
            "plans": [[p.id, p.title, p.updated, p.exercise_count] for p in self.plans.values()],
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ClientEntry:
        """Read an entry from index.json or the journal; raises ``FileDamaged`` when it is not one."""
        try:
            sig = data.get("sig")
            plans = {}
            for plan_id, title, updated, count in data["plans"]:
                plans[str(plan_id)] = PlanEntry(str(plan_id), str(title), str(updated), int(count))
            return cls(
                id=str(data["id"]),
                file=str(data["file"]),
                sig=(int(sig[0]), int(sig[1]), int(sig[2])) if sig else None,
                name=str(data.get("name", "")),
                email=str(data.get("email", "")),
                phone=str(data.get("phone", "")),
                plans=plans,
            )
        except (KeyError, TypeError, ValueError, IndexError) as error:
            raise FileDamaged("an entry of the index is damaged") from error

    @classmethod
    def from_tables(cls, file: str, tables: Tables, sig: Signature | None) -> ClientEntry:
        """The entry for a client file's content (``tables`` already checked by the schema)."""
        client = next(iter(tables.get("client", {}).values()), None)
        plans = {}
        for doc in tables.get("plans", {}).values():
            plan_id = doc["id"]
            items = doc.get("items")
            plans[plan_id] = PlanEntry(
                plan_id,
                str(doc.get("title", "")),
                str(doc.get("updated", "")),
                len(items) if isinstance(items, list) else 0,
            )
        if client is None:
            return cls(id=UNASSIGNED_ID, file=file, sig=sig, plans=plans)
        return cls(
            id=str(client["id"]),
            file=file,
            sig=sig,
            name=str(client.get("name", "")),
            email=str(client.get("email", "")),
            phone=str(client.get("phone", "")),
            plans=plans,
        )


class ClientIndex:
    """Every client entry, with the lookups the store needs: by client, by plan, by name."""

    def __init__(self) -> None:
        self.entries: dict[str, ClientEntry] = {}
        self.plan_owner: dict[str, str] = {}  # plan id -> client id
        self._sorted: list[ClientEntry] | None = None

    def __len__(self) -> int:
        return len(self.entries)

    def put(self, entry: ClientEntry) -> None:
        old = self.entries.get(entry.id)
        if old is not None:
            for plan_id in old.plans:
                if self.plan_owner.get(plan_id) == entry.id:
                    del self.plan_owner[plan_id]
        self.entries[entry.id] = entry
        for plan_id, plan in entry.plans.items():
            owner = self.plan_owner.get(plan_id)
            # A plan found in two files (a move cut short by a crash) belongs to the newer copy.
            if owner is None or owner == entry.id or self._updated(owner, plan_id) <= plan.updated:
                self.plan_owner[plan_id] = entry.id
        if old is None or old.sort_key != entry.sort_key:
            self._sorted = None

    def _updated(self, client_id: str, plan_id: str) -> str:
        entry = self.entries.get(client_id)
        plan = entry.plans.get(plan_id) if entry else None
        return plan.updated if plan else ""

    def remove(self, client_id: str) -> None:
        old = self.entries.pop(client_id, None)
        if old is None:
            return
        for plan_id in old.plans:
            if self.plan_owner.get(plan_id) == client_id:
                del self.plan_owner[plan_id]
                # Another file may still hold an older copy of the plan.
                for other in self.entries.values():
                    if plan_id in other.plans:
                        self.plan_owner[plan_id] = other.id
                        break
        self._sorted = None

    def apply(self, line: Mapping[str, Any]) -> None:
        """Apply one journal line."""
        op = line.get("op")
        if op == "put":
            entry = line.get("entry")
            if not isinstance(entry, Mapping):
                raise FileDamaged("a journal line has no entry")
            self.put(ClientEntry.from_json(entry))
        elif op == "del":
            self.remove(str(line.get("id")))
        else:
            raise FileDamaged("a journal line has an unknown operation")

    # -- questions ------------------------------------------------------------------

    def clients_sorted(self) -> list[ClientEntry]:
        if self._sorted is None:
            self._sorted = sorted(
                (e for e in self.entries.values() if e.id != UNASSIGNED_ID), key=lambda e: (e.sort_key, e.id)
            )
        return self._sorted

    def search(self, text: str, limit: int | None) -> list[ClientEntry]:
        needle = fold(" ".join(text.split()))
        # A phone number matches however it is spaced: "0412345" finds "0412 345 678".
        looks_like_phone = set(needle) <= PHONE_CHARACTERS and len(digits(needle)) >= 3
        needle_digits = digits(needle) if looks_like_phone else ""
        found: list[ClientEntry] = []
        for entry in self.clients_sorted():
            if needle in entry.search_text or (needle_digits and needle_digits in entry.phone_digits):
                found.append(entry)
                if limit is not None and len(found) >= limit:
                    break
        return found

    def plan_summary(self, entry: ClientEntry, plan: PlanEntry) -> PlanSummary:
        client_id = "" if entry.id == UNASSIGNED_ID else entry.id
        return PlanSummary(plan.id, client_id, entry.name, plan.title, plan.updated, plan.exercise_count)

    def plans(self, client_id: str | None) -> Iterator[PlanSummary]:
        if client_id is None:
            entries: Iterable[ClientEntry] = self.entries.values()
        else:
            entry = self.entries.get(client_id)
            entries = [entry] if entry else []
        for entry in entries:
            for plan_id, plan in entry.plans.items():
                if self.plan_owner.get(plan_id) == entry.id:
                    yield self.plan_summary(entry, plan)

    # -- on disk --------------------------------------------------------------------

    def to_tables(self) -> Tables:
        docs = {str(n): entry.to_json() for n, entry in enumerate(self.entries.values(), start=1)}
        return {META: meta_table(INDEX), "clients": docs}

    @classmethod
    def from_tables(cls, tables: Tables) -> ClientIndex:
        index = cls()
        for doc in tables.get("clients", {}).values():
            index.put(ClientEntry.from_json(doc))
        return index


class Journal:
    """``index.journal``: append one fsynced JSON line per change; replay them on open."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.read_up_to = 0  # bytes already applied (a reader follows a writer's new lines from here)

    @staticmethod
    def put_line(entry: ClientEntry) -> bytes:
        return encode_json({"op": "put", "entry": entry.to_json()}) + b"\n"

    @staticmethod
    def del_line(client_id: str) -> bytes:
        return encode_json({"op": "del", "id": client_id}) + b"\n"

    def append(self, line: bytes, *, durable: bool = True) -> None:
        """Append one line.  Raises ``OSError``; the caller turns it into a plain message."""
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
        try:
            view = memoryview(line)
            while view:
                view = view[os.write(fd, view) :]
            if durable:
                os.fsync(fd)
            self.read_up_to = os.fstat(fd).st_size
        finally:
            os.close(fd)

    def replay(self, index: ClientIndex) -> tuple[int, int]:
        """Apply the lines written since ``read_up_to``; returns (lines applied, damaged lines skipped).

        A last line without its newline is a save cut short: it is left unread (and, in the
        writer, cut off by ``drop_torn_tail``); the client file itself is checked by signature.
        """
        try:
            with open(self.path, "rb") as handle:
                handle.seek(self.read_up_to)
                raw = handle.read()
        except FileNotFoundError:
            return 0, 0
        complete = raw.rfind(b"\n") + 1
        applied = skipped = 0
        for raw_line in raw[:complete].splitlines():
            if not raw_line.strip():
                continue
            try:
                line = json.loads(raw_line)
                if not isinstance(line, dict):
                    raise FileDamaged("a journal line is not an object")
                index.apply(line)
                applied += 1
            except (ValueError, FileDamaged):
                skipped += 1
        self.read_up_to += complete
        return applied, skipped

    def drop_torn_tail(self) -> bool:
        """Cut off an unfinished last line so the next append starts on a line of its own."""
        try:
            size = os.path.getsize(self.path)
        except FileNotFoundError:
            return False
        if size <= self.read_up_to:
            return False
        with open(self.path, "r+b") as handle:
            handle.truncate(self.read_up_to)
            handle.flush()
            os.fsync(handle.fileno())
        return True

    def size(self) -> int:
        try:
            return os.path.getsize(self.path)
        except FileNotFoundError:
            return 0

    def reset(self) -> None:
        """Empty the journal (after its lines were written into index.json)."""
        with contextlib.suppress(FileNotFoundError), open(self.path, "r+b") as handle:
            handle.truncate(0)
            handle.flush()
            os.fsync(handle.fileno())
        self.read_up_to = 0
