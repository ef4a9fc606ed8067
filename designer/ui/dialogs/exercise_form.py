"""The exercise dialog's form, in words: field labels for the domain's problems, which tab a field is on, and
turning typed text into the exercise's lists (one per line, or separated by commas).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QTextBlockFormat, QTextCursor
from PySide6.QtWidgets import QComboBox, QTextEdit

from designer.domain import CATEGORIES_BY_REGION, REGIONS, Exercise, make_exercise_id, region_of_category
from designer.library import Library

from ..widgets.forms import choice_box

# Field paths from the domain's problems, in words the therapist sees on the form.
LABELS = {
    "id": "Name",
    "name": "Name",
    "category": "Category",
    "region": "Body region",
    "precautions": "Asks for",
    "level": "Level",
    "purpose": "Purpose",
    "body_areas": "Body areas",
    "equipment": "Equipment",
    "setup": "Set-up",
    "steps": "Movement",
    "cues": "Key cues",
    "mistakes": "Common mistakes",
    "safety": "Safety note",
    "default.sets": "Sets",
    "default.reps": "Reps",
    "default.hold": "Hold",
    "default.duration": "Duration",
    "default.tempo": "Tempo",
    "default.rest": "Rest",
    "default.load": "Load",
    "default.load_kg": "Kg",
    "default.effort": "Effort",
    "default.reps_in_reserve": "Reps left",
    "default.side": "Side",
    "regressions": "Easier versions",
    "progressions": "Harder versions",
    "illustration": "Photos",
}
ABOUT, INSTRUCTIONS, PRESCRIPTION, PHOTOS = range(4)
TAB_OF = {
    "setup": INSTRUCTIONS,
    "steps": INSTRUCTIONS,
    "cues": INSTRUCTIONS,
    "mistakes": INSTRUCTIONS,
    "default": PRESCRIPTION,
    "regressions": PRESCRIPTION,
    "progressions": PRESCRIPTION,
    "illustration": PHOTOS,
}


def comma_list(text: str) -> list[str]:
    """ "mat, light kettlebell" -> ["mat", "light kettlebell"]."""
    return [part.strip() for part in text.split(",") if part.strip()]


def line_list(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def problem_label(path: str) -> str:
    """ "setup[2]" -> "Set-up (line 3)", "default.tempo" -> "Tempo"."""
    base, _bracket, rest = path.partition("[")
    label = LABELS.get(base, base.replace("_", " ").replace(".", " ").strip().capitalize())
    if rest.rstrip("]").isdigit():
        number = int(rest.rstrip("]")) + 1
        what = "line" if base in ("setup", "steps", "cues", "mistakes") else "entry"
        label += f" ({what} {number})"
    return label


def root(path: str) -> str:
    """ "default.tempo" -> "default", "setup[2]" -> "setup"."""
    return path.split("[")[0].split(".")[0]


def sentence(text: str) -> str:
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def text_box(lines: Sequence[str], placeholder: str, height: int) -> QTextEdit:
    """A plain-text box of lines (steps, cues...), each line a little apart from the next."""
    box = QTextEdit()
    box.setAcceptRichText(False)
    box.setPlainText("\n".join(lines))
    box.setPlaceholderText(placeholder)
    box.setMinimumHeight(height)
    box.setTabChangesFocus(True)
    # A little space after each line, so a long step that wraps still reads as one step; new lines
    # typed with Enter take the same spacing from the line before.
    spacing = QTextBlockFormat()
    spacing.setBottomMargin(5)
    cursor = QTextCursor(box.document())
    cursor.select(QTextCursor.SelectionType.Document)
    cursor.mergeBlockFormat(spacing)
    box.document().setModified(False)
    return box


def unused_id(name: str, taken: set[str]) -> str:
    """An id nobody uses yet, made from the name: the id is how plans find the exercise."""
    base = make_exercise_id(name or "exercise")
    candidate, number = base, 2
    while candidate in taken:
        suffix = f"-{number}"
        candidate = base[: 80 - len(suffix)].rstrip("-") + suffix
        number += 1
    return candidate


def dialog_words(exercise: Exercise, *, new: bool, copy: bool, based_on: Exercise | None) -> tuple[str, str]:
    """The dialog's title and the line under it: a new exercise, a copy of a built-in one, or the clinic's own."""
    if new:
        return (
            "New exercise",
            "An exercise of the clinic's own. Once saved it is in the library, ready to add to any plan.",
        )
    if copy:
        source = based_on.name if based_on else exercise.name
        return (
            f"Your copy of {source}",
            f"Change anything you like. The built-in {source} stays as it is, and plans that use it are not changed.",
        )
    return f"Edit {exercise.name}", "One of the clinic's own exercises: changes show in every plan that uses it."


def region_box(library: Library, exercise: Exercise | None) -> QComboBox:
    """The body region the library files the exercise under ("" takes the category's own region)."""
    held = [region for region in library.regions() if region not in REGIONS]
    # A region that is only the category's own shows as such, so choosing another category moves it along.
    current = exercise.region if exercise and exercise.region != region_of_category(exercise.category) else ""
    choices = [("The category's own", ""), *((region, region) for region in [*REGIONS, *held])]
    if current and current not in REGIONS and current not in held:
        choices.append((current, current))
    return choice_box(choices, current)


def fill_categories(category: QComboBox, library: Library, region: str | None) -> None:
    """Offer the categories of ``region`` (every category when it is empty), keeping what is typed."""
    typed = category.currentText()
    offered = library.categories(region or None)
    offered += [c for c in CATEGORIES_BY_REGION.get(region or "", ()) if c not in offered]
    category.blockSignals(True)
    category.clear()
    category.addItems(offered)
    category.setCurrentText(typed)
    category.blockSignals(False)
