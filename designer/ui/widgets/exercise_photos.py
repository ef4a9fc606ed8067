"""The exercise dialog's Photos tab: the start and end photos, and the drawing the handout shows without them.

A copy of a built-in exercise still has its drawing; the note under the photos says which picture the handout
will show, so the therapist knows what the client gets before saving.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from .forms import quiet_label
from .photo_slot import PhotoSlot


class ExercisePhotos(QWidget):
    """Two photo slots and the drawing note; ``changed`` after either photo is chosen or removed."""

    changed = Signal()

    def __init__(
        self,
        photo_bytes: Callable[[str], bytes | None],
        start_name: str,
        end_name: str,
        drawing_file: Path | None,
        drawing_name: str,
        parent: QWidget | None = None,
    ) -> None:
        """``drawing_name``: the exercise whose drawing ``drawing_file`` is (a copy names its built-in one)."""
        super().__init__(parent)
        hint = quiet_label(
            "Your own photos of the start and end positions (JPEG, PNG or WebP). They are put "
            "upright, cleared of hidden details such as the place they were taken, and kept in the "
            "data folder."
        )
        self.start_photo = PhotoSlot("Start position", photo_bytes, start_name)
        self.end_photo = PhotoSlot("End position", photo_bytes, end_name)
        slots = QHBoxLayout()
        slots.addWidget(self.start_photo)
        slots.addSpacing(12)
        slots.addWidget(self.end_photo)
        slots.addStretch(1)
        self.drawing_note = quiet_label()
        self.drawing = QLabel()
        self.drawing.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._drawing_name = drawing_name if drawing_file else ""
        if drawing_file is not None:
            picture = QPixmap(str(drawing_file))
            if not picture.isNull():
                self.drawing.setPixmap(
                    picture.scaled(
                        300, 150, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                    )
                )
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(slots)
        layout.addSpacing(6)
        layout.addWidget(self.drawing_note)
        layout.addWidget(self.drawing)
        layout.addStretch(1)
        for slot in (self.start_photo, self.end_photo):
            slot.changed.connect(self._photos_changed)
        self.show_drawing_note()

    def slot_words(self, slot: PhotoSlot) -> str:
        return "start position" if slot is self.start_photo else "end position"

    def _photos_changed(self) -> None:
        self.show_drawing_note()
        self.changed.emit()

    def show_drawing_note(self) -> None:
        """Say which picture the handout shows: the photos, or the drawing (shown here too), or none."""
        has_photos = bool(self.start_photo.name or self.end_photo.name)
        if self.start_photo.name and self.end_photo.name:
            text = "The handout shows your photos."
        elif has_photos:
            text = "The handout shows your photo."
        elif self._drawing_name:
            text = f"Without photos, the handout shows the drawing of {self._drawing_name}:"
        else:
            text = "Without photos, the handout shows no picture for this exercise."
        self.drawing_note.setText(text)
        self.drawing.setVisible(
            not has_photos and self.drawing.pixmap() is not None and not self.drawing.pixmap().isNull()
        )
