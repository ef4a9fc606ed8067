"""Fixtures for the window's tests: offscreen Qt, a fresh data folder per test, dialogs that answer at once."""

from __future__ import annotations

import os

# Before anything imports Qt: no screen here, and no screen in CI.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from designer.domain import Exercise, Level, Plan, Prescription, Range, Side, Stage


def make_exercise(exercise_id: str, name: str, category: str = "Glute strength", **kwargs: object) -> Exercise:
    return Exercise(id=exercise_id, name=name, category=category, builtin=True, **kwargs)  # type: ignore[arg-type]


@pytest.fixture
def ladder_exercises() -> list[Exercise]:
    """A small library with one ladder: pelvic tilt → glute bridge → single-leg bridge."""
    return [
        make_exercise("pelvic-tilt", "Pelvic Tilt", "Core bracing and anti-rotation",
                      progressions=("glute-bridge",), equipment=("mat",)),
        make_exercise("glute-bridge", "Glute Bridge", regressions=("pelvic-tilt",),
                      progressions=("single-leg-bridge",), equipment=("mat",),
                      default=Prescription(sets=3, reps=Range.single(10), tempo="3-1-1")),
        make_exercise("single-leg-bridge", "Single-Leg Glute Bridge", level=Level.MODERATE,
                      regressions=("glute-bridge",), equipment=("mat",),
                      default=Prescription(sets=2, reps=Range(6, 8), side=Side.EACH)),
        make_exercise("suitcase-carry", "Suitcase Carry", "Carries", level=Level.MODERATE,
                      equipment=("one kettlebell",), default=Prescription(sets=3, duration=Range(20, 30))),
        make_exercise("band-row", "Resistance Band Row", "Spine reloading",
                      equipment=("resistance band + anchor",)),
    ]


@pytest.fixture
def staged_plan() -> Plan:
    """A plan with two stages and no exercises yet."""
    return Plan(title="Back to lifting", stages=(Stage("Stability", weeks="1–2", id="s1"),
                                                 Stage("Strength", weeks="3–5", id="s2")))
