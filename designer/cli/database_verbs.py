"""The ``database`` verb: set up a shared PostgreSQL database, and copy a desk's data into it or out of it.

    python main.py database --init postgresql://designer@clinic-server/clinic
    python main.py database --copy --from ~/.local/share/ProgrammeDesigner --to postgresql://...
    python main.py database --copy --from postgresql://... --to /path/to/new/folder

A copy goes only into an empty database or a new (or empty) data folder, and is checked by reading it back: the
verb prints the count and checksum of each kind of record, the same on both sides, or fails.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from designer.storage import Store

from .common import CommandError, counted


def cmd_database(options: argparse.Namespace, stdout: Any) -> None:
    from designer.storage.postgres import PostgresRepository, copy_into_database, copy_into_folder, is_database_url
    from designer.storage.postgres.migrations import LATEST

    if options.init:
        with PostgresRepository.open(options.init, set_up=True) as database:
            stdout.write(
                f"{database.location[:1].upper()}{database.location[1:]} is ready (tables at version {LATEST}).\n"
            )
        return
    if not options.source or not options.target:
        raise CommandError("database --copy needs --from (a data folder or URL) and --to (a URL or data folder)")
    source_is_url, target_is_url = is_database_url(options.source), is_database_url(options.target)
    if source_is_url == target_is_url:
        raise CommandError("database --copy goes from a data folder to a database URL, or from a URL to a folder")
    if target_is_url:
        folder = Path(options.source).expanduser().absolute()
        if not folder.is_dir():
            raise CommandError(f"no designer data in {folder}: check the --from folder")
        with (
            Store.open(folder, read_only=True) as store,
            PostgresRepository.open(options.target, local_folder=_desk(options)) as database,
        ):
            counts = copy_into_database(store, database)
            where = database.location
    else:
        folder = Path(options.target).expanduser().absolute()
        if folder.exists() and any(folder.iterdir()):
            raise CommandError(f"{folder} is not empty: copy a database only into a new or empty folder")
        with (
            PostgresRepository.open(options.source, local_folder=_desk(options)) as database,
            Store.open(folder) as store,
        ):
            counts = copy_into_folder(database, store)
            where = str(folder)
    stdout.write(f"Copied to {where}, and read back the same:\n")
    for kind, (number, checksum) in counts.items():
        stdout.write(f"  {kind:<10} {number:>7}  sha256 {checksum}\n")
    total = sum(number for kind, (number, _) in counts.items() if kind in ("clients", "plans"))
    stdout.write(f"({counted(total, 'client or plan')} in all)\n")


def _desk(options: argparse.Namespace) -> Path | None:
    chosen = getattr(options, "data_dir", None)
    return Path(chosen).expanduser().absolute() if chosen is not None else None
