"""Every benchmark with one command, and one table: measure, p50, p95, target, peak memory.

    python benchmarks/run_all.py [--quick] [--json FILE]

Runs, each in a process of its own so that its peak memory (the process's maximum resident set
size, read with ``wait4``) is its own:

- the handout render, for every layout, for ``at-home-strength`` and a 12-exercise plan
  (``bench_render.measure``: warm, in-process);
- the store at a clinic's ten-year size, 10,000 clients and 100,000 plans (``bench_storage.py``):
  opening, saving, listing and searching, the time to generate the data set and the folder's size;
- the shared PostgreSQL store at the same size on loopback (``bench_postgres.py``): save, list, search, open,
  and two processes saving one plan 1,000 times each with no lost update (skipped, and said, with no server);
- the library search with 2,000 exercises, without the window (``Library.search``) and in the window
  (``bench_ui.measure_search``: each keystroke until the list has laid out again);
- start to a usable window, and edit to updated preview, with 10,000 clients (``bench_ui``);
- our handout against the same document converted by LibreOffice (``bench_libreoffice``);
- ``python main.py render`` as a whole process, and our warm render against a floor of bare ReportLab canvas
  calls drawing the same text and pictures (``bench_floor``).

``--quick`` uses small sizes (500 clients, 500 exercises, few repeats): a smoke check that every
benchmark still runs, not figures to quote.  The machine is printed first.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

FULL = {
    "clients": 10_000,
    "plans_per_client": 10,
    "saves": 300,
    "ui_clients": 10_000,
    "exercises": 2_000,
    "render_runs": 25,
    "starts": 5,
    "edits": 20,
    "libreoffice_runs": 5,
    "library_rounds": 20,
    "import_plans": 5_000,
    "round_trip_plans": 100_000,
}
QUICK = {
    "clients": 500,
    "plans_per_client": 10,
    "saves": 200,
    "ui_clients": 500,
    "exercises": 500,
    "render_runs": 5,
    "starts": 2,
    "edits": 5,
    "libreoffice_runs": 2,
    "library_rounds": 3,
    "import_plans": 500,
    "round_trip_plans": 2_000,
}
SEARCHES = ["glute bridge", "kettlebell carry", "hip", "breathing on the back", "zzz"]


# -- figures ----------------------------------------------------------------------------------------


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def p50_p95(values_ms: list[float]) -> dict[str, float]:
    return {"p50_ms": statistics.median(values_ms), "p95_ms": percentile(values_ms, 0.95), "n": len(values_ms)}


def peak_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# -- workers: each runs in its own process and writes its figures as JSON ------------------------------


def work_render(size: dict[str, Any], plan_name: str, layout_name: str) -> dict[str, Any]:
    from bench_render import measure, pictures_note

    from designer.domain import Layout
    from designer.library import Library, load_builtin_template

    library = Library()
    exercises = {exercise.id: exercise for exercise in library.all()}
    template = {"at-home-strength": "at-home-strength", "12 exercises": "low-back-three-stage"}[plan_name]
    plan = load_builtin_template(template, library)
    with tempfile.TemporaryDirectory() as folder:
        note = pictures_note(exercises, Path(folder))
        median, p95, traced_peak, pages = measure(plan, exercises, Layout(layout_name), size["render_runs"])
    return {
        "p50_ms": median,
        "p95_ms": p95,
        "n": size["render_runs"],
        "items": len(plan.items),
        "pages": pages,
        "traced_peak_mb": traced_peak,
        "note": note,
    }


def work_library(size: dict[str, Any]) -> dict[str, Any]:
    from bench_ui import many_exercises

    from designer.library import Library

    library = Library(builtin=many_exercises(size["exercises"]))
    assert len(library) == size["exercises"], len(library)
    typing: list[float] = []
    filters: list[float] = []
    for _round in range(size["library_rounds"]):
        for phrase in SEARCHES:
            for end in range(1, len(phrase) + 1):
                started = time.perf_counter()
                library.search(phrase[:end])
                typing.append((time.perf_counter() - started) * 1000)
        for category in library.categories():
            started = time.perf_counter()
            library.search("", category=category)
            filters.append((time.perf_counter() - started) * 1000)
    return {"typing": p50_p95(typing), "filters": p50_p95(filters)}


def work_ui(size: dict[str, Any]) -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import bench_ui

    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="bench-ui-") as scratch:
        folder = Path(scratch) / "data"
        started = time.perf_counter()
        client_id, plan_id = bench_ui.build_data(folder, size["ui_clients"], 3)
        results["data_built_s"] = time.perf_counter() - started
        settings_path = bench_ui.settings_for(Path(scratch), client_id, plan_id)
        starts: list[float] = []
        memory: list[float] = []
        for run in range(size["starts"] + 1):  # the first start warms the disk cache; it is not counted
            begun = time.perf_counter()
            child = subprocess.Popen(
                [sys.executable, str(HERE / "bench_ui.py"), "--child-start", str(folder), str(settings_path)],
                stdout=subprocess.PIPE,
                text=True,
                env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            )
            assert child.stdout is not None
            line = child.stdout.readline().strip()
            elapsed = time.perf_counter() - begun
            _pid, _status, usage = os.wait4(child.pid, 0)
            child.returncode = 0
            if line != "READY":
                raise SystemExit(f"the window did not become usable (it said {line!r})")
            if run:
                starts.append(elapsed * 1000)
                memory.append(usage.ru_maxrss / 1024)
        results["start"] = {**p50_p95(starts), "peak_mb": max(memory)}
        from PySide6.QtWidgets import QApplication

        from designer.ui.theme import apply_theme

        existing = QApplication.instance()
        app = existing if isinstance(existing, QApplication) else QApplication([])
        apply_theme(app)
        search = bench_ui.measure_search(app, size["exercises"])
        results["search"] = {**p50_p95(search["typing"]), "peak_mb": peak_mb()}
        results["filters"] = {**p50_p95(search["filters"]), "peak_mb": peak_mb()}
        preview = bench_ui.measure_preview(app, folder, client_id, plan_id, size["edits"])
        results["preview"] = {**p50_p95(preview), "peak_mb": peak_mb()}
    return results


def work_libreoffice(size: dict[str, Any]) -> dict[str, Any]:
    import bench_libreoffice

    return bench_libreoffice.run(size["libreoffice_runs"])


def work_floor(size: dict[str, Any]) -> dict[str, Any]:
    import bench_floor

    return bench_floor.measure(size["render_runs"])


WORKERS: dict[str, Callable[..., dict[str, Any]]] = {
    "floor": work_floor,
    "render": work_render,
    "library": work_library,
    "ui": work_ui,
    "libreoffice": work_libreoffice,
}


def worker_main(args: list[str]) -> int:
    """``run_all.py --worker NAME OUT.json SIZE.json [ARG ...]``: one benchmark, in this process."""
    name, out, size_file, *rest = args
    size = json.loads(Path(size_file).read_text(encoding="utf-8"))
    figures = WORKERS[name](size, *rest)
    figures.setdefault("peak_mb", peak_mb())
    Path(out).write_text(json.dumps(figures, indent=2), encoding="utf-8")
    return 0


# -- running the workers -------------------------------------------------------------------------------


def run_process(command: list[str]) -> tuple[float, float]:
    """Run a benchmark process to its end; (seconds, its peak memory in MiB).  Stops everything if it fails."""
    started = time.perf_counter()
    child = subprocess.Popen(
        command,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    assert child.stdout is not None
    said = child.stdout.read()
    _pid, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"{' '.join(command[1:3])} failed:\n{said}")
    return time.perf_counter() - started, usage.ru_maxrss / 1024


def run_worker(name: str, size: dict[str, Any], scratch: Path, *args: str) -> dict[str, Any]:
    out = scratch / f"{name}-{'-'.join(args) or 'all'}.json".replace(" ", "_")
    size_file = scratch / "size.json"
    size_file.write_text(json.dumps(size), encoding="utf-8")
    seconds, memory = run_process([sys.executable, __file__, "--worker", name, str(out), str(size_file), *args])
    figures: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    figures["process_peak_mb"] = memory
    figures["wall_s"] = seconds
    return figures


def run_json_benchmark(script: str, scratch: Path, *args: str) -> dict[str, Any]:
    """A benchmark script that writes its figures with ``--json``; its peak memory and time added."""
    out = scratch / f"{script}.json"
    seconds, memory = run_process([sys.executable, str(HERE / script), *args, "--json", str(out)])
    figures: dict[str, Any] = {"results": json.loads(out.read_text(encoding="utf-8"))}
    figures["process_peak_mb"] = memory
    figures["wall_s"] = seconds
    return figures


def run_storage(size: dict[str, Any], scratch: Path) -> dict[str, Any]:
    out = scratch / "storage.json"
    seconds, memory = run_process(
        [
            sys.executable,
            str(HERE / "bench_storage.py"),
            "--clients",
            str(size["clients"]),
            "--plans-per-client",
            str(size["plans_per_client"]),
            "--saves",
            str(size["saves"]),
            "--json",
            str(out),
        ]
    )
    figures: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    figures["process_peak_mb"] = memory
    figures["wall_s"] = seconds
    return figures


def run_postgres(size: dict[str, Any], scratch: Path) -> dict[str, Any]:
    """The shared-database store; a machine with no PostgreSQL gets a row saying so instead of figures."""
    out = scratch / "postgres.json"
    command = [sys.executable, str(HERE / "bench_postgres.py"), "--clients", str(size["clients"])]
    command += ["--plans-per-client", str(size["plans_per_client"]), "--saves", str(size["saves"]), "--json", str(out)]
    try:
        seconds, memory = run_process(command)
    except SystemExit as failure:
        if "no PostgreSQL server could be started" not in str(failure):
            raise  # a failing benchmark is a failure, not a machine without PostgreSQL
        return {"skipped": "no PostgreSQL server could be started on this machine"}
    figures: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    figures["process_peak_mb"] = memory
    figures["wall_s"] = seconds
    return figures


def postgres_rows(shared: dict[str, Any]) -> list[Row]:
    if "skipped" in shared:
        return [("Shared PostgreSQL store", "—", "—", f"not measured: {shared['skipped']}", "—")]
    scale = f"{shared['clients']:,} clients, {shared['plans']:,} plans"
    memory = mib(shared["process_peak_mb"])
    rows: list[Row] = []
    targets = {
        "open": ("PostgreSQL: open", 1000.0, "≤ 1 s"),
        "save_plan": ("PostgreSQL: save a plan (edit)", 20.0, "p95 ≤ 20 ms"),
        "save_new_plan": ("PostgreSQL: save a new plan", 20.0, "p95 ≤ 20 ms"),
        "list_clients": ("PostgreSQL: list all clients", 50.0, "≤ 50 ms"),
        "search_clients": ("PostgreSQL: search clients (first 200)", 50.0, "≤ 50 ms"),
        "list_plans_of_a_client": ("PostgreSQL: list a client's plans", 50.0, "≤ 50 ms"),
        "list_newest_plans_200": ("PostgreSQL: newest 200 plans", 50.0, "≤ 50 ms"),
        "get_plan": ("PostgreSQL: read a plan", 0.0, "—"),
    }
    for key, (label, limit, target) in targets.items():
        figures = shared[key]
        shown = f"{target} ({verdict(figures['p95_ms'], limit)})" if limit else target
        rows.append((f"{label}, {scale}", ms(figures["p50_ms"]), ms(figures["p95_ms"]), shown, memory))
    desks = shared["two_desks"]
    rows.append(
        (
            f"PostgreSQL: two processes × {desks['saves_each']:,} saves of one plan",
            f"{desks['wall_s']:.1f} s",
            "—",
            f"no lost update ({'met' if desks['no_lost_update'] else 'NOT met'}; conflicts {desks['conflicts']})",
            "—",
        )
    )
    return rows


# -- the machine and the table ---------------------------------------------------------------------------


def machine() -> dict[str, str]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        ram = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
        memory = f"{ram:.0f} GiB"
    except (ValueError, OSError, AttributeError):
        memory = "unknown"
    return {
        "cpu": cpu,
        "cores": str(os.cpu_count()),
        "ram": memory,
        "os": platform.platform(),
        "python": platform.python_version(),
    }


Row = tuple[str, str, str, str, str]  # measure, p50, p95, target, peak memory


def ms(value: float) -> str:
    if value < 1:
        return f"{value:.2f} ms"
    return f"{value:,.1f} ms" if value < 100 else f"{value:,.0f} ms"


def mib(value: float | None) -> str:
    return f"{value:,.0f} MiB" if value else "—"


def verdict(value: float, target: float) -> str:
    return "met" if value <= target else "NOT met"


def table(results: dict[str, Any], size: dict[str, Any]) -> list[Row]:
    rows: list[Row] = []
    for key, figures in results["render"].items():
        plan, layout = key.split("|")
        target = "—"
        if plan == "at-home-strength" and layout == "detailed":
            target = f"p50 ≤ 100 ms ({verdict(figures['p50_ms'], 100)})"
        pages = f"{figures['pages']} page{'s' if figures['pages'] != 1 else ''}"
        rows.append(
            (
                f"Render {plan}, {layout} ({pages})",
                ms(figures["p50_ms"]),
                ms(figures["p95_ms"]),
                target,
                mib(figures["process_peak_mb"]),
            )
        )

    store = results["storage"]
    scale = f"{store['clients']:,} clients, {store['plans']:,} plans"
    memory = mib(store["process_peak_mb"])
    targets = {
        "open": ("Open the data", 1000.0, "≤ 1 s"),
        "save_plan": ("Save a plan (edit)", 50.0, "p95 ≤ 50 ms"),
        "save_new_plan": ("Save a new plan", 50.0, "p95 ≤ 50 ms"),
        "list_clients_after_a_save": ("List clients", 100.0, "≤ 100 ms"),
        "search_clients": ("Search clients (first 200)", 100.0, "≤ 100 ms"),
        "search_clients_no_limit": ("Search clients (all matches)", 100.0, "≤ 100 ms"),
        "list_plans_of_a_client": ("List a client's plans", 100.0, "≤ 100 ms"),
        "get_plan": ("Read a plan", 0.0, "—"),
    }
    for key, (label, limit, target) in targets.items():
        figures = store[key]
        shown = f"{target} ({verdict(figures['p95_ms'], limit)})" if limit else target
        rows.append((f"{label}, {scale}", ms(figures["p50_ms"]), ms(figures["p95_ms"]), shown, memory))
    rows.append((f"Generate the data set ({scale})", f"{store['generate_s']:.1f} s", "—", "—", memory))
    rows.append(
        (
            "First open, building the index from every file",
            f"{store['first_open_building_index_s']:.1f} s",
            "—",
            "—",
            memory,
        )
    )
    rows.append(
        (
            "Data folder size (without / with backups)",
            f"{store['data_size_mb']:.0f} MB",
            f"{store['folder_size_mb']:.0f} MB",
            "—",
            "—",
        )
    )

    rows.extend(postgres_rows(results["postgres"]))

    library = results["library"]
    count = f"{size['exercises']:,} exercises"
    rows.append(
        (
            f"Library search, {count} (no window, per keystroke)",
            ms(library["typing"]["p50_ms"]),
            ms(library["typing"]["p95_ms"]),
            "—",
            mib(library["process_peak_mb"]),
        )
    )
    ui = results["ui"]
    rows.append(
        (
            f"Library search in the window, {count} (per keystroke)",
            ms(ui["search"]["p50_ms"]),
            ms(ui["search"]["p95_ms"]),
            f"≤ 50 ms ({verdict(ui['search']['p95_ms'], 50)})",
            mib(ui["search"]["peak_mb"]),
        )
    )
    rows.append(
        (
            f"Library filters in the window, {count}",
            ms(ui["filters"]["p50_ms"]),
            ms(ui["filters"]["p95_ms"]),
            f"≤ 50 ms ({verdict(ui['filters']['p95_ms'], 50)})",
            mib(ui["filters"]["peak_mb"]),
        )
    )
    start = ui["start"]
    rows.append(
        (
            f"Start to a usable window, {size['ui_clients']:,} clients",
            ms(start["p50_ms"]),
            ms(start["p95_ms"]),
            f"≤ 1.5 s ({verdict(start['p95_ms'], 1500)})",
            mib(start["peak_mb"]),
        )
    )
    rows.append(
        (
            "Edit to updated preview (12 exercises)",
            ms(ui["preview"]["p50_ms"]),
            ms(ui["preview"]["p95_ms"]),
            f"≤ 500 ms ({verdict(ui['preview']['p95_ms'], 500)})",
            mib(ui["preview"]["peak_mb"]),
        )
    )

    floor = results["floor"]
    rows.append(
        (
            "python main.py render, whole process (bench_floor)",
            ms(floor["cli_process_p50_s"] * 1000),
            "—",
            f"p50 ≤ 500 ms ({verdict(floor['cli_process_p50_s'] * 1000, 500)})",
            mib(floor["process_peak_mb"]),
        )
    )
    rows.append(
        (
            "  the same, processor time (user + system; the wall clock waits for other programs too)",
            ms(floor["cli_process_cpu_p50_s"] * 1000),
            "—",
            "—",
            "—",
        )
    )
    rows.append(
        (
            "Detailed at-home-strength, warm: ours / bare canvas floor",
            f"{ms(floor['ours_warm_p50_ms'])} / {ms(floor['floor_p50_ms'])} = {floor['ratio']:.1f}×",
            "—",
            f"p50 ≤ 100 ms ({verdict(floor['ours_warm_p50_ms'], 100)})",
            "—",
        )
    )
    rows.append(
        (
            "  ours, warm, processor time",
            ms(floor["ours_warm_cpu_p50_ms"]),
            "—",
            "—",
            "—",
        )
    )
    office = results["libreoffice"]
    rows.append(
        (
            "Handout at-home-strength: ours, warm (in the designer)",
            ms(statistics.median(office["ours_warm_s"]) * 1000),
            ms(percentile(office["ours_warm_s"], 0.95) * 1000),
            "—",
            mib(office.get("ours_warm_peak_mb")),
        )
    )
    rows.append(
        (
            "Handout at-home-strength: ours, python main.py render",
            ms(statistics.median(office["ours_cold_s"]) * 1000),
            ms(percentile(office["ours_cold_s"], 0.95) * 1000),
            "—",
            mib(office.get("ours_cold_peak_mb")),
        )
    )
    if "libreoffice_warm_s" in office:
        rows.append(
            (
                "Same handout by LibreOffice --convert-to pdf, first run",
                ms(office["libreoffice_cold_s"][0] * 1000),
                "—",
                "—",
                mib(office["libreoffice_cold_peak_mb"]),
            )
        )
        rows.append(
            (
                "Same handout by LibreOffice --convert-to pdf, later runs",
                ms(statistics.median(office["libreoffice_warm_s"]) * 1000),
                ms(percentile(office["libreoffice_warm_s"], 0.95) * 1000),
                "—",
                mib(office["libreoffice_warm_peak_mb"]),
            )
        )
    else:
        rows.append(("Same handout by LibreOffice", office["libreoffice"], "—", "—", "—"))
    rows.extend(import_rows(results))
    return rows


def import_rows(results: dict[str, Any]) -> list[Row]:
    """Imports (issue 15): wall and processor seconds (on a shared machine the processor time is the honest one)."""
    rows: list[Row] = []
    if "import" in results:
        done = results["import"]["results"]
        one = done["import"]
        rows.append(
            (
                f"Import {one['plans']:,} plans ({one['file_mb']} MB)",
                f"{one['import_s']:.1f} s (CPU {one['import_cpu_s']:.1f} s)",
                "—",
                "≤ 10 s",
                mib(results["import"]["process_peak_mb"]),
            )
        )
        if "round_trip" in done:
            trip = done["round_trip"]
            wall, cpu = trip["export_s"] + trip["import_s"], trip["export_cpu_s"] + trip["import_cpu_s"]
            rows.append(
                (
                    f"export --all + import, {trip['plans']:,} plans ({trip['export_mb']} MB)",
                    f"{wall:.0f} s (CPU {cpu:.0f} s)",
                    "—",
                    "every plan back",
                    mib(trip["peak_rss_mb"]),
                )
            )
    for case in results.get("images", {}).get("results", []):
        rows.append((f"Import {case['case']}", case["outcome"][:40], "—", "< 300 MB", mib(case["peak_mb"])))
    return rows


def print_table(rows: list[Row], out: Any = sys.stdout) -> None:
    header: Row = ("measure", "p50", "p95", "target", "peak memory")
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(5)]
    line = "| " + " | ".join(cell.ljust(widths[i]) for i, cell in enumerate(header)) + " |"
    print(line, file=out)
    print("|" + "|".join("-" * (width + 2) for width in widths) + "|", file=out)
    for row in rows:
        print("| " + " | ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)) + " |", file=out)


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["--worker"]:
        return worker_main(args[1:])
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes: a smoke check that everything runs")
    parser.add_argument("--json", type=Path, help="also write every figure to this JSON file")
    options = parser.parse_args(args)
    size = QUICK if options.quick else FULL
    about = machine()
    print(
        f"Machine: {about['cpu']}, {about['cores']} cores, {about['ram']} RAM, {about['os']}, Python {about['python']}"
    )
    print(
        f"Command: python benchmarks/run_all.py{' --quick' if options.quick else ''}"
        f"{' (quick sizes: not figures to quote)' if options.quick else ''}"
    )
    sys.stdout.flush()
    began = time.perf_counter()
    results: dict[str, Any] = {"machine": about, "quick": options.quick, "size": size, "render": {}}
    with tempfile.TemporaryDirectory(prefix="run-all-") as folder:
        scratch = Path(folder)
        for plan in ("at-home-strength", "12 exercises"):
            for layout in ("detailed", "compact", "large-print"):
                print(f"  render {plan}, {layout} ...", flush=True)
                results["render"][f"{plan}|{layout}"] = run_worker("render", size, scratch, plan, layout)
        print(f"  store with {size['clients']:,} clients × {size['plans_per_client']} plans ...", flush=True)
        results["storage"] = run_storage(size, scratch)
        print(f"  shared PostgreSQL store with {size['clients']:,} clients ...", flush=True)
        results["postgres"] = run_postgres(size, scratch)
        print(f"  library search with {size['exercises']:,} exercises ...", flush=True)
        results["library"] = run_worker("library", size, scratch)
        print(f"  window with {size['ui_clients']:,} clients ...", flush=True)
        results["ui"] = run_worker("ui", size, scratch)
        print("  handout against a floor of bare canvas calls ...", flush=True)
        results["floor"] = run_worker("floor", size, scratch)
        plans, round_trip = size.get("import_plans", 500), size.get("round_trip_plans", 2_000)
        print(f"  import of {plans:,} plans, round trip of {round_trip:,} ...", flush=True)
        results["import"] = run_json_benchmark(
            "bench_import.py", scratch, "--plans", str(plans), "--round-trip-plans", str(round_trip)
        )
        print("  peak memory of logo and photo imports ...", flush=True)
        results["images"] = run_json_benchmark("bench_images.py", scratch)
        print("  handout against LibreOffice ...", flush=True)
        results["libreoffice"] = run_worker("libreoffice", size, scratch)
    results["total_s"] = time.perf_counter() - began
    print()
    print_table(table(results, size))
    print(
        f"\nPeak memory: the maximum resident set size of the process that ran the measure (each benchmark runs in "
        f"its own process; the window's start-up is its own fresh process).  All benchmarks took "
        f"{results['total_s'] / 60:.1f} minutes."
    )
    if options.json:
        options.json.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
