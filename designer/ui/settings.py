"""The window's remembered choices, typed, with their defaults in one place.

Kept with ``QSettings`` under the designer's organisation and application
name: window size and place, the panes' widths, the last layout chosen, the
tracking-sheet switch, and the last client and plan open.  Tests point
``QSettings`` at a temporary folder (see ``use_settings_folder``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings

from designer.paths import APP_AUTHOR, APP_NAME

GEOMETRY = "window/geometry"
STATE = "window/state"
# Renamed when the panes' default widths changed, so a layout kept from before does not hide the new room.
SPLITTER = "window/panes"
PLAN_SPLITTER = "window/plan_and_details"
LAST_CLIENT = "last/client"
LAST_PLAN = "last/plan"
TRACKING = "preview/tracking"
LAST_LAYOUT = "last/layout"
SETUP_OFFERED = "first_start/setup_offered"  # the first-start set-up was shown once (saved or skipped)
SHARED_DATABASE = "data/shared_database"  # Settings → Shared database: the address the window opens on


def name_application() -> None:
    """Give QSettings (and the desktop) the designer's names."""
    QCoreApplication.setOrganizationName(APP_AUTHOR)
    QCoreApplication.setApplicationName(APP_NAME)


def use_settings_folder(folder: Path) -> None:
    """Keep settings as INI files in ``folder`` (for tests and screenshots: never the user's own)."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))


class WindowSettings:
    """Typed reading and writing of the window's settings."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings if settings is not None else QSettings()

    def bytes_value(self, key: str) -> QByteArray | None:
        value = self._settings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_bytes(self, key: str, value: QByteArray) -> None:
        self._settings.setValue(key, value)

    def text(self, key: str, default: str = "") -> str:
        value = self._settings.value(key, default)
        return value if isinstance(value, str) else default

    def set_text(self, key: str, value: str) -> None:
        self._settings.setValue(key, value)

    def flag(self, key: str, default: bool = False) -> bool:
        value = self._settings.value(key, default)
        if isinstance(value, str):  # INI files give text back
            return value.lower() in ("true", "1", "yes")
        return bool(value)

    def set_flag(self, key: str, value: bool) -> None:
        self._settings.setValue(key, value)

    def sync(self) -> None:
        self._settings.sync()
