"""What the therapist asks the client to do with one exercise.

A ``Prescription`` holds sets, reps (or a rep range), hold, duration (or a
range), tempo, rest, load (in words, and in numbers: kilograms, an effort out of
10, repetitions left in reserve; see ``load.py``), side, how often and a note.  It can describe itself
in plain words for the handout ("3 sets of 10, each side · rest 60 s · slowly:
3 s down, 1 s pause, 1 s up") and in short for a list row ("3 × 10 · each side ·
3-1-1").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from .dose import (
    DAYS_A_WEEK_RANGE,
    DURATION_RANGE,
    HOLD_RANGE,
    REPS_RANGE,
    REST_RANGE,
    SETS_RANGE,
    TIMES_A_DAY_RANGE,
    Frequency,
    Range,
    Side,
    range_seconds,
    seconds,
)
from .errors import Problems, ValidationError
from .fields import LONG_TEXT_LIMIT, read_int, read_str
from .load import EFFORT_RANGE, IN_RESERVE_RANGE, KG_RANGE, Kilograms, load_in_short, load_in_words
from .tempo import Tempo, TempoWords, explain_tempo


@dataclass(frozen=True)
class Prescription:
    """Sets, reps, hold, duration, tempo, rest, load, side, how often and notes for one exercise."""

    sets: int = 3
    reps: Range | None = None
    hold_seconds: int | None = None
    duration: Range | None = None  # seconds
    tempo: str = ""
    rest_seconds: int | None = None
    load: str = ""
    side: Side = Side.BOTH
    frequency: Frequency = field(default_factory=Frequency)
    notes: str = ""
    # The load in numbers, beside or instead of the words in ``load``.
    load_kg: Kilograms | None = None
    effort: int | None = None  # how hard a set should feel, out of 10
    in_reserve: Range | None = None  # repetitions the client could still do when they stop ("2–3 left")

    def __post_init__(self) -> None:
        self.validate()

    # -- checking -------------------------------------------------------------

    def problems(self) -> list[str]:
        """Plain-language problems, empty when the prescription makes sense."""
        found = Problems()
        self._collect(found)
        return [str(p) for p in found.items]

    def validate(self) -> None:
        found = Problems()
        self._collect(found)
        found.raise_if_any()

    def _collect(self, found: Problems) -> None:
        if not SETS_RANGE[0] <= self.sets <= SETS_RANGE[1]:
            found.add("sets", f"must be between {SETS_RANGE[0]} and {SETS_RANGE[1]}")
        if self.reps is not None and not (REPS_RANGE[0] <= self.reps.low <= self.reps.high <= REPS_RANGE[1]):
            found.add("reps", f"must be between {REPS_RANGE[0]} and {REPS_RANGE[1]}")
        if self.hold_seconds is not None and not HOLD_RANGE[0] <= self.hold_seconds <= HOLD_RANGE[1]:
            found.add("hold", f"must be between {HOLD_RANGE[0]} and {HOLD_RANGE[1]} seconds")
        if self.duration is not None and not (
            DURATION_RANGE[0] <= self.duration.low <= self.duration.high <= DURATION_RANGE[1]
        ):
            found.add("duration", f"must be between {DURATION_RANGE[0]} and {DURATION_RANGE[1]} seconds")
        if self.tempo:
            try:
                Tempo.parse(self.tempo)
            except ValueError as error:
                found.add("tempo", str(error))
        if self.rest_seconds is not None and not REST_RANGE[0] <= self.rest_seconds <= REST_RANGE[1]:
            found.add("rest", f"must be between {REST_RANGE[0]} and {REST_RANGE[1]} seconds")
        if self.frequency.times_a_day is not None and not (
            TIMES_A_DAY_RANGE[0] <= self.frequency.times_a_day <= TIMES_A_DAY_RANGE[1]
        ):
            found.add("times_a_day", f"must be between {TIMES_A_DAY_RANGE[0]} and {TIMES_A_DAY_RANGE[1]}")
        if self.frequency.days_a_week is not None and not (
            DAYS_A_WEEK_RANGE[0] <= self.frequency.days_a_week <= DAYS_A_WEEK_RANGE[1]
        ):
            found.add("days_a_week", f"must be between {DAYS_A_WEEK_RANGE[0]} and {DAYS_A_WEEK_RANGE[1]}")
        if self.load_kg is not None and not (KG_RANGE[0] <= self.load_kg.low <= self.load_kg.high <= KG_RANGE[1]):
            found.add("load_kg", f"must be between {KG_RANGE[0]:g} and {KG_RANGE[1]:g} kg, light to heavy")
        if self.effort is not None and not EFFORT_RANGE[0] <= self.effort <= EFFORT_RANGE[1]:
            found.add("effort", f"must be between {EFFORT_RANGE[0]} and {EFFORT_RANGE[1]} (out of 10)")
        if self.in_reserve is not None and not (
            IN_RESERVE_RANGE[0] <= self.in_reserve.low <= self.in_reserve.high <= IN_RESERVE_RANGE[1]
        ):
            found.add("reps_in_reserve", f"must be between {IN_RESERVE_RANGE[0]} and {IN_RESERVE_RANGE[1]}")
        if len(self.load) > 200:
            found.add("load", "is too long (at most 200 characters)")
        if len(self.notes) > LONG_TEXT_LIMIT:
            found.add("notes", f"is too long (at most {LONG_TEXT_LIMIT} characters)")

    # -- words ----------------------------------------------------------------

    def work_in_words(self) -> str:
        """The main instruction: "3 sets of 10, each side" or "3 × hold 20–30 s"."""
        sets = "1 set" if self.sets == 1 else f"{self.sets} sets"
        if self.reps is not None:
            work = f"{sets} of {self.reps}"
            if self.hold_seconds:
                work += f", holding each for {seconds(self.hold_seconds)}"
            if self.duration is not None:
                # Both given: the duration is how long each set takes; never leave it out.
                work += f" ({range_seconds(self.duration)} a set)"
        elif self.duration is not None:
            work = f"{sets} of {range_seconds(self.duration)}"
        elif self.hold_seconds:
            work = f"{sets}, holding for {seconds(self.hold_seconds)}"
        else:
            work = sets
        if self.side.words:
            work += f", {self.side.words}"
        return work

    def in_words(self, tempo_words: TempoWords | None = None) -> str:
        """The whole prescription in plain words, parts joined with " · "."""
        parts = [self.work_in_words()]
        load = self.load_in_words()
        if load:
            parts.append(load)
        if self.rest_seconds:
            parts.append(f"rest {seconds(self.rest_seconds)}")
        if self.tempo:
            parts.append(Tempo.parse(self.tempo).in_words(tempo_words))
        frequency = self.frequency.in_words()
        if frequency:
            parts.append(frequency)
        return " · ".join(parts)

    def load_in_words(self) -> str:
        """How heavy, for the handout: "light kettlebell, 2–4 kg, hard enough that you could do 2–3 more"."""
        return load_in_words(self.load, self.load_kg, self.effort, self._in_reserve_pair())

    def _in_reserve_pair(self) -> tuple[int, int] | None:
        return (self.in_reserve.low, self.in_reserve.high) if self.in_reserve is not None else None

    def in_short(self) -> str:
        """For a list row: "3 × 10 · each side · 3-1-1"."""
        if self.reps is not None:
            work = f"{self.sets} × {self.reps}"
        elif self.duration is not None:
            work = f"{self.sets} × {range_seconds(self.duration)}"
        elif self.hold_seconds:
            work = f"{self.sets} × {seconds(self.hold_seconds)} hold"
        else:
            work = f"{self.sets} sets"
        parts = [work]
        if self.reps is not None and self.hold_seconds:
            parts.append(f"hold {seconds(self.hold_seconds)}")
        if self.reps is not None and self.duration is not None:
            parts.append(f"{range_seconds(self.duration)} a set")
        if self.side.words:
            parts.append(self.side.words)
        if self.tempo:
            parts.append(self.tempo)
        load = load_in_short(self.load, self.load_kg, self.effort, self._in_reserve_pair())
        if load:
            parts.append(load)
        return " · ".join(parts)

    # -- plain data -----------------------------------------------------------

    def to_dict(self, *, complete: bool = False) -> dict[str, Any]:
        """The interchange form.

        By default only fields that are set, so hand-written files and templates stay short.
        ``complete=True`` writes every field, unset ones as null, so that reading it back never
        fills a gap from the exercise's defaults (a plan must come back exactly as the therapist left it).
        """
        values: dict[str, Any] = {
            "sets": self.sets,
            "reps": self.reps.to_json() if self.reps is not None else None,
            "hold": self.hold_seconds,
            "duration": self.duration.to_json() if self.duration is not None else None,
            "tempo": self.tempo,
            "rest": self.rest_seconds,
            "load": self.load,
            "load_kg": self.load_kg.to_json() if self.load_kg is not None else None,
            "effort": self.effort,
            "reps_in_reserve": self.in_reserve.to_json() if self.in_reserve is not None else None,
            "side": self.side.value,
            "times_a_day": self.frequency.times_a_day,
            "days_a_week": self.frequency.days_a_week,
            "notes": self.notes,
        }
        if complete:
            return values
        return {
            key: value
            for key, value in values.items()
            if key == "sets" or (value not in (None, "") and not (key == "side" and value == Side.BOTH.value))
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], base: Prescription | None = None) -> Prescription:
        """Read a prescription; fields not given come from ``base`` (an exercise's defaults).

        Raises ``ValidationError`` listing every problem with its field name.
        """
        found = Problems()
        start = base or cls()
        if base is not None:
            # A field given as null (or "") is deliberately empty: it must not fall back to the default.
            cleared = {key for key, value in data.items() if value is None or value == ""}
            start = replace(
                start,
                reps=None if "reps" in cleared else start.reps,
                hold_seconds=None if "hold" in cleared else start.hold_seconds,
                duration=None if "duration" in cleared else start.duration,
                tempo="" if "tempo" in cleared else start.tempo,
                rest_seconds=None if "rest" in cleared else start.rest_seconds,
                load="" if "load" in cleared else start.load,
                load_kg=None if "load_kg" in cleared else start.load_kg,
                effort=None if "effort" in cleared else start.effort,
                in_reserve=None if "reps_in_reserve" in cleared else start.in_reserve,
                side=Side.BOTH if "side" in cleared else start.side,
                frequency=Frequency(
                    None if "times_a_day" in cleared else start.frequency.times_a_day,
                    None if "days_a_week" in cleared else start.frequency.days_a_week,
                ),
                notes="" if "notes" in cleared else start.notes,
            )
        sets = read_int(data, "sets", found, low=SETS_RANGE[0], high=SETS_RANGE[1], default=start.sets)
        reps = _read_range(data, "reps", found, REPS_RANGE, start.reps)
        hold = read_int(data, "hold", found, low=HOLD_RANGE[0], high=HOLD_RANGE[1], default=start.hold_seconds)
        duration = _read_range(data, "duration", found, DURATION_RANGE, start.duration)
        tempo = read_str(data, "tempo", found, default=start.tempo)
        if tempo:
            try:
                tempo = str(Tempo.parse(tempo))
            except ValueError as error:
                found.add("tempo", str(error))
                tempo = start.tempo
        rest = read_int(data, "rest", found, low=REST_RANGE[0], high=REST_RANGE[1], default=start.rest_seconds)
        load = read_str(data, "load", found, default=start.load)
        load_kg = start.load_kg
        if data.get("load_kg") not in (None, ""):
            try:
                load_kg = Kilograms.parse(data["load_kg"])
            except ValueError as error:
                found.add("load_kg", str(error))
        effort = read_int(data, "effort", found, low=EFFORT_RANGE[0], high=EFFORT_RANGE[1], default=start.effort)
        in_reserve = _read_range(data, "reps_in_reserve", found, IN_RESERVE_RANGE, start.in_reserve)
        side = start.side
        if data.get("side") is not None:
            raw_side = data.get("side")
            if not isinstance(raw_side, str):
                found.add("side", "must be one of both, each, left, right")
            else:
                try:
                    side = Side.parse(raw_side)
                except ValueError as error:
                    found.add("side", str(error))
        times = read_int(
            data,
            "times_a_day",
            found,
            low=TIMES_A_DAY_RANGE[0],
            high=TIMES_A_DAY_RANGE[1],
            default=start.frequency.times_a_day,
        )
        days = read_int(
            data,
            "days_a_week",
            found,
            low=DAYS_A_WEEK_RANGE[0],
            high=DAYS_A_WEEK_RANGE[1],
            default=start.frequency.days_a_week,
        )
        notes = read_str(data, "notes", found, default=start.notes, multiline=True)
        found.raise_if_any()
        return cls(
            sets=sets if sets is not None else start.sets,
            reps=reps,
            hold_seconds=hold,
            duration=duration,
            tempo=tempo,
            rest_seconds=rest,
            load=load,
            side=side,
            frequency=Frequency(times, days),
            notes=notes,
            load_kg=load_kg,
            effort=effort,
            in_reserve=in_reserve,
        )

    def with_changes(self, **changes: Any) -> Prescription:
        """A copy with some fields changed; raises ``ValidationError`` if the result is not valid."""
        return replace(self, **changes)


def _read_range(
    data: Mapping[str, Any], key: str, found: Problems, bounds: tuple[int, int], default: Range | None
) -> Range | None:
    if key not in data:
        return default
    value = data[key]
    if value is None or value == "":
        return None
    try:
        return Range.parse(value, *bounds)
    except ValueError as error:
        found.add(key, str(error))
        return default


__all__ = [
    "Frequency",
    "Kilograms",
    "Prescription",
    "Range",
    "Side",
    "Tempo",
    "ValidationError",
    "explain_tempo",
]
