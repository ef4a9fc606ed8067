"""The email dialog's first way: send the handout from here through the clinic's mail server.

The handout goes into the outbox first; a ``SendTask`` then delivers it on a
background thread, so the window never waits on the network, and reports
progress, the sent record or the failure through ``SendSignals``, which Qt
delivers back on the window's thread.  A failure is told in plain words with
what to do, and the handout waits in the outbox for "Try again".  The password
is asked for only when it is not remembered.

``SmtpSending`` is a part of ``EmailDialog`` (a mixin): the dialog composes the
email and offers the ways; this part holds what sending from here does.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from designer.domain import Client, Clinic, Delivery, Layout, Plan, SentRecord
from designer.mail import MailError, get_password, keyring_available, set_password

if TYPE_CHECKING:
    from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPlainTextEdit, QProgressBar, QPushButton

    from .email_ways import PasswordRow


class SendSignals(QObject):
    progress = Signal(str)
    sent = Signal(object)  # SentRecord
    failed = Signal(object)  # MailError


class SendTask(QRunnable):
    """Delivers one outbox entry on a background thread; the window never waits on the network."""

    def __init__(self, deliver: Callable[[Callable[[str], None]], SentRecord], signals: SendSignals) -> None:
        super().__init__()
        self._deliver = deliver
        self._signals = signals

    def run(self) -> None:
        try:
            record = self._deliver(self._signals.progress.emit)
        except MailError as error:
            self._signals.failed.emit(error)
        except Exception as error:  # any other surprise is still told in words, never a crash
            self._signals.failed.emit(MailError("other", f"The email could not be sent: {error}"))
        else:
            self._signals.sent.emit(record)


class SmtpSending:
    """Sending from here: into the outbox, then on a background thread; "Try again" sends the same entry."""

    if TYPE_CHECKING:  # what the dialog this is a part of has (never set here)
        _plan: Plan
        _client: Client | None
        _clinic: Clinic
        _outbox: Any
        _send: Callable[..., None]
        _ssl_context: Any
        to: QLineEdit
        subject: QLineEdit
        body: QPlainTextEdit
        password_row: PasswordRow
        password: QLineEdit
        remember: QCheckBox
        progress: QProgressBar
        status: QLabel
        problem: QLabel
        go: QPushButton
        outcome: str

        def delivery(self) -> Delivery: ...
        def chosen_layout(self) -> Layout: ...
        def file_name(self) -> str: ...
        def _record(self, record: SentRecord) -> None: ...
        def _show_outbox(self) -> None: ...
        def accept(self) -> None: ...

    def _set_up_sending(self) -> None:
        dialog = cast(QObject, self)  # the pool and signals belong to the dialog, and go with it
        self._pool = QThreadPool(dialog)
        self._pool.setMaxThreadCount(1)
        self._signals = SendSignals(dialog)
        self._signals.progress.connect(self._progress)
        self._signals.sent.connect(self._sent)
        self._signals.failed.connect(self._failed)
        self._entry: Any = None  # the outbox entry being sent or waiting for "Try again"
        self.sending = False

    def _needs_password(self) -> bool:
        mail = self._clinic.mail
        return self.delivery() is Delivery.SMTP and bool(mail.user.strip()) and not get_password(mail)

    def _send_by_smtp(self, pdf: bytes) -> None:
        try:
            entry = self._outbox.add(
                pdf,
                self.file_name(),
                self.to.text().strip(),
                self.subject.text(),
                self.body.toPlainText(),
                self._plan.id,
                self._plan.revision,
                self._client.id if self._client else "",
                plan_title=self._plan.title,
                client_name=self._client.name if self._client else "",
                layout=self.chosen_layout().value,
            )
        except MailError as error:
            self.problem.setText(error.message)
            return
        self._entry = entry
        self._start_send(entry)

    def _start_send(self, entry: Any) -> None:
        mail = self._clinic.mail
        password = get_password(mail) if mail.user.strip() else None
        typed = self.password.text()
        if mail.user.strip() and not password:
            if not typed:
                self.password_row.show()
                self.password.setFocus()
                self.problem.setText(
                    f"Enter the password for {mail.user} to send. It is not written anywhere"
                    + (" unless you tick Remember." if keyring_available() else ".")
                )
                return
            password = typed
        if typed and self.remember.isChecked():
            try:
                set_password(mail, typed)
            except MailError as error:
                self.status.setText(error.message)
        self.sending = True
        self.go.setEnabled(False)
        self.progress.show()
        self.status.setText("Sending…")

        def deliver(progress: Callable[[str], None]) -> SentRecord:
            return self._outbox.deliver(
                entry, self._clinic, password, send=self._send, ssl_context=self._ssl_context, progress=progress
            )

        self._pool.start(SendTask(deliver, self._signals))

    def _progress(self, text: str) -> None:
        self.status.setText(text)

    def _sent(self, record: SentRecord) -> None:
        self.sending = False
        self._entry = None
        self.progress.hide()
        self._record(record)
        self.outcome = f"Sent to {record.to}."
        self.status.setText(self.outcome)
        self.go.setEnabled(True)
        self._show_outbox()
        self.accept()

    def _failed(self, error: MailError) -> None:
        self.sending = False
        self.progress.hide()
        self.go.setEnabled(True)
        self.go.setText("Try again")
        self.status.clear()
        self.outcome = error.message
        self.problem.setText(
            f"{error.message}\n\nThe handout is kept in the outbox: press Try again when this is "
            "sorted out, or choose another way below."
        )
        if error.kind.value in ("password", "auth"):
            self.password_row.show()
            self.password.clear()
            self.password.setFocus()
        self._show_outbox()
