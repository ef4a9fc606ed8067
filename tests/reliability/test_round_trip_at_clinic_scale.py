"""``export --all`` of a clinic's ten years (100,000 plans) imports back into an empty folder, whole.

The data set is written directly in the store's format by the storage benchmark's generator (fast, real
``Plan.to_dict()`` records), then goes out and back in through the command line.  Slow (minutes on two
cores), so marked; CI runs it.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from designer import cli
from designer.storage import Store

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from bench_storage import generate

PLANS, PER_CLIENT = 100_000, 10


@pytest.mark.slow
def test_export_all_of_100000_plans_imports_back_whole(tmp_path: Path) -> None:
    client_ids, plan_ids = generate(tmp_path / "clinic", PLANS // PER_CLIENT, PER_CLIENT, seed=11)
    out = tmp_path / "everything.json"
    assert cli.run(["export", "--all", "--out", str(out), "--data-dir", str(tmp_path / "clinic")], io.StringIO()) == 0
    assert out.stat().st_size > 100_000_000  # far over the old 5 MB cap
    assert out.stat().st_mode & 0o777 == 0o600
    printed = io.StringIO()
    assert cli.run(["import", str(out), "--data-dir", str(tmp_path / "empty")], printed) == 0
    assert printed.getvalue().startswith(f"Imported {PLANS} plans, {len(client_ids)} new clients.")
    with Store.open(tmp_path / "empty") as store, Store.open(tmp_path / "clinic", read_only=True) as original:
        assert {summary.id for summary in store.list_plans()} == set(plan_ids)
        assert {summary.id for summary in store.list_clients()} == set(client_ids)
        for plan_id in plan_ids[:: PLANS // 50]:  # a sample, read back in full
            back, before = store.get_plan(plan_id), original.get_plan(plan_id)
            assert (back.title, back.items, back.stages, back.client_id) == (
                before.title,
                before.items,
                before.stages,
                before.client_id,
            )
