"""The clinic's workflows, run without a window: real TinyDB files in a test folder, real PDFs read back."""

from __future__ import annotations

import errno
import io
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from designer.domain import Client, Clinic, Layout, Plan, PlanItem, Prescription, Range, Stage
from designer.library import Library
from designer.paths import PROJECT_DIR
from designer.storage import SaveError, Store
from designer.storage.repository import Repository
from designer.workflows import WorkflowError, clients, exercises, handouts, importing, plans, templates


@pytest.fixture
def repository(tmp_path: Path) -> Iterator[Repository]:
    opened = Store.open(tmp_path / "data")
    yield opened
    opened.close()


@pytest.fixture
def library() -> Library:
    return Library()


@pytest.fixture
def margaret(repository: Repository) -> Client:
    return clients.add_client(repository, "  Margaret Ellis ", email="margaret@example.com")


def test_workflows_never_load_qt() -> None:
    code = (
        "import sys, designer.workflows.plans, designer.workflows.handouts, designer.workflows.importing, "
        "designer.workflows.exercises, designer.workflows.clients, designer.workflows.mail, designer.cli; "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=PROJECT_DIR, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_templates_are_found_by_id_or_name_built_in_first(repository: Repository, library: Library) -> None:
    found = templates.find_template(repository, "AT-HOME-STRENGTH")
    assert found.builtin and found.id == "at-home-strength"
    assert templates.find_template(repository, found.name).id == found.id
    saved_id = plans.save_as_template(repository, "Hips after the hip", Plan("Hips", client_id="someone"))
    assert templates.find_template(repository, "hips after the hip") == templates.TemplateRef(
        saved_id, "Hips after the hip", "", False
    )
    assert templates.load_template(repository, library, saved_id).client_id == ""  # a template belongs to no one
    with pytest.raises(WorkflowError, match=r"there is no template .*at-home-strength"):
        templates.find_template(repository, "no such routine")


def test_starting_plans_gives_each_a_distinct_title(repository: Repository, library: Library, margaret: Client) -> None:
    assert margaret.name == "Margaret Ellis"
    first = plans.start_plan(repository, library, margaret.id)
    second = plans.start_plan(repository, library, margaret.id)
    third = plans.start_plan(repository, library, margaret.id)
    assert [first.title, second.title, third.title] == [
        "Exercise plan for Margaret",
        "Exercise plan for Margaret (2)",
        "Exercise plan for Margaret (3)",
    ]
    assert first.client_id == margaret.id and first.revision == 1 and first.stages


def test_a_plan_from_a_template_and_a_copy_for_next_session(
    repository: Repository, library: Library, margaret: Client
) -> None:
    repository.save_clinic(Clinic(name="Springback Rehab", therapist="Sam Carter"))
    plan = plans.start_plan(repository, library, margaret.id, template="at-home-strength", layout=Layout.LARGE_PRINT)
    assert plan.exercise_ids() and plan.therapist == "Sam Carter" and plan.layout is Layout.LARGE_PRINT
    again = plans.start_plan(repository, library, margaret.id, template="at-home-strength")
    assert again.id != plan.id and {i.id for i in again.items}.isdisjoint({i.id for i in plan.items})
    copy = plans.copy_plan(repository, plan, margaret)
    assert copy.id != plan.id and copy.exercise_ids() == plan.exercise_ids() and copy.title.endswith("(3)")


def test_handout_request_for_a_stored_plan_renders_with_the_clinics_details(
    repository: Repository, library: Library, margaret: Client
) -> None:
    repository.save_clinic(Clinic(name="Springback Rehab", phone="01632 960 123"))
    plan = plans.start_plan(repository, library, margaret.id, template="at-home-strength")
    request = handouts.handout_request(repository, library, plan, margaret, layout=Layout.COMPACT)
    assert request.layout is Layout.COMPACT and request.client_name == "Margaret Ellis"
    result = handouts.make_handout(request)
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(result.pdf)).pages)
    assert "Springback Rehab" in text and "Margaret Ellis" in text
    assert handouts.handout_file_name(plan, margaret.name).endswith(".pdf")


def test_a_plan_with_an_unknown_exercise_is_refused_before_rendering(repository: Repository, library: Library) -> None:
    plan = Plan("Odd", stages=(Stage("One", id="s1"),), items=(PlanItem("no-such-exercise", Prescription()),))
    with pytest.raises(WorkflowError, match="no-such-exercise"):
        handouts.handout_request(repository, library, plan, None)


