"""``index.journal``: the index's append-only log of changes, one JSON line per saved or removed client.

A save appends one short fsynced line instead of rewriting a file that grows with the number of clients; opening
replays the lines written since ``index.json`` (see ``index.py`` for why replaying twice is harmless).
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

from .files import FileDamaged, encode_json
from .index import ClientEntry, ClientIndex


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
