"""A client of the clinic: who a plan is for and where to send it."""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .errors import Problems, ValidationError
from .fields import read_str, read_str_list
from .precautions import CONDITIONS

# Deliberately simple: one @, something before it, a dotted domain after it, no spaces.
# Full RFC 5322 checking rejects nothing a therapist mistypes that this does not.
EMAIL = re.compile(r"^[^@\s<>(),;:\"\[\]]+@[^@\s<>(),;:\"\[\]]+\.[^@\s<>(),;:\"\[\]]{2,}$")
PHONE = re.compile(r"^[+()0-9 .\-/]{5,30}$")


def new_id() -> str:
    """A short random id, safe as a file name."""
    return uuid.uuid4().hex[:12]


def is_email(text: str) -> bool:
    return bool(EMAIL.match(text)) and len(text) <= 254 and ".." not in text


def check_email(text: str) -> str | None:
    """Why an email address will not work, or None when it looks right."""
    if not text:
        return None
    if is_email(text):
        return None
    if "@" not in text:
        return "is not an email address (it has no @)"
    return "is not a valid email address (check for spaces or a missing dot)"


def check_phone(text: str) -> str | None:
    if not text or PHONE.match(text):
        return None
    return "should contain only digits, spaces, + ( ) - and ."


def check_contact(found: Problems, email: str, phone: str) -> None:
    """Add a problem for an email address or phone number that will not work."""
    for key, problem in (("email", check_email(email)), ("phone", check_phone(phone))):
        if problem:
            found.add(key, problem)


def check_conditions(found: Problems, conditions: tuple[str, ...]) -> None:
    """Add a problem for a condition the designer does not know, or one given twice."""
    for index, condition in enumerate(conditions):
        if condition not in CONDITIONS:
            found.add(f"conditions[{index}]", f'"{condition}" is not one of {", ".join(CONDITIONS)}')
        elif condition in conditions[:index]:
            found.add(f"conditions[{index}]", f'"{condition}" is given twice')


@dataclass(frozen=True)
class Client:
    """A person the clinic writes plans for."""

    name: str
    email: str = ""
    phone: str = ""
    notes: str = ""
    id: str = field(default_factory=new_id)
    archived: bool = False  # put away: out of the everyday list, kept whole, and restorable
    # Conditions with precautions (ids of ``CONDITIONS``): exercises that ask for a movement one forbids are flagged.
    conditions: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        found = Problems()
        if not self.name.strip():
            found.add("name", "must not be empty")
        check_contact(found, self.email, self.phone)
        check_conditions(found, self.conditions)
        if not re.fullmatch(r"[A-Za-z0-9_-]{1,64}", self.id):
            found.add("id", "must be letters, digits, - or _")
        found.raise_if_any()

    @property
    def first_name(self) -> str:
        parts = self.name.split()
        return parts[0] if parts else self.name

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "name": self.name,
            "email": self.email,
            "phone": self.phone,
            "notes": self.notes,
        }
        if self.archived:
            data["archived"] = True  # only when set, so files of clients in everyday use stay as they were
        if self.conditions:
            data["conditions"] = list(self.conditions)  # likewise only when there are any
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, keep_id: bool = True) -> Client:
        if not isinstance(data, Mapping):
            raise ValidationError("a client must be an object")
        found = Problems()
        name = read_str(data, "name", found, required=True)
        email = read_str(data, "email", found)
        phone = read_str(data, "phone", found)
        notes = read_str(data, "notes", found, multiline=True)
        client_id = read_str(data, "id", found) if keep_id else ""
        if email and check_email(email):
            found.add("email", check_email(email) or "")
        if phone and check_phone(phone):
            found.add("phone", check_phone(phone) or "")
        if client_id and not re.fullmatch(r"[A-Za-z0-9_-]{1,64}", client_id):
            found.add("id", "must be letters, digits, - or _")
        archived = data.get("archived", False)
        if not isinstance(archived, bool):
            found.add("archived", "must be true or false")
        conditions = tuple(read_str_list(data, "conditions", found, multiline=False, limit=80))
        check_conditions(found, conditions)
        found.raise_if_any()
        return cls(
            name=name,
            email=email,
            phone=phone,
            notes=notes,
            id=client_id or new_id(),
            archived=archived is True,
            conditions=conditions,
        )
