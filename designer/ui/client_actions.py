"""The clients pane's work: the list of clients, opening a client and one of their plans, adding and editing clients.

Adding and editing go through ``designer.workflows.clients``; opening a plan goes through the plan session, which
first saves the plan that is open (or asks before leaving changes that could not be saved).
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from designer.domain import Client, SentRecord
from designer.storage import NotFoundError, PlanSummary, StoreError
from designer.workflows.clients import save_client

from .plan_session import PlanSession
from .widgets.client_panel import ClientPanel
from .window_state import WindowState

CLIENT_LIST_LIMIT = 300  # beyond this the therapist types to find a client; a list of 10,000 helps no one


class ClientActions:
    """Lists, opens, adds and edits clients for the client panel."""

    def __init__(self, state: WindowState, panel: ClientPanel, session: PlanSession) -> None:
        self._state = state
        self._panel = panel
        self._session = session
        self.document = session.document
        self.show_archived = False  # the client list shows the archive instead of the clients in everyday use

    def plan_id(self) -> str:
        plan = self.document.plan
        return plan.id if plan else ""

    def refresh_clients(self) -> None:
        if self._state.closing:
            return
        text = self._panel.search.text().strip()
        repository = self._state.repository
        try:
            archived = self.show_archived
            if text:
                summaries = repository.search_clients(text, limit=CLIENT_LIST_LIMIT, archived=archived)
            else:
                summaries = repository.list_clients(limit=CLIENT_LIST_LIMIT + 1, archived=archived)
        except StoreError as error:
            self._state.show_error("The client list could not be read", error)
            return
        if not text and len(summaries) > CLIENT_LIST_LIMIT:
            summaries = summaries[:CLIENT_LIST_LIMIT]
            self._state.say(
                f"Showing the first {CLIENT_LIST_LIMIT} clients by name: type in \u201cFind a client\u201d "
                "for the others.",
                8000,
            )
        client = self.document.client
        self._panel.set_clients(summaries, keep_id=client.id if client else "")

    def open_client(self, client_id: str, *, plan_id: str = "") -> None:
        """Show a client's plans and open one: ``plan_id`` if given, else their newest."""
        current = self.document.client
        if current is not None and current.id == client_id and not plan_id:
            return
        try:
            client = self._state.repository.get_client(client_id)
        except StoreError as error:
            if not isinstance(error, NotFoundError):
                self._state.show_error("The client could not be opened", error)
            return
        if not self._session.saved_or_confirmed():
            self.refresh_clients()
            return
        plans = self.plans_of(client.id)
        chosen = plan_id if any(p.id == plan_id for p in plans) else (plans[0].id if plans else "")
        self._session.load(chosen, client)
        self._panel.set_plans(plans, client.name, keep_id=chosen)
        self._panel.set_sent(self.sent_of(client.id))
        self._panel.set_client_chosen(True)
        if self._panel.current_client_id() != client.id:
            self.refresh_clients()

    def open_plan(self, plan_id: str) -> None:
        if plan_id == self.plan_id():
            return
        if not self._session.saved_or_confirmed():
            self._panel.select_plan(self.plan_id())
            return
        self._session.load(plan_id, self.document.client)

    def plans_of(self, client_id: str) -> list[PlanSummary]:
        try:
            return self._state.repository.list_plans(client_id)
        except StoreError as error:
            self._state.show_error("The client's plans could not be read", error)
            return []

    def sent_of(self, client_id: str) -> list[SentRecord]:
        try:
            return self._state.repository.sent_log(client_id)
        except StoreError:
            return []

    def refresh_plan_list(self) -> None:
        client = self.document.client
        if client is None:
            self._panel.set_plans([], "")
            return
        self._panel.set_plans(self.plans_of(client.id), client.name, keep_id=self.plan_id())

    def refresh_sent(self) -> None:
        client = self.document.client
        if client is not None:
            self._panel.set_sent(self.sent_of(client.id))

    def _client_from_dialog(self, client: Client | None, failure: str) -> Client | None:
        """Add (``client`` None) or edit a client in the client dialog; the client as saved, or None when
        cancelled or not saved (the therapist is told why)."""
        from .dialogs.client_dialog import ClientDialog

        dialog = ClientDialog(client, self._state.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        try:
            return save_client(self._state.repository, dialog.client())
        except StoreError as error:
            self._state.show_error(failure, error)
            return None

    def add_client(self) -> None:
        client = self._client_from_dialog(None, "The client could not be added")
        if client is None:
            return
        self._panel.search.clear()
        self.refresh_clients()
        self.open_client(client.id)
        self._state.say(f"Added {client.name}. Start their plan with New plan or From template.", 6000)

    def edit_client(self) -> None:
        client = self.document.client
        saved = self._client_from_dialog(client, "The client's details could not be saved") if client else None
        if saved is None:
            return
        self.document.set_client(saved)
        self.refresh_clients()
        self.refresh_plan_list()

    def no_client_yet(self) -> None:
        self._state.say("Pick a client on the left first (or add one).")
        self._panel.search.setFocus()
