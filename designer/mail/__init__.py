"""Emailing the handout: compose the message, send it by SMTP, hand a draft to the mail program, keep an outbox.

No window here: the email dialog, the outbox view and the ``email`` and
``outbox`` command-line verbs call these functions, and every failure comes back as a ``MailError`` with a
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
from .mailto import hand_to_any_mail_program, mailto_url
from .outbox import Outbox, OutboxEntry
from .outbox_verb import run_outbox_verb
from .passwords import delete_password, get_password, keyring_available, set_password
from .retry import due, next_try, retry_outbox
from .signin import sign_in, sign_out, signed_in_account, uses_sign_in
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
    "due",
    "fill_placeholders",
    "fill_templates",
    "get_password",
    "hand_to_any_mail_program",
    "keyring_available",
    "mailto_url",
    "next_try",
    "open_draft",
    "placeholder_values",
    "retry_outbox",
    "run_outbox_verb",
    "send_message",
    "set_password",
    "show_in_folder",
    "sign_in",
    "sign_out",
    "signed_in_account",
    "unknown_placeholders",
    "uses_sign_in",
    "write_draft",
]
