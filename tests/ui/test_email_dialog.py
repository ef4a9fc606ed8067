"""The email dialog against a real SMTP server (aiosmtpd) on 127.0.0.1, and its other two ways to deliver."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from dataclasses import replace
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from PySide6.QtWidgets import QFileDialog

from designer.domain import Client, Clinic, Delivery, Layout, MailSettings, Plan, Security, Stage
from designer.mail import Outbox
from designer.mail.compose import attachment_of
from designer.mail.draft import read_draft
from designer.ui.dialogs.email_dialog import EmailDialog

from .conftest import pdf_text


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Inbox:
    """An aiosmtpd handler that keeps every message it is given."""

    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        parsed = BytesParser(policy=policy.default).parsebytes(envelope.original_content or envelope.content)
        assert isinstance(parsed, EmailMessage)
        self.messages.append(parsed)
        return "250 Message accepted for delivery"


class Server:
    def __init__(self, port: int) -> None:
        self.port = port
        self.inbox = Inbox()
        self.controller: Controller | None = None

    def start(self) -> None:
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None


@pytest.fixture
def server() -> Iterator[Server]:
    running = Server(free_port())
    running.start()
    yield running
    running.stop()


@pytest.fixture
def sofia(store: Any) -> Client:
    return store.save_client(Client(name="Σοφία Παπαδοπούλου", email="sofia@example.com"))


@pytest.fixture
def plan(store: Any, sofia: Client) -> Plan:
    from designer.domain import PlanItem

    return store.save_plan(
        Plan(
            title="Strong back",
            client_id=sofia.id,
            stages=(Stage("Stability", id="s1"),),
            items=(PlanItem(exercise_id="glute-bridge", stage_id="s1"),),
        )
    )


def clinic_for(port: int, delivery: Delivery = Delivery.SMTP) -> Clinic:
    return Clinic(
        name="Springback Rehab",
        therapist="Sam Carter",
        email="hello@springback.example",
        booking_link="https://springback.example/book",
        mail=MailSettings(
            delivery=delivery,
            host="127.0.0.1",
            port=port,
            security=Security.NONE,
            sender="hello@springback.example",
            timeout_seconds=5,
        ),
    )


def make_dialog(
    qtbot: Any, store: Any, library: Any, plan: Plan, client: Client, clinic: Clinic, **kwargs: Any
) -> EmailDialog:
    from designer.workflows.handouts import HandoutRequest

    exercises = {exercise.id: exercise for exercise in library.all()}

    def request(for_plan: Plan, layout: Layout) -> HandoutRequest:
        return HandoutRequest(plan=for_plan, exercises=exercises, clinic=clinic, client_name=client.name, layout=layout)

    dialog = EmailDialog(None, plan, client, clinic, store, request, **kwargs)
    qtbot.addWidget(dialog)
    return dialog


def test_the_dialog_sends_through_a_real_server_and_logs_it(
    qtbot: Any, store: Any, library: Any, plan: Plan, sofia: Client, server: Server
) -> None:
    dialog = make_dialog(qtbot, store, library, plan, sofia, clinic_for(server.port))
    assert dialog.to.text() == "sofia@example.com"
    assert dialog.subject.text() == "Your exercise plan: Strong back"
    body = dialog.body.toPlainText()
    assert body.startswith("Dear Σοφία,") and "https://springback.example/book" in body and "Sam Carter" in body
    assert dialog.delivery() is Delivery.SMTP
    dialog.subject.setText("Your plan, Σοφία")  # editable before sending
    dialog.layout_choice.setCurrentIndex(dialog.layout_choice.findData(Layout.LARGE_PRINT.value))
    dialog.go.click()
    qtbot.waitUntil(lambda: not dialog.sending and bool(dialog.outcome), timeout=20_000)
    assert dialog.outcome == "Sent to sofia@example.com."
    [message] = server.inbox.messages
    assert message["Subject"] == "Your plan, Σοφία"
    assert "Dear Σοφία," in message.get_body(("plain",)).get_content()
    name, pdf = attachment_of(message)
    assert name.startswith("Strong back - Σοφία Παπαδοπούλου - ") and name.endswith(".pdf")
    assert pdf.startswith(b"%PDF-") and "Glute Bridge" in pdf_text(pdf)
    [record] = store.sent_log(sofia.id)
    assert (record.method, record.to, record.plan_id, record.layout) == (
        "smtp",
        "sofia@example.com",
        plan.id,
        "large-print",
    )
    assert Outbox(store.outbox_dir).pending() == []


def test_a_wrong_address_is_caught_before_sending(
    qtbot: Any, store: Any, library: Any, plan: Plan, sofia: Client, server: Server
) -> None:
    dialog = make_dialog(qtbot, store, library, plan, sofia, clinic_for(server.port))
    dialog.to.setText("sofia@example")
    assert "not a valid email address" in dialog.to_problem.text()
    dialog.go.click()
    assert "nothing was sent" in dialog.problem.text()
    assert server.inbox.messages == [] and Outbox(store.outbox_dir).pending() == []


def test_server_down_keeps_the_handout_in_the_outbox_and_try_again_sends_it(
    qtbot: Any, store: Any, library: Any, plan: Plan, sofia: Client
) -> None:
    down = Server(free_port())  # nothing listens on this port yet
    dialog = make_dialog(qtbot, store, library, plan, sofia, clinic_for(down.port))
    dialog.go.click()
    qtbot.waitUntil(lambda: not dialog.sending and bool(dialog.problem.text()), timeout=20_000)
    assert "outbox" in dialog.problem.text()
    assert dialog.go.text() == "Try again"
    assert len(Outbox(store.outbox_dir).pending()) == 1
    assert store.sent_log(sofia.id) == []
    down.start()
    try:
        dialog.go.click()
        qtbot.waitUntil(lambda: not dialog.sending and dialog.outcome.startswith("Sent"), timeout=20_000)
        assert len(down.inbox.messages) == 1
    finally:
        down.stop()
    assert Outbox(store.outbox_dir).pending() == []
    assert [r.method for r in store.sent_log(sofia.id)] == ["smtp"]


def test_open_in_the_mail_program_writes_an_unsent_draft(
    qtbot: Any, store: Any, library: Any, plan: Plan, sofia: Client
) -> None:
    opened: list[Path] = []

    def open_draft(path: Path) -> str:
        opened.append(path)
        return f"Opened {path.name}"

    dialog = make_dialog(
        qtbot, store, library, plan, sofia, clinic_for(1, Delivery.MAIL_PROGRAM), open_draft_file=open_draft
    )
    assert dialog.delivery() is Delivery.MAIL_PROGRAM
    dialog.go.click()
    assert opened and opened[0].suffix == ".eml"
    draft = read_draft(opened[0])
    assert draft["X-Unsent"] == "1" and draft["To"].addresses[0].addr_spec == "sofia@example.com"
    name, pdf = attachment_of(draft)
    assert name == dialog.file_name() and pdf.startswith(b"%PDF-")
    assert [r.method for r in store.sent_log(sofia.id)] == ["mail-program"]


def test_save_and_show_needs_no_address(
    qtbot: Any, store: Any, library: Any, plan: Plan, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    nobody = store.save_client(Client(name="No Email"))
    plan = store.save_plan(replace(plan, client_id=nobody.id))
    shown: list[Path] = []
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda _p, _t, suggested, _f: (str(tmp_path / Path(suggested).name), "")),
    )
    dialog = make_dialog(
        qtbot,
        store,
        library,
        plan,
        nobody,
        clinic_for(1, Delivery.SAVE_ONLY),
        show_file=lambda path: shown.append(path) or "Shown",
    )
    dialog.go.click()
    assert dialog.saved_path is not None and dialog.saved_path.read_bytes().startswith(b"%PDF-")
    assert shown == [dialog.saved_path]
    assert [r.method for r in store.sent_log(nobody.id)] == ["saved"]


def test_smtp_is_offered_only_once_a_server_is_set_up(
    qtbot: Any, store: Any, library: Any, plan: Plan, sofia: Client
) -> None:
    clinic = replace(clinic_for(25), mail=replace(clinic_for(25).mail, host=""))
    dialog = make_dialog(qtbot, store, library, plan, sofia, clinic)
    assert not dialog.way_buttons[Delivery.SMTP].isEnabled()
    assert dialog.delivery() is Delivery.SAVE_ONLY


def test_a_mail_program_without_drafts_gets_a_new_message_and_the_pdf_in_its_folder(
    qtbot: Any, store: Any, library: Any, plan: Plan, sofia: Client, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The new Outlook opens no .eml drafts: the PDF is saved, a mailto: message started, and one drag is left."""
    from designer.mail.mailto import hand_to_any_mail_program, mailto_url

    commands: list[str] = []

    def new_message(path: Path, to: str, subject: str, body: str) -> str:
        # The real function on Linux, with the system's launcher replaced by a recorder of what it was asked.
        def run(args: Any, **_kw: Any) -> None:
            commands.append(args if isinstance(args, str) else " ".join(str(a) for a in args))

        return hand_to_any_mail_program(path, to, subject, body, run=run, platform="linux")

    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda _p, _t, suggested, _f: (str(tmp_path / Path(suggested).name), "")),
    )
    dialog = make_dialog(
        qtbot, store, library, plan, sofia, clinic_for(1, Delivery.MAIL_PROGRAM), new_message=new_message
    )
    assert dialog.no_drafts.isEnabled() and "drag" in dialog.no_drafts.text()
    dialog.no_drafts.setChecked(True)
    dialog.go.click()
    assert dialog.saved_path is not None and dialog.saved_path.read_bytes().startswith(b"%PDF-")
    url = mailto_url("sofia@example.com", dialog.subject.text(), dialog.body.toPlainText())
    assert any(url in command for command in commands)  # a new message, subject and text filled in
    assert any(str(dialog.saved_path.parent) in command for command in commands)  # and the PDF's folder shown
    assert "drag" in dialog.outcome
    assert [r.method for r in store.sent_log(sofia.id)] == ["mail-program"]
