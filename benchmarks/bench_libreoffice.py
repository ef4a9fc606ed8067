"""Our handout against what a clinic would otherwise do: a document converted by LibreOffice.

    python benchmarks/bench_libreoffice.py [--runs 5] [--json FILE] [--keep DIR]

The same handout content (the ``at-home-strength`` template for a client: clinic header, the standing
advice, each exercise with its drawing, the prescription in words, set-up and movement steps, key
points, the therapist's note and the easier and harder exercise, the plan's notes and the booking
details) is written as a flat OpenDocument text file (``.fodt``, pictures embedded), as a clinic's
word-processor template would hold it, and converted with ``libreoffice --headless --convert-to pdf``.

- LibreOffice cold: the first conversion with a new LibreOffice profile (a fresh install, or the first
  conversion after a restart of the computer is close to this);
- LibreOffice warm: later conversions with that profile, each one a new ``soffice`` process, as a
  script or a "save as PDF" from a closed word processor would be;
- ours, cold: ``python main.py render --template at-home-strength`` in a fresh process;
- ours, warm: ``render_handout`` in a running process (the designer window after its first preview).

All four are measured in the same run.  Without LibreOffice (``soffice`` not on the PATH) the
conversion rows say it was skipped.
"""

from __future__ import annotations

import argparse
import base64
import html
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

CLIENT = "Zoë Łukasiewicz-Ørsted"


def soffice() -> str | None:
    """The LibreOffice program, or None when it is not installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def _p(text: str, style: str = "Body") -> str:
    return f'<text:p text:style-name="{style}">{html.escape(text, quote=False)}</text:p>'


def _list(items: list[str], style: str = "Body") -> str:
    if not items:
        return ""
    rows = "".join(f"<text:list-item>{_p(item, style)}</text:list-item>" for item in items)
    return f"<text:list>{rows}</text:list>"


def _picture(path: Path | None, number: int) -> str:
    if path is None:
        return ""
    data = base64.b64encode(path.read_bytes()).decode("ascii")
    return (
        f'<text:p text:style-name="Body"><draw:frame draw:name="picture{number}" text:anchor-type="as-char" '
        f'svg:width="16cm" svg:height="8cm"><draw:image><office:binary-data>{data}</office:binary-data>'
        f"</draw:image></draw:frame></text:p>"
    )


def handout_document() -> str:
    """The at-home-strength handout's content as a flat OpenDocument text (.fodt)."""
    from designer.domain import Clinic
    from designer.illustrations import illustration_files
    from designer.library import Library, load_builtin_template

    library = Library()
    plan = load_builtin_template("at-home-strength", library)
    clinic = Clinic(
        name="Springback Rehab",
        therapist="Sam Taylor",
        phone="+44 20 7946 0958",
        email="hello@springback.example",
        website="https://springback.example",
        booking_link="https://springback.example/book",
        instagram="@springbackrehab",
    )
    body: list[str] = [
        _p(clinic.name, "Clinic"),
        _p(plan.title, "Title"),
        _p(f"For {CLIENT} · {plan.start_date:%d %B %Y} · Your therapist: {clinic.therapist}"),
        _p("Before you start", "Heading"),
        _list([line for line in clinic.advice.splitlines() if line.strip()]),
    ]
    for number, item in enumerate(plan.items, start=1):
        exercise = library.get(item.exercise_id)
        assert exercise is not None
        pictures = illustration_files(exercise, None)
        easier = [library.get(i) for i in exercise.regressions]
        harder = [library.get(i) for i in exercise.progressions]
        body += [
            f'<text:p text:style-name="Break">{number}  {html.escape(exercise.name)}</text:p>',
            _p(exercise.purpose),
            _picture(pictures[0] if pictures else None, number),
            _p("How much", "Heading"),
            _p(item.prescription.in_words(), "Strong"),
            _p("Key points", "Heading"),
            _list(list(exercise.cues)),
            _p("Getting ready", "Heading"),
            _list(list(exercise.setup)),
            _p("The movement", "Heading"),
            _list(list(exercise.steps)),
        ]
        if item.note:
            body += [_p("A note from your therapist", "Heading"), _p(item.note)]
        if exercise.safety:
            body.append(_p(f"Take care: {exercise.safety}"))
        if easier:
            body.append(_p("Unsure or sore? Try: " + " or ".join(e.name for e in easier if e)))
        if harder:
            body.append(_p("Easy for two sessions? Move on to: " + " or ".join(e.name for e in harder if e)))
    body += [_p("Notes from your therapist", "Heading")] + [_p(line) for line in plan.notes.splitlines() if line]
    body += [
        _p("Get in touch", "Heading"),
        _p(f"Book your next session: {clinic.booking_link}"),
        _p(f"Phone: {clinic.phone}   Email: {clinic.email}   Instagram: {clinic.instagram}"),
    ]
    return FODT.replace("{BODY}", "\n".join(body))


FODT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:styles>
  <style:style style:name="Body" style:family="paragraph">
   <style:paragraph-properties fo:margin-bottom="0.15cm"/>
   <style:text-properties style:font-name="DejaVu Sans" fo:font-family="DejaVu Sans" fo:font-size="11.5pt"/>
  </style:style>
  <style:style style:name="Strong" style:family="paragraph" style:parent-style-name="Body">
   <style:text-properties fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Body">
   <style:paragraph-properties fo:margin-top="0.3cm"/>
   <style:text-properties fo:font-size="13pt" fo:font-weight="bold" fo:color="#2A6F6B"/>
  </style:style>
  <style:style style:name="Clinic" style:family="paragraph" style:parent-style-name="Body">
   <style:text-properties fo:font-size="20pt" fo:font-weight="bold" fo:color="#2A6F6B"/>
  </style:style>
  <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Body">
   <style:text-properties fo:font-size="16pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Break" style:family="paragraph" style:parent-style-name="Title">
   <style:paragraph-properties fo:break-before="page"/>
  </style:style>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="A4"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
   fo:margin-top="1.6cm" fo:margin-bottom="2cm" fo:margin-left="1.8cm" fo:margin-right="1.8cm"/></style:page-layout>
 </office:automatic-styles>
 <office:master-styles><style:master-page style:name="Standard" style:page-layout-name="A4"/></office:master-styles>
 <office:body><office:text>
{BODY}
 </office:text></office:body>
