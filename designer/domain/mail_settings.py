"""How the clinic sends handouts by email: the delivery route, the server, the sign-in and the message.

The password is never kept here (it lives in the system keyring), and OAuth tokens live with the mail code.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Any

from .client import check_email
from .errors import Problems
from .fields import read_int, read_str


class Delivery(StrEnum):
    """How the handout reaches the client by email."""

    SMTP = "smtp"
    MAIL_PROGRAM = "mail-program"
    SAVE_ONLY = "save-only"


class Security(StrEnum):
    SSL = "ssl"
    STARTTLS = "starttls"
    NONE = "none"


class SignIn(StrEnum):
    """How the designer signs in to the mail server: a password, or the account's own sign-in page (OAuth2)."""

    PASSWORD = "password"
    MICROSOFT = "microsoft"
    GOOGLE = "google"


# A Microsoft tenant: "common", "organizations", a domain or a directory id; or a full https sign-in address.
_TENANT = re.compile(r"^([A-Za-z0-9][A-Za-z0-9.\-]{0,99}|https://[^\s<>\"]+)$")


DEFAULT_SUBJECT = "Your exercise plan: {plan_title}"
DEFAULT_BODY = (
    "Dear {first_name},\n\n"
    'Thank you for coming in today. Your exercise plan, "{plan_title}", is attached as a PDF '
    "so you can print it or keep it on your phone.\n\n"
    "If a movement feels unsure, reduce the range or slow it down. You are not fragile.\n\n"
    "When you are ready for your next session, you can book here: {booking_link}\n\n"
    "Best wishes,\n{therapist}\n{clinic_name}"
)


@dataclass(frozen=True)
class MailSettings:
    """How the clinic sends handouts.  The password is never kept here (it lives in the system keyring)."""

    delivery: Delivery = Delivery.SAVE_ONLY
    host: str = ""
    port: int = 587
    security: Security = Security.STARTTLS
    user: str = ""
    sender: str = ""
    subject: str = DEFAULT_SUBJECT
    body: str = DEFAULT_BODY
    timeout_seconds: int = 30
    sign_in: SignIn = SignIn.PASSWORD
    account: str = ""  # the Microsoft or Google account signed in (shown; its tokens live in the keyring)
    microsoft_client_id: str = ""  # "" = the designer's own app registration (designer.mail.providers)
    microsoft_tenant: str = "common"
    google_client_id: str = ""  # "" = the designer's own Google desktop client
    google_client_secret: str = ""  # Google calls it a secret, but a desktop client's cannot be kept secret

    def problems(self) -> list[str]:
        found = Problems()
        self._collect(found)
        return [str(p) for p in found.items]

    def _collect(self, found: Problems) -> None:
        if not 1 <= self.port <= 65535:
            found.add("port", "must be between 1 and 65535")
        if self.sender and check_email(self.sender):
            found.add("sender", check_email(self.sender) or "")
        if self.host and not re.fullmatch(r"[A-Za-z0-9.\-:\[\]]{1,253}", self.host):
            found.add("host", "must be a server name like smtp.example.com")
        if self.security is Security.NONE and self.host and not is_local_host(self.host):
            found.add("security", "none is only allowed for a mail server on this computer (use ssl or starttls)")
        if not 1 <= self.timeout_seconds <= 600:
            found.add("timeout_seconds", "must be between 1 and 600")
        if not _TENANT.match(self.microsoft_tenant):
            found.add("microsoft_tenant", "must be common, organizations, your domain or directory id")
        for key in ("microsoft_client_id", "google_client_id", "google_client_secret"):
            if re.search(r"\s", getattr(self, key)):
                found.add(key, "must not contain spaces (copy it again from the app registration)")

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["delivery"] = self.delivery.value
        data["security"] = self.security.value
        data["sign_in"] = self.sign_in.value
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> MailSettings:
        found = Problems()
        base = cls()
        try:
            delivery = Delivery(str(data.get("delivery", base.delivery.value)))
        except ValueError:
            found.add("delivery", "must be smtp, mail-program or save-only")
            delivery = base.delivery
        try:
            security = Security(str(data.get("security", base.security.value)).lower())
        except ValueError:
            found.add("security", "must be ssl, starttls or none")
            security = base.security
        try:
            sign_in = SignIn(str(data.get("sign_in", base.sign_in.value)).lower())
        except ValueError:
            found.add("sign_in", "must be password, microsoft or google")
            sign_in = base.sign_in
        port = read_int(data, "port", found, low=1, high=65535, default=base.port)
        timeout = read_int(data, "timeout_seconds", found, low=1, high=600, default=base.timeout_seconds)
        settings = cls(
            delivery=delivery,
            host=read_str(data, "host", found),
            port=port if port is not None else base.port,
            security=security,
            user=read_str(data, "user", found),
            sender=read_str(data, "sender", found),
            subject=read_str(data, "subject", found, default=base.subject, limit=500),
            body=read_str(data, "body", found, default=base.body, multiline=True),
            timeout_seconds=timeout if timeout is not None else base.timeout_seconds,
            sign_in=sign_in,
            account=read_str(data, "account", found),
            microsoft_client_id=read_str(data, "microsoft_client_id", found),
            microsoft_tenant=read_str(data, "microsoft_tenant", found, default=base.microsoft_tenant) or "common",
            google_client_id=read_str(data, "google_client_id", found),
            google_client_secret=read_str(data, "google_client_secret", found),
        )
        settings._collect(found)
        found.raise_if_any()
        return settings


def is_local_host(host: str) -> bool:
    return host in ("localhost", "::1", "[::1]") or host.startswith("127.")
