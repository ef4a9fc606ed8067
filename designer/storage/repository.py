"""The one storage interface: what the workflows, the window and the command line may ask of the clinic's data.

Everything crosses it as domain objects, summaries, typed notices or bytes; no folder path does.  Pictures go in
and out by content-hash name (``put_picture``/``get_picture``), and the outbox is an object of its own.  A save
whose revision is older than the stored one is refused with ``ConflictError``, so two editors never silently
overwrite each other.  ``designer.storage.Store`` (TinyDB files in one folder) implements it; the contract tests in
``tests/storage/test_repository_contract.py`` run against every implementation.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from designer.domain import Client, Clinic, Exercise, Plan, SentRecord

if TYPE_CHECKING:  # only named in signatures: importing the index would load TinyDB for a verb that only renders
    from designer.mail.outbox import Outbox

    from .erasure import ErasureRecord
    from .index import ClientSummary, PlanSummary


class NoticeKind(enum.StrEnum):
    """Why the store has something to tell the therapist when it opens."""

    ANOTHER_COPY_OPEN = "another-copy-open"  # read-only: another designer holds the data
    FOLDER_NOT_WRITABLE = "folder-not-writable"  # read-only: the folder cannot be written
    RESTORED_FROM_BACKUP = "restored-from-backup"  # a damaged file was replaced by its newest good backup
    DAMAGED = "damaged"  # a damaged or unreadable file with no good backup: some data cannot be shown
    INDEX_REBUILT = "index-rebuilt"  # the list of clients and plans was rebuilt from the client files
    NEWER_VERSION = "newer-version"  # read-only: a newer designer wrote the data; nothing is repaired


READ_ONLY_KINDS = frozenset({NoticeKind.ANOTHER_COPY_OPEN, NoticeKind.FOLDER_NOT_WRITABLE, NoticeKind.NEWER_VERSION})


@dataclass(frozen=True)
class Notice:
    """Something the store tells on opening, in plain words (``text``), with a kind callers can act on."""

    kind: NoticeKind
    text: str

    @property
    def about_read_only(self) -> bool:
        """True when the notice explains why nothing can be saved (a reading command need not repeat it)."""
        return self.kind in READ_ONLY_KINDS

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class PictureFolders:
    """Where the kept pictures are, as folders: only for copying a clinic's data between stores.

    The one place a folder still crosses the interface.  The handout renderer is given pictures as bytes
    (``get_picture``), and everything else goes through ``put_picture``/``get_picture`` too.
    """

    photos: Path
    logos: Path

    def logo(self, name: str) -> Path:
        return self.logos / name


class PictureKind(enum.StrEnum):
    """The two kinds of picture the clinic keeps: exercise photos and its logo."""

    PHOTO = "photo"
    LOGO = "logo"


@runtime_checkable
class Repository(Protocol):
    """The clinic's data, however it is kept."""

    @property
    def read_only(self) -> bool:
        """True when nothing can be saved (another copy has the data, or the folder cannot be written)."""
        ...

    @property
    def notices(self) -> Sequence[Notice]:
        """What the store had to tell on opening (read-only, files restored, ...)."""
        ...

    @property
    def location(self) -> str:
        """Where the data is, in words for the therapist (a folder, or a server)."""
        ...

    def close(self) -> None: ...

    # -- clients
    def save_client(self, client: Client) -> Client: ...
    def get_client(self, client_id: str) -> Client: ...
    def delete_client(self, client_id: str) -> None: ...
    def erase_client(self, client_id: str) -> ErasureRecord:
        """Erase a client for good: details, plans, sent log, outbox items, and every backup of them.  Returns
        the erasure record (the id and the date, nothing personal).  Archive is the restorable way."""
        ...

    def erasures(self) -> list[ErasureRecord]:
        """The erasure records, oldest first."""
        ...

    def list_clients(self, limit: int | None = None, *, archived: bool = False) -> list[ClientSummary]: ...
    def search_clients(self, text: str, limit: int | None = 200, *, archived: bool = False) -> list[ClientSummary]: ...

    # -- plans
    def save_plan(self, plan: Plan) -> Plan:
        """Save a plan; returns it as saved.  Raises ``ConflictError`` when ``plan.revision`` is stale."""
        ...

    def get_plan(self, plan_id: str) -> Plan: ...
    def delete_plan(self, plan_id: str) -> None: ...
    def list_plans(self, client_id: str | None = None, *, limit: int | None = None) -> list[PlanSummary]: ...
    def plans_using_exercise(self, exercise_id: str) -> list[PlanSummary]:
        """The plans with this exercise in them, newest first."""
        ...

    def import_plans(self, clients: Sequence[Client], plans: Sequence[Plan]) -> list[Plan]:
        """Add new clients and new plans in one step: all of them, or (on any failure, or a kill at any moment)
        none.  Everything is checked first: a client already here or a plan id already here is refused with
        ``ConflictError``, a plan for a client in neither with ``NotFoundError``.  Returns the plans as saved."""
        ...

    # -- the sent log
    def record_sent(self, client_id: str, record: SentRecord) -> None: ...
    def sent_log(self, client_id: str) -> list[SentRecord]: ...

    # -- the clinic
    def get_clinic(self) -> Clinic: ...
    def save_clinic(self, clinic: Clinic) -> Clinic: ...

    # -- the clinic's own exercises
    def list_custom_exercises(self) -> list[Exercise]: ...
    def save_exercise(self, exercise: Exercise) -> Exercise: ...
    def delete_exercise(self, exercise_id: str) -> None: ...

    # -- saved templates
    def list_saved_templates(self) -> list[tuple[str, str]]: ...
    def get_saved_template(self, template_id_: str) -> Plan: ...
    def save_template(self, name: str, plan: Plan) -> str: ...
    def delete_template(self, template_id_: str) -> None: ...

    # -- pictures, by content-hash name
    def put_picture(self, kind: PictureKind, data: bytes, suffix: str) -> str:
        """Keep a picture's bytes (already made safe); returns its name, the same for the same bytes."""
        ...

    def get_picture(self, kind: PictureKind, name: str) -> bytes | None:
        """A kept picture's bytes, or None when there is no such picture."""
        ...

    def picture_folders(self) -> PictureFolders:
        """Where the kept pictures are, for copying between stores (see ``PictureFolders``)."""
        ...

    # -- mail
    def outbox(self) -> Outbox:
        """The emails waiting to be sent, and their drafts."""
        ...

    # -- backups
    def snapshot(self, *, force: bool = False, keep_days: int | None = None) -> Path | None:
        """Today's snapshot of all the data (``force``: one now, whatever was made today), each its own file;
        snapshots and set-aside deleted clients older than ``keep_days`` (None: the clinic's setting) go.
        Returns where it went, or None when today already had one."""
        ...
