"""Crash during save: a designer process is killed with SIGKILL at random moments, more than 200 times.

The child saves clients and plans in a loop (new plans, edits, plans moved between clients, notes of
up to 12,000 characters so that writes take a while) and prints every save *after* ``save_*`` has
returned.  The parent kills it at random moments: mostly while it saves, sometimes while it is still
opening the data (when the store itself tidies up after the previous kill).  After each round the
data folder must open without any "damaged" notice, and every save that had returned must be there,
byte for byte (or replaced by one later save that the child had no time to report).
"""

from __future__ import annotations

import hashlib
import json
import random
import signal
import subprocess
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest

from designer.storage import Store

from .conftest import PYTHON, REPO, child_env

ROUNDS = 5
KILLS_PER_ROUND = 42  # 210 kills in all

CHILD = textwrap.dedent(
    """
    import hashlib, json, random, sys
    from dataclasses import replace
    from designer.domain import Client, Plan, PlanItem, Prescription, Range, Side, Stage
    from designer.storage import Store

    EXERCISES = ["glute-bridge", "bird-dog", "dead-bug", "sit-to-stand", "suitcase-carry", "hip-hinge",
                 "step-up", "pallof-press", "farmers-carry", "hip-thrust"]

    def digest(data):
        return hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:20]

    data_dir, seed = sys.argv[1], int(sys.argv[2])
    rng = random.Random(seed)
    store = Store.open(data_dir, wait=30, require_write=True)
    clients = [c.id for c in store.list_clients()]
    plans = [p.id for p in store.list_plans()]
    print("ready", flush=True)

    def items(n):
        stage = Stage("Stability", weeks="1-2", goal="Move without fear", id="s1")
        chosen = rng.sample(EXERCISES, rng.randint(1, 8))
        made = tuple(PlanItem(e, Prescription(sets=rng.randint(1, 5), reps=Range.single(rng.randint(5, 15)),
                                              side=rng.choice(list(Side))),
                              stage_id=rng.choice(["", "s1"]), note=f"note {n} " + "é" * rng.randint(0, 50))
                     for e in chosen)
        return (stage,), made

    n = 0
    while True:
        n += 1
        version = f"v{seed:06d}-{n:08d}"  # sorts in save order across every child
        roll = rng.random()
        if len(clients) < 3 or (roll < 0.06 and len(clients) < 30):
            client = store.save_client(Client(f"Client {seed}-{n}", phone="0400 000 000", notes=version))
            clients.append(client.id)
            print("client", client.id, version, digest(client.to_dict()), flush=True)
            continue
        if roll < 0.10:
            old = store.get_client(rng.choice(clients))
            client = store.save_client(replace(old, name=f"Renamed {seed}-{n}", notes=version))
            print("client", client.id, version, digest(client.to_dict()), flush=True)
            continue
        long_notes = version + " " + "x" * rng.choice([0, 100, 3000, 12000])
        stages, made = items(n)
        if not plans or (roll < 0.30 and len(plans) < 150):
            plan = Plan(f"Plan {seed}-{n}", client_id=rng.choice(clients + [""]), stages=stages, items=made,
                        notes=long_notes)
        else:
            plan = replace(store.get_plan(rng.choice(plans)), stages=stages, items=made, notes=long_notes)
            if roll > 0.85:  # a move to another client touches two files: the riskiest save
                plan = replace(plan, client_id=rng.choice(clients + [""]))
        saved = store.save_plan(plan)
        if saved.id not in plans:
            plans.append(saved.id)
        print("plan", saved.id, saved.revision, saved.client_id or "-", digest(saved.to_dict()), flush=True)
    """
)


def digest(data: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:20]


