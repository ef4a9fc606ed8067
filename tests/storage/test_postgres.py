"""The shared PostgreSQL store beyond the common contract: addresses, two desks at once, notifications, copies.

Against a real server (``tests/postgres_server.py``); skipped with the reason only when none can be started.
"""

from __future__ import annotations

import queue
import socket
import subprocess
import sys
import textwrap
import threading
import time
import uuid
import zipfile
from dataclasses import replace
from pathlib import Path

import keyring
import psycopg
import pytest
from keyring.backend import KeyringBackend
from postgres_server import fresh_database_url
from psycopg.conninfo import conninfo_to_dict
from storage_samples import sample_plan

from designer.domain import Client, Clinic, Plan, SentRecord
from designer.library import Library
from designer.storage import Store, StoreError
from designer.storage.postgres import (
    Change,
    CopyError,
    DatabaseAddress,
    DatabaseAddressError,
    DatabaseUnavailableError,
    PostgresRepository,
    copy_into_database,
    copy_into_folder,
    fingerprint,
    read_everything,
)
from designer.storage.postgres.connection import KEYRING_SERVICE
from designer.storage.repository import PictureKind

PROJECT = Path(__file__).resolve().parents[2]


@pytest.fixture
def database(tmp_path: Path) -> PostgresRepository:
    opened = PostgresRepository.open(fresh_database_url(), local_folder=tmp_path / "desk-a", set_up=True)
    yield opened
    opened.close()


# -- addresses: TLS and passwords ---------------------------------------------------------------------


def test_another_machine_gets_tls_and_an_unencrypted_address_is_refused() -> None:
    assert DatabaseAddress.parse("postgresql://designer@clinic-server/clinic").parts["sslmode"] == "require"
    assert (
        DatabaseAddress.parse("postgresql://d@db.example.com/c?sslmode=verify-full").parts["sslmode"] == "verify-full"
    )
    for plain in ("disable", "allow", "prefer"):
        with pytest.raises(DatabaseAddressError, match="encryption off"):
            DatabaseAddress.parse(f"postgresql://designer@192.168.1.20/clinic?sslmode={plain}")
    # This machine needs no TLS: nothing crosses the network.
    for local in ("127.0.0.1", "localhost", "[::1]"):
        assert "sslmode" not in DatabaseAddress.parse(f"postgresql://designer@{local}:5432/clinic").parts


