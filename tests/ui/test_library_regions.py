"""The library panel's region filter: beside the category filter, whose choices follow the chosen region."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize

from designer.ui.models.library_model import ExerciseIdRole
from designer.ui.thumbnails import Thumbnails
from designer.ui.widgets.library_panel import LibraryPanel

from .conftest import make_exercise

EXERCISES = [
    make_exercise("glute-bridge", "Glute Bridge", "Glute strength"),
    make_exercise("suitcase-carry", "Suitcase Carry", "Carries"),
    make_exercise("static-quads", "Static Quads", "Knee strength"),
    make_exercise("heel-slide-knee", "Heel Slide for the Knee", "Knee mobility"),
    make_exercise("pendulum", "Pendulum", "Shoulder mobility"),
    make_exercise("own-knee-drill", "Our Knee Drill", "Clinic drills", region="Knee"),
]


def shown(panel: LibraryPanel) -> list[str]:
    return [panel.filter.index(row, 0).data(ExerciseIdRole) for row in range(panel.filter.rowCount())]


def choices(combo: Any) -> list[str]:
    return [combo.itemText(row) for row in range(combo.count())]


def test_choosing_a_region_shows_its_exercises_and_only_its_categories(qtbot: Any) -> None:
    panel = LibraryPanel(EXERCISES, Thumbnails(QSize(64, 32)))
    qtbot.addWidget(panel)
    assert choices(panel.region) == ["All regions", "Back", "Shoulder", "Knee"]
    assert len(shown(panel)) == len(EXERCISES)
    panel.region.setCurrentIndex(panel.region.findData("Knee"))
    assert sorted(shown(panel)) == ["heel-slide-knee", "own-knee-drill", "static-quads"]
    assert choices(panel.category) == ["All categories", "Knee mobility", "Knee strength", "Clinic drills"]
    panel.category.setCurrentIndex(panel.category.findData("Knee strength"))
    assert shown(panel) == ["static-quads"]
    # Another region: a category that is not in it goes back to "All categories".
    panel.region.setCurrentIndex(panel.region.findData("Back"))
    assert panel.category.currentText() == "All categories"
    assert sorted(shown(panel)) == ["glute-bridge", "suitcase-carry"]
    assert choices(panel.category) == ["All categories", "Glute strength", "Carries"]
    panel.region.setCurrentIndex(0)
    assert len(choices(panel.category)) == 1 + len({e.category for e in EXERCISES})


def test_revealing_an_exercise_clears_the_region_too(qtbot: Any) -> None:
    panel = LibraryPanel(EXERCISES, Thumbnails(QSize(64, 32)))
    qtbot.addWidget(panel)
    panel.region.setCurrentIndex(panel.region.findData("Shoulder"))
    assert shown(panel) == ["pendulum"]
    panel.select_exercise("static-quads", reveal=True)
    assert panel.region.currentIndex() == 0 and panel.current_exercise().id == "static-quads"
