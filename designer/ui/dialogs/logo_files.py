"""The clinic's logo in a dialog: keeping a safe copy of a chosen picture, and showing it small.

Both the first-start set-up and Clinic settings let the therapist choose a logo; the copy, the plain
message when a file cannot be used, and the thumbnail are written once, here.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QWidget

from designer.storage import PictureKind, Repository

LOGO_PICTURES = "Pictures (*.png *.jpg *.jpeg *.webp *.gif *.bmp)"


def ask_for_logo_file(parent: QWidget) -> Path | None:
    """The picture file the therapist picks, or None."""
    name, _filter = QFileDialog.getOpenFileName(parent, "Choose the clinic's logo", "", LOGO_PICTURES)
    return Path(name) if name else None


def keep_logo(
    parent: QWidget, repository: Repository, prepare_logo: Callable[[Path], bytes], source: Path
) -> str | None:
    """Keep a safe copy of a logo picture; its name in the store, or None after saying why it cannot be used."""
    try:
        return repository.put_picture(PictureKind.LOGO, prepare_logo(source), ".png")
    except Exception as error:  # ImageImportError, OSError, StoreError: every failure is told, none is fatal
        message = getattr(error, "message", "") or str(error)
        QMessageBox.warning(
            parent,
            "Logo not used",
            f"The file {source.name} cannot be used as the logo. {message}\n\n"
            "Choose a PNG or JPEG picture of the logo, for example one saved from your website.",
        )
        return None


def show_logo(label: QLabel, repository: Repository, logo: str, width: int, height: int, empty: str) -> None:
    """The logo ``logo`` scaled into ``label``, or the words ``empty`` when there is none to show."""
    data = repository.get_picture(PictureKind.LOGO, logo) if logo else None
    picture = QPixmap()
    if data:
        picture.loadFromData(data)
    if picture.isNull():
        label.setPixmap(QPixmap())
        label.setText(empty)
    else:
        label.setPixmap(
            picture.scaled(
                width, height, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        )
