"""Body region as a first-class filter: the library's search and the categories of a region.

``library --region`` is tested in tests/cli/test_cli_precautions.py.
"""

from __future__ import annotations

import pytest

from designer.domain import REGIONS, Exercise, find_region
from designer.library import Library

KNEE_DRILL = Exercise(id="our-knee-drill", name="Our Drill", category="Clinic drills", region="Knee")
QUADS = Exercise(id="static-quads", name="Static Quads", category="Knee strength")


@pytest.fixture(scope="module")
def library() -> Library:
    return Library([KNEE_DRILL, QUADS])


def test_short_names_find_the_region() -> None:
    assert find_region("knee") == "Knee"
    assert find_region("ankle") == "Ankle and foot"
    assert find_region("after-surgery") == "After surgery"
    assert find_region("NECK") == "Neck and upper back"
    assert find_region("a") == ""  # ankle or after surgery: not guessed
    assert find_region("elbow") == "Elbow and wrist"


def test_search_narrows_by_region_and_categories_follow_it(library: Library) -> None:
    knee = library.search(region="knee")
    assert knee[-1].id == "our-knee-drill" and "static-quads" in [e.id for e in knee]  # built-in categories first
    assert all(e.region == "Knee" for e in knee)
    assert library.categories("Knee") == ["Knee mobility", "Knee strength", "Clinic drills"]
    back = library.search(region="Back")
    assert back and all(e.region == "Back" for e in back)
    assert "Clinic drills" not in library.categories("back")
    assert set(library.categories()) >= set(library.categories("Back")) | {"Clinic drills"}
    assert library.search("drill", region="back") == []
    assert [e.id for e in library.search("knee drill")] == ["our-knee-drill"]  # the region is searched too


def test_regions_lists_those_that_hold_exercises_in_order(library: Library) -> None:
    held = library.regions()
    assert held[0] == "Back" and "Knee" in held
    assert held == [region for region in REGIONS if region in held]
