"""The library a therapist browses: the built-in exercises plus the clinic's own, with search and ladders.

A clinic exercise with the same id as a built-in one replaces it (an edited copy saved under the
original id).  Search text, sort keys and equipment names are worked out once when the library is
built, so filtering thousands of exercises as the therapist types stays instant.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache

from designer.domain import CATEGORIES, REGIONS, Exercise, Level, Prescription, find_region, make_exercise_id

from .builtin import load_builtin_exercises

_APOSTROPHES = re.compile(r"['’‘`]")
_REMARK = re.compile(r"\s*\([^)]*\)")


def fold(text: str) -> str:
    """Text for comparing: lower case, accents and apostrophes removed ("Farmer’s Café" -> "farmers cafe")."""
    if text.isascii():
        plain = text  # nothing to decompose: the quick way for most names and words, worked out at every start
    else:
        decomposed = unicodedata.normalize("NFKD", text)
        plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return _APOSTROPHES.sub("", plain).casefold()


def equipment_name(item: str) -> str:
    """The piece of kit without a remark: "resistance band (optional)" -> "resistance band"."""
    return _REMARK.sub("", item).strip() or item.strip()


@cache
def _category_ranks() -> dict[str, int]:
    """Each foundation category's place in the fixed order, by its folded name (folded once, not per exercise)."""
    ranks: dict[str, int] = {}
    for place, name in enumerate(CATEGORIES):
        ranks.setdefault(fold(name), place)  # the first place, should two names fold alike
    return ranks


@dataclass(frozen=True)
class _Entry:
    """An exercise with everything search needs, worked out once."""

    exercise: Exercise
    text: str
    category: str
    equipment: frozenset[str]
    sort_key: tuple[int, str, str, str]


def _entry(exercise: Exercise) -> _Entry:
    text = " ".join(
        [
            exercise.name,
            exercise.id,
            exercise.category,
            exercise.region,
            exercise.level.value,
            exercise.purpose,
            *exercise.body_areas,
            *exercise.equipment,
        ]
    )
    category = fold(exercise.category)
    # Categories of the clinic's foundations come first, in their fixed order; any others after, by name.
    rank = _category_ranks().get(category, len(CATEGORIES))
    return _Entry(
        exercise=exercise,
        text=fold(text),
        category=category,
        equipment=frozenset(fold(equipment_name(item)) for item in exercise.equipment),
        sort_key=(rank, category, fold(exercise.name), exercise.id),
    )


