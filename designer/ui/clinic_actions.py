"""The clinic's settings, and moving plans in and out of the designer as plan files (import and export).

Importing goes through ``designer.workflows.importing``: the whole file is checked first, then all of it is written
or none.  The clinic settings dialog shows the handout as it would look while the therapist edits, and only the
settings accepted with OK are saved.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from designer.domain import Clinic, Plan
from designer.storage import StoreError
from designer.workflows.importing import import_file

from . import settings as keys
from .client_actions import ClientActions
from .plan_session import PlanSession
from .settings import WindowSettings
from .window_state import WindowState, message_of

IMPORT_FOLDER = "last/import_folder"
EXPORT_FOLDER = "last/export_folder"


class ClinicActions:
    """Clinic settings…, Import plans…, Export plans…, and keeping an unsaved plan in a file."""

    def __init__(
        self,
        state: WindowState,
        session: PlanSession,
        clients: ClientActions,
        settings: WindowSettings,
        request_preview: Callable[[bool], None],
    ) -> None:
        self._state = state
        self._session = session
        self._clients = clients
        self._settings = settings
        self._request_preview = request_preview  # redraws the handout preview; True: at once, not after a pause
        self.document = session.document

    # -- plan files --------------------------------------------------------------------------------

    def import_plans(self) -> None:
        window = self._state.window
        name, _filter = QFileDialog.getOpenFileName(
            window, "Import plans", self._settings.text(IMPORT_FOLDER), "Plan files (*.json);;All files (*)"
        )
        if not name:
            return
        try:
            result = import_file(Path(name), self._state.repository, self._state.library)
        except (StoreError, ValueError) as error:
            QMessageBox.warning(
                window, "Nothing imported", f"The file {Path(name).name} was not imported:\n\n{message_of(error)}"
            )
            return
        self._settings.set_text(IMPORT_FOLDER, str(Path(name).parent))
        self._clients.refresh_clients()
        self._clients.refresh_plan_list()
        QMessageBox.information(window, "Plans imported", result.summary())

    def export_plans(self) -> None:
        client = self.document.client
        current = self.document.plan
        if client is None or current is None:
            return
        self._session.save_now()
        repository = self._state.repository
        try:
            plans = [repository.get_plan(summary.id) for summary in repository.list_plans(client.id)]
        except StoreError as error:
            self._state.show_error("The plans could not be read", error)
            return
        # The open plan as it is in the window, even when its latest changes could not be saved.
        plans = [current if p.id == current.id else p for p in plans] or [current]
        name, _filter = QFileDialog.getSaveFileName(
            self._state.window,
            "Export plans",
            str(Path(self._settings.text(EXPORT_FOLDER) or ".") / f"{client.name} - plans.json"),
            "Plan files (*.json)",
        )
        if not name or not self._write(plans, Path(name), "Choose another folder."):
            return
        self._settings.set_text(EXPORT_FOLDER, str(Path(name).parent))
        self._state.say(f"Exported {len(plans)} plan{'s' if len(plans) != 1 else ''} to {name}", 8000)

    def export_current_plan(self) -> bool:
        """Keep the open plan in a file when it cannot be saved in the data folder."""
        plan = self.document.plan
        if plan is None:
            return True
        name, _filter = QFileDialog.getSaveFileName(
            self._state.window, "Export the plan", f"{plan.title}.json", "Plan files (*.json)"
        )
        return bool(name) and self._write([plan], Path(name))

    def _write(self, plans: list[Plan], path: Path, advice: str = "") -> bool:
        from designer.workflows.exporting import export_plans, with_clients

        try:
            export_plans(with_clients(plans, self._state.repository, self.document.client), path)
        except ValueError as error:
            QMessageBox.warning(self._state.window, "Not exported", f"{message_of(error)}\n\n{advice}".strip())
            return False
        return True

    # -- clinic settings -----------------------------------------------------------------------------

    def choose_shared_database(self) -> None:
        """Settings → Shared database: test an address, then keep it for the next start."""
        from .dialogs.shared_database_dialog import SharedDatabaseDialog

        dialog = SharedDatabaseDialog(self._settings, self._state.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        where = f"the shared database ({dialog.chosen})" if dialog.chosen else "this computer's data folder"
        QMessageBox.information(
            self._state.window,
            "Shared database",
            f"The designer opens on {where} from the next start. Close it and open it again to switch; everything "
            "saved so far stays where it is.",
        )

    def open_clinic_settings(self) -> None:
        from .dialogs.clinic_settings_dialog import ClinicSettingsDialog

        state = self._state
        dialog = ClinicSettingsDialog(state.clinic, state.repository, state.window)
        dialog.clinicChanged.connect(self._preview_clinic)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        state.draft_clinic = None
        if accepted:
            clinic = dialog.clinic()
            if self._save_clinic(clinic):
                self._store_password(clinic, dialog.typed_password())
        self._request_preview(True)

    def offer_first_setup(self) -> None:
        """On the first start, while the clinic has the placeholder name: the short set-up, offered once."""
        from .dialogs.first_setup_dialog import needs_setting_up

        if self._settings.flag(keys.SETUP_OFFERED) or not needs_setting_up(self._state.clinic):
            return
        if self._state.repository.read_only or not self._state.window.isVisible():
            return  # a second copy of the window (the first one offers it), or a window already closing
        self._settings.set_flag(keys.SETUP_OFFERED, True)
        self.set_up_clinic()

    def set_up_clinic(self) -> None:
        """Settings → Set up the clinic…: the name, therapist, logo, booking link, phone and email."""
        from .dialogs.first_setup_dialog import FirstSetupDialog

        state = self._state
        dialog = FirstSetupDialog(state.clinic, state.repository, state.window)
        if dialog.exec() == QDialog.DialogCode.Accepted and self._save_clinic(dialog.clinic()):
            state.say("The clinic is set up; every handout now carries its name and details.", 8000)
        self._request_preview(True)

    def _save_clinic(self, clinic: Clinic) -> bool:
        state = self._state
        try:
            state.repository.save_clinic(clinic)
        except StoreError as error:
            state.show_error("The clinic settings could not be saved", error)
            return False
        if clinic.default_layout != state.clinic.default_layout:
            self._settings.set_text(keys.LAST_LAYOUT, clinic.default_layout.value)
        state.clinic = clinic
        return True

    def _preview_clinic(self, clinic: Clinic) -> None:
        self._state.draft_clinic = clinic
        self._request_preview(False)

    def _store_password(self, clinic: Clinic, password: str) -> None:
        if not password:
            return
        from designer.mail import keyring_available, set_password

        window = self._state.window
        if not keyring_available():
            QMessageBox.information(
                window,
                "Password not kept",
                "This computer has no password store, so the email password is not kept. "
                "The designer will ask for it each time it sends.",
            )
            return
        try:
            set_password(clinic.mail, password)
        except Exception as error:  # keyring back-ends raise their own errors
            QMessageBox.warning(window, "Password not kept", f"The password could not be kept: {message_of(error)}")
