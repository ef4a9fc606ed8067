"""The clinic's logo in a dialog: a small picture of it, Choose logo… and Remove, and a safe copy of the file.

Both the first-start set-up and Clinic settings let the therapist choose a logo; the copy, the plain message
when a file cannot be used, and the thumbnail are one widget, here.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from designer.storage import PictureKind, Repository

LOGO_PICTURES = "Pictures (*.png *.jpg *.jpeg *.webp *.gif *.bmp)"
THUMBNAIL = (150, 56)


class LogoPicker(QWidget):
    """The logo's thumbnail with Choose logo… and Remove; ``logo`` is its name in the store ("" for none)."""

    changed = Signal()

    def __init__(
        self, logo: str, repository: Repository, prepare_logo: Callable[[Path], bytes], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.logo = logo
        self._repository = repository
        self._prepare_logo = prepare_logo
        self.picture = QLabel()
        self.picture.setFixedSize(THUMBNAIL[0] + 10, THUMBNAIL[1] + 8)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setStyleSheet("border: 1px dashed #C5CECC; border-radius: 4px; background: #FFFFFF;")
        self.choose = QPushButton("Choose logo…")
        self.choose.setAccessibleName("Choose the clinic's logo")
        self.remove = QPushButton("Remove")
        self.remove.setAccessibleName("Remove the logo")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.picture)
        row.addWidget(self.choose)
        row.addWidget(self.remove)
        row.addStretch(1)
        self.choose.clicked.connect(self._choose)
        self.remove.clicked.connect(self._remove)
        self._show()

    def use_file(self, source: Path) -> bool:
        """Keep a safe copy of a logo picture and use it; say plainly when the file cannot be used."""
        try:
            kept = self._repository.put_picture(PictureKind.LOGO, self._prepare_logo(source), ".png")
        except Exception as error:  # ImageImportError, OSError, StoreError: every failure is told, none is fatal
            message = getattr(error, "message", "") or str(error)
            QMessageBox.warning(
                self,
                "Logo not used",
                f"The file {source.name} cannot be used as the logo. {message}\n\n"
                "Choose a PNG or JPEG picture of the logo, for example one saved from your website.",
            )
            return False
        self.logo = kept
        self._show()
        self.changed.emit()
        return True

    def _choose(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(self, "Choose the clinic's logo", "", LOGO_PICTURES)
        if name:
            self.use_file(Path(name))

    def _remove(self) -> None:
        self.logo = ""
        self._show()
        self.changed.emit()

    def _show(self) -> None:
        data = self._repository.get_picture(PictureKind.LOGO, self.logo) if self.logo else None
        picture = QPixmap()
        if data:
            picture.loadFromData(data)
        if picture.isNull():
            self.picture.setPixmap(QPixmap())
            self.picture.setText("No logo yet")
        else:
            smooth = Qt.TransformationMode.SmoothTransformation
            self.picture.setPixmap(picture.scaled(*THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio, smooth))
        self.remove.setEnabled(bool(self.logo))
