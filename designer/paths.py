"""Where the designer's own files are (images, templates) and where the clinic's data lives by default."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parent


def _install_prefix() -> Path:
    """Where a normal install keeps ``share/programme-designer/``; in the packaged designer, the bundle's folder.

    PyInstaller unpacks the bundle's files into ``sys._MEIPASS`` (packaging/programme-designer.spec puts them under
    ``share/programme-designer/`` there, as pip would), so the packaged designer reads them from inside itself.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle)
    return Path(sys.prefix)


def _shared_folder(name: str) -> Path:
    """``images/`` or ``templates/``: beside the package in a checkout (and an editable install), otherwise
    where a normal install or the packaged designer put them (``<prefix>/share/programme-designer/``)."""
    beside = PROJECT_DIR / name
    # Only a checkout has pyproject.toml beside the package; in site-packages a folder of that name
    # could belong to anything.
    if (PROJECT_DIR / "pyproject.toml").is_file() and beside.is_dir():
        return beside
    installed = _install_prefix() / "share" / "programme-designer" / name
    return installed if installed.is_dir() else beside


IMAGES_DIR = _shared_folder("images")
TEMPLATES_DIR = _shared_folder("templates")

APP_NAME = "ProgrammeDesigner"
APP_AUTHOR = "ProgrammeDesigner"
# A shared PostgreSQL database for every verb and the window, when ``--database`` names none (issue 18).
DATABASE_VARIABLE = "PROGRAMME_DESIGNER_DATABASE"


def default_data_dir() -> Path:
    """The per-user data folder: ~/.local/share/ProgrammeDesigner on Linux, AppData on Windows, and so on."""
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
