"""Readable in every state: a row's text against its background when selected, hovered or in a list not in use,
measured from the pixels the window draws; and a toolbar that keeps its buttons where they are."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QToolButton

from designer.domain import Client, Plan, Stage

from .contrast import contrast


@pytest.fixture
def window(qtbot: Any, make_window: Any, store: Any, client: Client) -> Any:
    plan = store.save_plan(Plan(title="Back to lifting", client_id=client.id, stages=(Stage("Stability", id="s1"),)))
    window = make_window()
    window.clients.open_client(client.id, plan_id=plan.id)
    window.editor.add_exercises(["glute-bridge", "bird-dog", "sit-to-stand"])
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def text_contrast(view: QAbstractItemView, row: QRect, text_left: int) -> float:
    """The contrast of a row's title against the row's background, as drawn: the background is read at the row's
    right end, the title's colour is its strongest pixel (the middle of a letter's stroke)."""
    image: QImage = view.viewport().grab().toImage()
    background = image.pixelColor(row.right() - 4, row.center().y())
    strongest = 1.0
    for x in range(text_left, min(row.right() - 8, text_left + 160)):
        for y in range(row.top() + 2, row.center().y() + 2):
            strongest = max(strongest, contrast(image.pixelColor(x, y), background))
    return strongest


def row_of(view: QAbstractItemView, index: Any) -> QRect:
    return view.visualRect(index)


def hover(view: QAbstractItemView, point: QPoint) -> None:
    QTest.mouseMove(view.viewport(), point)
    QTest.qWait(20)


def test_plan_rows_stay_readable_when_selected_hovered_or_not_in_use(qtbot: Any, window: Any) -> None:
    tree = window.editor.plan_tree
    model = window.editor.plan_model
    bird = window.document.plan.items[1].id
    tree.select_ids([bird])
    tree.setFocus()
    qtbot.waitUntil(tree.hasFocus)
    index = model.index_of_id(bird)
    row = row_of(tree, index)
    text_left = row.left() + tree.itemDelegate()._picture.width() + 12
    results = {"selected": text_contrast(tree, row, text_left)}
    hover(tree, row.center())
    results["selected, under the pointer"] = text_contrast(tree, row, text_left)
    other = row_of(tree, model.index_of_id(window.document.plan.items[0].id))
    hover(tree, other.center())
    results["under the pointer"] = text_contrast(tree, other, text_left)
    hover(tree, QPoint(tree.viewport().width() - 5, tree.viewport().height() - 5))
    window.library_panel.search.setFocus()
    qtbot.waitUntil(lambda: not tree.hasFocus())
    results["selected, list not in use"] = text_contrast(tree, row, text_left)
    assert all(value >= 4.5 for value in results.values()), results


def test_the_highlighted_search_result_is_readable(qtbot: Any, window: Any) -> None:
    panel = window.library_panel
    panel.search.setFocus()
    QTest.keyClicks(panel.search, "bridge")
    index = panel.list.currentIndex()
    assert panel.list.selectionModel().isSelected(index)
    row = row_of(panel.list, index)
    text_left = row.left() + panel.list.itemDelegate()._picture.width() + 12
    assert text_contrast(panel.list, row, text_left) >= 4.5


def test_the_toolbar_keeps_short_fixed_labels_and_an_overflow(qtbot: Any, window: Any) -> None:
    toolbar = window.menu_actions.toolbar
    undo_button = toolbar.widgetForAction(window.menu_actions.undo)
    width = undo_button.width()
    window.editor.plan_tree.select_ids([window.document.plan.items[0].id])
    window.editor.prescription_panel.swap_to(window.exercises["single-leg-bridge"], easier=False)
    QTest.qWait(20)
    assert "Swap for harder" in window.menu_actions.undo.text()
    assert undo_button.text() == "Undo"
    assert undo_button.width() == width  # nothing after it moves
    for size in ((1280, 720), (1024, 700)):
        window.resize(*size)
        QTest.qWait(50)
        hidden = [
            a.iconText()
            for a in toolbar.actions()
            if not a.isSeparator() and not toolbar.widgetForAction(a).isVisible()
        ]
        overflow = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
        if hidden:
            assert overflow is not None and overflow.isVisible(), (size, hidden)


def test_splitter_handles_can_be_seen(qtbot: Any, window: Any) -> None:
    for splitter in (window.splitter, window.editor.plan_splitter):
        handle = splitter.handle(1)
        image = handle.grab().toImage()
        middle = image.pixelColor(image.width() // 2, image.height() // 2)
        edge = image.pixelColor(0, 0)  # the paper either side of the line
        assert contrast(middle, edge) >= 3.0, splitter
