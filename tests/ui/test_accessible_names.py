"""Every control has a name a screen reader can say, and list rows give their words, not only their pictures.

A control is named by its own accessible name, its text (a button) or the label whose buddy it is (a form).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QTabWidget, QWidget

from designer.domain import Client, Plan, Stage


def unnamed(root: QWidget) -> list[str]:
    """The focusable controls shown in ``root`` that a screen reader could not name."""
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy() is not None}
    missing = []
    for widget in root.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(root):
            continue
        if widget.objectName() == "qt_spinbox_lineedit":
            continue  # the text part of a spin box, which is named itself
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not (widget.accessibleName() or text or id(widget) in buddies):
            missing.append(f"{type(widget).__name__} {widget.objectName()} {widget.toolTip()[:40]}".strip())
    return missing


def test_every_control_of_the_window_has_a_name(make_window: Any, store: Any, client: Client) -> None:
    plan = store.save_plan(Plan(title="Back", client_id=client.id, stages=(Stage("Stability", id="s1"),)))
    window = make_window()
    window.show()
    assert unnamed(window) == []  # nothing open yet
    window.clients.open_client(client.id, plan_id=plan.id)
    window.editor.plan_tree.select_ids(["s1"])
    window.editor.add_exercises(["glute-bridge"])
    window.editor.plan_tree.select_ids([window.document.plan.items[0].id])
    assert unnamed(window) == []  # an exercise's prescription
    window.editor.plan_tree.select_ids(["s1"])
    assert unnamed(window) == []  # a stage's goal and when to move on


def test_every_control_of_the_clinic_dialogs_has_a_name(qtbot: Any, store: Any) -> None:
    from designer.ui.dialogs.clinic_settings_dialog import ClinicSettingsDialog
    from designer.ui.dialogs.first_setup_dialog import FirstSetupDialog

    for dialog in (ClinicSettingsDialog(store.get_clinic(), store), FirstSetupDialog(store.get_clinic(), store)):
        qtbot.addWidget(dialog)
        dialog.show()
        tabs = dialog.findChild(QTabWidget)
        for page in range(tabs.count() if tabs is not None else 1):
            if tabs is not None:
                tabs.setCurrentIndex(page)
            assert unnamed(dialog) == [], (type(dialog).__name__, page)
        dialog.close()


def test_list_rows_are_read_out_with_their_second_line(make_window: Any, store: Any, client: Client) -> None:
    window = make_window()
    window.clients.open_client(client.id)
    window.plans.new_plan()
    window.editor.add_exercises(["glute-bridge"])
    model = window.editor.plan_model
    row = model.index(0, 0, model.index(0, 0)) if model.rowCount(model.index(0, 0)) else model.index(0, 0)
    spoken = str(row.data(Qt.ItemDataRole.AccessibleTextRole))
    assert spoken.startswith("Glute Bridge, ") and "×" in spoken and "·" not in spoken
    library = window.library_panel.filter
    first = library.index(0, 0)
    assert str(first.data(Qt.ItemDataRole.AccessibleTextRole)).startswith(str(first.data()) + ", ")
    clients = window.client_panel.clients
    assert str(clients.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole)).startswith(client.name + ", ")
