"""The plan tree model: qtmodeltester, drops through mimeData/dropMimeData, and undo of each drop."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from designer.domain import Exercise, Plan
from designer.ui import commands
from designer.ui.document import PlanDocument
from designer.ui.mime import PLAN_ROWS_MIME, exercise_ids_to_mime
from designer.ui.models.library_model import LibraryModel
from designer.ui.models.plan_model import PlanTreeModel, RowIdRole, SubtitleRole

from .conftest import plan_rows


def _model(plan: Plan, exercises: list[Exercise]) -> tuple[PlanDocument, PlanTreeModel]:
    document = PlanDocument()
    document.load(plan, None)
    by_id = {exercise.id: exercise for exercise in exercises}
    return document, PlanTreeModel(document, by_id.get)


def test_plan_model_passes_qtmodeltester(qtmodeltester, staged_plan, ladder_exercises) -> None:
    document, model = _model(staged_plan, ladder_exercises)
    document.push(commands.add_exercises(document, ladder_exercises[:2], "s1"))
    document.push(commands.add_exercises(document, ladder_exercises[2:3], ""))
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)


def test_library_drop_into_a_chosen_stage_with_defaults(qtbot, staged_plan, ladder_exercises) -> None:
    document, model = _model(staged_plan, ladder_exercises)
    library = LibraryModel(ladder_exercises)
    data = library.mimeData([library.index(1, 0)])  # Glute Bridge
    strength = model.index(1, 0)
    assert model.canDropMimeData(data, Qt.DropAction.CopyAction, -1, 0, strength)
    assert model.dropMimeData(data, Qt.DropAction.CopyAction, -1, 0, strength)
    assert plan_rows(model) == [("Stability", []), ("Strength", ["Glute Bridge"])]
    bridge = model.index(0, 0, model.index(1, 0))
    assert bridge.data(SubtitleRole) == "3 × 10 · 3-1-1"
    document.undo_stack.undo()
    assert plan_rows(model) == [("Stability", []), ("Strength", [])]
    document.undo_stack.redo()
    assert plan_rows(model) == [("Stability", []), ("Strength", ["Glute Bridge"])]


def test_drop_in_empty_space_goes_to_the_last_stage(staged_plan, ladder_exercises) -> None:
    _document, model = _model(staged_plan, ladder_exercises)
    assert model.dropMimeData(
        exercise_ids_to_mime(["suitcase-carry", "band-row"]), Qt.DropAction.CopyAction, -1, -1, QModelIndex()
    )
    assert plan_rows(model) == [("Stability", []), ("Strength", ["Suitcase Carry", "Resistance Band Row"])]


def test_move_rows_between_stages_by_mime(staged_plan, ladder_exercises) -> None:
    document, model = _model(staged_plan, ladder_exercises)
    document.push(commands.add_exercises(document, ladder_exercises[:3], "s1"))
    stability = model.index(0, 0)
    first, third = model.index(0, 0, stability), model.index(2, 0, stability)
    data = model.mimeData([first, third])
    assert data.hasFormat(PLAN_ROWS_MIME)
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, model.index(1, 0))
    assert plan_rows(model) == [
        ("Stability", ["Glute Bridge"]),
        ("Strength", ["Pelvic Tilt", "Single-Leg Glute Bridge"]),
    ]
    # Reorder inside a stage: the last row to the top.
    strength = model.index(1, 0)
    data = model.mimeData([model.index(1, 0, strength)])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, strength)
    assert plan_rows(model)[1] == ("Strength", ["Single-Leg Glute Bridge", "Pelvic Tilt"])
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert plan_rows(model) == [
        ("Stability", ["Pelvic Tilt", "Glute Bridge", "Single-Leg Glute Bridge"]),
        ("Strength", []),
    ]


def test_stages_reorder_by_mime_and_rows_of_another_plan_are_refused(staged_plan, ladder_exercises) -> None:
    _document, model = _model(staged_plan, ladder_exercises)
    data = model.mimeData([model.index(1, 0)])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert [model.index(r, 0).data(RowIdRole) for r in range(2)] == ["s2", "s1"]
    _other_document, other = _model(Plan(title="Other", stages=staged_plan.stages), ladder_exercises)
    assert not other.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert not other.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())


def test_removeRows_is_refused_so_a_move_never_loses_rows(staged_plan, ladder_exercises) -> None:
    document, model = _model(staged_plan, ladder_exercises)
    document.push(commands.add_exercises(document, ladder_exercises[:1], "s1"))
    assert not model.removeRows(0, 1, model.index(0, 0))
    assert plan_rows(model)[0] == ("Stability", ["Pelvic Tilt"])
