"""How an exercise is pictured: the built-in drawings, and the therapist's own photos.

The built-in drawings are PNG files in ``images/exercises/`` (1800 × 900, start and finish side by side or
one above the other) with small copies in ``images/exercises/thumbs/``; ``generate`` makes them from the
descriptions in ``poses``.  A clinic's exercise may use the therapist's own start and end photos instead,
imported by ``photos.import_photo`` into the data folder.  Nothing here uses Qt.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.exercise import Exercise, is_exercise_id
from ..paths import IMAGES_DIR

if TYPE_CHECKING:
    from PIL import Image

PHOTO_NAME = re.compile(r"[0-9a-f]{16,64}\.(?:jpg|png)")

__all__ = ["drawing_path", "has_drawing", "illustration_files", "render_drawing", "thumbnail_path"]


def drawing_path(exercise_id: str) -> Path | None:
    """The built-in drawing of an exercise (an 1800 × 900 PNG), or None if it has none."""
    return _existing(IMAGES_DIR / "exercises", exercise_id)


def thumbnail_path(exercise_id: str) -> Path | None:
    """The small copy of a built-in drawing (192 × 96 PNG) for lists, or None if it has none."""
    return _existing(IMAGES_DIR / "exercises" / "thumbs", exercise_id)


def has_drawing(exercise_id: str) -> bool:
    """Whether a built-in drawing exists for this id."""
    return drawing_path(exercise_id) is not None


def illustration_files(exercise: Exercise, photos_dir: Path | None) -> list[Path]:
    """The pictures to show for an exercise, in order.

    The therapist's start and end photos when at least one of them is in ``photos_dir``; otherwise the
    built-in drawing of ``exercise.drawing_id``; otherwise nothing.
    """
    photos: list[Path] = []
    if photos_dir is not None:
        for name in (exercise.illustration.start_photo, exercise.illustration.end_photo):
            # Only names the import produced: a hand-edited name must not reach outside the photos folder.
            if name and PHOTO_NAME.fullmatch(name):
                path = photos_dir / name
                if path.is_file():
                    photos.append(path)
    if photos:
        return photos
    drawing = drawing_path(exercise.drawing_id)
    return [drawing] if drawing is not None else []


def render_drawing(exercise_id: str, accent: str = "#2A6F6B", *, thumbnail: bool = False) -> Image.Image | None:
    """Draw a built-in exercise afresh in another accent colour (the clinic's), as an RGB image.

    The files in ``images/`` use the default accent; this is for a handout that wants the clinic's own.
    Returns None when no drawing is described for ``exercise_id``.  Takes a few hundredths of a second.
    """
    from .poses import DRAWINGS
    from .render import FULL, THUMB, render

    description = DRAWINGS.get(exercise_id)
    if description is None:
        return None
    return render(description, THUMB if thumbnail else FULL, accent)


def _existing(folder: Path, exercise_id: str) -> Path | None:
    if not is_exercise_id(exercise_id):
        return None
    path = folder / f"{exercise_id}.png"
    return path if path.is_file() else None
