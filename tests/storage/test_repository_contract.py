"""The Repository contract: what every store behind ``designer.storage.repository.Repository`` must do.

Parametrised over the implementations, so a second store (PostgreSQL, for several desks) plugs into the same
tests.  Only the interface is used here: no folder, no file, nothing of one store's insides.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from postgres_server import fresh_database_url

from designer.domain import Client, Clinic, Plan, PlanItem, Prescription, Range, SentRecord, Stage
from designer.library import Library
from designer.storage import ConflictError, NotFoundError, Store, StoreError
from designer.storage.postgres import PostgresRepository
from designer.storage.repository import PictureKind, Repository

OpenRepository = Callable[[Path], Repository]

IMPLEMENTATIONS: dict[str, OpenRepository] = {
    "tinydb-folder": lambda folder: Store.open(folder / "data"),
    # A fresh database on a real server (skipped, with the reason, when none can be started): tests/postgres_server.py
    "postgres": lambda folder: PostgresRepository.open(fresh_database_url(), local_folder=folder / "desk", set_up=True),
}


@pytest.fixture(params=sorted(IMPLEMENTATIONS))
def repository(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Repository]:
    opened = IMPLEMENTATIONS[request.param](tmp_path)
    yield opened
    opened.close()


def a_plan(client_id: str = "", *exercise_ids: str, title: str = "Strong for the garden") -> Plan:
    stage = Stage("Stability", weeks="1–2", id="s1")
    items = tuple(PlanItem(e, Prescription(sets=3, reps=Range.single(10)), stage_id="s1") for e in exercise_ids)
    return Plan(title=title, client_id=client_id, stages=(stage,), items=items)


def test_it_is_a_repository(repository: Repository) -> None:
    assert isinstance(repository, Repository)
    assert not repository.read_only
    assert list(repository.notices) == []
    assert repository.location


def test_clients_round_trip_list_search_and_archive(repository: Repository) -> None:
    margaret = repository.save_client(Client("Margaret Ellis", email="margaret@example.com", phone="07700 900123"))
    zoe = repository.save_client(Client("Zoë Łukasiewicz"))
    assert repository.get_client(margaret.id) == margaret
    assert [c.name for c in repository.list_clients()] == ["Margaret Ellis", "Zoë Łukasiewicz"]
    assert [c.id for c in repository.search_clients("zoe")] == [zoe.id]  # accents folded
    assert [c.id for c in repository.search_clients("900 123")] == [margaret.id]  # phone however spaced
    repository.save_client(replace(zoe, archived=True))
    assert [c.id for c in repository.list_clients()] == [margaret.id]
    assert [c.id for c in repository.list_clients(archived=True)] == [zoe.id]
    assert repository.search_clients("zoe") == [] and len(repository.search_clients("zoe", archived=True)) == 1
    repository.delete_client(margaret.id)
    with pytest.raises(NotFoundError):
        repository.get_client(margaret.id)


def test_a_plan_saves_with_rising_revisions_and_a_stale_save_is_refused(repository: Repository) -> None:
    client = repository.save_client(Client("Margaret Ellis"))
    first = repository.save_plan(a_plan(client.id, "glute-bridge"))
    assert first.revision == 1
    second = repository.save_plan(replace(first, title="Back to the garden"))
    assert second.revision == 2 and repository.get_plan(first.id).title == "Back to the garden"
    with pytest.raises(ConflictError) as refused:
        repository.save_plan(replace(first, title="An edit made on the old copy"))
    assert refused.value.stored_revision == 2 and refused.value.your_revision == 1
    assert "changed elsewhere" in refused.value.message
    assert repository.get_plan(first.id).title == "Back to the garden"  # nothing overwritten


def test_a_clients_conditions_with_precautions_are_kept_and_changed(repository: Repository) -> None:
    arthur = repository.save_client(Client("Arthur Penn", conditions=("hip-replacement-posterior", "osteoporosis")))
    assert repository.get_client(arthur.id).conditions == ("hip-replacement-posterior", "osteoporosis")
    repository.save_client(replace(arthur, conditions=()))
    assert repository.get_client(arthur.id).conditions == ()


def test_plans_list_newest_first_by_client_and_unassigned(repository: Repository) -> None:
    client = repository.save_client(Client("Margaret Ellis"))
    older = repository.save_plan(a_plan(client.id, title="First steps"))
    newer = repository.save_plan(a_plan(client.id, title="Next steps"))
    loose = repository.save_plan(a_plan("", title="No client yet"))
    listed = repository.list_plans(client.id)
    assert {p.id for p in listed} == {newer.id, older.id}
    assert [p.updated for p in listed] == sorted((p.updated for p in listed), reverse=True)  # newest first
    assert [p.id for p in repository.list_plans("")] == [loose.id]
    assert {p.id for p in repository.list_plans()} == {older.id, newer.id, loose.id}
    assert len(repository.list_plans(limit=1)) == 1
    repository.delete_plan(older.id)
    with pytest.raises(NotFoundError):
        repository.get_plan(older.id)


def test_which_plans_use_an_exercise(repository: Repository) -> None:
    client = repository.save_client(Client("Margaret Ellis"))
    bridge = repository.save_plan(a_plan(client.id, "glute-bridge", "bird-dog", title="Bridges"))
    repository.save_plan(a_plan("", "bird-dog", title="Birds"))
    assert [p.id for p in repository.plans_using_exercise("glute-bridge")] == [bridge.id]
    assert len(repository.plans_using_exercise("bird-dog")) == 2
    assert repository.plans_using_exercise("dead-bug") == []


def test_sent_log_and_clinic_profile(repository: Repository) -> None:
    client = repository.save_client(Client("Margaret Ellis"))
    record = SentRecord("2026-12-03T10:00:00+00:00", "m@example.com", "p1", "Bridges", 2, "smtp", "Bridges.pdf")
    repository.record_sent(client.id, record)
    assert repository.sent_log(client.id) == [record]
    clinic = repository.save_clinic(Clinic(name="Springback Rehab", phone="01632 960 123"))
    assert repository.get_clinic().name == "Springback Rehab" and clinic.phone == "01632 960 123"


def test_the_clinics_own_exercises_and_templates(repository: Repository) -> None:
    own = Library().copy_for_clinic("glute-bridge", "Glute Bridge on a Cushion")
    repository.save_exercise(own)
    assert [e.id for e in repository.list_custom_exercises()] == [own.id]
    repository.delete_exercise(own.id)
    assert repository.list_custom_exercises() == []
    template_id = repository.save_template("Hips", a_plan("", "glute-bridge"))
    assert repository.list_saved_templates() == [(template_id, "Hips")]
    assert repository.get_saved_template(template_id).exercise_ids() == ["glute-bridge"]
    repository.delete_template(template_id)
    assert repository.list_saved_templates() == []


def test_pictures_are_kept_by_content(repository: Repository) -> None:
    name = repository.put_picture(PictureKind.PHOTO, b"\xff\xd8 a photo", ".jpg")
    assert repository.put_picture(PictureKind.PHOTO, b"\xff\xd8 a photo", ".jpg") == name  # same bytes, same name
    assert repository.get_picture(PictureKind.PHOTO, name) == b"\xff\xd8 a photo"
    assert repository.get_picture(PictureKind.LOGO, name) is None  # kinds are kept apart
    logo = repository.put_picture(PictureKind.LOGO, b"\x89PNG a logo", ".png")
    assert logo != name and repository.get_picture(PictureKind.LOGO, logo) == b"\x89PNG a logo"
    for hostile in ("../clients/x.json", "/etc/passwd", "", "abc.jpg"):
        assert repository.get_picture(PictureKind.PHOTO, hostile) is None
    with pytest.raises(ValueError):
        repository.put_picture(PictureKind.PHOTO, b"x", ".exe")


def test_the_outbox_keeps_a_handout_until_it_is_sent(repository: Repository) -> None:
    outbox = repository.outbox()
    entry = outbox.add(b"%PDF-1.4 handout", "Bridges.pdf", "m@example.com", "Your plan", "Hello", "p1", 1, "c1")
    assert [waiting.id for waiting in repository.outbox().pending()] == [entry.id]


def test_an_import_adds_clients_and_plans_in_one_step(repository: Repository) -> None:
    here = repository.save_client(Client("Margaret Ellis"))
    kept = repository.save_plan(a_plan(here.id, title="Already here"))
    newcomer = Client("Ann Lee", email="ann@example.com")
    plans = [a_plan(newcomer.id, title="For Ann"), a_plan(here.id, title="For Margaret"), a_plan("", title="Loose")]
    saved = repository.import_plans([newcomer], plans)
    assert [p.title for p in saved] == ["For Ann", "For Margaret", "Loose"] and all(p.revision == 1 for p in saved)
    assert repository.get_client(newcomer.id) == newcomer
    assert [p.title for p in repository.list_plans(newcomer.id)] == ["For Ann"]
    assert {p.title for p in repository.list_plans(here.id)} == {"Already here", "For Margaret"}
    assert [p.title for p in repository.list_plans("")] == ["Loose"]
    assert repository.get_plan(kept.id) == kept


def test_an_import_with_any_problem_writes_nothing(repository: Repository) -> None:
    here = repository.save_client(Client("Margaret Ellis"))
    kept = repository.save_plan(a_plan(here.id, title="Already here"))
    newcomer = Client("Ann Lee")
    for clients, plans, refusal in (
        ([newcomer], [a_plan(newcomer.id), a_plan("nobody-here")], NotFoundError),  # a client in neither
        ([newcomer], [a_plan(newcomer.id), kept], ConflictError),  # a plan id already here
        ([newcomer, here], [a_plan(newcomer.id)], StoreError),  # a client already here
    ):
        with pytest.raises(refusal):
            repository.import_plans(clients, plans)
        assert [c.id for c in repository.list_clients()] == [here.id]
        assert [p.id for p in repository.list_plans()] == [kept.id]


def test_erasing_a_client_takes_their_plans_sent_log_and_outbox_items_and_leaves_a_record(
    repository: Repository,
) -> None:
    grace = repository.save_client(Client("Grace Hopper", email="grace@example.com"))
    ada = repository.save_client(Client("Ada Lovelace"))
    plan = repository.save_plan(a_plan(grace.id, title="Grace's plan"))
    kept = repository.save_plan(a_plan(ada.id, title="Ada's plan"))
    repository.record_sent(
        grace.id, SentRecord("2026-03-03T10:00:00+00:00", grace.email, plan.id, plan.title, 1, "smtp")
    )
    repository.outbox().add(b"%PDF-1.4 x", "h.pdf", grace.email, "Your plan", "Hi", plan.id, 1, grace.id)
    record = repository.erase_client(grace.id)
    assert record.client_id == grace.id and repository.erasures() == [record]
    with pytest.raises(NotFoundError):
        repository.get_client(grace.id)
    with pytest.raises(NotFoundError):
        repository.get_plan(plan.id)
    assert [c.id for c in repository.list_clients()] == [ada.id]
    assert [p.id for p in repository.list_plans()] == [kept.id]
    assert repository.outbox().pending() == []
    with pytest.raises(NotFoundError):
        repository.erase_client(grace.id)
