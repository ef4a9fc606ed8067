"""One of an exercise's photos (the start or the end position): a preview, "Choose photo…" and "Remove".

The slot holds only the kept photo's name; its picture is read from the repository by that name.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, Signal
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

PREVIEW_WIDTH, PREVIEW_HEIGHT = 240, 180


class PhotoSlot(QWidget):
    """One of the exercise's photos (start or end position): a preview, Choose photo… and Remove."""

    chooseRequested = Signal()
    changed = Signal()

    def __init__(
        self, title: str, photo_bytes: Callable[[str], bytes | None], name: str, parent: QWidget | None = None
    ) -> None:
        """``photo_bytes(name)``: a kept photo's bytes, or None (the repository's ``get_picture``)."""
        super().__init__(parent)
        self._photo_bytes = photo_bytes
        self.name = name
        heading = QLabel(title)
        heading.setObjectName("sectionHeading")
        self.picture = QLabel()
        self.picture.setFixedSize(PREVIEW_WIDTH, PREVIEW_HEIGHT)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setObjectName("quiet")
        self.picture.setStyleSheet("border: 1px dashed #C5CECC; border-radius: 6px; background: #FFFFFF;")
        self.choose_button = QPushButton("Choose photo…")
        self.remove_button = QPushButton("Remove")
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.picture)
        layout.addLayout(buttons)
        self.choose_button.clicked.connect(self.chooseRequested.emit)
        self.remove_button.clicked.connect(lambda: self.set_name(""))
        self.show_picture()

    def set_name(self, name: str) -> None:
        if name != self.name:
            self.name = name
            self.show_picture()
            self.changed.emit()

    def show_picture(self) -> None:
        data = self._photo_bytes(self.name) if self.name else None
        picture = QPixmap()
        if data:
            buffer = QBuffer()
            buffer.setData(QByteArray(data))
            buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            reader = QImageReader(buffer)
            reader.setAutoTransform(True)
            image = reader.read()
            if not image.isNull():
                picture = QPixmap.fromImage(
                    image.scaled(
                        PREVIEW_WIDTH - 8,
                        PREVIEW_HEIGHT - 8,
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                )
        if picture.isNull():
            self.picture.setPixmap(QPixmap())
            self.picture.setText("No photo yet" if not self.name else "This photo is missing\nfrom the data folder")
        else:
            self.picture.setPixmap(picture)
        self.remove_button.setEnabled(bool(self.name))
