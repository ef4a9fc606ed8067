"""The one error a workflow raises for a mistake the therapist can put right (a wrong name, a missing email)."""

from __future__ import annotations


class WorkflowError(Exception):
    """A problem in plain words, with what to do about it; the window shows it, the command line prints it."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message
