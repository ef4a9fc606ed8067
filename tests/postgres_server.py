"""A real PostgreSQL for the tests of the shared-database store: a fresh, empty database per test.

The server is the one named by ``PROGRAMME_DESIGNER_TEST_DATABASE`` (``.ci/postgres run`` sets it); without it,
the first test that needs one starts a throwaway cluster with ``.ci/postgres start`` (PostgreSQL installed on this
machine, run as a non-root user on loopback) and stops it when the test run ends.  Only when no server can be had
do these tests skip, and they say why.
"""

from __future__ import annotations

import atexit
import os
import subprocess
import uuid
from pathlib import Path

import psycopg
import pytest
from psycopg.conninfo import conninfo_to_dict, make_conninfo

SCRIPT = Path(__file__).resolve().parents[1] / ".ci" / "postgres"
ENVIRONMENT = "PROGRAMME_DESIGNER_TEST_DATABASE"

_server: dict[str, str] = {}  # "url", and "folder" when this process started the cluster
_made: list[str] = []  # databases made for tests on a server we did not start (dropped at the end)
_no_server_reason = ""


def server_url() -> str:
    """The test server's URL; skips the test, with the reason, when there is none."""
    global _no_server_reason
    if "url" in _server:
        return _server["url"]
    if _no_server_reason:
        pytest.skip(_no_server_reason)
    given = os.environ.get(ENVIRONMENT, "")
    if given:
        _server["url"] = given
        atexit.register(_drop_made)
        return given
    try:
        started = subprocess.run(["bash", str(SCRIPT), "start"], capture_output=True, text=True, timeout=120)
    except (OSError, subprocess.TimeoutExpired) as error:
        started = subprocess.CompletedProcess([], 1, "", str(error))
    lines = started.stdout.split()
    if started.returncode != 0 or len(lines) < 2:
        _no_server_reason = (
            f"no PostgreSQL server for the tests: {ENVIRONMENT} is not set and .ci/postgres could not start one "
            f"({' '.join(started.stderr.split())[-300:] or 'no reason given'})"
        )
        pytest.skip(_no_server_reason)
    _server.update(url=lines[0], folder=lines[1])
    atexit.register(_stop_started)
    return lines[0]


def fresh_database_url() -> str:
    """A URL to a new, empty database on the test server."""
    url = server_url()
    name = f"designer_test_{uuid.uuid4().hex[:12]}"
    try:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
    except psycopg.Error as error:
        pytest.skip(f"the test server at {url} would not make a database for the test: {error}")
    _made.append(name)
    parts = conninfo_to_dict(url)
    parts["dbname"] = name
    return "postgresql://" + _url_tail(parts)


def _url_tail(parts: dict[str, object]) -> str:
    user = parts.get("user") or ""
    host = parts.get("host") or "127.0.0.1"
    port = parts.get("port") or 5432
    extra = {k: v for k, v in parts.items() if k not in ("user", "host", "port", "dbname", "password")}
    query = "&".join(f"{k}={v}" for k, v in extra.items())
    return f"{user}@{host}:{port}/{parts['dbname']}" + (f"?{query}" if query else "")


def _drop_made() -> None:
    try:
        with psycopg.connect(_server["url"], autocommit=True) as conn:
            for name in _made:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    except psycopg.Error:
        pass


def _stop_started() -> None:
    subprocess.run(["bash", str(SCRIPT), "stop", _server["folder"]], capture_output=True, timeout=120)


__all__ = ["fresh_database_url", "make_conninfo", "server_url"]


class PrivateServer:
    """A cluster of a test's own, which the test can take away and bring back (``pause``/``resume``), as a
    server restart or a network fault would; ``stop`` removes it."""

    def __init__(self) -> None:
        try:
            started = subprocess.run(["bash", str(SCRIPT), "start"], capture_output=True, text=True, timeout=120)
        except (OSError, subprocess.TimeoutExpired) as error:
            pytest.skip(f"no PostgreSQL cluster of the test's own could be started ({error})")
        lines = started.stdout.split()
        if started.returncode != 0 or len(lines) < 2:
            pytest.skip(f"no PostgreSQL cluster of the test's own: {' '.join(started.stderr.split())[-300:]}")
        self.url, self.folder = lines[0], lines[1]

    def _run(self, verb: str) -> None:
        subprocess.run(["bash", str(SCRIPT), verb, self.folder], check=True, capture_output=True, timeout=120)

    def pause(self) -> None:
        self._run("pause")

    def resume(self) -> None:
        self._run("resume")

    def stop(self) -> None:
        self._run("stop")
