"""The small pieces every form in the window is built from, made one way everywhere.

A quiet line of help, a line that says what is wrong, a box of choices that
keeps the domain's value behind each label, and a labelled form from a list
of rows.  The dialogs and panels use these, so a hint or a problem looks and
behaves the same wherever the therapist meets it (the style sheet styles them
by their object names, "quiet" and "problem").
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLayout, QWidget

# A form row: (label, field or layout), or a widget that spans the whole row (a hint).
FormRow = tuple[str, QWidget | QLayout] | QWidget


def quiet_label(text: str = "", *, wrap: bool = True) -> QLabel:
    """Help in a quieter colour: what a field is for, or what happens next."""
    label = QLabel(text)
    label.setObjectName("quiet")
    label.setWordWrap(wrap)
    return label


def problem_label(text: str = "") -> QLabel:
    """Where a form says in words what is wrong and what to do (empty while all is well)."""
    label = QLabel(text)
    label.setObjectName("problem")
    label.setWordWrap(True)
    return label


def choice_box(choices: Iterable[tuple[str, Any]], current: Any = None) -> QComboBox:
    """A drop-down of (label, value) pairs with ``current`` chosen; ``currentData()`` gives the value back."""
    box = QComboBox()
    for label, value in choices:
        box.addItem(label, value)
    if current is not None:
        box.setCurrentIndex(max(0, box.findData(current)))
    return box


def form(rows: Iterable[FormRow], parent: QWidget | None = None) -> QFormLayout:
    """A labelled form, one row per (label, field); a lone widget takes the whole row."""
    layout = QFormLayout(parent) if parent is not None else QFormLayout()
    for row in rows:
        if isinstance(row, QWidget):
            layout.addRow(row)
        else:
            label, field = row
            layout.addRow(label, field)
    return layout
