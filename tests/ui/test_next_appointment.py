"""The next appointment, set beside the preview, prints in the handout's booking box (issue 13)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QTime

from designer.domain import Client

from .conftest import pdf_text, wait_for_preview


def test_the_next_appointment_prints_when_ticked(qtbot: Any, make_window: Any, client: Client) -> None:
    window = make_window()
    window.clients.open_client(client.id)
    window.plans.new_plan()
    window.editor.add_exercises(["glute-bridge"])
    panel = window.preview_panel
    assert not panel.next_visit_at.isEnabled() and panel.next_appointment() is None
    before = pdf_text(wait_for_preview(qtbot, window))
    assert "Next appointment" in before and "14:30" not in before  # a line to write it on

    panel.next_visit_at.setDateTime(QDateTime(QDate(2026, 12, 10), QTime(14, 30)))
    panel.next_visit.setChecked(True)
    assert panel.next_visit_at.isEnabled()
    assert panel.next_appointment() == dt.datetime(2026, 12, 10, 14, 30)
    qtbot.waitUntil(lambda: "14:30" in pdf_text(window.preview_panel.pdf_bytes), timeout=20_000)
    text = pdf_text(window.preview_panel.pdf_bytes)
    assert "10 December 2026" in text or "10 Dec" in text

    panel.next_visit.setChecked(False)  # unticked: the line goes again
    qtbot.waitUntil(lambda: "14:30" not in pdf_text(window.preview_panel.pdf_bytes), timeout=20_000)


def test_what_makes_the_handout_wrong_is_in_the_banner(
    qtbot: Any, make_window: Any, client: Client, store: Any
) -> None:
    """The placeholder clinic name is told in the banner; a missing logo only under the preview (the handout is right
    without one)."""
    window = make_window()
    window.clients.open_client(client.id)
    window.plans.new_plan()
    window.editor.add_exercises(["glute-bridge"])
    wait_for_preview(qtbot, window)
    qtbot.waitUntil(lambda: "Your Clinic" in window.banner.text, timeout=20_000)
    assert "logo" not in window.banner.text
    assert "logo" in window.preview_panel.status.text()
    # The window says where to put it right in the window; the command line's way is for the command line.
    assert "Clinic settings" in window.banner.text and "python main.py" not in window.banner.text
    assert "python main.py" not in window.preview_panel.status.text()
    # Said once: the banner's warnings are not repeated under the preview.
    assert "Your Clinic" not in window.preview_panel.status.text()


def test_a_clinic_not_set_up_is_one_short_line_with_the_button_that_puts_it_right(
    qtbot: Any, make_window: Any, client: Client, store: Any, monkeypatch: Any
) -> None:
    """Only the clinic's own details missing: one line (the window's height is for the plan) and Clinic settings…"""
    window = make_window()
    window.resize(1440, 900)
    window.show()
    window.clients.open_client(client.id)
    window.plans.new_plan()
    window.editor.add_exercises(["glute-bridge"])
    wait_for_preview(qtbot, window)
    qtbot.waitUntil(lambda: "Your Clinic" in window.banner.text, timeout=20_000)
    banner = window.banner
    assert "no booking details" in banner.text and "Clinic settings" in banner.text
    line = banner.label.fontMetrics().lineSpacing()
    assert banner.label.height() < 2 * line  # one line at 1440 wide
    assert banner.action.isVisible() and banner.action.text() == "Clinic settings\u2026"
    from designer.ui.dialogs.clinic_settings_dialog import ClinicSettingsDialog

    opened: list[str] = []
    monkeypatch.setattr(ClinicSettingsDialog, "exec", lambda dialog: opened.append(dialog.windowTitle()) or 0)
    banner.action.click()
    assert len(opened) == 1  # the Clinic settings dialog was opened (and closed unchanged)
