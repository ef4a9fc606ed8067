"""The outbox keeps every handout until a real server has taken it, and retries work."""

from __future__ import annotations

import json
import os

import pytest

from designer.domain import SentRecord
from designer.mail import MailError, Outbox, send_message


def add_handout(outbox: Outbox, pdf: bytes, to: str = "zoe@example.org", client_name: str = "Zoë Łukasiewicz-Ørsted"):
    return outbox.add(
        pdf,
        f"Gentle start - {client_name} - 2024-05-03.pdf",
        to,
        "Your exercise plan: Gentle start",
        "Dear Zoë,\n\nYour plan is attached.",
        "plan-1",
        4,
        "client-7",
        plan_title="Gentle start",
        client_name=client_name,
        layout="large-print",
    )


def test_an_added_handout_waits_with_its_pdf_and_note(tmp_path, pdf_bytes):
    outbox = Outbox(tmp_path / "outbox")
    entry = add_handout(outbox, pdf_bytes)

    [waiting] = outbox.pending()
    assert waiting == entry
    assert waiting.pdf_path.read_bytes() == pdf_bytes
    note = json.loads(waiting.note_path.read_text("utf-8"))
    assert note["to"] == "zoe@example.org" and note["plan_revision"] == 4 and note["client_id"] == "client-7"
    assert note["client_name"] == "Zoë Łukasiewicz-Ørsted"
    assert sorted(p.name for p in (tmp_path / "outbox").iterdir()) == [f"{entry.id}.json", f"{entry.id}.pdf"]


def test_server_down_keeps_the_handout_and_a_retry_delivers_it(
    tmp_path, pdf_bytes, clinic, settings_for, closed_port, start_server
):
    outbox = Outbox(tmp_path / "outbox")
    entry = add_handout(outbox, pdf_bytes)
    settings = settings_for(closed_port)

    with pytest.raises(MailError) as failure:
        outbox.deliver(entry, clinic, None, settings=settings)
    assert failure.value.kind == "unreachable"
    [waiting] = outbox.pending()
    assert waiting.id == entry.id
    assert waiting.attempts == 1
    assert waiting.last_error_kind == "unreachable" and "refused the connection" in waiting.last_error
    assert waiting.pdf_path.read_bytes() == pdf_bytes

    server = start_server(port=closed_port)  # the server comes back on the same port
    record = outbox.deliver(waiting, clinic, None, settings=settings)

    assert outbox.pending() == []
    assert list((tmp_path / "outbox").iterdir()) == []
    [received] = server.mailbox.messages
    [attachment] = list(received.iter_attachments())
    assert attachment.get_payload(decode=True) == pdf_bytes
    assert attachment.get_filename() == "Gentle start - Zoë Łukasiewicz-Ørsted - 2024-05-03.pdf"
    # The retry reuses the first try's Message-ID, so a server that got both can tell they are one email.
    assert received["Message-ID"] == waiting.message_id
    assert isinstance(record, SentRecord)
    assert (record.to, record.plan_id, record.plan_revision, record.method) == ("zoe@example.org", "plan-1", 4, "smtp")
    assert (record.plan_title, record.layout) == ("Gentle start", "large-print")
    assert record.file_name == "Gentle start - Zoë Łukasiewicz-Ørsted - 2024-05-03.pdf"
    assert SentRecord.from_dict(record.to_dict()) == record


def test_a_refused_recipient_keeps_the_handout_with_the_reason(tmp_path, pdf_bytes, clinic, settings_for, start_server):
    server = start_server()
    server.mailbox.refuse_recipients.add("gone@example.org")
    outbox = Outbox(tmp_path / "outbox")
    entry = add_handout(outbox, pdf_bytes, to="gone@example.org")
    for attempt in (1, 2):
        with pytest.raises(MailError):
            outbox.deliver(outbox.pending()[0], clinic, None, settings=settings_for(server.port))
        assert outbox.pending()[0].attempts == attempt
    assert outbox.pending()[0].id == entry.id
    assert outbox.pending()[0].last_error_kind == "recipient"


def test_a_wrong_address_is_kept_and_named_without_contacting_the_server(
    tmp_path, pdf_bytes, clinic, closed_port, settings_for
):
    outbox = Outbox(tmp_path / "outbox")
    entry = add_handout(outbox, pdf_bytes, to="zoe.example.org")
    calls = []
    with pytest.raises(MailError) as failure:
        outbox.deliver(entry, clinic, None, settings=settings_for(closed_port), send=lambda *a, **k: calls.append(a))
    assert failure.value.kind == "address"
    assert calls == []
    assert outbox.pending()[0].last_error_kind == "address"


def test_deliver_pending_sends_everything_oldest_first(tmp_path, make_pdf, clinic, settings_for, start_server):
    server = start_server()
    outbox = Outbox(tmp_path / "outbox")
    first = add_handout(outbox, make_pdf("first"), to="one@example.org")
    second = add_handout(outbox, make_pdf("second"), to="two@example.org")
    results = outbox.deliver_pending(clinic, None, settings=settings_for(server.port))
    assert [(entry.id, type(result)) for entry, result in results] == [(first.id, SentRecord), (second.id, SentRecord)]
    assert [m["To"].addresses[0].addr_spec for m in server.mailbox.messages] == ["one@example.org", "two@example.org"]
    assert outbox.pending() == []


