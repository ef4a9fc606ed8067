"""The prescription form types a load in numbers: kilograms, an effort out of 10 and repetitions left."""

from __future__ import annotations

from typing import Any

import pytest

from designer.domain import Kilograms, Prescription, Range
from designer.ui.widgets.prescription_fields import PrescriptionFields


@pytest.fixture
def fields(qtbot: Any) -> PrescriptionFields:
    widget = PrescriptionFields()
    qtbot.addWidget(widget)
    return widget


def test_the_numbers_typed_make_the_prescription(fields: PrescriptionFields) -> None:
    base = Prescription(sets=3, reps=Range.single(10))
    fields.show_prescription(base)
    edited: list[str] = []
    fields.edited.connect(edited.append)
    fields.load_kg.setText("2-4")
    fields.effort.setValue(6)
    fields.reps_in_reserve.setText("2-3")
    assert edited == ["load_kg", "effort", "reps_in_reserve"]
    read = fields.read(base)
    assert (read.load_kg, read.effort, read.in_reserve) == (Kilograms(2, 4), 6, Range(2, 3))


def test_a_prescription_with_numbers_is_shown_and_cleared(fields: PrescriptionFields) -> None:
    fields.show_prescription(Prescription(load_kg=Kilograms(2.5, 5), effort=7, in_reserve=Range.single(2)))
    assert (fields.load_kg.text(), fields.effort.value(), fields.reps_in_reserve.text()) == ("2.5-5 kg", 7, "2")
    fields.load_kg.setText("")
    fields.effort.setValue(0)  # "—": not set
    read = fields.read(Prescription(load_kg=Kilograms(1, 1), effort=3))
    assert (read.load_kg, read.effort, read.in_reserve) == (None, None, Range.single(2))


def test_a_wrong_weight_is_told_in_the_forms_words(fields: PrescriptionFields) -> None:
    fields.show_prescription(Prescription())
    fields.load_kg.setText("heavy")
    with pytest.raises(ValueError, match=r'^Kg must be kilograms, a number or a range like "2-4"'):
        fields.read(Prescription())
