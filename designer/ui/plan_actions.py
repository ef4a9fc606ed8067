"""Starting plans: an empty one, the next session's from this one, one from a template; keeping one as a template.

The plans themselves are made by ``designer.workflows.plans`` and ``templates`` (the command line makes them the
same way); this module asks the therapist which, and opens the result through the plan session.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtWidgets import QDialog, QLineEdit

from designer.domain import Layout, Plan
from designer.storage import StoreError
from designer.workflows import WorkflowError
from designer.workflows.plans import new_plan, plan_from_template, save_as_template
from designer.workflows.templates import list_templates

from .client_actions import ClientActions
from .plan_session import PlanSession
from .widgets.client_panel import ClientPanel
from .window_state import WindowState


class PlanActions:
    """New plan, New plan from this one, From template…, Save as template…"""

    def __init__(
        self,
        state: WindowState,
        session: PlanSession,
        clients: ClientActions,
        panel: ClientPanel,
        title_field: QLineEdit,
        layout_for_new_plans: Callable[[], Layout],
    ) -> None:
        self._state = state
        self._session = session
        self._clients = clients
        self._panel = panel
        self._title_field = title_field
        self._layout_for_new_plans = layout_for_new_plans
        self.document = session.document

    def _start(self, plan: Plan, what: str) -> None:
        """Save a new plan for the open client and open it, ready for its title to be typed."""
        client = self.document.client
        if client is None or not self._session.saved_or_confirmed():
            return
        self._session.start(plan, client)
        self._title_field.setFocus()
        self._title_field.selectAll()
        self._state.say(what)

    def new_plan(self) -> None:
        client = self.document.client
        if client is None:
            self._clients.no_client_yet()
            return
        plan = new_plan(client, therapist=self._state.clinic.therapist, layout=self._layout_for_new_plans())
        self._start(plan, "New plan started: drag exercises in from the library.")

    def copy_latest_plan(self) -> None:
        plan_id = self._panel.current_plan_id() or self._clients.plan_id()
        first = self._panel.plans.row_at(0)
        if not plan_id and first is not None:
            plan_id = first.id
        if plan_id:
            self.copy_plan(plan_id)

    def copy_plan(self, plan_id: str) -> None:
        if self.document.client is None:
            self._clients.no_client_yet()
            return
        source = self.document.plan
        if source is None or plan_id != source.id:
            try:
                source = self._state.repository.get_plan(plan_id)
            except StoreError as error:
                self._state.show_error("The plan could not be copied", error)
                return
        self._start(source.copy_for_next_session(), f"Started a new plan from \u201c{source.title}\u201d.")

    def new_plan_from_template(self, template_id: str = "") -> None:
        from .dialogs.template_dialogs import ChooseTemplateDialog

        client = self.document.client
        if client is None:
            self._clients.no_client_yet()
            return
        repository = self._state.repository
        try:
            templates = list_templates(repository)
        except StoreError:
            templates = list_templates(None)  # the built-in ones are still there
        dialog = ChooseTemplateDialog(templates, client.name, self._state.window)
        if template_id:
            dialog.choose(template_id)
        chosen = dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
        if chosen is None:
            return
        try:
            plan = plan_from_template(repository, self._state.library, chosen.id)
        except (StoreError, WorkflowError, ValueError) as error:
            self._state.show_error("The template could not be used", error)
            return
        plan = replace(plan, therapist=plan.therapist or self._state.clinic.therapist)
        self._start(plan, f"New plan from the template \u201c{chosen.name}\u201d.")

    def save_as_template(self) -> None:
        from .dialogs.template_dialogs import SaveTemplateDialog

        plan = self.document.plan
        if plan is None:
            return
        repository = self._state.repository
        try:
            existing = [name for _id, name in repository.list_saved_templates()]
        except StoreError:
            existing = []
        dialog = SaveTemplateDialog(plan.title, existing, self._state.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            save_as_template(repository, dialog.template_name(), plan)
        except StoreError as error:
            self._state.show_error("The template could not be saved", error)
            return
        self._state.say(f"Saved the template \u201c{dialog.template_name()}\u201d.")
