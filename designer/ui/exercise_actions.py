"""The clinic's own exercises, from the Library menu: new, edit (a built-in one: a copy), delete, and what follows.

The work is done by ``designer.workflows.exercises``.  Finding the plans that use an exercise reads the stored
plans, so it runs off the GUI thread (``workers.run_in_background``); the window keeps painting meanwhile, and a
progress dialog with Stop shows when it takes a while.  After a change the library is read again and the
library list, the plan's rows and the preview follow.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QMessageBox

from designer.domain import Exercise
from designer.library import Library, load_builtin_exercises
from designer.storage import StoreError
from designer.workflows import WorkflowError
from designer.workflows.exercises import delete_exercise, editable_version, where_used

from .document import PlanDocument
from .thumbnails import Thumbnails
from .widgets.library_panel import LibraryPanel
from .window_state import WindowState, custom_exercises
from .workers import run_in_background

SHOWN_USES = 8  # the first few plans that use an exercise; "and 12 more" says the rest


class ExerciseActions(QObject):
    """New exercise…, Edit…, Delete exercise… for the library panel."""

    def __init__(
        self,
        state: WindowState,
        document: PlanDocument,
        panel: LibraryPanel,
        pictures: list[Thumbnails],
        *,
        builtin: list[Exercise] | None = None,
    ) -> None:
        super().__init__(state.window)
        self._state = state
        self.document = document
        self._panel = panel
        self._pictures = pictures
        # Kept to rebuild the library after the clinic adds, edits or deletes one of its own exercises.
        self._builtin = builtin if builtin is not None else load_builtin_exercises()

    def new_exercise(self) -> Exercise | None:
        return self._open_dialog(None)

    def edit_exercise(self, exercise_id: str) -> Exercise | None:
        """Edit one of the clinic's own exercises, or a new copy of a built-in one."""
        try:
            exercise = editable_version(self._state.library, exercise_id)
        except WorkflowError:
            return None
        return self._open_dialog(exercise)

    def _open_dialog(self, exercise: Exercise | None) -> Exercise | None:
        from .dialogs.exercise_dialog import ExerciseDialog

        state = self._state
        dialog = ExerciseDialog(exercise, state.library, state.repository, state.window)
        saved = dialog.saved_exercise() if dialog.exec() == QDialog.DialogCode.Accepted else None
        if saved is None:
            return None
        self.reload_library(select=saved.id)
        state.say(f"Saved \u201c{saved.name}\u201d in the clinic's library.", 6000)
        return saved

    def delete_exercise(self, exercise_id: str) -> bool:
        """Delete one of the clinic's own exercises, unless a plan or template uses it (then say which)."""
        state = self._state
        exercise = state.exercises.get(exercise_id)
        if exercise is None or exercise.builtin:
            return False
        open_plan = self.document.plan
        try:
            finished, uses = run_in_background(
                state.window,
                lambda: where_used(state.repository, exercise_id, open_plan),
                "Checking which plans use this exercise…",
                title="Delete exercise",
            )
        except StoreError as error:
            state.show_error("The plans that use this exercise could not be read", error)
            return False
        if not finished or uses is None:
            return False  # stopped by the therapist
        if uses:
            shown = uses[:SHOWN_USES] + ([f"and {len(uses) - SHOWN_USES} more"] if len(uses) > SHOWN_USES else [])
            QMessageBox.information(
                state.window,
                "Exercise not deleted",
                f"\u201c{exercise.name}\u201d is not deleted, because it is used in:\n\n"
                + "\n".join(f"\u2022 {line}" for line in shown)
                + "\n\nTheir handouts need it. Take it out of those plans first, or keep it in the library.",
            )
            return False
        answer = QMessageBox.question(
            state.window,
            "Delete exercise?",
            f"Delete \u201c{exercise.name}\u201d from the clinic's library? No plan uses it. This cannot be undone.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            # Checked again as it is deleted (a plan may have started using it meanwhile), off the GUI thread too.
            run_in_background(
                state.window,
                lambda: delete_exercise(state.repository, state.library, exercise_id, open_plan),
                "Deleting the exercise…",
                can_stop=False,
            )
        except (StoreError, WorkflowError) as error:
            state.show_error("The exercise could not be deleted", error)
            return False
        self.reload_library()
        state.say(f"Deleted \u201c{exercise.name}\u201d from the clinic's library.", 6000)
        return True

    def reload_library(self, select: str = "") -> None:
        """Read the clinic's exercises again; the library, the plan's rows and the preview follow."""
        state = self._state
        state.library = Library(custom_exercises(state.repository), builtin=self._builtin)
        fresh = {exercise.id: exercise for exercise in state.library.all()}
        # Changed in place, key by key: the plan's rows look exercises up in this very dictionary.
        state.exercises.update(fresh)
        for gone in set(state.exercises) - set(fresh):
            del state.exercises[gone]
        for pictures in self._pictures:
            pictures.forget()
        self._panel.set_exercises(state.library.all())
        if select:
            self._panel.select_exercise(select, reveal=True)
        self.document.planChanged.emit()  # names, pictures and the handout preview of the open plan
