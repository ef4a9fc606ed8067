"""The clinic's own exercises: new ones, edited ones, copies of built-in ones, and deleting one no plan needs."""

from __future__ import annotations

from designer.domain import Exercise, Plan
from designer.library import Library
from designer.storage import StoreError
from designer.storage.repository import Repository

from .errors import WorkflowError


class ExerciseInUseError(WorkflowError):
    """An exercise was not deleted because plans or templates use it; ``uses`` says which, in words."""

    def __init__(self, exercise: Exercise, uses: list[str]) -> None:
        shown = uses[:8] + ([f"and {len(uses) - 8} more"] if len(uses) > 8 else [])
        super().__init__(
            f"\u201c{exercise.name}\u201d is not deleted, because it is used in: {'; '.join(shown)}. Their "
            "handouts need it. Take it out of those plans first, or keep it in the library."
        )
        self.uses = uses


def editable_version(library: Library, exercise_id: str) -> Exercise:
    """What the therapist edits for a library exercise: the clinic's own as it is, or a fresh copy of a built-in.

    Raises ``WorkflowError`` for an id that is not in the library.
    """
    exercise = library.get(exercise_id)
    if exercise is None:
        raise WorkflowError(f'there is no exercise "{exercise_id}" in the library')
    if not exercise.builtin:
        return exercise
    # The client reads the name on the handout, so the copy keeps it; the library marks it "the clinic's own".
    return library.copy_for_clinic(exercise.id, exercise.name)


def save_exercise(repository: Repository, exercise: Exercise) -> Exercise:
    """Keep a new or changed exercise of the clinic's own; returns it as saved."""
    if exercise.builtin:
        raise WorkflowError(f"\u201c{exercise.name}\u201d is built in; edit a copy of it instead")
    return repository.save_exercise(exercise)


def where_used(repository: Repository, exercise_id: str, open_plan: Plan | None = None) -> list[str]:
    """Where an exercise is used, in words ("Back to lifting (Margaret Ellis)", "the template Hips"), the open
    plan first (its latest, perhaps unsaved, state).  Reads every stored plan: call it off the GUI thread."""
    found: list[str] = []
    if open_plan is not None and exercise_id in open_plan.exercise_ids():
        found.append(f"{open_plan.title} (open now)")
    for template_id, name in repository.list_saved_templates():
        try:
            if exercise_id in repository.get_saved_template(template_id).exercise_ids():
                found.append(f"the template {name}")
        except StoreError:
            continue  # a damaged template cannot be printed either way
    for summary in repository.plans_using_exercise(exercise_id):
        if open_plan is not None and summary.id == open_plan.id:
            continue  # the open plan's latest state was checked above
        found.append(f"{summary.title} ({summary.client_name})" if summary.client_name else summary.title)
    return found


def delete_exercise(repository: Repository, library: Library, exercise_id: str, open_plan: Plan | None = None) -> None:
    """Delete one of the clinic's exercises; refuses (``ExerciseInUseError``) while a plan or template uses it."""
    exercise = library.get(exercise_id)
    if exercise is None:
        raise WorkflowError(f'there is no exercise "{exercise_id}" in the library')
    if exercise.builtin:
        raise WorkflowError(f"\u201c{exercise.name}\u201d is built in, so it cannot be deleted")
    uses = where_used(repository, exercise_id, open_plan)
    if uses:
        raise ExerciseInUseError(exercise, uses)
    repository.delete_exercise(exercise_id)
