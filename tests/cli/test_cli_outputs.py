"""The verbs that make files or send mail: render, catalogue, email, screenshot."""

from __future__ import annotations

import io
import json
import socket
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from pypdf import PdfReader
from verbs import ok, run

from designer.pdf.handout import HandoutOptions, render_handout
from designer.pdf.text import curly_quotes
from designer.storage import Store
from designer.workflows.handouts import kept_photos


def pdf_text(path: Path) -> str:
    return " ".join((page.extract_text() or "") for page in PdfReader(str(path)).pages)


def new_plan(data_dir: Path, name: str = "Zoë Łukasiewicz-Ørsted", email: str = "zoe@example.com") -> tuple[str, str]:
    ok(data_dir, "clients", "--add", name, "--email", email)
    client_id = json.loads(ok(data_dir, "clients", "--json"))[0]["id"]
    ok(data_dir, "plans", "--new", "--client", client_id, "--template", "at-home-strength")
    plan_id = json.loads(ok(data_dir, "plans", "--json"))[0]["id"]
    return client_id, plan_id


def test_render_template_with_pictures_of_each_page(tmp_path, data_dir):
    out = tmp_path / "handout.pdf"
    pictures = tmp_path / "pages"
    printed = ok(data_dir, "render", "--template", "at-home-strength", "--out", str(out), "--png", str(pictures))
    reader = PdfReader(str(out))
    assert f"({len(reader.pages)} pages)" in printed
    text = pdf_text(out)
    for name in ("Glute Bridge", "Bird Dog", "Sit-to-Stand", "Suitcase Carry"):
        assert name in text
    pngs = sorted(pictures.glob("*.png"))
    assert len(pngs) == len(reader.pages)
    assert all(p.read_bytes().startswith(b"\x89PNG") for p in pngs)


def test_render_stored_plan_in_each_layout_and_paper(tmp_path, data_dir):
    _client, plan_id = new_plan(data_dir)
    counts = {}
    for layout in ("detailed", "compact", "large-print"):
        out = tmp_path / f"{layout}.pdf"
        ok(data_dir, "render", "--plan", plan_id, "--out", str(out), "--layout", layout)
        counts[layout] = len(PdfReader(str(out)).pages)
        assert "Zoë Łukasiewicz-Ørsted" in pdf_text(out)
    assert counts["compact"] == 1
    assert counts["large-print"] > counts["compact"]
    letter = tmp_path / "letter.pdf"
    ok(data_dir, "render", "--plan", plan_id, "--out", str(letter), "--paper", "letter", "--tracking-sheet")
    box = PdfReader(str(letter)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_render_from_a_plan_file(tmp_path, data_dir):
    _client, plan_id = new_plan(data_dir, "Алексей Смирнов", "alexei@example.com")
    exported = tmp_path / "plan.json"
    ok(data_dir, "export", "--plan", plan_id, "--out", str(exported))
    out = tmp_path / "from-file.pdf"
    ok(tmp_path / "elsewhere", "render", "--file", str(exported), "--out", str(out))
    assert "Алексей Смирнов" in pdf_text(out)


def test_render_refuses_a_plan_file_with_mistakes(tmp_path, data_dir):
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps(
            {
                "format": "exercise-plan",
                "version": 1,
                "title": "T",
                "items": [{"exercise": "bird-dog", "tempo": "fast"}],
            }
        ),
        encoding="utf-8",
    )
    code, _out, err = run(data_dir, "render", "--file", str(bad), "--out", str(tmp_path / "x.pdf"))
    assert code == 1
    assert err.startswith("error: items[0].tempo: must look like 3-1-1")
    assert not (tmp_path / "x.pdf").exists()


def test_catalogue_has_every_exercise(tmp_path, data_dir):
    out = tmp_path / "catalogue.pdf"
    printed = ok(data_dir, "catalogue", "--out", str(out))
    library = json.loads(ok(data_dir, "library", "--json"))
    assert f"({len(library)} exercises)" in printed
    text = " ".join(pdf_text(out).split())
    for exercise in library:
        assert curly_quotes(exercise["name"]) in text  # printed with curly apostrophes


