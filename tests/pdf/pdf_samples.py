"""Sample clinics and plans for the PDF tests, and ways to read a PDF back (text, links, images, pages)."""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw
from pypdf import PdfReader

from designer.domain import Clinic, Exercise, Frequency, Plan, PlanItem, Prescription, Range, Side, Stage
from designer.library import Library

BOOKING = "https://springback.example/book"


def library_exercises() -> dict[str, Exercise]:
    return {exercise.id: exercise for exercise in Library().all()}


def sample_clinic(**changes: Any) -> Clinic:
    values: dict[str, Any] = {
        "name": "Springback Rehab",
        "therapist": "Sam Taylor",
        "colour": "#2A6F6B",
        "phone": "+44 20 7946 0958",
        "email": "hello@springback.example",
        "website": "https://springback.example",
        "booking_link": BOOKING,
        "instagram": "@springbackrehab",
    }
    values.update(changes)
    return Clinic(**values)


def item(exercise_id: str, note: str = "", stage: str = "", **prescription: Any) -> PlanItem:
    return PlanItem(
        exercise_id,
        Prescription(**prescription) if prescription else Prescription(reps=Range(10, 10)),
        stage_id=stage,
        note=note,
    )


def staged_plan(notes: str = "Walk every day; twenty minutes is plenty.") -> Plan:
    """Three stages, six exercises, tempo and sides: the usual shape of a plan."""
    stages = (
        Stage("Stability", "1–2", "Move without fear.", "Every exercise feels steady.", id="stability"),
        Stage(
            "Strength",
            "3–5",
            "Build strength in the hips and trunk.",
            "Two sessions in a row feel easy.",
            id="strength",
        ),
        Stage("Confidence", "6 onwards", "Lift and carry in daily life.", id="confidence"),
    )
    items = (
        item(
            "glute-bridge",
            stage="stability",
            sets=3,
            reps=Range(10, 10),
            rest_seconds=60,
            tempo="3-1-1",
            frequency=Frequency(None, 5),
        ),
        item("bird-dog", stage="stability", sets=2, reps=Range(6, 8), side=Side.EACH, hold_seconds=5),
        item("hip-hinge", stage="strength", sets=3, reps=Range(8, 8), tempo="3-0-1"),
        item(
            "suitcase-carry", stage="strength", sets=3, duration=Range(20, 30), side=Side.EACH, load="8 kg kettlebell"
        ),
        item("sit-to-stand", stage="confidence", sets=3, reps=Range(8, 12)),
        item("belly-breathing", stage="confidence", sets=1, duration=Range(120, 180), frequency=Frequency(2, 7)),
    )
    return Plan(
        "Back to confident lifting",
        therapist="Sam Taylor",
        stages=stages,
        items=items,
        notes=notes,
        start_date=dt.date(2026, 11, 24),
    )


def simple_plan(exercise_ids: Sequence[str], notes: str = "", **changes: Any) -> Plan:
    items = tuple(item(exercise_id) for exercise_id in exercise_ids)
    return Plan(
        "Home exercises", therapist="Sam Taylor", items=items, notes=notes, start_date=dt.date(2026, 11, 24), **changes
    )


def make_drawing(path: Path, size: tuple[int, int] = (1200, 600)) -> Path:
    """A wide line drawing on a transparent background, like the built-in illustrations."""
    picture = Image.new("RGBA", size, (255, 255, 255, 0))
    draw = ImageDraw.Draw(picture)
    width, height = size
    draw.line([(width * 0.05, height * 0.85), (width * 0.95, height * 0.85)], fill=(90, 90, 90, 255), width=6)
    for left in (width * 0.2, width * 0.65):
        draw.ellipse([left, height * 0.2, left + height * 0.12, height * 0.32], outline=(30, 30, 30, 255), width=8)
        draw.line(
            [(left + height * 0.06, height * 0.32), (left + height * 0.06, height * 0.6)],
            fill=(30, 30, 30, 255),
            width=12,
        )
    picture.save(path)
    return path


# -- reading a PDF back -------------------------------------------------------------------


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def flat(text: str) -> str:
    """Text with every run of white space (line breaks, no-break spaces) as one space."""
    return " ".join(text.replace("\u00a0", " ").split())


def page_texts(pdf: bytes) -> list[str]:
    return [flat(page.extract_text() or "") for page in reader(pdf).pages]


def all_text(pdf: bytes) -> str:
    return " ".join(page_texts(pdf))


def link_uris(pdf: bytes) -> list[str]:
    """Every /URI of every link annotation, page by page."""
    uris: list[str] = []
    for page in reader(pdf).pages:
        for annotation in page.get("/Annots") or []:
            annotation = annotation.get_object()
            if annotation.get("/Subtype") != "/Link":
                continue
            action = annotation.get("/A")
            if action is not None:
                action = action.get_object()
                if "/URI" in action:
                    uris.append(str(action["/URI"]))
    return uris


def image_count(pdf: bytes) -> int:
    """How many image XObjects the pages use."""
    count = 0
    for page in reader(pdf).pages:
        resources = page.get("/Resources")
        if resources is None:
            continue
        xobjects = resources.get_object().get("/XObject")
        if xobjects is None:
            continue
        for value in xobjects.get_object().values():
            if value.get_object().get("/Subtype") == "/Image":
                count += 1
    return count


def font_names(pdf: bytes) -> set[str]:
    names: set[str] = set()
    for page in reader(pdf).pages:
        fonts = page["/Resources"].get_object().get("/Font") or {}
        for font in fonts.get_object().values():
            names.add(re.sub(r"^[A-Z]{6}\+", "", str(font.get_object()["/BaseFont"]).lstrip("/")))
    return names


def metadata(pdf: bytes) -> Mapping[str, Any]:
    document = reader(pdf)
    info = document.metadata or {}
    return {
        "title": info.get("/Title"),
        "author": info.get("/Author"),
        "subject": info.get("/Subject"),
        "lang": document.trailer["/Root"].get_object().get("/Lang"),
    }


@dataclass(frozen=True)
class Run:
    """One piece of text as drawn: its page (from 0), height on the page (points from the bottom) and font size."""

    page: int
    text: str
    y: float
    size: float


def text_runs(pdf: bytes) -> list[Run]:
    """Every piece of drawn text with where it is and how big it is, read back with pypdf."""
    runs: list[Run] = []
    for number, page in enumerate(reader(pdf).pages):

        def visit(text: str, cm: Any, tm: Any, _font: Any, size: Any, number: int = number) -> None:
            if text.strip():
                y = tm[5] * cm[3] + tm[4] * cm[1] + cm[5]
                runs.append(Run(number, flat(text), y, float(size) * abs(tm[3] * cm[3])))

        page.extract_text(visitor_text=visit)
    return runs


def page_heights(pdf: bytes) -> list[float]:
    return [float(page.mediabox.height) for page in reader(pdf).pages]


def problems(result: Any) -> list[str]:
    """A render's warnings except "no logo", which every test clinic without a logo gets."""
    from designer.pdf.warnings import WarningKind

    return [warning for warning in result.warnings if warning.kind is not WarningKind.NO_LOGO]


def printed(text: str) -> str:
    """Text as the handout prints it: typewriter quotes become curly ones."""
    from designer.pdf.text import curly_quotes

    return curly_quotes(text)
