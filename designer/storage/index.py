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

import bisect
import heapq
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from .files import FileDamaged, Signature, Tables
from .schema import INDEX, META, meta_table

UNASSIGNED_ID = "_unassigned"
PHONE_CHARACTERS = set("+()-./ 0123456789")


# The two summaries are NamedTuples rather than dataclasses: listing 100,000 plans makes
# 100,000 of them, and a tuple is made ten times faster than a frozen dataclass.
class ClientSummary(NamedTuple):
    """One row of the client list."""

    id: str
    name: str
    email: str
    phone: str
    plan_count: int
    last_plan_updated: str  # ISO time of the client's most recently saved plan, "" when none
    archived: bool = False


class PlanSummary(NamedTuple):
    """One row of a plan list."""

    id: str
    client_id: str  # "" for a plan not assigned to a client
    client_name: str
    title: str
    updated: str
    exercise_count: int


# What the index keeps of a plan: (title, updated, exercise count, revision).  A tuple of plain values,
# which the garbage collector stops tracking, so 100,000 of them cost no collection pauses.
PlanFacts = tuple[str, str, int, int]
_FACT_TYPES = (str, str, str, int, int)  # as stored: id, title, updated, count, revision


def fold(text: str) -> str:
    """Text for matching: accents removed and case folded, so "Zoë" matches "zoe" and "ZOE"."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


_NOT_DIGITS = re.compile(r"\D+")


def digits(text: str) -> str:
    return _NOT_DIGITS.sub("", text)


@dataclass(slots=True)
class ClientEntry:
    """What the index knows about one client file.  Replaced whole at every change, never edited."""

    id: str
    file: str  # the file's name inside clients/
    sig: Signature | None
    name: str = ""
    email: str = ""
    phone: str = ""
    archived: bool = False
    plans: dict[str, PlanFacts] = field(default_factory=dict)
    # Worked out once per entry and kept in index.json, so neither opening nor the first
    # listing has to fold 10,000 names or look through 100,000 plans.
    _keys: tuple[str, str, str] | None = field(default=None, compare=False, repr=False)
    _last: str | None = field(default=None, compare=False, repr=False)
    _summary: ClientSummary | None = field(default=None, compare=False, repr=False)

    def keys(self) -> tuple[str, str, str]:
        """(sort key, search text, phone digits)."""
        if self._keys is None:
            sort_key = fold(self.name)
            self._keys = (sort_key, f"{sort_key}\n{fold(self.email)}\n{fold(self.phone)}", digits(self.phone))
        return self._keys

    def last_plan_updated(self) -> str:
        if self._last is None:
            self._last = max((facts[1] for facts in self.plans.values()), default="")
        return self._last

    def summary(self) -> ClientSummary:
        if self._summary is None:
            self._summary = ClientSummary(
                self.id, self.name, self.email, self.phone, len(self.plans), self.last_plan_updated(), self.archived
            )
        return self._summary

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "file": self.file,
            "sig": list(self.sig) if self.sig else None,
            "name": self.name,
            "email": self.email,
            "phone": self.phone,
            "archived": self.archived,
            "plans": [[plan_id, *facts] for plan_id, facts in self.plans.items()],
            "keys": list(self.keys()),
            "last": self.last_plan_updated(),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ClientEntry:
        """Read an entry from index.json or the journal; raises ``FileDamaged`` when it is not one."""
        try:
            sig = data.get("sig")
            rows = data["plans"]
            # Two comprehensions rather than one checking loop: opening reads 100,000 of these.
            plans: dict[str, PlanFacts] = {key: (title, when, count, rev) for key, title, when, count, rev in rows}
            kinds = {(type(a), type(b), type(c), type(d), type(e)) for a, b, c, d, e in rows}
            if kinds - {_FACT_TYPES}:
                raise TypeError("an entry's plan is not (id, title, updated, count, revision)")
            keys, last = data.get("keys"), data.get("last")
            if keys is not None and not (len(keys) == 3 and all(type(key) is str for key in keys)):
                raise TypeError("an entry's keys are not three texts")
            return cls(
                id=str(data["id"]),
                file=str(data["file"]),
                sig=(int(sig[0]), int(sig[1]), int(sig[2])) if sig else None,
                name=str(data.get("name", "")),
                email=str(data.get("email", "")),
                phone=str(data.get("phone", "")),
                archived=data.get("archived") is True,
                plans=plans,
                _keys=(keys[0], keys[1], keys[2]) if keys else None,
                _last=last if isinstance(last, str) else None,
            )
        except (KeyError, TypeError, ValueError, IndexError) as error:
            raise FileDamaged("an entry of the index is damaged") from error

    @classmethod
    def from_tables(cls, file: str, tables: Tables, sig: Signature | None) -> ClientEntry:
        """The entry for a client file's content (``tables`` already checked by the schema)."""
        client = next(iter(tables.get("client", {}).values()), None)
        plans: dict[str, PlanFacts] = {}
        for doc in tables.get("plans", {}).values():
            items = doc.get("items")
            plans[doc["id"]] = (
                str(doc.get("title", "")),
                str(doc.get("updated", "")),
                len(items) if isinstance(items, list) else 0,
                revision if type(revision := doc.get("revision")) is int else 0,
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
            archived=client.get("archived") is True,
            plans=plans,
        )


