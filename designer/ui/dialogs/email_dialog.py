"""Email the handout to the client, in a few clicks, from the plan just made.

To is filled from the client and checked as typed; the subject and message
come from the clinic's templates with the placeholders filled in, and stay
editable; the attachment is this plan's handout in the layout chosen, named
"<Plan title> - <Client> - <date>.pdf".

Three ways to deliver (the clinic's setting is chosen first):

- send from here by SMTP: the handout goes into the outbox first, then a
  background thread sends it with progress and a timeout; a failure is told in
  plain words with what to do, and the handout waits in the outbox for "Try again";
- open a draft in the mail program (``X-Unsent: 1``), for the therapist to check and send;
- save the PDF and show it in its folder, always there as the fallback.

Whatever leaves the clinic is written in the client's sent log.  The ways
to choose from are ``email_ways``; sending from here is ``email_sending``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from designer.domain import Client, Clinic, Delivery, Layout, Plan, SentRecord, check_email
from designer.mail import (
    MailError,
    attachment_name,
    compose_message,
    fill_templates,
    open_draft,
    send_message,
    show_in_folder,
    write_draft,
)
from designer.mail.mailto import hand_to_any_mail_program
from designer.safe_files import write_file_atomically
from designer.storage.repository import Repository
from designer.workflows.handouts import HandoutRequest, make_handout

from ..widgets.forms import choice_box, form, problem_label, quiet_label
from .email_sending import SmtpSending
from .email_ways import GO_TEXT, DeliveryChoice, PasswordRow


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


class EmailDialog(SmtpSending, QDialog):
    """Compose and deliver the handout email for one plan."""

    def __init__(
        self,
        parent: QWidget | None,
        plan: Plan,
        client: Client | None,
        clinic: Clinic,
        store: Repository,
        make_request: Callable[..., HandoutRequest | None],
        *,
        send: Callable[..., None] | None = None,
        open_draft_file: Callable[[Path], str] | None = None,
        show_file: Callable[[Path], str] | None = None,
        new_message: Callable[[Path, str, str, str], str] | None = None,
        ssl_context: Any = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Email the handout")
        self.setMinimumSize(660, 600)
        self._plan = plan
        self._client = client
        self._clinic = clinic
        self._store = store
        self._make_request = make_request
        # Looked up when used (not when this module was read), so a caller can swap the real ones.
        self._send = send or (lambda *args, **kwargs: send_message(*args, **kwargs))
        self._open_draft = open_draft_file or (lambda path: open_draft(path))
        self._show_file = show_file or (lambda path: show_in_folder(path))
        self._new_message = new_message or (lambda *args: hand_to_any_mail_program(*args))
        self._ssl_context = ssl_context
        self._outbox = store.outbox()
        self._set_up_sending()
        self.outcome = ""  # what happened, in words, once done
        self.saved_path: Path | None = None
        self.draft_path: Path | None = None

        client_name = client.name if client else ""
        subject, body = fill_templates(clinic, client_name, plan.title)
        self.to = QLineEdit(client.email if client else "")
        self.to.setPlaceholderText("the client's email address")
        self.to_problem = problem_label()
        self.subject = QLineEdit(subject)
        self.body = QPlainTextEdit(body)
        self.body.setMinimumHeight(160)
        self.layout_choice = choice_box([(layout.label, layout.value) for layout in Layout], plan.layout.value)
        self.attachment = quiet_label()

        self.ways = DeliveryChoice(clinic)
        self.way_buttons = self.ways.buttons
        self.smtp_unavailable, self.no_drafts = self.ways.smtp_unavailable, self.ways.no_drafts
        self.password_row = PasswordRow(clinic.mail.user)
        self.password, self.remember = self.password_row.password, self.password_row.remember

        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the server gives no percentages
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.problem = problem_label()
        self.outbox_note = quiet_label()

        self.go = QPushButton()
        self.go.setObjectName("primary")
        self.go.setDefault(True)
        self.close_button = QPushButton("Close")
        buttons = QHBoxLayout()
        buttons.addWidget(self.outbox_note, 1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.go)

        column = QVBoxLayout(self)
        column.addLayout(
            form(
                [
                    ("To", self.to),
                    ("", self.to_problem),
                    ("Subject", self.subject),
                    ("Message", self.body),
                    ("Attachment", self.attachment),
                    ("Layout", self.layout_choice),
                    ("How", self.ways),
                ]
            )
        )
        column.addWidget(self.password_row)
        column.addWidget(self.progress)
        column.addWidget(self.status)
        column.addWidget(self.problem)
        column.addLayout(buttons)

        self.to.textChanged.connect(self._check_to)
        self.layout_choice.currentIndexChanged.connect(lambda _i: self._show_attachment())
        self.ways.changed.connect(self._way_changed)
        self.go.clicked.connect(self.deliver)
        self.close_button.clicked.connect(self.reject)
        self._check_to()
        self._show_attachment()
        self._way_changed()
        self._show_outbox()

    # -- what is chosen -------------------------------------------------------------

    def delivery(self) -> Delivery:
        return self.ways.delivery()

    def choose(self, delivery: Delivery) -> None:
        self.ways.choose(delivery)

    def chosen_layout(self) -> Layout:
        return Layout(self.layout_choice.currentData())

    def file_name(self) -> str:
        return attachment_name(self._plan.title, self._client.name if self._client else "", dt.date.today())

    def _show_attachment(self) -> None:
        self.attachment.setText(self.file_name())

    def _check_to(self) -> bool:
        address = self.to.text().strip()
        problem = check_email(address) if address else "is missing: type the client's email address"
        needs_address = self.delivery() is not Delivery.SAVE_ONLY
        self.to_problem.setText(
            f"The address {problem}."
            if problem and needs_address and address
            else ("Type the client's email address." if not address and needs_address else "")
        )
        return not problem

    def _way_changed(self) -> None:
        delivery = self.delivery()
        self.go.setText(GO_TEXT[delivery])
        self.password_row.setVisible(self._needs_password())
        self.no_drafts.setEnabled(delivery is Delivery.MAIL_PROGRAM)
        self._check_to()

    def _show_outbox(self) -> None:
        waiting = self._outbox.pending()
        if waiting:
            self.outbox_note.setText(
                f"{len(waiting)} handout{'s' if len(waiting) != 1 else ''} waiting in the outbox to be sent again."
            )
        else:
            self.outbox_note.clear()

    # -- delivering ------------------------------------------------------------------

    def _render(self) -> bytes | None:
        request = self._make_request(self._plan, self.chosen_layout())
        if request is None:
            self.problem.setText("There is no plan to send.")
            return None
        try:
            return make_handout(request).pdf
        except Exception as error:  # the renderer's HandoutError: told, nothing sent
            self.problem.setText(f"The handout could not be made: {getattr(error, 'message', '') or error}")
            return None

    def deliver(self) -> None:
        """The main button: send, open the draft, or save, as chosen."""
        if self.sending:
            return
        self.problem.clear()
        delivery = self.delivery()
        if delivery is not Delivery.SAVE_ONLY and not self._check_to():
            self.problem.setText("Check the address in To first: nothing was sent.")
            self.to.setFocus()
            return
        if delivery is Delivery.SMTP and self._entry is not None:
            self._start_send(self._entry)  # "Try again" after a failure: the same handout, from the outbox
            return
        pdf = self._render()
        if pdf is None:
            return
        if delivery is Delivery.SMTP:
            self._send_by_smtp(pdf)
        elif delivery is Delivery.MAIL_PROGRAM and self.no_drafts.isChecked():
            self._save_and_show(pdf, new_message=True)
        elif delivery is Delivery.MAIL_PROGRAM:
            self._open_in_mail_program(pdf)
        else:
            self._save_and_show(pdf)

    def _open_in_mail_program(self, pdf: bytes) -> None:
        client_name = self._client.name if self._client else ""
        try:
            message = compose_message(
                self._clinic,
                self.to.text().strip(),
                self.subject.text(),
                self.body.toPlainText(),
                pdf,
                self.file_name(),
                draft=True,
                client_name=client_name,
            )
            self.draft_path = write_draft(message, self._outbox.folder / "drafts")
            said = self._open_draft(self.draft_path)
        except MailError as error:
            self.problem.setText(f"{error.message}\n\nYou can choose \u201cSave the PDF\u201d below instead.")
            return
        self._record(self._handed_over("mail-program", self.file_name()))
        self.outcome = said
        self.accept()

    def _save_and_show(self, pdf: bytes, *, new_message: bool = False) -> None:
        """Save the PDF and show it in its folder; with ``new_message`` also start a message to the client."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name, _filter = QFileDialog.getSaveFileName(
            self, "Save the handout", str(Path(folder) / self.file_name()), "PDF files (*.pdf)"
        )
        if not name:
            return
        path = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")
        try:
            write_file_atomically(path, pdf)
        except OSError as error:
            self.problem.setText(
                f"The PDF could not be saved to {path} ({error.strerror or error}). "
                "Choose another folder, such as Documents."
            )
            return
        self.saved_path = path
        try:
            if new_message:
                said = self._new_message(path, self.to.text().strip(), self.subject.text(), self.body.toPlainText())
            else:
                said = self._show_file(path)
        except MailError as error:
            said = error.message
        self._record(self._handed_over("mail-program" if new_message else "saved", path.name))
        self.outcome = f"Saved {path.name}. {said}"
        self.accept()

    def _handed_over(self, method: str, file_name: str) -> SentRecord:
        """The sent-log record of a handout handed to the therapist's mail program or saved (not sent by us)."""
        return SentRecord(
            sent_at=_now(),
            to=self.to.text().strip(),
            plan_id=self._plan.id,
            plan_title=self._plan.title,
            plan_revision=self._plan.revision,
            method=method,
            file_name=file_name,
            layout=self.chosen_layout().value,
        )

    def _record(self, record: SentRecord) -> None:
        """Write the client's sent log; a failure here is told but does not undo the sending."""
        if self._client is None:
            return
        try:
            self._store.record_sent(self._client.id, replace(record, to=record.to or self.to.text().strip()))
        except Exception as error:  # the store's errors carry .message
            self.status.setText(f"Sent, but the sent log could not be written: {getattr(error, 'message', error)}")

    def reject(self) -> None:
        """Qt: closing while a send runs waits for it, so a handout is never half-sent behind the therapist."""
        if self.sending:
            self.status.setText(
                f"Still sending: wait a moment, the server has up to {self._clinic.mail.timeout_seconds} s to answer."
            )
            return
        super().reject()

    def done(self, result: int) -> None:
        """Qt: wait for a background send (only ever a moment) before the dialog goes."""
        self._pool.waitForDone(1000)
        super().done(result)
