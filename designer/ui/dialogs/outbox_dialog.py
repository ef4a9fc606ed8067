"""The outbox in the window: the handouts waiting to be emailed, why each waits, and Retry / Delete.

``OutboxDialog`` is the view (Email → Outbox…).  ``OutboxRetrier`` is the
window's automatic retry: a timer that, while the window is open, sends
whatever ``designer.mail.retry`` says is due (backoff: 1, 2, 4… minutes, at
most hourly), on a background thread, and writes each sent handout in the
client's sent log on the window's thread.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from designer.domain import Clinic
from designer.mail import MailError
from designer.mail.retry import RetryResult, due, reason, retry_outbox

from ..widgets.forms import problem_label, quiet_label
from .mail_tasks import Background

COLUMNS = ("To", "Handout", "Waiting since", "Why it waits")
RETRY_EVERY_MS = 60_000  # the timer only looks; the backoff in designer.mail.retry decides what is due


def _local_time(text: str) -> str:
    try:
        return dt.datetime.fromisoformat(text).astimezone().strftime("%d %b %H:%M")
    except ValueError:
        return text


def _record_results(store: Any, results: list[RetryResult]) -> tuple[int, list[str]]:
    """Write the sent handouts in their clients' sent logs; ``(how many sent, what went wrong)``."""
    sent, problems = 0, []
    for result in results:
        if result.record is not None:
            sent += 1
            try:
                store.record_sent(result.entry.client_id, result.record)
            except Exception as error:  # the store's errors carry .message; the email has gone all the same
                said = getattr(error, "message", None) or error
                problems.append(f"{result.entry.to}: sent, but the sent log could not be written ({said}).")
        elif result.error is not None:
            problems.append(f"{result.entry.to}: {result.error.message}")
    return sent, problems


class OutboxDialog(QDialog):
    """Lists the waiting handouts; Retry sends the chosen ones now, Delete removes them unsent."""

    def __init__(self, store: Any, clinic: Clinic, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Outbox")
        self.setMinimumSize(760, 360)
        self._store = store
        self._clinic = clinic
        self.outbox = store.outbox()
        self.background = Background(self)

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.table.horizontalHeader()
        # Names and file names can be long: they get a fair share and are shortened in the middle (the tooltip
        # has them whole); the reason, which says what to do, gets the rest.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((190, 210, 100)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.empty_note = quiet_label("The outbox is empty: every handout has been sent.")
        self.status = quiet_label()
        self.problem = problem_label()
        self.retry_button = QPushButton("Retry")
        self.retry_all_button = QPushButton("Retry all")
        self.delete_button = QPushButton("Delete")
        self.close_button = QPushButton("Close")
        buttons = QHBoxLayout()
        for button in (self.retry_button, self.retry_all_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(quiet_label("Handouts wait here until the mail server has taken them. Nothing is lost."))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.status)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)

        self.retry_button.clicked.connect(self.retry_selected)
        self.retry_all_button.clicked.connect(self.retry_all)
        self.delete_button.clicked.connect(self.delete_selected)
        self.close_button.clicked.connect(self.accept)
        self.table.itemSelectionChanged.connect(self._enable)
        self.refresh()

    def refresh(self) -> None:
        """Show what is waiting now."""
        waiting = self.outbox.pending()
        self.table.setRowCount(len(waiting))
        for row, entry in enumerate(waiting):
            who = f"{entry.client_name} <{entry.to}>" if entry.client_name else entry.to
            cells = (who, entry.attachment_name, _local_time(entry.created_at), reason(entry))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, entry.id)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        self.table.setVisible(bool(waiting))
        self.empty_note.setVisible(not waiting)
        self._enable()

    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        items = [self.table.item(row, 0) for row in rows]
        return [str(item.data(Qt.ItemDataRole.UserRole)) for item in items if item is not None]

    def _enable(self) -> None:
        chosen = bool(self.selected_ids()) and not self.background.busy
        self.retry_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        self.retry_all_button.setEnabled(self.table.rowCount() > 0 and not self.background.busy)

    # -- retrying and deleting --------------------------------------------------------------

    def retry_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self._retry(ids)

    def retry_all(self) -> None:
        self._retry(None)

    def _retry(self, ids: list[str] | None) -> None:
        if self.background.busy:
            return
        outbox, clinic = self.outbox, self._clinic
        self.problem.clear()
        self.status.setText("Sending…")
        self.background.run(
            lambda: retry_outbox(outbox, clinic, everything=True, only=ids), self._retried, self._failed
        )
        self._enable()

    def _retried(self, results: list[RetryResult]) -> None:
        sent, problems = _record_results(self._store, results)
        self.status.setText(f"Sent {sent} handout{'s' if sent != 1 else ''}." if sent else "")
        self.problem.setText("\n".join(problems))
        self.refresh()

    def _failed(self, error: MailError) -> None:
        self.status.clear()
        self.problem.setText(error.message)
        self.refresh()

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        answer = QMessageBox.question(
            self,
            "Delete from the outbox",
            f"Delete {len(ids)} handout{'s' if len(ids) != 1 else ''} without sending? This cannot be undone.",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        problems = []
        for entry_id in ids:
            try:
                self.outbox.delete(entry_id)
            except MailError as error:
                problems.append(error.message)
        self.problem.setText("\n".join(problems))
        self.status.setText("Deleted." if len(problems) < len(ids) else "")
        self.refresh()

    def done(self, result: int) -> None:
        """Qt: closing waits for a send in progress, so no thread outlives the dialog."""
        self.background.wait()
        super().done(result)


class OutboxRetrier(QObject):
    """While the window is open: every minute, send the waiting handouts that are due (with backoff)."""

    sent = Signal(object, object)  # (OutboxEntry, SentRecord), after it is written in the sent log
    waiting = Signal(int)  # how many handouts still wait, after each round

    def __init__(self, store: Any, clinic: Callable[[], Clinic], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._clinic = clinic
        self.outbox = store.outbox()
        self.background = Background(self)
        self.timer = QTimer(self)
        self.timer.setInterval(RETRY_EVERY_MS)
        self.timer.timeout.connect(self.tick)
        self.last_results: list[RetryResult] = []

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self.background.wait()

    def tick(self, now: dt.datetime | None = None) -> bool:
        """Start a round when something is due; True when one was started."""
        moment = now or dt.datetime.now(dt.UTC)
        if self.background.busy:
            return False
        pending = self.outbox.pending()
        if not due(pending, moment):
            self.waiting.emit(len(pending))
            return False
        outbox, clinic = self.outbox, self._clinic()  # the clinic is read here, on the window's thread
        self.background.run(lambda: retry_outbox(outbox, clinic, now=moment), self._done, self._failed)
        return True

    def _done(self, results: list[RetryResult]) -> None:
        self.last_results = results
        _record_results(self._store, results)
        for result in results:
            if result.record is not None:
                self.sent.emit(result.entry, result.record)
        self.waiting.emit(len(self.outbox.pending()))

    def _failed(self, error: MailError) -> None:
        self.last_results = []
        self.waiting.emit(len(self.outbox.pending()))
