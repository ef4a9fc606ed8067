"""Right-click menus on the clients, their plans and the plan's rows, and what only they offer: archiving a client
(with Undo in the banner), the archive itself, erasing a client and exporting everything held about them.

The menus are built by functions that return a ``QMenu`` (so the tests read and trigger them without a mouse);
the work is done by the clinic's workflows (``designer.workflows.clients`` and ``subject_access``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QFileDialog, QMenu, QMessageBox

from designer.domain import Client
from designer.storage import StoreError
from designer.workflows.clients import archive_client, erase_client, restore_client
from designer.workflows.subject_access import export_client_data

from .models.record_lists import IdRole

if TYPE_CHECKING:
    from .main_window import MainWindow

ARCHIVE_BANNER = "archive"


def _add(menu: QMenu, text: str, handler: Callable[[], object], *, enabled: bool = True, tip: str = "") -> QAction:
    action = menu.addAction(text)
    action.triggered.connect(lambda _checked=False: handler())
    action.setEnabled(enabled)
    if tip:
        action.setToolTip(tip)
        action.setStatusTip(tip)
    return action


class RecordMenus(QObject):
    """The window's right-click menus, and archiving, erasing and exporting a client."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        panel = window.client_panel
        for view, menu in (
            (panel.client_list, self._client_menu_at),
            (panel.plan_list, self._plan_menu_at),
            (window.editor.plan_tree, self._row_menu_at),
        ):
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(
                lambda position, v=view, m=menu: self._show(v, m(position), position)
            )
        self.show_archive = QAction("Show archived clients", window)
        self.show_archive.setCheckable(True)
        self.show_archive.setToolTip("List the clients put away in the archive instead of those in everyday use")
        self.show_archive.toggled.connect(self._toggle_archive)
        self._add_to_client_menu()

    def _add_to_client_menu(self) -> None:
        """The open client's archive, export and erase entries, beside Add and Edit in the Client menu."""
        window = self._window
        found = next((a.menu() for a in window.menuBar().actions() if a.text() == "&Client"), None)
        if not isinstance(found, QMenu):
            return
        menu = found

        def on_open_client(handler: Callable[[str], None]) -> Callable[[], None]:
            return lambda: handler(window.document.client.id) if window.document.client else None

        menu.addSeparator()
        self.archive_action = _add(menu, "Archive this client", on_open_client(self.archive))
        self.export_action = _add(menu, "Export their data…", on_open_client(self.export_data))
        self.erase_action = _add(menu, "Erase everything about them…", on_open_client(self.erase))
        menu.addSeparator()
        menu.addAction(self.show_archive)
        menu.aboutToShow.connect(self._update_client_menu)

    def _update_client_menu(self) -> None:
        has_client = self._window.document.client is not None
        self.archive_action.setEnabled(has_client and self._writable and not self._window.clients.show_archived)
        self.export_action.setEnabled(has_client)
        self.erase_action.setEnabled(has_client and self._writable)

    @property
    def _writable(self) -> bool:
        return not self._window.repository.read_only

    # -- the menus ---------------------------------------------------------------------------

    def client_menu(self, client_id: str) -> QMenu:
        window, writable = self._window, self._writable
        menu = QMenu(window)
        _add(menu, "Open", lambda: window.clients.open_client(client_id))
        _add(menu, "Edit details…", lambda: self._open_then(client_id, window.clients.edit_client), enabled=writable)
        _add(menu, "New plan", lambda: self._open_then(client_id, window.plans.new_plan), enabled=writable)
        menu.addSeparator()
        if window.clients.show_archived:
            _add(menu, "Restore from the archive", lambda: self.restore(client_id), enabled=writable)
        else:
            _add(menu, "Archive", lambda: self.archive(client_id), enabled=writable, tip="Put away; Undo brings back")
        _add(menu, "Export their data…", lambda: self.export_data(client_id))
        _add(menu, "Erase everything about them…", lambda: self.erase(client_id), enabled=writable)
        return menu

    def plan_menu(self, plan_id: str) -> QMenu:
        window, writable = self._window, self._writable
        menu = QMenu(window)
        _add(menu, "Open", lambda: window.clients.open_plan(plan_id))
        _add(menu, "Duplicate", lambda: window.plans.copy_plan(plan_id), enabled=writable)
        _add(
            menu, "Save as template…", lambda: self._plan_then(plan_id, window.plans.save_as_template), enabled=writable
        )
        return menu

    def row_menu(self) -> QMenu:
        """The plan's rows: the Plan menu's actions for the selection, and the ladder for one exercise."""
        window = self._window
        actions = window.menu_actions
        menu = QMenu(window)
        panel = window.editor.prescription_panel
        if window.editor.details.currentWidget() is panel:
            for button, easier in ((panel.easier, True), (panel.harder, False)):
                if button.isEnabled():
                    _add(menu, button.text(), partial(panel.swap_first, easier))
            menu.addSeparator()
        for action in (
            actions.edit_details,
            actions.move_up,
            actions.move_down,
            actions.remove,
            None,
            actions.add_stage,
        ):
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        return menu

    def _client_menu_at(self, position: QPoint) -> QMenu | None:
        index = self._window.client_panel.client_list.indexAt(position)
        return self.client_menu(str(index.data(IdRole))) if index.isValid() else None

    def _plan_menu_at(self, position: QPoint) -> QMenu | None:
        index = self._window.client_panel.plan_list.indexAt(position)
        return self.plan_menu(str(index.data(IdRole))) if index.isValid() else None

    def _row_menu_at(self, position: QPoint) -> QMenu | None:
        tree = self._window.editor.plan_tree
        index = tree.indexAt(position)
        if not index.isValid():
            return None
        if not tree.selectionModel().isSelected(index):
            tree.setCurrentIndex(index)
        return self.row_menu()

    @staticmethod
    def _show(view: QAbstractItemView, menu: QMenu | None, position: QPoint) -> None:
        if menu is not None:
            menu.exec(view.viewport().mapToGlobal(position))
            menu.deleteLater()

    def _open_then(self, client_id: str, then: Callable[[], None]) -> None:
        self._window.clients.open_client(client_id)
        client = self._window.document.client
        if client is not None and client.id == client_id:
            then()

    def _plan_then(self, plan_id: str, then: Callable[[], None]) -> None:
        self._window.clients.open_plan(plan_id)
        plan = self._window.document.plan
        if plan is not None and plan.id == plan_id:
            then()

    # -- the archive ------------------------------------------------------------------------------

    def _close_if_open(self, client_id: str) -> bool:
        """Close the client if they are open (their plan saved first); False if it could not be saved."""
        window = self._window
        client = window.document.client
        if client is None or client.id != client_id:
            return True
        if not window.session.saved_or_confirmed():
            return False
        window.session.load("", None)
        window.client_panel.set_plans([], "")
        window.client_panel.set_sent([])
        window.client_panel.set_client_chosen(False)
        return True

    def archive(self, client_id: str) -> None:
        window = self._window
        if not self._close_if_open(client_id):
            return
        try:
            client = archive_client(window.repository, client_id)
        except StoreError as error:
            window.state.show_error("The client could not be archived", error)
            return
        window.clients.refresh_clients()
        window.banner.show_message(
            f"{client.name} is in the archive, with their plans. \u201cShow archived clients\u201d in the Client "
            "menu lists the archive.",
            key=ARCHIVE_BANNER,
            action="Undo",
            on_action=lambda: self.restore(client_id),
        )

    def restore(self, client_id: str) -> None:
        window = self._window
        try:
            client = restore_client(window.repository, client_id)
        except StoreError as error:
            window.state.show_error("The client could not be brought back", error)
            return
        window.banner.clear(ARCHIVE_BANNER)
        window.clients.refresh_clients()
        window.state.say(f"{client.name} is back in the client list.")

    def _toggle_archive(self, on: bool) -> None:
        window = self._window
        if on and not self._close_if_open(window.document.client.id if window.document.client else ""):
            self.show_archive.setChecked(False)
            return
        window.clients.show_archived = on
        window.client_panel.plans_heading.setText("Plans")
        window.clients.refresh_clients()
        window.state.say("Showing the archive: right-click a client to restore them." if on else "")

    # -- the client's rights ------------------------------------------------------------------------

    def _client(self, client_id: str) -> Client | None:
        """The client, or None (said in a message) when they cannot be read."""
        try:
            return self._window.repository.get_client(client_id)
        except StoreError as error:
            self._window.state.show_error("The client could not be read", error)
            return None

    def erase(self, client_id: str) -> None:
        window = self._window
        client = self._client(client_id)
        if client is None:
            return
        answer = QMessageBox.question(
            window,
            "Erase everything about this client?",
            f"Erase {client.name}, their plans and what was sent to them, from this data folder and its backups?"
            "\n\nThis cannot be undone. To keep them out of the list but kept, use Archive instead.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes or not self._close_if_open(client_id):
            return
        try:
            erase_client(window.repository, client_id)
        except StoreError as error:
            window.state.show_error("The client could not be erased", error)
            return
        window.clients.refresh_clients()
        window.state.say(f"Erased everything about {client.name}.", 8000)

    def export_data(self, client_id: str) -> None:
        window = self._window
        client = self._client(client_id)
        if client is None:
            return
        name = "".join(c if c.isalnum() else "-" for c in client.name).strip("-") or "client"
        chosen, _filter = QFileDialog.getSaveFileName(
            window, f"Export everything about {client.name}", f"{name}-data.zip", "Zip files (*.zip)"
        )
        if not chosen:
            return
        try:
            export_client_data(window.repository, window.library, client_id, Path(chosen))
        except (StoreError, OSError) as error:
            window.state.show_error("Their data could not be exported", error)
            return
        window.state.say(f"Exported everything about {client.name} to {Path(chosen).name}.", 8000)
