"""Settings → Handout: the clinic's own "Get help now" lines, printed after the signs of each plan's regions."""

from __future__ import annotations

from typing import Any

import pytest


def test_the_clinic_writes_its_own_get_help_lines(
    qtbot: Any, make_window: Any, store: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from designer.domain.warning_signs import DEFAULT_GET_HELP
    from designer.ui.dialogs.clinic_settings_dialog import ClinicSettingsDialog

    window = make_window()
    shown: list[str] = []
    own = "Sudden numbness in both legs.\nCall the clinic on 01632 960 123, or 999 in an emergency."

    def write_own_lines(dialog: ClinicSettingsDialog) -> int:
        shown.append(dialog.get_help.toPlainText())
        dialog.get_help.setPlainText(own)
        return 1

    monkeypatch.setattr(ClinicSettingsDialog, "exec", write_own_lines)
    window.clinic_actions.open_clinic_settings()
    assert shown == [DEFAULT_GET_HELP]
    assert store.get_clinic().get_help == own