</office:document>
"""


def timed_process(command: list[str]) -> tuple[float, float, int, str]:
    """Run ``command``; (seconds, peak memory of that process in MiB, exit code, what it said on stderr)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    assert process.stderr is not None
    said = process.stderr.read()
    _pid, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    return elapsed, usage.ru_maxrss / 1024, process.returncode, said


def convert(program: str, source: Path, out_dir: Path, profile: Path) -> tuple[float, float]:
    """One ``soffice --headless --convert-to pdf`` in a new process; (seconds, peak MiB)."""
    seconds, memory, code, said = timed_process(
        [
            program,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out_dir),
            str(source),
        ]
    )
    if code != 0 or not (out_dir / (source.stem + ".pdf")).is_file():
        raise RuntimeError(f"LibreOffice did not convert the document: {said.strip()}")
    return seconds, memory


def our_render_cold(out_dir: Path, runs: int) -> list[tuple[float, float]]:
    """``python main.py render --template at-home-strength`` in a fresh process: (seconds, peak MiB) per run."""
    results = []
    for number in range(runs + 1):  # the first run only warms the disk cache and the .pyc files
        seconds, memory, code, said = timed_process(
            [
                sys.executable,
                str(ROOT / "main.py"),
                "render",
                "--template",
                "at-home-strength",
                "--out",
                str(out_dir / f"ours-{number}.pdf"),
                "--data-dir",
                str(out_dir / "data"),
            ]
        )
        if code != 0:
            raise RuntimeError(f"the render command failed: {said.strip()}")
        results.append((seconds, memory))
    return results[1:]


def our_render_warm(runs: int) -> list[float]:
    from bench_render import CLINIC

    from designer.library import Library, load_builtin_template
    from designer.pdf import HandoutOptions, render_handout

    library = Library()
    exercises = {exercise.id: exercise for exercise in library.all()}
    plan = load_builtin_template("at-home-strength", library)
    options = HandoutOptions(client_name=CLIENT)
    render_handout(plan, exercises, CLINIC, options)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        render_handout(plan, exercises, CLINIC, options)
        times.append(time.perf_counter() - started)
    return times


def pdf_pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(path)).pages)


def run(runs: int = 5, keep: Path | None = None) -> dict[str, Any]:
    """Every figure of the comparison: times in seconds, peak memory (each process's own) in MiB."""
    import resource

    results: dict[str, Any] = {"runs": runs}
    with tempfile.TemporaryDirectory(prefix="bench-libreoffice-") as scratch:
        folder = keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        results["ours_warm_s"] = our_render_warm(max(runs, 20))
        results["ours_warm_peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        cold = our_render_cold(folder, runs)
        results["ours_cold_s"] = [seconds for seconds, _ in cold]
        results["ours_cold_peak_mb"] = max(memory for _, memory in cold)
        results["ours_pages"] = pdf_pages(folder / "ours-1.pdf")
        program = soffice()
        if program is None:
            results["libreoffice"] = "skipped: LibreOffice (soffice) is not installed"
            return results
        version = subprocess.run([program, "--version"], capture_output=True, text=True, timeout=120).stdout.strip()
        results["libreoffice"] = version or "LibreOffice"
        source = folder / "at-home-strength.fodt"
        source.write_text(handout_document(), encoding="utf-8")
        profile = folder / "libreoffice-profile"
        shutil.rmtree(profile, ignore_errors=True)
        first = convert(program, source, folder, profile)
        later = [convert(program, source, folder, profile) for _ in range(runs)]
        results["libreoffice_cold_s"] = [first[0]]
        results["libreoffice_cold_peak_mb"] = first[1]
        results["libreoffice_warm_s"] = [seconds for seconds, _ in later]
        results["libreoffice_warm_peak_mb"] = max(memory for _, memory in later)
        results["libreoffice_pages"] = pdf_pages(folder / "at-home-strength.pdf")
    return results


def print_table(results: dict[str, Any]) -> None:
    def median_ms(key: str) -> str:
        return f"{statistics.median(results[key]) * 1000:,.0f} ms" if key in results else "skipped"

    print(f"Handout for at-home-strength: ours against {results['libreoffice']}")
    print(f"  {'ours, in the running designer (warm)':<46} {median_ms('ours_warm_s'):>12}")
    print(f"  {'ours, python main.py render (fresh process)':<46} {median_ms('ours_cold_s'):>12}")
    print(f"  {'LibreOffice --convert-to pdf, first run':<46} {median_ms('libreoffice_cold_s'):>12}")
    print(f"  {'LibreOffice --convert-to pdf, later runs':<46} {median_ms('libreoffice_warm_s'):>12}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="timed conversions and fresh-process renders")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--keep", type=Path, help="keep the document and the PDFs in this folder")
    options = parser.parse_args(argv)
    results = run(max(1, options.runs), options.keep)
    print_table(results)
    if options.json:
        options.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    raise SystemExit(main())
