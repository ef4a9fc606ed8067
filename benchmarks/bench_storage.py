"""How fast the store is at a clinic's ten-year size: 10,000 clients and 100,000 plans.

    python benchmarks/bench_storage.py --clients 10000 --plans-per-client 10 [--json FILE]

Builds the data set in a temporary folder by writing the client files directly in the store's
own format (each plan is a real ``Plan.to_dict()``), lets ``Store.open`` build the index from
them and checks a sample of plans back through ``Store.get_plan``.  Then it measures opening,
saving a plan (p50/p95 over at least 200 saves of existing plans, plus new plans), listing and
searching clients, listing a client's plans, reading a plan, the peak memory, the time to
generate the data and the folder's size.  Targets from the brief: a save p95 <= 50 ms,
listing or searching <= 100 ms, opening <= 1 s.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import random
import resource
import shutil
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from designer.domain import Client, Plan, PlanItem, Prescription, Range, Side, Stage
from designer.storage import Store, client_file_name
from designer.storage.files import encode_json, make_private_folder
from designer.storage.schema import CLIENT, new_tables

FIRST = [
    "Ada",
    "Zoë",
    "Mateo",
    "Siobhán",
    "Grace",
    "Lars",
    "Amélie",
    "Kofi",
    "Noor",
    "Ingrid",
    "José",
    "Mei",
    "Oliver",
    "Fatima",
    "Björn",
    "Aoife",
    "Ravi",
    "Chloé",
    "Tomasz",
    "Hana",
    "Liam",
    "Élodie",
    "Yusuf",
    "Sofia",
]
LAST = [
    "Smith",
    "Okafor",
    "García",
    "Nguyen",
    "Müller",
    "O'Brien",
    "Kowalski",
    "Rossi",
    "Andersson",
    "Haddad",
    "Tanaka",
    "Dubois",
    "Fernández",
    "Schmidt",
    "Murphy",
    "Jensen",
    "Silva",
    "Novák",
    "Lefèvre",
    "Brontë",
]
EXERCISES = [
    "glute-bridge",
    "bird-dog",
    "dead-bug",
    "sit-to-stand",
    "suitcase-carry",
    "hip-hinge",
    "step-up",
    "pallof-press",
    "farmers-carry",
    "hip-thrust",
]
TITLES = [
    "Back care: stability first",
    "Strength after low back pain",
    "At-home strength",
    "Hip mobility",
    "Confidence with carrying",
    "Side bending and rotation",
    "Breathing and bracing",
]


def a_plan(rng: random.Random, client_id: str, number: int) -> dict[str, Any]:
    """One realistic plan: two or three stages, six exercises, notes, as ``Plan.to_dict()`` writes it."""
    stages = [
        Stage("Stability", weeks="1–2", goal="Move without fear", move_on_when="Ten easy bridges"),
        Stage("Strength", weeks="3–6", goal="Load the back gradually"),
    ]
    if rng.random() < 0.5:
        stages.append(Stage("Confidence", weeks="7+", goal="Back to gardening"))
    items = []
    for exercise in rng.sample(EXERCISES, 6):
        prescription = Prescription(
            sets=rng.choice([2, 3]),
            reps=Range(8, 12) if rng.random() < 0.5 else Range.single(10),
            side=rng.choice([Side.BOTH, Side.EACH]),
            tempo=rng.choice(["", "3-1-1"]),
            rest_seconds=60,
        )
        items.append(
            PlanItem(
                exercise,
                prescription,
                rng.choice(stages).id,
                note="If it feels unsure, reduce the range or slow it down.",
            )
        )
    day = 1 + number % 28
    plan = Plan(
        title=f"{rng.choice(TITLES)} {number}",
        client_id=client_id,
        therapist="Sam",
        stages=tuple(stages),
        items=tuple(items),
        notes="You are not fragile. Little and often beats a lot once in a while.",
        created=f"20{16 + number % 10}-0{1 + number % 9}-{day:02d}T10:00:00+00:00",
        updated=f"20{16 + number % 10}-0{1 + number % 9}-{day:02d}T1{number % 10}:{number % 60:02d}:00+00:00",
        revision=rng.randint(1, 6),
    )
    return plan.to_dict()


def generate(data_dir: Path, clients: int, plans_per_client: int, seed: int) -> tuple[list[str], list[str]]:
    """Write the client files directly; returns the client ids and the plan ids.

    Fast because the domain builds (and checks) only 64 model plans; each stored plan is a copy
    of one with its own id, title, dates and revision.  Ids are sequential hexadecimal, as valid
    as random ones.
    """
    rng = random.Random(seed)
    models = [a_plan(rng, "", number) for number in range(64)]
    folder = data_dir / "clients"
    make_private_folder(folder)
    client_ids: list[str] = []
    plan_ids: list[str] = []
    for number in range(clients):
        client = Client(
            f"{rng.choice(FIRST)} {rng.choice(LAST)}",
            email=f"client{number}@example.com",
            phone=f"04{number:08d}",
            id=f"c{number:011x}",
        )
        plans = {}
        for n in range(1, plans_per_client + 1):
            serial = number * plans_per_client + n
            month, day = 1 + serial % 12, 1 + serial % 28
            plan = dict(rng.choice(models))
            plan.update(
                id=f"p{serial:011x}",
                client_id=client.id,
                title=f"{rng.choice(TITLES)} {n}",
                created=f"20{16 + serial % 10}-{month:02d}-{day:02d}T09:00:00+00:00",
                updated=f"20{16 + serial % 10}-{month:02d}-{day:02d}T1{serial % 10}:{serial % 60:02d}:00+00:00",
                revision=1 + serial % 7,
            )
            plans[str(n)] = plan
            plan_ids.append(plan["id"])
        tables = new_tables(CLIENT)
        tables.update({"client": {"1": client.to_dict()}, "plans": plans, "sent": {}})
        fd = os.open(folder / client_file_name(client.id), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(encode_json(tables))
        client_ids.append(client.id)
    return client_ids, plan_ids


def timed(action: Callable[[], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return times


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def summary(values: list[float]) -> dict[str, float]:
    return {
        "p50_ms": round(statistics.median(values), 2),
        "p95_ms": round(percentile(values, 0.95), 2),
        "max_ms": round(max(values), 2),
        "n": len(values),
    }


def folder_size(folder: Path, skip: str = "") -> int:
    total = 0
    for root, dirs, files in os.walk(folder):
        if skip:
            dirs[:] = [d for d in dirs if d != skip]
        total += sum(os.path.getsize(os.path.join(root, name)) for name in files)
    return total


def run(clients: int, plans_per_client: int, saves: int, seed: int, folder: Path) -> dict[str, Any]:
    results: dict[str, Any] = {
        "clients": clients,
        "plans": clients * plans_per_client,
        "machine": f"{platform.machine()}, "
        f"{os.cpu_count()} cores, {platform.system()} {platform.release()}, Python {platform.python_version()}",
    }
    start = time.perf_counter()
    client_ids, plan_ids = generate(folder, clients, plans_per_client, seed)
    results["generate_s"] = round(time.perf_counter() - start, 2)

    start = time.perf_counter()
    with Store.open(folder) as store:  # no index yet: built from every client file, then written out
        results["first_open_building_index_s"] = round(time.perf_counter() - start, 2)
        assert len(store.list_clients()) == clients, "every generated client is listed"
        assert len(store.list_plans()) == clients * plans_per_client, "every generated plan is listed"
        rng = random.Random(seed)
        for plan_id in rng.sample(plan_ids, min(200, len(plan_ids))):
            assert store.get_plan(plan_id).id == plan_id  # the generated files are valid plans
    results["data_size_mb"] = round(folder_size(folder, skip="backups") / 1e6, 1)

    open_times = []
    for _ in range(5):
        gc.collect()
        begin = time.perf_counter()
        store = Store.open(folder)
        open_times.append((time.perf_counter() - begin) * 1000)
        store.close()
    results["open"] = summary(open_times)

    tracemalloc.start()
    Store.open(folder).close()
    results["open_memory_mb"] = round(tracemalloc.get_traced_memory()[1] / 1e6, 1)
    tracemalloc.stop()
    gc.collect()
    store = Store.open(folder)
    begin = time.perf_counter()
    store.list_clients()  # the first listing sorts every name
    results["first_list_clients_ms"] = round((time.perf_counter() - begin) * 1000, 1)

    rng = random.Random(seed + 1)
    chosen = [rng.choice(plan_ids) for _ in range(saves)]
    save_times = []
    for number, plan_id in enumerate(chosen):
        plan = replace(store.get_plan(plan_id), notes=f"Edited in session {number}")
        begin = time.perf_counter()
        store.save_plan(plan)
        save_times.append((time.perf_counter() - begin) * 1000)
    results["save_plan"] = summary(save_times)

    new_times = []
    for number in range(max(50, saves // 4)):
        plan = Plan.from_dict(a_plan(rng, rng.choice(client_ids), 10_000_000 + number), keep_ids=False)
        begin = time.perf_counter()
        store.save_plan(plan)
        new_times.append((time.perf_counter() - begin) * 1000)
    results["save_new_plan"] = summary(new_times)

    results["get_plan"] = summary(timed(lambda: store.get_plan(rng.choice(plan_ids)), 200))
    # The list is kept between changes; time it right after a save, as the window refreshes it then.
    list_times = []
    for _ in range(30):
        plan = store.get_plan(rng.choice(plan_ids))
        store.save_plan(replace(plan, notes="Listed after this save"))
        list_times.extend(timed(store.list_clients, 1))
    results["list_clients_after_a_save"] = summary(list_times)
    queries = ["smith", "zoe", "BRONTË", "example.com", "0400001", "client9999@", "nobody at all"]
    results["search_clients"] = summary(timed(lambda: store.search_clients(rng.choice(queries)), 100))
    results["search_clients_no_limit"] = summary(
        timed(lambda: store.search_clients(rng.choice(queries), limit=None), 100)
    )
    results["list_plans_of_a_client"] = summary(timed(lambda: store.list_plans(rng.choice(client_ids)), 200))
    results["list_all_plans"] = summary(timed(store.list_plans, 5))
    start = time.perf_counter()
    store.close()
    results["close_s"] = round(time.perf_counter() - start, 2)
    results["folder_size_mb"] = round(folder_size(folder) / 1e6, 1)
    with Store.open(folder) as store:
        begin = time.perf_counter()
        snapshot = store.snapshot(force=True)  # the daily zip of the whole folder (run in the background)
        results["snapshot_s"] = round(time.perf_counter() - begin, 2)
        results["snapshot_mb"] = round(snapshot.stat().st_size / 1e6, 1) if snapshot else 0
    results["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return results


def print_table(results: dict[str, Any]) -> None:
    print(f"Store benchmark: {results['clients']:,} clients, {results['plans']:,} plans ({results['machine']})")
    print(f"{'measure':32} {'p50':>10} {'p95':>10} {'max':>10} {'n':>6}")
    for key in (
        "open",
        "save_plan",
        "save_new_plan",
        "get_plan",
        "list_clients_after_a_save",
        "search_clients",
        "search_clients_no_limit",
        "list_plans_of_a_client",
        "list_all_plans",
    ):
        row = results[key]
        print(f"{key:32} {row['p50_ms']:>8.1f}ms {row['p95_ms']:>8.1f}ms {row['max_ms']:>8.1f}ms {row['n']:>6}")
    for key, unit in (
        ("first_list_clients_ms", "ms (first listing after opening)"),
        ("generate_s", "s"),
        ("first_open_building_index_s", "s"),
        ("close_s", "s"),
        ("snapshot_s", "s"),
        ("snapshot_mb", "MB (zip)"),
        ("data_size_mb", "MB"),
        ("folder_size_mb", "MB (with backups)"),
        ("open_memory_mb", "MB (traced, opening)"),
        ("peak_rss_mb", "MB (peak RSS, whole run)"),
    ):
        print(f"{key:32} {results[key]:>10} {unit}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=10_000)
    parser.add_argument("--plans-per-client", type=int, default=10)
    parser.add_argument("--saves", type=int, default=300, help="how many plan saves to time (at least 200)")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--dir", type=Path, help="build the data set here (default: a temporary folder)")
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    options = parser.parse_args(argv)
    if options.clients < 1 or options.plans_per_client < 1:
        parser.error("--clients and --plans-per-client must be at least 1")
    if options.saves < 200:
        parser.error("--saves must be at least 200 for a meaningful p95")
    if options.dir:
        folder = options.dir
        if folder.exists() and any(folder.iterdir()):
            parser.error(f"{folder} is not empty; give an empty or new folder")
        results = run(options.clients, options.plans_per_client, options.saves, options.seed, folder)
    else:
        with tempfile.TemporaryDirectory(prefix="bench-storage-") as temp:
            results = run(options.clients, options.plans_per_client, options.saves, options.seed, Path(temp) / "d")
            shutil.rmtree(Path(temp) / "d", ignore_errors=True)
    print_table(results)
    if options.json:
        options.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
