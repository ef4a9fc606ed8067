"""The Library: built-in and clinic exercises together, search, ladders and the clinic's copies."""

from __future__ import annotations

import unicodedata
from dataclasses import replace

import pytest

from designer.domain import CATEGORIES, Exercise, Level, Prescription, ValidationError
from designer.library import Library, load_builtin_exercises


@pytest.fixture(scope="module")
def library() -> Library:
    return Library([])


def ids(exercises: list[Exercise]) -> list[str]:
    return [exercise.id for exercise in exercises]


def clinic_exercise(exercise_id: str, name: str, category: str = "Hip mobility", **more) -> Exercise:
    return Exercise(id=exercise_id, name=name, category=category, **more)


# -- combining built-in and clinic exercises ------------------------------------------------


def test_builtin_only(library):
    assert len(library) == len(load_builtin_exercises())
    assert "glute-bridge" in library and "no-such-thing" not in library
    assert library.get("glute-bridge").builtin
    assert library.get("no-such-thing") is None


def test_clinic_exercises_are_added_and_replace_builtin_ones_with_the_same_id():
    edited = replace(load_builtin_exercises()[0], name="Our own wall hinge", builtin=False)
    own = clinic_exercise("pigeon-stretch", "Pigeon Stretch", regressions=("figure-four-stretch",))
    library = Library([edited, own])
    assert len(library) == len(load_builtin_exercises()) + 1
    assert library.get(edited.id).name == "Our own wall hinge"
    assert not library.get(edited.id).builtin
    assert library.get("pigeon-stretch") == own
    assert sum(exercise.id == edited.id for exercise in library.all()) == 1


def test_categories_follow_the_clinic_order_then_others(library):
    used = {exercise.category for exercise in library.all()}
    assert library.categories() == [category for category in CATEGORIES if category in used]
    extended = Library([clinic_exercise("wobble-board", "Wobble Board", category="Wobble work")])
    assert extended.categories() == [*library.categories(), "Wobble work"]


def test_equipment_lists_every_piece_of_kit_once(library):
    kit = library.equipment()
    assert kit == sorted(kit, key=str.casefold)
    assert len(kit) == len({item.casefold() for item in kit})
    for item in ("mat", "chair", "kettlebell", "resistance band", "dumbbell"):
        assert item in kit
    # "resistance band (optional)" counts as a resistance band, not as a different thing.
    assert not any("(" in item for item in kit)
    used = {item for exercise in library.all() for item in exercise.equipment}
    assert "resistance band (optional)" in used


def test_defaults_are_each_exercises_prescription(library):
    defaults = library.defaults()
    assert set(defaults) == {exercise.id for exercise in library.all()}
    assert defaults["bird-dog"] == library.get("bird-dog").default
    assert all(isinstance(value, Prescription) for value in defaults.values())


# -- search -------------------------------------------------------------------------------


def test_empty_search_returns_everything_in_library_order(library):
    everything = library.search()
    assert everything == library.all()
    keys = [(CATEGORIES.index(e.category), e.name.casefold()) for e in everything]
    assert keys == sorted(keys)


def test_every_word_must_match(library):
    assert ids(library.search("bridge")) == ["glute-bridge", "marching-bridge", "single-leg-bridge"]
    assert ids(library.search("single bridge")) == ["single-leg-bridge"]
    assert library.search("bridge kettlebell") == []


def test_search_looks_at_category_body_area_equipment_level_and_purpose(library):
    assert "suitcase-carry" in ids(library.search("carries"))
    assert "glute-bridge" in ids(library.search("bottom"))  # a body area
    assert "loaded-walk" in ids(library.search("backpack"))  # equipment
    assert set(ids(library.search("challenging"))) == {e.id for e in library.all() if e.level is Level.CHALLENGING}
    assert "box-lift" in ids(library.search("garden"))  # purpose: "at home or in the garden"


