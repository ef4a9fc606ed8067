"""Fixtures for the PDF tests: the real built-in library, a branded clinic, and stand-in drawings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pdf_samples import library_exercises, make_drawing, sample_clinic

from designer.domain import Clinic, Exercise


@pytest.fixture(scope="session")
def exercises() -> dict[str, Exercise]:
    return library_exercises()


@pytest.fixture
def clinic() -> Clinic:
    return sample_clinic()


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
