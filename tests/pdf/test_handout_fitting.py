"""Every exercise whole on its page, nothing left out, no page left nearly empty: checked on the PDF read back.

The built-in templates are rendered with a full clinic profile (the one a
clinic sets up on its first day) on A4 and Letter, in the detailed and the
large-print layouts, with the built-in drawings.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

import pytest
from pdf_samples import Run, all_text, flat, item, page_texts, printed, sample_clinic, simple_plan, text_runs

from designer.domain import Clinic, Exercise, Layout, PaperSize, Plan
from designer.library import Library
from designer.library.templates import list_builtin_templates, load_builtin_template
from designer.pdf import HandoutOptions, RenderResult, render_handout_with_warnings
from designer.pdf.measurements import PAGE_SIZES, metrics_for

TEMPLATES = sorted(info.id for info in list_builtin_templates())
PAPERS = list(PaperSize)


def springback() -> Clinic:
    """The profile from the review: long names and addresses, as real clinics have."""
    return sample_clinic(
        name="Springback Rehabilitation",
        therapist="Tom",
        booking_link="https://www.springbackrehabilitation.co.uk/booking-system/",
        instagram="@springback_rehabilitation",
        phone="01632 960 123",
        email="hello@springback.example",
        website="https://www.springbackrehabilitation.co.uk/",
    )


def template(template_id: str) -> Plan:
    return load_builtin_template(template_id, Library())


def render(plan: Plan, exercises: dict[str, Exercise], clinic: Clinic, **options: object) -> RenderResult:
    return render_handout_with_warnings(plan, exercises, clinic, HandoutOptions(**options))  # type: ignore[arg-type]


def pages_showing(texts: list[str], exercise: Exercise) -> list[int]:
    """Pages where the exercise itself is set out (its first set-up and movement steps), not only named."""
    return [
        index
        for index, text in enumerate(texts)
        if flat(printed(exercise.setup[0])) in flat(text) and flat(printed(exercise.steps[0])) in flat(text)
    ]


def exercise_lines(exercise: Exercise) -> Iterator[str]:
    yield from exercise.cues
    yield from exercise.setup
    yield from exercise.steps


@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("layout", [Layout.LARGE_PRINT, Layout.DETAILED])
def test_key_points_are_printed_for_every_exercise(
    layout: Layout, paper: PaperSize, exercises: dict[str, Exercise]
) -> None:
    # The review's case: at-home-strength in large print lost "Key points" for Glute Bridge and Sit-to-Stand.
    plan = dataclasses.replace(template("at-home-strength"), therapist="Tom")
    texts = page_texts(render(plan, exercises, springback(), layout=layout, paper=paper).pdf)
    for plan_item in plan.items:
        exercise = exercises[plan_item.exercise_id]
        pages = pages_showing(texts, exercise)
        assert len(pages) == 1, f"{exercise.name} is on pages {pages}"
        page = texts[pages[0]]
        if layout is Layout.LARGE_PRINT and f"{exercise.name}: how to do it" in page:
            page = texts[pages[0] - 1] + " " + page  # large print: what it looks like, then how to do it
        assert "Key points" in page, exercise.name
        for line in exercise_lines(exercise):
            assert flat(printed(line)) in page, f"{exercise.name}: {line!r} is not on its page"


def test_thirty_exercises_in_large_print_keep_their_key_points(exercises: dict[str, Exercise]) -> None:
    ids = [exercise_id for exercise_id in exercises if exercises[exercise_id].cues][:30]
    plan = dataclasses.replace(simple_plan(ids), therapist="Tom")
    text = all_text(render(plan, exercises, springback(), layout=Layout.LARGE_PRINT, paper=PaperSize.LETTER).pdf)
    assert text.count("Key points") == 30
    for exercise_id in ids:
        for cue in exercises[exercise_id].cues:
            assert flat(printed(cue)) in text, f"{exercises[exercise_id].name}: {cue!r}"


@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("template_id", TEMPLATES)
def test_large_print_gives_each_exercise_a_page_or_two_pages_made_to_be_read_in_turn(
    template_id: str, paper: PaperSize, exercises: dict[str, Exercise]
) -> None:
    # The review's case: on Letter, "A note from Tom" ended a page and its text went on to the next.
    # At 16 pt with pictures 120 mm wide most exercises need two pages: what it looks like and how much, then
    # how to do it, each whole on its page, never cut wherever the page happens to end.
    plan = dataclasses.replace(template(template_id), therapist="Tom")
    result = render(plan, exercises, springback(), layout=Layout.LARGE_PRINT, paper=paper)
    texts = page_texts(result.pdf)
    assert "(continued)" not in " ".join(texts)
    numbered = [plan_item for _stage, items in plan.grouped() for plan_item in items]
    headings = [f"{other} {flat(printed(exercises[i.exercise_id].name))}" for other, i in enumerate(numbered, start=1)]

    def shown(text: str) -> list[str]:
        """The numbered headings on a page ("1 Bike" is not found inside "11 Bike"; a name may wrap)."""
        return [found for found in headings if re.search(rf"(?<!\d){re.escape(found)}", flat(text))]

    for number, plan_item in enumerate(numbered, start=1):
        exercise = exercises[plan_item.exercise_id]
        name = printed(exercise.name)
        # An exercise may be in two stages (a later stage doses it up): each time it is numbered on its own page.
        heading = re.compile(rf"(?<!\d){number} {re.escape(flat(name))}")  # 1 Bike, not 11 Bike
        pages = [page for page in pages_showing(texts, exercise) if heading.search(flat(texts[page]))]
        assert len(pages) == 1, f"{number} {exercise.name} is on pages {pages}"
        page = texts[pages[0]]
        if f"{number} {flat(name)}: how to do it" in flat(page):
            look = texts[pages[0] - 1]
            assert heading.search(flat(look)) and "How much" in look and "Key points" in look
            assert shown(look) == [f"{number} {flat(name)}"]
            page = look + " " + page
        assert shown(texts[pages[0]]) == [f"{number} {flat(name)}"], "one exercise a page"
        for line in (*exercise_lines(exercise), exercise.safety):
            assert flat(printed(line)) in page, f"{exercise.name}: {line[:40]!r} is not on its page"
        if plan_item.note.strip():
            assert "A note from Tom" in texts[pages[0]] and flat(printed(plan_item.note)) in texts[pages[0]]
        for neighbour in (*exercise.regressions, *exercise.progressions):
            assert printed(exercises[neighbour].name) in page


def test_an_exercise_longer_than_a_page_carries_on_under_a_continued_heading(
    exercises: dict[str, Exercise],
) -> None:
    sentence = "Take it slowly and breathe out as you lift, then rest for a moment. "
    note = (sentence * 75).strip() + " THE-END"
    plan = dataclasses.replace(simple_plan([]), therapist="Tom").with_items([item("glute-bridge", note=note)])
    bridge = exercises["glute-bridge"]
    for layout in (Layout.LARGE_PRINT, Layout.DETAILED):
        texts = page_texts(render(plan, exercises, springback(), layout=layout).pdf)
        first = next(index for index, text in enumerate(texts) if flat(bridge.setup[0]) in text)
        assert "1 Glute Bridge" in texts[first]
        lines = list(exercise_lines(bridge))
        if layout is Layout.LARGE_PRINT:
            # Large print: what it looks like and the key points on a page, how to do it from the next.
            assert "1 Glute Bridge: how to do it" in texts[first]
            for cue in bridge.cues:
                assert flat(printed(cue)) in texts[first - 1], cue
            lines = [*bridge.setup, *bridge.steps]
        # Everything before the note is on the first page, with the picture made small rather than anything cut.
        for line in (*lines, "A note from Tom", "Take it slowly"):
            assert flat(printed(line)) in texts[first], line
        carried = [index for index, text in enumerate(texts) if "1 Glute Bridge (continued)" in text]
        assert carried and carried[0] == first + 1
        assert "THE-END" in " ".join(texts[index] for index in carried)
        assert flat(printed(bridge.safety)) in texts[carried[-1]]
        assert " ".join(texts).count("moment.") == 75  # every sentence of the note, none lost at a page break


def body_runs(pdf: bytes, layout: Layout, paper: PaperSize) -> list[Run]:
    """The text inside the page frame: no running header, no footer."""
    metrics = metrics_for(layout)
    height = PAGE_SIZES[paper][1]
    top = height - metrics.margin_top - metrics.footer_size * 1.5
    bottom = metrics.margin_bottom + metrics.footer_size
    return [run for run in text_runs(pdf) if bottom < run.y < top]


def test_large_print_body_text_is_at_least_14_point(exercises: dict[str, Exercise]) -> None:
    plan = dataclasses.replace(template("low-back-three-stage"), therapist="Tom")
    pdf = render(plan, exercises, springback(), layout=Layout.LARGE_PRINT, paper=PaperSize.LETTER).pdf
    runs = body_runs(pdf, Layout.LARGE_PRINT, PaperSize.LETTER)
    body_lines = [
        flat(line)
        for plan_item in plan.items
        for line in (
            *exercise_lines(exercises[plan_item.exercise_id]),
            exercises[plan_item.exercise_id].safety,
            plan_item.prescription.in_words(exercises[plan_item.exercise_id].tempo_words),
        )
    ]
    body_lines += [flat(line) for line in plan.notes.split("\n") if line.strip()]
    checked = [run for run in runs if len(run.text) >= 12 and any(run.text in line for line in body_lines)]
    assert len(checked) > 150, "the steps, key points, prescriptions and notes were found in the PDF"
    too_small = {(run.text, round(run.size, 1)) for run in checked if run.size < 14}
    assert not too_small
    # And the page as a whole: most of what is read is at 14 pt or more.
    characters = sum(len(run.text) for run in runs)
    assert sum(len(run.text) for run in runs if run.size >= 14) / characters > 0.8


def fill(pdf: bytes, layout: Layout, paper: PaperSize) -> list[float]:
    """How far down each page its text reaches, as a share of the page's frame (0 = nothing, 1 = to the bottom)."""
    metrics = metrics_for(layout)
    height = PAGE_SIZES[paper][1]
    top = height - metrics.margin_top
    bottom = metrics.margin_bottom + metrics.footer_size
    runs = body_runs(pdf, layout, paper)
    lowest: dict[int, float] = {}
    for run in runs:
        lowest[run.page] = min(lowest.get(run.page, top), run.y)
    pages = len(page_texts(pdf))
    return [(top - lowest.get(page, top)) / (top - bottom) for page in range(pages)]


