"""Our handout against a floor: the same words and pictures drawn with bare ReportLab canvas calls.

Run:  python benchmarks/bench_floor.py [--runs 15]

Three figures, all medians:

- ``python main.py render`` as a whole process (start, import, read the data, render, write), with a fresh
  data folder made once beforehand; the target is 0.5 s;
- our warm render of ``at-home-strength`` in the detailed layout, in-process; the target is 100 ms;
- the floor: the text of that handout (read back from our own PDF, line by line) and the same pictures drawn
  with ``canvas.drawString`` and ``canvas.drawImage`` onto as many pages, with the same embedded font.  No
  measuring, wrapping, fitting or escaping: what a PDF with this content costs at the least.  Our time is
  reported as a ratio to it.
"""

from __future__ import annotations

import argparse
import io
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TEMPLATE = "at-home-strength"


def _handout() -> tuple[Any, dict[str, Any], Any, Any]:
    from designer.domain import Clinic, Layout
    from designer.library import Library
    from designer.library.templates import load_builtin_template
    from designer.pdf import HandoutOptions

    library = Library()
    exercises = {exercise.id: exercise for exercise in library.all()}
    plan = load_builtin_template(TEMPLATE, library)
    clinic = Clinic(name="Springback Rehab", therapist="Sam Taylor", booking_link="https://springback.example/book")
    return plan, exercises, clinic, HandoutOptions(layout=Layout.DETAILED, client_name="Margaret O'Brien")


def ours_warm(runs: int) -> tuple[list[float], bytes]:
    """Wall-clock seconds of each warm render; their processor seconds are kept in ``WARM_CPU``."""
    from designer.pdf import render_handout

    plan, exercises, clinic, options = _handout()
    pdf = render_handout(plan, exercises, clinic, options)  # the first render prepares fonts and pictures
    times = []
    for _run in range(runs):
        started, cpu = time.perf_counter(), time.process_time()
        pdf = render_handout(plan, exercises, clinic, options)
        times.append(time.perf_counter() - started)
        WARM_CPU.append(time.process_time() - cpu)
    return times, pdf


WARM_CPU: list[float] = []


def floor(pdf: bytes, runs: int) -> list[float]:
    """The same lines and pictures with bare canvas calls, warm (font registered, pictures decoded once)."""
    from pypdf import PdfReader
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from designer.pdf.images import load_exercise_pictures
    from designer.pdf.pictures_on_page import draw_prepared
    from designer.pdf.theme import FONT, register_fonts

    register_fonts()
    pages = [(page.extract_text() or "").splitlines() for page in PdfReader(io.BytesIO(pdf)).pages]
    plan, exercises, _clinic, _options = _handout()
    pictures = []
    for item in plan.items:
        prepared, _problems = load_exercise_pictures(exercises[item.exercise_id], None)
        pictures += prepared
    # The pictures go in as the same compressed streams ours embeds (draw_prepared writes one image XObject and
    # one "Do"), so the floor measures drawing, not re-compressing 1800-pixel drawings on every run.
    times = []
    for _run in range(runs):
        started = time.perf_counter()
        canvas = Canvas(io.BytesIO(), pagesize=A4)
        for number, lines in enumerate(pages):
            canvas.setFont(FONT, 11)
            y = A4[1] - 50
            for line in lines:
                canvas.drawString(50, y, line)
                y -= 14
            if 1 <= number <= len(pictures):
                draw_prepared(canvas, pictures[number - 1], 50, 300, 100 * 2.835, 50 * 2.835)
            canvas.showPage()
        canvas.save()
        times.append(time.perf_counter() - started)
    return times


def cli_process(runs: int) -> list[float]:
    """``python main.py render`` as a whole process, median of ``runs`` (a first run sets the data folder up).

    The processor time each run used (user and system, from ``getrusage``) is kept in ``CLI_CPU``: on a
    machine shared with other work the wall clock mostly measures the others.
    """
    import resource

    times = []
    with tempfile.TemporaryDirectory(prefix="bench-floor-") as folder:
        command = [
            sys.executable,
            str(ROOT / "main.py"),
            "render",
            "--data-dir",
            str(Path(folder) / "data"),
            "--template",
            TEMPLATE,
            "--out",
            str(Path(folder) / "handout.pdf"),
        ]
        subprocess.run(command, check=True, capture_output=True, cwd=ROOT)
        for _run in range(runs):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            started = time.perf_counter()
            subprocess.run(command, check=True, capture_output=True, cwd=ROOT)
            times.append(time.perf_counter() - started)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            CLI_CPU.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return times


CLI_CPU: list[float] = []


def measure(runs: int) -> dict[str, float]:
    ours, pdf = ours_warm(runs)
    bare = floor(pdf, runs)
    process = cli_process(max(3, runs // 3))
    return {
        "ours_warm_p50_ms": statistics.median(ours) * 1000,
        "floor_p50_ms": statistics.median(bare) * 1000,
        "ratio": statistics.median(ours) / statistics.median(bare),
        "cli_process_p50_s": statistics.median(process),
        "cli_process_cpu_p50_s": statistics.median(CLI_CPU),
        "ours_warm_cpu_p50_ms": statistics.median(WARM_CPU) * 1000,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    options = parser.parse_args(argv)
    figures = measure(options.runs)
    print(
        f"python main.py render (whole process): {figures['cli_process_p50_s']:.2f} s  (target ≤ 0.5 s); "
        f"processor time {figures['cli_process_cpu_p50_s']:.2f} s"
    )
    print(
        f"ours, warm, detailed {TEMPLATE}:    {figures['ours_warm_p50_ms']:.0f} ms  (target ≤ 100 ms); "
        f"processor time {figures['ours_warm_cpu_p50_ms']:.0f} ms"
    )
    print(f"floor, bare canvas calls:             {figures['floor_p50_ms']:.0f} ms")
    print(f"ours / floor:                         {figures['ratio']:.1f} ×")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
