"""Small pictures of exercises for the lists, made when first shown and then kept.

A built-in exercise shows its drawing; a clinic's own exercise with photos
shows its first photo, read from the repository by name (``photo_bytes``).
Where no picture exists (or it cannot be read) a calm tile with the exercise's
initials stands in, so a list never has holes.

The drawings are twice as wide as they are tall, so the pictures are too
(``LIBRARY_PICTURE``, ``PLAN_PICTURE``); they are made at the screen's pixel
ratio, so they stay sharp on a high-resolution screen.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImageReader, QPainter, QPainterPath, QPixmap

from designer.domain import CATEGORIES, Exercise

# One gentle colour per category, so a glance at the tiles tells the kind of exercise.
CATEGORY_TINTS = ["#D8EBE7", "#E8E1F2", "#F4E6D4", "#DCE7F3", "#E5EED8", "#F2DEE2", "#E4E4E4", "#D9EEF0"]

# Big enough to tell a bridge from a bird dog at a glance (the stored thumbnails are 192 × 96).
LIBRARY_PICTURE = QSize(96, 48)
PLAN_PICTURE = QSize(72, 36)


def screen_pixel_ratio() -> float:
    """The highest device pixel ratio of the screens (1 without a running application)."""
    app = QGuiApplication.instance()
    return float(app.devicePixelRatio()) if isinstance(app, QGuiApplication) else 1.0


def default_picture_path(exercise: Exercise) -> Path | None:
    """The small drawing of an exercise, or None."""
    try:
        from designer.illustrations import thumbnail_path  # type: ignore[attr-defined,unused-ignore]
    except ImportError:  # the illustrations package is optional for the window
        return None
    try:
        return thumbnail_path(exercise.drawing_id)
    except (OSError, ValueError, KeyError):
        return None


class Thumbnails:
    """Pixmaps of a fixed size (in the screen's logical pixels) for exercises, cached by exercise id."""

    def __init__(
        self,
        size: QSize = LIBRARY_PICTURE,
        picture_path: Callable[[Exercise], Path | None] = default_picture_path,
        photo_bytes: Callable[[str], bytes | None] | None = None,
        pixel_ratio: float | None = None,
    ) -> None:
        """``photo_bytes(name)``: a kept photo's bytes (the repository's ``get_picture``); without it, drawings only."""
        self.size = QSize(size)
        self.pixel_ratio = pixel_ratio or screen_pixel_ratio()
        self._photo_bytes = photo_bytes
        self._picture_path = picture_path
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
                cached = self._tile(exercise.name if exercise else fallback_name, exercise.category if exercise else "")
            self._cache[key] = cached
        return cached

    def _canvas(self) -> tuple[QPixmap, int, int]:
        """An empty pixmap of the picture's size in device pixels, and that size."""
        width = round(self.size.width() * self.pixel_ratio)
        height = round(self.size.height() * self.pixel_ratio)
        canvas = QPixmap(width, height)
        canvas.setDevicePixelRatio(self.pixel_ratio)
        return canvas, width, height

    def _photo(self, exercise: Exercise) -> QBuffer | None:
        """The exercise's first photo, when it has one that is kept, ready to read."""
        photo = exercise.illustration.start_photo
        data = self._photo_bytes(photo) if photo and self._photo_bytes is not None else None
        if not data:
            return None
        buffer = QBuffer()
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        return buffer

    def _load(self, exercise: Exercise) -> QPixmap | None:
        photo = self._photo(exercise)  # kept here while the reader reads it
        path = None if photo is not None else self._picture_path(exercise)
        if photo is None and path is None:
            return None
        reader = QImageReader(photo) if photo is not None else QImageReader(str(path))
        canvas, width, height = self._canvas()
        reader.setAutoTransform(True)
        source = reader.size()
        if source.isValid() and source.width() > 0 and source.height() > 0:
            # Decode straight at about the size shown: a 4000-pixel photo would be slow to load whole.
            scale = max(width * 1.5 / source.width(), height * 1.5 / source.height())
            if scale < 1:
                reader.setScaledSize(source * scale)
        image = reader.read()
        if image.isNull():
            return None
        image = image.scaled(
            width, height, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        image.setDevicePixelRatio(1.0)  # drawn below in device pixels
        canvas.fill(QColor("#FFFFFF"))
        painter = QPainter(canvas)
        painter.scale(1 / self.pixel_ratio, 1 / self.pixel_ratio)  # paint in device pixels
        painter.drawImage((width - image.width()) // 2, (height - image.height()) // 2, image)
        painter.setPen(QColor("#D5DCDA"))
        painter.drawRect(0, 0, width - 1, height - 1)
        painter.end()
        return canvas

    def _tile(self, name: str, category: str) -> QPixmap:
        tint = CATEGORY_TINTS[CATEGORIES.index(category) % len(CATEGORY_TINTS)] if category in CATEGORIES else "#E6E9E8"
        canvas, _width, _height = self._canvas()
        canvas.fill(Qt.GlobalColor.transparent)
        width, height = self.size.width(), self.size.height()
        painter = QPainter(canvas)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = QPainterPath()
        path.addRoundedRect(QRectF(0.5, 0.5, width - 1, height - 1), 6, 6)
        painter.fillPath(path, QColor(tint))
        font = QFont()
        font.setPixelSize(max(10, height // 3))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#3C4A48"))
        initials = "".join(word[0] for word in name.split()[:2] if word[:1].isalnum()).upper() or "?"
        painter.drawText(QRectF(0, 0, width, height), Qt.AlignmentFlag.AlignCenter, initials)
        painter.end()
        return canvas
