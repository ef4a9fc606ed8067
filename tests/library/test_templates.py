"""The built-in plan templates and the one reader every plan document goes through."""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from designer.domain import Layout, Plan, Side, ValidationError
from designer.library import (
    Library,
    TemplateError,
    TemplateInfo,
    check_format,
    list_builtin_templates,
    load_builtin_template,
    read_plan,
    read_template,
    template_document,
)
from designer.paths import TEMPLATES_DIR

EXPECTED_TEMPLATES = {
    "at-home-strength",
    "low-back-three-stage",
    "hip-mobility",
    "side-bending-rotation",
    "breathing-nervous-system",
    "shoulder-rotator-cuff",
    "neck-pain",
    "hip-replacement-home",
    "knee-osteoarthritis",
    "knee-replacement-home",
    "ankle-sprain-back-to-sport",
    "falls-prevention",
}


@pytest.fixture(scope="module")
def library() -> Library:
    return Library([])


def test_the_builtin_templates_are_listed_by_name():
    infos = list_builtin_templates()
    assert {info.id for info in infos} >= EXPECTED_TEMPLATES  # the clinic's other regions add theirs
    assert [info.name.casefold() for info in infos] == sorted(info.name.casefold() for info in infos)
    for info in infos:
        assert info.name and info.description, info.id


@pytest.mark.parametrize("template_id", sorted(EXPECTED_TEMPLATES))
def test_every_template_loads_and_uses_only_library_exercises(template_id, library):
    plan = load_builtin_template(template_id, library)
    assert isinstance(plan, Plan) and plan.title and plan.notes
    assert plan.items
    for item in plan.items:
        assert item.exercise_id in library, item.exercise_id
        assert item.prescription.problems() == []
        # One kind of work per item: counted or timed.
        assert (item.prescription.reps is None) != (item.prescription.duration is None), item.exercise_id
    assert plan.client_id == ""


def test_loading_twice_gives_fresh_ids(library):
    first = load_builtin_template("at-home-strength", library)
    second = load_builtin_template("at-home-strength", library)
    assert first.id != second.id
    assert not {item.id for item in first.items} & {item.id for item in second.items}


def test_a_template_can_be_named_by_its_name_in_any_case(library):
    by_name = load_builtin_template("at-home STRENGTH routine", library)
    assert by_name.exercise_ids() == load_builtin_template("at-home-strength", library).exercise_ids()


def test_an_unknown_template_lists_the_ones_there_are(library):
    with pytest.raises(TemplateError) as caught:
        load_builtin_template("yoga", library)
    message = str(caught.value)
    assert 'no built-in template "yoga"' in message
    for template_id in EXPECTED_TEMPLATES:
        assert template_id in message


# -- the seed's at-home routine, field by field -------------------------------------------


def test_at_home_strength_is_the_seed_routine_exactly(library):
    plan = load_builtin_template("at-home-strength", library)
    assert plan.exercise_ids() == ["glute-bridge", "bird-dog", "sit-to-stand", "suitcase-carry"]
    bridge, bird_dog, sit_to_stand, carry = (item.prescription for item in plan.items)

    assert (bridge.sets, str(bridge.reps), bridge.duration, bridge.side) == (3, "10", None, Side.BOTH)
    angel = plan.items[0].note.lower()
    assert "angel floor press" in angel and "snow angel" in angel and "backs of your arms" in angel

    assert (bird_dog.sets, str(bird_dog.reps), bird_dog.duration, bird_dog.side) == (3, "8", None, Side.EACH)

    assert (sit_to_stand.sets, str(sit_to_stand.reps), sit_to_stand.side) == (3, "10", Side.BOTH)
    assert sit_to_stand.tempo == "3-1-1"
    assert "slowly: 3 s down, 1 s pause, 1 s up" in sit_to_stand.in_words()

    assert carry.sets == 3 and carry.reps is None
    assert (carry.duration.low, carry.duration.high) == (20, 30)
    assert carry.side is Side.EACH
    assert carry.load == "light weight"
    assert carry.in_short() == "3 × 20–30 s · each side · light weight"


