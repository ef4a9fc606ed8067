"""The clinic's own exercises: the exercise dialog, its photos, and the library pane's New / Edit / Delete.

Each test has a fresh data folder; message boxes and file dialogs answer at once (``messages`` fixture and
monkeypatching), and photos are real JPEGs made with Pillow.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from designer.domain import Client, Clinic, Exercise, Plan, PlanItem, Prescription, Range
from designer.library import Library, load_builtin_exercises
from designer.storage import PictureKind, SaveError
from designer.ui.dialogs.exercise_dialog import ExerciseDialog
from designer.ui.models.library_model import ExerciseIdRole
from designer.workflows.exercises import editable_version, where_used

from .conftest import MessageLog, pdf_text, wait_for_preview

ORIENTATION = 0x0112


def photo(
    path: Path, size: tuple[int, int] = (400, 200), colour: tuple[int, int, int] = (190, 120, 90), orientation: int = 6
) -> Path:
    """A real JPEG taken "sideways": its EXIF says turn it a quarter (6) to stand it upright."""
    picture = Image.new("RGB", size, colour)
    picture.paste((40, 60, 70), (0, 0, size[0] // 4, size[1]))  # a dark band, so it is not one flat colour
    exif = Image.Exif()
    exif[ORIENTATION] = orientation
    exif[0x010F] = "PhoneMaker"  # the camera's make: metadata that must not survive the import
    picture.save(path, "JPEG", exif=exif.tobytes(), quality=90)
    return path


def fill_new(dialog: ExerciseDialog, name: str = "Wall Sit with Ball") -> None:
    dialog.name.setText(name)
    dialog.category.setCurrentText("Glute strength")
    dialog.body_areas.setText("thighs, hips")
    dialog.equipment.setText("wall, soft ball")
    dialog.purpose.setText("Strong thighs for getting up from a chair.")
    dialog.setup.setPlainText("Stand with your back against a wall.\nPut the ball between your knees.")
    dialog.steps.setPlainText("Slide down until your knees are a little bent.\nHold, breathing easily.")
    dialog.cues.setPlainText("Squeeze the ball gently.")
    dialog.prescription.reps.setText("")
    dialog.prescription.duration.setText("20-30")
    dialog.prescription.tempo.setText("")


@pytest.fixture
def dialog_for(qtbot: Any, store: Any, library: Library, messages: MessageLog) -> Callable[..., ExerciseDialog]:
    def make(exercise: Exercise | None = None, lib: Library | None = None) -> ExerciseDialog:
        dialog = ExerciseDialog(exercise, lib or library, store)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return make


def answer_dialog(monkeypatch: pytest.MonkeyPatch, fill: Callable[[ExerciseDialog], None]) -> list[ExerciseDialog]:
    """When the window opens the exercise dialog, fill it in as the therapist would and press Save."""
    opened: list[ExerciseDialog] = []

    def exec_dialog(dialog: ExerciseDialog) -> int:
        opened.append(dialog)
        fill(dialog)
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
        return int(dialog.result())

    monkeypatch.setattr(ExerciseDialog, "exec", exec_dialog)
    return opened


def library_ids(window: Any) -> list[str]:
    model = window.library_panel.model
    return [model.index(row, 0).data(ExerciseIdRole) for row in range(model.rowCount())]


# -- a new exercise ----------------------------------------------------------------------------------


def test_new_exercise_is_saved_found_in_the_library_and_selected(
    make_window: Any, store: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    window.library_panel.search.setText("bridge")  # a search that would hide the new exercise
    opened = answer_dialog(monkeypatch, fill_new)
    window.library_panel.new_button.click()

    assert opened and opened[0].result() == QDialog.DialogCode.Accepted
    saved = [e for e in store.list_custom_exercises() if e.name == "Wall Sit with Ball"]
    assert len(saved) == 1
    exercise = saved[0]
    assert exercise.id == "wall-sit-with-ball" and not exercise.builtin and not exercise.based_on
    assert exercise.equipment == ("wall", "soft ball")
    assert exercise.setup == ("Stand with your back against a wall.", "Put the ball between your knees.")
    assert exercise.default.duration == Range(20, 30) and exercise.default.reps is None
    assert exercise.id in library_ids(window) and exercise.id in window.exercises
    # The search was cleared so that the new exercise shows, and it is the selected one.
    assert window.library_panel.current_exercise().id == exercise.id
    assert window.library_panel.edit_button.text() == "Edit…"


def test_the_library_menu_adds_edits_and_deletes_exercises(
    qtbot: Any, make_window: Any, store: Any, monkeypatch: pytest.MonkeyPatch, messages: MessageLog
) -> None:
    """New exercise… is in the Library menu with its shortcut; Edit and Delete follow the selected exercise."""
    from PySide6.QtGui import QKeySequence

    window = make_window()
    window.show()
    menu = window.menu_actions.library_menu
    texts = [action.text() for action in menu.actions() if not action.isSeparator()]
    assert "New exercise…" in texts and "Edit a copy…" in texts and "Delete exercise…" in texts
    assert window.menu_actions.new_exercise.shortcut() == QKeySequence("Ctrl+Shift+E")
    opened = answer_dialog(monkeypatch, fill_new)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window, "E", Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(opened) == 1 and opened[0].windowTitle() == "New exercise"
    assert [e.name for e in store.list_custom_exercises()] == ["Wall Sit with Ball"]
    # The new exercise is selected: one of the clinic's own, so Edit… (not a copy) and Delete are offered.
    assert window.menu_actions.edit_exercise.text() == "Edit…" and window.menu_actions.delete_exercise.isEnabled()
    window.library_panel.select_exercise("glute-bridge", reveal=True)
    assert window.menu_actions.edit_exercise.text() == "Edit a copy…"
    assert not window.menu_actions.delete_exercise.isEnabled()  # a built-in exercise cannot be deleted
    window.menu_actions.edit_exercise.trigger()
    assert opened[-1].windowTitle() == "Your copy of Glute Bridge"


def test_a_second_exercise_with_the_same_name_gets_its_own_id(
    dialog_for: Callable[..., ExerciseDialog], store: Any
) -> None:
    first = dialog_for()
    fill_new(first, "Glute Bridge")  # the name of a built-in exercise
    first.accept()
    saved = first.saved_exercise()
    assert saved is not None and saved.id == "glute-bridge-2"
    assert [e.id for e in store.list_custom_exercises()] == ["glute-bridge-2"]


def test_easier_and_harder_versions_are_picked_by_name(dialog_for: Callable[..., ExerciseDialog]) -> None:
    dialog = dialog_for()
    fill_new(dialog)
    dialog.easier.combo.setEditText("sit-to")
    dialog.easier.combo.setEditText("Sit-to-Stand")
    dialog.easier.add_current()
    dialog.harder.add("goblet-squat")
    dialog.harder.add("goblet-squat")  # once is enough
    dialog.accept()
    saved = dialog.saved_exercise()
    assert saved is not None
    assert saved.regressions == ("sit-to-stand",) and saved.progressions == ("goblet-squat",)
    assert dialog.easier.list.item(0).text() == "Sit-to-Stand"


# -- a copy of a built-in exercise ---------------------------------------------------------------------------


def test_edit_a_copy_of_a_built_in_exercise_leaves_the_original_alone(
    make_window: Any, store: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    original = window.library.get("glute-bridge")
    window.library_panel.select_exercise("glute-bridge")
    assert window.library_panel.edit_button.text() == "Edit a copy…"

    def change(dialog: ExerciseDialog) -> None:
        assert dialog.name.text() == "Glute Bridge"
        assert dialog.prescription.tempo.text() == original.default.tempo
        dialog.cues.setPlainText("Breathe out as you lift.\nSqueeze your bottom first.")
        dialog.prescription.sets.setValue(2)

    answer_dialog(monkeypatch, change)
    window.library_panel.edit_button.click()

    copies = store.list_custom_exercises()
    assert len(copies) == 1
    copy = copies[0]
    assert copy.based_on == "glute-bridge" and copy.id != "glute-bridge" and not copy.builtin
    assert copy.cues == ("Breathe out as you lift.", "Squeeze your bottom first.")
    assert copy.default.sets == 2 and copy.steps == original.steps
    assert copy.drawing_id == "glute-bridge"  # no photos: the built-in drawing still shows
    # The built-in one is unchanged, in the library and on disk.
    builtin = next(e for e in load_builtin_exercises() if e.id == "glute-bridge")
    assert window.library.get("glute-bridge") == builtin == original
    assert builtin.default.sets != 2
    assert window.library_panel.current_exercise().id == copy.id
    assert window.library_panel.edit_button.text() == "Edit…"

    # Editing the copy again changes it where it is, under the same id.
    answer_dialog(monkeypatch, lambda dialog: dialog.name.setText("Glute Bridge, Slow"))
    window.exercise_actions.edit_exercise(copy.id)
    again = store.list_custom_exercises()
    assert [(e.id, e.name) for e in again] == [(copy.id, "Glute Bridge, Slow")]


def test_a_copy_of_a_copy_still_names_the_built_in_original(
    dialog_for: Callable[..., ExerciseDialog], store: Any, library: Library
) -> None:
    first = dialog_for(editable_version(library, "bird-dog"))
    first.accept()
    copy = first.saved_exercise()
    assert copy is not None
    with_copy = Library(store.list_custom_exercises())
    assert editable_version(with_copy, copy.id) == with_copy.get(copy.id)  # the clinic's own: edited as it is
    second = dialog_for(with_copy.copy_for_clinic(copy.id, "Bird Dog, Short"), with_copy)
    second.accept()
    assert second.saved_exercise() is not None and second.saved_exercise().based_on == "bird-dog"


# -- photos ------------------------------------------------------------------------------------------------------


def test_start_and_end_photos_are_imported_upright_and_saved_with_the_exercise(
    dialog_for: Callable[..., ExerciseDialog],
    library: Library,
    store: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    start = photo(tmp_path / "start.jpg", colour=(190, 120, 90))
    end = photo(tmp_path / "end.jpg", colour=(90, 140, 190))
    dialog = dialog_for(editable_version(library, "sit-to-stand"))
    chosen = iter([str(start), str(end)])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *args, **kwargs: (next(chosen), "")))
    dialog.start_photo.choose_button.click()
    dialog.end_photo.choose_button.click()

    assert dialog.start_photo.picture.pixmap() is not None and not dialog.start_photo.picture.pixmap().isNull()
    assert dialog.drawing_note.text() == "The handout shows your photos."
    dialog.accept()
    saved = dialog.saved_exercise()
    assert saved is not None
    names = (saved.illustration.start_photo, saved.illustration.end_photo)
    assert all(name.endswith(".jpg") for name in names) and names[0] != names[1]
    assert sorted(p.name for p in store.photos_dir.iterdir()) == sorted(names)
    assert store.list_custom_exercises()[0].illustration == saved.illustration
    with Image.open(store.photos_dir / names[0]) as stored:
        assert stored.size == (200, 400)  # stood upright from its EXIF orientation
        assert not stored.getexif()  # and nothing of the camera's metadata kept


def test_a_photo_can_be_removed(dialog_for: Callable[..., ExerciseDialog], library: Library, tmp_path: Path) -> None:
    dialog = dialog_for(editable_version(library, "hip-hinge"))
    assert dialog.use_photo_file(dialog.end_photo, photo(tmp_path / "end.jpg"))
    assert dialog.drawing_note.text() == "The handout shows your photo."
    dialog.end_photo.remove_button.click()
    assert dialog.end_photo.name == "" and not dialog.end_photo.remove_button.isEnabled()
    assert dialog.drawing_note.text() == "Without photos, the handout shows the drawing of Hip Hinge:"
    dialog.accept()
    saved = dialog.saved_exercise()
    assert saved is not None and not saved.illustration.has_photos


def test_a_broken_photo_is_refused_in_plain_words_and_changes_nothing(
    dialog_for: Callable[..., ExerciseDialog], library: Library, store: Any, messages: MessageLog, tmp_path: Path
) -> None:
    dialog = dialog_for(editable_version(library, "dead-bug"))
    assert dialog.use_photo_file(dialog.start_photo, photo(tmp_path / "good.jpg"))
    kept = dialog.start_photo.name
    files_before = sorted(p.name for p in store.photos_dir.iterdir())
    broken = tmp_path / "notes.jpg"
    broken.write_text("Remember: three sets of ten.\n", encoding="utf-8")

    assert not dialog.use_photo_file(dialog.start_photo, broken)
    assert not dialog.use_photo_file(dialog.end_photo, broken)

    assert [title for _kind, title, _text in messages.shown] == ["Photo not used", "Photo not used"]
    text = messages.shown[0][2]
    assert "The start position photo was not changed: notes.jpg is not a picture" in text
    assert "JPEG, PNG or WebP" in text
    assert "Traceback" not in messages.texts()
    assert dialog.start_photo.name == kept and dialog.end_photo.name == ""
    assert sorted(p.name for p in store.photos_dir.iterdir()) == files_before
    assert store.list_custom_exercises() == []


def test_the_handout_of_a_plan_with_the_exercise_uses_its_photos(
    dialog_for: Callable[..., ExerciseDialog], library: Library, store: Any, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    from designer.pdf.handout import HandoutOptions, render_handout

    dialog = dialog_for(editable_version(library, "suitcase-carry"))
    dialog.use_photo_file(dialog.start_photo, photo(tmp_path / "a.jpg", size=(400, 200)))
    dialog.use_photo_file(dialog.end_photo, photo(tmp_path / "b.jpg", size=(300, 240), colour=(60, 160, 90)))
    dialog.accept()
    exercise = dialog.saved_exercise()
    assert exercise is not None
    plan = Plan(title="Carry on", items=(PlanItem(exercise.id, Prescription(sets=3, duration=Range(20, 30))),))
    exercises = {e.id: e for e in Library(store.list_custom_exercises()).all()}

    def pictures(options: HandoutOptions) -> list[tuple[str, tuple[int, int]]]:
        """The handout's image XObjects: (kind, size), "jpeg" for photos, "lossless" for drawings."""
        pdf = render_handout(plan, exercises, Clinic(name="Springback"), options)
        found = []
        for page in PdfReader(io.BytesIO(pdf)).pages:
            for image in page.images:
                kind = "jpeg" if image.name.lower().endswith((".jpg", ".jpeg")) else "lossless"
                found.append((kind, image.image.size))
        return sorted(found)

    # The photos go in as JPEG image XObjects, upright, and no drawing beside them.
    kept = {
        name: store.get_picture(PictureKind.PHOTO, name)
        for name in (exercise.illustration.start_photo, exercise.illustration.end_photo)
    }
    photos = {name: data for name, data in kept.items() if data is not None}
    assert pictures(HandoutOptions(photos=photos)) == [("jpeg", (200, 400)), ("jpeg", (240, 300))]
    # Where the photos are not given, the copy's built-in drawing (from based_on) stands in.
    without = pictures(HandoutOptions())
    assert without and all(kind == "lossless" for kind, _size in without)


