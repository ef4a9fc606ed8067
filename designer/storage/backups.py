"""Rolling backups of every data file, and a daily snapshot of the whole data folder.

Generations: before a data file is replaced, the new content is also written to
``backups/files/<file>/<time>.json``, and only the newest ``GENERATIONS`` are kept.  These are
real copies, not hard links: a hard link shares the file's bytes, so damage done to the file
in place (truncation, zeros, a bad disk block) would damage the linked backup too; and a copy
of the *new* content means a restore brings back the latest save, not the one before it.
The copy is not fsynced (the data file itself is); a backup cut short by a power cut is
simply skipped when restoring.

Snapshots: ``backups/snapshots/data-<UTC time>.zip``, the whole data folder (outbox included), made at most
once a day unless asked for (each its own file, the time in its name), kept for the clinic's
``keep_backups_days`` (a month by default), as are the set-aside copies of deleted clients in ``backups/deleted``.
A snapshot cut short (a ``.tmp`` zip) is removed at the next opening or snapshot.  ``rewrite_snapshots`` takes
an erased client out of every one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

from ..domain.clinic import KEEP_BACKUPS_DAYS
from ..safe_files import TEMP_SUFFIX, temp_name
from .files import FILE_MODE, make_private_folder, save_atomically

GENERATIONS = 4
SNAPSHOT_PREFIX = "data-"
# Folders of the data folder that a snapshot leaves out: backups would nest; an import being staged is not data.
NOT_IN_SNAPSHOT = {"backups", ".import"}


def utc_stamp(moment: dt.datetime) -> str:
    """A file-name-safe UTC time that sorts in time order: 2026-03-03T14-05-12.123456Z."""
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H-%M-%S.%fZ")


def parse_stamp(name: str) -> dt.datetime | None:
    try:
        return dt.datetime.strptime(name[:27], "%Y-%m-%dT%H-%M-%S.%fZ").replace(tzinfo=dt.UTC)
    except ValueError:
        return None


def in_words(moment: dt.datetime) -> str:
    """A time as a therapist reads it, in local time: 3 March 2026 at 14:05."""
    local = moment.astimezone()
    return f"{local.day} {local:%B %Y} at {local:%H:%M}"


class Backups:
    """The ``backups`` folder of one data folder."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.folder = data_dir / "backups"
        self.files_dir = self.folder / "files"
        self.snapshots_dir = self.folder / "snapshots"
        self.deleted_dir = self.folder / "deleted"

    def prepare(self) -> None:
        for folder in (self.folder, self.files_dir, self.snapshots_dir, self.deleted_dir):
            make_private_folder(folder)
        self.remove_leftover_snapshots()

    def remove_leftover_snapshots(self) -> None:
        """Snapshots cut short by a kill or a crash (only the copy holding the lock calls this)."""
        with contextlib.suppress(OSError):
            for name in os.listdir(self.snapshots_dir):
                if name.endswith(TEMP_SUFFIX):
                    with contextlib.suppress(OSError):
                        os.unlink(self.snapshots_dir / name)

    # -- generations ---------------------------------------------------------------

    def generations_dir(self, path: Path) -> Path:
        return self.files_dir / path.relative_to(self.data_dir)

    def generations(self, path: Path) -> list[tuple[Path, dt.datetime]]:
        """The kept backups of ``path``, newest first."""
        return self._generations(self.generations_dir(path))[0]

    @staticmethod
    def _generations(folder: Path) -> tuple[list[tuple[Path, dt.datetime]], list[Path]]:
        """(backups newest first, temporary files left by a crash while keeping one)."""
        try:
            names = os.listdir(folder)
        except (FileNotFoundError, NotADirectoryError):
            return [], []
        found, leftovers = [], []
        for name in names:
            moment = parse_stamp(name)
            if moment is not None and name.endswith(".json"):
                found.append((folder / name, moment))
            elif name.startswith(".") and name.endswith(TEMP_SUFFIX):
                leftovers.append(folder / name)
        found.sort(key=lambda pair: pair[1], reverse=True)
        return found, leftovers

    def keep(self, path: Path, payload: bytes, *, what: str) -> Path:
        """Keep ``payload`` (the content about to be written to ``path``) as its newest generation."""
        folder = self.generations_dir(path)
        existing, leftovers = self._generations(folder)
        if not existing:
            make_private_folder(folder)
        moment = dt.datetime.now(dt.UTC)
        if existing and moment <= existing[0][1]:
            # The clock went back (or two saves in one tick): keep the names in save order anyway.
            moment = existing[0][1] + dt.timedelta(microseconds=1)
        target = folder / f"{utc_stamp(moment)}.json"
        save_atomically(target, payload, what=what, durable=False)
        # Only the copy of the designer holding the lock writes here, so every leftover is stale.
        for old in [path for path, _ in existing[GENERATIONS - 1 :]] + leftovers:
            with contextlib.suppress(OSError):
                os.unlink(old)
        return target

    def keep_copy(self, path: Path, label: str) -> Path | None:
        """Copy ``path`` aside before a migration rewrites it (``<time>-<label>.old``); never rotated away."""
        folder = self.generations_dir(path)
        make_private_folder(folder)
        target = folder / f"{utc_stamp(dt.datetime.now(dt.UTC))}-{label}.old"
        try:
            shutil.copyfile(path, target)
            if os.name == "posix":
                os.chmod(target, FILE_MODE)
        except OSError:
            return None
        return target

    def forget(self, path: Path) -> None:
        """Remove the generations of a file that no longer exists (a deleted client keeps its final copy)."""
        shutil.rmtree(self.generations_dir(path), ignore_errors=True)

    def set_deleted_aside(self, path: Path) -> Path:
        """Move a deleted client's file into ``backups/deleted`` instead of erasing it."""
        make_private_folder(self.deleted_dir)
        target = self.deleted_dir / f"{path.stem}-{utc_stamp(dt.datetime.now(dt.UTC))}.json"
        os.replace(path, target)
        return target

    def was_deleted(self, path: Path) -> bool:
        try:
            return any(name.startswith(path.stem + "-") for name in os.listdir(self.deleted_dir))
        except FileNotFoundError:
            return False

    # -- snapshots -------------------------------------------------------------------

    def snapshot_path(self, moment: dt.datetime) -> Path:
        return self.snapshots_dir / f"{SNAPSHOT_PREFIX}{utc_stamp(moment)}.zip"

    def snapshots(self) -> list[Path]:
        """Kept snapshots, newest first."""
        try:
            names = os.listdir(self.snapshots_dir)
        except FileNotFoundError:
            return []
        return sorted(
            (self.snapshots_dir / n for n in names if n.startswith(SNAPSHOT_PREFIX) and n.endswith(".zip")),
            reverse=True,
        )

    @staticmethod
    def day_of(snapshot: Path) -> dt.date | None:
        """The (UTC) day a snapshot was made, from its name (``data-2026-03-03T...zip`` or ``data-2026-03-03.zip``)."""
        try:
            return dt.date.fromisoformat(snapshot.name[len(SNAPSHOT_PREFIX) : len(SNAPSHOT_PREFIX) + 10])
        except ValueError:
            return None

    def snapshot(self, *, force: bool = False, keep_days: int = KEEP_BACKUPS_DAYS) -> Path | None:
        """Zip the data folder (without backups); None if today already has one and ``force`` is not given."""
        now = dt.datetime.now(dt.UTC)
        self.remove_leftover_snapshots()
        if not force and any(self.day_of(p) == now.date() for p in self.snapshots()):
            return None
        target = self.snapshot_path(now)
        make_private_folder(self.snapshots_dir)
        with _zip_writer(target) as archive:
            for file, name in self._snapshot_files():
                # A file replaced or removed while we zip is skipped or taken whole, never half.
                with contextlib.suppress(FileNotFoundError):
                    archive.writestr(name, file.read_bytes())
        self.forget_older_than(keep_days, now)
        return target

    def forget_older_than(self, keep_days: int, now: dt.datetime) -> None:
        """Remove snapshots, and the set-aside copies of deleted clients, older than ``keep_days``: backups hold
        client data, so they are kept by age (the clinic's setting), not for ever."""
        oldest = now.date() - dt.timedelta(days=max(1, keep_days))
        for old in self.snapshots():
            day = self.day_of(old)
            if day is not None and day < oldest:
                with contextlib.suppress(OSError):
                    os.unlink(old)
        try:
            set_aside = list(self.deleted_dir.iterdir())
        except OSError:
            return
        for copy in set_aside:
            stamp = parse_stamp(copy.name.removesuffix(".json")[-27:])
            if stamp is not None and stamp.date() < oldest:
                with contextlib.suppress(OSError):
                    os.unlink(copy)

    def rewrite_snapshots(self, keep: Callable[[str, bytes], bytes | None]) -> None:
        """Rewrite every snapshot through ``keep(name, data)``: the new data, or None to leave the file out.

        Each zip is replaced atomically, so a kill leaves every snapshot whole (old or new).
        """
        for snapshot in self.snapshots():
            try:
                source = zipfile.ZipFile(snapshot)
            except (OSError, zipfile.BadZipFile):
                continue
            with source, _zip_writer(snapshot) as archive:
                for info in source.infolist():
                    kept = keep(info.filename, source.read(info))
                    if kept is not None:
                        archive.writestr(info, kept)

    def _snapshot_files(self) -> Iterator[tuple[Path, str]]:
        for root, folders, files in os.walk(self.data_dir):
            here = Path(root)
            if here == self.data_dir:
                folders[:] = [f for f in folders if f not in NOT_IN_SNAPSHOT]
            for name in sorted(files):
                if name.endswith((TEMP_SUFFIX, ".lock")):
                    continue
                file = here / name
                yield file, file.relative_to(self.data_dir).as_posix()


@contextlib.contextmanager
def _zip_writer(target: Path) -> Iterator[zipfile.ZipFile]:
    """A zip written beside ``target`` (owner-only), flushed, then renamed over it: whole or not at all."""
    temp = temp_name(target)
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), FILE_MODE)
    try:
        with (
            os.fdopen(fd, "wb") as handle,
            zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive,
        ):
            yield archive
            archive.close()
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