class Library:
    """Built-in and clinic exercises together, in the library's order (category, then name)."""

    def __init__(self, clinic_exercises: Iterable[Exercise] = (), builtin: Iterable[Exercise] | None = None) -> None:
        by_id: dict[str, Exercise] = {}
        for exercise in load_builtin_exercises() if builtin is None else builtin:
            by_id[exercise.id] = exercise
        for exercise in clinic_exercises:
            by_id[exercise.id] = exercise
        self._entries = sorted((_entry(exercise) for exercise in by_id.values()), key=lambda e: e.sort_key)
        self._by_id = {entry.exercise.id: entry.exercise for entry in self._entries}

    # -- reading --------------------------------------------------------------

    def all(self) -> list[Exercise]:
        return [entry.exercise for entry in self._entries]

    def get(self, exercise_id: str) -> Exercise | None:
        return self._by_id.get(exercise_id)

    def __contains__(self, exercise_id: object) -> bool:
        return exercise_id in self._by_id

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[Exercise]:
        return iter(self.all())

    def categories(self, region: str | None = None) -> list[str]:
        """Categories that hold at least one exercise (of ``region``, when given): the built-in ones in the
        regions' order, then any others."""
        wanted = _wanted_region(region)
        seen: dict[str, str] = {}
        for entry in self._entries:
            if wanted is None or fold(entry.exercise.region) == wanted:
                seen.setdefault(entry.category, entry.exercise.category)
        return list(seen.values())

    def regions(self) -> list[str]:
        """Regions that hold at least one exercise: the built-in regions in their order, then any others."""
        held = {entry.exercise.region for entry in self._entries if entry.exercise.region}
        return [region for region in REGIONS if region in held] + sorted(held - set(REGIONS), key=fold)

    def equipment(self) -> list[str]:
        """Every piece of kit any exercise uses, once each, alphabetically (remarks like "(optional)" left off)."""
        names: dict[str, str] = {}
        for entry in self._entries:
            for item in entry.exercise.equipment:
                names.setdefault(fold(equipment_name(item)), equipment_name(item))
        return [names[key] for key in sorted(names)]

    def defaults(self) -> dict[str, Prescription]:
        """Each exercise's default prescription, by id: what a plan item gets when a field is left out."""
        return {entry.exercise.id: entry.exercise.default for entry in self._entries}

    # -- search ---------------------------------------------------------------

    def search(
        self,
        text: str = "",
        category: str | None = None,
        equipment: str | None = None,
        level: Level | str | None = None,
        region: str | None = None,
    ) -> list[Exercise]:
        """Exercises where every word of ``text`` appears in the name, category, region, body areas, equipment,
        level or purpose (ignoring case and accents), narrowed by the filters, in the library's order.

        ``level`` may be a ``Level`` or its name; an unknown name raises ``ValueError``.  ``region`` may be
        short ("knee", "after-surgery"); a region no exercise is filed under finds nothing.
        """
        words = fold(text).split()
        wanted_region = _wanted_region(region)
        wanted_category = fold(category.strip()) if category and category.strip() else None
        wanted_kit = fold(equipment_name(equipment)) if equipment and equipment.strip() else None
        wanted_level = _level(level)
        found = []
        for entry in self._entries:
            if wanted_category is not None and entry.category != wanted_category:
                continue
            if wanted_region is not None and fold(entry.exercise.region) != wanted_region:
                continue
            if wanted_kit is not None and wanted_kit not in entry.equipment:
                continue
            if wanted_level is not None and entry.exercise.level is not wanted_level:
                continue
            if all(word in entry.text for word in words):
                found.append(entry.exercise)
        return found

    # -- ladders --------------------------------------------------------------

    def easier(self, exercise_id: str) -> Exercise | None:
        """The first easier version of the exercise that is in the library, if any."""
        return self._first(self._neighbours(exercise_id, "regressions"))

    def harder(self, exercise_id: str) -> Exercise | None:
        """The first harder version of the exercise that is in the library, if any."""
        return self._first(self._neighbours(exercise_id, "progressions"))

    def ladder(self, exercise_id: str) -> list[str]:
        """The chain through the exercise, easiest first: follow the first easier version down, then the
        first harder version up.  Empty for an unknown id."""
        if exercise_id not in self._by_id:
            return []
        down = self._walk(exercise_id, "regressions")
        up = self._walk(exercise_id, "progressions", avoid=set(down))
        return [*reversed(down), exercise_id, *up]

    def missing_neighbours(self) -> list[str]:
        """Problems with the ladders: every easier or harder id that names no exercise in the library."""
        problems = []
        for entry in self._entries:
            exercise = entry.exercise
            for key, words in (("regressions", "easier"), ("progressions", "harder")):
                for other in getattr(exercise, key):
                    if other not in self._by_id:
                        problems.append(f'{exercise.id}: the {words} version "{other}" is not in the library')
        return problems

    def _neighbours(self, exercise_id: str, key: str) -> tuple[str, ...]:
        exercise = self._by_id.get(exercise_id)
        return getattr(exercise, key) if exercise else ()

    def _first(self, ids: Iterable[str]) -> Exercise | None:
        return next((self._by_id[other] for other in ids if other in self._by_id), None)

    def _walk(self, start: str, key: str, avoid: set[str] | None = None) -> list[str]:
        # A clinic's hand-made ladder may loop back on itself; stop at the first exercise already seen.
        seen = {start, *(avoid or ())}
        chain: list[str] = []
        current = start
        while True:
            step = self._first(other for other in self._neighbours(current, key) if other not in seen)
            if step is None:
                return chain
            chain.append(step.id)
            seen.add(step.id)
            current = step.id

    # -- the clinic's own copies ----------------------------------------------

    def copy_for_clinic(self, exercise_id: str, new_name: str) -> Exercise:
        """An editable copy of an exercise under a new, unused id made from ``new_name``.

        The copy keeps the text, prescription, ladder and pictures; ``based_on`` names the built-in
        exercise it comes from (for a copy of a copy, the original built-in one) so its drawing is found.
        Raises ``KeyError`` for an unknown id and ``ValidationError`` for an empty name.
        """
        original = self._by_id.get(exercise_id)
        if original is None:
            raise KeyError(f'no exercise "{exercise_id}" in the library')
        base_id = make_exercise_id(new_name)
        # Also avoid the ids on the original's ladder, even missing ones: an exercise cannot be its own neighbour.
        taken = {*self._by_id, *original.regressions, *original.progressions}
        new_id = base_id
        number = 2
        while new_id in taken:
            suffix = f"-{number}"
            new_id = base_id[: 80 - len(suffix)].rstrip("-") + suffix
            number += 1
        return replace(
            original,
            id=new_id,
            name=new_name.strip(),
            builtin=False,
            based_on=original.based_on or original.id,
        )


def _level(level: Level | str | None) -> Level | None:
    if level is None or isinstance(level, Level):
        return level
    if not level.strip():
        return None
    try:
        return Level(level.strip().lower())
    except ValueError:
        raise ValueError("level must be gentle, moderate or challenging") from None


def _wanted_region(region: str | None) -> str | None:
    """The folded region a filter asks for (a built-in region may be named short), or None for every region."""
    if region is None or not region.strip():
        return None
    return fold(find_region(region) or region.strip())
