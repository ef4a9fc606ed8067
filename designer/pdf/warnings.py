"""What the therapist should know about a handout just made, as typed values.

A warning is still a sentence (``HandoutWarning`` is a ``str``), so the window's
banner and the command line print it as before; its ``kind`` says what it is
about, so a caller can act on one kind (the command line stops on characters
that cannot be printed unless told to allow them), and ``characters`` names
those characters.
"""

from __future__ import annotations

from enum import StrEnum


class WarningKind(StrEnum):
    """What a warning is about."""

    MISSING_CHARACTERS = "missing-characters"  # letters or symbols no bundled font can draw
    PLACEHOLDER_CLINIC_NAME = "placeholder-clinic-name"  # the clinic is still called "Your Clinic"
    NO_LOGO = "no-logo"  # the clinic has no logo set
    EMPTY_PLAN = "empty-plan"  # a plan with no exercises
    NO_CONTACT = "no-contact"  # no booking link, phone or email
    BAD_LINK = "bad-link"  # a booking link that is not a web address
    LOGO_PROBLEM = "logo-problem"  # a logo file that could not be used
    PICTURE_PROBLEM = "picture-problem"  # an exercise picture that could not be used
    COMPACT_FIT = "compact-fit"  # the compact page shortened notes, left out key points, or took two pages
    OTHER = "other"


class HandoutWarning(str):
    """A sentence for the therapist, with its ``kind`` and, for missing characters, the ``characters``.

    ``command`` is the command line's way to put it right ("python main.py clinic --set logo=FILE"): the
    sentence itself (what the command line prints) ends ", or with: COMMAND", and ``in_window`` is the
    sentence without it, for the window, where a therapist uses the menus.
    """

    kind: WarningKind
    characters: tuple[str, ...]
    message: str  # the sentence as given, without the command line's way
    command: str

    def __new__(
        cls, message: str, kind: WarningKind = WarningKind.OTHER, characters: tuple[str, ...] = (), command: str = ""
    ) -> HandoutWarning:
        warning = super().__new__(cls, f"{message}, or with: {command}" if command else message)
        warning.kind = kind
        warning.characters = tuple(characters)
        warning.message = message
        warning.command = command
        return warning

    @property
    def in_window(self) -> str:
        """The sentence for the window: without the command line's way, ending in a full stop."""
        return self.message if self.message.endswith((".", "!", "?")) else self.message + "."

    def __reduce__(self) -> tuple[object, ...]:  # the window renders on a worker and may pass warnings along
        return (HandoutWarning, (self.message, self.kind, self.characters, self.command))


__all__ = ["HandoutWarning", "WarningKind"]
