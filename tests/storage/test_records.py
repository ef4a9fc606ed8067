"""Every kind of record goes in and comes back out the same, and lists and searches find the right ones."""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

import pytest
from storage_samples import add_client, sample_plan

import designer.domain.plan as plan_module
from designer.domain import (
    Client,
    Clinic,
    Exercise,
    Layout,
    PaperSize,
    Plan,
    Prescription,
    Range,
    SentRecord,
    ValidationError,
)
from designer.storage import ClientSummary, NotFoundError, Store, StoreError, client_file_name, template_id


def test_client_round_trip_survives_reopening(data_dir: Path) -> None:
    client = Client(
        "Zoë O'Brien-Søren",
        email="zoe@example.com",
        phone="+44 (0)20 7946 0018",
        notes="Line one\nLine two — with a dash, and emoji 💪",
    )
    with Store.open(data_dir) as store:
        assert store.save_client(client) == client
        assert store.get_client(client.id) == client
    with Store.open(data_dir) as store:
        assert store.get_client(client.id) == client
        assert store.list_clients() == [ClientSummary(client.id, client.name, client.email, client.phone, 0, "")]


def test_changing_a_client_keeps_their_plans(store: Store) -> None:
    client = add_client(store, "Ada Lovelace")
    saved = store.save_plan(sample_plan(client.id))
    store.save_client(replace(client, name="Ada King", email="ada@example.com"))
    assert store.get_client(client.id).name == "Ada King"
    assert store.get_plan(saved.id) == saved
    (summary,) = store.list_clients()
    assert (summary.name, summary.email, summary.plan_count) == ("Ada King", "ada@example.com", 1)


