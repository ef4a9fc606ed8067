"""Whatever a therapist types (emoji, right-to-left text, control characters, NUL, very long notes)
is either refused with a clear validation error or stored and read back exactly as the save returned it."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from storage_samples import sample_plan

from designer.domain import Client, Clinic, ValidationError
from designer.storage import Store

# Every kind of character, including control characters, NUL and lone surrogates, plus the
# ones that matter most to a clinic: emoji, right-to-left text and markup.
tricky = st.sampled_from(["💪", "שלום", "مرحبا", "<b>", "&amp;", "\x00", "\u202e", "\r\n", "\ud800", "é", "\t"])
any_text = st.lists(st.one_of(st.characters(), tricky), max_size=40).map("".join)
long_text = st.integers(min_value=9_000, max_value=10_000).map(lambda n: "Line of notes. " * (n // 15))

T = TypeVar("T")
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def save_or_refuse(action: Callable[[], T]) -> T | None:
    """The saved record, or None when the input was refused with a proper validation error."""
    try:
        return action()
    except ValidationError as error:
        assert error.problems and all(problem.message for problem in error.problems)
        return None


@SETTINGS
@given(name=any_text, notes=st.one_of(any_text, long_text), title=any_text, plan_notes=st.one_of(any_text, long_text))
def test_any_text_in_client_and_plan_fields(name: str, notes: str, title: str, plan_notes: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder)
        with Store.open(data_dir) as store:
            client = save_or_refuse(lambda: store.save_client(Client(name or "x", notes=notes)))
            owner = client.id if client is not None else ""
            plan = save_or_refuse(
                lambda: store.save_plan(replace(sample_plan(owner), title=title or "x", notes=plan_notes))
            )
        with Store.open(data_dir) as store:
            assert store.notice_texts == []
            if client is not None:
                assert store.get_client(client.id) == client
            if plan is not None:
                assert store.get_plan(plan.id) == plan
                assert store.list_plans()[0].title == plan.title


@SETTINGS
@given(clinic_name=any_text, advice=any_text, template_name=any_text)
def test_any_text_in_the_clinic_profile_and_template_names(clinic_name: str, advice: str, template_name: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder)
        with Store.open(data_dir) as store:
            clinic = save_or_refuse(lambda: store.save_clinic(Clinic(name=clinic_name or "x", advice=advice)))
            template = save_or_refuse(lambda: store.save_template(template_name, sample_plan()))
        with Store.open(data_dir) as store:
            assert store.notice_texts == []
            if clinic is not None:
                assert store.get_clinic() == clinic
            if template is not None:
                assert [tid for tid, _ in store.list_saved_templates()] == [template]
                assert store.get_saved_template(template).title == sample_plan().title
