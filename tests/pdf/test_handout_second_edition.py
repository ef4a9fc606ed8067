"""The handout's second edition, read back from the PDF: large print sizes, the warning signs on every layout,
the booking box, a video code per exercise, and the warnings the therapist is given.
"""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
from dataclasses import replace

import pytest
from pdf_samples import BOOKING, all_text, flat, page_heights, simple_plan, text_runs
from PIL import Image

from designer.domain import Clinic, Exercise, Layout, PaperSize
from designer.domain.clinic import DEFAULT_GET_HELP
from designer.domain.warning_signs import BACK_ONLY_GET_HELP
from designer.pdf import HandoutOptions, render_handout_with_warnings
from designer.pdf.exercise_parts import watch_out_words
from designer.pdf.measurements import metrics_for
from designer.pdf.warnings import WarningKind

LOGO_FREE = (WarningKind.NO_LOGO,)


@pytest.mark.parametrize("paper", list(PaperSize))
def test_large_print_follows_clear_print_sizes(
    exercises: dict[str, Exercise], clinic: Clinic, paper: PaperSize
) -> None:
    plan = replace(simple_plan(["glute-bridge", "bird-dog", "suitcase-carry"]), notes="Little and often.")
    options = HandoutOptions(layout=Layout.LARGE_PRINT, paper=paper, client_name="Σοφία Παπαδοπούλου-Γεωργίου")
    result = render_handout_with_warnings(plan, exercises, clinic, options)
    sizes = [run.size for run in text_runs(result.pdf) for _char in run.text.replace(" ", "")]
    assert min(sizes) >= 14 - 0.01  # nothing under 14 pt, footer and running header included
    assert sum(1 for size in sizes if size >= 16 - 0.01) / len(sizes) >= 0.9
    text = all_text(result.pdf)
    # The purpose line is kept, the summary prints, and the client's name is whole in the running header.
    assert flat(exercises["glute-bridge"].purpose) in text
    assert "Your exercises at a glance" in text
    assert "Σοφία Παπαδοπούλου-Γεωργίου" in text.replace("\n", " ")
    assert "Παπαδ…" not in text


def test_large_print_headings_are_20_pt_or_more(exercises: dict[str, Exercise], clinic: Clinic) -> None:
    result = render_handout_with_warnings(
        simple_plan(["glute-bridge"]), exercises, clinic, HandoutOptions(layout=Layout.LARGE_PRINT)
    )
    runs = text_runs(result.pdf)
    for heading in ("Before you start", "Get help now", "Book your next session", "Glute Bridge"):
        sizes = [run.size for run in runs if heading in run.text]
        assert sizes and max(sizes) >= 20, heading


@pytest.mark.parametrize("layout", list(Layout))
def test_every_layout_prints_the_get_help_now_signs(
    layout: Layout, exercises: dict[str, Exercise], clinic: Clinic
) -> None:
    result = render_handout_with_warnings(
        simple_plan(["glute-bridge"]), exercises, clinic, HandoutOptions(layout=layout)
    )
    text = flat(all_text(result.pdf)).lower()
    assert "get help now" in text
    for sign in ("numbness around your bottom or genitals", "passing urine", "leg weakness", "fever", "after a fall"):
        assert sign in text, sign
    assert "nhs 111" in text and "999" in text
    # The clinic's standing message stays on every handout.
    assert "you are not fragile" in text and "reduce the range or slow it down" in text


def test_the_get_help_text_is_the_clinics_own(exercises: dict[str, Exercise], clinic: Clinic) -> None:
    own = replace(clinic, get_help="Sudden numbness in both legs.\nCall 112 straight away.")
    assert Clinic.from_dict(own.to_dict()) == own
    assert Clinic.from_dict({"name": "X"}).get_help == DEFAULT_GET_HELP
    text = flat(all_text(render_handout_with_warnings(simple_plan(["glute-bridge"]), exercises, own).pdf))
    assert "Sudden numbness in both legs." in text and "Call 112 straight away." in text
    assert "NHS 111" not in text
    # A profile saved with the old back-only default reads as today's: the back's signs come with its exercises.
    assert Clinic.from_dict({"name": "X", "get_help": BACK_ONLY_GET_HELP}).get_help == DEFAULT_GET_HELP


