"""The compact (fridge) page: measured to fit one page at a readable size, notes whole where there is room."""

from __future__ import annotations

import dataclasses

import pytest
from pdf_samples import (
    all_text,
    flat,
    image_count,
    item,
    page_heights,
    printed,
    problems,
    sample_clinic,
    simple_plan,
    text_runs,
)

from designer.domain import Exercise, Layout, PaperSize, Plan
from designer.library import Library
from designer.library.templates import list_builtin_templates, load_builtin_template
from designer.pdf import HandoutOptions, RenderResult, render_handout_with_warnings
from designer.pdf.compact import shorten_at_sentence
from designer.pdf.measurements import metrics_for

TEMPLATES = sorted(info.id for info in list_builtin_templates())
CLINIC = sample_clinic(
    name="Springback Rehabilitation",
    therapist="Tom",
    booking_link="https://www.springbackrehabilitation.co.uk/booking-system/",
    website="https://www.springbackrehabilitation.co.uk/",
    instagram="@springback_rehabilitation",
)


def render(plan: Plan, exercises: dict[str, Exercise], **options: object) -> RenderResult:
    options.setdefault("layout", Layout.COMPACT)
    return render_handout_with_warnings(plan, exercises, CLINIC, HandoutOptions(**options))  # type: ignore[arg-type]


def frame_sizes(pdf: bytes) -> list[float]:
    """The font size of every piece of text on the page except the footer, one entry per character."""
    bottom = metrics_for(Layout.COMPACT).margin_bottom + metrics_for(Layout.COMPACT).footer_size
    heights = page_heights(pdf)
    return [run.size for run in text_runs(pdf) if bottom < run.y < heights[run.page] for _char in run.text]


@pytest.mark.parametrize("paper", list(PaperSize))
@pytest.mark.parametrize("template_id", TEMPLATES)
def test_every_built_in_template_fits_one_or_two_pages_at_a_readable_size(
    template_id: str, paper: PaperSize, exercises: dict[str, Exercise]
) -> None:
    plan = load_builtin_template(template_id, Library())
    result = render(plan, exercises, paper=paper)
    # Up to six exercises on one page, seven to ten on two.
    assert result.page_count == (1 if len(plan.items) <= 6 else 2)
    assert problems(result) == []  # nothing shortened, nothing left out
    # A picture for every exercise, and never more than one a row (an exercise in two stages is pictured again).
    assert len(set(plan.exercise_ids())) <= image_count(result.pdf) <= len(plan.items)
    text = all_text(result.pdf)
    for plan_item in plan.items:
        exercise = exercises[plan_item.exercise_id]
        assert printed(exercise.name) in text
        assert flat(plan_item.prescription.in_words(exercise.tempo_words)) in text
        if exercise.cues:
            assert flat(printed(exercise.cues[0])) in text
    assert flat(printed(plan.notes)) in text
    sizes = frame_sizes(result.pdf)
    # No text under 10 pt (the review found 8 pt text and 6.8 pt key points on the 12-exercise page).
    assert min(sizes) >= 10.0


def test_a_note_is_printed_whole_when_the_page_has_room(exercises: dict[str, Exercise]) -> None:
    # The review's case: the angel floor press note ended "…slowly slide …" with a third of the page empty.
    plan = load_builtin_template("at-home-strength", Library())
    result = render(plan, exercises)
    text = all_text(result.pdf)
    for plan_item in plan.items:
        if plan_item.note:
            assert flat(plan_item.note) in text
    assert "…" not in text
    assert problems(result) == []


def test_short_plans_use_the_room_for_bigger_text(exercises: dict[str, Exercise]) -> None:
    short = render(simple_plan(["glute-bridge", "bird-dog"]), exercises)
    six = render(
        simple_plan(
            ["glute-bridge", "bird-dog", "sit-to-stand", "dead-bug", "clamshell", "side-plank"],
            notes="Walk every day. " * 8,
        ),
        exercises,
    )
    assert six.page_count == 1
    assert min(frame_sizes(short.pdf)) > min(frame_sizes(six.pdf)) >= 10
    assert max(set(frame_sizes(short.pdf)), key=frame_sizes(short.pdf).count) >= 12


def test_six_exercises_on_one_page_and_ten_on_two_each_with_its_picture(
    exercises: dict[str, Exercise],
) -> None:
    ids = [exercise_id for exercise_id in exercises if not exercise_id.startswith("farmer")][:10]
    six = render(simple_plan(ids[:6], notes="Little and often."), exercises)
    assert six.page_count == 1
    assert image_count(six.pdf) == 6
    ten = render(simple_plan(ids), exercises)
    assert ten.page_count == 2
    assert image_count(ten.pdf) == 10
    assert problems(ten) == []


def test_a_note_too_long_for_the_page_is_cut_after_a_sentence_and_marked(exercises: dict[str, Exercise]) -> None:
    sentences = [f"Sentence number {number} says something useful about the exercise." for number in range(80)]
    note = " ".join(sentences)
    plan = simple_plan([]).with_items([item("glute-bridge", note=note), item("bird-dog")])
    result = render(plan, exercises)
    assert result.page_count == 1
    text = all_text(result.pdf)
    assert "Sentence number 0 says something useful about the exercise." in text
    shown = text[text.index("Sentence number 0") :]
    kept = shown[: shown.index("…")].strip()
    assert kept.endswith("exercise."), "cut at the end of a sentence"
    assert "Sentence number 79" not in text
    assert any("shortened" in warning and "detailed layout" in warning for warning in result.warnings)


def test_a_plan_too_long_for_two_pages_goes_on_at_a_readable_size_with_a_warning(
    exercises: dict[str, Exercise],
) -> None:
    ids = list(exercises)[:30]
    result = render(simple_plan(ids), exercises)
    assert result.page_count >= 3
    assert any("up to 10 exercises" in warning and "detailed layout" in warning for warning in result.warnings)
    assert min(frame_sizes(result.pdf)) >= 10.0
    text = all_text(result.pdf)
    assert all(printed(exercises[exercise_id].name) in text for exercise_id in ids)


def test_the_compact_page_explains_tempo_in_the_exercises_own_words(exercises: dict[str, Exercise]) -> None:
    plan = simple_plan([]).with_items([dataclasses.replace(item("pallof-press", sets=3, tempo="3-1-1"))])
    assert "back in" in exercises["pallof-press"].tempo_words
    text = all_text(render(plan, exercises).pdf)
    assert "slowly: 3 s back in, 1 s pause, 1 s out" in text


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("Short enough.", 100, "Short enough."),
        ("One. Two. Three.", 12, "One. Two. …"),
        ("First sentence here. Second one!", 25, "First sentence here. …"),
        ("Is it sore? Then stop. Rest.", 24, "Is it sore? Then stop. …"),
        ("A single sentence that is much too long to fit the limit", 20, "A single sentence …"),
    ],
)
def test_shorten_at_sentence(text: str, limit: int, expected: str) -> None:
    assert shorten_at_sentence(text, limit) == expected
