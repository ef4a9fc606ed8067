"""Dialogs in a therapist's words: a choice that cannot be made says why in the dialog, the main button names what
it does, and the technical names of a secure connection stay in the advanced part of the email settings."""

from __future__ import annotations

from typing import Any

import pytest

from designer.domain import Client, Clinic, Plan
from designer.domain.clinic import Delivery

from .test_email_dialog import clinic_for, make_dialog


@pytest.fixture
def sofia(store: Any) -> Client:
    return store.save_client(Client(name="Sofia Papadopoulou", email="sofia@example.com"))


@pytest.fixture
def plan(store: Any, sofia: Client) -> Plan:
    from designer.domain import PlanItem

    return store.save_plan(Plan(title="Strong back", client_id=sofia.id, items=(PlanItem("glute-bridge"),)))


def test_an_unavailable_way_says_why_and_the_button_names_its_action(
    qtbot: Any, store: Any, library: Any, plan: Plan, sofia: Client
) -> None:
    dialog = make_dialog(qtbot, store, library, plan, sofia, Clinic(name="Springback Rehab"))
    dialog.show()
    smtp = dialog.way_buttons[Delivery.SMTP]
    assert not smtp.isEnabled()
    assert dialog.smtp_unavailable.isVisible() and "Clinic settings" in dialog.smtp_unavailable.text()
    dialog.way_buttons[Delivery.SAVE_ONLY].setChecked(True)
    assert dialog.go.text() == "Save the PDF to email…"
    dialog.way_buttons[Delivery.MAIL_PROGRAM].setChecked(True)
    assert dialog.go.text() == "Open in mail program"


def test_a_ready_server_shows_no_excuse(qtbot: Any, store: Any, library: Any, plan: Plan, sofia: Client) -> None:
    dialog = make_dialog(qtbot, store, library, plan, sofia, clinic_for(1))
    dialog.show()
    assert dialog.way_buttons[Delivery.SMTP].isEnabled() and not dialog.smtp_unavailable.isVisible()
    assert dialog.go.text() == "Send"


def test_starttls_only_in_the_advanced_part(qtbot: Any) -> None:
    from PySide6.QtWidgets import QComboBox, QLabel, QWidget

    from designer.ui.dialogs.mail_settings_page import MailSettingsPage

    page = MailSettingsPage(Clinic(name="Springback Rehab").mail)
    qtbot.addWidget(page)
    visible_words: list[str] = []
    for widget in page.findChildren(QWidget):
        if page.advanced.isAncestorOf(widget):
            continue
        if isinstance(widget, QLabel):
            visible_words.append(widget.text())
        if isinstance(widget, QComboBox):
            visible_words += [widget.itemText(i) for i in range(widget.count())]
    words = " ".join(visible_words)
    assert "Secure connection" in words
    assert "STARTTLS" not in words and "SSL" not in words
