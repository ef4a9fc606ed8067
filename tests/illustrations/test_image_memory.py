"""Any logo or photo import peaks under 300 MB, measured in a fresh process (its maximum resident set size).

The pictures are those of issue 15 (``benchmarks/bench_images.py`` makes and measures them): a 49-megapixel
RGBA PNG (641 MB before), a 49-megapixel JPEG, and a 1 × 40,000,000 PNG (848 MB before; now refused unread).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from bench_images import CASES, TARGET_MB, make, peak_mb


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="resource.getrusage")
@pytest.mark.parametrize("case", CASES, ids=[case[0] for case in CASES])
def test_an_import_peaks_under_300_mb(tmp_path: Path, case: tuple[str, str, str, int, int, str]) -> None:
    name, use, kind, width, height, file_name = case
    path = tmp_path / file_name
    make(kind, width, height, path)
    peak, outcome = peak_mb(use, path)
    assert peak < TARGET_MB, f"{name}: {peak} MB"
    if height > 25 * width:
        assert outcome.startswith("refused:") and "thin strip" in outcome
    else:
        assert outcome.startswith("kept")