class Mailbox:
    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        message = BytesParser(policy=policy.default).parsebytes(envelope.content)
        assert isinstance(message, EmailMessage)
        self.messages.append(message)
        return "250 OK"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def smtp_server():
    mailbox = Mailbox()
    controller = Controller(mailbox, hostname="127.0.0.1", port=free_port(), ready_timeout=10)
    controller.start()
    yield mailbox, controller.port
    controller.stop()


def test_email_sends_the_handout_and_logs_it(tmp_path, data_dir, smtp_server):
    mailbox, port = smtp_server
    client_id, plan_id = new_plan(data_dir)
    ok(
        data_dir,
        "clinic",
        "--set",
        "name=Springback Rehabilitation",
        "therapist=Tom",
        "booking_link=https://example.com/book",
        "mail.sender=hello@springback.example",
    )
    printed = ok(
        data_dir, "email", "--plan", plan_id, "--smtp-host", "127.0.0.1", "--smtp-port", str(port), "--security", "none"
    )
    assert "Sent" in printed
    assert len(mailbox.messages) == 1
    message = mailbox.messages[0]
    assert message["To"].addresses[0].addr_spec == "zoe@example.com"
    attachments = list(message.iter_attachments())
    assert len(attachments) == 1
    name = attachments[0].get_filename()
    assert name.endswith(".pdf") and "Zoë Łukasiewicz-Ørsted" in name
    with Store.open(data_dir) as store:
        log = store.sent_log(client_id)
        plan = store.get_plan(plan_id)
        assert [r.plan_id for r in log] == [plan_id]
        assert log[0].to == "zoe@example.com"
        assert list(store.outbox_dir.iterdir()) == []  # nothing left behind, not even a lock file
    assert plan.title in message["Subject"]
    assert "Zoë" in message.get_body(("plain",)).get_content()


