"""Reading a large JSON object as a stream: one top-level value at a time, and one entry of a list at a time.

An export of a clinic's every plan is a few hundred megabytes at 100,000 plans; reading it whole would hold the
text, and every parsed object, at once.  ``read_object`` walks the top-level object instead and hands out each
value (and each element of the one list named by ``list_key``) as soon as it is parsed, with its path
(``plans[3]``).  Each piece has a size cap, so a hostile file cannot make us hold more than one piece at a time.

Two things plain ``json.loads`` lets through are refused here, with their path: a key given twice in one object
(the later silently won), and a whole number with more digits than any field could hold (Python's own limit
raised an error with no path).  Imports nothing of ours, like ``safe_files``.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any

CHUNK_CHARS = 1 << 20
# More digits than this is no count, weight or duration a plan could hold (and int() of 4,300+ raises).
MAX_NUMBER_DIGITS = 30


class StreamProblem(Exception):
    """The file is not JSON we can read; ``message`` says why in plain words (the caller adds the file name)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class TooLarge(StreamProblem):
    """One piece of the file is larger than its cap."""


@dataclass(frozen=True)
class Flaw:
    """A problem found inside a value that did parse: its path within the value, and what is wrong."""

    path: str
    message: str


class _DuplicateKeys(dict[str, Any]):
    """An object in which a key was given twice (the keys are kept for the message)."""

    repeated: list[str]


@dataclass(frozen=True)
class _HugeNumber:
    digits: int


# How many flaws the decoder has met so far: a value read without this changing needs no walk for them.
# (Module-wide, so two threads reading at once may walk a value for nothing; never miss one.)
_flaws_met = [0]


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    repeated: list[str] = []
    for key, value in pairs:
        if key in result:
            repeated.append(key)
        result[key] = value
    if not repeated:
        return result
    _flaws_met[0] += 1
    marked = _DuplicateKeys(result)
    marked.repeated = repeated
    return marked


def _integer(text: str) -> int | _HugeNumber:
    digits = len(text.lstrip("-"))
    if digits > MAX_NUMBER_DIGITS:
        _flaws_met[0] += 1
    return _HugeNumber(digits) if digits > MAX_NUMBER_DIGITS else int(text)


_DECODER = json.JSONDecoder(object_pairs_hook=_object, parse_int=_integer)


def flaws(value: Any, path: str = "") -> list[Flaw]:
    """Repeated keys and out-of-range numbers anywhere in ``value``, each with its path."""
    found: list[Flaw] = []
    if isinstance(value, dict):
        if isinstance(value, _DuplicateKeys):
            for key in value.repeated:
                found.append(Flaw(_join(path, key), "is given more than once in one object; keep one"))
        for key, item in value.items():
            found.extend(flaws(item, _join(path, key)))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found.extend(flaws(item, f"{path}[{index}]"))
    elif isinstance(value, _HugeNumber):
        found.append(Flaw(path, f"is a number with {value.digits} digits, far out of range"))
    return found


def flaws_met() -> int:
    """A count that grows whenever the decoder meets a flaw: compare it before and after reading a value."""
    return _flaws_met[0]


def has_flaws(value: Any) -> bool:
    if isinstance(value, dict):
        return isinstance(value, _DuplicateKeys) or any(has_flaws(item) for item in value.values())
    if isinstance(value, list):
        return any(has_flaws(item) for item in value)
    return isinstance(value, _HugeNumber)


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


