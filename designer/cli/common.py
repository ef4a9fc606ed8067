"""What every verb shares: the data folder (opened read-only for reading), printing, and writing files.

With ``--database URL`` (or ``PROGRAMME_DESIGNER_DATABASE``) the verbs work on a shared PostgreSQL database
instead; ``--data-dir`` then names this desk's own folder (its outbox and copies of pictures).

A reading verb never creates a data folder: pointed at a folder that does not exist it says "no designer data in
X", so a mistyped ``--data-dir`` is noticed rather than answered with an empty list.  A writing verb creates the
folder it needs and says so.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from designer.library import Library
from designer.paths import DATABASE_VARIABLE, default_data_dir
from designer.storage.repository import Repository


class CommandError(Exception):
    """A problem to report in one line, with what to do about it."""


def one_line(text: str) -> str:
    return " ".join(text.split())


def data_folder(options: argparse.Namespace) -> Path:
    """The data folder the verb works on: ``--data-dir``, else the per-user one."""
    chosen = getattr(options, "data_dir", None)
    return Path(chosen if chosen is not None else default_data_dir()).expanduser().absolute()


def has_data(folder: Path) -> bool:
    return folder.is_dir()


def database_url(options: argparse.Namespace) -> str | None:
    """The shared database the verb works on (``--database``, else ``PROGRAMME_DESIGNER_DATABASE``), if any."""
    chosen = getattr(options, "database", None) or os.environ.get(DATABASE_VARIABLE, "")
    return chosen or None


def open_database(url: str, options: argparse.Namespace) -> Repository:
    from designer.storage.postgres import PostgresRepository

    desk = data_folder(options) if getattr(options, "data_dir", None) is not None else None
    return PostgresRepository.open(url, local_folder=desk)


@contextmanager
def open_repository(options: argparse.Namespace, *, write: bool = False) -> Iterator[Repository]:
    """The clinic's data for one verb: read-only unless ``write``; closed again afterwards."""
    url = database_url(options)
    if url is not None:
        database = open_database(url, options)
        try:
            yield database
        finally:
            database.close()
        return
    folder = data_folder(options)
    if not write and not has_data(folder):
        raise CommandError(
            f"no designer data in {folder}: check the --data-dir folder, or add a client first "
            "(python main.py clients --add NAME) to start one"
        )
    if write and not folder.exists():
        print(f"note: created the data folder {folder}", file=sys.stderr)
    from designer.storage.store import Store  # here: ``render`` of a template with no data folder never needs it

    store = Store.open(folder, read_only=not write, require_write=write)
    try:
        for notice in store.notices:
            # Only "cannot write" notices are beside the point for a verb that reads; damage is always told.
            if write or not notice.about_read_only:
                print(f"note: {one_line(notice.text)}", file=sys.stderr)
        yield store
    finally:
        store.close()


@contextmanager
def optional_repository(options: argparse.Namespace) -> Iterator[Repository | None]:
    """The data read-only when there is a data folder, else None (built-in exercises and templates need none)."""
    if database_url(options) is None and not has_data(data_folder(options)):
        yield None
        return
    with open_repository(options) as repository:
        yield repository


def library_of(repository: Repository | None) -> Library:
    """The built-in exercises with the clinic's own."""
    return Library(repository.list_custom_exercises() if repository is not None else [])


def print_json(data: Any, stdout: Any) -> None:
    stdout.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")


def print_table(rows: list[list[str]], stdout: Any) -> None:
    if not rows:
        return
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        stdout.write("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip() + "\n")


def counted(number: int, word: str) -> str:
    """ "1 plan", "3 plans"."""
    return f"{number} {word}{'s' if number != 1 else ''}"


def write_bytes(path: Path, data: bytes) -> None:
    from designer.safe_files import write_file_atomically

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_file_atomically(path, data)
    except OSError as error:
        raise CommandError(f"{path}: cannot be written ({error.strerror or error})") from None


def write_pngs(pdf: bytes, folder: Path, stdout: Any) -> None:
    """The handout's pages as ``page-01.png`` ... in ``folder``: each page replaced whole (drawn in a private
    folder beside it, then renamed in), owner-only, and the extra pages of an earlier, longer handout removed."""
    import os
    import shutil
    import tempfile

    from designer.pdf.rasterise import page_pngs
    from designer.safe_files import fsync_folder
    from designer.storage.files import make_private_folder

    try:
        make_private_folder(folder)
        drawing = Path(tempfile.mkdtemp(prefix=".pages-", suffix=".tmp", dir=folder))
        try:
            paths = page_pngs(pdf, drawing)
            names = {path.name for path in paths}
            for path in paths:
                os.chmod(path, 0o600)
                os.replace(path, folder / path.name)
            for stale in folder.glob("page-*.png"):
                if stale.name not in names:
                    stale.unlink()
            fsync_folder(folder)
        finally:
            shutil.rmtree(drawing, ignore_errors=True)
    except OSError as error:
        raise CommandError(f"{folder}: cannot write the page pictures ({error.strerror or error})") from None
    stdout.write(f"Wrote {counted(len(paths), 'page picture')} to {folder}\n")
