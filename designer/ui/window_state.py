"""What every part of the main window reads: the repository, the library, the clinic, and how to tell the therapist.

The window's parts (the plan session, the handout, clinic and exercise actions) each hold this one object, so a
library reloaded after an exercise is saved, or the clinic's settings as being edited, are seen by all of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtWidgets import QMainWindow, QMessageBox

from designer.domain import Clinic, Exercise
from designer.library import Library
from designer.storage import StoreError
from designer.storage.repository import Repository


def message_of(error: BaseException) -> str:
    """An error's plain words (the storage and workflow errors carry ``message``)."""
    return str(getattr(error, "message", "") or error)


@dataclass
class WindowState:
    """The data the window shows, shared by its parts; ``exercises`` is changed in place, never replaced."""

    repository: Repository
    library: Library
    window: QMainWindow
    exercises: dict[str, Exercise] = field(default_factory=dict)
    clinic: Clinic = field(default_factory=Clinic)
    draft_clinic: Clinic | None = None  # the clinic as edited in the open settings dialog
    closing: bool = False

    def __post_init__(self) -> None:
        if not self.exercises:
            self.exercises.update({exercise.id: exercise for exercise in self.library.all()})

    def current_clinic(self) -> Clinic:
        """The clinic as the handout should show it now (the settings being edited, if any)."""
        return self.draft_clinic or self.clinic

    def say(self, text: str, milliseconds: int = 5000) -> None:
        """A passing note in the status bar."""
        if not self.closing:
            self.window.statusBar().showMessage(text, milliseconds)

    def show_error(self, what: str, error: BaseException) -> None:
        """Tell the therapist in plain words; the window carries on."""
        if not self.closing:
            QMessageBox.warning(self.window, what, f"{what}.\n\n{message_of(error)}")


def custom_exercises(repository: Repository) -> list[Exercise]:
    """The clinic's own exercises, or none when they cannot be read (the store's notice says what went wrong)."""
    try:
        return repository.list_custom_exercises()
    except StoreError:
        return []


def read_clinic(repository: Repository) -> Clinic:
    """The clinic's profile, or the default one when it cannot be read."""
    try:
        return repository.get_clinic()
    except StoreError:
        return Clinic()