def test_import_writes_everything_or_takes_it_back(
    repository: Repository, library: Library, margaret: Client, tmp_path: Path
) -> None:
    from designer.interchange import PlanEntry, export_document, write_document

    first = plans.start_plan(repository, library, margaret.id, template="at-home-strength")
    second = plans.start_plan(repository, library, margaret.id, template="at-home-strength")
    exported = tmp_path / "two-plans.json"
    write_document(export_document([PlanEntry(first, margaret), PlanEntry(second, margaret)]), exported)

    with Store.open(tmp_path / "elsewhere") as fresh:
        done = importing.import_file(exported, fresh, library)
        assert len(done.plans) == 2 and len(done.new_clients) == 1
        again = importing.import_file(exported, fresh, library)
        assert sorted(again.unchanged_ids) == sorted([first.id, second.id]) and len(fresh.list_plans()) == 2

    # The disk fills up while the import writes its second file: nothing of it is kept.
    from designer.storage import import_commit

    real_write, written = import_commit.write_file_atomically, []

    def disk_full_on_second_file(path: Path, data: bytes, **options: Any) -> Any:
        if written:
            raise OSError(errno.ENOSPC, "No space left on device")
        written.append(path)
        return real_write(path, data, **options)

    with Store.open(tmp_path / "full-disk") as store, pytest.MonkeyPatch.context() as patch:
        store.save_plan(Plan("Loose plan"))  # so the import writes two files: the new client's and this one
        patch.setattr(import_commit, "write_file_atomically", disk_full_on_second_file)
        loose = [PlanEntry(replace(first, id="loose-1", client_id=""), None)]
        write_document(export_document([PlanEntry(first, margaret), *loose]), exported)
        with pytest.raises(SaveError):
            importing.import_file(exported, store, library)
        assert [p.title for p in store.list_plans()] == ["Loose plan"] and store.list_clients() == []


def test_the_clinics_exercise_cannot_be_deleted_while_a_plan_uses_it(repository: Repository, margaret: Client) -> None:
    library = Library()
    own = exercises.save_exercise(repository, exercises.editable_version(library, "glute-bridge"))
    assert not own.builtin and own.name == "Glute Bridge"
    library = Library(repository.list_custom_exercises())
    plan = repository.save_plan(
        Plan(
            "Bridges",
            client_id=margaret.id,
            stages=(Stage("One", id="s1"),),
            items=(PlanItem(own.id, Prescription(sets=3, reps=Range.single(10)), stage_id="s1"),),
        )
    )
    assert exercises.where_used(repository, own.id) == ["Bridges (Margaret Ellis)"]
    with pytest.raises(exercises.ExerciseInUseError) as refused:
        exercises.delete_exercise(repository, library, own.id)
    assert refused.value.uses == ["Bridges (Margaret Ellis)"]
    edited = replace(plan, items=())
    # The open plan's unsaved state counts: with the exercise taken out there, only the stored copy is left.
    assert exercises.where_used(repository, own.id, open_plan=edited) == []
    repository.save_plan(edited)
    exercises.delete_exercise(repository, library, own.id)
    assert repository.list_custom_exercises() == []
    with pytest.raises(WorkflowError, match="built in"):
        exercises.delete_exercise(repository, library, "bird-dog")


def test_archive_and_restore_a_client(repository: Repository, margaret: Client) -> None:
    clients.archive_client(repository, margaret.id)
    assert repository.list_clients() == [] and repository.get_client(margaret.id).archived
    clients.restore_client(repository, margaret.id)
    assert [c.id for c in repository.list_clients()] == [margaret.id]


def test_the_handout_is_made_from_the_pictures_given_not_from_folders(
    repository: Repository, library: Library, margaret: Client, tmp_path: Path
) -> None:
    import shutil

    from PIL import Image

    from designer.domain import Illustration
    from designer.storage.repository import PictureKind

    def jpeg(colour: tuple[int, int, int], size: tuple[int, int]) -> bytes:
        out = io.BytesIO()
        Image.new("RGB", size, colour).save(out, "JPEG")
        return out.getvalue()

    logo = io.BytesIO()
    Image.new("RGB", (300, 120), (20, 90, 160)).save(logo, "PNG")
    logo_name = repository.put_picture(PictureKind.LOGO, logo.getvalue(), ".png")
    repository.save_clinic(Clinic(name="Springback Rehab", logo=logo_name))
    start = repository.put_picture(PictureKind.PHOTO, jpeg((200, 40, 40), (200, 400)), ".jpg")
    end = repository.put_picture(PictureKind.PHOTO, jpeg((40, 160, 60), (240, 300)), ".jpg")
    own = replace(exercises.editable_version(library, "suitcase-carry"), illustration=Illustration(start, end))
    repository.save_exercise(own)
    library = Library(repository.list_custom_exercises())
    plan = Plan("Carry on", items=(PlanItem(own.id, Prescription(sets=3, reps=Range(8, 8))),))

    request = handouts.handout_request(repository, library, plan, margaret)
    assert request.logo == logo.getvalue()
    assert set(request.photos) == {start, end}
    # The kept pictures' folders are gone by the time the handout is made: the render reads none of them.
    for folder in (tmp_path / "data").rglob("*"):
        if folder.is_dir() and folder.name in ("photos", "logos"):
            shutil.rmtree(folder)
    result = handouts.make_handout(request)
    sizes = sorted(image.image.size for page in PdfReader(io.BytesIO(result.pdf)).pages for image in page.images)
    assert sizes == sorted([(200, 400), (240, 300), (300, 120)])  # both photos and the logo
    assert not [warning for warning in result.warnings if "logo" in warning.lower() or "picture" in warning.lower()]


def test_a_logo_named_but_no_longer_kept_gives_a_warning(repository: Repository, library: Library) -> None:
    repository.save_clinic(Clinic(name="Springback Rehab", logo="0123456789abcdef.png"))
    plan = Plan("Plan", items=(PlanItem("glute-bridge", Prescription(sets=2, reps=Range(10, 10))),))
    result = handouts.make_handout(handouts.handout_request(repository, library, plan, None))
    assert any("logo could not be used" in warning for warning in result.warnings)
