"""The outbox really retries: the schedule (plain logic), retry rounds against real servers, the command-line verb."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest

from designer.domain import Client
from designer.mail import MailError, Outbox
from designer.mail.outbox_entry import OutboxEntry
from designer.mail.outbox_verb import run_outbox_verb
from designer.mail.retry import BACKOFF, Backoff, due, next_try, reason, retry_outbox
from designer.storage import Store

from .conftest import Mailbox
from .test_mail_outbox import add_handout

T0 = dt.datetime(2026, 12, 3, 9, 0, tzinfo=dt.UTC)


def entry(**changes: Any) -> OutboxEntry:
    base = OutboxEntry(
        id="e1",
        to="zoe@example.org",
        subject="Your plan",
        body="Attached.",
        attachment_name="plan.pdf",
        plan_id="plan-1",
        plan_revision=1,
        client_id="client-1",
        created_at=T0.isoformat(),
    )
    return replace(base, **changes)


def failed(attempts: int, kind: str = "unreachable", at: dt.datetime = T0) -> OutboxEntry:
    return entry(attempts=attempts, last_error_kind=kind, last_error="Down.", last_attempt_at=at.isoformat())


def test_a_new_handout_is_left_to_its_own_send_for_a_minute():
    assert next_try(entry()) == T0 + dt.timedelta(minutes=1)
    assert due([entry()], T0 + dt.timedelta(seconds=59)) == []
    assert due([entry()], T0 + dt.timedelta(minutes=1)) == [entry()]


def test_the_wait_doubles_after_each_failure_up_to_an_hour():
    waits = [next_try(failed(n)) - T0 for n in (1, 2, 3, 4, 7, 8, 20)]  # type: ignore[operator]
    assert waits == [dt.timedelta(minutes=m) for m in (1, 2, 4, 8, 60, 60, 60)]


def test_a_failure_only_a_person_can_fix_waits_for_them():
    for kind in ("recipient", "address", "sign-in-expired", "consent", "admin-consent", "smtp-disabled", "auth"):
        assert next_try(failed(1, kind)) is None
        assert due([failed(1, kind)], T0 + dt.timedelta(days=30)) == []
        assert "Waits for you" in reason(failed(1, kind))
    assert next_try(failed(BACKOFF.most_tries)) is None  # a day of failures: the therapist decides


def test_a_handout_interrupted_mid_send_is_due_at_once():
    interrupted = replace(failed(2), sending_since=(T0 + dt.timedelta(seconds=5)).isoformat())
    assert due([interrupted], T0 + dt.timedelta(seconds=5)) == [interrupted]
    assert "closed while this was being sent" in reason(interrupted)


def test_the_reason_says_when_the_next_try_comes():
    next_at = (T0 + dt.timedelta(minutes=4)).astimezone()
    assert reason(failed(3), now=T0).endswith(f"Next try by itself at {next_at:%H:%M}.")
    assert "Due again" in reason(failed(3), now=T0 + dt.timedelta(minutes=4))


def test_due_is_oldest_first():
    older = replace(failed(1), id="a", created_at=(T0 - dt.timedelta(hours=1)).isoformat())
    newer = replace(failed(1), id="b")
    assert [e.id for e in due([newer, older], T0 + dt.timedelta(hours=2))] == ["a", "b"]


def test_backoff_can_be_chosen():
    quick = Backoff(first=dt.timedelta(seconds=10), longest=dt.timedelta(seconds=30), most_tries=3)
    assert [quick.delay(n) for n in (1, 2, 3, 4)] == [dt.timedelta(seconds=s) for s in (10, 20, 30, 30)]
    assert next_try(failed(3), quick) is None


@dataclass
class FlakyMailbox(Mailbox):
    """A server that turns the email away with a temporary error ``failures`` times, then takes it."""

    failures: int = 2
    turned_away: int = 0

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.turned_away < self.failures:
            self.turned_away += 1
            return "451 4.3.0 Temporary server error, please try again later"
        return await super().handle_DATA(server, session, envelope)


def test_a_server_failing_twice_then_accepting_gets_exactly_one_email(
    tmp_path, pdf_bytes, clinic, settings_for, start_server
):
    server = start_server(mailbox=FlakyMailbox(failures=2))
    outbox = Outbox(tmp_path / "outbox")
    added = add_handout(outbox, pdf_bytes)
    settings = settings_for(server.port)

    rounds = []
    for _ in range(5):
        [waiting] = outbox.pending() or [None]
        if waiting is None:
            break
        moment = next_try(waiting)
        assert moment is not None
        assert retry_outbox(outbox, clinic, now=moment - dt.timedelta(seconds=1), settings=settings) == []  # not yet
        rounds.append(retry_outbox(outbox, clinic, now=moment, settings=settings))

    assert [len(r) for r in rounds] == [1, 1, 1]
    assert [r[0].error.kind if r[0].error else "sent" for r in rounds] == ["other", "other", "sent"]
    assert "451" in rounds[0][0].error.message  # type: ignore[union-attr]
    [received] = server.mailbox.messages
    # Every try carried the Message-ID written before the first one.
    assert {r[0].entry.message_id for r in rounds[1:]} == {received["Message-ID"]}
    assert outbox.pending() == [] and added.id == rounds[2][0].entry.id
    assert rounds[2][0].record is not None and rounds[2][0].record.to == "zoe@example.org"


def test_sending_again_after_a_failure_keeps_one_entry_and_its_message_id(
    tmp_path, make_pdf, clinic, settings_for, closed_port, start_server
):
    outbox = Outbox(tmp_path / "outbox")
    first = add_handout(outbox, make_pdf("first"))
    with pytest.raises(MailError):
        outbox.deliver(first, clinic, None, settings=settings_for(closed_port))
    message_id = outbox.pending()[0].message_id
    assert message_id

    edited = make_pdf("second, after an edit")
    again = add_handout(outbox, edited)  # the therapist presses Send again

    [waiting] = outbox.pending()
    assert again.id == first.id == waiting.id
    assert (waiting.message_id, waiting.attempts) == (message_id, 1)
    assert waiting.pdf_path.read_bytes() == edited
    server = start_server(port=closed_port)
    outbox.deliver(waiting, clinic, None, settings=settings_for(closed_port))
    [received] = server.mailbox.messages
    assert received["Message-ID"] == message_id
    assert add_handout(outbox, make_pdf("third")).id != first.id  # once sent, a new send is a new email


def test_a_round_stops_when_the_server_is_down_and_waits_for_a_person_after_a_refusal(
    tmp_path, make_pdf, clinic, settings_for, closed_port, start_server
):
    outbox = Outbox(tmp_path / "outbox")
    add_handout(outbox, make_pdf("a"), to="one@example.org")
    add_handout(outbox, make_pdf("b"), to="two@example.org")
    results = retry_outbox(outbox, clinic, everything=True, settings=settings_for(closed_port))
    assert [r.error.kind for r in results if r.error] == ["unreachable"]  # the second was not tried in vain

    server = start_server(port=closed_port)
    server.mailbox.refuse_recipients.add("one@example.org")
    results = retry_outbox(outbox, clinic, everything=True, settings=settings_for(closed_port))
    assert [(r.entry.to, r.error.kind if r.error else "sent") for r in results] == [
        ("one@example.org", "recipient"),
        ("two@example.org", "sent"),
    ]
    [left] = outbox.pending()
    assert next_try(left) is None and "refused the client's address" in reason(left)


@pytest.fixture
def store(data_dir: Path, clinic):
    opened = Store.open(data_dir)
    opened.save_clinic(clinic)
    yield opened
    opened.close()


def test_the_outbox_verb_lists_retries_and_deletes(store, make_pdf, settings_for, closed_port, start_server):
    client = store.save_client(Client(name="Zoë Łukasiewicz-Ørsted", email="zoe@example.org"))
    clinic = store.get_clinic()
    store.save_clinic(replace(clinic, mail=settings_for(closed_port)))
    outbox = Outbox(store.outbox_dir)
    keep = outbox.add(make_pdf("keep"), "Keep.pdf", "zoe@example.org", "S", "B", "plan-1", 1, client.id)
    drop = outbox.add(make_pdf("drop"), "Drop.pdf", "other@example.org", "S", "B", "plan-2", 1, client.id)

    out = io.StringIO()
    assert run_outbox_verb(store, out=out) == 0
    assert out.getvalue().startswith("2 handouts waiting in the outbox:\n")
    assert f'{keep.id}  to zoe@example.org  "Keep.pdf"' in out.getvalue() and "Not tried yet." in out.getvalue()

    out = io.StringIO()
    assert run_outbox_verb(store, delete=drop.id, out=out) == 0
    assert 'Removed "Drop.pdf" to other@example.org from the outbox' in out.getvalue()
    assert [e.id for e in outbox.pending()] == [keep.id]
    out = io.StringIO()
    assert run_outbox_verb(store, delete="no-such-id", out=out) == 1
    assert "There is no handout “no-such-id”" in out.getvalue()

    out = io.StringIO()
    assert run_outbox_verb(store, retry=True, out=out) == 1  # the server is down
    assert 'Not sent: "Keep.pdf" to zoe@example.org.' in out.getvalue() and "refused the connection" in out.getvalue()
    assert "Tried 1 time:" in out.getvalue()

    server = start_server(port=closed_port)
    out = io.StringIO()
    assert run_outbox_verb(store, retry=True, out=out) == 0
    assert out.getvalue() == 'Sent "Keep.pdf" to zoe@example.org.\nThe outbox is empty: every handout has been sent.\n'
    assert len(server.mailbox.messages) == 1
    [logged] = store.sent_log(client.id)
    assert (logged.to, logged.file_name, logged.method) == ("zoe@example.org", "Keep.pdf", "smtp")