# -- mistakes and failures keep what was typed -----------------------------------------------------------------------


def test_invalid_fields_are_shown_in_plain_words_and_the_dialog_stays_open_with_the_typing(
    dialog_for: Callable[..., ExerciseDialog], store: Any
) -> None:
    dialog = dialog_for()
    assert dialog.problem.text() == ""  # an empty new form is not scolded before Save
    fill_new(dialog)
    dialog.name.setText("")
    dialog.prescription.tempo.setText("3-1")
    assert "must look like 3-1-1" in dialog.prescription.tempo_words.text()

    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    lines = dialog.problem.text().splitlines()
    assert "Name must not be empty." in lines
    assert any(line.startswith("Tempo must look like 3-1-1 or 3-1-1-0") for line in lines)
    assert dialog.tabs.currentIndex() == 0  # the first problem's tab, where the name is
    assert dialog.prescription.tempo.text() == "3-1"
    assert dialog.purpose.text() == "Strong thighs for getting up from a chair."
    assert dialog.steps.toPlainText().startswith("Slide down")
    assert store.list_custom_exercises() == [] and dialog.saved_exercise() is None

    dialog.name.setText("Wall Sit")
    dialog.prescription.reps.setText("12-8")
    dialog.accept()
    assert dialog.isVisible()
    assert "Reps range must go from low to high (12-8 is backwards)." in dialog.problem.text()
    assert dialog.tabs.currentIndex() == 2  # the prescription's tab

    dialog.prescription.tempo.setText("3-1-1")
    assert dialog.prescription.tempo_words.text() == "slowly: 3 s down, 1 s pause, 1 s up"
    dialog.prescription.reps.setText("8-12")
    assert dialog.problem.text() == ""
    dialog.accept()
    assert not dialog.isVisible() and [e.name for e in store.list_custom_exercises()] == ["Wall Sit"]


