"""A read-only window (another copy of the designer has the data folder open): every action that would write to
the data folder is switched off before the therapist fills in a form, and says why in its tooltip.

The open plan can still be changed in the window and exported to a file (``plan_session`` says so in the banner);
adding clients, plans and exercises, importing, the clinic's settings and emailing (which keeps a log) cannot.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from .main_window import MainWindow

WHY = "Switched off: this copy of the designer is read-only while another copy has the data folder open."
BANNER = (
    "Adding clients, plans and exercises, importing, emailing and the clinic's settings are switched off here; "
    "close the other copy and open this one again to change them."
)


def _switch_off(thing: QAction | QWidget) -> None:
    thing.setEnabled(False)
    tip = thing.toolTip()
    if WHY not in tip:
        thing.setToolTip(f"{tip}\n{WHY}" if tip else WHY)
    if isinstance(thing, QAction):
        thing.setStatusTip(WHY)


def writing_actions(window: MainWindow) -> list[QAction]:
    actions = window.menu_actions
    return [
        actions.new_plan,
        actions.copy_plan,
        actions.template,
        actions.save_template,
        actions.add_client,
        actions.edit_client,
        actions.import_plans,
        actions.settings,
        actions.set_up_clinic,
        actions.email,
        actions.outbox,
        actions.new_exercise,
        actions.edit_exercise,
        actions.delete_exercise,
    ]


def writing_buttons(window: MainWindow) -> list[QWidget]:
    panel, library = window.client_panel, window.library_panel
    return [
        panel.add_client,
        panel.edit_client,
        panel.new_plan,
        panel.copy_plan,
        panel.from_template,
        library.new_button,
        library.edit_button,
    ]


def keep_read_only(window: MainWindow) -> None:
    """Switch off every writing action and button (called again whenever the window enables what fits)."""
    if not window.repository.read_only:
        return
    window.client_panel.writable = False
    for action in writing_actions(window):
        _switch_off(action)
    for button in writing_buttons(window):
        _switch_off(button)
