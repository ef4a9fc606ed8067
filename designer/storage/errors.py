"""What can go wrong when keeping the clinic's data, each with a message a therapist can act on.

Every error carries ``.message`` in plain words (no error numbers, no tracebacks), so the
window can show it in a message box and the command line can print it on one line.
"""

from __future__ import annotations

import errno
from pathlib import Path


class StoreError(Exception):
    """Base of every storage error; ``message`` says what happened and what to do."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class StoreLockedError(StoreError):
    """Another running copy of the designer holds the data folder."""


class ReadOnlyError(StoreError):
    """The data was opened read-only, so nothing can be saved."""


class SaveError(StoreError):
    """A save failed (disk full, no permission, ...); the previously saved file is unchanged."""


class NotFoundError(StoreError, KeyError):
    """No client, plan, exercise or template with that id.

    Also a ``KeyError`` so that code written for mappings keeps working.
    """

    def __str__(self) -> str:  # KeyError would otherwise put the message in quotes
        return self.message


class ConflictError(StoreError):
    """A plan was saved elsewhere since it was read: saving this copy would overwrite that change."""

    def __init__(self, message: str, *, plan_id: str, stored_revision: int, your_revision: int) -> None:
        super().__init__(message)
        self.plan_id = plan_id
        self.stored_revision = stored_revision
        self.your_revision = your_revision


class DamagedDataError(StoreError):
    """A data file is damaged and no good backup of it was found."""


def save_failure_message(error: OSError, what: str, folder: Path) -> str:
    """A plain explanation of why ``what`` (for example 'the plan "Back care"') could not be saved."""
    code = error.errno
    kept = "Nothing that was saved before has been changed."
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1), errno.EFBIG):
        return (
            f"The disk is full, so {what} could not be saved. Free some space on the disk "
            f"(for example empty the bin or remove old downloads), then save again. {kept}"
        )
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return (
            f"The data folder is read-only or you do not have permission to change it ({folder}), "
            f"so {what} could not be saved. Check the folder's permissions or choose another data folder. {kept}"
        )
    reason = error.strerror or str(error)
    return f"{what[:1].upper()}{what[1:]} could not be saved: {reason}. {kept}"
