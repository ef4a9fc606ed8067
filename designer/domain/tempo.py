"""Tempo: how fast each repetition goes, in the usual notation (3-1-1: seconds down, pause, up), and in words."""

from __future__ import annotations

import re
from dataclasses import dataclass

# The two directions of a repetition, in the order tempo is written: the slow, lowering part first.
TempoWords = tuple[str, str]
DOWN_UP: TempoWords = ("down", "up")

_TEMPO = re.compile(r"^([0-9]|[xX])-([0-9])-([0-9]|[xX])(?:-([0-9]))?$")


@dataclass(frozen=True)
class Tempo:
    """Tempo in the usual notation: seconds lowering - pause - lifting [- pause at the top].

    ``X`` in the lowering or lifting place means "at a comfortable, steady speed".
    """

    down: str
    pause: int
    up: str
    top_pause: int | None = None

    @classmethod
    def parse(cls, text: str) -> Tempo:
        cleaned = re.sub(r"\s+", "", text).replace("–", "-").replace("/", "-").replace(":", "-")
        match = _TEMPO.match(cleaned)
        if not match:
            raise ValueError("must look like 3-1-1 or 3-1-1-0 (seconds down, pause, up, pause at the top)")
        down, pause, up, top = match.groups()
        return cls(down.upper(), int(pause), up.upper(), int(top) if top is not None else None)

    def __str__(self) -> str:
        parts = [self.down, str(self.pause), self.up]
        if self.top_pause is not None:
            parts.append(str(self.top_pause))
        return "-".join(parts)

    def in_words(self, words: TempoWords | None = None) -> str:
        """Tempo explained so a client can follow it: "slowly: 3 s down, 1 s pause, 1 s up".

        ``words`` names the two directions for exercises that do not go down and up
        (a Pallof press goes out and back in).
        """
        down_word, up_word = words or DOWN_UP

        def phase(value: str, direction: str) -> str:
            if value == "X":
                return f"{direction} at a steady, comfortable speed"
            if value == "0":
                return f"straight {direction}"
            return f"{value} s {direction}"

        parts = [phase(self.down, down_word)]
        if self.pause:
            parts.append(f"{self.pause} s pause")
        elif not self.top_pause:
            parts.append("no pause")  # (when the pause is at the top instead, saying so is enough)
        parts.append(phase(self.up, up_word))
        if self.top_pause:
            parts.append(f"then hold {self.top_pause} s")
        slow = (self.down.isdigit() and int(self.down) >= 3) or (self.up.isdigit() and int(self.up) >= 3)
        lead = "slowly" if slow else "steadily"
        return f"{lead}: " + ", ".join(parts)


def explain_tempo(text: str, words: TempoWords | None = None) -> str:
    """Words for a tempo the therapist is typing, or the reason it is not valid yet."""
    if not text.strip():
        return ""
    try:
        return Tempo.parse(text).in_words(words)
    except ValueError as error:
        return str(error)
