"""The descriptions of every built-in exercise drawing, one module per category of the library.

Each category module marks its drawings with ``@register``; importing them here fills the registry, and
``DRAWINGS`` maps each exercise id to its description.  The shared starting shapes (standing, lying on the
back, hands and knees, sitting on a chair) live in ``common``.
"""

from __future__ import annotations

from ..describe import Drawing
from . import (
    after_surgery,
    ankle,
    ankle_balance,
    back_fixes,
    back_gaps,
    balance,
    breathing,
    carries,
    core_bracing,
    elbow_wrist,
    glute_strength,
    hand_and_foot,
    hip,
    hip_hinge,
    hip_mobility,
    knee,
    knee_replacement,
    knee_standing,
    neck,
    shoulder,
    side_bending,
    spine_reloading,
)
from .common import MAKERS, at, feet, stand

# The modules are imported for the drawings they register: the back's foundations, then region by region.
CATEGORIES = (
    hip_hinge,
    glute_strength,
    core_bracing,
    carries,
    spine_reloading,
    hip_mobility,
    side_bending,
    breathing,
    back_gaps,
    back_fixes,
    neck,
    shoulder,
    elbow_wrist,
    hip,
    knee,
    knee_standing,
    knee_replacement,
    after_surgery,
    ankle,
    ankle_balance,
    balance,
    hand_and_foot,
)


def _collect() -> dict[str, Drawing]:
    drawings: dict[str, Drawing] = {}
    for maker in MAKERS:
        drawing = maker()
        if drawing.exercise_id in drawings:
            raise ValueError(f"two drawings are registered for {drawing.exercise_id}")
        drawings[drawing.exercise_id] = drawing
    return drawings


DRAWINGS: dict[str, Drawing] = _collect()

__all__ = ["CATEGORIES", "DRAWINGS", "at", "feet", "stand"]