def test_a_failed_save_keeps_the_dialog_open_with_everything_typed(
    dialog_for: Callable[..., ExerciseDialog], store: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = dialog_for()
    fill_new(dialog)

    def disk_full(_exercise: Exercise) -> Exercise:
        raise SaveError("The disk is full, so the exercise could not be saved. Free some space on the disk.")

    monkeypatch.setattr(store, "save_exercise", disk_full)
    dialog.accept()
    assert dialog.isVisible() and dialog.saved_exercise() is None
    assert "could not be saved: The disk is full" in dialog.problem.text()
    assert "Everything you typed is still here" in dialog.problem.text()
    assert dialog.name.text() == "Wall Sit with Ball" and dialog.prescription.duration.text() == "20-30"
    monkeypatch.undo()
    dialog.accept()
    assert not dialog.isVisible() and dialog.saved_exercise() is not None


def test_cancel_asks_before_dropping_typed_changes(
    dialog_for: Callable[..., ExerciseDialog], messages: MessageLog, monkeypatch: pytest.MonkeyPatch
) -> None:
    untouched = dialog_for()
    untouched.reject()
    assert not untouched.isVisible() and messages.shown == []  # nothing typed: closes at once

    dialog = dialog_for()
    dialog.name.setText("Half-typed")
    dialog.reject()  # the question is answered "No" (keep it open)
    assert dialog.isVisible() and messages.shown[-1][1] == "Close without saving?"
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *args, **kwargs: QMessageBox.StandardButton.Discard)
    )
    dialog.reject()
    assert not dialog.isVisible()