def test_at_home_strength_carries_the_seeds_messages(library):
    notes = load_builtin_template("at-home-strength", library).notes
    assert "If any movement feels unsure, decrease the range or slow it down." in notes
    assert "We build stability first, then strength, then confidence." in notes
    assert "not fragile" in notes


def test_at_home_strength_items_take_their_other_fields_from_the_defaults(library):
    plan = load_builtin_template("at-home-strength", library)
    for item in plan.items:
        default = library.get(item.exercise_id).default
        assert item.prescription.rest_seconds == default.rest_seconds
        # How often is the routine's own: one weekly schedule for the whole routine (issue 12).
        assert item.prescription.frequency.days_a_week == 3


# -- the three-stage programme ------------------------------------------------------------


def test_three_stage_programme(library):
    plan = load_builtin_template("low-back-three-stage", library)
    assert [stage.id for stage in plan.stages] == ["stability", "strength", "confidence"]
    foundations = {"Hip hinge", "Glute strength", "Core bracing and anti-rotation", "Carries", "Spine reloading"}
    for stage in plan.stages:
        assert stage.weeks and stage.goal and stage.move_on_when, stage.id
        items = plan.items_in(stage.id)
        assert 3 <= len(items) <= 5, stage.id
        assert {library.get(item.exercise_id).category for item in items} <= foundations
    assert not plan.items_in("")
    used = {library.get(item.exercise_id).category for item in plan.items}
    assert used == foundations


def test_series_templates_draw_on_their_category(library):
    for template_id, category in [
        ("hip-mobility", "Hip mobility"),
        ("side-bending-rotation", "Side bending and rotation"),
        ("breathing-nervous-system", "Breathing"),
    ]:
        plan = load_builtin_template(template_id, library)
        assert {library.get(i.exercise_id).category for i in plan.items} == {category}
        # Items give nothing but the exercise and the routine's one schedule: otherwise its default prescription.
        for item in plan.items:
            default = library.get(item.exercise_id).default
            assert replace(item.prescription, frequency=default.frequency) == default


# -- the general reader -------------------------------------------------------------------


def template(**changes) -> dict:
    data = json.loads((TEMPLATES_DIR / "at-home-strength.json").read_text(encoding="utf-8"))
    data.update(changes)
    return data


def test_read_template_returns_header_and_plan(library):
    info, plan = read_template(template(), library)
    assert info == TemplateInfo("at-home-strength", "At-home strength routine", info.description)
    assert plan.layout is Layout.DETAILED


def test_every_problem_is_reported_with_its_path(library):
    data = template()
    data["items"][1]["sets"] = 50
    data["items"][2]["exercise"] = "sit-to-stnad"
    data["items"][3]["tempo"] = "slowly"
    data["template"] = {"id": "Not An Id"}
    with pytest.raises(ValidationError) as caught:
        read_template(data, library)
    messages = [str(problem) for problem in caught.value.problems]
    assert "items[1].sets: must be between 1 and 20" in messages
    assert 'items[2].exercise: "sit-to-stnad" is not in the exercise library' in messages
    assert any(message.startswith("items[3].tempo: must look like 3-1-1") for message in messages)
    assert "template.name: is required" in messages
    assert any(message.startswith("template.id:") for message in messages)


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"format": "shopping-list"}, 'format: must be "exercise-plan"'),
        ({"version": 2}, "version: 2 was written by a newer version of the designer"),
        ({"version": "one"}, "version: must be a whole number"),
        ({"template": None}, "template: is required"),
        ({"template": []}, "template: is required"),
    ],
)
def test_documents_that_are_not_templates(library, changes, expected):
    with pytest.raises(ValidationError) as caught:
        read_template(template(**changes), library)
    assert expected in str(caught.value)


def test_check_format_accepts_the_current_version():
    check_format({"format": "exercise-plan", "version": 1})


def test_reps_given_for_a_timed_exercise_replace_its_default_duration(library):
    plan = read_plan({"title": "T", "items": [{"exercise": "suitcase-carry", "reps": 10}]}, library)
    assert str(plan.items[0].prescription.reps) == "10" and plan.items[0].prescription.duration is None
    plan = read_plan({"title": "T", "items": [{"exercise": "bird-dog", "duration": "20-30"}]}, library)
    assert plan.items[0].prescription.reps is None and str(plan.items[0].prescription.duration) == "20–30"