def test_search_ignores_case_accents_and_apostrophes(library):
    assert ids(library.search("FARMER’S")) == ["farmers-carry"]
    assert ids(library.search("farmers carry")) == ["farmers-carry"]
    assert ids(library.search("Fármer")) == ["farmers-carry"]
    stretch = clinic_exercise("etirement-psoas", "Étirement du psoas", purpose="Hanche et dos, très doux")
    own = Library([stretch])
    assert ids(own.search("etirement")) == ["etirement-psoas"]
    assert ids(own.search("ÉTIREMENT TRES")) == ["etirement-psoas"]
    # Decomposed accents (as some keyboards type them) match too.
    assert ids(own.search(unicodedata.normalize("NFD", "très doux"))) == ["etirement-psoas"]


def test_filters(library):
    carries = library.search(category="Carries")
    assert {e.category for e in carries} == {"Carries"} and len(carries) >= 3
    assert library.search(category="carries") == carries
    banded = library.search(equipment="resistance band")
    assert "clamshell" in ids(banded)  # listed as "resistance band (optional)"
    assert all(any("resistance band" in item for item in e.equipment) for e in banded)
    gentle_bracing = library.search(category="Core bracing and anti-rotation", level="gentle")
    assert gentle_bracing and all(e.level is Level.GENTLE for e in gentle_bracing)
    assert "pelvic-tilt" in ids(gentle_bracing) and "dead-bug" not in ids(gentle_bracing)
    assert ids(library.search("bridge", level=Level.MODERATE)) == ["marching-bridge", "single-leg-bridge"]
    assert library.search(category="Juggling") == []


def test_an_unknown_level_is_a_clear_error(library):
    with pytest.raises(ValueError, match="level must be gentle, moderate or challenging"):
        library.search(level="heroic")


def test_results_are_ordered_by_category_then_name():
    own = [
        clinic_exercise("zebra-walk", "Zebra Walk", category="Carries"),
        clinic_exercise("apple-pick", "Apple Pick", category="Hip hinge"),
        # "Balance" is a built-in category now (issue 12), so the clinic's own category needs another name.
        clinic_exercise("aardvark-balance", "Aardvark Balance", category="Clinic balance class"),
    ]
    found = Library(own).search("a")
    categories = [e.category for e in found]
    # Built-in categories in their fixed order, the clinic's own category after them.
    ranks = [CATEGORIES.index(c) if c in CATEGORIES else len(CATEGORIES) for c in categories]
    assert ranks == sorted(ranks)
    assert found[-1].id == "aardvark-balance"
    hinges = [e for e in found if e.category == "Hip hinge"]
    assert hinges[0].id == "apple-pick"
    assert [e.name for e in hinges] == sorted((e.name for e in hinges), key=str.casefold)