@pytest.mark.parametrize("clinic", [springback(), Clinic()], ids=["full profile", "default profile"])
@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("layout", [Layout.DETAILED, Layout.LARGE_PRINT])
def test_no_page_is_left_nearly_empty(
    layout: Layout, paper: PaperSize, clinic: Clinic, exercises: dict[str, Exercise]
) -> None:
    # The review's cases: a page holding only the last row of the stage table (text reaching a fifth of the
    # way down), and the plan's notes alone on the last page.  Each page's text reaches at least 30% down.
    for template_id in TEMPLATES:
        plan = template(template_id)
        pdf = render(plan, exercises, clinic, layout=layout, paper=paper).pdf
        fills = fill(pdf, layout, paper)
        assert min(fills) > 0.3, f"{template_id}: pages filled {[round(share, 2) for share in fills]}"


@pytest.mark.parametrize("layout", [Layout.DETAILED, Layout.LARGE_PRINT])
def test_the_plans_notes_come_before_the_exercises(layout: Layout, exercises: dict[str, Exercise]) -> None:
    plan = template("at-home-strength")
    texts = page_texts(render(plan, exercises, Clinic(), layout=layout).pdf)
    notes_page = next(index for index, text in enumerate(texts) if "Notes from your therapist" in text)
    first_exercise = next(index for index, text in enumerate(texts) if "1 Glute Bridge" in text)
    assert notes_page == 0 < first_exercise or notes_page == first_exercise == 0
    assert flat(plan.notes.split("\n")[0]) in texts[0]
    assert texts[0].index("Before you start") < texts[0].index("Notes from your therapist")