def test_read_plan_accepts_anything_that_knows_exercises_and_their_defaults(library):
    class Lookup:
        def __contains__(self, exercise_id: object) -> bool:
            return exercise_id == "bird-dog"

        def defaults(self):
            return {"bird-dog": library.get("bird-dog").default}

    plan = read_plan({"title": "T", "items": [{"exercise": "bird-dog"}]}, Lookup())
    assert plan.items[0].prescription == library.get("bird-dog").default
    unknown = re.escape('items[0].exercise: "dead-bug" is not in the exercise library')
    with pytest.raises(ValidationError, match=unknown):
        read_plan({"title": "T", "items": [{"exercise": "dead-bug"}]}, Lookup())


def test_a_plan_saved_as_a_template_reads_back_the_same(library):
    plan = load_builtin_template("low-back-three-stage", library)
    info = TemplateInfo("our-programme", "Our programme", "Saved from a plan")
    document = template_document(plan, info)
    assert "client" not in document and "id" not in document
    assert all("id" not in item for item in document["items"])
    again_info, again = read_template(json.loads(json.dumps(document)), library)
    assert again_info == info
    assert again.stages == plan.stages
    assert [(i.exercise_id, i.prescription, i.stage_id, i.note) for i in again.items] == [
        (i.exercise_id, i.prescription, i.stage_id, i.note) for i in plan.items
    ]
    assert template_document(again, info) == document


# -- broken template files ----------------------------------------------------------------


@pytest.fixture
def template_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "templates"
    shutil.copytree(TEMPLATES_DIR, folder)
    return folder


def test_a_broken_template_file_is_named(template_folder, library):
    (template_folder / "hip-mobility.json").write_text('{"format": ', encoding="utf-8")
    with pytest.raises(TemplateError, match=r"hip-mobility.json: is not valid JSON \(line 1"):
        list_builtin_templates(template_folder)


def test_a_template_with_bad_items_names_file_and_path(template_folder, library):
    path = template_folder / "hip-mobility.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["items"][0]["sets"] = 0
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(TemplateError) as caught:
        load_builtin_template("hip-mobility", library, template_folder)
    assert "hip-mobility.json" in str(caught.value)
    assert "items[0].sets: must be between 1 and 20" in str(caught.value)


def test_a_template_id_must_match_its_file_name(template_folder):
    path = template_folder / "hip-mobility.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["template"]["id"] = "hips"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(TemplateError, match=re.escape('template.id: must be "hip-mobility"')):
        list_builtin_templates(template_folder)


def test_no_templates_at_all_is_an_incomplete_installation(tmp_path, library):
    with pytest.raises(TemplateError, match="installation is incomplete"):
        list_builtin_templates(tmp_path)


# -- the knee programmes (issue 12) ---------------------------------------------------------


@pytest.mark.parametrize(("template_id", "stage_count"), [("knee-osteoarthritis", 3), ("knee-replacement-home", 2)])
def test_knee_programmes_have_measurable_stages_and_one_weekly_schedule(template_id, stage_count, library):
    plan = load_builtin_template(template_id, library)
    assert len(plan.stages) == stage_count
    for stage in plan.stages:
        assert stage.goal and stage.weeks, stage.id
        # A point to move on that can be measured: a count, a time, a pain score or an angle.
        assert re.search(r"\d", stage.move_on_when), stage.id
        assert 3 <= len(plan.items_in(stage.id)) <= 6, stage.id
    # One weekly schedule: every item is done on the same days, as often a day.
    assert len({item.prescription.frequency for item in plan.items}) == 1
    assert "not fragile" in plan.notes and "reduce the range or slow it down" in plan.notes


def test_the_knee_replacement_programme_leaves_the_side_to_the_operated_knee(library):
    plan = load_builtin_template("knee-replacement-home", library)
    assert all(item.prescription.side is Side.BOTH for item in plan.items)
    assert "for your new knee" in plan.notes
