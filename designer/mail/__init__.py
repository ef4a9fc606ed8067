"""Emailing the handout: compose the message, send it by SMTP, hand a draft to the mail program, keep an outbox.

No window here: the email dialog and the ``email`` command-line verb call
these functions, and every failure comes back as a ``MailError`` with a
plain message saying what to do.
"""

from .compose import (
    PLACEHOLDERS,
    attachment_name,
    compose_message,
    fill_placeholders,
    fill_templates,
    placeholder_values,
    unknown_placeholders,
)
from .draft import open_draft, show_in_folder, write_draft
from .errors import FailureKind, MailError
from .outbox import Outbox, OutboxEntry
from .passwords import delete_password, get_password, keyring_available, set_password
from .smtp import check_settings, send_message

__all__ = [
    "PLACEHOLDERS",
    "FailureKind",
    "MailError",
    "Outbox",
    "OutboxEntry",
    "attachment_name",
    "check_settings",
    "compose_message",
    "delete_password",
    "fill_placeholders",
    "fill_templates",
    "get_password",
    "keyring_available",
    "open_draft",
    "placeholder_values",
    "send_message",
    "set_password",
    "show_in_folder",
    "unknown_placeholders",
    "write_draft",
]