class _Text:
    """The file's text, decoded chunk by chunk, with the position of what is read next."""

    def __init__(self, handle: IO[bytes]) -> None:
        self.handle = handle
        self.decoder = codecs.getincrementaldecoder("utf-8-sig")()
        self.buffer = ""
        self.position = 0
        self.lines_before = 0  # newlines in the text already dropped from the buffer
        self.dropped = 0  # characters already dropped from the buffer
        self.ended = False

    def more(self) -> bool:
        if self.ended:
            return False
        if self.position > CHUNK_CHARS:
            self.lines_before += self.buffer.count("\n", 0, self.position)
            self.dropped += self.position
            self.buffer = self.buffer[self.position :]
            self.position = 0
        raw = self.handle.read(CHUNK_CHARS)
        try:
            self.buffer += self.decoder.decode(raw, final=not raw)
        except UnicodeDecodeError:
            raise StreamProblem("is not a text file in UTF-8; export it again as JSON") from None
        self.ended = not raw
        return True

    @property
    def offset(self) -> int:
        return self.dropped + self.position

    def next_char(self) -> str:
        """The next character that is not white space ("" at the end), without taking it."""
        while True:
            while self.position < len(self.buffer) and self.buffer[self.position] in " \t\r\n":
                self.position += 1
            if self.position < len(self.buffer):
                return self.buffer[self.position]
            if not self.more():
                return ""

    def take(self, expected: str, context: str) -> None:
        char = self.next_char()
        if char != expected:
            self.fail(f"expected '{expected}' {context}")
        self.position += 1

    def value(self, cap: int, what: str) -> Any:
        """The next JSON value, read more of the file until it is whole (at most ``cap`` characters)."""
        self.next_char()
        while True:
            try:
                value, end = _DECODER.raw_decode(self.buffer, self.position)
            except json.JSONDecodeError as error:
                if self.ended:
                    self.fail(error.msg, error.pos)
                value, end = None, -1
            except RecursionError:
                raise StreamProblem("is nested too deeply to be a plan file") from None
            # A value that ends exactly where the text read so far ends may go on (a number, say).
            whole = end >= 0 and (end < len(self.buffer) or self.ended)
            if (end if whole else len(self.buffer)) - self.position > cap:
                raise TooLarge(f"is too large for a plan file ({what} is over {cap // 1024} KB)")
            if whole:
                self.position = end
                return value
            self.more()

    def fail(self, message: str, at: int | None = None) -> None:
        at = self.position if at is None else at
        line = self.lines_before + self.buffer.count("\n", 0, at) + 1
        column = at - self.buffer.rfind("\n", 0, at)
        raise StreamProblem(f"is not valid JSON (line {line}, column {column}: {message})")


def read_object(handle: IO[bytes], *, list_key: str | None, cap: int) -> Iterator[tuple[str, Any]]:
    """Yield ``(path, value)`` for each member of the top-level object; the list under ``list_key`` is not
    yielded whole but element by element (``plans[0]``, ``plans[1]``, ...), then ``(list_key + "[]", None)`` at its end.

    The values outside that list together, and each of its elements, are at most ``cap`` characters.  A file
    whose top level is not an object yields ``("", value)`` once.  Raises ``StreamProblem``.
    """
    text = _Text(handle)
    first = text.next_char()
    if text.offset > cap:
        raise TooLarge(f"is too large for a plan file (over {cap // 1024} KB before it starts)")
    if first != "{":
        yield "", text.value(cap, "the file")
        if text.next_char():
            text.fail("extra data after the end")
        return
    text.position += 1
    seen: set[str] = set()
    outside = 0
    while True:
        char = text.next_char()
        if char == "}" and not seen:
            text.position += 1
            break
        start = text.offset
        key = text.value(cap, "a name")
        if not isinstance(key, str):
            text.fail("expected a name in double quotes")
        if key in seen:
            raise StreamProblem(f"{key}: is given more than once in the file; keep one")
        seen.add(key)
        text.take(":", f'after "{key}"')
        if list_key is not None and key == list_key and text.next_char() == "[":
            text.position += 1
            index = 0
            if text.next_char() == "]":
                text.position += 1
            else:
                while True:
                    yield f"{list_key}[{index}]", text.value(cap, f"{list_key}[{index}]")
                    index += 1
                    char = text.next_char()
                    text.position += 1
                    if char == "]":
                        break
                    if char != ",":
                        text.fail(f"expected ',' or ']' after {list_key}[{index - 1}]", text.position - 1)
            yield f"{list_key}[]", None  # the end of the list
        else:
            yield key, text.value(max(0, cap - outside), f'"{key}"')
            outside += text.offset - start
        if outside > cap:
            raise TooLarge(f"is too large for a plan file (over {cap // 1024} KB besides its plans)")
        char = text.next_char()
        text.position += 1
        if char == "}":
            break
        if char != ",":
            text.fail("expected ',' or '}'", text.position - 1)
    if text.next_char():
        text.fail("extra data after the end")
