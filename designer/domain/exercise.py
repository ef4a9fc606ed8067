"""An exercise in the clinic's library, written for the client to read.

Each exercise has plain-English set-up and movement steps, key cues, common
mistakes, a safety note, a default prescription, and its neighbours on a
ladder: easier versions (regressions) and harder ones (progressions).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from .errors import Problems, ValidationError
from .fields import read_mapping, read_str, read_str_list
from .precautions import MOVEMENTS
from .prescription import Prescription
from .regions import region_of_category
from .tempo import DOWN_UP, TempoWords

EXERCISE_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


class Level(StrEnum):
    """How demanding an exercise is."""

    GENTLE = "gentle"
    MODERATE = "moderate"
    CHALLENGING = "challenging"

    @property
    def label(self) -> str:
        return self.value.capitalize()


def is_exercise_id(text: str) -> bool:
    return bool(EXERCISE_ID.match(text)) and len(text) <= 80


def make_exercise_id(name: str) -> str:
    """A kebab-case id from a name: "Farmer's Carry (heavy)" -> "farmers-carry-heavy"."""
    text = name.lower().replace("'", "").replace("’", "")
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return text[:80].strip("-") or "exercise"


@dataclass(frozen=True)
class Illustration:
    """How an exercise is pictured.

    Built-in exercises use drawings in ``images/`` named after the exercise.
    A therapist's own photos are stored in the data folder under content-hash
    names; ``start_photo`` and ``end_photo`` hold those names.
    """

    start_photo: str = ""
    end_photo: str = ""
    drawing: str = ""  # id of the built-in drawing to use; defaults to the exercise id

    @property
    def has_photos(self) -> bool:
        return bool(self.start_photo or self.end_photo)

    def to_dict(self) -> dict[str, str]:
        data = {}
        if self.drawing:
            data["drawing"] = self.drawing
        if self.start_photo:
            data["start_photo"] = self.start_photo
        if self.end_photo:
            data["end_photo"] = self.end_photo
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Illustration:
        found = Problems()
        drawing = read_str(data, "drawing", found)
        start = read_str(data, "start_photo", found)
        end = read_str(data, "end_photo", found)
        for key, value in (("start_photo", start), ("end_photo", end)):
            if value and not re.fullmatch(r"[0-9a-f]{16,64}\.(?:jpg|png)", value):
                found.add(key, "must be the name of an imported photo")
        if drawing and not is_exercise_id(drawing):
            found.add("drawing", "must be an exercise id")
        found.raise_if_any()
        return cls(start_photo=start, end_photo=end, drawing=drawing)


@dataclass(frozen=True)
class Exercise:
    """One exercise of the library, built in or the clinic's own."""

    id: str
    name: str
    category: str
    purpose: str = ""
    body_areas: tuple[str, ...] = ()
    equipment: tuple[str, ...] = ()
    level: Level = Level.GENTLE
    setup: tuple[str, ...] = ()
    steps: tuple[str, ...] = ()
    cues: tuple[str, ...] = ()
    mistakes: tuple[str, ...] = ()
    safety: str = ""
    default: Prescription = field(default_factory=Prescription)
    regressions: tuple[str, ...] = ()
    progressions: tuple[str, ...] = ()
    illustration: Illustration = field(default_factory=Illustration)
    builtin: bool = False
    based_on: str = ""  # id of the built-in exercise this one was copied from
    # How the two directions of a repetition are named when tempo is explained: the lowering
    # (slow) part first.  Most exercises go down and up; a Pallof press goes back in and out.
    tempo_words: TempoWords = DOWN_UP
    # A film of the exercise (the clinic's site, YouTube, Vimeo): the handout prints a QR code to it.
    video: str = ""
    # The body region the library files it under; "" takes the region of a built-in category.
    region: str = ""
    # Movements this exercise asks for that a client's precautions may forbid (ids of ``MOVEMENTS``).
    precautions: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not self.region:
            object.__setattr__(self, "region", region_of_category(self.category))
        found = Problems()
        if not is_exercise_id(self.id):
            found.add("id", "must be lower-case words joined by hyphens, like glute-bridge")
        if not self.name.strip():
            found.add("name", "must not be empty")
        if not self.category.strip():
            found.add("category", "must not be empty")
        if self.id in self.regressions or self.id in self.progressions:
            found.add("id", "an exercise cannot be its own easier or harder version")
        if self.video and not re.fullmatch(r"https?://[^\s<>\"/]+\.[^\s<>\"]+", self.video, re.IGNORECASE):
            found.add("video", "must be a web address starting with http:// or https://")
        for movement in self.precautions:
            if movement not in MOVEMENTS:
                found.add("precautions", f'"{movement}" is not one of {", ".join(MOVEMENTS)}')
        found.raise_if_any()

    @property
    def drawing_id(self) -> str:
        return self.illustration.drawing or (self.based_on if not self.builtin and self.based_on else self.id)

    def search_text(self) -> str:
        """Everything a therapist might type to find this exercise, lower-cased."""
        words = (self.name, self.id, self.category, self.region, self.level.value, self.purpose)
        return " ".join([*words, *self.body_areas, *self.equipment]).lower()

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "name": self.name,
            "category": self.category,
            "purpose": self.purpose,
            "body_areas": list(self.body_areas),
            "equipment": list(self.equipment),
            "level": self.level.value,
            "setup": list(self.setup),
            "steps": list(self.steps),
            "cues": list(self.cues),
            "mistakes": list(self.mistakes),
            "safety": self.safety,
            "default": self.default.to_dict(),
            "regressions": list(self.regressions),
            "progressions": list(self.progressions),
        }
        illustration = self.illustration.to_dict()
        if illustration:
            data["illustration"] = illustration
        if self.based_on:
            data["based_on"] = self.based_on
        if self.tempo_words != DOWN_UP:
            data["tempo_words"] = list(self.tempo_words)
        if self.video:
            data["video"] = self.video
        if self.region and self.region != region_of_category(self.category):
            data["region"] = self.region  # only when it is not the category's own, so older files stay as they were
        if self.precautions:
            data["precautions"] = list(self.precautions)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, builtin: bool = False) -> Exercise:
        """Read an exercise; raises ``ValidationError`` with every problem and its field."""
        found = Problems()
        if not isinstance(data, Mapping):
            raise ValidationError("an exercise must be an object")
        exercise_id = read_str(data, "id", found, required=True)
        if exercise_id and not is_exercise_id(exercise_id):
            found.add("id", "must be lower-case words joined by hyphens, like glute-bridge")
        name = read_str(data, "name", found, required=True)
        category = read_str(data, "category", found, required=True)
        purpose = read_str(data, "purpose", found, multiline=False, limit=500)
        level_text = read_str(data, "level", found, default=Level.GENTLE.value)
        try:
            level = Level(level_text.lower())
        except ValueError:
            found.add("level", "must be gentle, moderate or challenging")
            level = Level.GENTLE
        default = Prescription()
        try:
            default = Prescription.from_dict(read_mapping(data, "default", found))
        except ValidationError as error:
            found.extend(error, "default")
        illustration = Illustration()
        try:
            illustration = Illustration.from_dict(read_mapping(data, "illustration", found))
        except ValidationError as error:
            found.extend(error, "illustration")
        neighbours: dict[str, tuple[str, ...]] = {}
        for key in ("regressions", "progressions"):
            ids = read_str_list(data, key, found, multiline=False)
            for index, other in enumerate(ids):
                if not is_exercise_id(other):
                    found.add(f"{key}[{index}]", f'"{other}" is not an exercise id')
            neighbours[key] = tuple(ids)
        based_on = read_str(data, "based_on", found)
        if based_on and not is_exercise_id(based_on):
            found.add("based_on", "must be an exercise id")
        lists = {
            key: tuple(read_str_list(data, key, found, multiline=key in ("setup", "steps", "cues", "mistakes")))
            for key in ("body_areas", "equipment", "setup", "steps", "cues", "mistakes")
        }
        safety = read_str(data, "safety", found, multiline=True)
        tempo_words = DOWN_UP
        raw_words = read_str_list(data, "tempo_words", found, multiline=False, limit=30)
        if raw_words:
            if len(raw_words) == 2:
                tempo_words = (raw_words[0], raw_words[1])
            else:
                found.add("tempo_words", 'must be two words, the slow direction first, like ["down", "up"]')
        video = read_str(data, "video", found, multiline=False, limit=2_000)
        region = read_str(data, "region", found, multiline=False, limit=80)
        precautions = tuple(read_str_list(data, "precautions", found, multiline=False, limit=80))
        for index, movement in enumerate(precautions):
            if movement not in MOVEMENTS:
                found.add(f"precautions[{index}]", f'"{movement}" is not one of {", ".join(MOVEMENTS)}')
        found.raise_if_any()
        return cls(
            id=exercise_id,
            name=name,
            category=category,
            purpose=purpose,
            body_areas=lists["body_areas"],
            equipment=lists["equipment"],
            level=level,
            setup=lists["setup"],
            steps=lists["steps"],
            cues=lists["cues"],
            mistakes=lists["mistakes"],
            safety=safety,
            default=default,
            regressions=neighbours["regressions"],
            progressions=neighbours["progressions"],
            illustration=illustration,
            builtin=builtin,
            based_on=based_on,
            tempo_words=tempo_words,
            video=video,
            region=region,
            precautions=precautions,
        )
