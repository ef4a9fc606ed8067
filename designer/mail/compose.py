"""Composing the email that carries a handout: filled-in texts, a safe attachment name, the message itself.

The clinic writes its subject and message once, with placeholders such as
``{first_name}``; here they are filled in for one client and one plan.  The
therapist's text is never given to ``str.format``: a stray brace or an
unknown placeholder stays exactly as typed instead of crashing the send.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Mapping
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from designer.domain import Clinic, check_email

from .errors import FailureKind, MailError

PLACEHOLDERS: dict[str, str] = {
    "first_name": "the client's first name",
    "plan_title": "the plan's title",
    "clinic_name": "the clinic's name",
    "booking_link": "the clinic's booking link (or its website)",
    "therapist": "the therapist's name",
}

# A placeholder is a name in single braces; "{ First_Name }" is forgiven, anything else is left alone.
_PLACEHOLDER = re.compile(r"\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}")

# Characters no file system of Windows, macOS or Linux accepts in a name, and what each becomes.
_FILE_NAME_REPLACEMENTS = {"/": "-", "\\": "-", "|": "-", ":": " -", '"': "'", "*": "", "?": "", "<": "", ">": ""}
# Invisible characters: control codes, and the direction overrides that can disguise ".pdf" as something else.
_INVISIBLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")
_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10)), *(f"LPT{n}" for n in range(1, 10))}
# Short enough for Windows paths inside a user's Documents folder, and under the 255-byte limit of ext4 and APFS.
MAX_FILE_NAME_CHARS = 120
MAX_FILE_NAME_BYTES = 200
MAX_CLIENT_NAME_CHARS = 60

DEFAULT_SUBJECT_WHEN_EMPTY = "Your exercise plan"
PROGRAM_NAME = "Programme Designer"


def fill_placeholders(template: str, values: Mapping[str, str]) -> str:
    """The template with each known ``{name}`` replaced by its value; unknown names and stray braces stay as typed."""

    def replace(match: re.Match[str]) -> str:
        name = match.group(1).lower()
        return values[name] if name in values else match.group(0)

    return _PLACEHOLDER.sub(replace, template)


def unknown_placeholders(template: str) -> list[str]:
    """Placeholders in the template that will not be filled in (for a warning before sending), in order, once each."""
    found: list[str] = []
    for match in _PLACEHOLDER.finditer(template):
        if match.group(1).lower() not in PLACEHOLDERS and match.group(0) not in found:
            found.append(match.group(0))
    return found


def placeholder_values(clinic: Clinic, client_name: str, plan_title: str) -> dict[str, str]:
    """What each placeholder stands for, for this clinic, client and plan."""
    parts = client_name.split()
    return {
        "first_name": parts[0] if parts else "",
        "plan_title": " ".join(plan_title.split()),
        "clinic_name": clinic.name.strip(),
        "booking_link": (clinic.booking_link or clinic.website).strip(),
        "therapist": clinic.therapist.strip(),
    }


def fill_body(template: str, values: Mapping[str, str]) -> str:
    """The message with its placeholders filled in.

    A line whose placeholder has nothing to fill it (no booking link set, no
    therapist named) is left out, so the client never reads "you can book
    here:" followed by nothing.
    """
    kept: list[str] = []
    for line in template.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        names = [m.group(1).lower() for m in _PLACEHOLDER.finditer(line)]
        if any(name in values and not values[name].strip() for name in names):
            continue
        kept.append(fill_placeholders(line, values))
    text = "\n".join(kept)
    # Leaving a line out can leave two blank lines in a row; one is enough.
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n")


def fill_subject(template: str, values: Mapping[str, str]) -> str:
    """The subject with its placeholders filled in, on one line."""
    return one_line(fill_placeholders(template, values))


def fill_templates(clinic: Clinic, client_name: str, plan_title: str) -> tuple[str, str]:
    """The clinic's subject and message, filled in for this client and plan: ``(subject, body)``."""
    values = placeholder_values(clinic, client_name, plan_title)
    return fill_subject(clinic.mail.subject, values), fill_body(clinic.mail.body, values)


def one_line(text: str) -> str:
    """Text for a header: invisible characters gone, line breaks and runs of spaces made single spaces."""
    return " ".join(_INVISIBLE.sub(" ", text).split())


def safe_file_name_part(text: str) -> str:
    """Text made safe as (part of) a file name on every system; letters of every language are kept."""
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub(" ", text)
    for bad, good in _FILE_NAME_REPLACEMENTS.items():
        text = text.replace(bad, good)
    text = " ".join(text.split())
    # Windows drops trailing dots and spaces silently; a leading dot hides the file on macOS and Linux.
    return text.strip(" .-")


def _shorten(text: str, chars: int) -> str:
    if len(text) <= chars:
        return text
    return text[: max(chars - 1, 0)].rstrip(" .-") + "…"


def _date_text(date: dt.date | str) -> str:
    if isinstance(date, dt.datetime):
        return date.date().isoformat()
    if isinstance(date, dt.date):
        return date.isoformat()
    return safe_file_name_part(str(date))


