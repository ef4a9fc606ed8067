"""Settings → Backups: how long the clinic keeps its daily snapshots and the copies of deleted clients."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest


def test_the_backups_tab_sets_how_long_snapshots_are_kept(
    qtbot: Any, make_window: Any, store: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from designer.ui.dialogs.clinic_settings_dialog import ClinicSettingsDialog

    window = make_window()
    shown: list[int] = []

    def keep_for_two_weeks(dialog: ClinicSettingsDialog) -> int:
        shown.append(dialog.keep_backups_days.value())
        assert dialog.keep_backups_days.minimum() == 7  # at least a week: fewer would leave no time to notice damage
        dialog.keep_backups_days.setValue(14)
        return 1

    monkeypatch.setattr(ClinicSettingsDialog, "exec", keep_for_two_weeks)
    window.clinic_actions.open_clinic_settings()
    assert shown == [30]  # the default: a month
    assert store.get_clinic().keep_backups_days == 14

    # The next snapshot keeps two weeks of them, as the window's daily snapshot does with no number of its own.
    today = dt.datetime.now(dt.UTC)
    for days_ago in (13, 15):
        store.backups.snapshot_path(today - dt.timedelta(days=days_ago)).write_bytes(b"old")
    store.snapshot(force=True)
    left = sorted((today.date() - store.backups.day_of(path)).days for path in store.backups.snapshots())
    assert left == [0, 13]
