"""A client's conditions with precautions: checked, kept in the client's record, and carried by the plan file."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from designer import interchange
from designer.domain import CONDITIONS, Client, Plan, ValidationError
from designer.library import Library
from designer.storage import Store
from designer.workflows.subject_access import export_client_data


def test_a_client_carries_known_conditions_in_the_order_given() -> None:
    client = Client("Arthur Penn", conditions=("knee-replacement", "osteoporosis"))
    assert client.conditions == ("knee-replacement", "osteoporosis")
    assert Client.from_dict(client.to_dict()) == client


def test_an_unknown_or_repeated_condition_is_refused_with_its_place() -> None:
    with pytest.raises(ValidationError) as caught:
        Client.from_dict({"name": "Arthur", "conditions": ["knee-replacement", "bad-knee", "knee-replacement"]})
    paths = {problem.path: problem.message for problem in caught.value.problems}
    assert set(paths) == {"conditions[1]", "conditions[2]"}
    assert '"bad-knee" is not one of' in paths["conditions[1]"] and "twice" in paths["conditions[2]"]
    with pytest.raises(ValidationError):
        Client("Arthur", conditions=("bad-knee",))


def test_a_client_without_conditions_is_written_as_before() -> None:
    """Files of clients without conditions stay byte for byte as older versions wrote them."""
    assert "conditions" not in Client("Ruth Okafor").to_dict()
    assert Client.from_dict({"name": "Ruth Okafor"}).conditions == ()


def test_conditions_are_saved_in_the_data_folder(tmp_path: Path) -> None:
    with Store.open(tmp_path / "data") as store:
        saved = store.save_client(Client("Arthur Penn", conditions=("hip-replacement-posterior",)))
    with Store.open(tmp_path / "data") as store:
        assert store.get_client(saved.id).conditions == ("hip-replacement-posterior",)


def test_the_plan_file_carries_the_clients_conditions_both_ways() -> None:
    library = Library([])
    client = Client("Arthur Penn", conditions=("shoulder-repair",))
    document = interchange.export_document([interchange.PlanEntry(Plan(title="Home"), client)])
    assert document["client"]["conditions"] == ["shoulder-repair"]
    entry = interchange.read_document(json.loads(json.dumps(document)), library)[0]
    assert entry.client is not None and entry.client.conditions == ("shoulder-repair",)
    document["client"]["conditions"] = ["shoulder-repiar"]
    with pytest.raises(ValidationError) as caught:
        interchange.read_document(document, library)
    assert [problem.path for problem in caught.value.problems] == ["client.conditions[0]"]


def test_subject_access_export_lists_the_conditions(tmp_path: Path) -> None:
    with Store.open(tmp_path / "data") as store:
        client = store.save_client(Client("Arthur Penn", conditions=("late-pregnancy",)))
        export_client_data(store, Library([]), client.id, tmp_path / "arthur.zip")
    with zipfile.ZipFile(tmp_path / "arthur.zip") as archive:
        assert json.loads(archive.read("client.json"))["conditions"] == ["late-pregnancy"]
        assert "conditions" in archive.read("README.txt").decode()


def test_every_condition_forbids_movements_the_designer_knows() -> None:
    from designer.domain import MOVEMENTS

    for condition in CONDITIONS.values():
        assert condition.forbids and set(condition.forbids) <= set(MOVEMENTS), condition.id
