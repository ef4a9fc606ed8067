"""How fast the shared PostgreSQL store is at a clinic's ten-year size: 10,000 clients and 100,000 plans, on loopback.

    python benchmarks/bench_postgres.py [--database URL] [--clients 10000] [--plans-per-client 10] [--json FILE]

Uses the server at ``--database`` (or ``PROGRAMME_DESIGNER_TEST_DATABASE``), else starts a throwaway one with
``.ci/postgres start`` and stops it afterwards.  Makes a fresh database, sets it up with the designer's
migrations, and loads the data set (the same realistic plans as ``bench_storage.py``, through the store's own row
format) in one transaction.  Then it measures through ``PostgresRepository``: opening, saving a plan (p50/p95
over at least 200 saves of existing plans, and new plans), listing and searching clients, listing plans, reading
a plan; and two processes saving the same plan 1,000 times each at once, each reloading and redoing its edit on
a conflict, to show that no update is lost.  Targets from issue 18: save p95 <= 20 ms, list and search <= 50 ms,
open <= 1 s, no lost update.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import psycopg  # noqa: E402
from bench_storage import FIRST, LAST, TITLES, a_plan  # noqa: E402
from psycopg.conninfo import conninfo_to_dict, make_conninfo  # noqa: E402

from designer.domain import Client, Plan  # noqa: E402
from designer.storage import ConflictError  # noqa: E402
from designer.storage.postgres import PostgresRepository  # noqa: E402

SCRIPT = ROOT / ".ci" / "postgres"
COUNTER = re.compile(r"desk (\w+): (\d+)")


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def summary(values: list[float]) -> dict[str, float]:
    return {"p50_ms": statistics.median(values), "p95_ms": percentile(values, 0.95), "n": len(values)}


def timed(action: Callable[[], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return times


def load(repository: PostgresRepository, clients: int, plans_per_client: int, seed: int) -> list[str]:
    """The data set, in one transaction; returns the plan ids."""
    rng = random.Random(seed)
    models = [Plan.from_dict(a_plan(rng, "", number)) for number in range(64)]
    plan_ids: list[str] = []
    with repository._transaction(what="the benchmark data") as cur:
        client_rows, plan_rows = [], []
        for number in range(clients):
            client = Client(
                f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                email=f"client{number}@example.com",
                phone=f"04{number:08d}",
                id=f"c{number:011x}",
            )
            client_rows.append(repository._client_row(client))
            for n in range(1, plans_per_client + 1):
                serial = number * plans_per_client + n
                month, day = 1 + serial % 12, 1 + serial % 28
                plan = replace(
                    rng.choice(models),
                    id=f"p{serial:011x}",
                    client_id=client.id,
                    title=f"{rng.choice(TITLES)} {n}",
                    created=f"20{16 + serial % 10}-{month:02d}-{day:02d}T09:00:00+00:00",
                    updated=f"20{16 + serial % 10}-{month:02d}-{day:02d}T1{serial % 10}:{serial % 60:02d}:00+00:00",
                    revision=1 + serial % 7,
                )
                plan_rows.append(repository._plan_row(plan))
                plan_ids.append(plan.id)
        cur.executemany(
            "INSERT INTO clients (id, doc, schema_version, name, name_key, search_text, phone_digits, archived)"
            " VALUES (%s, %s, %s, %s, %s, %s, %s, %s)",
            client_rows,
        )
        cur.executemany(
            "INSERT INTO plans (id, client_id, doc, schema_version, title, updated, revision, exercise_count,"
            " exercise_ids) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)",
            plan_rows,
        )
        cur.execute(
            "UPDATE clients c SET plan_count = f.n, last_plan_updated = f.newest FROM"
            " (SELECT client_id, count(*) AS n, max(updated) AS newest FROM plans GROUP BY client_id) f"
            " WHERE f.client_id = c.id"
        )
    with repository._transaction() as cur:
        cur.execute("ANALYZE")
    return plan_ids


def desk_saves(url: str, plan_id: str, desk: str, saves: int, folder: str) -> None:
    """One process: ``saves`` times, bump this desk's counter in the plan's notes, redoing it after a conflict."""
    repository = PostgresRepository.open(url, local_folder=Path(folder) / desk)
    conflicts = 0
    for _ in range(saves):
        while True:
            plan = repository.get_plan(plan_id)
            counts = dict(COUNTER.findall(plan.notes))
            counts[desk] = str(int(counts.get(desk, "0")) + 1)
            notes = "\n".join(f"desk {name}: {value}" for name, value in sorted(counts.items()))
            try:
                repository.save_plan(replace(plan, notes=notes))
                break
            except ConflictError:
                conflicts += 1
    repository.close()
    print(json.dumps({"desk": desk, "conflicts": conflicts}))


def two_desks(url: str, plan_id: str, saves: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="bench-desks-") as folder:
        start = PostgresRepository.open(url, local_folder=Path(folder) / "start")
        before = start.get_plan(plan_id)
        start.save_plan(replace(before, notes=""))
        began = time.perf_counter()
        desks = [
            subprocess.Popen(
                [sys.executable, __file__, "--desk", url, plan_id, desk, str(saves), folder],
                stdout=subprocess.PIPE,
                text=True,
            )
            for desk in ("a", "b")
        ]
        said = []
        for process in desks:
            out, _ = process.communicate()
            if process.returncode != 0:
                raise SystemExit(f"a desk's process failed (exit {process.returncode})")
            said.append(json.loads(out))
        seconds = time.perf_counter() - began
        after = start.get_plan(plan_id)
        start.close()
    counts = {name: int(value) for name, value in COUNTER.findall(after.notes)}
    return {
        "saves_each": saves,
        "counted": counts,
        "conflicts": {entry["desk"]: entry["conflicts"] for entry in said},
        "revisions_added": after.revision - before.revision - 1,
        "no_lost_update": counts == {"a": saves, "b": saves} and after.revision - before.revision - 1 == 2 * saves,
        "wall_s": seconds,
    }


def run(url: str, clients: int, plans_per_client: int, saves: int, seed: int) -> dict[str, Any]:
    results: dict[str, Any] = {"clients": clients, "plans": clients * plans_per_client}
    with tempfile.TemporaryDirectory(prefix="bench-postgres-") as desk:
        repository = PostgresRepository.open(url, local_folder=Path(desk), set_up=True)
        started = time.perf_counter()
        plan_ids = load(repository, clients, plans_per_client, seed)
        results["generate_s"] = time.perf_counter() - started
        repository.close()
        results["open"] = summary(timed(lambda: PostgresRepository.open(url, local_folder=Path(desk)).close(), 10))
        repository = PostgresRepository.open(url, local_folder=Path(desk))
        rng = random.Random(seed)
        chosen = rng.sample(plan_ids, min(saves, len(plan_ids)))  # each read once: a second save would be stale
        plans = [repository.get_plan(plan_id) for plan_id in chosen]
        edits = iter(replace(plan, notes=plan.notes + " (checked)") for plan in plans)
        results["save_plan"] = summary(timed(lambda: repository.save_plan(next(edits)), len(plans)))
        client_ids = [rng.choice(plans).client_id for _ in range(100)]
        news = iter(replace(plans[0], id=uuid.uuid4().hex, client_id=c, revision=0) for c in client_ids)
        results["save_new_plan"] = summary(timed(lambda: repository.save_plan(next(news)), len(client_ids)))
        results["get_plan"] = summary(timed(lambda: repository.get_plan(rng.choice(plan_ids)), 200))
        # Reading the whole list from the server: what the first listing, and the first after any change, costs.
        results["list_clients_from_server"] = summary(timed(lambda: repository._read_client_list(False), 20))
        # The window lists again and again: from the second listing the desk listens for changes and keeps the list.
        repository.list_clients()
        repository.list_clients()
        deadline = time.monotonic() + 30
        while not repository._client_lists._connected and time.monotonic() < deadline:
            time.sleep(0.05)
        results["list_clients"] = summary(timed(repository.list_clients, 50))
        results["list_clients_first_200"] = summary(timed(lambda: repository.list_clients(200), 50))
        words = ["smi", "zoë", "garcía", "ing", "client12", "0400001", "xyz"]
        results["search_clients"] = summary(timed(lambda: repository.search_clients(rng.choice(words)), 100))
        results["search_clients_no_limit"] = summary(
            timed(lambda: repository.search_clients(rng.choice(words), None), 50)
        )
        results["list_plans_of_a_client"] = summary(timed(lambda: repository.list_plans(rng.choice(client_ids)), 100))
        results["list_newest_plans_200"] = summary(timed(lambda: repository.list_plans(limit=200), 50))
        results["plans_using_exercise"] = summary(timed(lambda: repository.plans_using_exercise("bird-dog"), 10))
        repository.close()
        results["two_desks"] = two_desks(url, plan_ids[0], 1000 if saves >= 200 else 100)
    return results


def fresh_database(server: str) -> tuple[str, str]:
    name = f"designer_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    parts = conninfo_to_dict(server)
    parts["dbname"] = name
    return make_conninfo(**parts), name


def to_url(conninfo: str) -> str:
    parts = conninfo_to_dict(conninfo)
    where = f"{parts.get('host', '127.0.0.1')}:{parts.get('port', 5432)}"
    return f"postgresql://{parts.get('user', '')}@{where}/{parts['dbname']}"


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["--desk"]:
        url, plan_id, desk, saves, folder = args[1:6]
        desk_saves(url, plan_id, desk, int(saves), folder)
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", help="a server to use (default: PROGRAMME_DESIGNER_TEST_DATABASE, or start one)")
    parser.add_argument("--clients", type=int, default=10_000)
    parser.add_argument("--plans-per-client", type=int, default=10)
    parser.add_argument("--saves", type=int, default=300, help="how many plan saves to time (at least 200)")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    options = parser.parse_args(args)
    server = options.database or os.environ.get("PROGRAMME_DESIGNER_TEST_DATABASE", "")
    started_folder = ""
    if not server:
        started = subprocess.run(
            ["bash", str(SCRIPT), "start"],
            capture_output=True,
            text=True,
            check=False,
            env={**os.environ, "PG_DURABLE": "1"},  # fsync on: saves measured as a real server makes them
        )
        if started.returncode != 0:
            raise SystemExit(f"no PostgreSQL server could be started: {started.stderr.strip()}")
        server, started_folder = started.stdout.split()[:2]
    try:
        conninfo, name = fresh_database(server)
        results = run(to_url(conninfo), options.clients, options.plans_per_client, options.saves, options.seed)
        if not started_folder:
            with psycopg.connect(server, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
    finally:
        if started_folder:
            subprocess.run(["bash", str(SCRIPT), "stop", started_folder], capture_output=True, check=False)
    print_table(results)
    if options.json:
        options.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


def print_table(results: dict[str, Any]) -> None:
    scale = f"{results['clients']:,} clients, {results['plans']:,} plans"
    print(f"PostgreSQL store on loopback, {scale} (loaded in {results['generate_s']:.1f} s)")
    for key, value in results.items():
        if isinstance(value, dict) and "p95_ms" in value:
            print(f"  {key:<26} p50 {value['p50_ms']:8.2f} ms   p95 {value['p95_ms']:8.2f} ms   (n={value['n']})")
    desks = results["two_desks"]
    print(
        f"  two processes x {desks['saves_each']} saves: counted {desks['counted']}, conflicts {desks['conflicts']},"
        f" revisions added {desks['revisions_added']}, no lost update: {desks['no_lost_update']}"
        f" ({desks['wall_s']:.1f} s)"
    )


if __name__ == "__main__":
    raise SystemExit(main())
