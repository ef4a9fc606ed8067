"""Plans, stages, clients and the clinic profile: validation and editing."""

import pytest

from designer.domain import Client, Clinic, Plan, PlanItem, Range, Stage, ValidationError
from designer.domain.clinic import instagram_handle, instagram_link, is_safe_link
from designer.domain.fields import clean_text


def make_plan() -> Plan:
    stability = Stage("Stability", weeks="1–2", goal="Move without fear", move_on_when="No flare-up for a week")
    strength = Stage("Strength", weeks="3–6")
    items = (
        PlanItem("glute-bridge", stage_id=stability.id),
        PlanItem("bird-dog", stage_id=stability.id),
        PlanItem("suitcase-carry", stage_id=strength.id),
    )
    return Plan(title="Back to gardening", stages=(stability, strength), items=items)


def test_plan_paths_in_errors():
    with pytest.raises(ValidationError) as caught:
        Plan.from_dict(
            {
                "title": "",
                "stages": [{"title": "Stability"}, {"weeks": "3"}],
                "items": [{"exercise": "glute-bridge", "sets": 3}, {"exercise": "bird-dog", "sets": 25}, "x"],
            }
        )
    messages = [str(problem) for problem in caught.value.problems]
    assert "title: must not be empty" in messages
    assert "stages[1].title: is required" in messages
    assert "items[1].sets: must be between 1 and 20" in messages
    assert "items[2]: an exercise in the plan must be an object" in messages


def test_item_stage_may_be_given_by_title():
    plan = Plan.from_dict(
        {
            "title": "T",
            "stages": [{"id": "s1", "title": "Stability"}],
            "items": [{"exercise": "bird-dog", "stage": "stability"}],
        }
    )
    assert plan.items[0].stage_id == "s1"


def test_unknown_stage_is_refused():
    with pytest.raises(ValidationError, match=r"items\[0\].stage"):
        Plan.from_dict({"title": "T", "items": [{"exercise": "bird-dog", "stage": "nowhere"}]})


def test_editing_returns_new_plans_and_keeps_the_old_one():
    plan = make_plan()
    first = plan.items[0]
    moved = plan.move_item(first.id, 2)
    assert [i.exercise_id for i in moved.items] == ["bird-dog", "suitcase-carry", "glute-bridge"]
    assert plan.items[0] is first
    strength = plan.stages[1]
    into_strength = plan.move_item(first.id, 1, stage_id=strength.id)
    assert into_strength.item(first.id).stage_id == strength.id
    removed = plan.remove_item(first.id)
    assert len(removed.items) == 2
    inserted = removed.insert_item(0, first)
    assert inserted.items == plan.items


def test_grouped_by_stage_in_order():
    plan = make_plan()
    groups = plan.grouped()
    assert [stage.title for stage, _ in groups if stage] == ["Stability", "Strength"]
    assert [len(items) for _, items in groups] == [2, 1]


def test_copy_for_next_session_has_new_ids_but_same_content():
    plan = make_plan()
    copy = plan.copy_for_next_session()
    assert copy.id != plan.id
    assert {i.id for i in copy.items}.isdisjoint({i.id for i in plan.items})
    assert [i.exercise_id for i in copy.items] == plan.exercise_ids()
    assert [copy.stage(i.stage_id).title for i in copy.items] == ["Stability", "Stability", "Strength"]


def test_plan_round_trip():
    plan = make_plan()
    again = Plan.from_dict(plan.to_dict())
    assert again == plan


def test_too_many_exercises_warning_threshold():
    plan = Plan(title="Busy", items=tuple(PlanItem("bird-dog") for _ in range(7)))
    assert plan.too_many_exercises


@pytest.mark.parametrize("email", ["zoe@example.com", "a.b+c@sub.example.co.uk", ""])
def test_good_client_emails(email):
    assert Client("Zoë Łukasiewicz-Ørsted", email=email).email == email


@pytest.mark.parametrize("email", ["zoe", "zoe@", "zoe@example", "zo e@example.com", "a@b..com", "<a@b.com>"])
def test_bad_client_emails(email):
    with pytest.raises(ValidationError, match="email"):
        Client("Zoë", email=email)


def test_client_first_name():
    assert Client("Σοφία Παπαδοπούλου").first_name == "Σοφία"


def test_clinic_settings_are_checked():
    clinic = Clinic()
    assert clinic.with_setting("colour", "#123abc").colour == "#123abc"
    for key, value, fragment in [
        ("colour", "teal", "colour: must be a colour"),
        ("booking_link", "javascript:alert(1)", "booking_link: must be a web address"),
        ("booking_link", "ftp://example.com", "booking_link: must be a web address"),
        ("website", "www.example.com", "website: must be a web address"),
        ("instagram", "not a handle!", "instagram: must be a handle"),
        ("nonsense", "x", "is not a clinic setting"),
        ("mail.port", "99999", "mail.port: must be between 1 and 65535"),
    ]:
        with pytest.raises(ValidationError, match=fragment):
            clinic.with_setting(key, value)


def test_plain_smtp_is_only_for_this_computer():
    clinic = Clinic().with_setting("mail.host", "localhost").with_setting("mail.security", "none")
    assert clinic.mail.security.value == "none"
    with pytest.raises(ValidationError, match="only allowed for a mail server on this computer"):
        clinic.with_setting("mail.host", "smtp.example.com")


def test_instagram_handles_and_links():
    assert instagram_link("@springbackrehab") == "https://www.instagram.com/springbackrehab/"
    assert instagram_handle("https://www.instagram.com/springback_rehabilitation/") == "@springback_rehabilitation"


def test_only_web_mail_and_phone_links_are_safe():
    assert is_safe_link("https://example.com/book")
    assert is_safe_link("mailto:hello@example.com")
    assert is_safe_link("tel:+44 1234 567890")
    for bad in ["javascript:alert(1)", "file:///etc/passwd", "data:text/html,x", "ftp://x"]:
        assert not is_safe_link(bad)


def test_clinic_round_trip():
    clinic = Clinic(name="Springback Rehabilitation", booking_link="https://example.com/book", instagram="@sb")
    assert Clinic.from_dict(clinic.to_dict()) == clinic


def test_clean_text_removes_invisible_controls_but_keeps_text():
    assert clean_text("a\x00b\x07c\r\nd\u200be") == "abc\nde"
    assert clean_text("مرحبا 👋 <b>", multiline=False) == "مرحبا 👋 <b>"
    assert clean_text("one\ntwo", multiline=False) == "one two"


def test_range_parsing():
    assert Range.parse("8-12", 1, 100) == Range(8, 12)
    assert Range.parse([8, 12], 1, 100) == Range(8, 12)
    assert Range.parse("10", 1, 100) == Range.single(10)
    with pytest.raises(ValueError, match="between 1 and 100"):
        Range.parse(0, 1, 100)


def test_bidirectional_overrides_are_removed_but_right_to_left_letters_kept():
    assert clean_text("Zo\u202eë", multiline=False) == "Zoë"
    assert clean_text("\u2067שלום\u2069", multiline=False) == "שלום"


def test_standing_advice_cannot_be_emptied():
    with pytest.raises(ValidationError, match="advice: must not be empty"):
        Clinic().with_setting("advice", "  ")


def test_number_messages_quote_the_number():
    from designer.domain import Prescription

    with pytest.raises(ValidationError, match=r"sets: must be a whole number, not 3\.5"):
        Prescription.from_dict({"sets": 3.5})
