"""The outbox view (Retry, Delete, the reason each handout waits) and the window's automatic retry, under pytest-qt.

Real widgets, a real TinyDB store in a temporary folder, real SMTP servers on 127.0.0.1.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from designer.domain import Client
from designer.mail import MailError, Outbox
from designer.mail.retry import next_try
from designer.storage import Store
from designer.ui.dialogs.outbox_dialog import OutboxDialog, OutboxRetrier

from .test_mail_retry import FlakyMailbox


@pytest.fixture
def store(data_dir: Path, clinic):
    opened = Store.open(data_dir)
    opened.save_clinic(clinic)
    yield opened
    opened.close()


@pytest.fixture
def client(store):
    return store.save_client(Client(name="Zoë Łukasiewicz-Ørsted", email="zoe@example.org"))


def waiting_handout(store, client, make_pdf, to="zoe@example.org", plan="plan-1"):
    outbox = Outbox(store.outbox_dir)
    return outbox.add(
        make_pdf(plan), f"{plan}.pdf", to, "Your plan", "Attached.", plan, 1, client.id, client_name=client.name
    )


def use_server(store, settings_for, port):
    clinic = replace(store.get_clinic(), mail=settings_for(port))
    store.save_clinic(clinic)
    return clinic


def test_the_view_lists_each_handout_with_why_it_waits_and_retry_sends_it(
    qtbot, store, client, make_pdf, settings_for, closed_port, start_server
):
    clinic = use_server(store, settings_for, closed_port)
    first = waiting_handout(store, client, make_pdf)
    with pytest.raises(MailError):
        Outbox(store.outbox_dir).deliver(first, clinic, None)
    waiting_handout(store, client, make_pdf, to="sam@example.org", plan="plan-2")

    dialog = OutboxDialog(store, clinic)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 0).text() == "Zoë Łukasiewicz-Ørsted <zoe@example.org>"
    assert dialog.table.item(0, 1).text() == "plan-1.pdf"
    assert (
        "Tried 1 time" in dialog.table.item(0, 3).text() and "refused the connection" in dialog.table.item(0, 3).text()
    )
    assert dialog.table.item(1, 3).text() == "Not tried yet."
    assert not dialog.retry_button.isEnabled() and dialog.retry_all_button.isEnabled()

    server = start_server(port=closed_port)
    dialog.table.selectRow(0)
    assert dialog.retry_button.isEnabled()
    dialog.retry_button.click()
    qtbot.waitUntil(lambda: dialog.status.text() == "Sent 1 handout.", timeout=30_000)

    assert [m["To"].addresses[0].addr_spec for m in server.mailbox.messages] == ["zoe@example.org"]
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 1).text() == "plan-2.pdf"
    [logged] = store.sent_log(client.id)
    assert (logged.to, logged.file_name) == ("zoe@example.org", "plan-1.pdf")


def test_delete_asks_first_then_removes_the_handout_unsent(qtbot, store, client, make_pdf, monkeypatch, clinic):
    entry = waiting_handout(store, client, make_pdf)
    dialog = OutboxDialog(store, clinic)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    dialog.delete_button.click()
    assert dialog.table.rowCount() == 1

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.delete_button.click()
    assert dialog.table.rowCount() == 0 and dialog.empty_note.isVisibleTo(dialog)
    assert not entry.pdf_path.exists() and Outbox(store.outbox_dir).pending() == []
    assert store.sent_log(client.id) == []  # deleted is not sent


def test_the_window_retries_by_itself_with_backoff_and_one_email_arrives(
    qtbot, store, client, make_pdf, settings_for, start_server
):
    server = start_server(mailbox=FlakyMailbox(failures=2))
    use_server(store, settings_for, server.port)
    entry = waiting_handout(store, client, make_pdf)
    retrier = OutboxRetrier(store, store.get_clinic)
    sent = []
    retrier.sent.connect(lambda waiting, record: sent.append(record))

    assert not retrier.tick(now=dt.datetime.fromisoformat(entry.created_at))  # its own send still has a minute
    for _round in range(3):
        [waiting] = Outbox(store.outbox_dir).pending()
        moment = next_try(waiting)
        assert moment is not None
        assert not retrier.tick(now=moment - dt.timedelta(seconds=1))  # backing off: not yet
        with qtbot.waitSignal(retrier.waiting, timeout=30_000):
            assert retrier.tick(now=moment)

    assert len(server.mailbox.messages) == 1
    assert [record.to for record in sent] == ["zoe@example.org"]
    assert [r.file_name for r in store.sent_log(client.id)] == ["plan-1.pdf"]
    assert Outbox(store.outbox_dir).pending() == []
    retrier.stop()


def test_the_timer_is_started_and_stopped_by_the_window(qtbot, store):
    retrier = OutboxRetrier(store, store.get_clinic)
    retrier.start()
    assert retrier.timer.isActive() and retrier.timer.interval() == 60_000
    retrier.stop()
    assert not retrier.timer.isActive()
