"""The detailed layout: two columns with a column-wide picture, and two exercises to a page where both fit whole."""

from __future__ import annotations

import dataclasses
from collections import Counter

import pytest
from pdf_samples import all_text, flat, page_texts, printed, simple_plan
from test_handout_fitting import springback
from test_handout_layouts import placed_picture_sizes

from designer.domain import Clinic, Exercise, Layout, PaperSize, Plan
from designer.library import Library
from designer.library.templates import load_builtin_template
from designer.pdf import HandoutOptions, render_handout_with_warnings

MM = 72 / 25.4


def shortened(exercise: Exercise) -> Exercise:
    """The exercise with its words cut to what a short exercise of the clinic's own has."""
    return dataclasses.replace(
        exercise,
        setup=exercise.setup[:1],
        steps=exercise.steps[:2],
        cues=exercise.cues[:1],
        mistakes=exercise.mistakes[:1],
        safety="",
        regressions=(),
        progressions=(),
    )


@pytest.mark.parametrize("paper", list(PaperSize))
def test_short_exercises_share_a_page_two_by_two(
    paper: PaperSize, exercises: dict[str, Exercise], clinic: Clinic
) -> None:
    ids = ["glute-bridge", "bird-dog", "sit-to-stand", "suitcase-carry"]
    short = {**exercises, **{exercise_id: shortened(exercises[exercise_id]) for exercise_id in ids}}
    plan = simple_plan(ids)
    result = render_handout_with_warnings(plan, short, clinic, HandoutOptions(layout=Layout.DETAILED, paper=paper))
    pages = exercise_pages(result.pdf, plan, short)
    assert all(len(found) == 1 for found in pages.values()), pages  # each printed whole, on one page
    on = [pages[exercise_id][0] for exercise_id in ids]
    # Two to a page (the first may start on the opening page where it fits, below the exercises at a glance).
    assert max(Counter(on).values()) == 2
    assert len(set(on)) <= 3
    assert result.page_count <= 4


@pytest.mark.parametrize("paper", list(PaperSize))
def test_the_detailed_pictures_are_column_wide_and_at_least_80_mm(
    paper: PaperSize, exercises: dict[str, Exercise], clinic: Clinic
) -> None:
    plan = simple_plan(["glute-bridge", "bird-dog", "sit-to-stand"])
    result = render_handout_with_warnings(plan, exercises, clinic, HandoutOptions(layout=Layout.DETAILED, paper=paper))
    sizes = placed_picture_sizes(result.pdf)
    assert len(sizes) == 3
    assert all(width >= 80 * MM for width, _height in sizes)


@pytest.mark.xfail(
    strict=True,
    reason="not met: at 11 pt or more, with every part of an exercise printed and a column-wide picture, a library "
    "exercise takes 0.45 to 0.62 of an A4 page (more of a Letter page) even in its closest lines, so two share a "
    "page only when both are short: at-home-strength takes 4 A4 pages (5 or 6 on Letter, by the clinic "
    "profile), low-back-three-stage 12 (12)",
)
@pytest.mark.parametrize("paper", list(PaperSize))
@pytest.mark.parametrize(("template", "most"), [("at-home-strength", 3), ("low-back-three-stage", 8)])
def test_page_counts_of_the_issue(
    template: str, most: int, paper: PaperSize, exercises: dict[str, Exercise], clinic: Clinic
) -> None:
    plan = load_builtin_template(template, Library())
    result = render_handout_with_warnings(plan, exercises, clinic, HandoutOptions(layout=Layout.DETAILED, paper=paper))
    assert result.page_count <= most


def exercise_pages(pdf: bytes, plan: Plan, exercises: dict[str, Exercise]) -> dict[str, list[int]]:
    """For each exercise of the plan, the pages where its heading and all of its steps and key points are printed."""
    texts = [" ".join(page.split()) for page in page_texts(pdf)]
    found: dict[str, list[int]] = {}
    for number, planned in enumerate(plan.items, start=1):
        exercise = exercises[planned.exercise_id]
        lines = [flat(printed(line)) for line in (*exercise.cues, *exercise.setup, *exercise.steps)]
        heading = f"{number} {printed(exercise.name)}"
        found[exercise.id] = [
            index for index, text in enumerate(texts) if heading in text and all(line in flat(text) for line in lines)
        ]
    return found


def test_library_exercises_share_a_page_where_both_fit(exercises: dict[str, Exercise]) -> None:
    plan = load_builtin_template("low-back-three-stage", Library())
    result = render_handout_with_warnings(
        plan, exercises, springback(), HandoutOptions(layout=Layout.DETAILED, paper=PaperSize.A4)
    )
    pages = exercise_pages(result.pdf, plan, exercises)
    # Each exercise printed whole, on one page ...
    assert all(len(found) == 1 for found in pages.values()), pages
    # ... and some pages hold two of them (before, every exercise had a page of its own: 14 pages).
    shared = [page for page, count in Counter(found[0] for found in pages.values()).items() if count == 2]
    assert shared
    assert result.page_count < 14
    text = all_text(result.pdf)
    assert text.count("Get help now") == 1 and text.count("Book your next session") == 1


@pytest.mark.parametrize("paper", list(PaperSize))
def test_every_exercise_whole_and_the_closing_printed(paper: PaperSize, exercises: dict[str, Exercise]) -> None:
    plan = load_builtin_template("at-home-strength", Library())
    options = HandoutOptions(layout=Layout.DETAILED, paper=paper)
    result = render_handout_with_warnings(plan, exercises, springback(), options)
    texts = page_texts(result.pdf)
    pages = exercise_pages(result.pdf, plan, exercises)
    assert all(len(found) == 1 for found in pages.values()), pages
    help_page = next(index for index, text in enumerate(texts) if "Get help now" in text)
    booking_page = next(index for index, text in enumerate(texts) if "Book your next session" in text)
    if paper is PaperSize.A4:
        # Neither has a page of its own (6 pages before): the warning signs come with the opening, the booking
        # details after the last exercise.  (On Letter, shorter, they still take a page of their own: 6 pages.)
        assert help_page == 0
        assert booking_page == pages["suitcase-carry"][0]
        assert result.page_count == 5
