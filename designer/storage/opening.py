"""Opening and closing the data folder: the lock that lets one copy of the designer write, and read-only for
the others."""

from __future__ import annotations

from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Self

from ..paths import default_data_dir
from .errors import (
    SaveError,
    StoreError,
    StoreLockedError,
    save_failure_message,
)
from .files import (
    make_private_folder,
)
from .repository import Notice, NoticeKind

if TYPE_CHECKING:
    import filelock

from .index_sync import StoreIndexSync
from .store_base import (
    LOCK_NAME,
    WAIT_WHEN_TRUE,
)


class StoreOpening(StoreIndexSync):
    """``open`` and ``close``; the folder is locked for the one copy that may write."""

    # -- opening and closing ----------------------------------------------------------

    @classmethod
    def open(
        cls,
        data_dir: Path | str | None = None,
        *,
        read_only: bool = False,
        wait: float | bool = False,
        require_write: bool = False,
    ) -> Self:
        """Open the data folder (the per-user default when ``data_dir`` is None).

        When another copy of the designer holds the folder, this opens read-only with a notice,
        or raises ``StoreLockedError`` if ``require_write``.  ``wait`` is how many seconds to
        wait for the other copy first (True: 10 s).  Damaged files are restored from backups.
        """
        folder = Path(data_dir if data_dir is not None else default_data_dir()).expanduser().absolute()
        if folder.exists() and not folder.is_dir():
            raise StoreError(f"The data folder {folder} is a file, not a folder. Choose a folder for the data.")
        seconds = WAIT_WHEN_TRUE if wait is True else float(wait or 0)
        reason = "The data was opened read-only, so changes cannot be saved."
        notice: Notice | None = None
        file_lock: filelock.BaseFileLock | None = None
        if not read_only:
            import filelock  # here: a copy that only reads never locks, and filelock is slow to import

            try:
                make_private_folder(folder)
                file_lock = filelock.FileLock(folder / LOCK_NAME, timeout=seconds, mode=0o600, thread_local=False)
                file_lock.acquire()
            except filelock.Timeout:
                file_lock = None
                if require_write:
                    raise StoreLockedError(
                        f"Another copy of the designer is using the data folder {folder}. "
                        "Close that copy (or wait until it has finished), then try again."
                    ) from None
                read_only = True
                reason = (
                    "Another copy of the designer has this data open, so changes cannot be saved here. "
                    "Close the other copy, then open the designer again to make changes."
                )
                notice = Notice(
                    NoticeKind.ANOTHER_COPY_OPEN,
                    "Another copy of the designer is already open on this data folder, so this one is "
                    "read-only: you can look at everything, but changes cannot be saved until the other "
                    "copy is closed and this one is opened again.",
                )
            except OSError as error:
                file_lock = None
                message = save_failure_message(error, "the data folder", folder)
                if require_write:
                    raise SaveError(f"The designer cannot write to the data folder {folder}. {message}") from error
                read_only = True
                reason = f"The data folder {folder} cannot be written to, so changes cannot be saved."
                notice = Notice(NoticeKind.FOLDER_NOT_WRITABLE, reason + " The designer opened it read-only.")
        store = cls(folder, read_only=read_only, read_only_reason=reason)
        if notice is not None:
            store.notices.append(notice)
        store._file_lock = file_lock
        try:
            store._load()
        except BaseException:
            store._release()
            raise
        return store

    def close(self) -> None:
        """Write the index out if its journal has grown, and let another copy of the designer in."""
        with self._lock:
            if self._closed:
                return
            try:
                if not self.read_only and self._journal.size() > self._compact_threshold():
                    self._compact_index()
            except StoreError:
                pass  # the journal still holds every change; the next opening replays it
            finally:
                self._closed = True
                self._client_dbs.clear()
                self._small_dbs.clear()
                self._release()

    def _release(self) -> None:
        if self._file_lock is not None:
            self._file_lock.release()
            self._file_lock = None

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()
