"""The exercise dialog files the clinic's own exercise under a body region and lists the movements it asks for."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from designer.domain import Exercise
from designer.library import Library
from designer.ui.dialogs.exercise_dialog import ExerciseDialog

from .test_exercise_dialog import fill_new


@pytest.fixture
def dialog_for(qtbot: Any, store: Any, messages: Any) -> Any:
    def make(exercise: Exercise | None, library: Library) -> ExerciseDialog:
        dialog = ExerciseDialog(exercise, library, store)
        qtbot.addWidget(dialog)
        return dialog

    return make


def offered(dialog: ExerciseDialog) -> list[str]:
    return [dialog.category.itemText(row) for row in range(dialog.category.count())]


def test_a_new_exercise_gets_a_region_a_category_of_it_and_its_precautions(
    dialog_for: Any, store: Any, library: Library
) -> None:
    dialog = dialog_for(None, library)
    fill_new(dialog, "Deep Squat to a Low Stool")
    dialog.region.setCurrentIndex(dialog.region.findData("Knee"))
    assert dialog.category.currentText() == "Glute strength"  # what was typed stays
    assert set(offered(dialog)) == {"Knee mobility", "Knee strength"}  # the knee's categories are offered
    dialog.category.setCurrentText("Knee strength")
    dialog.precautions.set_ticked("hip-flexion-past-90")
    dialog.precautions.set_ticked("kneeling")
    dialog.accept()
    saved = dialog.saved_exercise()
    assert saved is not None
    assert (saved.region, saved.category) == ("Knee", "Knee strength")
    assert saved.precautions == ("hip-flexion-past-90", "kneeling")
    assert store.list_custom_exercises() == [saved]


def test_a_copy_keeps_its_region_precautions_and_tempo_words(dialog_for: Any, library: Library) -> None:
    original = library.get("pallof-press")
    assert original is not None and original.tempo_words != ("down", "up")
    own = replace(
        original, id="pallof-press-ours", builtin=False, based_on="pallof-press", precautions=("shoulder-loaded",)
    )
    dialog = dialog_for(own, Library([own]))
    assert dialog.region.currentData() == ""  # the category's own region: Back
    assert dialog.precautions.chosen() == ("shoulder-loaded",)
    kept = dialog.exercise()
    assert (kept.region, kept.precautions, kept.tempo_words) == ("Back", ("shoulder-loaded",), original.tempo_words)
    dialog.precautions.set_ticked("shoulder-loaded", False)
    assert dialog.exercise().precautions == ()


def test_the_film_of_an_exercise_is_set_in_the_dialog(dialog_for: Any, library: Library) -> None:
    """Issue 13: the clinic's film of an exercise is set in the window; a link that is not a web address is refused
    with its reason, and an edited copy keeps its film."""
    dialog = dialog_for(None, library)
    fill_new(dialog, "Garden Step-Ups")
    dialog.video.setText("our film on the website")
    assert any("web address" in problem for _path, problem in dialog.problems())
    dialog.video.setText("https://springback.example/films/step-ups")
    assert dialog.problems() == []
    dialog.accept()
    saved = dialog.saved_exercise()
    assert saved is not None and saved.video == "https://springback.example/films/step-ups"
    again = dialog_for(saved, library)
    assert again.video.text() == "https://springback.example/films/step-ups"
    assert again.exercise().video == saved.video
