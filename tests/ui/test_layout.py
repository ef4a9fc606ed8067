"""What the therapist sees: the whole plan in view, whole names, pictures big enough, forms that fit.

These check the window's geometry offscreen (the same fonts and style as the README screenshot), not pixels.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QImage
from PySide6.QtWidgets import QApplication, QWidget

from designer.domain import RECOMMENDED_MAX_EXERCISES, Client, Level, Prescription, Range, Side
from designer.library import Library
from designer.ui.launch import DEMO_CLIENT, DEMO_CLINIC, demo_plan, take_screenshot
from designer.ui.models.plan_model import KindRole
from designer.ui.thumbnails import LIBRARY_PICTURE, PLAN_PICTURE, Thumbnails
from designer.ui.widgets.forms import choice_box, form
from designer.ui.widgets.prescription_fields import PrescriptionFields
from designer.ui.widgets.row_delegate import fit_subtitle, wrap_text

from .conftest import make_exercise


@pytest.fixture
def demo_window(make_window: Any, store: Any, library: Library, qtbot: Any) -> Any:
    """The README's window: Margaret's demo plan, at 1440 × 900, its second row selected, for a clinic that has
    set itself up (a new clinic's "Your Clinic" puts a line in the banner above, asking for its name)."""
    store.save_clinic(DEMO_CLINIC)
    client = store.save_client(DEMO_CLIENT)
    plan = store.save_plan(replace(demo_plan(library), client_id=client.id))
    window = make_window()
    window.resize(1440, 900)
    window.show()
    qtbot.waitExposed(window)
    window.clients.open_client(client.id, plan_id=plan.id)
    window.editor.plan_tree.select_ids([plan.items[1].id])
    QApplication.processEvents()
    return window


def visible_rows(window: Any) -> list[str]:
    """The plan rows wholly inside the tree's visible area, by name."""
    tree = window.editor.plan_tree
    model = window.editor.plan_model
    area = tree.viewport().rect()
    shown = []
    for row in range(model.rowCount()):
        stage = model.index(row, 0)
        for index in [stage, *[model.index(r, 0, stage) for r in range(model.rowCount(stage))]]:
            if area.contains(tree.visualRect(index)):
                shown.append(str(index.data()))
    return shown


def whole(widget: QWidget) -> bool:
    """The widget is at least as wide as it asks to be: its words are not cut short."""
    return widget.width() >= widget.sizeHint().width()


def test_the_demo_plan_is_one_a_therapist_would_give(library: Library) -> None:
    plan = demo_plan(library)
    assert 4 <= plan.exercise_count <= RECOMMENDED_MAX_EXERCISES and not plan.too_many_exercises
    assert [stage.title for stage in plan.stages] == ["Stability", "Strength"]
    assert all(item.stage_id in {stage.id for stage in plan.stages} for item in plan.items)
    assert all(library.get(item.exercise_id) is not None for item in plan.items)


def test_the_whole_demo_plan_is_in_view_at_1440_by_900(demo_window: Any) -> None:
    window = demo_window
    assert window.editor.too_many.isHidden()  # a good plan: no warning taking the space
    plan = window.document.plan
    expected = len(plan.stages) + len(plan.items)
    assert len(visible_rows(window)) == expected, visible_rows(window)
    # The prescription under it is whole too: three fields to a row, no scrolling.
    assert window.editor.prescription_panel.fields.per_row == 3
    assert not window.editor.details_area.verticalScrollBar().isVisible()


def test_the_plan_still_shows_several_rows_at_1280_by_800(demo_window: Any) -> None:
    window = demo_window
    window.resize(1280, 800)
    QApplication.processEvents()
    assert len(visible_rows(window)) >= 4
    # Nothing is squeezed: the prescription's fields fit, a level of scrolling at most.
    fields = window.editor.prescription_panel.fields
    assert fields.width() >= fields.width_for(fields.per_row)


def test_ladder_buttons_show_whole_names_side_by_side_or_stacked(demo_window: Any) -> None:
    panel = demo_window.editor.prescription_panel
    assert panel.heading.text() == "Glute Bridge"
    assert panel.harder.text() == "Harder: Single-Leg Glute Bridge"
    assert panel.easier.text() == "Easier: Pelvic Tilt"
    assert not panel.ladder.stacked and whole(panel.easier) and whole(panel.harder)
    # A narrow plan pane: the longer name gets a line of its own rather than losing its middle.
    sizes = demo_window.splitter.sizes()
    demo_window.splitter.setSizes([sizes[0], sizes[1], 330, sum(sizes) - sizes[0] - sizes[1] - 330])
    QApplication.processEvents()
    assert panel.ladder.width() < panel.ladder.width_side_by_side()
    assert panel.ladder.stacked and whole(panel.easier) and whole(panel.harder)


def test_library_rows_have_2_to_1_pictures_and_filters_keep_their_words(demo_window: Any) -> None:
    panel = demo_window.library_panel
    index = panel.filter.index(0, 0)
    picture = index.data(Qt.ItemDataRole.DecorationRole)
    assert picture.deviceIndependentSize().toSize() == LIBRARY_PICTURE
    assert panel.list.visualRect(index).height() >= LIBRARY_PICTURE.height()
    for combo in (panel.region, panel.category, panel.equipment, panel.level):
        assert whole(combo), combo.currentText()
    plan_index = demo_window.editor.plan_model.index(0, 0)
    item = demo_window.editor.plan_model.index(0, 0, plan_index)
    assert plan_index.data(KindRole) == "stage"
    assert item.data(Qt.ItemDataRole.DecorationRole).deviceIndependentSize().toSize() == PLAN_PICTURE


def test_thumbnails_are_sharp_on_a_high_resolution_screen(qtbot: Any) -> None:
    drawn = make_exercise("glute-bridge", "Glute Bridge")
    missing = make_exercise("no-such-drawing", "Wall Sit with Ball")
    pictures = Thumbnails(QSize(96, 48), pixel_ratio=2.0)
    sharp = pictures.pixmap(drawn)
    assert (sharp.width(), sharp.height()) == (192, 96) and sharp.devicePixelRatio() == 2.0
    assert sharp.deviceIndependentSize().toSize() == QSize(96, 48)
    # The drawing (white paper) is shown, not the tinted initials tile that stands in for a missing one.
    image: QImage = sharp.toImage()
    assert QColor(image.pixel(8, 8)) == QColor("#FFFFFF")
    tile = pictures.pixmap(missing).toImage()
    assert QColor(tile.pixel(20, 48)) != QColor("#FFFFFF")


def test_long_names_wrap_at_spaces_and_only_the_last_line_is_shortened(qtbot: Any) -> None:
    metrics = QFontMetrics(QApplication.font())
    name = "Supported Single-Leg Romanian Deadlift"
    width = metrics.horizontalAdvance("Supported Single-Leg")
    lines = wrap_text(name, metrics, width, 2)
    assert lines[0] == "Supported Single-Leg"
    assert len(lines) == 2 and lines[1].startswith("Romanian")
    assert all(metrics.horizontalAdvance(line) <= width for line in lines)
    assert wrap_text(name, metrics, width, 1) == [metrics.elidedText(name, Qt.TextElideMode.ElideRight, width)]
    assert wrap_text("Glute Bridge", metrics, 400, 2) == ["Glute Bridge"]
    # A second line wraps between its parts, without a dot left hanging.
    parts = wrap_text("Glute strength · Moderate", metrics, metrics.horizontalAdvance("Glute strength ·"), 2, " · ")
    assert parts == ["Glute strength", "Moderate"]
    # One line too narrow for both parts: the level stays whole, the category is shortened.
    width = metrics.horizontalAdvance("Glute stren · Challenging")
    (line,) = fit_subtitle("Glute strength · Challenging", metrics, width, 1)
    assert line.endswith(" · Challenging") and line.startswith("Glute") and "…" in line
    assert metrics.horizontalAdvance(line) <= width
    assert fit_subtitle("Hip hinge · Gentle", metrics, 400, 1) == ["Hip hinge · Gentle"]


def test_prescription_fields_fit_three_or_two_to_a_row_and_read_back_what_they_show(qtbot: Any) -> None:
    fields = PrescriptionFields(how_often=True)
    qtbot.addWidget(fields)
    fields.show()
    fields.resize(fields.width_for(3) + 10, 300)
    qtbot.waitUntil(lambda: fields.per_row == 3)
    tall = fields.sizeHint().height()
    fields.resize(fields.width_for(3) - 10, 300)
    qtbot.waitUntil(lambda: fields.per_row == 2)
    assert fields.sizeHint().height() > tall  # two to a row takes more height
    for name in ("sets", "reps", "side", "hold", "duration", "rest"):
        widget = getattr(fields, name)
        assert widget.width() >= widget.minimumWidth(), name
    prescription = Prescription(
        sets=2, reps=Range(8, 12), tempo="3-1-1", rest_seconds=60, load="light band", side=Side.EACH
    )
    fields.show_prescription(prescription)
    assert fields.read(Prescription()) == prescription
    assert fields.side.currentText() == "Each side" and fields.tempo_words.text().startswith("slowly")
    fields.reps.setText("12-8")
    with pytest.raises(ValueError, match=r"^Reps "):
        fields.read(prescription)


def test_choice_boxes_and_forms(qtbot: Any) -> None:
    box = choice_box([(level.label, level.value) for level in Level], Level.MODERATE.value)
    assert box.currentText() == "Moderate" and box.currentData() == "moderate"
    page = QWidget()
    qtbot.addWidget(page)
    layout = form([("Name", choice_box([("A", 1)])), QWidget()], page)
    assert layout.rowCount() == 2 and page.layout() is layout


def test_screenshot_of_a_data_folder_changes_nothing_in_it(tmp_path: Path, qtbot: Any) -> None:
    """``screenshot --data-dir``: the folder's own latest plan, opened read-only (no save, no snapshot)."""
    from designer.domain import Plan
    from designer.storage import Store

    folder = tmp_path / "clinic"
    with Store.open(folder) as store:
        client = store.save_client(Client(name="Priya Sharma"))
        store.save_plan(Plan(title="Knees and hips", client_id=client.id))
    before = {path: path.stat().st_mtime_ns for path in folder.rglob("*") if path.is_file()}
    out = take_screenshot(tmp_path / "window.png", (1280, 800), folder)
    picture = QImage(str(out))
    assert (picture.width(), picture.height()) == (1280, 800)
    after = {path: path.stat().st_mtime_ns for path in folder.rglob("*") if path.is_file()}
    assert after == before
