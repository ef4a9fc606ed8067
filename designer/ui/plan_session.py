"""The open plan's session: opening it, saving it a moment after each edit, and what happens when a save fails.

A save that fails (a full disk, a read-only folder) keeps the plan in the window, says so in the banner with
"Try again", and is tried again by itself.  A save refused because another copy of the designer saved the plan
since it was opened (``ConflictError``) is never retried blindly: the therapist's edits stay in the window and the
banner offers "Reload" (take the stored plan) or "Keep mine as a copy" (save the edited plan as a new plan).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox

from designer.domain import Client, Plan
from designer.storage import ReadOnlyError, StoreError
from designer.storage.errors import ConflictError
from designer.workflows.plans import save_new_plan

from .document import PlanDocument
from .widgets.banner import Banner
from .window_state import WindowState, message_of

AUTOSAVE_MS = 0  # 0: each edit is saved before the next can be made (a save takes a few milliseconds)
RETRY_SAVE_MS = 15_000
SAVE_BANNER = "save"  # the banner's key for every message about saving the open plan


class PlanSession(QObject):
    """Keeps the document's plan saved in the repository."""

    planSaved = Signal(str)  # plan id, after each successful save
    plansChanged = Signal()  # the open client's list of plans changed (a plan was saved or added)
    planAdded = Signal()  # a new plan was started: the client's count of plans changed
    stateChanged = Signal()  # saved, saving, not saved: the window's title and the "Saved" note follow

    def __init__(self, state: WindowState, banner: Banner, autosave_ms: int) -> None:
        super().__init__(state.window)
        # The session's own child: when the window goes, the session (and so its connections) goes first.
        self.document = PlanDocument(self)
        self._state = state
        self._banner = banner
        self.save_problem = ""
        self.conflict = False  # the last save was refused: the plan was changed elsewhere
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(autosave_ms)
        self.autosave_timer.timeout.connect(self.save_now)
        self.retry_timer = QTimer(self)
        self.retry_timer.setSingleShot(True)
        self.retry_timer.setInterval(RETRY_SAVE_MS)
        self.retry_timer.timeout.connect(self.save_now)
        # The stack's index moves after a command has run (a plan change signal comes too early to tell).
        self.document.undo_group.indexChanged.connect(self._edited)

    def stop(self) -> None:
        self.autosave_timer.stop()
        self.retry_timer.stop()

    def _edited(self, _index: int) -> None:
        """After every edit, undo or redo: save it at once, so a crash a moment later loses nothing (or, with an
        ``autosave_ms`` of more than 0, a moment later; typing restarts the wait)."""
        if self.document.modified and not self.conflict:
            if self.autosave_timer.interval() > 0:
                self.autosave_timer.start()
            else:
                self.save_now()
        self.stateChanged.emit()

    # -- opening ---------------------------------------------------------------------------------

    def load(self, plan_id: str, client: Client | None) -> None:
        """Open the stored plan ``plan_id`` (none for "") for ``client``."""
        plan: Plan | None = None
        if plan_id:
            try:
                plan = self._state.repository.get_plan(plan_id)
            except StoreError as error:
                self._state.show_error("The plan could not be opened", error)
        self._forget_problem()
        self.document.load(plan, client)

    def start(self, plan: Plan, client: Client) -> None:
        """Save a new plan for ``client`` (its title made distinct among their plans) and open it."""
        self._forget_problem()
        try:
            plan = save_new_plan(self._state.repository, plan, client)
        except StoreError as error:
            # Kept in the window all the same: the therapist can work, and saving is tried again.
            plan = replace(plan, client_id=client.id)
            self._note_failure(error)
        self.document.load(plan, client)
        if self.save_problem:
            self.document.mark_unsaved()
            self._schedule_retry()
        self.plansChanged.emit()
        self.planAdded.emit()

    # -- saving ---------------------------------------------------------------------------------

    def save_now(self) -> bool:
        """Save the open plan if it has unsaved changes; False (with a message shown) when it could not be."""
        self.autosave_timer.stop()
        plan = self.document.plan
        if plan is None or not self.document.modified:
            return True
        try:
            saved = self._state.repository.save_plan(plan)
        except ConflictError as error:
            self._note_conflict(error)
            return False
        except StoreError as error:
            self._note_failure(error)
            self._schedule_retry()
            return False
        self.document.mark_saved(saved, plan_was=plan)
        kept = getattr(self._state.repository, "unsaved_edits", None)
        if kept is not None:
            kept.forget(saved.id)  # in the shared database now: nothing left to keep on this computer
        self._forget_problem()
        self.retry_timer.stop()
        if not self._state.closing:
            self.plansChanged.emit()
        self.stateChanged.emit()
        self.planSaved.emit(saved.id)
        return True

    def _forget_problem(self) -> None:
        if self.save_problem or self.conflict:
            self.save_problem = ""
            self.conflict = False
            self._banner.clear(SAVE_BANNER)

    def _note_failure(self, error: StoreError) -> None:
        message = message_of(error)
        self.save_problem = message
        if isinstance(error, ReadOnlyError) and self._state.repository.read_only:
            text = (
                "This copy of the designer is read-only, so your changes to this plan are kept here but not "
                "saved. Export the plan to a file to keep it, then close the other copy of the designer."
            )
        elif self._keep_on_this_computer(error):
            text = (
                f"Your changes are not saved yet: {message} They are kept on this computer, even if the designer "
                "is closed, and saved when the server is back; saving is tried again."
            )
        else:
            text = f"Your changes are not saved yet: {message} They are kept in this window, and saving is tried again."
        self._banner.show_message(
            text, key=SAVE_BANNER, error=True, action="Try again", on_action=self._try_again, dismissable=False
        )
        self.stateChanged.emit()

    def _keep_on_this_computer(self, error: StoreError) -> bool:
        """On a shared database that cannot be reached: keep the edited plan in this desk's folder (see
        ``storage/postgres/unsaved.py``), so closing the window or a crash loses nothing.  Whether it was kept."""
        from designer.storage.postgres.connection import DatabaseUnavailableError

        kept = getattr(self._state.repository, "unsaved_edits", None)
        plan = self.document.plan
        if kept is None or plan is None or not isinstance(error, DatabaseUnavailableError):
            return False
        try:
            kept.keep(plan)
        except OSError:
            return False
        return True

    def _note_conflict(self, error: ConflictError) -> None:
        """Another copy saved this plan since it was opened here: keep the edits, let the therapist choose."""
        self.conflict = True
        self.save_problem = message_of(error)
        self.retry_timer.stop()  # trying again would be refused again, and must never overwrite the other change
        self._banner.show_message(
            f"{self._changed_elsewhere(error.plan_id)} Your changes are kept in this window but not saved. "
            "Reload takes the plan as it is now saved; Keep mine as a copy saves your version as a new plan.",
            key=SAVE_BANNER,
            error=True,
            action="Reload",
            on_action=self.reload,
            second_action="Keep mine as a copy",
            on_second_action=self.keep_as_copy,
            dismissable=False,
        )
        self.stateChanged.emit()

    def _changed_elsewhere(self, plan_id: str) -> str:
        """ "Changed on another desk at 14:05.": where, and when the stored plan was saved, in local time."""
        repository = self._state.repository
        where = "on another desk" if repository.location.startswith("the shared database") else "elsewhere"
        try:
            saved_at = dt.datetime.fromisoformat(repository.get_plan(plan_id).updated).astimezone()
        except (StoreError, ValueError):
            return f"This plan was changed {where} since you opened it here."
        return f"This plan was changed {where} at {saved_at:%H:%M}, since you opened it here."

    def _try_again(self) -> None:
        self.save_now()

    def _schedule_retry(self) -> None:
        if not self._state.repository.read_only:
            self.retry_timer.start()

    def reload(self) -> None:
        """Throw away the edits made here and open the plan as it is saved now."""
        plan = self.document.plan
        if plan is None:
            return
        self.load(plan.id, self.document.client)
        self.plansChanged.emit()
        self._state.say(f"Reloaded \u201c{plan.title}\u201d as it was saved elsewhere.")

    def keep_as_copy(self) -> None:
        """Save the plan as edited here as a new plan of the same client, leaving the other change as it is."""
        plan = self.document.plan
        client = self.document.client
        if plan is None or client is None:
            return
        # The plan as edited here, dates and all; only its ids are new, so it is a plan of its own.
        copy = replace(plan.copy_for_next_session(), start_date=plan.start_date, review_date=plan.review_date)
        self.start(copy, client)
        opened = self.document.plan
        if opened is not None and not self.save_problem:
            self._state.say(f"Kept your version as the new plan \u201c{opened.title}\u201d.")

    # -- asking before losing changes ------------------------------------------------------------

    def confirm_switch(self) -> bool:
        """Open another plan although this one's latest changes could not be saved?"""
        answer = QMessageBox.warning(
            self._state.window,
            "Changes not saved",
            f"The latest changes to this plan could not be saved.\n\n{self.save_problem}\n\n"
            "Open the other one anyway and leave these changes unsaved?",
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def saved_or_confirmed(self) -> bool:
        """Before leaving the open plan: saved, or the therapist agreed to leave the unsaved changes."""
        return self.save_now() or self.confirm_switch()

    def confirm_close(self, export: Callable[[], bool]) -> bool:
        """Close although the latest changes could not be saved?  ``export`` keeps the plan in a file."""
        plan = self.document.plan
        title = plan.title if plan else "the plan"
        box = QMessageBox(self._state.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("Changes not saved")
        box.setText(f"The latest changes to \u201c{title}\u201d could not be saved.")
        box.setInformativeText(
            f"{self.save_problem}\n\nYou can export the plan to a file to keep it, "
            "close without these changes, or stay in the designer and try again."
        )
        export_button = box.addButton("Export to a file…", QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton("Close without saving", QMessageBox.ButtonRole.DestructiveRole)
        box.addButton("Stay here", QMessageBox.ButtonRole.RejectRole)
        box.exec()
        clicked = box.clickedButton()
        if clicked is export_button:
            return export()
        return clicked is discard

    def saved_state_words(self) -> str:
        """ "Saved", "Saving…" or "Not saved", for the plan's heading."""
        if self.document.plan is None:
            return ""
        if self.save_problem:
            return "Not saved"
        return "Saving…" if self.document.modified else "Saved"