# -- the window follows the library ----------------------------------------------------------------------


def test_the_open_plan_and_its_preview_follow_an_edited_exercise(
    qtbot: Any, make_window: Any, store: Any, client: Client, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = store.save_exercise(library.copy_for_clinic("bird-dog", "Bird Dog at Home"))
    plan = store.save_plan(Plan(title="Home routine", client_id=client.id, items=(PlanItem(copy.id),)))
    window = make_window()
    window.exercise_actions.reload_library()  # the fixture's library is the built-in one: add the clinic's own
    window.clients.open_client(client.id, plan_id=plan.id)
    assert window.editor.plan_model.index(0, 0).data() == "Bird Dog at Home"

    answer_dialog(monkeypatch, lambda dialog: dialog.name.setText("Bird Dog on the Bed"))
    window.library_panel.select_exercise(copy.id)
    window.library_panel.edit_button.click()

    assert window.editor.plan_model.index(0, 0).data() == "Bird Dog on the Bed"
    qtbot.waitUntil(lambda: "Bird Dog on the Bed" in pdf_text(wait_for_preview(qtbot, window)), timeout=20_000)
    assert not window.document.modified  # the plan itself did not change


def test_context_menu_offers_edit_a_copy_for_built_in_and_delete_only_for_the_clinics_own(
    make_window: Any, store: Any, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    own = store.save_exercise(library.copy_for_clinic("dead-bug", "Dead Bug, Arms Only"))
    window = make_window()
    window.exercise_actions.reload_library()
    panel = window.library_panel

    def texts(exercise: Exercise | None) -> list[str]:
        return [action.text() for action in panel.context_menu(exercise).actions()]

    assert texts(window.library.get("dead-bug")) == ["Add to plan", "Edit a copy…", "", "New exercise…"]
    assert texts(window.library.get(own.id)) == ["Add to plan", "Edit…", "Delete…", "", "New exercise…"]
    assert texts(None) == ["New exercise…"]
    opened: list[str] = []
    monkeypatch.setattr(ExerciseDialog, "exec", lambda dialog: opened.append(dialog.name.text()) or 0)
    next(a for a in panel.context_menu(window.library.get(own.id)).actions() if a.text() == "Edit…").trigger()
    next(
        a for a in panel.context_menu(window.library.get("dead-bug")).actions() if a.text() == "Edit a copy…"
    ).trigger()
    assert opened == ["Dead Bug, Arms Only", "Dead Bug"]
    assert [e.id for e in store.list_custom_exercises()] == [own.id]  # cancelled: nothing saved


def test_deleting_an_exercise_that_plans_use_is_refused_and_an_unused_one_is_deleted(
    make_window: Any,
    store: Any,
    client: Client,
    library: Library,
    messages: MessageLog,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    used = store.save_exercise(library.copy_for_clinic("pallof-press", "Pallof Press, Kneeling"))
    unused = store.save_exercise(library.copy_for_clinic("step-up", "Step-Up, Low Step"))
    store.save_plan(Plan(title="Core work", client_id=client.id, items=(PlanItem(used.id),)))
    store.save_template("Core template", Plan(title="Core template", items=(PlanItem(used.id),)))
    window = make_window()
    window.exercise_actions.reload_library()
    assert where_used(store, unused.id) == []

    assert not window.exercise_actions.delete_exercise(used.id)
    title, text = messages.shown[-1][1:]
    assert title == "Exercise not deleted"
    assert "Core work (Margaret Ellis)" in text and "the template Core template" in text
    assert "Take it out of those plans first" in text
    assert used.id in library_ids(window)

    assert not window.exercise_actions.delete_exercise(unused.id)  # the question is answered "No"
    assert unused.id in library_ids(window)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *args, **kwargs: QMessageBox.StandardButton.Yes))
    assert window.exercise_actions.delete_exercise(unused.id)
    assert unused.id not in library_ids(window) and unused.id not in window.exercises
    assert [e.id for e in store.list_custom_exercises()] == [used.id]
    assert not window.exercise_actions.delete_exercise("step-up")  # a built-in exercise is never deleted


def test_a_read_only_data_folder_says_so_and_offers_no_save(
    qtbot: Any, store: Any, data_dir: Path, library: Library
) -> None:
    from designer.storage import Store

    with Store.open(data_dir, read_only=True) as read_only:
        dialog = ExerciseDialog(editable_version(library, "glute-bridge"), library, read_only)
        qtbot.addWidget(dialog)
        dialog.cues.setPlainText("Lift slowly.")
        assert "read-only" in dialog.problem.text()
        assert not dialog.buttons.button(dialog.buttons.StandardButton.Save).isEnabled()
        assert not dialog.start_photo.choose_button.isEnabled()
        dialog.accept()
        assert dialog.saved_exercise() is None and "read-only" in dialog.problem.text()
    assert store.list_custom_exercises() == []
