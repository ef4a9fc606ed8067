"""The preview turns to the exercise chosen in the plan, and shows the page at fit-width or its printed size."""

from __future__ import annotations

from typing import Any

from PySide6.QtPdfWidgets import QPdfView

from designer.domain import Client

from .conftest import wait_for_preview

EXERCISES = ["glute-bridge", "bird-dog", "dead-bug", "suitcase-carry", "sit-to-stand"]


def test_choosing_an_exercise_turns_the_preview_to_its_page(qtbot: Any, make_window: Any, client: Client) -> None:
    window = make_window()
    window.show()
    window.clients.open_client(client.id)
    window.plans.new_plan()
    window.editor.add_exercises(EXERCISES)
    wait_for_preview(qtbot, window)
    bar = window.preview_panel.view.verticalScrollBar()
    items = window.document.plan.items
    positions = []
    for item in (items[3], items[0], items[4]):
        window.editor.plan_tree.select_ids([item.id])
        qtbot.waitUntil(lambda: bar.value() not in positions, timeout=5_000)
        positions.append(bar.value())
    fourth, first, fifth = positions
    assert first < fourth < fifth
    # The page it turned to is the exercise's own: its heading is on the page the view's top falls in.
    navigator = window.preview_panel.view.pageNavigator()
    assert "Sit-to-Stand" in window.preview_panel.document.getAllText(navigator.currentPage()).text()


def test_the_preview_fits_the_width_or_shows_the_printed_size(qtbot: Any, make_window: Any, client: Client) -> None:
    window = make_window()
    window.show()
    window.clients.open_client(client.id)
    window.plans.new_plan()
    window.editor.add_exercises(EXERCISES[:1])
    wait_for_preview(qtbot, window)
    panel = window.preview_panel
    assert panel.view.zoomMode() == QPdfView.ZoomMode.FitToWidth and panel.fit_width.isChecked()
    panel.actual_size.click()
    assert panel.view.zoomMode() == QPdfView.ZoomMode.Custom and panel.view.zoomFactor() == 1.0
    assert not panel.fit_width.isChecked()
    panel.fit_width.click()
    assert panel.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    assert panel.fit_width.accessibleName() and panel.actual_size.accessibleName()


def test_an_exercise_chosen_before_the_handout_is_drawn_is_turned_to_when_it_is(
    qtbot: Any, make_window: Any, client: Client
) -> None:
    window = make_window()
    window.show()
    window.clients.open_client(client.id)
    window.plans.new_plan()
    window.editor.add_exercises(EXERCISES)
    plan_id = window.document.plan.id
    wait_for_preview(qtbot, window)
    window.plans.new_plan()  # another plan, then back: the first one's handout is drawn again
    window.clients.open_plan(plan_id)
    fourth = window.document.plan.items[3]
    window.editor.plan_tree.select_ids([fourth.id])  # before the preview has the reopened plan's handout
    navigator = window.preview_panel.view.pageNavigator()
    qtbot.waitUntil(
        lambda: "Suitcase Carry" in window.preview_panel.document.getAllText(navigator.currentPage()).text(),
        timeout=20_000,
    )
