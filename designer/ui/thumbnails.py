"""Small pictures of exercises for the lists, made when first shown and then kept.

A built-in exercise shows its drawing; a clinic's own exercise with photos
shows its first photo.  Where no picture exists (or it cannot be read) a calm
tile with the exercise's initials stands in, so a list never has holes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImageReader, QPainter, QPainterPath, QPixmap

from designer.domain import CATEGORIES, Exercise

# One gentle colour per category, so a glance at the tiles tells the kind of exercise.
CATEGORY_TINTS = ["#D8EBE7", "#E8E1F2", "#F4E6D4", "#DCE7F3", "#E5EED8", "#F2DEE2", "#E4E4E4", "#D9EEF0"]


def default_picture_path(exercise: Exercise, photos_dir: Path | None) -> Path | None:
    """The best small picture of an exercise on disk, or None."""
    if exercise.illustration.start_photo and photos_dir is not None:
        photo = photos_dir / exercise.illustration.start_photo
        if photo.is_file():
            return photo
    try:
        from designer.illustrations import thumbnail_path  # type: ignore[attr-defined,unused-ignore]
    except ImportError:  # the illustrations package is optional for the window
        return None
    try:
        return thumbnail_path(exercise.drawing_id)
    except (OSError, ValueError, KeyError):
        return None


class Thumbnails:
    """Pixmaps of a fixed size for exercises, cached by exercise id."""

    def __init__(
        self,
        size: int = 44,
        picture_path: Callable[[Exercise], Path | None] | None = None,
        photos_dir: Path | None = None,
    ) -> None:
        self.size = size
        self._photos_dir = photos_dir
        self._picture_path = picture_path or (lambda exercise: default_picture_path(exercise, self._photos_dir))
        self._cache: dict[str, QPixmap] = {}

    def forget(self, exercise_id: str | None = None) -> None:
        """Drop cached pictures (one exercise's, or all) after a photo was changed."""
        if exercise_id is None:
            self._cache.clear()
        else:
            self._cache.pop(exercise_id, None)

    def pixmap(self, exercise: Exercise | None, fallback_name: str = "?") -> QPixmap:
        key = exercise.id if exercise is not None else f"?{fallback_name}"
        cached = self._cache.get(key)
        if cached is None:
            cached = self._load(exercise) if exercise is not None else None
            if cached is None:
                cached = self._tile(exercise.name if exercise else fallback_name,
                                    exercise.category if exercise else "")
            self._cache[key] = cached
        return cached

    def _load(self, exercise: Exercise) -> QPixmap | None:
        path = self._picture_path(exercise)
        if path is None:
            return None
        reader = QImageReader(str(path))
        reader.setAutoTransform(True)
        source = reader.size()
        if source.isValid() and source.width() > 0 and source.height() > 0:
            # Decode straight at the small size: a 4000-pixel photo would be slow to load whole.
            scale = max(self.size * 2 / source.width(), self.size * 2 / source.height())
            if scale < 1:
                reader.setScaledSize(source * scale)
        image = reader.read()
        if image.isNull():
            return None
        image = image.scaled(self.size, self.size, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
        canvas = QPixmap(self.size, self.size)
        canvas.fill(QColor("#FFFFFF"))
        painter = QPainter(canvas)
        painter.drawImage((self.size - image.width()) // 2, (self.size - image.height()) // 2, image)
        painter.setPen(QColor("#D5DCDA"))
        painter.drawRect(0, 0, self.size - 1, self.size - 1)
        painter.end()
        return canvas

    def _tile(self, name: str, category: str) -> QPixmap:
        tint = CATEGORY_TINTS[CATEGORIES.index(category) % len(CATEGORY_TINTS)] if category in CATEGORIES \
            else "#E6E9E8"
        canvas = QPixmap(self.size, self.size)
        canvas.fill(Qt.GlobalColor.transparent)
        painter = QPainter(canvas)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = QPainterPath()
        path.addRoundedRect(QRectF(0.5, 0.5, self.size - 1, self.size - 1), 6, 6)
        painter.fillPath(path, QColor(tint))
        font = QFont()
        font.setPixelSize(max(10, self.size // 3))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#3C4A48"))
        initials = "".join(word[0] for word in name.split()[:2] if word[:1].isalnum()).upper() or "?"
        painter.drawText(QRectF(0, 0, self.size, self.size), Qt.AlignmentFlag.AlignCenter, initials)
        painter.end()
        return canvas
