"""The route for any mail program, the new Outlook included: a ``mailto:`` message plus the PDF shown in its folder.

The new Outlook for Windows does not open ``.eml`` drafts and cannot be
automated, and a ``mailto:`` link cannot carry an attachment.  So this route
opens a new message with the address, subject and text filled in, and shows
the saved PDF in its folder: the therapist drags it into the message.  That
one drag is said honestly in what the function returns.
"""

from __future__ import annotations

import sys
from pathlib import Path
from urllib.parse import quote

from .draft import Run, StartFile, _launch, _start_file, show_in_folder
from .errors import FailureKind, MailError

# Windows hands a link of at most about 2,000 characters to the mail program; a longer body is cut, with a note.
MAILTO_MAX_CHARS = 2000
_CUT_NOTE = "\r\n…"


def _encoded(text: str) -> str:
    # RFC 6068: UTF-8, percent-encoded; a space is %20 (never "+"), a line break is %0D%0A.
    return quote(text, safe="", encoding="utf-8")


def mailto_url(to: str, subject: str, body: str, *, max_chars: int = MAILTO_MAX_CHARS) -> str:
    """A ``mailto:`` link with the address, subject and text filled in, properly encoded.

    Line breaks become CRLF as RFC 6068 asks; a body too long for the link is
    shortened at a line or word and ends with "…" (the PDF carries the plan).
    """
    address = quote(to.strip(), safe="@!$'()*,;:+.-_~")
    head = f"mailto:{address}?subject={_encoded(' '.join(subject.split()))}"
    text = body.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")
    url = f"{head}&body={_encoded(text)}"
    if len(url) <= max_chars:
        return url
    room = max_chars - len(head) - len("&body=") - len(_encoded(_CUT_NOTE))
    lines = text.split("\r\n")
    while len(lines) > 1 and len(_encoded("\r\n".join(lines))) > room:
        lines.pop()  # whole lines first, so no sentence is cut in the middle
    kept = "\r\n".join(lines)
    while kept and len(_encoded(kept)) > room:
        cut = kept.rfind(" ", 0, len(kept) - 1)
        kept = kept[: cut if cut > 0 else len(kept) - 1].rstrip()
    return f"{head}&body={_encoded(kept + _CUT_NOTE)}"


def open_mailto(url: str, *, run: Run | None = None, start_file: StartFile | None = None, platform: str = "") -> None:
    """Open the link with the system's mail program; ``MailError`` when none is set up to take it."""
    where = platform or sys.platform
    try:
        if where == "win32":
            (start_file or _start_file)(url)
        elif where == "darwin":
            (run or _launch)(["open", url])
        else:
            (run or _launch)(["xdg-open", url])
    except OSError as error:
        raise MailError(
            FailureKind.OTHER,
            f"No mail program opened the new message ({error.strerror or error}). Write to the client from your "
            f"mail program and attach the saved PDF.",
        ) from error


def hand_to_any_mail_program(
    pdf_path: Path,
    to: str,
    subject: str,
    body: str,
    *,
    run: Run | None = None,
    start_file: StartFile | None = None,
    platform: str = "",
) -> str:
    """Open a new message (``mailto:``) and show the saved PDF in its folder; returns what is left, in plain words."""
    open_mailto(mailto_url(to, subject, body), run=run, start_file=start_file, platform=platform)
    show_in_folder(pdf_path, run=run, platform=platform or sys.platform)
    return (
        f"Your mail program has a new message to {to.strip()} with the subject and text filled in. "
        f"One step is left: drag “{pdf_path.name}” from the folder window into the message, then press Send."
    )
