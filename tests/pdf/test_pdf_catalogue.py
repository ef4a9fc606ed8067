"""The exercise catalogue: every exercise with its picture, category, level and ladder neighbours."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from pdf_samples import all_text, image_count, page_texts, printed, reader

from designer.domain import CATEGORIES, Clinic, Exercise, PaperSize
from designer.pdf import render_catalogue


def test_catalogue_lists_every_exercise_with_its_neighbours(
    exercises: dict[str, Exercise], clinic: Clinic, drawings: Callable[[Exercise, Path | None], list[Path]]
) -> None:
    library = list(exercises.values())
    pdf = render_catalogue(library, clinic, deterministic=True)
    text = all_text(pdf)
    for exercise in library:
        assert printed(exercise.name) in text
        assert f"id: {exercise.id}" in text
        for other in exercise.regressions + exercise.progressions:
            assert printed(exercises[other].name) in text if other in exercises else other in text
    used = {exercise.category for exercise in library}
    for category in used:
        assert category in text
    # Categories come in the clinic's order: region by region, the back's foundations first.
    # A heading is the category with its count, "Carries (4)": a name such as "Walking with a Backpack" is not one.
    positions = [heading_at(text, category) for category in CATEGORIES if category in used]
    assert positions == sorted(positions)
    pages = len(page_texts(pdf))
    assert "No picture yet" not in text
    assert image_count(pdf) == pages  # the one stand-in drawing, on every page
    assert pages < len(library) / 3, "several exercises share a page"
    assert render_catalogue(library, clinic, deterministic=True) == pdf


def heading_at(text: str, category: str) -> int:
    found = re.search(re.escape(category) + r" \(\d+\)", text)
    assert found, f"no heading for {category}"
    return found.start()


def test_catalogue_marks_a_missing_picture(exercises: dict[str, Exercise], clinic: Clinic, no_pictures: None) -> None:
    pdf = render_catalogue([exercises["glute-bridge"]], clinic, paper=PaperSize.LETTER)
    assert "No picture yet" in all_text(pdf)
    assert round(float(reader(pdf).pages[0].mediabox.height)) == 792


def test_catalogue_shows_unknown_neighbours_by_id(clinic: Clinic, no_pictures: None) -> None:
    exercise = Exercise(id="my-bridge", name="My Bridge <b>", category="Our own", progressions=("not-there",))
    text = all_text(render_catalogue([exercise], clinic))
    assert "My Bridge <b>" in text and "Harder: not-there" in text and "Our own" in text


def test_catalogue_drawings_take_the_clinics_colour(exercises: dict[str, Exercise]) -> None:
    # The review's case: handouts drew the props and arrows in the clinic's colour, the catalogue did not.
    from pdf_samples import sample_clinic

    from designer.illustrations import drawing_path

    assert drawing_path("glute-bridge") is not None

    def colour_count(pdf: bytes, colour: str) -> int:
        target = [int(colour[index : index + 2], 16) for index in (1, 3, 5)]
        picture = next(image.image for page in reader(pdf).pages for image in page.images)
        assert picture is not None
        pixels = picture.convert("RGB").get_flattened_data()
        return sum(1 for pixel in pixels if sum(abs(a - b) for a, b in zip(pixel, target, strict=True)) < 40)

    plum = render_catalogue([exercises["glute-bridge"]], sample_clinic(colour="#8E2C8E"))
    assert colour_count(plum, "#8E2C8E") > 200 and colour_count(plum, "#2A6F6B") < 20