def test_a_password_in_the_address_is_refused_and_the_keyring_supplies_it() -> None:
    with pytest.raises(DatabaseAddressError, match="password"):
        DatabaseAddress.parse("postgresql://designer:secret@clinic-server/clinic")

    class OneSecret(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def get_password(self, service: str, username: str) -> str | None:
            wanted = (KEYRING_SERVICE, "designer@clinic-server:5432/clinic")
            return "from-the-keyring" if (service, username) == wanted else None

        def set_password(self, service: str, username: str, password: str) -> None:
            raise NotImplementedError

        def delete_password(self, service: str, username: str) -> None:
            raise NotImplementedError

    address = DatabaseAddress.parse("postgresql://designer@clinic-server/clinic")
    assert "password" not in address.conninfo()  # no keyring (the tests' default): libpq's .pgpass may have it
    keyring.set_keyring(OneSecret())
    assert "password=from-the-keyring" in address.conninfo()
    assert "from-the-keyring" not in address.describe()


def test_a_server_that_is_not_there_is_told_plainly(tmp_path: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # free once closed: nothing listens there
    with pytest.raises(DatabaseUnavailableError, match="cannot be reached"):
        PostgresRepository.open(f"postgresql://designer@127.0.0.1:{port}/clinic", local_folder=tmp_path)


def test_a_database_not_set_up_says_how_to_set_it_up(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="database --init"):
        PostgresRepository.open(fresh_database_url(), local_folder=tmp_path)


# -- several desks ------------------------------------------------------------------------------------

TWO_DESKS = textwrap.dedent(
    """
    import sys, time
    from dataclasses import replace
    from pathlib import Path
    from designer.domain import PlanItem, Prescription, Range
    from designer.storage import ConflictError
    from designer.storage.postgres import PostgresRepository

    url, plan_id, desk, folder = sys.argv[1], sys.argv[2], sys.argv[3], Path(sys.argv[4])
    repository = PostgresRepository.open(url, local_folder=folder / desk)

    def my_edit(plan):
        if desk == "a":  # the front desk renames the plan
            return replace(plan, title="Renamed at the front desk")
        item = PlanItem("dead-bug", Prescription(sets=2, reps=Range.single(8)), stage_id=plan.stages[0].id)
        return plan.with_items((*plan.items, item))  # room 2 adds an exercise

    opened = repository.get_plan(plan_id)
    (folder / f"ready-{desk}").touch()
    while not (folder / "go").exists():
        time.sleep(0.01)
    try:
        repository.save_plan(my_edit(opened))
        print("saved")
    except ConflictError as error:
        # What the therapist does on "changed on another desk": reload, and make the edit again on that.
        repository.save_plan(my_edit(repository.get_plan(plan_id)))
        print(f"conflict {error.stored_revision} {error.your_revision}")
    repository.close()
    """
)


def test_two_processes_saving_the_same_plan_one_conflict_and_no_edit_lost(
    database: PostgresRepository, tmp_path: Path
) -> None:
    plan = database.save_plan(sample_plan(title="Back care"))
    url = database.address.url
    desks = [
        subprocess.Popen(
            [sys.executable, "-c", TWO_DESKS, url, plan.id, desk, str(tmp_path)],
            cwd=PROJECT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for desk in ("a", "b")
    ]
    for desk in ("a", "b"):
        for _ in range(3000):
            if (tmp_path / f"ready-{desk}").exists() or any(p.poll() is not None for p in desks):
                break
            time.sleep(0.01)
    (tmp_path / "go").touch()
    outcomes = []
    for process in desks:
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
        outcomes.append(out.strip())
    assert sorted(outcome.split()[0] for outcome in outcomes) == ["conflict", "saved"]
    assert f"conflict 2 {plan.revision}" in outcomes
    final = database.get_plan(plan.id)
    assert final.title == "Renamed at the front desk"  # desk a's edit
    assert "dead-bug" in final.exercise_ids()  # desk b's edit
    assert final.revision == 3


def test_a_plan_for_a_client_who_is_not_there_is_refused_and_nothing_is_written(database: PostgresRepository) -> None:
    from designer.storage import NotFoundError

    with pytest.raises(NotFoundError, match="not in the clinic's list"):
        database.save_plan(sample_plan(client_id="nobody-here", title="For nobody"))
    assert database.list_plans() == []


def test_two_desks_creating_the_same_new_plan_at_once_the_second_is_told(database: PostgresRepository) -> None:
    """Both desks see no plan yet; one INSERT waits on the other's key and then inserts nothing: a conflict."""
    from designer.storage import ConflictError

    client = database.save_client(Client("Both desks at once"))
    plan = sample_plan(client_id=client.id, title="Made on two desks")
    heard: queue.Queue[Change] = queue.Queue()
    listener = database.listen(heard.put)
    other_desk = psycopg.connect(database.address.url)
    outcome: queue.Queue[object] = queue.Queue()
    try:
        with other_desk.cursor() as cur:  # desk b has inserted the plan and not yet committed
            row = database._plan_row(replace(plan.touched(), client_id=client.id))
            cur.execute(
                "INSERT INTO plans (id, client_id, doc, schema_version, title, updated, revision, exercise_count,"
                " exercise_ids) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)",
                row,
            )
        saving = threading.Thread(target=lambda: outcome.put(_save_or_error(database, plan)))
        saving.start()
        time.sleep(0.5)  # desk a's INSERT is now waiting for desk b's key
        assert saving.is_alive()
        other_desk.commit()
        saving.join(timeout=30)
        refused = outcome.get(timeout=1)
        assert isinstance(refused, ConflictError) and refused.stored_revision == 1
        with pytest.raises(queue.Empty):  # desk a's refused save told nobody
            while True:
                change = heard.get(timeout=1)
                assert change.desk != database.desk
    finally:
        listener.stop()
        other_desk.close()


def _save_or_error(database: PostgresRepository, plan: Plan) -> object:
    try:
        return database.save_plan(plan)
    except Exception as error:
        return error


def test_a_notification_reaches_a_second_connection(database: PostgresRepository, tmp_path: Path) -> None:
    heard: queue.Queue[Change] = queue.Queue()
    listener = database.listen(heard.put)
    other_desk = PostgresRepository.open(database.address.url, local_folder=tmp_path / "desk-b")
    try:
        assert listener.listening
        database.save_client(Client("Heard by nobody"))  # this desk's own change: no refresh needed here
        saved = other_desk.save_plan(sample_plan(title="Saved in room 2"))
        change = heard.get(timeout=10)
        assert change == Change("plan", saved.id, other_desk.desk, saved.revision)
        other_desk.delete_plan(saved.id)
        assert heard.get(timeout=10).id == saved.id
    finally:
        listener.stop()
        other_desk.close()


def test_a_copy_into_a_database_in_use_is_refused(database: PostgresRepository) -> None:
    client = database.save_client(Client("Margaret Ellis"))
    database.save_plan(sample_plan(client.id))
    with Store.open(database.local_folder / "source") as source:
        source.save_client(Client("Someone else"))
        with pytest.raises(CopyError, match="already has"):
            copy_into_database(source, database)
    assert [c.name for c in database.list_clients()] == ["Margaret Ellis"]


def test_a_copy_that_fails_half_way_leaves_nothing_behind(database: PostgresRepository, tmp_path: Path) -> None:
    """The server refuses the third plan (a real trigger): the clients and plans before it are not kept either."""
    with database._transaction() as cur:
        cur.execute(
            "CREATE FUNCTION refuse_knees() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
            " IF NEW.title = 'Knees' THEN RAISE EXCEPTION 'the server refused this row'; END IF; RETURN NEW; END $$"
        )
        cur.execute("CREATE TRIGGER refuse_knees BEFORE INSERT ON plans FOR EACH ROW EXECUTE FUNCTION refuse_knees()")
    with a_full_folder(tmp_path / "front-desk") as original, pytest.raises(Exception, match="refused this row"):
        copy_into_database(original, database)
    assert database.list_clients() == [] and database.list_plans() == [] and database.list_saved_templates() == []
    assert database.get_clinic() == Clinic()


# -- copies and snapshots ------------------------------------------------------------------------------


def a_full_folder(folder: Path) -> Store:
    store = Store.open(folder)
    margaret = store.save_client(Client("Margaret Ellis", email="m@example.com", phone="07700 900123"))
    zoe = store.save_client(Client("Zoë Łukasiewicz", archived=True))
    first = store.save_plan(sample_plan(margaret.id, "Back care"))
    store.save_plan(replace(first, title="Back care, week 3"))  # revision 2
    store.save_plan(sample_plan(zoe.id, "Knees"))
    store.save_plan(sample_plan("", "Not given yet"))
    record = SentRecord("2026-12-03T10:00:00+00:00", "m@example.com", first.id, "Back care", 2, "smtp", "Back.pdf")
    store.record_sent(margaret.id, record)
    store.save_clinic(Clinic(name="Springback Rehab", phone="01632 960 123"))
    store.save_exercise(Library().copy_for_clinic("glute-bridge", "Glute Bridge on a Cushion"))
    store.save_template("Hips", sample_plan())
    store.put_picture(PictureKind.PHOTO, b"\xff\xd8 a photo", ".jpg")
    store.put_picture(PictureKind.LOGO, b"\x89PNG a logo", ".png")
    return store


def test_copying_into_the_database_and_back_preserves_everything(database: PostgresRepository, tmp_path: Path) -> None:
    with a_full_folder(tmp_path / "front-desk") as original:
        before = fingerprint(read_everything(original))
        plans_before = {p.id: original.get_plan(p.id) for p in original.list_plans()}
        assert copy_into_database(original, database) == before
    assert before["plans"][0] == 3 and before["pictures"][0] == 2 and before["sent"][0] == 1
    with Store.open(tmp_path / "back-out") as copy:
        assert copy_into_folder(database, copy) == before
        for plan_id, plan in plans_before.items():
            assert copy.get_plan(plan_id) == plan  # revision and times too
        assert [c.name for c in copy.search_clients("zoe", archived=True)] == ["Zoë Łukasiewicz"]


def test_a_snapshot_is_one_consistent_read_in_the_embedded_format(database: PostgresRepository, tmp_path: Path) -> None:
    with a_full_folder(tmp_path / "front-desk") as original:
        copy_into_database(original, database)
        expected = fingerprint(read_everything(original))
    zipped = database.snapshot(force=True)
    assert zipped is not None and zipped.is_relative_to(database.local_folder)
    assert database.snapshot() is None  # one a day unless forced
    with zipfile.ZipFile(zipped) as archive:
        archive.extractall(tmp_path / "restored")
    with Store.open(tmp_path / "restored") as restored:
        assert fingerprint(read_everything(restored)) == expected


def test_the_least_privilege_role_of_the_docs_is_enough_for_a_desk(tmp_path: Path) -> None:
    """docs/several-desks.md's grants, on a real server: a desk role that cannot change tables still does all."""
    url = fresh_database_url()
    docs = (PROJECT / "docs" / "several-desks.md").read_text(encoding="utf-8")
    grants = docs.split("### A least-privilege role for the desks")[1].split("```sql")[1].split("```")[0]
    role = f"desk_{uuid.uuid4().hex[:8]}"
    PostgresRepository.open(url, local_folder=tmp_path, set_up=True).close()
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {role} LOGIN")
        conn.execute(grants.replace("TO designer", f"TO {role}"))
    parts = conninfo_to_dict(url)
    desk_url = f"postgresql://{role}@{parts['host']}:{parts['port']}/{parts['dbname']}"
    with PostgresRepository.open(desk_url, local_folder=tmp_path / "desk") as desk:
        client = desk.save_client(Client("Margaret Ellis"))
        plan = desk.save_plan(sample_plan(client.id))
        desk.save_plan(plan)
        desk.record_sent(client.id, SentRecord("2026-12-03T10:00:00+00:00", "m@example.com", plan.id, "B", 1, "smtp"))
        desk.put_picture(PictureKind.PHOTO, b"\xff\xd8 a photo", ".jpg")
        desk.save_template("Hips", sample_plan())
        desk.save_clinic(Clinic(name="Springback Rehab"))
        assert desk.snapshot(force=True) is not None
        desk.delete_client(client.id)
        with pytest.raises(psycopg.errors.InsufficientPrivilege), desk._transaction() as cur:
            cur.execute("DROP TABLE plans")


def test_a_connection_killed_mid_copy_leaves_nothing_half_imported(
    database: PostgresRepository, tmp_path: Path
) -> None:
    """The server ends the copying session half-way (as when it is shut down): the copy fails and nothing stays."""
    with database._transaction() as cur:  # hold the copy at the third plan, so the test can end it right there
        cur.execute(
            "CREATE FUNCTION hold_knees() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
            " IF NEW.title = 'Knees' THEN PERFORM pg_sleep(60); END IF; RETURN NEW; END $$"
        )
        cur.execute("CREATE TRIGGER hold_knees BEFORE INSERT ON plans FOR EACH ROW EXECUTE FUNCTION hold_knees()")
    failures: queue.Queue[BaseException | None] = queue.Queue()

    def copy() -> None:
        try:
            with Store.open(tmp_path / "front-desk", read_only=True) as original:
                copy_into_database(original, database)
            failures.put(None)
        except BaseException as error:  # handed to the test's own thread
            failures.put(error)

    a_full_folder(tmp_path / "front-desk").close()
    worker = threading.Thread(target=copy)
    worker.start()
    ended = False
    with psycopg.connect(database.address.url, autocommit=True) as admin:
        for _ in range(600):
            row = admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = current_database() AND wait_event = 'PgSleep'"
            ).fetchone()
            if row and row[0]:
                ended = True
                break
            time.sleep(0.05)
    worker.join(timeout=60)
    assert ended
    assert isinstance(failures.get(timeout=1), DatabaseUnavailableError)
    assert database.list_clients() == [] and database.list_plans() == []
    assert database.list_clients(archived=True) == [] and database.get_clinic() == Clinic()
