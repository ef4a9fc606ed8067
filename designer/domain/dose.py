"""The parts a prescription is made of: which side, a number or a range, how often, and the limits of each.

Kept apart from ``prescription.py`` (the prescription itself, its words and its plain-data form) because
every part is small and stands alone: a ``Range`` is "10" or "8-12" wherever it is typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from .fields import as_int, describe

SETS_RANGE = (1, 20)
REPS_RANGE = (1, 100)
HOLD_RANGE = (1, 600)
DURATION_RANGE = (1, 3600)
REST_RANGE = (0, 600)
TIMES_A_DAY_RANGE = (1, 10)
DAYS_A_WEEK_RANGE = (1, 7)


class Side(StrEnum):
    """Which side of the body does the work."""

    BOTH = "both"
    EACH = "each"
    LEFT = "left"
    RIGHT = "right"

    @property
    def words(self) -> str:
        return {
            Side.BOTH: "",
            Side.EACH: "each side",
            Side.LEFT: "left side only",
            Side.RIGHT: "right side only",
        }[self]

    @property
    def label(self) -> str:
        return {
            Side.BOTH: "Both sides together",
            Side.EACH: "Each side",
            Side.LEFT: "Left only",
            Side.RIGHT: "Right only",
        }[self]

    @classmethod
    def parse(cls, value: str) -> Side:
        text = value.strip().lower().replace("_", " ").replace("-", " ")
        aliases = {
            "both": cls.BOTH,
            "": cls.BOTH,
            "each": cls.EACH,
            "each side": cls.EACH,
            "alternate": cls.EACH,
            "left": cls.LEFT,
            "right": cls.RIGHT,
        }
        if text not in aliases:
            raise ValueError("must be one of both, each, left, right")
        return aliases[text]


@dataclass(frozen=True)
class Range:
    """A whole number or a range of whole numbers: 10, or 8–12."""

    low: int
    high: int

    @classmethod
    def single(cls, value: int) -> Range:
        return cls(value, value)

    @property
    def is_range(self) -> bool:
        return self.high != self.low

    def __str__(self) -> str:
        return f"{self.low}–{self.high}" if self.is_range else str(self.low)

    def to_json(self) -> int | str:
        return f"{self.low}-{self.high}" if self.is_range else self.low

    @classmethod
    def parse(cls, value: Any, low: int, high: int) -> Range:
        """Read 10, "10", "8-12", "8–12" or [8, 12]; raise ValueError with a plain message."""
        if isinstance(value, list) and len(value) == 2:
            first, second = as_int(value[0]), as_int(value[1])
        elif isinstance(value, str) and re.fullmatch(r"\s*\d+\s*(?:[-–—]|to)\s*\d+\s*", value):
            parts = re.split(r"[-–—]|to", value)
            first, second = as_int(parts[0].strip()), as_int(parts[1].strip())
        else:
            first = second = as_int(value)
        if first is None or second is None:
            raise ValueError(f"must be a number or a range like 8-12, not {describe(value)}")
        if not (low <= first <= high and low <= second <= high):
            raise ValueError(f"must be between {low} and {high}")
        if second < first:
            raise ValueError(f"range must go from low to high ({first}-{second} is backwards)")
        return cls(first, second)


@dataclass(frozen=True)
class Frequency:
    """How often: times a day and days a week (either may be left open)."""

    times_a_day: int | None = None
    days_a_week: int | None = None

    def in_words(self) -> str:
        parts = []
        if self.times_a_day:
            parts.append({1: "once a day", 2: "twice a day"}.get(self.times_a_day, f"{self.times_a_day} times a day"))
        if self.days_a_week:
            parts.append("every day" if self.days_a_week == 7 else f"{self.days_a_week} days a week")
        return ", ".join(parts)


def seconds(value: int) -> str:
    if value >= 120 and value % 60 == 0:
        return f"{value // 60} min"
    return f"{value} s"


def range_seconds(value: Range) -> str:
    if value.is_range:
        if value.low >= 120 and value.low % 60 == 0 and value.high % 60 == 0:
            return f"{value.low // 60}–{value.high // 60} min"
        return f"{value.low}–{value.high} s"
    return seconds(value.low)
