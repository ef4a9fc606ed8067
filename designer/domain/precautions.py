"""Movement precautions: what a client must not do for now, and which exercises ask for it.

An exercise lists the movements it involves that a precaution may forbid (``Exercise.precautions``, ids from
``MOVEMENTS``).  A client carries conditions (``CONDITIONS``); each condition forbids some movements.  An
exercise that asks for a forbidden movement is a conflict, and the therapist is told so, never silently.
The words are the therapist's: they appear in the window's warning and on the command line.
"""

from __future__ import annotations

from dataclasses import dataclass

# Movements a precaution can forbid, with the words a therapist would use.
MOVEMENTS: dict[str, str] = {
    "hip-flexion-past-90": "bending the hip past 90° (knee higher than the hip when sitting)",
    "hip-crossing-midline": "crossing the legs or bringing the knee across the body",
    "hip-inward-rotation": "turning the leg inwards",
    "hip-outward-rotation": "turning the leg outwards",
    "hip-extension-past-neutral": "taking the leg back behind the body",
    "shoulder-active-lift": "lifting the arm with its own muscles",
    "shoulder-loaded": "carrying or pushing weight through the arm",
    "shoulder-outward-rotation-stretch": "stretching the arm to turn outwards",
    "shoulder-resisted-press": "pressing the arm against a wall or a hand with its own muscles",
    "shoulder-behind-back-stretch": "stretching the arm up behind the back",
    "kneeling": "kneeling on the operated knee",
    "full-weight-bearing": "standing with full weight on the leg",
    "hopping": "hopping, jumping or landing",
    "loaded-forward-bending": "bending forward while lifting or holding a weight",
    "lying-face-down": "lying on the front",
}


@dataclass(frozen=True)
class Condition:
    """A condition a client can carry, with the movements it forbids for now."""

    id: str
    name: str
    forbids: tuple[str, ...]


CONDITIONS: dict[str, Condition] = {
    condition.id: condition
    for condition in (
        Condition(
            "hip-replacement-posterior",
            "Hip replacement, posterior approach (early weeks)",
            ("hip-flexion-past-90", "hip-crossing-midline", "hip-inward-rotation"),
        ),
        Condition(
            "hip-replacement-anterior",
            "Hip replacement, anterior approach (early weeks)",
            ("hip-extension-past-neutral", "hip-outward-rotation"),
        ),
        Condition("knee-replacement", "Knee replacement (early weeks)", ("kneeling", "hopping")),
        Condition(
            "shoulder-repair",
            "Shoulder repair (first weeks)",
            # A repaired tendon is protected from its own pull and from stretch for the first weeks: no lifting,
            # no load, no pressing against resistance, no stretching it out or up behind the back.
            (
                "shoulder-active-lift",
                "shoulder-loaded",
                "shoulder-resisted-press",
                "shoulder-outward-rotation-stretch",
                "shoulder-behind-back-stretch",
            ),
        ),
        Condition("partial-weight-bearing", "Partial weight bearing on one leg", ("full-weight-bearing", "hopping")),
        Condition("osteoporosis", "Osteoporosis with a spinal fracture", ("loaded-forward-bending", "hopping")),
        Condition("late-pregnancy", "Later pregnancy", ("lying-face-down",)),
    )
}


@dataclass(frozen=True)
class PrecautionConflict:
    """One exercise asks for a movement one of the client's conditions forbids."""

    exercise_name: str
    condition: Condition
    movements: tuple[str, ...]

    @property
    def message(self) -> str:
        words = " and ".join(MOVEMENTS[movement] for movement in self.movements)
        return (
            f"{self.exercise_name} involves {words}, which is not advised with "
            f"{self.condition.name[0].lower()}{self.condition.name[1:]}. "
            "Check it suits the client, or choose an easier version."
        )


def precaution_conflicts(
    exercise_name: str, exercise_movements: tuple[str, ...], conditions: tuple[str, ...]
) -> list[PrecautionConflict]:
    """Each of the client's conditions that forbids a movement the exercise involves (unknown ids are skipped)."""
    found = []
    for condition_id in conditions:
        condition = CONDITIONS.get(condition_id)
        if condition is None:
            continue
        clashing = tuple(movement for movement in exercise_movements if movement in condition.forbids)
        if clashing:
            found.append(PrecautionConflict(exercise_name, condition, clashing))
    return found
