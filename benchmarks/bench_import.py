"""How long an import takes, and whether ``export --all`` of a clinic's ten years imports back.

    python benchmarks/bench_import.py --plans 5000 [--round-trip-plans 100000] [--json FILE]

Import: a file of ``--plans`` plans, half of them without a client (the case that used to grow with the square
of the count), imported into an empty data folder with ``python main.py import``.  Round trip: a data folder of
``--round-trip-plans`` plans (10 per client, written directly in the store's format by ``bench_storage``) is
exported with ``export --all`` and imported into an empty folder; every plan id must come back.  Targets from
issue 15: 5,000 plans in at most 10 s; 100,000 plans round trip.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_storage import a_plan, generate

from designer import cli
from designer.storage import Store


class Quiet:
    def write(self, text: str) -> int:
        return len(text)


def an_import_file(path: Path, plans: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    models = [a_plan(rng, "", n) for n in range(32)]
    entries = []
    for n in range(plans):
        plan = dict(rng.choice(models))
        for key in ("created", "updated", "revision", "client_id"):
            plan.pop(key, None)
        plan.update(id=f"p{n:011x}", title=f"Plan {n}")
        if n % 2:
            plan["client"] = {"id": f"c{n // 10:08x}", "name": f"Client {n // 10}", "email": f"c{n // 10}@example.com"}
        entries.append(plan)
    path.write_text(json.dumps({"format": "exercise-plan", "version": 1, "plans": entries}), encoding="utf-8")


def run_verb(*argv: str) -> float:
    """Wall-clock seconds of one verb; its processor seconds are kept in ``CPU`` (on a shared, busy machine the
    wall clock mostly measures the other programs)."""
    started, cpu = time.perf_counter(), time.process_time()
    code = cli.run(list(argv), Quiet(), sys.stderr)
    if code != 0:
        raise SystemExit(f"{' '.join(argv)} failed")
    CPU.append(time.process_time() - cpu)
    return time.perf_counter() - started


CPU: list[float] = []


def measure_import(plans: int, folder: Path) -> dict[str, Any]:
    folder.mkdir(parents=True, exist_ok=True)
    source = folder / "import.json"
    an_import_file(source, plans)
    seconds = run_verb("import", str(source), "--data-dir", str(folder / "into"))
    with Store.open(folder / "into") as store:
        assert len(store.list_plans()) == plans
    return {
        "plans": plans,
        "file_mb": round(source.stat().st_size / 1e6, 1),
        "import_s": round(seconds, 2),
        "import_cpu_s": round(CPU[-1], 2),
    }


def measure_round_trip(plans: int, folder: Path) -> dict[str, Any]:
    folder.mkdir(parents=True, exist_ok=True)
    clients = max(1, plans // 10)
    _, plan_ids = generate(folder / "from", clients, plans // clients, seed=3)
    with Store.open(folder / "from"):
        pass  # builds the index, as the clinic's designer would have
    out = folder / "all.json"
    export_s = run_verb("export", "--all", "--out", str(out), "--data-dir", str(folder / "from"))
    import_s = run_verb("import", str(out), "--data-dir", str(folder / "to"))
    with Store.open(folder / "to") as store:
        back = {summary.id for summary in store.list_plans()}
        assert back == set(plan_ids), f"{len(set(plan_ids) - back)} plans did not come back"
        assert len(store.list_clients()) == clients
    return {
        "plans": plans,
        "export_mb": round(out.stat().st_size / 1e6, 1),
        "export_s": round(export_s, 1),
        "export_cpu_s": round(CPU[-2], 1),
        "import_s": round(import_s, 1),
        "import_cpu_s": round(CPU[-1], 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plans", type=int, default=5000)
    parser.add_argument("--round-trip-plans", type=int, default=100_000)
    parser.add_argument("--json", type=Path)
    options = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as temp:
        results = {"import": measure_import(options.plans, Path(temp) / "a")}
        print(f"import of {options.plans} plans: {results['import']}", flush=True)
        if options.round_trip_plans:
            results["round_trip"] = measure_round_trip(options.round_trip_plans, Path(temp) / "b")
            print(f"round trip of {options.round_trip_plans} plans: {results['round_trip']}", flush=True)
    if options.json:
        options.json.write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
