"""Exporting plans as files, the one way the command line and the window both use: what goes in, and what
comes back when the file is imported elsewhere."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from designer.library import Library
from designer.storage import NotFoundError, Store
from designer.workflows import WorkflowError, clients, importing, plans
from designer.workflows.exporting import export_plans, plans_to_export, with_clients


@pytest.fixture
def repository(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "data")
    yield opened
    opened.close()


def test_each_choice_exports_what_it_names_and_imports_back_whole(repository: Store, tmp_path: Path) -> None:
    library = Library()
    margaret = clients.add_client(repository, "Margaret Ellis", email="margaret@example.com")
    david = clients.add_client(repository, "David O'Connor")
    first = plans.start_plan(repository, library, margaret.id, template="at-home-strength")
    second = plans.start_plan(repository, library, margaret.id, template="hip-mobility")
    third = plans.start_plan(repository, library, david.id, template="at-home-strength")

    def exported(**choice: str) -> list[tuple[str, str]]:
        path = tmp_path / "out.json"
        count = export_plans(plans_to_export(repository, library, **choice), path)
        document = json.loads(path.read_text(encoding="utf-8"))
        listed = document.get("plans", [document])
        assert count == len(listed)
        return sorted((entry["id"], (entry.get("client") or {}).get("name", "")) for entry in listed)

    assert exported(plan_id=first.id) == [(first.id, "Margaret Ellis")]
    assert exported(client_id=margaret.id) == sorted([(first.id, "Margaret Ellis"), (second.id, "Margaret Ellis")])
    assert exported() == sorted(
        [(first.id, "Margaret Ellis"), (second.id, "Margaret Ellis"), (third.id, "David O'Connor")]
    )
    path = tmp_path / "template.json"
    assert export_plans(plans_to_export(repository, library, template="at-home-strength"), path) == 1
    assert json.loads(path.read_text())["template"]["id"] == "at-home-strength"

    # Everything comes back in an empty data folder, clients and all.
    everything = tmp_path / "everything.json"
    export_plans(plans_to_export(repository, library), everything)
    with Store.open(tmp_path / "elsewhere") as fresh:
        done = importing.import_file(everything, fresh, library)
        assert len(done.plans) == 3 and len(done.new_clients) == 2
        assert sorted(plan.id for plan in done.plans) == sorted([first.id, second.id, third.id])


def test_nothing_to_export_is_said_in_words(repository: Store, tmp_path: Path) -> None:
    library = Library()
    with pytest.raises(WorkflowError, match="no plans to export yet"):
        plans_to_export(repository, library)
    aisha = clients.add_client(repository, "Aisha Khan")
    with pytest.raises(WorkflowError, match="Aisha Khan has no plans"):
        plans_to_export(repository, library, client_id=aisha.id)
    with pytest.raises(NotFoundError):
        plans_to_export(repository, library, plan_id="no-such-plan")
    assert not (tmp_path / "out.json").exists()


def test_a_plan_in_hand_is_exported_with_the_client_given(repository: Store, tmp_path: Path) -> None:
    library = Library()
    margaret = clients.add_client(repository, "Margaret Ellis")
    plan = plans.start_plan(repository, library, margaret.id, template="at-home-strength")
    entries = with_clients([plan], repository, margaret)
    assert [(entry.plan.id, entry.client) for entry in entries] == [(plan.id, margaret)]
    blocked = tmp_path / "a-file"
    blocked.write_text("a file where the export's folder should be")
    with pytest.raises(ValueError):
        export_plans(entries, blocked / "plan.json")
