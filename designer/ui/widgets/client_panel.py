"""The clients pane: find a client as you type, their plans newest first, and what was sent to them.

The panel only shows lists and says what was asked (through signals); the
window reads and writes the store.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ..models.record_lists import ClientListModel, IdRole, PlanListModel, SentLogModel, SubtitleRole
from .hint_list import HintListView

NO_CLIENTS = "No clients yet.\nAdd your first client with \u201cAdd client\u201d."


class ClientPanel(QWidget):
    """Clients, the chosen client's plans, and their sent log."""

    searchChanged = Signal(str)  # after a short pause in typing
    clientChosen = Signal(str)
    planChosen = Signal(str)
    addClientRequested = Signal()
    editClientRequested = Signal()
    newPlanRequested = Signal()
    copyPlanRequested = Signal(str)  # the plan to start from
    templateRequested = Signal()

    SEARCH_PAUSE_MS = 120

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clients = ClientListModel(parent=self)
        self.plans = PlanListModel(parent=self)
        self.sent = SentLogModel(parent=self)

        heading = QLabel("Clients")
        heading.setObjectName("paneHeading")
        self.writable = True  # False in a read-only window: the buttons that add or change stay off
        self.add_client = QPushButton("Add client")
        self.add_client.setObjectName("primary")
        self.add_client.setToolTip("Add a new client (Ctrl+Shift+N)")
        self.edit_client = QPushButton("Edit")
        self.edit_client.setToolTip("Change the chosen client's name, email, phone or notes")
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.edit_client)
        top.addWidget(self.add_client)

        self.search = QLineEdit()
        self.search.setAccessibleName("Find a client")
        self.search.setPlaceholderText("Find a client: name, email or phone")
        self.search.setClearButtonEnabled(True)
        self.client_list = HintListView(SubtitleRole, NO_CLIENTS)
        self.client_list.setAccessibleName("Clients")
        self.client_list.setModel(self.clients)

        self.plans_heading = QLabel("Plans")
        self.plans_heading.setObjectName("sectionHeading")
        self.new_plan = QPushButton("New plan")
        self.new_plan.setToolTip("Start an empty plan for this client (Ctrl+N)")
        self.copy_plan = QPushButton("New plan from this one")
        self.copy_plan.setToolTip("Start the next session's plan from the chosen (or latest) plan")
        self.from_template = QPushButton("From template…")
        self.from_template.setToolTip("Start a plan from one of the clinic's templates")
        plan_buttons = QGridLayout()
        plan_buttons.setSpacing(4)
        plan_buttons.addWidget(self.new_plan, 0, 0)
        plan_buttons.addWidget(self.from_template, 0, 1)
        plan_buttons.addWidget(self.copy_plan, 1, 0, 1, 2)
        self.plan_list = HintListView(SubtitleRole, "Pick a client to see their plans.")
        self.plan_list.setAccessibleName("Plans for this client")
        self.plan_list.setModel(self.plans)

        sent_heading = QLabel("Sent to this client")
        sent_heading.setObjectName("sectionHeading")
        self.sent_list = HintListView(SubtitleRole, "Nothing sent yet.")
        self.sent_list.setAccessibleName("Handouts sent to this client")
        self.sent_list.setModel(self.sent)
        self.sent_list.setSelectionMode(HintListView.SelectionMode.NoSelection)
        self.sent_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.search)
        layout.addWidget(self.client_list, 5)
        layout.addWidget(self.plans_heading)
        layout.addLayout(plan_buttons)
        layout.addWidget(self.plan_list, 3)
        layout.addWidget(sent_heading)
        layout.addWidget(self.sent_list, 2)

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(self.SEARCH_PAUSE_MS)
        self.search_timer.timeout.connect(lambda: self.searchChanged.emit(self.search.text().strip()))
        self.search.textChanged.connect(lambda _t: self.search_timer.start())
        self.search.returnPressed.connect(self._choose_first)
        self.client_list.selectionModel().currentChanged.connect(self._client_current)
        self.plan_list.selectionModel().currentChanged.connect(self._plan_current)
        self.add_client.clicked.connect(self.addClientRequested)
        self.edit_client.clicked.connect(self.editClientRequested)
        self.new_plan.clicked.connect(self.newPlanRequested)
        self.from_template.clicked.connect(self.templateRequested)
        self.copy_plan.clicked.connect(self._copy_plan)
        self.set_client_chosen(False)

    # -- filling ---------------------------------------------------------------------

    @staticmethod
    def _fill(view: HintListView, model: Any, summaries: Sequence[Any], keep_id: str) -> None:
        """Show these rows, keeping the chosen one selected when it is among them (no signal)."""
        view.selectionModel().blockSignals(True)
        model.set_rows(summaries)
        row = model.row_of_id(keep_id) if keep_id else -1
        if row >= 0:
            view.setCurrentIndex(model.index(row, 0))
        view.selectionModel().blockSignals(False)

    def set_clients(self, summaries: Sequence[Any], keep_id: str = "") -> None:
        """Show these clients, keeping the chosen one selected when it is among them (no signal)."""
        self._fill(self.client_list, self.clients, summaries, keep_id)
        searching = bool(self.search.text().strip())
        self.client_list.set_empty_text(
            "No client matches. Check the spelling, or add them with \u201cAdd client\u201d."
            if searching
            else NO_CLIENTS
        )

    def set_plans(self, summaries: Sequence[Any], client_name: str, keep_id: str = "") -> None:
        self._fill(self.plan_list, self.plans, summaries, keep_id)
        self.plans_heading.setText(f"Plans for {client_name}" if client_name else "Plans")
        self.plan_list.set_empty_text(
            f"No plans yet for {client_name}.\nStart one with \u201cNew plan\u201d."
            if client_name
            else "Pick a client to see their plans."
        )
        self.copy_plan.setEnabled(bool(summaries) and self.writable)

    def set_sent(self, records: Sequence[Any]) -> None:
        self.sent.set_rows(records)

    def set_client_chosen(self, chosen: bool) -> None:
        for button in (self.edit_client, self.new_plan, self.from_template):
            button.setEnabled(chosen and self.writable)
        self.copy_plan.setEnabled(chosen and self.plans.rowCount() > 0 and self.writable)

    def current_client_id(self) -> str:
        index = self.client_list.currentIndex()
        return str(index.data(IdRole)) if index.isValid() else ""

    def current_plan_id(self) -> str:
        index = self.plan_list.currentIndex()
        return str(index.data(IdRole)) if index.isValid() else ""

    def select_plan(self, plan_id: str) -> None:
        row = self.plans.row_of_id(plan_id)
        if row >= 0:
            self.plan_list.selectionModel().blockSignals(True)
            self.plan_list.setCurrentIndex(self.plans.index(row, 0))
            self.plan_list.selectionModel().blockSignals(False)

    # -- signals out -------------------------------------------------------------------

    def _client_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.clientChosen.emit(str(current.data(IdRole)))

    def _plan_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.planChosen.emit(str(current.data(IdRole)))

    def _choose_first(self) -> None:
        if self.clients.rowCount():
            self.client_list.setCurrentIndex(self.clients.index(0, 0))
            self.client_list.setFocus()

    def _copy_plan(self) -> None:
        first = self.plans.row_at(0)
        plan_id = self.current_plan_id() or (first.id if first is not None else "")
        if plan_id:
            self.copyPlanRequested.emit(plan_id)
