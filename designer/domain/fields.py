"""Reading typed fields out of plain dictionaries, with path-precise problems.

Used by every ``from_dict`` in the domain so that an imported file, a stored
record and a command-line value are all checked the same way.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from typing import Any

from .errors import Problems

# Longest texts we accept.  Generous, so a therapist never has to shorten a note,
# but bounded, so a damaged or hostile file cannot make the handout thousands of pages.
SHORT_TEXT_LIMIT = 200
LONG_TEXT_LIMIT = 20_000

# Invisible control characters, including the bidirectional overrides and isolates (U+202A–U+202E,
# U+2066–U+2069) that can make a name display differently from what it is.  Right-to-left letters
# themselves are kept: they need no overrides to display correctly.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff]")
_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c]")
_SURROGATES = re.compile(r"[\ud800-\udfff]")


def clean_text(value: str, *, multiline: bool = True) -> str:
    """Text as the therapist meant it: invisible control characters removed.

    Line breaks are kept in multi-line fields and become spaces in one-line
    fields.  Printable characters, emoji and right-to-left text are kept as
    they are.
    """
    if value.isascii() and value.isprintable():
        # Plain printable ASCII (most of the built-in library, read at every start) has nothing to remove or
        # compose: skipping the three searches and the normalising makes reading the library about twice as fast.
        text = value
    else:
        text = _LINE_BREAKS.sub("\n", value)
        text = _SURROGATES.sub("", text)
        text = _CONTROL.sub("", text)
        text = unicodedata.normalize("NFC", text)
    if not multiline:
        text = " ".join(text.split())
    return text


def read_str(
    data: Mapping[str, Any],
    key: str,
    problems: Problems,
    *,
    default: str = "",
    required: bool = False,
    multiline: bool = False,
    limit: int | None = None,
) -> str:
    value = data.get(key)
    if value is None:
        if required:
            problems.add(key, "is required")
        return default
    if not isinstance(value, str):
        problems.add(key, f"must be text, not {type_name(value)}")
        return default
    text = clean_text(value, multiline=multiline).strip()
    if required and not text:
        problems.add(key, "must not be empty")
    max_len = limit if limit is not None else (LONG_TEXT_LIMIT if multiline else SHORT_TEXT_LIMIT)
    if len(text) > max_len:
        problems.add(key, f"is too long ({len(text)} characters; at most {max_len})")
    return text


def read_int(
    data: Mapping[str, Any],
    key: str,
    problems: Problems,
    *,
    low: int,
    high: int,
    default: int | None = None,
    required: bool = False,
) -> int | None:
    value = data.get(key)
    if value is None or value == "":
        if required:
            problems.add(key, "is required")
        return default
    number = as_int(value)
    if number is None:
        problems.add(key, f"must be a whole number, not {describe(value)}")
        return default
    if not low <= number <= high:
        problems.add(key, f"must be between {low} and {high}")
        return default
    return number


def as_int(value: Any) -> int | None:
    """A whole number from an int, a float like 3.0, or text like "3"; otherwise None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and re.fullmatch(r"\s*\d{1,9}\s*", value):
        return int(value)
    return None


def read_str_list(
    data: Mapping[str, Any],
    key: str,
    problems: Problems,
    *,
    multiline: bool = True,
    limit: int | None = None,
) -> list[str]:
    value = data.get(key)
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        problems.add(key, f"must be a list of text, not {type_name(value)}")
        return []
    result: list[str] = []
    for index, entry in enumerate(value):
        if not isinstance(entry, str):
            problems.add(f"{key}[{index}]", f"must be text, not {type_name(entry)}")
            continue
        text = clean_text(entry, multiline=multiline).strip()
        max_len = limit if limit is not None else 2_000
        if len(text) > max_len:
            problems.add(f"{key}[{index}]", f"is too long ({len(text)} characters; at most {max_len})")
            continue
        if text:
            result.append(text)
    return result


def read_mapping(data: Mapping[str, Any], key: str, problems: Problems) -> Mapping[str, Any]:
    value = data.get(key)
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        problems.add(key, f"must be an object, not {type_name(value)}")
        return {}
    return value


def read_list(data: Mapping[str, Any], key: str, problems: Problems) -> list[Any]:
    value = data.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        problems.add(key, f"must be a list, not {type_name(value)}")
        return []
    return value


def type_name(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def describe(value: Any) -> str:
    """A short quotation of a bad value for an error message."""
    if isinstance(value, str):
        shown = value if len(value) <= 30 else value[:27] + "..."
        return f'"{shown}"'
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return repr(value)
    return type_name(value)
