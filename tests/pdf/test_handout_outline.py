"""The handout's outline: each exercise is an entry that opens its own page, for the client's PDF viewer and the
window's preview alike."""

from __future__ import annotations

import io

import pytest
from pdf_samples import flat, printed, simple_plan
from pypdf import PdfReader

from designer.domain import Clinic, Exercise, Layout
from designer.pdf import HandoutOptions, render_handout_with_warnings

IDS = ["glute-bridge", "bird-dog", "dead-bug", "suitcase-carry", "sit-to-stand", "hip-hinge"]


@pytest.mark.parametrize("layout", [Layout.DETAILED, Layout.LARGE_PRINT])
def test_every_exercise_is_an_outline_entry_that_opens_its_page(
    layout: Layout, exercises: dict[str, Exercise], clinic: Clinic
) -> None:
    pdf = render_handout_with_warnings(simple_plan(IDS), exercises, clinic, HandoutOptions(layout=layout)).pdf
    reader = PdfReader(io.BytesIO(pdf))
    entries = reader.outline
    assert [entry.title for entry in entries] == [f"{n} {exercises[i].name}" for n, i in enumerate(IDS, start=1)]
    pages = [reader.get_destination_page_number(entry) for entry in entries]
    assert pages == sorted(pages) and pages[0] > 0  # in order, after the opening page
    for entry, page, exercise_id in zip(entries, pages, IDS, strict=True):
        assert printed(exercises[exercise_id].name) in flat(reader.pages[page].extract_text()), entry.title
        # The view opens just above the heading, on the page.
        assert 0 < float(entry["/Top"]) <= float(reader.pages[page].mediabox.height)
