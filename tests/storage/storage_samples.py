"""Sample records for the store's tests (imported by the test modules)."""

from __future__ import annotations

import datetime as dt

from designer.domain import Client, Plan, PlanItem, Prescription, Range, Side, Stage
from designer.storage import Store


def sample_plan(client_id: str = "", title: str = "Back care: stability first") -> Plan:
    """A plan using most of what a plan can hold: stages, ranges, holds, sides, notes, dates."""
    stability = Stage("Stability", weeks="1–2", goal="Move without fear", move_on_when="Ten easy bridges")
    strength = Stage("Strength", weeks="3–6")
    items = (
        PlanItem(
            "glute-bridge",
            Prescription(sets=3, reps=Range(10, 10), tempo="3-1-1"),
            stability.id,
            note="Press the floor with your arms",
        ),
        PlanItem("bird-dog", Prescription(sets=3, reps=Range(8, 8), side=Side.EACH), stability.id),
        PlanItem(
            "suitcase-carry", Prescription(sets=3, duration=Range(20, 30), side=Side.EACH, load="light"), strength.id
        ),
    )
    return Plan(
        title=title,
        client_id=client_id,
        therapist="Sam",
        stages=(stability, strength),
        items=items,
        notes="If a movement feels unsure, reduce the range or slow it down.",
        start_date=dt.date(2026, 3, 2),
        review_date=dt.date(2026, 4, 13),
    )


def add_client(store: Store, name: str = "Ada Lovelace", **fields: str) -> Client:
    return store.save_client(Client(name, **fields))
