"""Drafts for the therapist's own mail program, and showing a saved PDF in its folder."""

from __future__ import annotations

import datetime as dt
from email import policy
from email.parser import BytesParser
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

from designer.domain import Clinic
from designer.mail import MailError, attachment_name, compose_message, open_draft, show_in_folder, write_draft

CLIENT = "Σοφία Παπαδοπούλου"


class Launcher:
    """Stands in for starting a program: records each command instead of running it."""

    def __init__(self, fail: bool = False) -> None:
        self.commands: list = []
        self.fail = fail

    def __call__(self, command):
        self.commands.append(command)
        if self.fail:
            raise FileNotFoundError(2, "No such file or directory")


def draft_message(clinic: Clinic, pdf: bytes, body: str = "Dear Σοφία,\n\nYour plan is attached.\nIt's ready."):
    name = attachment_name("Gentle start", CLIENT, dt.date(2024, 5, 3))
    return compose_message(
        clinic, "sofia@example.org", "Your plan: Gentle start", body, pdf, name, client_name=CLIENT, draft=True
    )


def test_the_draft_parses_back_with_the_attachment_and_x_unsent(tmp_path, clinic, pdf_bytes):
    path = write_draft(draft_message(clinic, pdf_bytes), tmp_path / "drafts")
    assert path.name == f"Gentle start - {CLIENT} - 2024-05-03.eml"
    raw = path.read_bytes()
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")  # CRLF throughout, as Outlook saves them
    with open(path, "rb") as handle:
        parsed = BytesParser(policy=policy.default).parse(handle)
    assert parsed["X-Unsent"] == "1"
    assert parsed["Subject"] == "Your plan: Gentle start"
    assert parsed["To"].addresses[0].display_name == CLIENT
    [attachment] = list(parsed.iter_attachments())
    assert attachment.get_filename() == f"Gentle start - {CLIENT} - 2024-05-03.pdf"
    assert attachment.get_payload(decode=True) == pdf_bytes


def test_a_second_draft_does_not_replace_the_first(tmp_path, clinic, pdf_bytes):
    first = write_draft(draft_message(clinic, pdf_bytes), tmp_path)
    second = write_draft(draft_message(clinic, pdf_bytes), tmp_path)
    assert first != second and first.exists() and second.exists()
    assert second.name.endswith(" (2).eml")


def test_a_sendable_message_becomes_a_draft_when_saved(tmp_path, clinic, pdf_bytes):
    message = compose_message(clinic, "sofia@example.org", "Plan", "Hi", pdf_bytes, "Plan.pdf")
    assert "X-Unsent" not in message
    path = write_draft(message, tmp_path)
    assert BytesParser(policy=policy.default).parsebytes(path.read_bytes()).get_all("X-Unsent") == ["1"]


def test_thunderbird_gets_its_compose_command_line(tmp_path, clinic, pdf_bytes):
    path = write_draft(draft_message(clinic, pdf_bytes), tmp_path)
    launcher = Launcher()
    done = open_draft(
        path,
        run=launcher,
        find_program=lambda name: "/usr/bin/thunderbird" if name == "thunderbird" else None,
        platform="linux",
    )
    assert "Thunderbird" in done
    [command] = launcher.commands
    assert command[:2] == ["/usr/bin/thunderbird", "-compose"]
    fields = dict(part.split("=", 1) for part in split_compose(command[2]))
    assert fields["to"] == f"'{CLIENT} <sofia@example.org>'"
    assert fields["subject"] == "'Your plan: Gentle start'"
    message_file = Path(fields["message"].strip("'"))
    assert message_file.read_text("utf-8") == "Dear Σοφία,\n\nYour plan is attached.\nIt's ready.\n"
    attachment_uri = fields["attachment"].strip("'")
    attached = Path(unquote(urlparse(attachment_uri).path))
    assert attached.name == f"Gentle start - {CLIENT} - 2024-05-03.pdf"
    assert attached.read_bytes() == pdf_bytes


def split_compose(argument: str) -> list[str]:
    """Split Thunderbird's compose argument at the commas outside quotes."""
    parts, current, quoted = [], "", False
    for char in argument:
        if char == "'":
            quoted = not quoted
        if char == "," and not quoted:
            parts.append(current)
            current = ""
        else:
            current += char
    parts.append(current)
    return parts


def test_quotes_in_the_subject_cannot_break_thunderbirds_command_line(tmp_path, clinic, pdf_bytes):
    message = compose_message(
        clinic, "sofia@example.org", "Sofia's plan', to='eve@example.org", "Hi", pdf_bytes, "Plan.pdf", draft=True
    )
    path = write_draft(message, tmp_path)
    launcher = Launcher()
    open_draft(path, run=launcher, find_program=lambda name: "thunderbird" if name == "thunderbird" else None)
    fields = [part.split("=", 1)[0] for part in split_compose(launcher.commands[0][2])]
    assert fields.count("to") == 1
    assert "Sofia’s plan’, to=’eve@example.org" in launcher.commands[0][2]


@pytest.mark.parametrize(("platform", "program"), [("linux", "xdg-open"), ("darwin", "open")])
def test_without_thunderbird_the_system_opens_the_draft(tmp_path, clinic, pdf_bytes, platform, program):
    path = write_draft(draft_message(clinic, pdf_bytes), tmp_path)
    launcher = Launcher()
    done = open_draft(path, run=launcher, find_program=lambda name: None, platform=platform)
    assert launcher.commands == [[program, str(path)]]
    assert "system's mail program" in done


def test_on_windows_the_draft_opens_with_its_file_association(tmp_path, clinic, pdf_bytes):
    path = write_draft(draft_message(clinic, pdf_bytes), tmp_path)
    started: list[str] = []
    launcher = Launcher()
    open_draft(path, run=launcher, start_file=started.append, find_program=lambda name: None, platform="win32")
    assert started == [str(path)] and launcher.commands == []


def test_a_failing_thunderbird_falls_back_and_a_failing_system_is_explained(tmp_path, clinic, pdf_bytes):
    path = write_draft(draft_message(clinic, pdf_bytes), tmp_path)
    launcher = Launcher(fail=True)
    with pytest.raises(MailError) as failure:
        open_draft(path, run=launcher, find_program=lambda name: "thunderbird", platform="linux")
    assert [command[0] for command in launcher.commands] == ["thunderbird", "xdg-open"]
    assert str(path) in failure.value.message


@pytest.mark.parametrize(
    ("platform", "expected"),
    [
        ("linux", lambda p: ["xdg-open", str(p.parent)]),
        ("darwin", lambda p: ["open", "-R", str(p)]),
        ("win32", lambda p: f'explorer /select,"{p}"'),
    ],
)
def test_show_in_folder_uses_each_systems_file_browser(tmp_path, platform, expected):
    saved = tmp_path / f"Gentle start - {CLIENT} - 2024-05-03.pdf"
    saved.write_bytes(b"%PDF-1.4\n")
    launcher = Launcher()
    done = show_in_folder(saved, run=launcher, platform=platform)
    assert launcher.commands == [expected(saved)]
    assert saved.name in done