def test_deliver_pending_stops_when_the_server_is_down(tmp_path, pdf_bytes, clinic, settings_for, closed_port):
    outbox = Outbox(tmp_path / "outbox")
    add_handout(outbox, pdf_bytes, to="one@example.org")
    add_handout(outbox, pdf_bytes, to="two@example.org")
    results = outbox.deliver_pending(clinic, None, settings=settings_for(closed_port))
    assert len(results) == 1 and isinstance(results[0][1], MailError)
    assert [entry.attempts for entry in outbox.pending()] == [1, 0]


def test_a_damaged_note_does_not_hide_the_other_handouts(tmp_path, pdf_bytes):
    outbox = Outbox(tmp_path / "outbox")
    good = add_handout(outbox, pdf_bytes, to="one@example.org")
    damaged = add_handout(outbox, pdf_bytes, to="two@example.org")
    damaged.note_path.write_text('{"id": "x", "plan_revision": "four"', "utf-8")
    wrong_type = add_handout(outbox, pdf_bytes, to="three@example.org")
    wrong_type.note_path.write_text(json.dumps({**wrong_type.to_dict(), "plan_revision": "four"}), "utf-8")
    assert [entry.id for entry in outbox.pending()] == [good.id]
    assert damaged.pdf_path.exists() and wrong_type.pdf_path.exists()  # nothing is thrown away


def test_a_note_without_its_pdf_is_not_offered_for_sending(tmp_path, pdf_bytes):
    outbox = Outbox(tmp_path / "outbox")
    entry = add_handout(outbox, pdf_bytes)
    os.remove(entry.pdf_path)
    assert outbox.pending() == []


def test_a_handout_already_sent_is_not_sent_again(tmp_path, pdf_bytes, clinic, settings_for, start_server):
    server = start_server()
    outbox = Outbox(tmp_path / "outbox")
    entry = add_handout(outbox, pdf_bytes)
    outbox.deliver(entry, clinic, None, settings=settings_for(server.port))
    with pytest.raises(MailError) as failure:
        outbox.deliver(entry, clinic, None, settings=settings_for(server.port))
    assert failure.value.kind == "outbox"
    assert len(server.mailbox.messages) == 1


def test_a_handout_being_sent_cannot_be_sent_twice_at_once(tmp_path, pdf_bytes, clinic, settings_for, start_server):
    server = start_server()
    outbox = Outbox(tmp_path / "outbox")
    entry = add_handout(outbox, pdf_bytes)
    inner_errors: list[MailError] = []

    def send_while_trying_again(message, settings, password, **options):
        try:  # a second window or the command line retrying the same handout mid-send
            outbox.deliver(entry, clinic, None, settings=settings)
        except MailError as error:
            inner_errors.append(error)
        send_message(message, settings, password, **options)

    outbox.deliver(entry, clinic, None, settings=settings_for(server.port), send=send_while_trying_again)
    assert [error.kind for error in inner_errors] == ["outbox"]
    assert "being sent already" in inner_errors[0].message
    assert len(server.mailbox.messages) == 1


def test_mark_sent_and_mark_failed(tmp_path, pdf_bytes):
    outbox = Outbox(tmp_path / "outbox")
    entry = add_handout(outbox, pdf_bytes)
    failed = outbox.mark_failed(entry, "The server said no.")
    assert (failed.attempts, failed.last_error) == (1, "The server said no.")
    assert outbox.pending() == [failed]
    outbox.mark_sent(failed)
    assert outbox.pending() == []
    assert outbox.get(entry.id) is None


def test_an_unwritable_outbox_is_reported_in_plain_words(tmp_path, pdf_bytes):
    blocker = tmp_path / "outbox"
    blocker.write_text("a file where the folder should be")
    with pytest.raises(MailError) as failure:
        add_handout(Outbox(blocker), pdf_bytes)
    assert failure.value.kind == "outbox"
    assert "writable" in failure.value.message


def test_a_damaged_pdf_in_the_outbox_is_named_not_sent(tmp_path, pdf_bytes, clinic, settings_for, start_server):
    server = start_server()
    outbox = Outbox(tmp_path / "outbox")
    entry = add_handout(outbox, pdf_bytes)
    entry.pdf_path.write_bytes(b"\x00" * 100)  # a disk error or a half-synced cloud folder
    with pytest.raises(MailError) as failure:
        outbox.deliver(entry, clinic, None, settings=settings_for(server.port))
    assert failure.value.kind == "outbox" and "Make the PDF again" in failure.value.message
    assert server.mailbox.messages == []
    assert outbox.pending()[0].attempts == 1


def test_a_mail_error_survives_pickling_for_a_worker_process():
    import pickle

    error = pickle.loads(pickle.dumps(MailError("auth", "Check the password.")))
    assert (error.kind, error.message, str(error)) == ("auth", "Check the password.", "Check the password.")
