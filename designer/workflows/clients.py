"""Clients: add, change details, archive (the everyday way to put a client away), restore, and erase."""

from __future__ import annotations

from dataclasses import replace

from designer.domain import Client
from designer.storage.erasure import ErasureRecord
from designer.storage.repository import Repository


def add_client(
    repository: Repository,
    name: str,
    *,
    email: str = "",
    phone: str = "",
    notes: str = "",
    conditions: tuple[str, ...] = (),
) -> Client:
    """Add a client; returns them as saved.  Raises ``ValidationError`` for a missing name, a bad email or a
    condition the designer does not know."""
    client = Client(
        name=name.strip(), email=email.strip(), phone=phone.strip(), notes=notes, conditions=tuple(conditions)
    )
    return repository.save_client(client)


def set_conditions(repository: Repository, client_id: str, conditions: tuple[str, ...]) -> Client:
    """Replace a client's conditions with precautions (none clears them); returns the client as saved."""
    return repository.save_client(replace(repository.get_client(client_id), conditions=tuple(conditions)))


def save_client(repository: Repository, client: Client) -> Client:
    """Keep a new client, or a client's changed details; returns them as saved."""
    return repository.save_client(client)


def archive_client(repository: Repository, client_id: str) -> Client:
    """Put a client away: out of the everyday list, with their plans and sent log kept whole."""
    return repository.save_client(replace(repository.get_client(client_id), archived=True))


def restore_client(repository: Repository, client_id: str) -> Client:
    """Bring an archived client back into the everyday list."""
    return repository.save_client(replace(repository.get_client(client_id), archived=False))


def erase_client(repository: Repository, client_id: str) -> ErasureRecord:
    """Erase a client where the law allows it (an erasure request): everything the designer holds about them,
    backups and snapshots included.  Cannot be undone; the window and the command line confirm first."""
    return repository.erase_client(client_id)
