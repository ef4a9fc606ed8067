"""Emailing the handout: compose the message, send it by SMTP, hand a draft to the mail program, keep an outbox.

No window here: the email dialog, the outbox view and the ``email`` and
``outbox`` command-line verbs call these functions, and every failure comes back as a ``MailError`` with a
plain message saying what to do.

The names below are imported when first used, so making a handout (which only needs a file name from
``compose``) does not load the mail program, SMTP and keyring modules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from designer.lazy import lazy_exports

if TYPE_CHECKING:
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

_HOMES = {
    "FailureKind": "errors",
    "MailError": "errors",
    "Outbox": "outbox",
    "OutboxEntry": "outbox",
    "PLACEHOLDERS": "compose",
    "attachment_name": "compose",
    "check_settings": "smtp",
    "compose_message": "compose",
    "delete_password": "passwords",
    "due": "retry",
    "fill_placeholders": "compose",
    "fill_templates": "compose",
    "get_password": "passwords",
    "hand_to_any_mail_program": "mailto",
    "keyring_available": "passwords",
    "mailto_url": "mailto",
    "next_try": "retry",
    "open_draft": "draft",
    "placeholder_values": "compose",
    "retry_outbox": "retry",
    "run_outbox_verb": "outbox_verb",
    "send_message": "smtp",
    "set_password": "passwords",
    "show_in_folder": "draft",
    "sign_in": "signin",
    "sign_out": "signin",
    "signed_in_account": "signin",
    "unknown_placeholders": "compose",
    "uses_sign_in": "signin",
    "write_draft": "draft",
}


__getattr__ = lazy_exports(__name__, _HOMES, globals())


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
