"""Where the designer's own files are (images, templates) and where the clinic's data lives by default."""

from __future__ import annotations

from pathlib import Path

import platformdirs

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parent
IMAGES_DIR = PROJECT_DIR / "images"
TEMPLATES_DIR = PROJECT_DIR / "templates"

APP_NAME = "ProgrammeDesigner"
APP_AUTHOR = "ProgrammeDesigner"


def default_data_dir() -> Path:
    """The per-user data folder: ~/.local/share/ProgrammeDesigner on Linux, AppData on Windows, and so on."""
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
