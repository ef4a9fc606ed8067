"""Where the shared database is, and how a desk reaches it safely.

A desk names the server with a PostgreSQL URL (``postgresql://designer@clinic-server/clinic``).  Two rules keep
that safe:

- **TLS for any other machine.**  A host that is not this machine gets ``sslmode=require`` when the URL says
  nothing, and a URL that turns TLS off for such a host is refused: clients' health details must not cross the
  clinic's network in the clear.  ``verify-full`` (with the server's certificate) is better still; see
  ``docs/several-desks.md``.
- **No password in our files.**  A URL with a password in it is refused.  The password comes from the system
  keyring (service ``programme-designer-database``), or libpq finds it itself in PostgreSQL's own password file
  (``~/.pgpass``) or service file (``~/.pg_service.conf``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg.conninfo import conninfo_to_dict, make_conninfo
from psycopg_pool import ConnectionPool

from ..errors import SaveError, StoreError

log = logging.getLogger(__name__)

KEYRING_SERVICE = "programme-designer-database"
LOCAL_HOSTS = frozenset({"", "localhost", "127.0.0.1", "::1"})
TLS_MODES = frozenset({"require", "verify-ca", "verify-full"})
CONNECT_TIMEOUT = 10  # seconds: a desk should say "cannot reach the server" soon, not hang
POOL_SIZE = 4  # the window saves while a background worker reads; a handful of connections is plenty per desk


class DatabaseUnavailableError(SaveError):
    """The shared database could not be reached (server down, network away, wrong address or password).

    A ``SaveError`` too, so code that already says "not saved" for a full disk says it for a server that is away.
    """


class DatabaseAddressError(StoreError):
    """The database URL is not one a desk may use (no TLS to another machine, a password in it, ...)."""


def is_database_url(text: str | None) -> bool:
    """True for ``postgresql://...`` or ``postgres://...``: what ``--database`` expects."""
    return bool(text) and str(text).startswith(("postgresql://", "postgres://"))


@dataclass(frozen=True)
class DatabaseAddress:
    """A checked database URL: its parts, and the connection string libpq is given (with TLS settled)."""

    url: str
    parts: dict[str, Any]

    @classmethod
    def parse(cls, url: str) -> DatabaseAddress:
        if not is_database_url(url):
            raise DatabaseAddressError(
                f"{url!r} is not a database address; write it as postgresql://USER@SERVER/DATABASE"
            )
        try:
            parts = conninfo_to_dict(url)
        except psycopg.ProgrammingError as error:
            raise DatabaseAddressError(f"The database address could not be read: {error}") from None
        if parts.get("password"):
            raise DatabaseAddressError(
                "The database address has a password in it. Take it out: keep the password in the system keyring "
                f'(service "{KEYRING_SERVICE}") or in PostgreSQL\'s own password file (~/.pgpass), so it is '
                "never written into a settings file or a command history."
            )
        host = str(parts.get("host") or "")
        mode = str(parts.get("sslmode") or "")
        if not is_this_machine(host):
            if not mode:
                parts["sslmode"] = "require"
            elif mode not in TLS_MODES:
                raise DatabaseAddressError(
                    f"The database server {host} is another machine, and the address turns encryption off "
                    f"(sslmode={mode}). Clients' details must not cross the network unencrypted: use "
                    "sslmode=require, or better verify-full with the server's certificate."
                )
        parts.setdefault("connect_timeout", CONNECT_TIMEOUT)
        parts.setdefault("application_name", "programme-designer")
        return cls(url=url, parts=parts)

    @property
    def host(self) -> str:
        return str(self.parts.get("host") or "localhost")

    @property
    def database(self) -> str:
        return str(self.parts.get("dbname") or self.parts.get("user") or "")

    def describe(self) -> str:
        """Where the data is, in words (no password, ever)."""
        port = self.parts.get("port")
        where = f"{self.host}:{port}" if port else self.host
        return f'the shared database "{self.database}" on {where}'

    def conninfo(self) -> str:
        """The connection string, with the keyring's password when it has one for this address."""
        parts = dict(self.parts)
        password = keyring_password(self)
        if password:
            parts["password"] = password
        return make_conninfo(**parts)

    def keyring_name(self) -> str:
        """The name the password is kept under in the keyring: user@host:port/database."""
        user = self.parts.get("user") or ""
        return f"{user}@{self.host}:{self.parts.get('port') or 5432}/{self.database}"


def is_this_machine(host: str) -> bool:
    """Loopback names and Unix-socket folders; several hosts (a, b) count as this machine only if all are."""
    names = [name.strip() for name in host.split(",")] if host else [""]
    return all(name in LOCAL_HOSTS or name.startswith("/") or name.startswith("127.") for name in names)


def keyring_password(address: DatabaseAddress) -> str | None:
    """The password the therapist kept in the system keyring for this database, or None."""
    try:
        import keyring
        from keyring.errors import KeyringError

        try:
            return keyring.get_password(KEYRING_SERVICE, address.keyring_name())
        except KeyringError as error:  # no keyring on this desk: libpq's own files may still have it
            log.info("no keyring for the database password: %s", error)
            return None
    except ImportError:
        return None


def make_pool(address: DatabaseAddress, *, size: int = POOL_SIZE) -> ConnectionPool:
    """A small pool of connections, opened now so a wrong address or password is told at once."""
    pool = ConnectionPool(address.conninfo(), min_size=1, max_size=size, open=False, timeout=CONNECT_TIMEOUT)
    try:
        pool.open(wait=True, timeout=CONNECT_TIMEOUT)
    except Exception as error:  # PoolTimeout hides the reason: ask libpq once more to tell it
        pool.close()
        raise unavailable(address, reason_for(address)) from error
    return pool


def reason_for(address: DatabaseAddress) -> str:
    try:
        psycopg.connect(address.conninfo()).close()
    except psycopg.Error as error:
        return " ".join(str(error).split())
    return "it did not answer in time"


def unavailable(address: DatabaseAddress, reason: str) -> DatabaseUnavailableError:
    return DatabaseUnavailableError(
        f"{address.describe()[:1].upper()}{address.describe()[1:]} cannot be reached ({reason}). Check that the "
        "server is on and this desk is on the clinic's network; nothing has been saved there since."
    )
