"""The window warns, in the banner and on the plan's row, when an exercise does not suit the client's conditions."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import Qt

from designer.domain import Client, Plan, Stage
from designer.ui.models.plan_model import PrecautionRole, SubtitleRole


@pytest.fixture
def arthur(store: Any) -> Client:
    return store.save_client(Client(name="Arthur Penn", conditions=("hip-replacement-posterior",)))


def open_new_plan(make_window: Any, store: Any, client: Client) -> Any:
    plan = store.save_plan(
        Plan(title="Home after the new hip", client_id=client.id, stages=(Stage("Week 1", id="s1"),))
    )
    window = make_window()
    window.clients.open_client(client.id, plan_id=plan.id)
    return window


def row_of(window: Any, exercise_id: str) -> Any:
    plan = window.document.plan
    item = next(item for item in plan.items if item.exercise_id == exercise_id)
    return window.editor.plan_model.index_of_id(item.id)


def test_adding_a_forbidden_exercise_shows_the_warning_in_the_banner_and_on_the_row(
    make_window: Any, store: Any, arthur: Client
) -> None:
    window = open_new_plan(make_window, store, arthur)
    window.editor.add_exercises(["glute-bridge"])
    assert window.banner.text == ""  # a bridge suits a new hip: nothing to tell
    window.editor.add_exercises(["knee-to-chest"])
    assert window.banner.text.startswith("Precaution: Knee to Chest involves bending the hip past 90°")
    assert "posterior approach" in window.banner.text
    assert "Knee to Chest" in window.statusBar().currentMessage()
    row = row_of(window, "knee-to-chest")
    assert "bending the hip past 90°" in row.data(PrecautionRole)
    assert row.data(SubtitleRole).startswith("\u26a0 precaution")
    assert "bending the hip past 90°" in row.data(Qt.ItemDataRole.ToolTipRole)
    bridge = row_of(window, "glute-bridge")
    assert bridge.data(PrecautionRole) == "" and "precaution" not in bridge.data(SubtitleRole)
    window.document.undo_stack.undo()  # the knee to chest goes: so does the warning
    assert window.banner.text == ""


def test_a_client_without_conditions_gets_no_warning(make_window: Any, store: Any) -> None:
    ruth = store.save_client(Client(name="Ruth Okafor"))
    window = open_new_plan(make_window, store, ruth)
    window.editor.add_exercises(["knee-to-chest"])
    assert window.banner.text == ""
    assert row_of(window, "knee-to-chest").data(PrecautionRole) == ""


def test_giving_the_client_a_condition_warns_about_exercises_already_in_the_plan(
    make_window: Any, store: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from designer.ui.dialogs import client_dialog

    ruth = store.save_client(Client(name="Ruth Okafor"))
    window = open_new_plan(make_window, store, ruth)
    window.editor.add_exercises(["bird-dog"])
    assert window.banner.text == ""

    def tick_knee_replacement(dialog: Any) -> int:
        conditions = dialog.conditions
        for row in range(conditions.count()):
            item = conditions.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == "knee-replacement":
                item.setCheckState(Qt.CheckState.Checked)
        return 1

    monkeypatch.setattr(client_dialog.ClientDialog, "exec", tick_knee_replacement)
    window.clients.edit_client()
    assert store.get_client(ruth.id).conditions == ("knee-replacement",)
    assert "Bird Dog involves kneeling on the operated knee" in window.banner.text


def test_the_client_dialog_shows_and_reads_the_ticked_conditions(qtbot: Any) -> None:
    from designer.domain import CONDITIONS
    from designer.ui.dialogs.client_dialog import ClientDialog

    arthur = Client(name="Arthur Penn", conditions=("osteoporosis",))
    dialog = ClientDialog(arthur)
    qtbot.addWidget(dialog)
    assert dialog.conditions.count() == len(CONDITIONS)
    assert dialog.chosen_conditions() == ("osteoporosis",)
    first = dialog.conditions.item(0)
    first.setCheckState(Qt.CheckState.Checked)
    assert dialog.client() == replace(arthur, conditions=(first.data(Qt.ItemDataRole.UserRole), "osteoporosis"))


def test_opening_a_plan_that_already_clashes_tells_it_once(make_window: Any, store: Any, arthur: Client) -> None:
    from designer.domain import PlanItem

    plan = store.save_plan(Plan(title="From last week", client_id=arthur.id, items=(PlanItem("knee-to-chest"),)))
    window = make_window()
    window.clients.open_client(arthur.id, plan_id=plan.id)
    assert "Knee to Chest involves bending the hip past 90°" in window.banner.text
    window.banner.close_button.click()  # dismissed: an unrelated edit does not bring it back
    window.editor.add_exercises(["glute-bridge"])
    assert window.banner.text == ""
