"""``python main.py outbox [--retry] [--delete ID]``: the outbox from the command line, in plain words.

``run_outbox_verb`` is the whole verb; the command-line parser only hands it
the store and the options.  The store is anything with ``outbox()``,
``get_clinic()`` and ``record_sent(client_id, record)`` (any ``Repository``).
"""

from __future__ import annotations

from typing import Any, Protocol, TextIO

from designer.domain import Clinic, SentRecord

from .errors import MailError
from .outbox import Outbox
from .outbox_entry import OutboxEntry
from .retry import reason, retry_outbox


class OutboxStore(Protocol):
    """What the verb needs from the store."""

    def outbox(self) -> Outbox: ...

    def get_clinic(self) -> Clinic: ...

    def record_sent(self, client_id: str, record: SentRecord) -> Any: ...


def describe(entry: OutboxEntry) -> str:
    """Two lines about one waiting handout: its id, to whom, which file; then why it waits."""
    return f'{entry.id}  to {entry.to}  "{entry.attachment_name}"\n    {reason(entry)}'


def list_waiting(outbox: Outbox, out: TextIO) -> None:
    waiting = outbox.pending()
    if not waiting:
        out.write("The outbox is empty: every handout has been sent.\n")
        return
    out.write(f"{len(waiting)} handout{'s' if len(waiting) != 1 else ''} waiting in the outbox:\n")
    for entry in waiting:
        out.write(describe(entry) + "\n")


def run_outbox_verb(store: OutboxStore, *, retry: bool = False, delete: str | None = None, out: TextIO) -> int:
    """List the outbox; with ``delete`` remove one handout, with ``retry`` send everything waiting now.

    Returns the exit code: 0 when all went well, 1 when a handout could not be
    sent or the one to delete is not there.  Sent handouts go into the
    client's sent log.
    """
    outbox = store.outbox()
    code = 0
    if delete:
        try:
            gone = outbox.delete(delete.strip())
            out.write(f'Removed "{gone.attachment_name}" to {gone.to} from the outbox; it was not sent.\n')
        except MailError as error:
            out.write(f"{error.message}\n")
            code = 1
    if retry:
        clinic = store.get_clinic()
        results = retry_outbox(outbox, clinic, everything=True)
        for result in results:
            if result.record is not None:
                store.record_sent(result.entry.client_id, result.record)
                out.write(f'Sent "{result.entry.attachment_name}" to {result.entry.to}.\n')
            elif result.error is not None:
                out.write(f'Not sent: "{result.entry.attachment_name}" to {result.entry.to}. {result.error.message}\n')
                code = 1
    list_waiting(outbox, out)
    return code
