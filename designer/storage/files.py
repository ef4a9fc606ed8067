"""Writing files so that a crash, a full disk or a power cut never leaves a half-written one.

``save_atomically`` writes a temporary file in the same folder, flushes and fsyncs it, then
renames it over the real file (an atomic step on every supported system) and fsyncs the folder
so the rename itself survives a power cut.  Until the rename, the previous version is untouched.

``SafeJSONStorage`` is the TinyDB ``Storage`` built on it: one JSON file, cached in memory
while the file on disk is unchanged, written atomically with a backup generation kept first.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from ..safe_files import write_file_atomically
from .errors import SaveError, save_failure_message

Tables = dict[str, dict[str, Any]]
# What identifies one version of a file without reading it: inode, modification time, size.
# The inode changes at every atomic replace, so two saves within one clock tick still differ.
Signature = tuple[int, int, int]

POSIX = os.name == "posix"
FILE_MODE = 0o600
FOLDER_MODE = 0o700


class FileDamaged(Exception):
    """A data file could not be read as what it should be; ``reason`` says why in plain words."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def signature(stat: os.stat_result) -> Signature:
    return (stat.st_ino, stat.st_mtime_ns, stat.st_size)


def file_signature(path: Path) -> Signature | None:
    try:
        return signature(os.stat(path))
    except FileNotFoundError:
        return None


def make_private_folder(path: Path) -> None:
    """Create a folder that only the owner can open, on POSIX (parents we create get the same mode)."""
    missing = []
    folder = path
    while not folder.exists() and folder.parent != folder:
        missing.append(folder)
        folder = folder.parent
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):  # made at the same moment by another thread or process
            folder.mkdir(mode=FOLDER_MODE)
        _owner_only(folder)
    if not missing:
        _owner_only(path)


def _owner_only(folder: Path) -> None:
    if POSIX:
        with contextlib.suppress(OSError):  # a folder we do not own keeps its mode; we still work inside it
            if (os.stat(folder).st_mode & 0o777) != FOLDER_MODE:
                os.chmod(folder, FOLDER_MODE)


def encode_json(data: Any) -> bytes:
    """Compact UTF-8 JSON; text that cannot be UTF-8 (a lone surrogate) is written as escapes instead."""
    try:
        return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(data, ensure_ascii=True, separators=(",", ":")).encode("ascii")


def save_atomically(path: Path, data: bytes, *, what: str, durable: bool = True) -> Signature:
    """Replace ``path`` with ``data`` all at once; returns the new file's signature.

    Raises ``SaveError`` (with a plain message naming ``what``) when the disk is full or the
    folder cannot be written; the previous file is then left exactly as it was.
    """
    try:
        return signature(write_file_atomically(path, data, mode=FILE_MODE, durable=durable))
    except OSError as error:
        raise SaveError(save_failure_message(error, what, path.parent)) from error


def read_json_file(path: Path, check: Callable[[Any], Tables]) -> tuple[Tables, Signature]:
    """Read and check one data file; raises ``FileDamaged`` saying what is wrong, ``FileNotFoundError`` if absent."""
    with open(path, "rb") as handle:
        stat = os.fstat(handle.fileno())
        raw = handle.read()
    return parse_tables(raw, check), signature(stat)


def parse_tables(raw: bytes, check: Callable[[Any], Tables]) -> Tables:
    if not raw:
        raise FileDamaged("the file is empty")
    if not raw.strip(b"\x00"):
        raise FileDamaged("the file contains only zeros")
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as error:
        raise FileDamaged("the file contains bytes that are not text") from error
    except json.JSONDecodeError as error:
        # Every file we write ends with the closing brace of its database.
        if not raw.rstrip(b" \t\r\n\x00").endswith(b"}"):
            raise FileDamaged("the file is cut short") from error
        raise FileDamaged("the file is not valid JSON") from error
    except RecursionError as error:
        raise FileDamaged("the file is nested too deeply to be a data file") from error
    return check(data)


class SafeJSONStorage(Storage):
    """A TinyDB storage: one JSON file, cached while unchanged on disk, replaced atomically on write.

    ``before_write`` (given by the store) refuses writes in read-only mode and keeps a backup
    generation, returning its path so that it can be removed again if the write fails.
    ``check`` validates and migrates what is read.  Reads return a fresh outer dict per
    table, because TinyDB edits what ``read`` returns before writing it.
    """

    def __init__(
        self,
        path: Path,
        *,
        check: Callable[[Any], Tables],
        empty: Callable[[], Tables],
        before_write: Callable[[Path, bytes], Path | None],
        what: str,
        tables: Tables | None = None,
        sig: Signature | None = None,
    ) -> None:
        super().__init__()
        self.path = path
        self.check = check
        self.empty = empty
        self.before_write = before_write
        self.what = what
        self._tables = tables
        self._sig = sig

    @property
    def signature(self) -> Signature | None:
        return self._sig

    def read(self) -> Tables:
        current = file_signature(self.path)
        if current is None:
            if self._sig is not None or self._tables is None:
                # Not written yet, or removed since we read it.  A new file starts with its version record.
                self._tables, self._sig = self.empty(), None
            # Otherwise the cache was adopted from a backup with no file behind it (a read-only copy).
        elif current != self._sig or self._tables is None:
            # Changed on disk (another process, or a restore): read it again.
            try:
                self._tables, self._sig = read_json_file(self.path, self.check)
            except FileNotFoundError:
                self._tables, self._sig = self.empty(), None
        return self._copy()

    def _copy(self) -> Tables:
        assert self._tables is not None
        return {name: dict(table) for name, table in self._tables.items()}

    def write(self, data: Tables) -> None:
        payload = encode_json(data)
        backup: Path | None = None
        try:
            backup = self.before_write(self.path, payload)
            self._sig = save_atomically(self.path, payload, what=self.what)
        except BaseException:
            # TinyDB may already have changed documents we hand out; forget them and re-read the file.
            self._tables, self._sig = None, None
            if backup is not None:
                # A backup must never hold a save that was reported as failed.
                with contextlib.suppress(OSError):
                    os.unlink(backup)
            raise
        self._tables = data
