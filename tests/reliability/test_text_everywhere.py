"""Whatever a therapist types, in every user field, through import, storage and the handout.

Hypothesis makes the text: markup characters and ReportLab tags, emoji, right-to-left scripts,
control characters, NUL, invisible formatting characters and notes of 10,000 characters.  The promise:

- import and storage either give back the printable text exactly, or refuse it with a clear
  validation error that names the field (and only for a real reason: too long, or empty);
- the handout is a valid PDF (pypdf reads it) whose text layer holds every printable character the
  font can show, in order, and nothing typed ever becomes markup: no link other than the clinic's
  own, no picture other than the exercise's drawing and the booking QR code.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import tempfile
import unicodedata
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from designer import interchange
from designer.domain import Clinic, Layout, Plan, PlanItem, Prescription, Range, Stage, ValidationError
from designer.library import Library
from designer.pdf import HandoutOptions, render_handout
from designer.pdf.measurements import metrics_for
from designer.pdf.theme import printable_characters
from designer.storage import Store
from designer.workflows import importing

# -- the text ----------------------------------------------------------------------------------------

MARKUP = [
    "<b>",
    "</b>",
    "<i>x</i>",
    '<img src="images/app-icon.png"/>',
    "<img src='/etc/passwd' width=10/>",
    '<a href="https://evil.example/click">click</a>',
    '<link href="file:///etc/passwd">x</link>',
    "&amp;",
    "&",
    "&#60;",
    "&lt;b&gt;",
    "<",
    ">",
    '"',
    "'",
    "<br/>",
    '<font color="red" size="40">',
    "<para>",
    "</para>",
    "<seq/>",
    "<onDraw name=x/>",
    "]]>",
    "<!--",
    "%PDF-1.4",
    "\\",
    "(",
    ")",
    "javascript:alert(1)",
    "https://evil.example/x",
    "mailto:someone@evil.example",
    "{plan_title}",
    "%s",
    "keep pain < 3/10 & stop",
]
RANGES = [
    (0x20, 0x7E),  # ASCII, markup characters included
    (0xA0, 0x17F),  # Latin-1 and Latin Extended-A: Zoë Łukasiewicz-Ørsted
    (0x370, 0x3FF),  # Greek
    (0x400, 0x4FF),  # Cyrillic
    (0x5D0, 0x5EA),  # Hebrew (right to left)
    (0x620, 0x64A),  # Arabic (right to left)
    (0x1F300, 0x1F64F),  # emoji, some of which the font draws
    (0x2600, 0x27BF),  # symbols and dingbats: ❤ ✓
    (0x00, 0x1F),  # control characters, NUL included
    (0x7F, 0x9F),  # C1 controls
    (0x200B, 0x200F),  # zero-width characters and direction marks
    (0x202A, 0x202E),  # direction overrides
    (0x0300, 0x036F),  # combining accents
]
characters = st.one_of(*(st.characters(min_codepoint=low, max_codepoint=high) for low, high in RANGES))
short_text = st.lists(
    st.one_of(characters, st.sampled_from(MARKUP), st.sampled_from([" ", "\n", "\r\n", "\t"])), max_size=30
).map("".join)
ten_thousand = short_text.map(lambda text: ((text or "x") + " ") * (10_000 // (len(text) + 1) + 1)).map(
    lambda text: text[:10_000]
)
note_text = st.one_of(short_text, ten_thousand)

# No shrinking: a failing handout example can take minutes to shrink; the example found is shown as it is.
SETTINGS = settings(
    max_examples=30,
    deadline=None,
    derandomize=True,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# -- what should come out -------------------------------------------------------------------------------

RIGHT_TO_LEFT = {"R", "AL", "AN"}
WHITESPACE = re.compile(r"[\s\x1c-\x1f\x85]")


def printable(text: str, *, font_only: bool) -> str:
    """The characters of ``text`` that must survive: letters, marks, digits, punctuation and symbols.

    Spaces, line breaks, control and formatting characters are left out (their rendering is layout).
    With ``font_only``, only what the handout font can draw.  Decomposed (NFD) while the spaces are
    still there (so accents never move across a line break), so that accents typed apart and accents
    typed together compare equal.
    """
    covered = printable_characters() if font_only else None
    spaced = WHITESPACE.sub(" ", text)
    # Control and invisible characters are taken out before the accents are joined, as the product does.
    visible = "".join(char for char in spaced if unicodedata.category(char) not in ("Cc", "Cf", "Cs"))
    # What the font cannot draw is left out, so the characters on either side meet (as on the page).
    kept = [
        char
        if char == " " or (unicodedata.category(char)[0] in "LMNPS" and (covered is None or ord(char) in covered))
        else ""
        for char in unicodedata.normalize("NFC", visible)
    ]
    # The handout prints typewriter quotes as curly ones: compared as straight, on both sides.
    return unicodedata.normalize("NFD", "".join(kept)).replace(" ", "").translate(STRAIGHT_QUOTES)


STRAIGHT_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"})


def left_to_right(text: str) -> str:
    """The text without its right-to-left writing: letters, and the marks that sit on them.

    Hebrew and Arabic are printed in visual order (Arabic in joined forms), and a mark on a right-to-left
    letter moves with its letter, so those marks are compared with the letters (as a count), not in order.
    """

    def is_rtl(char: str) -> bool:
        return unicodedata.bidirectional(char) in RIGHT_TO_LEFT or "\u0590" <= char <= "\u08ff"

    kept = []
    for index, char in enumerate(text):
        if is_rtl(char):
            continue
        if unicodedata.category(char).startswith("M"):
            # The nearest letters on either side, past any other marks: a mark next to right-to-left writing goes.
            before = next((c for c in reversed(text[:index]) if not unicodedata.category(c).startswith("M")), "")
            after = next((c for c in text[index + 1 :] if not unicodedata.category(c).startswith("M")), "")
            # A mark sits on the letter before it; reversed right-to-left text puts it before its letter instead.
            on_left_to_right_letter = bool(before) and not is_rtl(before) and unicodedata.category(before)[0] == "L"
            if (before and is_rtl(before)) or (after and is_rtl(after) and not on_left_to_right_letter):
                continue
        kept.append(char)
    return "".join(kept)


def strongly_left_to_right(text: str) -> str:
    """Only the letters written left to right (bidi class L), in order."""
    return "".join(char for char in text if unicodedata.bidirectional(char) == "L")


def right_to_left(text: str) -> Counter[str]:
    """Right-to-left letters, counted: the PDF reader reorders them for display, so order is not compared."""
    # Arabic is printed in its joined (presentation) forms, which NFKC maps back to the letters as typed.
    letters = unicodedata.normalize("NFKC", text)
    return Counter(char for char in letters if unicodedata.bidirectional(char) in RIGHT_TO_LEFT)


# -- the handout ---------------------------------------------------------------------------------------------

CLINIC_LINKS = {
    "https://springback.example/book",
    "https://www.instagram.com/springbackrehab/",
    "https://springback.example",
    "mailto:hello@springback.example",
    "tel:+442079460958",
}


@cache
def exercises() -> dict[str, Any]:
    return {exercise.id: exercise for exercise in Library().all()}


def clinic_with(name: str, advice: str, address: str) -> Clinic:
    """The clinic with these texts; advice with nothing printable is refused clearly, so the default is kept."""
    try:
        return _clinic(name, advice, address)
    except ValidationError as error:
        assert [problem.path for problem in error.problems] == ["advice"], error
        return _clinic(name, Clinic().advice, address)


def _clinic(name: str, advice: str, address: str) -> Clinic:
    return Clinic(
        name=name if name.strip() else "Springback Rehab",
        advice=advice,
        address=address,
        phone="+44 20 7946 0958",
        email="hello@springback.example",
        website="https://springback.example",
        booking_link="https://springback.example/book",
        instagram="@springbackrehab",
    )


@dataclass
class ReadBack:
    body: str  # the text inside the page frame (running header and footer left out)
    everything: str
    links: list[str]
    images: set[str]
    pages: int


def read_back(pdf: bytes, layout: Layout = Layout.DETAILED) -> ReadBack:
    """What the PDF holds; ``body`` only the text inside the page frame of ``layout`` (not the header or footer)."""
    reader = PdfReader(io.BytesIO(pdf), strict=True)
    metrics = metrics_for(layout)
    # The frame starts above the footer's top line (margin plus a footer line); the running header's baseline
    # sits a footer line below the top margin, and the frame starts below its rule.
    frame_bottom = metrics.margin_bottom + metrics.footer_size - 4
    header_baseline = metrics.margin_top + metrics.footer_size
    body: list[str] = []
    everything: list[str] = []
    links: list[str] = []
    images: set[str] = set()
    for page in reader.pages:
        height = float(page.mediabox.height)

        def keep(text: str, cm: Any, tm: Any, _font: Any, _size: Any, height: float = height) -> None:
            y = tm[5] * cm[3] + tm[4] * cm[1] + cm[5]
            if frame_bottom < y < height - header_baseline - 1:  # inside the page frame
                body.append(text)

        everything.append(page.extract_text(visitor_text=keep))
        for annotation in page.get("/Annots") or []:
            annotation = annotation.get_object()
            assert annotation["/Subtype"] == "/Link", annotation
            action = annotation["/A"].get_object()
            assert action["/S"] == "/URI", action
            links.append(str(action["/URI"]))
        for image in page.images:
            images.add(hashlib.sha256(image.data).hexdigest())
    return ReadBack("".join(body), "".join(everything), links, images, len(reader.pages))


@cache
def baseline_images() -> frozenset[str]:
    """The pictures of a plain handout of the same plan: the drawing and the booking QR code."""
    plan = Plan("Plain", items=(PlanItem("glute-bridge"),))
    pdf = render_handout(
        plan, exercises(), clinic_with("Springback Rehab", "Advice", ""), HandoutOptions(deterministic=True)
    )
    return frozenset(read_back(pdf).images)


def check_no_injection(pdf: bytes, found: ReadBack) -> None:
    assert set(found.links) <= CLINIC_LINKS, found.links
    assert found.images <= baseline_images(), "a picture came from user text"
    for marker in (b"/JavaScript", b"/Launch", b"/OpenAction", b"/EmbeddedFile", b"/GoToR"):
        assert marker not in pdf


CONTINUED = unicodedata.normalize("NFD", "1GluteBridge(continued)")
LINE_BREAKS = re.compile(r"\r\n?|[\n\u2028\u2029\x0b\x0c\x85]")


def holds(text_layer: str, typed: str, field: str) -> None:
    """The text layer holds each line that was typed: left-to-right text in order, right-to-left letters all there.

    Lines are compared one by one because the handout may put something between them (a bullet), and
    the heading repeated where an exercise runs onto the next page is taken out.
    """
    shown = printable(text_layer, font_only=False).replace(CONTINUED, "")
    shown_in_order = left_to_right(shown)
    shown_strong = strongly_left_to_right(shown)
    for line in LINE_BREAKS.split(typed):
        wanted = printable(line, font_only=True)
        if any(unicodedata.bidirectional(char) in RIGHT_TO_LEFT for char in line):
            # A line with right-to-left writing is printed in visual order: the punctuation and symbols beside
            # it take its direction (and brackets are mirrored), so only its left-to-right letters keep their order.
            strong = strongly_left_to_right(wanted)
            assert strong in shown_strong, f"{field}: {line[:120]!r} is not in the text layer"
            continue
        # A mark at the very start of a line has no letter of its own: on the page it sits on whatever comes
        # before the line (right-to-left writing, say), so it is compared from the first letter on.
        wanted = wanted.lstrip("".join(c for c in wanted if unicodedata.category(c).startswith("M")))
        assert left_to_right(wanted) in shown_in_order, f"{field}: {line[:120]!r} is not in the text layer"
    missing = right_to_left(printable(typed, font_only=True)) - right_to_left(shown)
    assert not missing, f"{field}: right-to-left letters missing: {missing}"


@SETTINGS
@given(
    client=short_text,
    title=short_text,
    therapist=short_text,
    plan_notes=note_text,
    stage_title=short_text,
    weeks=short_text,
    goal=short_text,
    move_on=short_text,
    item_note=note_text,
    load=short_text,
    clinic_name=short_text,
    advice=short_text,
    address=short_text,
)
@example(
    client="Zoë Łukasiewicz-Ørsted",
    title="Σοφία Παπαδοπούλου",
    therapist="Алексей Смирнов",
    plan_notes="keep pain < 3/10 & stop if <b>sharp</b> " * 250,
    stage_title="<i>Stability</i>",
    weeks="1–2 ❤",
    goal="שלום מרחוק 💪",
    move_on='<img src="images/app-icon.png"/>',
    item_note='\x00<a href="https://evil.example">x</a>\u202e' + "é\u0301" * 4000,
    load="light & <heavy>",
    clinic_name="Springback & <Rehab>",
    advice="<br/>" * 30 + "\x00x",
    address="1 <Main> St\n2nd line",
)
def test_the_handout_shows_what_was_typed_and_nothing_more(
    client: str,
    title: str,
    therapist: str,
    plan_notes: str,
    stage_title: str,
    weeks: str,
    goal: str,
    move_on: str,
    item_note: str,
    load: str,
    clinic_name: str,
    advice: str,
    address: str,
) -> None:
    stage = Stage(stage_title if stage_title.strip() else "Stage", weeks=weeks, goal=goal, move_on_when=move_on)
    plan = Plan(
        title if title.strip() else "Plan",
        therapist=therapist,
        notes=plan_notes,
        stages=(stage,),
        items=(
            PlanItem("glute-bridge", Prescription(sets=3, reps=Range.single(10), load=load), stage.id, note=item_note),
        ),
    )
    clinic = clinic_with(clinic_name, advice, address)
    pdf = render(plan, clinic, HandoutOptions(client_name=client, deterministic=True))
    found = read_back(pdf)
    check_no_injection(pdf, found)
    typed = {
        "client": client,
        "title": plan.title,
        "therapist": therapist,
        "plan notes": plan_notes,
        "stage title": stage.title,
        "weeks": weeks,
        "goal": goal,
        "move on": move_on,
        "item note": item_note,
        "load": load,
        "advice": advice,
        "address": address,
    }
    for field, text in typed.items():
        holds(found.body, text, field)
    holds(found.everything, clinic.name, "clinic name")


@settings(SETTINGS, max_examples=15)
@given(client=short_text, title=short_text, note=note_text, load=short_text, clinic_name=short_text)
@pytest.mark.parametrize("layout", [Layout.COMPACT, Layout.LARGE_PRINT])
def test_the_other_layouts_never_break_and_never_inject(
    layout: Layout, client: str, title: str, note: str, load: str, clinic_name: str
) -> None:
    plan = Plan(
        title if title.strip() else "Plan",
        notes=note,
        items=(PlanItem("glute-bridge", Prescription(sets=3, load=load), note=note),),
    )
    pdf = render(
        plan,
        clinic_with(clinic_name, "Advice", ""),
        HandoutOptions(layout=layout, client_name=client, tracking_sheet=True, deterministic=True),
    )
    found = read_back(pdf, layout)
    check_no_injection(pdf, found)
    holds(found.body if layout is Layout.LARGE_PRINT else found.everything, load, "load")


def render(plan: Plan, clinic: Clinic, options: HandoutOptions) -> bytes:
    """The handout; any exception (ReportLab's LayoutError included) fails the test."""
    return render_handout(plan, exercises(), clinic, options)


@pytest.mark.parametrize(("layout", "note_lines"), [(Layout.LARGE_PRINT, 0), (Layout.DETAILED, 100)])
def test_handout_with_many_lines_of_notes(layout: Layout, note_lines: int) -> None:
    plan = Plan("Plan", notes="Do this\n" * 100, items=(PlanItem("glute-bridge", note="A line\n" * note_lines),))
    pdf = render_handout(
        plan,
        exercises(),
        clinic_with("Springback Rehab", "Advice", ""),
        HandoutOptions(layout=layout, deterministic=True),
    )
    assert read_back(pdf, layout).body.count("Do this") == 100


def test_emoji_the_font_draws_are_in_the_text_layer() -> None:
    """ReportLab writes characters beyond U+FFFF into ToUnicode as five hex digits; the handout mends that."""
    assert 0x1F600 in printable_characters()  # DejaVu Sans draws 😀, so the handout keeps it ...
    plan = Plan("Plan", items=(PlanItem("glute-bridge", note="Well done 😀 keep going"),))
    pdf = render_handout(
        plan, exercises(), clinic_with("Springback Rehab", "Advice", ""), HandoutOptions(deterministic=True)
    )
    assert "😀" in read_back(pdf).body  # ... and a reader of the PDF gets it back


# -- import and storage -------------------------------------------------------------------------------------

LIMITS = {
    "client.name": 200,
    "client.notes": 20_000,
    "title": 200,
    "therapist": 200,
    "notes": 20_000,
    "stages[0].title": 200,
    "stages[0].weeks": 40,
    "stages[0].goal": 2_000,
    "stages[0].move_on_when": 2_000,
    "items[0].notes": 20_000,
    "items[0].load": 200,
}
REQUIRED = {"client.name", "title", "stages[0].title"}


def document_with(texts: Mapping[str, str]) -> dict[str, Any]:
    return {
        "format": "exercise-plan",
        "version": 1,
        "client": {"name": texts["client.name"], "notes": texts["client.notes"]},
        "title": texts["title"],
        "therapist": texts["therapist"],
        "notes": texts["notes"],
        "stages": [
            {
                "id": "s1",
                "title": texts["stages[0].title"],
                "weeks": texts["stages[0].weeks"],
                "goal": texts["stages[0].goal"],
                "move_on_when": texts["stages[0].move_on_when"],
            }
        ],
        "items": [
            {
                "exercise": "glute-bridge",
                "stage": "s1",
                "sets": 3,
                "reps": 10,
                "notes": texts["items[0].notes"],
                "load": texts["items[0].load"],
            }
        ],
    }


def fields_of(plan: Plan, client_name: str, client_notes: str) -> dict[str, str]:
    stage, item = plan.stages[0], plan.items[0]
    return {
        "client.name": client_name,
        "client.notes": client_notes,
        "title": plan.title,
        "therapist": plan.therapist,
        "notes": plan.notes,
        "stages[0].title": stage.title,
        "stages[0].weeks": stage.weeks,
        "stages[0].goal": stage.goal,
        "stages[0].move_on_when": stage.move_on_when,
        "items[0].notes": item.note,
        "items[0].load": item.prescription.load,
    }


def check_refusal(error: ValidationError, texts: Mapping[str, str]) -> None:
    """A refusal must name the field and have a real reason."""
    assert error.problems
    paths = {problem.path for problem in error.problems}
    for problem in error.problems:
        if problem.path == "items[0].stage":  # follows from a refused stage: the item cannot be placed in it
            assert any(path.startswith("stages[0]") for path in paths), problem
            continue
        assert problem.path in LIMITS, f"unexpected problem: {problem}"
        typed = texts[problem.path]
        if "too long" in problem.message:
            assert len(typed) > LIMITS[problem.path], problem
        elif problem.message in ("must not be empty", "is required"):
            assert problem.path in REQUIRED and not printable(typed, font_only=False).strip(), problem
        else:
            raise AssertionError(f"unexpected problem: {problem}")


@settings(SETTINGS, max_examples=40)
@given(st.fixed_dictionaries({key: (note_text if limit >= 10_000 else short_text) for key, limit in LIMITS.items()}))
@example({key: "\x00<b>Zoë</b> & שלום 💪\u202e\r\n" * (2 if key != "stages[0].weeks" else 1) for key in LIMITS})
def test_import_then_storage_keep_the_printable_text(texts: dict[str, str]) -> None:
    document = json.loads(json.dumps(document_with(texts)))  # exactly what a file would give
    try:
        entries = interchange.read_document(document, Library())
    except ValidationError as error:
        check_refusal(error, texts)
        return
    [entry] = entries
    assert entry.client is not None
    read = fields_of(entry.plan, entry.client.name, entry.client.notes)
    for key, typed in texts.items():
        got = read[key]
        assert printable(got, font_only=False) == printable(typed, font_only=False), key
        assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", got), f"{key} kept a control character"
    with tempfile.TemporaryDirectory() as folder:
        with Store.open(Path(folder)) as store:
            result = importing.import_entries(entries, store)
            [plan] = result.plans
        with Store.open(Path(folder)) as store:
            assert store.notice_texts == []
            assert store.get_plan(plan.id) == plan
            client = store.get_client(plan.client_id)
            assert fields_of(plan, client.name, client.notes) == read | {
                "client.name": client.name,
                "client.notes": client.notes,
            }
            assert (client.name, client.notes) == (entry.client.name, entry.client.notes)
            # And the plan as stored makes a handout like any other.
            pdf = render(
                plan,
                clinic_with("Springback Rehab", "Advice", ""),
                HandoutOptions(client_name=client.name, deterministic=True),
            )
            found = read_back(pdf)
            check_no_injection(pdf, found)
            holds(found.body, plan.items[0].note, "item note")
