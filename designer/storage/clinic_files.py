"""The data folder's small files, each one TinyDB file of its own: the clinic's profile (``clinic.json``), its
own exercises (``library.json``) and the plans the therapist saved as templates (``templates.json``).

Part of ``Store`` (see ``store.py``); split out so each module reads in one sitting.
"""

from __future__ import annotations

from collections.abc import MutableMapping
from dataclasses import replace
from typing import Any

from tinydb.table import Document

from ..domain import Clinic, Exercise, Plan, ValidationError
from ..domain.fields import clean_text
from . import schema
from .erasure import StoreErasing
from .errors import DamagedDataError, NotFoundError
from .index import fold
from .repository import NoticeKind
from .store_base import remove_document, replace_document, template_id


class StoreClinicFiles(StoreErasing):
    """Reading and writing the clinic profile, the clinic's own exercises and its saved templates."""

    # -- the clinic ----------------------------------------------------------------------

    def get_clinic(self) -> Clinic:
        """The clinic's profile; the default profile until one is saved."""
        with self._reading():
            db = self._small_db(schema.CLINIC)
            if db is None and self.newer_data:
                raise DamagedDataError(self.newer_data)  # not the default clinic on a handout: the real one is newer
            doc = next(iter(db.table("clinic", cache_size=0)), None) if db is not None else None
            if doc is None:
                return Clinic()
            try:
                return Clinic.from_dict(doc)
            except ValidationError as error:
                self._notice(
                    NoticeKind.DAMAGED,
                    f"The saved clinic profile could not be read ({error}); the default profile is shown. "
                    "Saving the profile again replaces it.",
                )
                return Clinic()

    def save_clinic(self, clinic: Clinic) -> Clinic:
        """Save the clinic's profile; returns it as saved."""
        clinic = Clinic.from_dict(clinic.to_dict())
        with self._writing():
            db = self._small_db(schema.CLINIC, for_writing="the clinic profile")
            assert db is not None
            table = db.table("clinic", cache_size=0)
            existing = [doc.doc_id for doc in table]

            def swap(doc: MutableMapping[str, Any]) -> None:
                doc.clear()
                doc.update(clinic.to_dict())

            if existing:
                table.update(swap, doc_ids=existing[:1])
            else:
                table.insert(clinic.to_dict())
            return clinic

    # -- the clinic's own exercises -----------------------------------------------------

    def list_custom_exercises(self) -> list[Exercise]:
        """The clinic's own exercises (and edited copies of built-in ones), sorted by name."""
        with self._reading():
            db = self._small_db(schema.LIBRARY)
            found: list[Exercise] = []
            for doc in db.table("exercises", cache_size=0) if db is not None else []:
                try:
                    found.append(Exercise.from_dict(doc))
                except ValidationError as error:
                    self._notice(
                        NoticeKind.DAMAGED,
                        f'The clinic\'s exercise "{doc.get("name", doc.get("id"))}" could not be read '
                        f"({error}), so it is not shown. An earlier version is in the backups folder.",
                    )
            return sorted(found, key=lambda e: (fold(e.name), e.id))

    def save_exercise(self, exercise: Exercise) -> Exercise:
        """Add or replace one of the clinic's own exercises; returns it as saved."""
        exercise = Exercise.from_dict(exercise.to_dict())
        with self._writing():
            db = self._small_db(schema.LIBRARY, for_writing=f'the exercise "{exercise.name}"')
            assert db is not None
            replace_document(db.table("exercises", cache_size=0), "id", exercise.id, exercise.to_dict())
            return exercise

    def delete_exercise(self, exercise_id: str) -> None:
        with self._writing():
            db = self._small_db(schema.LIBRARY, for_writing="the deletion of the exercise")
            assert db is not None
            if not remove_document(db.table("exercises", cache_size=0), "id", exercise_id):
                raise NotFoundError(f'The clinic has no exercise of its own with the id "{exercise_id}".')

    # -- saved templates ---------------------------------------------------------------------

    def list_saved_templates(self) -> list[tuple[str, str]]:
        """(id, name) of each template the therapist saved, sorted by name."""
        with self._reading():
            db = self._small_db(schema.TEMPLATES)
            docs = list(db.table("templates", cache_size=0)) if db is not None else []
            pairs = [(str(doc["id"]), str(doc["name"])) for doc in docs]
            return sorted(pairs, key=lambda pair: (fold(pair[1]), pair[0]))

    def get_saved_template(self, template_id_: str) -> Plan:
        with self._reading():
            db = self._small_db(schema.TEMPLATES)
            docs: list[Document] = list(db.table("templates", cache_size=0)) if db is not None else []
            doc = next((d for d in docs if d.get("id") == template_id_), None)
            if doc is None:
                raise NotFoundError(f'There is no saved template with the id "{template_id_}".')
            try:
                return Plan.from_dict(doc["plan"])
            except ValidationError as error:
                raise DamagedDataError(f'The saved template "{doc["name"]}" could not be read ({error}).') from error

    def save_template(self, name: str, plan: Plan) -> str:
        """Keep ``plan`` as a template called ``name`` (replacing one of the same name); returns its id."""
        name = clean_text(name, multiline=False).strip()  # the same tidying as every other name
        if not name:
            raise ValidationError("name: a template needs a name")
        if len(name) > 200:
            raise ValidationError("name: is too long (at most 200 characters)")
        with self._writing():
            db = self._small_db(schema.TEMPLATES, for_writing=f'the template "{name}"')
            assert db is not None
            new_id = template_id(name)
            data = Plan.from_dict(replace(plan, client_id="").to_dict()).to_dict()  # a template belongs to no one
            replace_document(
                db.table("templates", cache_size=0), "id", new_id, {"id": new_id, "name": name, "plan": data}
            )
            return new_id

    def delete_template(self, template_id_: str) -> None:
        with self._writing():
            db = self._small_db(schema.TEMPLATES, for_writing="the deletion of the template")
            assert db is not None
            if not remove_document(db.table("templates", cache_size=0), "id", template_id_):
                raise NotFoundError(f'There is no saved template with the id "{template_id_}".')