def fold(text: str) -> str:
    """An independent way to compare text, for checking search against."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).replace("'", "").replace("’", "").casefold()


def expected_search(exercises: list[Exercise], text: str, category: str | None = None) -> set[str]:
    found = set()
    for e in exercises:
        haystack = fold(" ".join([e.name, e.id, e.category, e.level.value, e.purpose, *e.body_areas, *e.equipment]))
        if all(word in haystack for word in fold(text).split()) and (category is None or e.category == category):
            found.add(e.id)
    return found


def test_a_library_of_two_thousand_exercises_still_finds_the_right_ones():
    base = Library([])
    copies = []
    builtins = base.all()
    for number in range(2_000 - len(builtins)):
        original = builtins[number % len(builtins)]
        copies.append(base.copy_for_clinic(original.id, f"{original.name} variation {number}"))
    big = Library(copies)
    assert len(big) == 2_000
    everything = big.all()
    for text, category in [
        ("bridge", None),
        ("variation 17", None),
        ("carry", "Carries"),
        ("bottom gentle", None),
        ("fármer’s", None),
        ("", "Breathing"),
        ("nothing-like-this", None),
    ]:
        found = big.search(text, category=category)
        assert set(ids(found)) == expected_search(everything, text, category), text
        assert len(ids(found)) == len(set(ids(found)))
        keys = [(CATEGORIES.index(e.category), e.name.casefold()) for e in found]
        assert keys == sorted(keys), text
    # "variation 17" matches 17, 170-179 and 1700-1799 among the copies: a real spread, not a fluke.
    assert len(big.search("variation 17")) == len(expected_search(everything, "variation 17")) > 10


# -- ladders ------------------------------------------------------------------------------


def test_easier_and_harder(library):
    assert library.easier("glute-bridge").id == "pelvic-tilt"
    assert library.harder("glute-bridge").id == "single-leg-bridge"
    assert library.easier("wall-hip-hinge") is None
    assert library.harder("step-up") is None
    assert library.easier("no-such-thing") is None


def test_ladder_runs_from_easiest_to_hardest_through_the_exercise(library):
    assert library.ladder("glute-bridge") == ["pelvic-tilt", "glute-bridge", "single-leg-bridge", "hip-thrust"]
    assert library.ladder("hip-hinge") == [
        "wall-hip-hinge",
        "hip-hinge",
        "kettlebell-deadlift",
        "romanian-deadlift",
        "single-leg-deadlift",
    ]
    # From the bed after an operation to the step: standing up needs less and less help from the arms.
    assert library.ladder("step-up") == [
        "static-glutes",
        "sit-to-stand-with-arms",
        "sit-to-stand-high-seat",
        "sit-to-stand",
        "step-up",
    ]
    assert library.ladder("no-such-thing") == []
    for exercise in library.all():
        ladder = library.ladder(exercise.id)
        assert exercise.id in ladder and len(ladder) >= 2 and len(set(ladder)) == len(ladder)


def test_neighbours_that_are_missing_are_skipped_and_reported():
    own = clinic_exercise("reach-and-turn", "Reach and Turn", regressions=("gone-away",), progressions=("open-book",))
    library = Library([own])
    assert library.easier("reach-and-turn") is None
    assert library.harder("reach-and-turn").id == "open-book"
    assert library.missing_neighbours() == ['reach-and-turn: the easier version "gone-away" is not in the library']


def test_a_loop_in_a_clinic_ladder_does_not_hang():
    first = clinic_exercise("loop-one", "Loop One", progressions=("loop-two",), regressions=("loop-two",))
    second = clinic_exercise("loop-two", "Loop Two", progressions=("loop-one",), regressions=("loop-one",))
    assert Library([first, second], builtin=[]).ladder("loop-one") == ["loop-two", "loop-one"]


# -- the clinic's copies --------------------------------------------------------------------


def test_copy_for_clinic(library):
    copy = library.copy_for_clinic("suitcase-carry", "Suitcase Carry (heavier)")
    original = library.get("suitcase-carry")
    assert copy.id == "suitcase-carry-heavier"
    assert copy.name == "Suitcase Carry (heavier)"
    assert not copy.builtin and copy.based_on == "suitcase-carry"
    assert copy.drawing_id == "suitcase-carry"
    assert (copy.steps, copy.default, copy.progressions) == (original.steps, original.default, original.progressions)


def test_a_copy_never_takes_an_id_already_used(library):
    first = library.copy_for_clinic("glute-bridge", "Glute Bridge")
    assert first.id == "glute-bridge-2"
    with_first = Library([first])
    assert with_first.copy_for_clinic("glute-bridge", "Glute Bridge").id == "glute-bridge-3"


def test_a_copy_of_a_copy_remembers_the_builtin_original(library):
    first = library.copy_for_clinic("bird-dog", "Bird Dog, slow")
    second = Library([first]).copy_for_clinic(first.id, "Bird Dog, slower")
    assert second.based_on == "bird-dog"


def test_copy_errors(library):
    with pytest.raises(KeyError, match="no-such-thing"):
        library.copy_for_clinic("no-such-thing", "Anything")
    with pytest.raises(ValidationError, match="name: must not be empty"):
        library.copy_for_clinic("bird-dog", "   ")
