"""Handing the email to the therapist's own mail program, and showing a saved PDF in its folder.

``write_draft`` saves the composed email as a ``.eml`` file marked
``X-Unsent: 1`` (Outlook and others open it ready to send).  ``open_draft``
opens it: Thunderbird gets its ``-compose`` command line, other programs get
the file through the system's handler.  Every program launch goes through an
injectable ``run`` so tests can see the command without starting anything.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path
from typing import Any

from ..safe_files import write_file_atomically
from .compose import attachment_of, plain_body, safe_file_name_part
from .errors import FailureKind, MailError
from .files import unused_path

Run = Callable[[Sequence[str] | str], Any]
StartFile = Callable[[str], Any]
FindProgram = Callable[[str], str | None]

THUNDERBIRD_NAMES = ("thunderbird", "thunderbird-esr", "betterbird")


def _launch(command: Sequence[str] | str) -> Any:
    """Start a program and let it run on its own (the designer does not wait for the mail program)."""
    if sys.platform == "win32":
        flags = getattr(subprocess, "DETACHED_PROCESS", 0) | getattr(subprocess, "CREATE_NEW_PROCESS_GROUP", 0)
        return subprocess.Popen(command, creationflags=flags, close_fds=True)
    return subprocess.Popen(
        command,
        start_new_session=True,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _start_file(path: str) -> Any:
    starter = getattr(os, "startfile", None)  # only exists on Windows
    if starter is None:
        raise OSError("opening files with their program is only available on Windows")
    return starter(path)


def _needs_utf8(message: EmailMessage) -> bool:
    """True when an address has non-English letters before the @, which only UTF-8 headers can carry."""
    for name in ("To", "From"):
        header = message.get(name)
        for address in getattr(header, "addresses", ()):
            if not address.username.isascii():
                return True
    return False


def write_draft(message: EmailMessage, folder: Path) -> Path:
    """Save the email as a draft ``.eml`` (marked ``X-Unsent: 1``) in the folder; returns the file's path.

    The file is named after the attachment ("<Plan> - <Client> - <date>.eml")
    and never replaces an earlier draft.
    """
    del message["X-Unsent"]
    message["X-Unsent"] = "1"
    attachment = attachment_of(message)
    stem = Path(attachment[0]).stem if attachment else safe_file_name_part(str(message.get("Subject", "")))
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = unused_path(folder, safe_file_name_part(stem) or "Exercise plan", ".eml")
        # CRLF line ends, as on the wire: what Outlook and Apple Mail expect of an .eml file.
        file_policy = policy.default.clone(linesep="\r\n", utf8=_needs_utf8(message))
        write_file_atomically(path, message.as_bytes(policy=file_policy))
    except OSError as error:
        raise MailError(
            FailureKind.OUTBOX,
            f"The draft could not be saved in {folder} ({error.strerror or error}). "
            f"Check that the folder is writable and the disk is not full.",
        ) from error
    return path


def read_draft(path: Path) -> EmailMessage:
    """A saved draft read back as an email."""
    with open(path, "rb") as handle:
        parsed = BytesParser(policy=policy.default).parse(handle)
    assert isinstance(parsed, EmailMessage)  # policy.default always gives EmailMessage
    return parsed


def _compose_value(text: str) -> str:
    # Thunderbird's -compose values sit in single quotes and have no escape; a typographic apostrophe reads the same.
    return text.replace("'", "’")


def thunderbird_command(program: str, draft_path: Path) -> list[str]:
    """Thunderbird's command line opening a new message filled in from the draft.

    The attachment and the message text are saved beside the draft (in
    "<draft> files/"), because Thunderbird attaches files, not parts of an
    .eml.  The text goes in a file (``message=``) so line breaks and quotes
    arrive exactly as written.
    """
    message = read_draft(draft_path)
    files = draft_path.with_name(_compose_value(draft_path.stem) + " files")
    files.mkdir(exist_ok=True)
    parts = [f"to='{_compose_value(str(message.get('To', '')))}'"]
    subject = str(message.get("Subject", ""))
    if subject:
        parts.append(f"subject='{_compose_value(subject)}'")
    body = plain_body(message)
    body_file = files / "message.txt"
    write_file_atomically(body_file, body.encode("utf-8"))
    if "'" in str(body_file):
        parts.append(f"body='{_compose_value(body)}'")
    else:
        parts.append(f"message='{body_file}'")
    attachment = attachment_of(message)
    if attachment:
        name, data = attachment
        attached = files / (safe_file_name_part(name) or "handout.pdf")
        write_file_atomically(attached, data)
        # A file URI percent-encodes quotes, commas and non-English letters, so the path survives the quoting.
        parts.append(f"attachment='{attached.resolve().as_uri()}'")
    return [program, "-compose", ",".join(parts)]


def _system_open_command(target: Path, platform: str) -> list[str]:
    if platform == "darwin":
        return ["open", str(target)]
    return ["xdg-open", str(target)]


def open_draft(
    path: Path,
    *,
    run: Run | None = None,
    start_file: StartFile | None = None,
    find_program: FindProgram = shutil.which,
    platform: str = sys.platform,
) -> str:
    """Open the draft for the therapist to check and send; returns what was done, in plain words.

    Thunderbird (found on the PATH) gets a new message window; otherwise the
    system opens the .eml with its mail program (xdg-open, open, or the
    Windows file association).  Raises ``MailError`` when nothing could open it.
    """
    launch = run or _launch
    for name in THUNDERBIRD_NAMES:
        program = find_program(name)
        if program:
            try:
                launch(thunderbird_command(program, path))
                return f"Opened a new message in Thunderbird with {path.name} filled in."
            except OSError:
                break  # fall back to the system's handler below
    try:
        if platform == "win32":
            (start_file or _start_file)(str(path))
        else:
            launch(_system_open_command(path, platform))
    except OSError as error:
        raise MailError(
            FailureKind.OTHER,
            f"No mail program could be opened ({error.strerror or error}). The draft is saved as {path}; "
            f"open it from there, or save the PDF and attach it yourself.",
        ) from error
    return f"Opened {path.name} with the system's mail program."


def show_in_folder(
    path: Path,
    *,
    run: Run | None = None,
    platform: str = sys.platform,
) -> str:
    """Show a saved file in the system's file browser; returns what was done, in plain words."""
    launch = run or _launch
    try:
        if platform == "win32":
            # Explorer wants the quotes inside its /select, argument, so this one is a single command string.
            launch(f'explorer /select,"{path}"')
        elif platform == "darwin":
            launch(["open", "-R", str(path)])
        else:
            launch(["xdg-open", str(path.parent)])
    except OSError as error:
        raise MailError(
            FailureKind.OTHER,
            f"The folder could not be shown ({error.strerror or error}). The file is saved as {path}.",
        ) from error
    return f"Showed {path.name} in its folder {path.parent}."
