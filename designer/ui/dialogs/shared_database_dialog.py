"""Settings → Shared database: test the connection to the clinic's PostgreSQL server, then switch to it.

The address is kept in this computer's settings (never a password: that comes from the system keyring or
PostgreSQL's own password file), and the designer opens on it from the next start.  ``--database`` and
``PROGRAMME_DESIGNER_DATABASE`` still win over it, and "Use the data folder" goes back to this computer's folder.
The test runs off the window's thread: a server that does not answer never freezes the window.
"""

from __future__ import annotations

import tempfile
import threading
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from designer.storage import StoreError

from .. import settings as keys
from ..settings import WindowSettings
from ..widgets.forms import form, problem_label, quiet_label

EXAMPLE = "postgresql://desk@clinic-server/clinic"


def test_connection(address: str) -> str:
    """What a test of ``address`` found, in words; raises ``StoreError`` (plain words) when it fails."""
    from designer.storage.postgres import PostgresRepository

    # A folder of its own for the test: this desk's real one (its outbox) is made when the designer switches.
    with (
        tempfile.TemporaryDirectory(prefix="designer-test-") as scratch,
        PostgresRepository.open(address, local_folder=Path(scratch)) as database,
    ):
        clients = len(database.list_clients())
        where = database.location
    return f"Connected to {where}: {clients} client{'s' if clients != 1 else ''} there."


class SharedDatabaseDialog(QDialog):
    """Choose the shared database: type its address, test it, then use it (from the next start)."""

    tested = Signal(str, bool)  # what the test said, and whether it worked (from the testing thread)

    def __init__(self, settings: WindowSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Shared database")
        self.setMinimumWidth(560)
        self._settings = settings
        self.address = QLineEdit(settings.text(keys.SHARED_DATABASE))
        self.address.setPlaceholderText(EXAMPLE)
        self.address.setAccessibleName("Address of the shared database")
        self.test_button = QPushButton("Test the connection")
        row = QHBoxLayout()
        row.addWidget(self.address, 1)
        row.addWidget(self.test_button)
        self.outcome = problem_label()
        self.outcome.setWordWrap(True)
        explained = quiet_label(
            "Several desks can work on one clinic's data when it is kept on a PostgreSQL server. Ask whoever looks "
            "after the server for the address. The password is never typed here: it comes from this computer's "
            "password store, or PostgreSQL's own password file."
        )
        self.buttons = QDialogButtonBox()
        self.use_button = self.buttons.addButton("Use this database", QDialogButtonBox.ButtonRole.AcceptRole)
        self.folder_button = self.buttons.addButton("Use the data folder", QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.use_button.setEnabled(False)  # only an address that was tested and worked
        self.folder_button.setEnabled(bool(settings.text(keys.SHARED_DATABASE)))
        layout = QVBoxLayout(self)
        layout.addWidget(explained)
        layout.addLayout(form([("Address", row)]))
        layout.addWidget(self.outcome)
        layout.addWidget(self.buttons)
        self.test_button.clicked.connect(self.start_test)
        self.address.textChanged.connect(self._address_changed)
        self.tested.connect(self._show_result)
        self.use_button.clicked.connect(self._use_database)
        self.folder_button.clicked.connect(self._use_folder)
        self.buttons.rejected.connect(self.reject)
        self._tested_address = ""
        self.chosen = ""  # what was chosen: the address, or "" for the data folder
        self._thread: threading.Thread | None = None

    def start_test(self) -> None:
        address = self.address.text().strip()
        if not address:
            self._show_result(f"Type the address first, like {EXAMPLE}", False)
            return
        self.test_button.setEnabled(False)
        self.outcome.setText("Testing the connection…")
        self._thread = threading.Thread(target=self._test, args=(address,), name="database-test", daemon=True)
        self._thread.start()

    def wait(self, timeout: float = 30.0) -> None:
        """Wait for a running test (tests and closing)."""
        if self._thread is not None:
            self._thread.join(timeout)

    def _test(self, address: str) -> None:
        try:
            said = test_connection(address)
        except StoreError as error:
            self.tested.emit(f"{address}\n{error}", False)
        except Exception as error:  # an address psycopg cannot even read: said, never a crash
            self.tested.emit(f"{address}\nThe address could not be used: {error}", False)
        else:
            self.tested.emit(f"{address}\n{said}", True)

    def _show_result(self, text: str, worked: bool) -> None:
        address, _, said = text.partition("\n")
        self.test_button.setEnabled(True)
        if address != self.address.text().strip():
            return  # the address was changed while it was being tested
        self.outcome.setText(said or address)
        self.outcome.setProperty("worked", worked)
        self._tested_address = address if worked else ""
        self.use_button.setEnabled(worked)

    def _address_changed(self) -> None:
        self._tested_address = ""
        self.use_button.setEnabled(False)
        self.outcome.setText("")

    def _use_database(self) -> None:
        if not self._tested_address:
            return
        self._settings.set_text(keys.SHARED_DATABASE, self._tested_address)
        self._settings.sync()
        self.chosen = self._tested_address
        self.accept()

    def _use_folder(self) -> None:
        self._settings.set_text(keys.SHARED_DATABASE, "")
        self._settings.sync()
        self.chosen = ""
        self.accept()
