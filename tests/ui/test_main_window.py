"""The main window end to end: building a plan by mouse and keyboard, undo, autosave, preview, PDF, print."""

from __future__ import annotations

from dataclasses import replace
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from designer.domain import Client, Layout, Plan, Stage
from designer.ui.mime import exercise_ids_to_mime

from .conftest import pdf_text, plan_rows, wait_for_preview


@pytest.fixture
def plan(store: Any, client: Client) -> Plan:
    return store.save_plan(
        Plan(
            title="Back to lifting",
            client_id=client.id,
            stages=(Stage("Stability", weeks="1–2", id="s1"), Stage("Strength", id="s2")),
        )
    )


@pytest.fixture
def window(make_window: Any, client: Client, plan: Plan) -> Any:
    window = make_window()
    window.clients.open_client(client.id, plan_id=plan.id)
    return window


def shown(window: Any) -> list[Any]:
    return plan_rows(window.editor.plan_model)


def select_library(window: Any, exercise_id: str) -> None:
    panel = window.library_panel
    panel.search.clear()
    panel.select_exercise(exercise_id)
    panel.list.setFocus()


def key(widget: Any, qtbot: Any, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(widget, key, modifier)


def test_opening_a_client_shows_their_newest_plan_and_the_title_bar_names_both(window: Any, plan: Plan) -> None:
    assert window.document.plan.id == plan.id
    assert "Margaret Ellis" in window.windowTitle() and "Back to lifting" in window.windowTitle()
    assert "\u2022" not in window.windowTitle()
    assert shown(window) == [("Stability", []), ("Strength", [])]


def test_keyboard_plan_building(qtbot: Any, window: Any) -> None:
    tree = window.editor.plan_tree
    tree.select_ids(["s1"])
    select_library(window, "glute-bridge")
    key(window.library_panel.list, qtbot, Qt.Key.Key_Return)
    select_library(window, "dead-bug")
    key(window.library_panel.list, qtbot, Qt.Key.Key_Enter)
    # Enter adds after the selected row: the new exercise is selected after each add.
    assert shown(window) == [("Stability", ["Glute Bridge", "Dead Bug"]), ("Strength", [])]
    tree.setFocus()
    key(tree, qtbot, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert shown(window) == [("Stability", ["Dead Bug", "Glute Bridge"]), ("Strength", [])]
    tree.select_ids([window.document.plan.items[1].id])
    key(tree, qtbot, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert shown(window) == [("Stability", ["Dead Bug"]), ("Strength", ["Glute Bridge"])]
    key(tree, qtbot, Qt.Key.Key_Delete)
    assert shown(window) == [("Stability", ["Dead Bug"]), ("Strength", [])]
    # Typing in the library search and pressing Enter adds the first match.
    window.library_panel.search.setText("suitcase carry")
    key(window.library_panel.search, qtbot, Qt.Key.Key_Return)
    assert "Suitcase Carry" in str(shown(window))


def _drag_events(target: Any, position: QPoint, data: QMimeData) -> bool:
    """Drive a real drag over a view: enter, move, drop, as the platform's drag manager would."""
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    point = QPointF(position)
    enter = QDragEnterEvent(point, actions, data, buttons, modifiers)
    QApplication.sendEvent(target, enter)
    move = QDragMoveEvent(point, actions, data, buttons, modifiers)
    QApplication.sendEvent(target, move)
    if not move.isAccepted():
        return False
    drop = QDropEvent(point, actions, data, buttons, modifiers)
    QApplication.sendEvent(target, drop)
    return drop.isAccepted()


def test_a_real_drop_from_the_library_onto_a_stage(qtbot: Any, window: Any) -> None:
    window.show()
    qtbot.waitExposed(window)
    tree = window.editor.plan_tree
    strength = window.editor.plan_model.stage_index("s2")
    rect = tree.visualRect(strength)
    assert rect.isValid()
    data = window.library_panel.model.mimeData(
        [window.library_panel.model.index(window.library_panel.model.row_of("farmers-carry"), 0)]
    )
    assert _drag_events(tree.viewport(), rect.center(), data)
    assert shown(window) == [("Stability", []), ("Strength", ["Farmer's Carry"])]
    item = window.document.plan.items[0]
    assert item.prescription == window.exercises["farmers-carry"].default


def test_drop_through_the_model_and_every_kind_of_edit_undoes_and_redoes(qtbot: Any, window: Any) -> None:
    """Each edit, undone and redone, leaves exactly the plan it should."""
    document = window.document
    model = window.editor.plan_model
    stack = document.undo_stack
    start = document.plan

    def check_undo_redo(edit: Any) -> None:
        before = document.plan
        edit()
        after = document.plan
        assert after != before
        stack.undo()
        assert document.plan == before
        stack.redo()
        assert document.plan == after

    # Drop two exercises from the library into Stability.
    check_undo_redo(
        lambda: model.dropMimeData(
            exercise_ids_to_mime(["glute-bridge", "bird-dog"]), Qt.DropAction.CopyAction, -1, 0, model.stage_index("s1")
        )
    )
    bridge, bird = (item.id for item in document.plan.items)
    # Move a row to another stage by dragging it (mimeData -> dropMimeData).
    check_undo_redo(
        lambda: model.dropMimeData(
            model.mimeData([model.index_of_id(bird)]), Qt.DropAction.MoveAction, 0, 0, model.stage_index("s2")
        )
    )
    # Prescription, through the panel's fields.
    window.editor.plan_tree.select_ids([bridge])
    panel = window.editor.prescription_panel
    check_undo_redo(lambda: panel.fields.sets.setValue(4))
    check_undo_redo(lambda: panel.fields.reps.setText("8-12"))
    check_undo_redo(lambda: panel.note.setPlainText("Slow on the way down"))
    check_undo_redo(lambda: panel.swap_to(window.exercises["single-leg-bridge"], easier=False))
    # Stages: add, rename, move, remove.
    check_undo_redo(window.editor.add_stage)
    new_stage = document.plan.stages[-1].id
    window.editor.plan_tree.select_ids([new_stage])
    check_undo_redo(
        lambda: (
            window.editor.stage_panel.title.setText("Confidence plus"),
            window.editor.stage_panel.title.textEdited.emit("Confidence plus"),
        )
    )
    check_undo_redo(lambda: window.editor.move_selected(-1))
    check_undo_redo(window.editor.remove_selected)
    # The plan's title, notes and layout.
    check_undo_redo(
        lambda: (window.editor.plan_title.setText("Strong again"), window.editor.plan_title.textEdited.emit("x"))
    )
    check_undo_redo(lambda: window.editor.plan_notes.setPlainText("Little and often."))
    check_undo_redo(
        lambda: window.preview_panel.layout_choice.setCurrentIndex(
            window.preview_panel.layout_choice.findData(Layout.LARGE_PRINT.value)
        )
    )
    # All the way back to the start.
    while stack.canUndo():
        stack.undo()
    assert replace(document.plan, revision=start.revision, updated=start.updated) == start


def test_typing_merges_into_one_undo_step(window: Any) -> None:
    window.editor.plan_title.setText("S")
    window.editor.plan_title.textEdited.emit("S")
    for text in ("St", "Str", "Stro", "Strong"):
        window.editor.plan_title.setText(text)
        window.editor.plan_title.textEdited.emit(text)
    assert window.document.plan.title == "Strong"
    window.document.undo_stack.undo()
    assert window.document.plan.title == "Back to lifting"


def test_swap_along_the_ladder_keeps_the_prescription(qtbot: Any, window: Any) -> None:
    window.editor.plan_tree.select_ids(["s1"])
    window.editor.add_exercises(["glute-bridge"])
    panel = window.editor.prescription_panel
    panel.fields.sets.setValue(5)
    panel.fields.tempo.setText("3-1-1")
    before = window.document.plan.items[0]
    assert panel.harder.text().startswith("Harder: ")
    qtbot.mouseClick(panel.harder, Qt.MouseButton.LeftButton)
    after = window.document.plan.items[0]
    harder = window.library.harder("glute-bridge")
    assert after.exercise_id == harder.id
    assert after.prescription == before.prescription and after.id == before.id
    assert panel.heading.text() == harder.name
    qtbot.mouseClick(panel.easier, Qt.MouseButton.LeftButton)
    assert window.document.plan.items[0].exercise_id == "glute-bridge"
    assert window.document.plan.items[0].prescription == before.prescription


def test_tempo_is_explained_as_typed_and_a_half_typed_value_waits(window: Any) -> None:
    window.editor.plan_tree.select_ids(["s1"])
    window.editor.add_exercises(["glute-bridge"])
    panel = window.editor.prescription_panel
    steps = window.document.undo_stack.count()
    panel.fields.tempo.setText("3-1")
    assert "must look like 3-1-1" in panel.fields.tempo_words.text()
    assert window.document.undo_stack.count() == steps
    assert panel.problem.text().startswith("Tempo")
    panel.fields.tempo.setText("3-1-2")
    assert panel.fields.tempo_words.text() == "slowly: 3 s down, 1 s pause, 2 s up"
    assert window.document.plan.items[0].prescription.tempo == "3-1-2"
    assert panel.problem.text() == ""


def test_more_than_six_exercises_gives_a_gentle_warning(window: Any) -> None:
    ids = ["glute-bridge", "bird-dog", "dead-bug", "clamshell", "hip-hinge", "side-plank"]
    window.editor.add_exercises(ids)
    assert window.editor.too_many.isHidden()
    window.editor.add_exercises(["suitcase-carry"])
    assert not window.editor.too_many.isHidden()
    assert "7 exercises" in window.editor.too_many.text()


def test_autosave_survives_closing_the_window(
    qtbot: Any, make_window: Any, data_dir: Path, client: Client, plan: Plan, store: Any
) -> None:
    window = make_window(close_store=True)
    window.clients.open_client(client.id, plan_id=plan.id)
    window.editor.add_exercises(["glute-bridge"])
    with qtbot.waitSignal(window.planSaved, timeout=5000):
        pass  # the autosave timer fires a moment after the edit
    assert "\u2022" not in window.windowTitle()
    # An edit closed before the autosave timer fires is saved on close.
    window.session.autosave_timer.setInterval(60_000)
    window.editor.add_exercises(["bird-dog"])
    assert "\u2022" in window.windowTitle()
    window.close()
    from designer.storage import Store

    with Store.open(data_dir) as reopened:
        saved = reopened.get_plan(plan.id)
    assert [item.exercise_id for item in saved.items] == ["glute-bridge", "bird-dog"]


def test_window_settings_are_kept(
    qtbot: Any, make_window: Any, window_settings: Any, client: Client, plan: Plan
) -> None:
    first = make_window()
    first.clients.open_client(client.id, plan_id=plan.id)
    first.preview_panel.tracking.setChecked(True)
    first.splitter.setSizes([300, 300, 400, 440])
    first.close()
    second = make_window()
    assert second.document.client.id == client.id and second.document.plan.id == plan.id
    assert second.preview_panel.tracking.isChecked()


def test_the_last_layout_chosen_is_used_for_new_plans(make_window: Any, client: Client, plan: Plan) -> None:
    first = make_window()
    first.clients.open_client(client.id, plan_id=plan.id)
    first.preview_panel.layout_choice.setCurrentIndex(first.preview_panel.layout_choice.findData(Layout.COMPACT.value))
    assert first.document.plan.layout is Layout.COMPACT
    first.close()
    second = make_window()
    second.plans.new_plan()
    assert second.document.plan.layout is Layout.COMPACT


def test_the_preview_follows_edits(qtbot: Any, window: Any) -> None:
    window.editor.add_exercises(["glute-bridge"])
    assert "Glute Bridge" in pdf_text(wait_for_preview(qtbot, window))
    window.editor.plan_title.setText("Garden ready")
    window.editor.plan_title.textEdited.emit("Garden ready")
    qtbot.waitUntil(lambda: "Garden ready" in pdf_text(window.preview_panel.pdf_bytes), timeout=20_000)
    assert window.preview_panel.page_count() >= 1


def test_stale_renders_are_dropped(qtbot: Any, window: Any) -> None:
    renderer = window.renderer
    seen: list[str] = []
    renderer.rendered.connect(lambda result: seen.append(pdf_text(result.pdf)))
    for title in ("One", "Two", "Three", "Four"):
        window.editor.plan_title.setText(title)
        window.editor.plan_title.textEdited.emit(title)
    wait_for_preview(qtbot, window)
    qtbot.waitUntil(lambda: not renderer.busy and bool(seen), timeout=20_000)
    assert "Four" in seen[-1]
    assert not any("Two" in text for text in seen)


def test_save_pdf_with_the_clients_name_in_the_file_name(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.editor.add_exercises(["glute-bridge"])
    offered: list[str] = []

    def choose(_parent: Any, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        offered.append(suggested)
        return str(tmp_path / Path(suggested).name), "PDF files (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    path = window.handouts.save_pdf()
    assert path is not None and path.is_file()
    assert Path(offered[0]).name.startswith("Back to lifting - Margaret Ellis - ")
    assert path.name.endswith(".pdf")
    text = pdf_text(path.read_bytes())
    assert "Glute Bridge" in text and "Margaret Ellis" in text


def test_print_to_a_pdf_file_gives_the_handouts_pages(window: Any, tmp_path: Path) -> None:
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    window.editor.add_exercises(["glute-bridge", "bird-dog", "farmers-carry"])
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert window.handouts.print_handout(printer)
    handout = window.handouts.render_now()
    printed = PdfReader(str(out))
    from io import BytesIO

    original = PdfReader(BytesIO(handout.pdf))
    assert len(printed.pages) == len(original.pages)
    for mine, theirs in zip(printed.pages, original.pages, strict=True):
        # Same paper, to within a point.
        assert abs(float(mine.mediabox.width) - float(theirs.mediabox.width)) < 2
        assert abs(float(mine.mediabox.height) - float(theirs.mediabox.height)) < 2


def test_the_print_dialog_offers_the_handouts_pages_and_prints_a_range(
    window: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    window.editor.add_exercises(["glute-bridge", "bird-dog", "farmers-carry", "dead-bug"])
    pages = len(PdfReader(BytesIO(window.handouts.render_now().pdf)).pages)
    assert pages >= 3
    out = tmp_path / "range.pdf"
    offered: list[tuple[int, int, int, int]] = []

    def choose_pages_two_to_three(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        offered.append((dialog.minPage(), dialog.maxPage(), printer.fromPage(), printer.toPage()))
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(2, 3)
        return 1

    monkeypatch.setattr(QPrintDialog, "exec", choose_pages_two_to_three)
    assert window.handouts.print_handout()
    assert offered == [(1, pages, 1, pages)]  # not "Pages 1 to 1" for a handout of several pages
    assert len(PdfReader(str(out)).pages) == 2


def test_new_plan_from_this_one_copies_the_plan(qtbot: Any, window: Any, store: Any, client: Client) -> None:
    window.editor.add_exercises(["glute-bridge"])
    old = window.document.plan
    window.plans.copy_plan(old.id)
    new = window.document.plan
    assert new.id != old.id
    assert [i.exercise_id for i in new.items] == ["glute-bridge"]
    assert [s.title for s in new.stages] == ["Stability", "Strength"]
    # Both are kept (saved within the same second, so their order in the list may tie).
    assert {p.id for p in store.list_plans(client.id)} == {old.id, new.id}
    assert window.client_panel.plans.rowCount() == 2


def test_new_plan_from_a_template_and_save_as_template(
    qtbot: Any, window: Any, store: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from designer.ui.dialogs import template_dialogs

    window.editor.add_exercises(["glute-bridge"])
    monkeypatch.setattr(template_dialogs.SaveTemplateDialog, "exec", lambda self: 1)
    window.plans.save_as_template()
    assert [name for _id, name in store.list_saved_templates()] == ["Back to lifting"]

    def pick_own(dialog: Any) -> int:
        dialog.choose(store.list_saved_templates()[0][0])
        return 1

    monkeypatch.setattr(template_dialogs.ChooseTemplateDialog, "exec", pick_own)
    old_id = window.document.plan.id
    window.plans.new_plan_from_template()
    plan = window.document.plan
    assert plan.id != old_id and plan.client_id == window.document.client.id
    assert [i.exercise_id for i in plan.items] == ["glute-bridge"]


def test_add_and_find_a_client(qtbot: Any, make_window: Any, monkeypatch: pytest.MonkeyPatch, store: Any) -> None:
    from designer.ui.dialogs import client_dialog

    window = make_window()

    def fill(dialog: Any) -> int:
        dialog.name.setText("Zoë Adeyemi")
        dialog.email.setText("not an email")
        assert not dialog.buttons.button(dialog.buttons.StandardButton.Save).isEnabled()
        assert "Email" in dialog.problem.text()
        dialog.email.setText("zoe@example.com")
        return 1

    monkeypatch.setattr(client_dialog.ClientDialog, "exec", fill)
    window.clients.add_client()
    assert window.document.client.name == "Zoë Adeyemi"
    window.plans.new_plan()
    assert window.document.plan is not None and window.document.plan.client_id == window.document.client.id
    panel = window.client_panel
    panel.search.setText("zoe")  # accents are ignored when searching
    qtbot.waitUntil(lambda: panel.clients.rowCount() == 1 and panel.clients.row_at(0).name == "Zoë Adeyemi")


def test_export_then_import_into_another_data_folder(
    qtbot: Any,
    make_window: Any,
    window: Any,
    tmp_path: Path,
    library: Any,
    monkeypatch: pytest.MonkeyPatch,
    messages: Any,
) -> None:
    from designer.storage import Store

    window.editor.add_exercises(["glute-bridge", "farmers-carry"])
    exported = tmp_path / "margaret.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a: (str(exported), "")))
    window.clinic_actions.export_plans()
    assert exported.is_file()
    other = Store.open(tmp_path / "other")
    try:
        fresh = make_window(store=other)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *_a: (str(exported), "")))
        fresh.clinic_actions.import_plans()
        assert any(title == "Plans imported" and "Imported 1 plan" in text for _k, title, text in messages.shown)
        assert fresh.client_panel.clients.rowCount() == 1
        [summary] = other.list_plans()
        imported = other.get_plan(summary.id)
        assert [i.exercise_id for i in imported.items] == ["glute-bridge", "farmers-carry"]
        # A file that is not a plan is refused in plain words, and nothing changes.
        bad = tmp_path / "notes.json"
        bad.write_text('{"hello": 1}', encoding="utf-8")
        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *_a: (str(bad), "")))
        fresh.clinic_actions.import_plans()
        assert any(title == "Nothing imported" and "not an exercise plan" in text for _k, title, text in messages.shown)
        assert len(other.list_plans()) == 1
    finally:
        fresh.session.autosave_timer.stop()
        other.close()


def test_the_email_action_saves_and_logs_from_the_window(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from designer.domain import Delivery
    from designer.ui.dialogs import email_dialog

    window.editor.add_exercises(["glute-bridge"])
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda _p, _t, suggested, _f: (str(tmp_path / Path(suggested).name), "")),
    )
    shown: list[Path] = []
    monkeypatch.setattr(email_dialog, "show_in_folder", lambda path: shown.append(path) or f"Showed {path.name}")

    def save_only(dialog: Any) -> int:
        assert dialog.to.text() == "margaret@example.com"
        dialog.choose(Delivery.SAVE_ONLY)
        dialog.go.click()
        return dialog.result()

    monkeypatch.setattr(email_dialog.EmailDialog, "exec", save_only)
    window.handouts.email_handout()
    assert window.client_panel.sent.rowCount() == 1
    assert window.client_panel.sent.index(0, 0).data().startswith("Back to lifting (version ")
    saved = list(tmp_path.glob("Back to lifting - Margaret Ellis - *.pdf"))
    assert len(saved) == 1 and "Glute Bridge" in pdf_text(saved[0].read_bytes())
    assert shown == saved


def test_the_plan_notes_are_printed_where_their_field_says(qtbot: Any, window: Any) -> None:
    """The notes field promises "near the top of the handout" (and its tooltip "after the clinic's advice"): the
    preview agrees."""
    import io

    from pypdf import PdfReader

    assert "near the top of the handout" in window.editor.plan_notes.placeholderText()
    assert "after the clinic's advice" in window.editor.plan_notes.toolTip()
    window.editor.plan_tree.select_ids(["s1"])
    window.editor.add_exercises(["glute-bridge"])
    window.editor.plan_notes.setPlainText("Little and often beats a lot once in a while.")
    qtbot.waitUntil(
        lambda: (
            bool(window.preview_panel.pdf_bytes)
            and "Little and often beats" in pdf_text(window.preview_panel.pdf_bytes)
        ),
        timeout=20_000,
    )
    first_page = PdfReader(io.BytesIO(window.preview_panel.pdf_bytes)).pages[0].extract_text() or ""
    advice = first_page.index("You are not fragile")  # the clinic's standing advice, first on every handout
    notes = first_page.index("Little and often beats")
    assert advice < notes
    assert "Glute Bridge" not in first_page[:notes]  # before the exercises


def test_the_outbox_is_in_the_file_menu_and_retried_while_the_window_is_open(
    make_window: Any, monkeypatch: Any
) -> None:
    from designer.ui.dialogs.outbox_dialog import OutboxDialog

    window = make_window()
    assert window.outbox_retrier is not None and window.outbox_retrier.timer.isActive()
    file_menu = window.menuBar().actions()[0].menu()
    assert window.menu_actions.outbox in file_menu.actions()
    shown: list[OutboxDialog] = []
    monkeypatch.setattr(OutboxDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    window.menu_actions.outbox.trigger()
    assert len(shown) == 1 and shown[0].table.rowCount() == 0  # nothing waiting in a new data folder
    window.shut_down()
    assert not window.outbox_retrier.timer.isActive()
