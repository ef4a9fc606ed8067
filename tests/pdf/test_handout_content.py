"""The handout read back with pypdf: names, prescriptions in words, links, QR code, Unicode, escaping, metadata."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
import zxingcpp
from pdf_samples import (
    BOOKING,
    all_text,
    flat,
    font_names,
    image_count,
    item,
    link_uris,
    metadata,
    page_texts,
    printed,
    problems,
    reader,
    sample_clinic,
    simple_plan,
    staged_plan,
)

from designer.domain import Clinic, Exercise, Layout, PaperSize, Range
from designer.pdf import HandoutError, HandoutOptions, render_handout, render_handout_with_warnings
from designer.pdf.rasterise import page_images
from designer.pdf.warnings import WarningKind

LAYOUTS = [Layout.DETAILED, Layout.LARGE_PRINT, Layout.COMPACT]


def render(plan, exercises, clinic, **options):  # type: ignore[no-untyped-def]
    return render_handout_with_warnings(plan, exercises, clinic, HandoutOptions(**options))


@pytest.mark.parametrize("layout", LAYOUTS)
def test_every_exercise_name_and_prescription_in_words_is_printed(
    layout: Layout, exercises: dict[str, Exercise], clinic: Clinic
) -> None:
    plan = staged_plan()
    text = all_text(render(plan, exercises, clinic, layout=layout, client_name="Ann Lee").pdf)
    for plan_item in plan.items:
        assert exercises[plan_item.exercise_id].name in text
        assert flat(plan_item.prescription.in_words()) in text
    # Tempo is explained in words, never left as the notation.
    assert "slowly: 3 s down, 1 s pause, 1 s up" in text
    assert "3-1-1" not in text and "3-0-1" not in text


def test_detailed_handout_holds_advice_stages_steps_and_ladder(exercises: dict[str, Exercise], clinic: Clinic) -> None:
    plan = staged_plan()
    text = all_text(render(plan, exercises, clinic, client_name="Ann Lee").pdf)
    assert "You are not fragile" in text
    assert "If a movement feels unsure, reduce the range or slow it down" in text
    for stage in plan.stages:
        assert stage.title in text
    assert "Move on when: Every exercise feels steady." in text
    bridge = exercises["glute-bridge"]
    for line in (*bridge.setup, *bridge.steps, *bridge.cues):
        assert flat(line) in text
    assert flat(bridge.safety) in text
    easier = exercises[bridge.regressions[0]].name
    harder = exercises[bridge.progressions[0]].name
    assert f"Unsure or sore? Try: {easier}" in text
    assert f"Easy for two sessions? Move on to: {harder}" in text
    assert "Walk every day; twenty minutes is plenty." in text
    assert "Ann Lee" in text and "24 November 2026" in text and "Sam Taylor" in text


def test_booking_link_is_text_and_a_link_and_contacts_are_links(exercises: dict[str, Exercise], clinic: Clinic) -> None:
    pdf = render(staged_plan(), exercises, clinic).pdf
    assert "springback.example/book" in all_text(pdf)
    uris = link_uris(pdf)
    assert BOOKING in uris
    assert "tel:+442079460958" in uris
    assert "mailto:hello@springback.example" in uris
    assert "https://www.instagram.com/springbackrehab/" in uris
    assert all(uri.startswith(("https://", "http://", "mailto:", "tel:")) for uri in uris)


@pytest.mark.parametrize("layout", [Layout.DETAILED, Layout.COMPACT])
def test_the_qr_code_scans_to_the_booking_link(layout: Layout, exercises: dict[str, Exercise], clinic: Clinic) -> None:
    pdf = render(staged_plan(), exercises, clinic, layout=layout).pdf
    pages = page_texts(pdf)
    page_index = next(index for index, text in enumerate(pages) if "scan" in text.lower())
    image = page_images(pdf, dpi=150)[page_index]
    decoded = {barcode.text for barcode in zxingcpp.read_barcodes(image)}
    assert BOOKING in decoded


@pytest.mark.parametrize("name", ["Zoë Łukasiewicz-Ørsted", "Σοφία Παπαδοπούλου", "Алексей Смирнов"])
def test_unicode_names_are_in_the_text_layer(name: str, exercises: dict[str, Exercise], clinic: Clinic) -> None:
    result = render(simple_plan(["glute-bridge"]), exercises, clinic, client_name=name, therapist=name)
    assert name in all_text(result.pdf)
    assert problems(result) == []
    # Only the bundled DejaVu Sans is used, so every glyph is in the file: no boxes, no fallback fonts.
    assert font_names(result.pdf) <= {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"}


def test_a_note_prints_exactly_as_typed(exercises: dict[str, Exercise], clinic: Clinic) -> None:
    note = 'keep pain < 3/10 & stop if <b>sharp</b>; it\'s "fine" &amp; calm'
    plan = simple_plan(["glute-bridge"]).with_items([item("glute-bridge", note=note)])
    for layout in LAYOUTS:
        assert printed(note) in all_text(render(plan, exercises, clinic, layout=layout).pdf)


def test_markup_in_notes_makes_no_image_and_no_link(exercises: dict[str, Exercise], no_pictures: None) -> None:
    clinic = sample_clinic(booking_link="", website="", instagram="", phone="", email="")
    note = '<img src="/etc/passwd"/> <a href="javascript:alert(1)">click</a> <link href="file:///etc/hosts">x</link>'
    plan = simple_plan(["glute-bridge"], notes=note).with_items([item("glute-bridge", note=note)])
    for layout in LAYOUTS:
        pdf = render(plan, exercises, clinic, layout=layout).pdf
        assert image_count(pdf) == 0
        assert link_uris(pdf) == []
        assert printed('<img src="/etc/passwd"/>') in all_text(pdf)


@pytest.mark.parametrize("link", ["javascript:alert(1)", "file:///etc/passwd", "data:text/html,hi"])
def test_a_booking_link_that_is_not_a_web_address_never_becomes_a_link(
    link: str, exercises: dict[str, Exercise], clinic: Clinic
) -> None:
    # The clinic profile refuses such a link; a damaged profile that slipped past must still not make one.
    object.__setattr__(clinic, "booking_link", link)
    result = render(staged_plan(), exercises, clinic)
    assert not any(uri.startswith(("javascript", "file", "data")) for uri in link_uris(result.pdf))
    assert "Scan to book" not in all_text(result.pdf)
    assert any("booking link" in warning for warning in result.warnings)


def test_unprintable_characters_are_left_out_with_a_warning(exercises: dict[str, Exercise], clinic: Clinic) -> None:
    plan = simple_plan(["glute-bridge"]).with_items([item("glute-bridge", note="Breathe \uabc3\uabc4 calmly\x07")])
    result = render(plan, exercises, clinic)
    assert "Breathe calmly" in all_text(result.pdf)
    (warning,) = result.warnings_of(WarningKind.MISSING_CHARACTERS)
    assert "cannot be printed" in warning and warning.characters == ("\uabc3", "\uabc4")


def test_metadata_title_author_subject_and_language(exercises: dict[str, Exercise], clinic: Clinic) -> None:
    pdf = render(staged_plan(), exercises, clinic, client_name="Σοφία Παπαδοπούλου").pdf
    info = metadata(pdf)
    assert info["title"] == "Back to confident lifting – Σοφία Παπαδοπούλου"
    assert info["author"] == "Springback Rehab"
    assert "Springback Rehab" in info["subject"] and "Σοφία" in info["subject"]
    assert info["lang"] == "en-GB"


@pytest.mark.parametrize(("paper", "size"), [(PaperSize.A4, (595, 842)), (PaperSize.LETTER, (612, 792))])
def test_paper_size(paper: PaperSize, size: tuple[int, int], exercises: dict[str, Exercise], clinic: Clinic) -> None:
    for layout in LAYOUTS:
        pdf = render(staged_plan(), exercises, clinic, paper=paper, layout=layout).pdf
        for page in reader(pdf).pages:
            assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == size


def test_paper_defaults_to_the_clinics(exercises: dict[str, Exercise]) -> None:
    clinic = sample_clinic(paper=PaperSize.LETTER)
    page = reader(render_handout(staged_plan(), exercises, clinic)).pages[0]
    assert round(float(page.mediabox.height)) == 792


def test_unknown_exercise_is_a_clear_error(exercises: dict[str, Exercise], clinic: Clinic) -> None:
    plan = simple_plan(["glute-bridge", "moon-walk"])
    with pytest.raises(HandoutError, match='not in the library: "moon-walk"'):
        render_handout(plan, exercises, clinic)


def test_therapist_and_date_default_to_the_plans(exercises: dict[str, Exercise]) -> None:
    clinic = sample_clinic(therapist="Clinic Default")
    plan = dataclasses.replace(simple_plan(["glute-bridge"]), therapist="", start_date=dt.date(2027, 3, 5))
    text = all_text(render_handout(plan, exercises, clinic))
    assert "Clinic Default" in text and "5 March 2027" in text
    plan = dataclasses.replace(plan, therapist="Priya Shah")
    text = all_text(render_handout(plan, exercises, clinic, HandoutOptions(date=dt.date(2027, 4, 1))))
    assert "Priya Shah" in text and "1 April 2027" in text and "Clinic Default" not in text


def test_footer_has_contacts_and_page_numbers(exercises: dict[str, Exercise], clinic: Clinic) -> None:
    texts = page_texts(render_handout(staged_plan(), exercises, clinic))
    total = len(texts)
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {total}" in text
        assert "+44 20 7946 0958" in text


def test_missing_neighbour_is_simply_not_offered(exercises: dict[str, Exercise], clinic: Clinic) -> None:
    only_bridge = {"glute-bridge": exercises["glute-bridge"]}
    text = all_text(render_handout(simple_plan(["glute-bridge"]), only_bridge, clinic))
    assert "Unsure or sore?" not in text and "Easy for two sessions?" not in text


def test_plan_without_booking_or_contacts_still_renders(exercises: dict[str, Exercise]) -> None:
    clinic = Clinic()
    result = render(simple_plan(["glute-bridge"], layout=Layout.COMPACT), exercises, clinic, layout=None)
    assert result.page_count == 1
    assert link_uris(result.pdf) == []
    assert "Glute Bridge" in all_text(result.pdf)


def test_prescription_forms_are_all_worded(exercises: dict[str, Exercise], clinic: Clinic) -> None:
    plan = simple_plan([]).with_items(
        [
            item("pallof-hold", sets=3, hold_seconds=20),
            item("farmers-carry", sets=2, duration=Range(30, 45), tempo="X-0-X"),
            item("dead-bug", sets=2, reps=Range(6, 10), tempo="2-1-2-1"),
        ]
    )
    text = all_text(render_handout(plan, exercises, clinic))
    for plan_item in plan.items:
        assert flat(plan_item.prescription.in_words()) in text
    assert "at a steady, comfortable speed" in text


def test_logo_is_drawn_when_it_is_a_picture(
    tmp_path: Path, exercises: dict[str, Exercise], clinic: Clinic, no_pictures: None
) -> None:
    from pdf_samples import make_drawing

    logo = make_drawing(tmp_path / "logo.png", (400, 160))
    result = render(simple_plan(["glute-bridge"]), exercises, clinic, logo=logo.read_bytes())
    assert problems(result) == []
    assert image_count(result.pdf) == 1


@pytest.mark.parametrize("layout", LAYOUTS)
def test_the_footer_keeps_phone_email_and_website_on_every_page(layout: Layout, exercises: dict[str, Exercise]) -> None:
    # The review's case: in large print the website never appeared; the footer stopped at what did not fit.
    clinic = sample_clinic(
        name="Springback Rehabilitation", phone="01632 960 123", website="https://www.springbackrehabilitation.co.uk/"
    )
    pdf = render(staged_plan(), exercises, clinic, layout=layout, paper=PaperSize.LETTER).pdf
    texts = page_texts(pdf)
    for number, text in enumerate(texts, start=1):
        for detail in (
            "01632 960 123",
            "hello@springback.example",
            "www.springbackrehabilitation.co.uk",
            f"Page {number} of {len(texts)}",
        ):
            assert detail in text, f"page {number}: {detail}"
    per_page = [link_uris(single_page(pdf, index)) for index in range(len(texts))]
    for uris in per_page:
        assert {
            "tel:01632960123",
            "mailto:hello@springback.example",
            "https://www.springbackrehabilitation.co.uk/",
        } <= set(uris)


def single_page(pdf: bytes, index: int) -> bytes:
    import io

    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_page(reader(pdf).pages[index])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_contact_too_long_for_a_footer_line_is_shortened_not_dropped(exercises: dict[str, Exercise]) -> None:
    website = "https://www.springbackrehabilitation.co.uk/" + "very-long-path/" * 12
    clinic = sample_clinic(website=website)
    pdf = render(simple_plan(["glute-bridge"]), exercises, clinic, layout=Layout.LARGE_PRINT).pdf
    for text in page_texts(pdf):
        assert "+44 20 7946 0958" in text and "hello@springback.example" in text
        assert "www.springbackrehabilitation.co.uk/very-long-path/" in text and "…" in text
    assert website in link_uris(pdf)  # the link still goes to the whole address


def test_the_footer_lines_stay_below_the_page_text(exercises: dict[str, Exercise]) -> None:
    from pdf_samples import text_runs

    from designer.pdf.measurements import metrics_for

    clinic = sample_clinic(website="https://www.springbackrehabilitation.co.uk/", email="hello@springback.example")
    pdf = render(staged_plan(), exercises, clinic, layout=Layout.LARGE_PRINT).pdf
    metrics = metrics_for(Layout.LARGE_PRINT)
    frame_bottom = metrics.margin_bottom + metrics.footer_size
    runs = text_runs(pdf)
    footer = [run for run in runs if run.y < frame_bottom]
    footer_text = " ".join(run.text for run in footer)
    assert "www.springbackrehabilitation.co.uk" in footer_text and "hello@springback.example" in footer_text
    assert min(run.y for run in runs if run.y >= frame_bottom) > max(run.y for run in footer) + 9
    assert all(run.y > 4 * 2.835 for run in footer), "the second line stays clear of the printer's edge"
    assert all(run.size >= 9 for run in footer), "smaller, but still readable"


@pytest.mark.parametrize("layout", LAYOUTS)
def test_tempo_is_explained_in_the_exercises_own_words(layout: Layout, exercises: dict[str, Exercise]) -> None:
    assert exercises["pallof-press"].tempo_words == ("back in", "out")
    plan = simple_plan([]).with_items(
        [
            item("pallof-press", sets=3, reps=Range(10, 10), tempo="3-1-1"),
            item("glute-bridge", sets=3, reps=Range(10, 10), tempo="3-1-1"),
        ]
    )
    text = all_text(render(plan, exercises, sample_clinic(), layout=layout).pdf)
    assert "slowly: 3 s back in, 1 s pause, 1 s out" in text
    assert "slowly: 3 s down, 1 s pause, 1 s up" in text


def test_a_handout_without_booking_or_contact_details_says_what_is_missing(exercises: dict[str, Exercise]) -> None:
    result = render(simple_plan(["glute-bridge"]), exercises, Clinic())
    (warning,) = [warning for warning in result.warnings if "clinic profile has no" in warning]
    assert "booking link, phone number or email address" in warning
    assert "Clinic settings" in warning
    assert "python main.py clinic --set booking_link=... phone=... email=..." in warning
    only_email = render(simple_plan(["glute-bridge"]), exercises, sample_clinic(email=""))
    assert [warning for warning in only_email.warnings if "clinic profile" in warning] == [
        "The clinic profile has no email address, so the client cannot find it on the handout. Add it in "
        "Clinic settings in the window, or with: python main.py clinic --set email=..."
    ]
    assert not [
        warning
        for warning in render(simple_plan(["glute-bridge"]), exercises, sample_clinic()).warnings
        if "clinic profile" in warning
    ]
