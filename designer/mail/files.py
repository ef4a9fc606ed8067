"""Naming the mail folder's files: never over another file.  (Files are written whole and owner-only by
``designer.safe_files.write_file_atomically``.)"""

from __future__ import annotations

from pathlib import Path


def unused_path(folder: Path, stem: str, suffix: str) -> Path:
    """``folder/stem.suffix``, or ``folder/stem (2).suffix`` and so on when that is taken."""
    candidate = folder / f"{stem}{suffix}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem} ({number}){suffix}"
        number += 1
    return candidate
