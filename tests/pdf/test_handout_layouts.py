"""Page counts per layout, the tracking sheet, long content, logos and deterministic output."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from pdf_samples import (
    all_text,
    image_count,
    item,
    make_drawing,
    page_texts,
    printed,
    problems,
    simple_plan,
    staged_plan,
)

from designer.domain import Clinic, Exercise, Layout, Plan
from designer.pdf import HandoutOptions, RenderResult, render_handout, render_handout_with_warnings

Drawings = Callable[[Exercise, Path | None], list[Path]]


def render(plan: Plan, exercises: dict[str, Exercise], clinic: Clinic, **options: object) -> RenderResult:
    return render_handout_with_warnings(plan, exercises, clinic, HandoutOptions(**options))  # type: ignore[arg-type]


def test_compact_is_one_page(exercises: dict[str, Exercise], clinic: Clinic, drawings: Drawings) -> None:
    result = render(staged_plan(), exercises, clinic, layout=Layout.COMPACT, client_name="Ann Lee")
    assert result.page_count == 1
    assert problems(result) == []
    text = all_text(result.pdf)
    assert "You are not fragile" in text and "Book your next session" in text


def test_compact_twelve_exercises_on_two_pages(exercises: dict[str, Exercise], clinic: Clinic) -> None:
    ids = list(exercises)[:12]
    result = render(simple_plan(ids, notes="Walk daily."), exercises, clinic, layout=Layout.COMPACT)
    assert result.page_count == 2
    text = all_text(result.pdf)
    assert all(printed(exercises[exercise_id].name) in text for exercise_id in ids)


def test_large_print_gives_each_exercise_its_own_page(
    exercises: dict[str, Exercise], clinic: Clinic, drawings: Drawings
) -> None:
    plan = staged_plan()
    result = render(plan, exercises, clinic, layout=Layout.LARGE_PRINT, client_name="Ann Lee")
    texts = page_texts(result.pdf)
    # The opening pages (advice, notes, stages), then a page or two (what it looks like, how to do it) for each.
    assert len(plan.items) < result.page_count <= 3 + 2 * len(plan.items) and result.page_count == len(texts)
    assert "Walk every day" in texts[0]
    headings = [f"{number} {printed(exercises[i.exercise_id].name)}" for number, i in enumerate(plan.items, start=1)]
    starts = []
    for heading in headings:
        # The exercise's own pages (the stage table and the summary name it too, with the others).
        pages = [
            index
            for index, page in enumerate(texts)
            if heading in page and ("Key points" in page or "Getting ready" in page)
        ]
        assert pages, heading
        starts.append(pages[0])
        for page in pages:
            assert not any(other in texts[page] for other in headings if other != heading)
    assert starts == sorted(starts) and len(set(starts)) == len(starts)
    assert "Book your next session" in texts[-1]


def test_detailed_keeps_each_exercise_on_one_page(
    exercises: dict[str, Exercise], clinic: Clinic, drawings: Drawings
) -> None:
    plan = staged_plan()
    texts = page_texts(render_handout(plan, exercises, clinic))
    for plan_item in plan.items:
        exercise = exercises[plan_item.exercise_id]
        first_step, last_line = exercise.setup[0][:40], "Unsure or sore?" if exercise.regressions else exercise.safety
        pages = [index for index, text in enumerate(texts) if exercise.name in text and first_step in text]
        assert pages, exercise.name
        assert exercise.safety.split()[0] in texts[pages[-1]]
        assert last_line[:30] in texts[pages[-1]]


def test_tracking_sheet_follows_the_plans_weeks_and_days(exercises: dict[str, Exercise], clinic: Clinic) -> None:
    plan = staged_plan()
    without = render(plan, exercises, clinic)
    with_sheet = render(plan, exercises, clinic, tracking_sheet=True)
    assert with_sheet.page_count == without.page_count + 1
    sheet = page_texts(with_sheet.pdf)[-1]
    assert "Your progress, week by week" in sheet
    assert "Pain during" in sheet and "Pain next morning" in sheet and "Confidence" in sheet
    assert "24-hour rule" in sheet
    for plan_item in plan.items:
        assert exercises[plan_item.exercise_id].name in sheet
    assert "Glute Bridge, 5 days a week" in sheet and "Bird Dog, every day" in sheet
    # One table per stage, a row per week ("1–2", "3–5", "6 onwards"), a box per session (or per set).
    for set_ticks in (False, True):
        tables = sheet_tables(plan, exercises, clinic, set_ticks)
        assert [len(table._cellvalues) - 1 for table in tables] == [2, 3, 4]
        first_week = tables[0]._cellvalues[1]
        bridge, bird_dog = (cell[0] if isinstance(cell, tuple) else cell for cell in first_week[1:3])
        assert (bridge.sessions, bridge.per_session) == (5, 3 if set_ticks else 1)
        assert (bird_dog.sessions, bird_dog.per_session) == (7, 2 if set_ticks else 1)
        weeks = [row[0][0] if isinstance(row[0], tuple) else row[0] for row in tables[1]._cellvalues[1:]]
        assert [week.getPlainText() for week in weeks] == ["3", "4", "5"]


def sheet_tables(plan: Plan, exercises: dict[str, Exercise], clinic: Clinic, set_ticks: bool) -> list[object]:
    from reportlab.platypus import KeepTogether, Table

    from designer.pdf.handout import _make_context
    from designer.pdf.tracking import tracking_sheet

    context = _make_context(plan, exercises, clinic, HandoutOptions())
    story = tracking_sheet(context, set_ticks=set_ticks)
    flat_story = [part for flowable in story for part in getattr(flowable, "_content", [flowable])]
    assert not any(isinstance(part, KeepTogether) for part in flat_story)
    return [part for part in flat_story if isinstance(part, Table)]


def test_tracking_weeks_come_from_the_stage_or_the_review_date() -> None:
    from designer.pdf.tracking import plan_weeks, stage_weeks

    assert stage_weeks("1–2") == [1, 2]
    assert stage_weeks("3 to 6") == [3, 4, 5, 6]
    assert stage_weeks("7") == [7]
    assert stage_weeks("6 onwards") == [6, 7, 8, 9]
    assert stage_weeks("ongoing") == []
    plan = simple_plan(["glute-bridge"])
    assert plan_weeks(plan) == 4
    assert plan_weeks(dataclasses.replace(plan, review_date=plan.start_date + dt.timedelta(days=40))) == 6


@pytest.mark.parametrize("layout", [Layout.COMPACT, Layout.LARGE_PRINT])
def test_tracking_sheet_follows_every_layout(layout: Layout, exercises: dict[str, Exercise], clinic: Clinic) -> None:
    result = render(staged_plan(), exercises, clinic, layout=layout, tracking_sheet=True)
    assert "Your progress, week by week" in all_text(result.pdf)
    if layout is Layout.COMPACT:
        assert result.page_count == 2


def test_a_5000_character_note_flows_across_pages(exercises: dict[str, Exercise], clinic: Clinic) -> None:
    sentence = "Take it slowly and breathe out as you lift, then rest for a moment. "
    note = (sentence * 80)[:4990].rstrip() + " THE-END"
    assert len(note) >= 4990
    plan = simple_plan(["glute-bridge", "bird-dog"]).with_items(
        [item("glute-bridge", note=note), item("bird-dog", note=note.replace("\n", " "))]
    )
    for layout in (Layout.DETAILED, Layout.LARGE_PRINT):
        result = render(plan, exercises, clinic, layout=layout)
        text = all_text(result.pdf)
        assert text.count("THE-END") == 2
        assert text.count("Take it slowly and breathe out") >= 2 * 70
        assert result.page_count >= 4
    compact = render(plan, exercises, clinic, layout=Layout.COMPACT)
    assert compact.page_count == 1
    assert any("shortened" in warning for warning in compact.warnings)


def test_a_5000_character_plan_note_with_line_breaks_flows(exercises: dict[str, Exercise], clinic: Clinic) -> None:
    notes = "\n".join(f"Line {number}: a steady walk, a short rest, and a glass of water." for number in range(90))
    assert len(notes) > 5000
    text = all_text(render_handout(simple_plan(["glute-bridge"], notes=notes[:5000]), exercises, clinic))
    assert "Line 0:" in text and "Line 75:" in text


def test_thirty_exercises_flow_across_pages(exercises: dict[str, Exercise], clinic: Clinic, drawings: Drawings) -> None:
    ids = list(exercises)[:30]
    plan = simple_plan(ids)
    result = render(plan, exercises, clinic)
    text = all_text(result.pdf)
    assert all(printed(exercises[exercise_id].name) in text for exercise_id in ids)
    assert result.page_count >= 15
    assert f"Page {result.page_count} of {result.page_count}" in text
    large = render(plan, exercises, clinic, layout=Layout.LARGE_PRINT)
    assert large.page_count >= 31  # the opening, then one page for each exercise
    compact = render(plan, exercises, clinic, layout=Layout.COMPACT)
    assert all(printed(exercises[exercise_id].name) in all_text(compact.pdf) for exercise_id in ids)
    if compact.page_count > 2:
        assert any("up to 10 exercises" in warning for warning in compact.warnings)


def test_long_stage_aims_split_instead_of_failing(exercises: dict[str, Exercise], clinic: Clinic) -> None:
    plan = staged_plan()
    long_goal = "Build steady, confident strength. " * 60
    plan = dataclasses.replace(plan, stages=(dataclasses.replace(plan.stages[0], goal=long_goal), *plan.stages[1:]))
    for layout in (Layout.DETAILED, Layout.LARGE_PRINT):
        assert "Build steady, confident strength." in all_text(
            render_handout(plan, exercises, clinic, HandoutOptions(layout=layout))
        )


def test_missing_logo_gives_a_warning_not_a_crash(
    tmp_path: Path, exercises: dict[str, Exercise], clinic: Clinic, no_pictures: None
) -> None:
    # The clinic names a logo the repository no longer keeps: the caller passes it as empty.
    result = render(staged_plan(), exercises, clinic, logo=b"")
    assert result.page_count > 0 and image_count(result.pdf) == 0
    assert len(problems(result)) == 1 and "logo" in problems(result)[0] and "without it" in problems(result)[0]


@pytest.mark.parametrize("content", [b"this is not a picture", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"])
def test_broken_logo_gives_a_warning_not_a_crash(
    content: bytes, tmp_path: Path, exercises: dict[str, Exercise], clinic: Clinic, no_pictures: None
) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(content)
    for layout in (Layout.DETAILED, Layout.COMPACT):
        result = render(staged_plan(), exercises, clinic, logo=logo.read_bytes(), layout=layout)
        assert image_count(result.pdf) == 0
        assert any("logo" in warning for warning in result.warnings)


def test_truncated_logo_gives_a_warning(
    tmp_path: Path, exercises: dict[str, Exercise], clinic: Clinic, no_pictures: None
) -> None:
    logo = make_drawing(tmp_path / "logo.png", (600, 300))
    logo.write_bytes(logo.read_bytes()[:200])
    result = render(staged_plan(), exercises, clinic, logo=logo.read_bytes())
    assert any("logo" in warning for warning in result.warnings)


def test_a_picture_that_cannot_be_read_is_left_out_with_a_warning(
    tmp_path: Path, exercises: dict[str, Exercise], clinic: Clinic, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"not a png")
    monkeypatch.setattr(
        "designer.illustrations.illustration_files", lambda exercise, photos_dir: [broken], raising=False
    )
    result = render(simple_plan(["glute-bridge"]), exercises, clinic)
    assert "Glute Bridge" in all_text(result.pdf)
    assert any("picture for Glute Bridge" in warning for warning in result.warnings)


def test_two_photos_print_side_by_side_as_start_and_finish(
    tmp_path: Path, exercises: dict[str, Exercise], clinic: Clinic, monkeypatch: pytest.MonkeyPatch
) -> None:
    start = make_drawing(tmp_path / "start.png", (800, 600))
    finish = make_drawing(tmp_path / "finish.png", (600, 800))
    monkeypatch.setattr(
        "designer.illustrations.illustration_files", lambda exercise, photos_dir: [start, finish], raising=False
    )
    pdf = render_handout(simple_plan(["glute-bridge"]), exercises, clinic)
    assert image_count(pdf) == 2
    assert "Start" in all_text(pdf) and "Finish" in all_text(pdf)


def test_pictures_are_embedded_once_per_file(
    exercises: dict[str, Exercise], clinic: Clinic, drawings: Drawings
) -> None:
    from pdf_samples import reader

    pdf = render_handout(staged_plan(), exercises, clinic)
    images = {
        id(value.get_object())
        for page in reader(pdf).pages
        for value in (page["/Resources"].get_object().get("/XObject") or {}).values()
    }
    assert len(images) == 1  # the same drawing, drawn six times, is stored once
    # Drawn six times (two exercises may share a page, so count the drawing operations, not the pages).
    draws = sum(page.get_contents().get_data().count(b" Do") for page in reader(pdf).pages)  # type: ignore[union-attr]
    assert draws >= 6 and image_count(pdf) >= 1


def test_deterministic_mode_gives_identical_bytes(
    exercises: dict[str, Exercise], clinic: Clinic, drawings: Drawings
) -> None:
    for layout in (Layout.DETAILED, Layout.COMPACT, Layout.LARGE_PRINT):
        options = HandoutOptions(layout=layout, deterministic=True, tracking_sheet=True, client_name="Zoë")
        first = render_handout(staged_plan(), exercises, clinic, options)
        second = render_handout(staged_plan(), exercises, clinic, options)
        assert first == second
    normal = HandoutOptions(client_name="Zoë")
    assert b"/CreationDate (D:2000" not in render_handout(staged_plan(), exercises, clinic, normal)


def test_layout_defaults_to_the_plans(exercises: dict[str, Exercise], clinic: Clinic) -> None:
    plan = dataclasses.replace(staged_plan(), layout=Layout.COMPACT)
    assert render_handout_with_warnings(plan, exercises, clinic).page_count == 1


@pytest.mark.parametrize("layout", list(Layout))
def test_a_plan_without_exercises_still_renders(layout: Layout, exercises: dict[str, Exercise]) -> None:
    for plan in (simple_plan([]), dataclasses.replace(staged_plan(), items=())):
        result = render(plan, exercises, Clinic(), layout=layout, tracking_sheet=True)
        assert "You are not fragile" in all_text(result.pdf)
        assert "Your progress, week by week" in all_text(result.pdf)


def test_photos_stay_jpeg_and_drawings_stay_lossless(
    tmp_path: Path, exercises: dict[str, Exercise], clinic: Clinic, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pdf_samples import reader
    from PIL import Image

    photo = tmp_path / "photo.jpg"
    Image.effect_noise((1600, 1200), 60).convert("RGB").save(photo, quality=90)
    drawing = make_drawing(tmp_path / "drawing.png")
    monkeypatch.setattr(
        "designer.illustrations.illustration_files",
        lambda exercise, photos_dir: [photo] if exercise.id == "glute-bridge" else [drawing],
        raising=False,
    )
    pdf = render_handout(simple_plan(["glute-bridge", "bird-dog"]), exercises, clinic)
    filters = set()
    for page in reader(pdf).pages:
        for value in (page["/Resources"].get_object().get("/XObject") or {}).values():
            filters.add(str(value.get_object()["/Filter"][0]))
    assert filters == {"/DCTDecode", "/FlateDecode"}
    assert len(pdf) < 1_500_000
    # Both streams decode back to pictures of the prepared size (the photo scaled to print resolution).
    sizes = {image.image.size for page in reader(pdf).pages for image in page.images}
    assert sizes == {(1600, 1200), (1200, 600)}


def test_built_in_drawings_take_the_clinics_colour(exercises: dict[str, Exercise]) -> None:
    from pdf_samples import reader, sample_clinic

    from designer.illustrations import drawing_path

    assert drawing_path("glute-bridge") is not None, "the built-in drawing exists"

    def drawing_for(colour: str) -> list[tuple[int, int, int]]:
        pdf = render_handout(simple_plan(["glute-bridge"]), exercises, sample_clinic(colour=colour))
        picture = next(image.image for page in reader(pdf).pages for image in page.images).convert("RGB")
        return list(picture.get_flattened_data())

    def near(pixels: list[tuple[int, int, int]], colour: str) -> int:
        target = [int(colour[index : index + 2], 16) for index in (1, 3, 5)]
        return sum(1 for pixel in pixels if sum(abs(a - b) for a, b in zip(pixel, target, strict=True)) < 40)

    plum, teal = drawing_for("#8E2C8E"), drawing_for("#2A6F6B")
    assert near(plum, "#8E2C8E") > 200 and near(plum, "#2A6F6B") < 20  # a plum clinic gets plum props and arrows
    assert near(teal, "#2A6F6B") > 200 and near(teal, "#8E2C8E") < 20  # the default colour: the drawing as it is


@pytest.mark.parametrize("layout", [Layout.DETAILED, Layout.COMPACT])
def test_tracking_sheet_for_twelve_exercises_in_ten_weeks_takes_two_pages_at_most(
    layout: Layout, exercises: dict[str, Exercise], clinic: Clinic
) -> None:
    from designer.library import Library
    from designer.library.templates import load_builtin_template

    plan = load_builtin_template("low-back-three-stage", Library())
    assert len(plan.items) == 12
    without = render(plan, exercises, clinic, layout=layout)
    with_sheet = render(plan, exercises, clinic, layout=layout, tracking_sheet=True)
    assert with_sheet.page_count in (without.page_count + 1, without.page_count + 2)
    assert "Pain next morning" in page_texts(with_sheet.pdf)[-1]


def placed_picture_sizes(pdf: bytes) -> list[tuple[float, float]]:
    """The printed width and height (points) of every picture drawn, from the page's drawing commands."""
    import re

    from pdf_samples import reader

    sizes = []
    for page in reader(pdf).pages:
        content = page.get_contents()
        assert content is not None
        data = content.get_data().decode("latin-1")
        for match in re.finditer(r"([\d.]+) 0 0 ([\d.]+) 0 0 cm\s*/(\S+) Do", data):
            sizes.append((round(float(match[1]), 1), round(float(match[2]), 1)))
    return sizes