@pytest.mark.parametrize("layout", list(Layout))
def test_the_warning_signs_are_those_of_the_plans_body_regions(
    layout: Layout, exercises: dict[str, Exercise], clinic: Clinic
) -> None:
    new_knee = simple_plan(["ankle-pumps", "static-quads", "knee-heel-slide", "seated-knee-bend", "glute-bridge"])
    text = flat(all_text(render_handout_with_warnings(new_knee, exercises, clinic, HandoutOptions(layout=layout)).pdf))
    text = text.lower()
    for sign in ("wound", "calf", "chest pain", "hot, red and swollen", "nhs 111"):
        assert sign in text, sign
    # One bridge from the back's library does not make it a back programme: no signs of a trapped spinal nerve.
    assert "genitals" not in text and "passing urine" not in text
    neck = flat(
        all_text(render_handout_with_warnings(simple_plan(["chin-tuck-sitting"]), exercises, clinic).pdf)
    ).lower()
    assert "double vision" in neck and "genitals" not in neck and "wound" not in neck


@pytest.mark.parametrize("layout", list(Layout))
def test_one_booking_code_clearly_captioned_and_the_next_appointment(
    layout: Layout, exercises: dict[str, Exercise], clinic: Clinic
) -> None:
    when = dt.datetime(2026, 12, 2, 10, 30)
    options = HandoutOptions(layout=layout, next_appointment=when)
    result = render_handout_with_warnings(simple_plan(["glute-bridge"]), exercises, clinic, options)
    text = flat(all_text(result.pdf))
    assert "Wednesday 2 December 2026 at 10:30" in text
    page = page_image(result.pdf, -1)
    codes = decoded(page)
    assert codes == [BOOKING]  # one code, the booking one; Instagram is in words
    assert "@springbackrehab" in text
    if layout is not Layout.COMPACT:
        assert "Scan to book" in text
    unset = render_handout_with_warnings(
        simple_plan(["glute-bridge"]), exercises, clinic, HandoutOptions(layout=layout)
    )
    assert "Next appointment: ____" in flat(all_text(unset.pdf))  # a line to write it on


def page_image(pdf: bytes, page: int, dpi: int = 150) -> Image.Image:
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is needed to look at the page")
    number = page + 1 if page >= 0 else len(page_heights(pdf)) + 1 + page
    png = subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-f", str(number), "-l", str(number), "-png", "-"],
        input=pdf,
        capture_output=True,
        check=True,
    ).stdout
    return Image.open(io.BytesIO(png)).convert("L")


def decoded(image: Image.Image) -> list[str]:
    zxingcpp = pytest.importorskip("zxingcpp")
    return sorted(result.text for result in zxingcpp.read_barcodes(image))


@pytest.mark.parametrize("layout", [Layout.DETAILED, Layout.LARGE_PRINT])
def test_a_video_code_per_exercise_decodes_at_150_dpi(
    layout: Layout, exercises: dict[str, Exercise], clinic: Clinic, no_pictures: None
) -> None:
    own = replace(exercises["glute-bridge"], id="my-bridge", builtin=False, video="https://vimeo.com/123456789")
    library = {**exercises, own.id: own}
    with_links = replace(clinic, booking_link="", video_links={"bird-dog": "https://springback.example/films/bird-dog"})
    plan = simple_plan(["my-bridge", "bird-dog"])
    result = render_handout_with_warnings(plan, library, with_links, HandoutOptions(layout=layout))
    found = set()
    for page in range(result.page_count):
        found.update(decoded(page_image(result.pdf, page)))
    assert found == {"https://vimeo.com/123456789", "https://springback.example/films/bird-dog"}
    text = "".join(all_text(result.pdf).split())  # a long link may break after a "/", never inside a word
    assert "vimeo.com/123456789" in text and "springback.example/films/bird-dog" in text