def test_email_to_a_server_that_is_down_keeps_the_handout_in_the_outbox(data_dir):
    _client, plan_id = new_plan(data_dir)
    code, _out, err = run(
        data_dir,
        "email",
        "--plan",
        plan_id,
        "--smtp-host",
        "127.0.0.1",
        "--smtp-port",
        str(free_port()),
        "--security",
        "none",
        "--timeout",
        "3",
    )
    assert code == 1
    # One line for the failure (after any warning about the handout itself), saying the handout waits.
    errors = [line for line in err.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1 and "outbox" in errors[0]
    assert all(line.startswith(("error: ", "warning: ")) for line in err.splitlines())
    with Store.open(data_dir) as store:
        assert len(list(store.outbox_dir.glob("*.pdf"))) == 1


def test_email_refuses_plain_text_to_a_remote_server(data_dir):
    _client, plan_id = new_plan(data_dir)
    code, _out, err = run(data_dir, "email", "--plan", plan_id, "--smtp-host", "smtp.example.com", "--security", "none")
    assert code == 1
    assert "only allowed for a mail server on this computer" in err


def test_email_catches_a_wrong_address_before_sending(data_dir):
    _client, plan_id = new_plan(data_dir)
    code, _out, err = run(
        data_dir, "email", "--plan", plan_id, "--to", "zoe-at-example", "--smtp-host", "127.0.0.1", "--security", "none"
    )
    assert code == 1
    assert "zoe-at-example" in err


def test_screenshot(tmp_path, data_dir):
    out = tmp_path / "window.png"
    ok(data_dir, "screenshot", "--out", str(out), "--size", "1280x800")
    from PIL import Image

    with Image.open(out) as picture:
        assert picture.size == (1280, 800)


def test_rendered_handout_is_the_renderers_output(tmp_path, data_dir):
    """The verb adds nothing of its own: the same plan through the function gives the same pages."""
    _client, plan_id = new_plan(data_dir)
    out = tmp_path / "cli.pdf"
    ok(data_dir, "render", "--plan", plan_id, "--out", str(out))
    with Store.open(data_dir) as store:
        plan = store.get_plan(plan_id)
        from designer.library import Library

        library = Library(store.list_custom_exercises())
        used = [library.get(i) for i in plan.exercise_ids()]
        # The whole library, as the verb passes: the easier and harder versions are named from it.
        exercises = {exercise.id: exercise for exercise in library.all()}
        direct = render_handout(
            plan,
            exercises,
            store.get_clinic(),
            HandoutOptions(client_name="Zoë Łukasiewicz-Ørsted", photos=kept_photos(store, filter(None, used))),
        )
    assert len(PdfReader(io.BytesIO(direct)).pages) == len(PdfReader(str(out)).pages)


def test_render_names_the_easier_and_harder_versions(tmp_path, data_dir):
    out = tmp_path / "handout.pdf"
    ok(data_dir, "render", "--template", "at-home-strength", "--out", str(out))
    text = " ".join(pdf_text(out).split())
    assert "Unsure or sore? Try:" in text
    assert "Pelvic Tilt" in text  # the Glute Bridge's easier version, which is not in the plan itself


def test_outbox_verb_lists_and_deletes(tmp_path, data_dir):
    """A handout left in the outbox by a failed send is listed, then removed with --delete.  (Retrying against a
    real SMTP server is covered in tests/mail.)"""
    _client_id, plan_id = new_plan(data_dir)
    code, _out, _err = run(
        data_dir,
        "email",
        "--plan",
        plan_id,
        "--to",
        "zoe@example.com",
        "--smtp-host",
        "127.0.0.1",
        "--smtp-port",
        str(free_port()),
        "--security",
        "none",
        "--timeout",
        "3",
    )
    assert code == 1
    listed = ok(data_dir, "outbox")
    assert "1 handout waiting in the outbox" in listed and "zoe@example.com" in listed
    entry_id = listed.splitlines()[1].split()[0]
    code, out, err = run(data_dir, "outbox", "--delete", entry_id)
    assert code == 0, err
    assert "from the outbox; it was not sent" in out and "The outbox is empty" in out
    code, out, _err = run(data_dir, "outbox", "--delete", "no-such-entry")
    assert code == 1 and "still waiting" not in out


def test_render_prints_the_next_appointment(tmp_path, data_dir):
    _client, plan_id = new_plan(data_dir)
    out = tmp_path / "handout.pdf"
    ok(data_dir, "render", "--plan", plan_id, "--out", str(out), "--next-appointment", "2026-12-10 14:30")
    assert "2026" in pdf_text(out) and "14:30" in pdf_text(out)
    code, _out, err = run(data_dir, "render", "--plan", plan_id, "--out", str(out), "--next-appointment", "next Tue")
    assert code == 1 and "must look like 2026-12-10 14:30" in err


def test_characters_that_cannot_be_printed_stop_the_render_unless_allowed(tmp_path, data_dir):
    code, out, err = run(data_dir, "clients", "--add", "Tsering ཀཁག Ge'ez አበ")
    client_id = out.split("(id ")[1].rstrip(")\n")
    ok(data_dir, "plans", "--new", "--client", client_id, "--template", "at-home-strength")
    plan_id = json.loads(ok(data_dir, "plans", "--json"))[0]["id"]
    out_file = tmp_path / "handout.pdf"
    code, _out, err = run(data_dir, "render", "--plan", plan_id, "--out", str(out_file))
    assert code == 1 and "cannot be printed" in err and "--allow-missing-glyphs" in err
    assert not out_file.exists()
    code, _out, err = run(data_dir, "render", "--plan", plan_id, "--out", str(out_file), "--allow-missing-glyphs")
    assert code == 0 and out_file.exists() and "warning:" in err
