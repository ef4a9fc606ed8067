"""How heavy, in numbers: a weight in kilograms (or a range), an effort out of 10, and repetitions left in reserve.

A prescription's load can be words ("light kettlebell"), numbers, or both.  ``load_in_words`` is the one place
the handout's words for them are made: "2–4 kg", "effort about 6 out of 10", "hard enough that you could do
2–3 more".  Effort is the client's own sense of how hard a set feels, 0 (resting) to 10 (the hardest possible).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .fields import describe

KG_RANGE = (0.5, 300.0)
EFFORT_RANGE = (1, 10)
IN_RESERVE_RANGE = (0, 10)

_NUMBER = r"\d+(?:[.,]\d+)?"


def _kg_text(value: float) -> str:
    """2.0 -> "2", 2.5 -> "2.5" (a quarter-kilo plate is not a thing a home client has)."""
    return f"{value:g}"


@dataclass(frozen=True)
class Kilograms:
    """A weight, or a range of weights, in kilograms: 4, or 2–4, or 2.5–5."""

    low: float
    high: float

    @property
    def is_range(self) -> bool:
        return self.high != self.low

    def __str__(self) -> str:
        if self.is_range:
            return f"{_kg_text(self.low)}–{_kg_text(self.high)} kg"
        return f"{_kg_text(self.low)} kg"

    def to_json(self) -> float | int | str:
        if self.is_range:
            return f"{_kg_text(self.low)}-{_kg_text(self.high)}"
        return int(self.low) if self.low == int(self.low) else self.low

    @classmethod
    def parse(cls, value: Any) -> Kilograms:
        """Read 4, 2.5, "4", "2-4", "2–4 kg", "2,5" or [2, 4]; raise ValueError with a plain message."""
        numbers: list[float] | None = None
        if isinstance(value, bool):
            numbers = None
        elif isinstance(value, int | float):
            numbers = [float(value), float(value)]
        elif (
            isinstance(value, list)
            and len(value) == 2
            and all(isinstance(v, int | float) and not isinstance(v, bool) for v in value)
        ):
            numbers = [float(value[0]), float(value[1])]
        elif isinstance(value, str):
            text = value.strip().lower().removesuffix("kg").strip()
            found = re.fullmatch(rf"({_NUMBER})(?:\s*(?:[-–—]|to)\s*({_NUMBER}))?", text)
            if found:
                first = float(found.group(1).replace(",", "."))
                second = float(found.group(2).replace(",", ".")) if found.group(2) else first
                numbers = [first, second]
        if numbers is None:
            raise ValueError(f'must be kilograms, a number or a range like "2-4", not {describe(value)}')
        low, high = numbers
        if not (KG_RANGE[0] <= low <= KG_RANGE[1] and KG_RANGE[0] <= high <= KG_RANGE[1]):
            raise ValueError(f"must be between {_kg_text(KG_RANGE[0])} and {_kg_text(KG_RANGE[1])} kg")
        if high < low:
            raise ValueError(f"range must go from light to heavy ({_kg_text(low)}-{_kg_text(high)} is backwards)")
        return cls(round(low, 2), round(high, 2))


def effort_in_words(effort: int) -> str:
    return f"effort about {effort} out of 10"


def in_reserve_in_words(low: int, high: int) -> str:
    """Repetitions left in reserve, as a client would say it."""
    if high == 0:
        return "until one more would be hard to do well"
    count = f"{low}–{high}" if high != low else str(low)
    return f"hard enough that you could do {count} more"


def load_in_words(text: str, kg: Kilograms | None, effort: int | None, in_reserve: tuple[int, int] | None) -> str:
    """The whole load for the handout: the therapist's words, then the numbers in plain words, joined by commas.

    "light kettlebell, 2–4 kg, hard enough that you could do 2–3 more"; "" when nothing is set.
    """
    parts = [text.strip()] if text.strip() else []
    if kg is not None and str(kg) not in text:  # "8 kg kettlebell" typed and 8 kg set: say it once
        parts.append(str(kg))
    if in_reserve is not None:
        parts.append(in_reserve_in_words(*in_reserve))
    if effort is not None:
        parts.append(effort_in_words(effort))
    return ", ".join(parts)


def load_in_short(text: str, kg: Kilograms | None, effort: int | None, in_reserve: tuple[int, int] | None) -> str:
    """For a plan row: "light band · 2–4 kg · effort 6/10 · 2–3 in reserve"."""
    parts = [text.strip()] if text.strip() else []
    if kg is not None and str(kg) not in text:
        parts.append(str(kg))
    if effort is not None:
        parts.append(f"effort {effort}/10")
    if in_reserve is not None:
        low, high = in_reserve
        parts.append(f"{low}–{high} in reserve" if high != low else f"{low} in reserve")
    return " · ".join(parts)
