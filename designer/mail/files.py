"""Writing the mail folder's files safely: whole or not at all, and never over another file."""

from __future__ import annotations

from pathlib import Path

from ..safe_files import write_file_atomically


def write_atomically(path: Path, data: bytes) -> None:
    """Write the whole file or nothing: a crash mid-write leaves the old file (or none), never half a file."""
    # The outbox holds a client's handout and address: readable by the clinic's own account only.
    write_file_atomically(path, data, mode=0o600)


def unused_path(folder: Path, stem: str, suffix: str) -> Path:
    """``folder/stem.suffix``, or ``folder/stem (2).suffix`` and so on when that is taken."""
    candidate = folder / f"{stem}{suffix}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem} ({number}){suffix}"
        number += 1
    return candidate
