"""Fixtures for the PDF tests: the real built-in library, a branded clinic, and stand-in drawings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pdf_samples import library_exercises, sample_clinic
from PIL import Image, ImageDraw

from designer.domain import Clinic, Exercise


@pytest.fixture(scope="session")
def exercises() -> dict[str, Exercise]:
    return library_exercises()


@pytest.fixture
def clinic() -> Clinic:
    return sample_clinic()


def make_drawing(path: Path, size: tuple[int, int] = (1200, 600)) -> Path:
    """A wide line drawing on a transparent background, like the built-in illustrations."""
    picture = Image.new("RGBA", size, (255, 255, 255, 0))
    draw = ImageDraw.Draw(picture)
    width, height = size
    draw.line([(width * 0.05, height * 0.85), (width * 0.95, height * 0.85)], fill=(90, 90, 90, 255), width=6)
    for left in (width * 0.2, width * 0.65):
        draw.ellipse([left, height * 0.2, left + height * 0.12, height * 0.32], outline=(30, 30, 30, 255), width=8)
        draw.line([(left + height * 0.06, height * 0.32), (left + height * 0.06, height * 0.6)],
                  fill=(30, 30, 30, 255), width=12)
    picture.save(path)
    return path


@pytest.fixture
def drawings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[Exercise, Path | None], list[Path]]:
    """Every exercise gets the same stand-in drawing, whatever the illustrations package has drawn so far."""
    drawing = make_drawing(tmp_path / "drawing.png")

    def illustration_files(exercise: Exercise, photos_dir: Path | None) -> list[Path]:
        return [drawing]

    monkeypatch.setattr("designer.illustrations.illustration_files", illustration_files, raising=False)
    return illustration_files


@pytest.fixture
def no_pictures(monkeypatch: pytest.MonkeyPatch) -> None:
    """Exercises without pictures, so the only images in a PDF are the ones a test puts there."""
    monkeypatch.setattr("designer.illustrations.illustration_files", lambda exercise, photos_dir: [], raising=False)
