"""Page pictures made with QtPdf, without a window or a QApplication."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdf_samples import simple_plan
from PIL import Image

from designer.domain import Clinic, Exercise
from designer.pdf import page_pngs, render_handout
from designer.pdf.rasterise import RasteriseError


def test_each_page_becomes_a_png(tmp_path: Path, exercises: dict[str, Exercise], clinic: Clinic) -> None:
    pdf = render_handout(simple_plan(["glute-bridge", "bird-dog"]), exercises, clinic)
    files = page_pngs(pdf, tmp_path / "pages", dpi=72)
    assert [path.name for path in files] == [f"page-{n:02d}.png" for n in range(1, len(files) + 1)]
    with Image.open(files[0]) as first:
        assert first.size == (595, 842)
        grey = first.convert("L")
        assert grey.getextrema()[0] < 80, "there is dark text on the page"
        assert grey.getpixel((2, 2)) == 255, "the paper is white"


def test_a_damaged_pdf_is_refused_clearly(tmp_path: Path) -> None:
    with pytest.raises(RasteriseError, match="could not be read"):
        page_pngs(b"%PDF-1.4 this is not really a pdf", tmp_path)