@pytest.mark.parametrize("layout", [Layout.DETAILED, Layout.LARGE_PRINT])
def test_pictures_are_placed_by_printed_size_not_by_pixels(
    layout: Layout, tmp_path: Path, exercises: dict[str, Exercise], clinic: Clinic, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The drawings are being redrawn at 300 dpi and more: a bigger file must print the same size, only sharper.
    plan = simple_plan(["glute-bridge", "bird-dog"])
    sizes = []
    for pixels in ((1200, 600), (3600, 1800)):
        drawing = make_drawing(tmp_path / f"drawing-{pixels[0]}.png", pixels)
        monkeypatch.setattr(
            "designer.illustrations.illustration_files", lambda exercise, photos_dir, d=drawing: [d], raising=False
        )
        pdf = render_handout(plan, exercises, clinic, HandoutOptions(layout=layout))
        sizes.append(placed_picture_sizes(pdf))
    assert sizes[0] and sizes[0] == sizes[1]
    for width, height in sizes[0]:
        assert width == pytest.approx(height * 2, rel=0.01)  # the drawing's shape, whatever its pixels
        assert height <= 115 * 2.835  # no taller than the largest picture a layout allows
        if layout is Layout.LARGE_PRINT:
            # A drawing's labels are 76 px of its 1800: at 117 mm wide or more they print at 14 pt or more.
            assert width >= 117 * 2.835


@pytest.mark.parametrize("layout", [Layout.DETAILED, Layout.LARGE_PRINT])
def test_many_lines_of_plan_notes_flow_over_the_opening_pages(
    layout: Layout, exercises: dict[str, Exercise], clinic: Clinic
) -> None:
    # Looking ahead for room for the booking details lays the opening out once before the real layout; a
    # line carried over to the next page in that first pass must not count as "too large" in the second.
    plan = simple_plan([], notes="Do this\n" * 100).with_items([item("glute-bridge", note="A line\n" * 40)])
    result = render(plan, exercises, clinic, layout=layout)
    assert all_text(result.pdf).count("Do this") == 100
    assert all_text(result.pdf).count("A line") == 40
