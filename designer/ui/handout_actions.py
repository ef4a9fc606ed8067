"""The handout: the live preview, Save PDF…, Print… and Email…, all from one request.

Each builds its ``HandoutRequest`` with ``designer.workflows.handouts`` (as ``python main.py render`` does), so the
page on screen is the page on paper and in the email.  The preview renders on a background thread; Save PDF,
Print and Email need the bytes straight away and render here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from designer.domain import Layout, Plan
from designer.pdf import RenderResult
from designer.storage import StoreError
from designer.workflows import WorkflowError
from designer.workflows.handouts import HandoutRequest, handout_file_name, handout_request, make_handout

from .client_actions import ClientActions
from .plan_session import PlanSession
from .printing import page_count, print_pdf
from .settings import WindowSettings
from .widgets.preview_panel import PreviewPanel
from .window_state import WindowState, message_of
from .workers import PreviewRenderer

PDF_FOLDER = "last/pdf_folder"


class HandoutActions:
    """Makes the open plan's handout for the preview, a PDF file, the printer and an email."""

    def __init__(
        self,
        state: WindowState,
        session: PlanSession,
        clients: ClientActions,
        preview: PreviewPanel,
        renderer: PreviewRenderer,
        settings: WindowSettings,
    ) -> None:
        self._state = state
        self._session = session
        self._clients = clients
        self._preview = preview
        self._renderer = renderer
        self._settings = settings
        self.document = session.document

    def request(self, plan: Plan | None = None, layout: Layout | None = None) -> HandoutRequest | None:
        """The request for the open plan's handout (or ``plan``'s), as the therapist has set it up."""
        plan = plan or self.document.plan
        if plan is None:
            return None
        return handout_request(
            self._state.repository,
            self._state.library,
            plan,
            self.document.client,
            clinic=self._state.current_clinic(),
            layout=layout or plan.layout,
            tracking_sheet=self._preview.tracking.isChecked(),
            next_appointment=self._preview.next_appointment(),
        )

    def _preview_request(self) -> HandoutRequest | None:
        try:
            return self.request()
        except (WorkflowError, StoreError) as error:
            self._preview.show_problem(message_of(error))
            return None

    def request_preview(self, *, at_once: bool = False) -> None:
        if self._state.closing:
            return
        if self.document.plan is None:
            self._preview.show_message(
                "Pick a client and a plan: the handout appears here as you build it."
                if self.document.client is None
                else "Start a plan: the handout appears here as you build it."
            )
            return
        self._renderer.request(self._preview_request, at_once=at_once)

    def render_now(self) -> RenderResult | None:
        """Render the handout here and now (Save PDF, Print, Email need the bytes straight away)."""
        try:
            request = self.request()
            return make_handout(request) if request is not None else None
        except Exception as error:  # the renderer's HandoutError and anything unexpected: told, never fatal
            self._state.show_error("The handout could not be made", error)
            return None

    def default_pdf_name(self) -> str:
        plan = self.document.plan
        client = self.document.client
        return handout_file_name(plan, client.name if client else "") if plan else "handout.pdf"

    def save_pdf(self) -> Path | None:
        self._session.save_now()
        if self.document.plan is None:
            return None
        window = self._state.window
        folder = self._settings.text(PDF_FOLDER) or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        name, _filter = QFileDialog.getSaveFileName(
            window, "Save the handout as PDF", str(Path(folder) / self.default_pdf_name()), "PDF files (*.pdf)"
        )
        if not name:
            return None
        path = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")
        result = self.render_now()
        if result is None:
            return None
        try:
            from designer.safe_files import write_file_atomically

            write_file_atomically(path, result.pdf)
        except OSError as error:
            QMessageBox.warning(
                window,
                "PDF not saved",
                f"The handout could not be saved to {path}: {error.strerror or error}.\n\n"
                "Choose another folder (for example Documents), or free some disk space.",
            )
            return None
        self._settings.set_text(PDF_FOLDER, str(path.parent))
        self._state.say(f"Saved the handout to {path}", 8000)
        return path

    def print_handout(self, printer: QPrinter | None = None) -> bool:
        """Print the handout: the pages printed are the PDF's own pages."""
        result = self.render_now()
        if result is None:
            return False
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setDocName(self.default_pdf_name())
            dialog = QPrintDialog(printer, self._state.window)
            dialog.setWindowTitle("Print the handout")
            # The handout's real pages, so "Pages 2 to 3" can reprint a lost exercise page.
            pages = page_count(result.pdf)
            if pages:
                dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
                dialog.setMinMax(1, pages)
                printer.setFromTo(1, pages)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
        try:
            print_pdf(result.pdf, printer)
        except RuntimeError as error:
            QMessageBox.warning(
                self._state.window,
                "Not printed",
                f"{error}\n\nCheck the printer, or save the PDF and print it from there.",
            )
            return False
        self._state.say("Sent the handout to the printer.")
        return True

    def email_handout(self) -> None:
        from .dialogs.email_dialog import EmailDialog

        self._session.save_now()
        plan = self.document.plan
        if plan is None:
            return
        dialog = EmailDialog(
            self._state.window,
            plan,
            self.document.client,
            self._state.current_clinic(),
            self._state.repository,
            self.request,
        )
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self._clients.refresh_sent()
        if accepted and dialog.outcome:
            self._state.say(dialog.outcome, 8000)

    def show_outbox(self) -> None:
        """The handouts waiting to be emailed, with Retry and Delete; the sent log follows what was sent."""
        from .dialogs.outbox_dialog import OutboxDialog

        OutboxDialog(self._state.repository, self._state.current_clinic(), self._state.window).exec()
        self._clients.refresh_sent()
