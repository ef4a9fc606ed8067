"""The handout says a load given in numbers in plain words, in each layout."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from designer.domain import Client, Kilograms, Layout, Plan, PlanItem, Prescription, Range
from designer.library import Library
from designer.workflows.handouts import handout_request, make_handout


def text_of(pdf: bytes) -> str:
    text = "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)
    return " ".join(text.split())  # words wrapped onto the next line still read as one phrase


@pytest.mark.parametrize("layout", list(Layout))
def test_kilograms_effort_and_reps_left_are_in_words_on_the_handout(layout: Layout, no_pictures: None) -> None:
    squat = Prescription(sets=3, reps=Range(8, 10), load_kg=Kilograms(2, 4), in_reserve=Range(2, 3))
    row = Prescription(sets=2, reps=Range.single(12), load="light band", effort=6)
    plan = Plan(
        title="Strong legs",
        layout=layout,
        items=(PlanItem("goblet-squat", squat), PlanItem("band-row", row)),
    )
    result = make_handout(handout_request(None, Library(), plan, Client("Ruth Okafor")))
    text = text_of(result.pdf)
    assert "2–4 kg" in text
    assert "hard enough that you could do 2–3 more" in text
    assert "light band, effort about 6 out of 10" in text