def test_plan_round_trip_with_stages_ranges_and_dates(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        client = add_client(store)
        plan = sample_plan(client.id)
        saved = store.save_plan(plan)
    assert saved.revision == plan.revision + 1
    assert saved.updated >= plan.updated
    assert replace(saved, updated=plan.updated, revision=plan.revision) == plan
    with Store.open(data_dir) as store:
        assert store.get_plan(plan.id) == saved


def test_every_save_moves_the_revision_on(store: Store) -> None:
    client = add_client(store)
    plan = sample_plan(client.id)
    for expected in (1, 2, 3):
        plan = store.save_plan(plan)
        assert plan.revision == expected
        assert store.get_plan(plan.id).revision == expected
    assert len(store.list_plans(client.id)) == 1


def test_a_plan_for_an_unknown_client_is_refused_clearly(store: Store) -> None:
    with pytest.raises(NotFoundError, match="Save the client first"):
        store.save_plan(sample_plan("nobody12345"))
    assert store.list_plans() == []


def test_plans_without_a_client_are_kept_apart(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        saved = store.save_plan(sample_plan("", title="Draft for the waiting list"))
        assert store.list_clients() == []  # the holder of unassigned plans is not a client
        (summary,) = store.list_plans("")
        assert (summary.client_id, summary.client_name, summary.title) == ("", "", "Draft for the waiting list")
    assert (data_dir / "clients" / "_unassigned.json").exists()
    with Store.open(data_dir) as store:
        assert store.get_plan(saved.id) == saved
        with pytest.raises(ValidationError, match="_unassigned"):
            store.save_client(Client("Sneaky", id="_unassigned"))


def test_moving_a_plan_to_another_client(store: Store) -> None:
    first, second = add_client(store, "First"), add_client(store, "Second")
    plan = store.save_plan(sample_plan(first.id))
    moved = store.save_plan(replace(plan, client_id=second.id))
    assert [p.id for p in store.list_plans(first.id)] == []
    assert [p.id for p in store.list_plans(second.id)] == [plan.id]
    assert store.get_plan(plan.id) == moved
    assert [c.plan_count for c in store.list_clients()] == [0, 1]


def test_list_plans_newest_first_with_client_names(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    # Saving stamps the time to the second; give each save its own minute to know the right order.
    minutes = iter(range(10, 60))
    monkeypatch.setattr(plan_module, "_now", lambda: f"2026-01-01T10:{next(minutes)}:00+00:00")
    ada, bo = add_client(store, "Ada"), add_client(store, "Bo")
    saved = [store.save_plan(sample_plan(client.id, title=f"Plan {n}")) for n, client in enumerate([ada, bo, ada, bo])]
    store.save_plan(saved[1])  # saving again makes it the newest
    assert [p.title for p in store.list_plans()] == ["Plan 1", "Plan 3", "Plan 2", "Plan 0"]
    assert [p.title for p in store.list_plans(ada.id)] == ["Plan 2", "Plan 0"]
    assert {p.client_name for p in store.list_plans(ada.id)} == {"Ada"}
    assert [p.title for p in store.list_plans(limit=2)] == ["Plan 1", "Plan 3"]
    assert store.list_plans("no-such-client") == []
    assert store.list_plans()[0].exercise_count == 3
    assert store.list_clients()[0].last_plan_updated == store.list_plans(ada.id)[0].updated


def test_clients_listed_by_name_ignoring_case_and_accents(store: Store) -> None:
    for name in ["émile Zola", "Anna", "bob", "Éa", "Zed", "adam"]:
        add_client(store, name)
    assert [c.name for c in store.list_clients()] == ["adam", "Anna", "bob", "Éa", "émile Zola", "Zed"]
    assert [c.name for c in store.list_clients(limit=2)] == ["adam", "Anna"]


def test_search_by_name_email_or_phone_ignoring_case_and_accents(store: Store) -> None:
    zoe = add_client(store, "Zoë Brontë", email="ZB@Example.com", phone="0412 345 678")
    add_client(store, "Zeb Smith", email="zeb@example.org", phone="020 7946 0018")
    add_client(store, "Ånne Ståhl")
    assert [c.id for c in store.search_clients("zoe bronte")] == [zoe.id]
    assert [c.id for c in store.search_clients("ZOË")] == [zoe.id]
    assert [c.name for c in store.search_clients("example")] == ["Zeb Smith", "Zoë Brontë"]
    assert [c.id for c in store.search_clients("zb@example")] == [zoe.id]
    assert [c.id for c in store.search_clients("0412345")] == [zoe.id]  # spacing of a number does not matter
    assert [c.id for c in store.search_clients("345 678")] == [zoe.id]
    assert [c.name for c in store.search_clients("anne stahl")] == ["Ånne Ståhl"]
    assert store.search_clients("nobody") == []
    assert len(store.search_clients("z", limit=1)) == 1
    assert len(store.search_clients("  ", limit=None)) == 3


def test_sent_log_newest_first(store: Store) -> None:
    client = add_client(store)
    plan = store.save_plan(sample_plan(client.id))
    records = [
        SentRecord(
            f"2026-03-0{day}T09:00:00+00:00",
            "ada@example.com",
            plan.id,
            plan.title,
            plan.revision,
            "smtp",
            file_name="plan.pdf",
            layout="detailed",
        )
        for day in (2, 5, 3)
    ]
    for record in records:
        store.record_sent(client.id, record)
    assert store.sent_log(client.id) == sorted(records, key=lambda r: r.sent_at, reverse=True)
    assert store.list_clients()[0].plan_count == 1
    with pytest.raises(NotFoundError):
        store.record_sent("nobody", records[0])
    store.record_sent("", records[0])  # a handout saved for a plan without a client
    assert store.sent_log("") == [records[0]]


def test_clinic_profile_default_then_saved(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        assert store.get_clinic() == Clinic()
        clinic = Clinic(
            name="Spring Back Rehab",
            colour="#123456",
            paper=PaperSize.LETTER,
            default_layout=Layout.LARGE_PRINT,
            booking_link="https://example.com/book",
        )
        store.save_clinic(clinic)
        store.save_clinic(replace(clinic, phone="020 7946 0018"))
    with Store.open(data_dir) as store:
        assert store.get_clinic() == replace(clinic, phone="020 7946 0018")


def test_clinic_exercises(data_dir: Path) -> None:
    exercise = Exercise(
        id="towel-row",
        name="Towel Row",
        category="Spine reloading",
        purpose="Pull with a straight back",
        equipment=("towel", "door"),
        steps=("Hold the towel", "Lean back", "Pull"),
        default=Prescription(sets=2, reps=Range(8, 12)),
        regressions=("wall-hip-hinge",),
        based_on="",
    )
    other = Exercise(id="an-easy-one", name="An Easy One", category="Breathing")
    with Store.open(data_dir) as store:
        store.save_exercise(exercise)
        store.save_exercise(other)
        store.save_exercise(replace(exercise, purpose="Pull, tall and steady"))
    with Store.open(data_dir) as store:
        assert store.list_custom_exercises() == [other, replace(exercise, purpose="Pull, tall and steady")]
        store.delete_exercise(other.id)
        assert [e.id for e in store.list_custom_exercises()] == ["towel-row"]
        with pytest.raises(NotFoundError, match="an-easy-one"):
            store.delete_exercise(other.id)


def test_saved_templates(data_dir: Path) -> None:
    plan = sample_plan("someone", title="Stage one")
    with Store.open(data_dir) as store:
        first = store.save_template("Back care – stage 1", plan)
        assert first == "back-care-stage-1"
        again = store.save_template("Back care – stage 1", replace(plan, notes="Changed"))
        assert again == first
        store.save_template("Über mobility", plan)
    with Store.open(data_dir) as store:
        assert store.list_saved_templates() == [
            ("back-care-stage-1", "Back care – stage 1"),
            ("uber-mobility", "Über mobility"),
        ]
        template = store.get_saved_template(first)
        assert template.client_id == ""  # a template belongs to nobody
        assert replace(template, client_id=plan.client_id) == replace(plan, notes="Changed")
        store.delete_template(first)
        with pytest.raises(NotFoundError):
            store.get_saved_template(first)
        with pytest.raises(ValidationError, match="name"):
            store.save_template("   ", plan)
    assert template_id("Ωμέγα").startswith("template-")


def test_deleting_a_client_removes_their_plans_but_keeps_a_copy(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        client = add_client(store)
        plan = store.save_plan(sample_plan(client.id))
        store.delete_client(client.id)
        assert store.list_clients() == []
        assert store.list_plans() == []
        with pytest.raises(NotFoundError, match="no plan"):
            store.get_plan(plan.id)
        with pytest.raises(NotFoundError, match="no client"):
            store.delete_client(client.id)
    deleted = list((data_dir / "backups" / "deleted").iterdir())
    assert len(deleted) == 1 and client.id in deleted[0].read_text(encoding="utf-8")
    with Store.open(data_dir) as store:
        assert store.list_clients() == []
        assert store.notice_texts == []


def test_deleting_a_plan(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        client = add_client(store)
        keep = store.save_plan(sample_plan(client.id, title="Keep"))
        drop = store.save_plan(sample_plan(client.id, title="Drop"))
        store.delete_plan(drop.id)
        with pytest.raises(NotFoundError):
            store.delete_plan(drop.id)
    with Store.open(data_dir) as store:
        assert [p.id for p in store.list_plans()] == [keep.id]
        assert store.list_clients()[0].plan_count == 1


def test_missing_records_raise_not_found_with_plain_words(store: Store) -> None:
    with pytest.raises(NotFoundError) as caught:
        store.get_client("abc123")
    assert str(caught.value) == 'There is no client with the id "abc123". They may have been deleted.'
    assert isinstance(caught.value, KeyError)  # works where a KeyError is expected
    with pytest.raises(NotFoundError, match="no plan"):
        store.get_plan("abc123")
    with pytest.raises(NotFoundError):
        store.sent_log("abc123")


def test_ids_differing_only_in_case_get_separate_files(store: Store) -> None:
    lower = store.save_client(Client("Lower", id="abc"))
    upper = store.save_client(Client("Upper", id="ABC"))
    device = store.save_client(Client("Device", id="con"))
    names = {client_file_name(c.id) for c in (lower, upper, device)}
    assert len({name.lower() for name in names}) == 3
    assert store.get_client("ABC").name == "Upper"
    assert store.get_client("abc").name == "Lower"
    assert store.get_client("con").name == "Device"


def test_closed_store_says_so(data_dir: Path) -> None:
    store = Store.open(data_dir)
    store.close()
    store.close()  # closing twice is harmless
    with pytest.raises(StoreError, match="closed"):
        store.list_clients()


def test_a_file_instead_of_a_folder_is_a_clear_error(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "data.txt"
    not_a_folder.write_text("hello")
    with pytest.raises(StoreError, match="is a file, not a folder"):
        Store.open(not_a_folder)


def test_saves_from_one_thread_while_another_reads(store: Store) -> None:
    """The window saves on the GUI thread while a worker reads: neither sees a half-done change."""
    clients = [add_client(store, f"Client {n}") for n in range(4)]
    plans = [store.save_plan(sample_plan(c.id)) for c in clients]
    problems: list[BaseException] = []
    stop = threading.Event()

    def read_constantly() -> None:
        try:
            while not stop.is_set():
                for plan in plans:
                    assert store.get_plan(plan.id).id == plan.id
                assert len(store.list_plans()) == len(plans)
                assert len(store.search_clients("client")) == len(clients)
        except BaseException as error:
            problems.append(error)

    readers = [threading.Thread(target=read_constantly) for _ in range(2)]
    for reader in readers:
        reader.start()
    latest: dict[str, Plan] = {p.id: p for p in plans}
    for _ in range(15):
        for plan_id, plan in list(latest.items()):
            latest[plan_id] = store.save_plan(replace(plan, notes=plan.notes + "."))
    stop.set()
    for reader in readers:
        reader.join()
    assert problems == []
    assert all(store.get_plan(pid) == plan for pid, plan in latest.items())


def test_the_holder_of_unassigned_plans_is_not_a_client_id(store: Store) -> None:
    saved = store.save_plan(replace(sample_plan(""), client_id="_unassigned"))
    assert saved.client_id == ""
    assert store.get_plan(saved.id).client_id == ""
    with pytest.raises(NotFoundError):
        store.get_client("_unassigned")
    with pytest.raises(NotFoundError):
        store.delete_client("_unassigned")
