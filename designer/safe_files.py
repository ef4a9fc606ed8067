"""Writing a file whole or not at all: the one way every part of the designer replaces a file.

The data is written to a temporary file beside the target, flushed to the disk,
and then renamed over the target, so a crash, a power cut or a full disk leaves
the previous file (or none), never half a file.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

POSIX = os.name == "posix"
TEMP_SUFFIX = ".tmp"
# Files that hold a client's health data (handouts, exports, outbox items): only their owner may read them.
PRIVATE_FILE_MODE = 0o600


def temp_name(path: Path) -> Path:
    """A hidden, unique name beside ``path`` for the file being written."""
    return path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}{TEMP_SUFFIX}")


def write_all(fd: int, data: bytes) -> None:
    """``os.write`` until every byte is out (a single call may write less)."""
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def full_sync(fd: int) -> None:
    """Push the file's bytes to the drive itself."""
    # On macOS fsync only reaches the drive's cache; F_FULLFSYNC asks the drive to write it out.
    if sys.platform == "darwin":
        import fcntl

        with contextlib.suppress(OSError):
            fcntl.fcntl(fd, fcntl.F_FULLFSYNC)
            return
    os.fsync(fd)


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable.  Windows has no folder handles to sync; NTFS journals renames."""
    if not POSIX:
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def replace_file(source: Path, target: Path) -> None:
    """``os.replace``, retried briefly on Windows where a reader holding the file open blocks it."""
    attempts = 20 if os.name == "nt" else 1
    for attempt in range(attempts):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if attempt == attempts - 1:
                raise
            time.sleep(0.05)


def write_file_atomically(
    path: Path, data: bytes, *, mode: int = PRIVATE_FILE_MODE, durable: bool = True
) -> os.stat_result:
    """Replace ``path`` with ``data`` all at once and return the new file's status.

    Owner-only unless ``mode`` says otherwise: nearly everything the designer writes holds client data.

    Raises ``OSError`` (disk full, folder not writable, ...) with the previous file
    left exactly as it was and no temporary file behind; callers turn it into their
    own plain-words message.
    """
    temp = temp_name(path)
    fd = -1
    try:
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        fd = os.open(temp, flags, mode)
        write_all(fd, data)
        if durable:
            full_sync(fd)
        status = os.fstat(fd)
        os.close(fd)
        fd = -1
        replace_file(temp, path)
        if durable:
            fsync_folder(path.parent)
        return status
    except BaseException:
        if fd >= 0:
            with contextlib.suppress(OSError):
                os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


@contextlib.contextmanager
def atomic_writer(path: Path, *, mode: int = PRIVATE_FILE_MODE) -> Iterator[BinaryIO]:
    """Write ``path`` piece by piece, yet whole or not at all: a file too large to build in memory first."""
    temp = temp_name(path)
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), mode)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            full_sync(handle.fileno())
        replace_file(temp, path)
        fsync_folder(path.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