class Promises:
    """Every save the child reported as returned: the latest one for each plan and client."""

    def __init__(self) -> None:
        self.plans: dict[str, tuple[int, str, str]] = {}  # id -> (revision, client id, digest)
        self.clients: dict[str, tuple[str, str]] = {}  # id -> (version, digest)

    def take(self, output: str) -> int:
        """Read a child's output; returns how many saves it reported.  A line cut by the kill is ignored."""
        lines = output.split("\n")[:-1]  # the part after the last newline was not finished
        count = 0
        for line in lines:
            parts = line.split()
            if parts[:1] == ["plan"] and len(parts) == 5:
                _, plan_id, revision, client_id, plan_digest = parts
                known = self.plans.get(plan_id)
                if known is None or int(revision) > known[0]:
                    self.plans[plan_id] = (int(revision), "" if client_id == "-" else client_id, plan_digest)
                count += 1
            elif parts[:1] == ["client"] and len(parts) == 4:
                _, client_id, version, client_digest = parts
                known_client = self.clients.get(client_id)
                if known_client is None or version > known_client[0]:
                    self.clients[client_id] = (version, client_digest)
                count += 1
        return count


def kill_at_a_random_moment(data_dir: Path, seed: int, rng: random.Random) -> str:
    """Start a designer that saves in a loop, SIGKILL it at a random moment, return what it reported."""
    child = subprocess.Popen(
        [PYTHON, "-c", CHILD, str(data_dir), str(seed)],
        cwd=REPO,
        env=child_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    output = ""
    if rng.random() < 0.12:
        time.sleep(rng.uniform(0.0, 0.12))  # while it starts or opens the data (and repairs after the last kill)
    else:
        output = child.stdout.readline()
        assert output == "ready\n", f"the child did not start: {output!r} {child.stderr.read() if child.stderr else ''}"
        # Kill after a random number of reported saves, then a moment more so the kill lands inside a save:
        # counted, not timed, so a slow or busy machine makes the same amount of work as a fast one.
        for _ in range(rng.randint(0, 16)):
            output += child.stdout.readline()
        time.sleep(rng.uniform(0.0, 0.02))
    alive = child.poll() is None
    child.send_signal(signal.SIGKILL)
    rest, errors = child.communicate(timeout=30)
    assert alive, f"the child stopped by itself: {errors}"
    assert child.returncode == -signal.SIGKILL
    return output + rest


def check_promises(data_dir: Path, promises: Promises) -> None:
    """Open the data as the next start of the designer would, and check every promised save."""
    for path in (data_dir / "clients").glob("*.json"):
        json.loads(path.read_bytes())  # never a half-written data file
    with Store.open(data_dir) as store:
        assert not store.read_only
        assert not [notice for notice in store.notice_texts if "damaged" in notice.lower()], store.notice_texts
        listed = [summary.id for summary in store.list_plans()]
        assert len(listed) == len(set(listed)), "a plan is listed twice"
        listed_set = set(listed)
        for plan_id, (revision, client_id, plan_digest) in promises.plans.items():
            assert plan_id in listed_set, f"plan {plan_id} (revision {revision}) was saved but is not listed"
            kept = store.get_plan(plan_id)
            # The child may have saved this plan once more without having time to say so; never less.
            assert kept.revision >= revision, (plan_id, kept.revision, revision)
            if kept.revision == revision:
                assert digest(kept.to_dict()) == plan_digest, f"plan {plan_id} is not as it was saved"
                assert kept.client_id == client_id
            assert plan_id in {p.id for p in store.list_plans(kept.client_id)}
        listed_clients = {summary.id for summary in store.list_clients()}
        for client_id, (version, client_digest) in promises.clients.items():
            assert client_id in listed_clients, f"client {client_id} was saved but is not listed"
            kept_client = store.get_client(client_id)
            assert kept_client.notes >= version, (client_id, kept_client.notes, version)
            if kept_client.notes == version:
                assert digest(kept_client.to_dict()) == client_digest
    assert not list((data_dir / "clients").glob(".*.tmp")), "opening clears temporary files of cut-short saves"


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
def test_killed_at_random_moments_every_returned_save_is_kept(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    rng = random.Random(20260307)
    promises = Promises()
    kills = 0
    reported = 0
    for round_number in range(ROUNDS):
        for kill in range(KILLS_PER_ROUND):
            output = kill_at_a_random_moment(data_dir, round_number * 1000 + kill, rng)
            reported += promises.take(output)
            kills += 1
        check_promises(data_dir, promises)
    assert kills >= 200
    # The kills must have landed among real saves, or the test proves nothing.
    assert reported > 1000 and len(promises.plans) > 50 and len(promises.clients) >= 3
