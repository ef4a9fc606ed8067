"""The outbox: handouts waiting to be emailed, kept on disk until the server has taken them.

A send first puts the PDF and a small JSON note (to whom, subject, message,
which plan) in the outbox folder, then tries the server.  If the server is
down, the therapist's work is still there to retry later; only a successful
send removes it.

    outbox = Outbox(data_dir / "outbox")
    entry = outbox.add(pdf, name, to, subject, body, plan.id, plan.revision, client.id, plan_title=plan.title)
    record = outbox.deliver(entry, clinic, password)   # MailError on failure; the entry stays
    store.record_sent(entry.client_id, record)         # the caller keeps the sent log
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import uuid
from collections.abc import Callable
from dataclasses import replace
from email.message import EmailMessage
from pathlib import Path
from typing import Any, Protocol

import filelock

from designer.domain import Clinic, MailSettings, SentRecord

from ..safe_files import write_file_atomically
from .compose import compose_message
from .errors import FailureKind, MailError
from .outbox_entry import OutboxEntry, now_text
from .smtp import Progress, send_message

log = logging.getLogger(__name__)

# After these the server or the settings are at fault, so the other waiting handouts would fail the same way.
STOPS_EVERY_SEND = {
    FailureKind.SETTINGS,
    FailureKind.PASSWORD_NEEDED,
    FailureKind.AUTH,
    FailureKind.TLS,
    FailureKind.UNREACHABLE,
    FailureKind.TIMEOUT,
}


class Sender(Protocol):
    """What ``Outbox.deliver`` calls to send; ``smtp.send_message`` by default."""

    def __call__(
        self,
        message: EmailMessage,
        settings: MailSettings,
        password: str | None,
        *,
        timeout: float | None = ...,
        ssl_context: Any = ...,
        progress: Progress | None = ...,
    ) -> None: ...


_last_added = dt.datetime.min.replace(tzinfo=dt.UTC)


def _added_time() -> dt.datetime:
    """Now, but always later than the previous handout added here, so "oldest first" is the order they came in."""
    global _last_added
    now = dt.datetime.now(dt.UTC)
    _last_added = max(now, _last_added + dt.timedelta(microseconds=1))
    return _last_added


class Outbox:
    """The folder of handouts waiting to be emailed (the data folder's ``outbox/``)."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    @property
    def draft_folder(self) -> Path:
        """Where drafts for the therapist's own mail program are written (they open them from there)."""
        return self.folder / "drafts"

    def add(
        self,
        pdf_bytes: bytes,
        attachment_name: str,
        to: str,
        subject: str,
        body: str,
        plan_id: str,
        plan_revision: int,
        client_id: str,
        *,
        plan_title: str = "",
        client_name: str = "",
        layout: str = "",
    ) -> OutboxEntry:
        """Put a handout in the outbox before trying to send it, so nothing is lost if the send fails.

        A handout already waiting for this plan, client and address is brought
        up to date and returned instead (same id, same Message-ID), so sending
        again after a failure never leaves two copies waiting.
        """
        if not pdf_bytes.startswith(b"%PDF-"):
            raise ValueError("pdf_bytes must be the rendered handout (a PDF file's bytes)")
        waiting = self._waiting_for(plan_id, client_id, to)
        if waiting is not None:
            return self._refresh(
                waiting,
                pdf_bytes,
                attachment_name=attachment_name,
                subject=subject,
                body=body,
                plan_revision=plan_revision,
                plan_title=plan_title,
                client_name=client_name,
                layout=layout,
            )
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            added = _added_time()
            entry_id = f"{added.strftime('%Y%m%dT%H%M%S%f')}-{uuid.uuid4().hex[:8]}"
            entry = OutboxEntry(
                id=entry_id,
                to=to.strip(),
                subject=subject,
                body=body,
                attachment_name=attachment_name,
                plan_id=plan_id,
                plan_revision=plan_revision,
                client_id=client_id,
                plan_title=plan_title,
                client_name=client_name,
                layout=layout,
                created_at=added.isoformat(timespec="microseconds"),
                pdf_path=self.folder / f"{entry_id}.pdf",
            )
            # The PDF first, the note last: a note is only ever there when its PDF is complete.
            write_file_atomically(entry.pdf_path, pdf_bytes)
            self._save(entry)
        except OSError as error:
            raise MailError(
                FailureKind.OUTBOX,
                f"The handout could not be put in the outbox ({error.strerror or error}) at {self.folder}. "
                f"Check that the data folder is writable and the disk is not full.",
            ) from error
        return entry

    def _waiting_for(self, plan_id: str, client_id: str, to: str) -> OutboxEntry | None:
        address = to.strip().lower()
        return next(
            (
                entry
                for entry in self.pending()
                if (entry.plan_id, entry.client_id, entry.to.lower()) == (plan_id, client_id, address)
            ),
            None,
        )

    def _refresh(self, entry: OutboxEntry, pdf_bytes: bytes, **changes: Any) -> OutboxEntry:
        """The waiting handout with the newest PDF and texts; left as it is while it is being sent."""
        lock = filelock.FileLock(self._lock_path(entry), timeout=0)
        try:
            lock.acquire()
        except filelock.Timeout:
            return entry  # being sent right now: that send carries it
        try:
            updated = replace(entry, **changes)
            write_file_atomically(entry.pdf_path, pdf_bytes)
            return self._save(updated)
        except OSError as error:
            raise MailError(
                FailureKind.OUTBOX,
                f"The handout waiting in the outbox could not be updated ({error.strerror or error}). "
                f"Check that the data folder is writable and the disk is not full.",
            ) from error
        finally:
            lock.release()

    def delete(self, entry_id: str) -> OutboxEntry:
        """Remove a waiting handout without sending it; ``MailError`` ("outbox") when unknown or being sent."""
        entry = self.get(entry_id)
        if entry is None:
            raise MailError(FailureKind.OUTBOX, f"There is no handout “{entry_id}” waiting in the outbox.")
        lock = filelock.FileLock(self._lock_path(entry), timeout=0)
        try:
            lock.acquire()
        except filelock.Timeout:
            raise MailError(FailureKind.OUTBOX, "This handout is being sent right now; it cannot be removed.") from None
        try:
            self.mark_sent(entry)
        finally:
            lock.release()
        return entry

    def _save(self, entry: OutboxEntry) -> OutboxEntry:
        text = json.dumps(entry.to_dict(), ensure_ascii=False, indent=2)
        write_file_atomically(entry.note_path, text.encode("utf-8"))
        return entry

    def pending(self) -> list[OutboxEntry]:
        """The handouts still waiting, oldest first."""
        if not self.folder.is_dir():
            return []
        entries = []
        for note in sorted(self.folder.glob("*.json")):
            pdf_path = note.with_suffix(".pdf")
            try:
                entry = OutboxEntry.from_dict(json.loads(note.read_text("utf-8")), pdf_path)
            except (OSError, ValueError, MailError):
                # Left in place for a person to look at; a damaged note must not hide the others.
                log.warning("Skipping the damaged outbox note %s", note, exc_info=True)
                continue
            if pdf_path.is_file():
                entries.append(entry)
            else:
                log.warning("Skipping the outbox note %s: its PDF is missing", note)
        return sorted(entries, key=lambda entry: (entry.created_at, entry.id))

    def get(self, entry_id: str) -> OutboxEntry | None:
        """The waiting handout with this id, or None when it has been sent or removed."""
        return next((entry for entry in self.pending() if entry.id == entry_id), None)

    def mark_sent(self, entry: OutboxEntry) -> None:
        """Take a handout out of the outbox once it has gone (also used to discard one)."""
        entry.note_path.unlink(missing_ok=True)
        entry.pdf_path.unlink(missing_ok=True)
        # Windows cannot remove a lock file still held (filelock removes it there on release).
        with contextlib.suppress(OSError):
            self._lock_path(entry).unlink(missing_ok=True)

    def mark_failed(self, entry: OutboxEntry, error: MailError | str) -> OutboxEntry:
        """Keep the handout, noting one more attempt and what went wrong; returns the updated entry."""
        kind = error.kind.value if isinstance(error, MailError) else ""
        message = error.message if isinstance(error, MailError) else str(error)
        updated = replace(
            entry,
            attempts=entry.attempts + 1,
            last_error=message,
            last_error_kind=kind,
            last_attempt_at=now_text(),
            sending_since="",
        )
        try:
            return self._save(updated)
        except OSError:
            log.warning("Could not note the failed send in %s", entry.note_path, exc_info=True)
            return updated

    def _lock_path(self, entry: OutboxEntry) -> Path:
        return entry.pdf_path.with_suffix(".lock")

    def deliver(
        self,
        entry: OutboxEntry,
        clinic: Clinic,
        password: str | None,
        *,
        settings: MailSettings | None = None,
        send: Sender | Callable[..., None] = send_message,
        timeout: float | None = None,
        ssl_context: Any = None,
        progress: Progress | None = None,
    ) -> SentRecord:
        """Compose and send one waiting handout; on success take it out and return the record for the sent log.

        ``settings`` overrides ``clinic.mail`` (the command line's --smtp-host and
        friends).  On failure the handout stays in the outbox with the error
        noted, and the ``MailError`` is raised again for the caller to show.
        """
        lock = filelock.FileLock(self._lock_path(entry), timeout=0, mode=0o600)  # named after a client's handout
        try:
            lock.acquire()
        except filelock.Timeout:
            raise MailError(FailureKind.OUTBOX, "This handout is being sent already. Wait a moment.") from None
        try:
            if not entry.note_path.is_file():
                raise MailError(FailureKind.OUTBOX, "This handout is no longer in the outbox (it was sent or removed).")
            try:
                pdf_bytes = entry.pdf_path.read_bytes()
            except OSError as error:
                raise MailError(
                    FailureKind.OUTBOX,
                    f"The handout waiting in the outbox could not be read ({error.strerror or error}). "
                    f"Make the PDF again and send it.",
                ) from error
            if not pdf_bytes.startswith(b"%PDF-"):
                damaged = MailError(
                    FailureKind.OUTBOX,
                    "The handout waiting in the outbox is damaged. Make the PDF "
                    "again and send it, then remove this one from the outbox.",
                )
                self.mark_failed(entry, damaged)
                raise damaged
            try:
                message = compose_message(
                    clinic,
                    entry.to,
                    entry.subject,
                    entry.body,
                    pdf_bytes,
                    entry.attachment_name,
                    sender=(settings or clinic.mail).sender or None,
                    client_name=entry.client_name,
                    message_id=entry.message_id or None,
                )
                # Written before the server is contacted: the Message-ID stays the same for every try, and a
                # crash mid-send leaves a mark the retry can see ("sending_since").
                entry = self._save(replace(entry, message_id=str(message["Message-ID"]), sending_since=now_text()))
                send(
                    message,
                    settings or clinic.mail,
                    password,
                    timeout=timeout,
                    ssl_context=ssl_context,
                    progress=progress,
                )
            except MailError as error:
                self.mark_failed(entry, error)
                raise
            self.mark_sent(entry)
            # The entry is gone, so nobody can want its lock again: do not leave the lock file behind.
            # (Removed while still held, so no other sender can be between acquiring and using it.)
            with contextlib.suppress(OSError):
                self._lock_path(entry).unlink()
        finally:
            lock.release()
        return SentRecord(
            sent_at=now_text(),
            to=entry.to,
            plan_id=entry.plan_id,
            plan_title=entry.plan_title,
            plan_revision=entry.plan_revision,
            method="smtp",
            file_name=entry.attachment_name,
            layout=entry.layout,
        )

    def deliver_pending(
        self,
        clinic: Clinic,
        password: str | None,
        **options: Any,
    ) -> list[tuple[OutboxEntry, SentRecord | MailError]]:
        """Try every waiting handout, oldest first: ``(entry, record or error)`` for each one tried.

        Stops at a failure of the server or the settings (wrong password,
        server down), which would fail the rest the same way; those stay waiting.
        """
        results: list[tuple[OutboxEntry, SentRecord | MailError]] = []
        for entry in self.pending():
            try:
                results.append((entry, self.deliver(entry, clinic, password, **options)))
            except MailError as error:
                results.append((entry, error))
                if error.kind in STOPS_EVERY_SEND:
                    break
        return results
