"""Emailing a handout: compose it for the client, put it in the outbox, then send it (or leave it there to retry).

The outbox comes first so that a failed send loses nothing: the handout waits there with the reason.  A sent
handout goes into the client's sent log.  The email dialog and ``python main.py email`` both go through here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

from designer.domain import Client, MailSettings, Plan, SentRecord
from designer.mail.compose import attachment_name, check_recipient, fill_templates
from designer.mail.outbox import OutboxEntry
from designer.pdf import RenderResult
from designer.storage.repository import Repository


@dataclass(frozen=True)
class ComposedHandout:
    """A handout email ready to queue: to whom, the words, and the PDF's name."""

    to: str
    subject: str
    body: str
    attachment_name: str


def compose(repository: Repository, plan: Plan, client: Client, to: str = "") -> ComposedHandout:
    """The clinic's subject and message for this client and plan, to ``to`` or the client's own address.

    Raises ``MailError`` (with what to fix) for a missing or malformed address.
    """
    clinic = repository.get_clinic()
    address = check_recipient(to or client.email)
    subject, body = fill_templates(clinic, client.name, plan.title)
    return ComposedHandout(address, subject, body, attachment_name(plan.title, client.name, dt.date.today()))


def queue(
    repository: Repository,
    plan: Plan,
    client: Client,
    message: ComposedHandout,
    handout: RenderResult,
    layout: str = "",
) -> OutboxEntry:
    """Put the handout in the outbox (before any try to send it, so nothing is lost); ``layout``: the one the
    handout was made in, when not the plan's own."""
    return repository.outbox().add(
        handout.pdf,
        message.attachment_name,
        message.to,
        message.subject,
        message.body,
        plan.id,
        plan.revision,
        client.id,
        plan_title=plan.title,
        client_name=client.name,
        layout=layout or plan.layout.value,
    )


def send(
    repository: Repository,
    entry: OutboxEntry,
    client_id: str,
    password: str | None,
    *,
    settings: MailSettings | None = None,
    **delivery: Any,
) -> SentRecord:
    """Send one waiting handout and note it in the client's sent log.  On failure it stays in the outbox with
    the reason, and the ``MailError`` is raised for the caller to show."""
    clinic = repository.get_clinic()
    record = repository.outbox().deliver(entry, clinic, password, settings=settings or clinic.mail, **delivery)
    repository.record_sent(client_id, record)
    return record


def mail_settings(repository: Repository, **changes: Any) -> MailSettings:
    """The clinic's mail settings with this send's own changes (the command line's --smtp-host and friends)."""
    return replace(repository.get_clinic().mail, **{key: value for key, value in changes.items() if value is not None})