class ClientIndex:
    """Every client entry, with the lookups the store needs: by client, by plan, by name."""

    def __init__(self) -> None:
        self.entries: dict[str, ClientEntry] = {}
        self.plan_owner: dict[str, str] = {}  # plan id -> client id
        self._sorted: list[ClientEntry] | None = None
        self._summaries: list[ClientSummary] | None = None
        self._duplicates: set[str] = set()  # plans found in more than one client file

    def __len__(self) -> int:
        return len(self.entries)

    def put(self, entry: ClientEntry) -> None:
        old = self.entries.get(entry.id)
        if old is not None:
            for plan_id in old.plans:
                if self.plan_owner.get(plan_id) == entry.id:
                    del self.plan_owner[plan_id]
        self.entries[entry.id] = entry
        for plan_id, facts in entry.plans.items():
            owner = self.plan_owner.get(plan_id)
            if owner is not None and owner != entry.id:
                # In two files (a move to another client cut short by a crash): the newer copy counts.
                self._duplicates.add(plan_id)
            if owner is None or owner == entry.id or self._version(owner, plan_id) <= (facts[1], facts[3]):
                self.plan_owner[plan_id] = entry.id
        if old is None or old.name != entry.name or self._sorted is None:
            self._sorted = None
        elif entry.id != UNASSIGNED_ID:
            # Same name, same place in the list: swap the entry in rather than sorting every name again.
            position = bisect.bisect_left(self._sorted, (old.keys()[0], old.id), key=_name_order)
            if position < len(self._sorted) and self._sorted[position] is old:
                self._sorted[position] = entry
            else:
                self._sorted = None
        self._summaries = None

    def take_duplicates(self) -> set[str]:
        """The plans found in two files since last asked."""
        found, self._duplicates = self._duplicates, set()
        return found

    def _version(self, client_id: str, plan_id: str) -> tuple[str, int]:
        """How new a client's copy of a plan is: (updated, revision)."""
        entry = self.entries.get(client_id)
        facts = entry.plans.get(plan_id) if entry else None
        return (facts[1], facts[3]) if facts else ("", -1)

    def revision_of(self, plan_id: str) -> int | None:
        """The stored revision of a plan, or None when no such plan is kept."""
        owner = self.plan_owner.get(plan_id)
        entry = self.entries.get(owner) if owner is not None else None
        facts = entry.plans.get(plan_id) if entry else None
        return facts[3] if facts else None

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
        self._summaries = None

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
            self._sorted = sorted((e for e in self.entries.values() if e.id != UNASSIGNED_ID), key=_name_order)
        return self._sorted

    def client_summaries(self, *, archived: bool = False) -> list[ClientSummary]:
        """The summaries of clients in everyday use (or the archived ones) in name order (kept until something
        changes)."""
        if self._summaries is None:
            self._summaries = [entry.summary() for entry in self.clients_sorted()]
        return [summary for summary in self._summaries if summary.archived == archived]

    def search(self, text: str, limit: int | None, *, archived: bool = False) -> list[ClientEntry]:
        needle = fold(" ".join(text.split()))
        # A phone number matches however it is spaced: "0412345" finds "0412 345 678".
        looks_like_phone = set(needle) <= PHONE_CHARACTERS and len(digits(needle)) >= 3
        needle_digits = digits(needle) if looks_like_phone else ""
        found: list[ClientEntry] = []
        for entry in self.clients_sorted():
            if entry.archived != archived:
                continue
            _, search_text, phone_digits = entry.keys()
            if needle in search_text or (needle_digits and needle_digits in phone_digits):
                found.append(entry)
                if limit is not None and len(found) >= limit:
                    break
        return found

    def plans(self, client_id: str | None, limit: int | None) -> list[PlanSummary]:
        """Plans newest first: everyone's (``client_id`` None) or one client's."""
        if client_id is None:
            entries: Iterable[ClientEntry] = self.entries.values()
        else:
            entry = self.entries.get(client_id)
            entries = [entry] if entry else []
        rows = (
            (facts[1], plan_id, entry)
            for entry in entries
            for plan_id, facts in entry.plans.items()
            if self.plan_owner.get(plan_id) == entry.id
        )
        # Rows compare by (updated, plan id) alone: plan ids are unique, so the entry is never compared.
        newest = sorted(rows, reverse=True) if limit is None else heapq.nlargest(limit, rows)
        return [self._plan_summary(entry, plan_id) for _, plan_id, entry in newest]

    def _plan_summary(self, entry: ClientEntry, plan_id: str) -> PlanSummary:
        title, updated, count, _ = entry.plans[plan_id]
        client_id = "" if entry.id == UNASSIGNED_ID else entry.id
        return PlanSummary(plan_id, client_id, entry.name, title, updated, count)

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


def _name_order(entry: ClientEntry) -> tuple[str, str]:
    return entry.keys()[0], entry.id