def test_watch_out_for_comes_from_the_common_mistakes(exercises: dict[str, Exercise], clinic: Clinic) -> None:
    bridge = exercises["glute-bridge"]
    assert bridge.mistakes
    words = watch_out_words(bridge.mistakes)
    assert words and words[0][0].islower()
    for layout in (Layout.DETAILED, Layout.LARGE_PRINT):
        text = flat(
            all_text(
                render_handout_with_warnings(
                    simple_plan(["glute-bridge"]), exercises, clinic, HandoutOptions(layout=layout)
                ).pdf
            )
        )
        assert f"Watch out for: {words[0]}" in text


def test_the_new_warnings_are_typed(exercises: dict[str, Exercise]) -> None:
    placeholder = Clinic()
    empty = simple_plan([])
    result = render_handout_with_warnings(empty, exercises, placeholder)
    kinds = {warning.kind for warning in result.warnings}
    assert {WarningKind.PLACEHOLDER_CLINIC_NAME, WarningKind.NO_LOGO, WarningKind.EMPTY_PLAN} <= kinds
    assert all(isinstance(warning, str) and warning for warning in result.warnings)
    named = render_handout_with_warnings(simple_plan(["glute-bridge"]), exercises, Clinic(name="Springback"))
    assert {warning.kind for warning in named.warnings} == {WarningKind.NO_LOGO, WarningKind.NO_CONTACT}


@pytest.mark.parametrize("layout", list(Layout))
def test_compact_and_every_layout_keep_text_at_readable_sizes(
    layout: Layout, exercises: dict[str, Exercise], clinic: Clinic
) -> None:
    result = render_handout_with_warnings(
        simple_plan(["glute-bridge", "bird-dog"]), exercises, clinic, HandoutOptions(layout=layout)
    )
    smallest = {Layout.COMPACT: 10, Layout.DETAILED: 8, Layout.LARGE_PRINT: 14}[layout]
    assert min(run.size for run in text_runs(result.pdf)) >= smallest - 0.01
    assert metrics_for(layout).footer_size >= smallest


def test_the_drawings_accent_is_known_without_importing_the_renderer() -> None:
    from designer.illustrations.render import DEFAULT_ACCENT
    from designer.pdf.images import DRAWN_ACCENT

    assert DEFAULT_ACCENT.upper() == DRAWN_ACCENT


def test_no_line_ends_with_a_separator(exercises: dict[str, Exercise]) -> None:
    # A long client name and therapist: the details line wraps, and the "·" starts the next line, never ends one.
    clinic = Clinic(name="Springback Rehabilitation and Physiotherapy", therapist="Dr Alexandra Montgomery-Smythe")
    options = HandoutOptions(client_name="Margaret Elizabeth O'Brien-Fitzgerald", date=dt.date(2026, 11, 24))
    for layout in Layout:
        result = render_handout_with_warnings(
            simple_plan(["glute-bridge"]), exercises, clinic, replace(options, layout=layout)
        )
        for page in range(result.page_count):
            lines = result_page_lines(result.pdf, page)
            assert not any(line.rstrip().endswith("·") for line in lines), lines


def result_page_lines(pdf: bytes, page: int) -> list[str]:
    from pdf_samples import reader

    return (reader(pdf).pages[page].extract_text() or "").splitlines()


def test_the_most_urgent_signs_come_first() -> None:
    from designer.domain.regions import AFTER_SURGERY, BACK, KNEE
    from designer.domain.warning_signs import warning_signs

    signs = warning_signs({KNEE, AFTER_SURGERY, BACK}, ["Severe pain after a fall or accident."])
    assert signs[0].startswith("Sudden shortness of breath or chest pain: call 999")
    assert signs[-1] == "Severe pain after a fall or accident."  # the clinic's own lines last
    assert len(signs) == len({sign.casefold() for sign in signs})  # a sign shared by regions is printed once
