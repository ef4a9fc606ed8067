"""The clinic's profile: its name, look, contact and booking details, and how it sends email.

The profile brands every handout.  A tasteful default is used until the
clinic sets up its own.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from enum import Enum, StrEnum
from typing import Any

from .client import check_contact
from .errors import Problems, ValidationError
from .fields import as_int, read_int, read_str
from .mail_settings import Delivery, MailSettings, Security, SignIn
from .warning_signs import BACK_ONLY_GET_HELP, DEFAULT_GET_HELP

EXERCISE_ID = r"[a-z0-9]+(?:-[a-z0-9]+)*"  # as domain.exercise.EXERCISE_ID (kept here: the domain imports stay flat)
COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
SAFE_LINK = re.compile(r"^(https?://[^\s<>\"]+|mailto:[^\s<>\"]+|tel:[+0-9()\-. ]+)$", re.IGNORECASE)
# Backups hold client data, so they are kept by age: a month by default, at least a week, at most ten years.
KEEP_BACKUPS_DAYS = 30
KEEP_BACKUPS_RANGE = (7, 3650)
INSTAGRAM_HANDLE = re.compile(r"^@?[A-Za-z0-9._]{1,30}$")


class Layout(StrEnum):
    """How the handout is laid out."""

    DETAILED = "detailed"
    COMPACT = "compact"
    LARGE_PRINT = "large-print"

    @property
    def label(self) -> str:
        return {"detailed": "Detailed", "compact": "Compact (one page)", "large-print": "Large print"}[self.value]

    @classmethod
    def parse(cls, text: str) -> Layout:
        cleaned = text.strip().lower().replace("_", "-").replace(" ", "-")
        for layout in cls:
            if layout.value == cleaned:
                return layout
        raise ValueError("must be detailed, compact or large-print")


class PaperSize(StrEnum):
    A4 = "a4"
    LETTER = "letter"

    @property
    def label(self) -> str:
        return "A4" if self is PaperSize.A4 else "US Letter"

    @classmethod
    def parse(cls, text: str) -> PaperSize:
        cleaned = text.strip().lower().replace(" ", "").replace("us", "")
        if cleaned in ("a4",):
            return cls.A4
        if cleaned in ("letter",):
            return cls.LETTER
        raise ValueError("must be a4 or letter")


def is_safe_link(text: str) -> bool:
    """Only web, mail and phone links may become clickable in a handout."""
    return bool(SAFE_LINK.match(text.strip()))


def check_web_link(text: str) -> str | None:
    if not text:
        return None
    if not re.match(r"^https?://[^\s<>\"/]+\.[^\s<>\"]+$", text, re.IGNORECASE):
        return "must be a web address starting with http:// or https://"
    return None


def check_colour(text: str) -> str | None:
    if COLOUR.match(text):
        return None
    return "must be a colour like #2A7F62 (a # and six hexadecimal digits)"


def instagram_link(handle_or_link: str) -> str:
    """The web address of an Instagram handle or link ("" when there is none)."""
    text = handle_or_link.strip()
    if not text:
        return ""
    if text.lower().startswith(("http://", "https://")):
        return text
    return f"https://www.instagram.com/{text.lstrip('@')}/"


def instagram_handle(handle_or_link: str) -> str:
    """ "@springbackrehab" from a handle or from an instagram.com link."""
    text = handle_or_link.strip()
    match = re.match(r"^https?://(?:www\.)?instagram\.com/([A-Za-z0-9._]+)", text, re.IGNORECASE)
    if match:
        return "@" + match.group(1)
    return "@" + text.lstrip("@") if text else ""


DEFAULT_ADVICE = (
    "You are not fragile. Your body is strong and made to move, and every session shows it a little more.\n"
    "If a movement feels unsure, reduce the range or slow it down. A smaller, slower movement still counts.\n"
    "Some discomfort while you exercise is fine: up to about 3 out of 10, settling within a day. "
    "Sharp, spreading or worsening pain means stop that exercise and tell us at your next visit.\n"
    "Breathe steadily throughout. Little and often beats a lot once in a while."
)


@dataclass(frozen=True)
class Clinic:
    """The clinic's profile: it brands every handout and email."""

    name: str = "Your Clinic"
    therapist: str = ""
    logo: str = ""  # file name of the imported logo in the data folder; "" for none
    colour: str = "#2A6F6B"  # the main brand colour: headings, rules, illustrations' accent
    accent_colour: str = "#E8F1EF"  # a pale tint for panels
    address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    booking_link: str = ""
    instagram: str = ""
    advice: str = DEFAULT_ADVICE
    # The clinic's lines of the "Get help now" box: signs for every handout, one a line, what to do last.
    # The signs of the plan's body regions come before them (see domain/warning_signs.py).
    get_help: str = DEFAULT_GET_HELP
    # Video links for built-in exercises, which the clinic cannot edit: exercise id -> the clinic's film.
    video_links: Mapping[str, str] = field(default_factory=dict)
    paper: PaperSize = PaperSize.A4
    default_layout: Layout = Layout.DETAILED
    mail: MailSettings = field(default_factory=MailSettings)
    # How long backups are kept: daily snapshots of the data, and the set-aside copies of deleted clients.
    keep_backups_days: int = KEEP_BACKUPS_DAYS

    def __post_init__(self) -> None:
        found = Problems()
        self._collect(found)
        found.raise_if_any()

    def _collect(self, found: Problems) -> None:
        if not self.name.strip():
            found.add("name", "must not be empty")
        if not self.advice.strip():
            found.add("advice", "must not be empty: every handout carries the clinic's standing advice")
        if not self.get_help.strip():
            found.add("get_help", "must not be empty: every handout says which symptoms need help now")
        for exercise_id, link in self.video_links.items():
            problem = check_web_link(link) or (None if re.fullmatch(EXERCISE_ID, exercise_id) else "bad id")
            if problem:
                found.add(f"video_links.{exercise_id}", problem)
        for key in ("colour", "accent_colour"):
            problem = check_colour(getattr(self, key))
            if problem:
                found.add(key, problem)
        for key in ("website", "booking_link"):
            problem = check_web_link(getattr(self, key))
            if problem:
                found.add(key, problem)
        check_contact(found, self.email, self.phone)
        if self.instagram:
            link = self.instagram.strip()
            if link.lower().startswith(("http://", "https://")):
                if not re.match(r"^https?://(www\.)?instagram\.com/[A-Za-z0-9._]+/?$", link, re.IGNORECASE):
                    found.add("instagram", "must be a handle like @springbackrehab or an instagram.com link")
            elif not INSTAGRAM_HANDLE.match(link):
                found.add("instagram", "must be a handle like @springbackrehab or an instagram.com link")
        low, high = KEEP_BACKUPS_RANGE
        if not low <= self.keep_backups_days <= high:
            found.add("keep_backups_days", f"must be between {low} and {high} days")
        if self.logo and not re.fullmatch(r"[0-9a-f]{16,64}\.png", self.logo):
            found.add("logo", "must be imported with the logo setting, not typed")

    @property
    def instagram_link(self) -> str:
        return instagram_link(self.instagram)

    @property
    def instagram_handle(self) -> str:
        return instagram_handle(self.instagram)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        for item in fields(self):
            value = getattr(self, item.name)
            if isinstance(value, Enum):
                value = value.value
            elif isinstance(value, MailSettings):
                value = value.to_dict()
            elif item.name == "video_links":
                value = dict(value)
            data[item.name] = value
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Clinic:
        if not isinstance(data, Mapping):
            raise ValidationError("the clinic profile must be an object")
        found = Problems()
        base = cls()
        values: dict[str, Any] = {}
        for key in (
            "name",
            "therapist",
            "logo",
            "colour",
            "accent_colour",
            "address",
            "phone",
            "email",
            "website",
            "booking_link",
            "instagram",
        ):
            values[key] = read_str(data, key, found, default=getattr(base, key))
        values["advice"] = read_str(data, "advice", found, default=base.advice, multiline=True, limit=5_000)
        get_help = read_str(data, "get_help", found, default=base.get_help, multiline=True, limit=2_000)
        # The old back-only default: the back's signs now come with the back's exercises, so it becomes today's.
        values["get_help"] = DEFAULT_GET_HELP if get_help.strip() == BACK_ONLY_GET_HELP else get_help
        links = data.get("video_links") or {}
        if isinstance(links, Mapping) and all(isinstance(k, str) and isinstance(v, str) for k, v in links.items()):
            values["video_links"] = {key: value.strip() for key, value in links.items() if value.strip()}
        else:
            found.add("video_links", "must map exercise ids to web addresses")
        try:
            values["paper"] = PaperSize.parse(str(data.get("paper", base.paper.value)))
        except ValueError as error:
            found.add("paper", str(error))
        try:
            values["default_layout"] = Layout.parse(str(data.get("default_layout", base.default_layout.value)))
        except ValueError as error:
            found.add("default_layout", str(error))
        low, high = KEEP_BACKUPS_RANGE
        days = read_int(data, "keep_backups_days", found, low=low, high=high, default=KEEP_BACKUPS_DAYS)
        values["keep_backups_days"] = KEEP_BACKUPS_DAYS if days is None else days
        mail_data = data.get("mail") or {}
        if isinstance(mail_data, Mapping):
            try:
                values["mail"] = MailSettings.from_dict(mail_data)
            except ValidationError as error:
                found.extend(error, "mail")
        else:
            found.add("mail", "must be an object")
        found.raise_if_any()
        try:
            return cls(**values)
        except ValidationError as error:
            raise error from None

    def with_setting(self, key: str, value: str) -> Clinic:
        """A copy with one setting changed from text, as typed on the command line or in a form.

        Raises ``ValidationError`` naming the key and saying what a good value looks like.
        """
        key = key.strip().lower().replace("-", "_")
        if key == "color":
            key = "colour"
        if key.startswith("mail.") or key.startswith("smtp_") or key in ("delivery", "security", "sender"):
            mail_key = key.removeprefix("mail.").removeprefix("smtp_")
            mail_data = self.mail.to_dict()
            if mail_key not in mail_data:
                raise ValidationError(f"{key}: is not a mail setting (try host, port, security, user, sender)")
            mail_data[mail_key] = as_int(value) if mail_key in ("port", "timeout_seconds") and as_int(value) else value
            try:
                return replace(self, mail=MailSettings.from_dict(mail_data))
            except ValidationError as error:
                raise error.prefixed("mail") from None
        if key.startswith("video_links.") or key.startswith("video."):
            exercise_id = key.split(".", 1)[1].replace("_", "-")
            links = dict(self.video_links)
            if value.strip():
                links[exercise_id] = value.strip()
            else:
                links.pop(exercise_id, None)
            return Clinic.from_dict({**self.to_dict(), "video_links": links})
        names = {item.name for item in fields(self)} - {"mail", "logo", "video_links"}
        if key not in names:
            known = ", ".join(sorted(names))
            raise ValidationError(f"{key}: is not a clinic setting (known settings: {known}, logo)")
        data = self.to_dict()
        data[key] = value.replace("\\n", "\n") if key in ("advice", "get_help") else value
        if key == "colour" and value and not value.startswith("#"):
            data[key] = "#" + value
        return Clinic.from_dict(data)


__all__ = [
    "DEFAULT_GET_HELP",
    "Clinic",
    "Delivery",
    "Layout",
    "MailSettings",
    "PaperSize",
    "Security",
    "SignIn",
    "check_colour",
    "check_web_link",
    "instagram_handle",
    "instagram_link",
    "is_safe_link",
]