def attachment_name(plan_title: str, client_name: str, date: dt.date | str) -> str:
    """ "<Plan title> - <Client> - <date>.pdf", safe as a file name on Windows, macOS and Linux.

    Letters of every language are kept; characters a file system refuses are
    replaced, invisible ones removed, and a long plan title is shortened so the
    whole name stays within what every file system accepts.
    """
    title = safe_file_name_part(plan_title) or "Exercise plan"
    client = _shorten(safe_file_name_part(client_name), MAX_CLIENT_NAME_CHARS)
    date_text = _date_text(date)
    fixed = [part for part in (client, date_text) if part]
    suffix = "".join(" - " + part for part in fixed) + ".pdf"
    # The title gives way first: the client's name and the date are what tell two handouts apart.
    room_chars = MAX_FILE_NAME_CHARS - len(suffix)
    title = _shorten(title, max(room_chars, 10))
    while len((title + suffix).encode("utf-8")) > MAX_FILE_NAME_BYTES and len(title) > 1:
        title = _shorten(title, len(title) - 1)
    if (title + suffix).removesuffix(".pdf").upper() in _WINDOWS_RESERVED:
        title = "Plan " + title
    return title + suffix


def _address(display_name: str, email: str) -> Address:
    try:
        return Address(display_name=one_line(display_name), addr_spec=email)
    except (ValueError, IndexError) as error:
        raise MailError(FailureKind.ADDRESS, f"“{email}” cannot be used as an email address ({error}).") from None


def _message_id_domain(email: str) -> str:
    try:
        return email.rpartition("@")[2].encode("idna").decode("ascii") or "programme-designer.invalid"
    except UnicodeError:
        return "programme-designer.invalid"


def check_recipient(client_email: str) -> str:
    """The client's address, trimmed, or a ``MailError`` saying what to fix before anything is sent."""
    email = client_email.strip()
    if not email:
        raise MailError(
            FailureKind.ADDRESS,
            "There is no email address to send to. Type the client's address in To, or add it to the client's details.",
        )
    problem = check_email(email)
    if problem:
        raise MailError(FailureKind.ADDRESS, f"The address “{email}” {problem}. Correct it in To and send again.")
    return email


def sender_address(clinic: Clinic, sender: str | None = None) -> str:
    """The address the email comes from: the one given, else the mail setting's sender, else the clinic's email."""
    return (sender or clinic.mail.sender or clinic.email).strip()


def compose_message(
    clinic: Clinic,
    client_email: str,
    subject: str,
    body: str,
    pdf_bytes: bytes,
    attachment_name: str,
    *,
    sender: str | None = None,
    draft: bool = False,
    client_name: str = "",
    message_id: str | None = None,
    date: dt.datetime | None = None,
) -> EmailMessage:
    """The email to the client with the handout attached, ready to send or to save as a draft.

    Unicode names are encoded the standard way (RFC 2047 in the subject and
    names, RFC 2231 for the attachment's file name), so "Σοφία" and "Zoë"
    arrive intact.  A draft (``draft=True``) carries ``X-Unsent: 1`` so mail
    programs open it ready to send, and may leave out the sender, which the
    mail program then fills in.

    Raises ``MailError`` ("address") for a missing or wrong client address and
    ("sender") when no usable sender is set up.  A real send uses
    ``smtp.send_message``.
    """
    to = check_recipient(client_email)
    if not pdf_bytes.startswith(b"%PDF-"):
        raise ValueError("pdf_bytes must be the rendered handout (a PDF file's bytes)")
    from_email = sender_address(clinic, sender)
    if from_email and check_email(from_email):
        raise MailError(
            FailureKind.SENDER,
            f"The sender address “{from_email}” {check_email(from_email)}. Correct it in Clinic settings → Email.",
        )
    if not from_email and not draft:
        raise MailError(
            FailureKind.SENDER,
            "No sender address is set. Enter the clinic's email address, or the sender in Clinic settings → Email.",
        )

    message = EmailMessage()
    if from_email:
        message["From"] = _address(clinic.name, from_email)
    message["To"] = _address(client_name, to) if client_name.strip() else to
    if clinic.email and from_email and clinic.email.lower() != from_email.lower():
        # Replies should reach the clinic even when the mail goes out through another account.
        message["Reply-To"] = _address(clinic.name, clinic.email)
    message["Subject"] = one_line(subject) or DEFAULT_SUBJECT_WHEN_EMPTY
    message["Date"] = format_datetime(date or dt.datetime.now().astimezone())
    # A domain of our own: make_msgid() without one asks DNS for this computer's name, which can hang offline.
    message["Message-ID"] = message_id or make_msgid(domain=_message_id_domain(from_email))
    message["X-Mailer"] = PROGRAM_NAME
    if draft:
        message["X-Unsent"] = "1"
    text = body.replace("\r\n", "\n").replace("\r", "\n")
    # Quoted-printable keeps accented letters safe through any server, even one without 8-bit support.
    message.set_content(text.rstrip("\n") + "\n", charset="utf-8", cte="quoted-printable")
    message.add_attachment(pdf_bytes, maintype="application", subtype="pdf", filename=attachment_name)
    for attachment in message.iter_attachments():
        # Some older mail programs read the name from Content-Type rather than Content-Disposition.
        attachment.set_param("name", attachment_name)
    return message


def attachment_of(message: EmailMessage) -> tuple[str, bytes] | None:
    """The first attached file of a message: ``(file name, bytes)``, or None when it has none."""
    for part in message.iter_attachments():
        payload = part.get_payload(decode=True)
        if isinstance(payload, bytes):
            return part.get_filename() or "attachment.pdf", payload
    return None


def plain_body(message: EmailMessage) -> str:
    """The message's text, as the client will read it."""
    part = message.get_body(preferencelist=("plain",))
    if part is None:
        return ""
    content = part.get_content()
    return content if isinstance(content, str) else ""
