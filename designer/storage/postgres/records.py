"""The shared database's smaller records: the clinic profile, its own exercises, templates, pictures, the outbox.

Pictures are kept in the database by the hash of their bytes (the same names as the embedded store makes), so
every desk sees the same photos and logo.  The handout renderer is given them as bytes (``get_picture``);
``picture_folders`` writes copies into this desk's own folder (only the ones it does not have yet) for copying
a clinic's data between stores, which lists them as files.

The outbox stays on each desk, in that desk's own folder: an email waiting to be sent belongs to the desk whose
mail settings and network will send it, and the outbox (``designer.mail.outbox``) is a folder of files.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ...domain import Clinic, Exercise, Plan, ValidationError
from ...domain.fields import clean_text
from ...safe_files import write_file_atomically
from ..errors import DamagedDataError, NotFoundError
from ..index import fold
from ..repository import NoticeKind, PictureFolders, PictureKind
from ..schema import SCHEMA_VERSION
from ..store_base import PICTURE_HASH_LENGTH, PICTURE_NAME, PICTURE_SUFFIXES, template_id
from .base import PostgresBase, jsonb

if TYPE_CHECKING:
    from ...mail.outbox import Outbox


class RecordsMixin(PostgresBase):
    """Clinic profile, exercises, templates, pictures, outbox and snapshots of the PostgreSQL store."""

    # -- the clinic -------------------------------------------------------------------------------

    def get_clinic(self) -> Clinic:
        """The clinic's profile; the default profile until one is saved."""
        with self._transaction() as cur:
            cur.execute("SELECT doc FROM clinic WHERE id = 1")
            row = cur.fetchone()
        if row is None:
            return Clinic()
        try:
            return Clinic.from_dict(row[0])
        except ValidationError as error:
            self._tell(
                NoticeKind.DAMAGED,
                f"The saved clinic profile could not be read ({error}); the default profile is shown. "
                "Saving the profile again replaces it.",
            )
            return Clinic()

    def save_clinic(self, clinic: Clinic) -> Clinic:
        clinic = Clinic.from_dict(clinic.to_dict())
        with self._transaction(what="the clinic profile") as cur:
            cur.execute(
                "INSERT INTO clinic (id, doc, schema_version) VALUES (1, %s, %s)"
                " ON CONFLICT (id) DO UPDATE SET doc = excluded.doc, schema_version = excluded.schema_version",
                (jsonb(clinic.to_dict()), SCHEMA_VERSION),
            )
            self._tell_other_desks(cur, "clinic", "clinic")
        return clinic

    # -- the clinic's own exercises ---------------------------------------------------------------

    def list_custom_exercises(self) -> list[Exercise]:
        with self._transaction() as cur:
            cur.execute("SELECT doc FROM exercises ORDER BY name_key, id")
            rows = cur.fetchall()
        found: list[Exercise] = []
        for (doc,) in rows:
            try:
                found.append(Exercise.from_dict(doc))
            except ValidationError as error:
                self._tell(
                    NoticeKind.DAMAGED,
                    f'The clinic\'s exercise "{doc.get("name", doc.get("id"))}" could not be read ({error}), '
                    "so it is not shown.",
                )
        return found

    def save_exercise(self, exercise: Exercise) -> Exercise:
        exercise = Exercise.from_dict(exercise.to_dict())
        with self._transaction(what=f'the exercise "{exercise.name}"') as cur:
            cur.execute(
                "INSERT INTO exercises (id, doc, schema_version, name_key) VALUES (%s, %s, %s, %s)"
                " ON CONFLICT (id) DO UPDATE SET doc = excluded.doc, schema_version = excluded.schema_version,"
                " name_key = excluded.name_key",
                self._exercise_row(exercise),
            )
            self._tell_other_desks(cur, "exercise", exercise.id)
        return exercise

    def delete_exercise(self, exercise_id: str) -> None:
        with self._transaction(what="the deletion of the exercise") as cur:
            cur.execute("DELETE FROM exercises WHERE id = %s", (exercise_id,))
            if cur.rowcount == 0:
                raise NotFoundError(f'The clinic has no exercise of its own with the id "{exercise_id}".')
            self._tell_other_desks(cur, "exercise", exercise_id)

    # -- saved templates ----------------------------------------------------------------------------

    def list_saved_templates(self) -> list[tuple[str, str]]:
        with self._transaction() as cur:
            cur.execute("SELECT id, name FROM templates ORDER BY name_key, id")
            return [(str(row[0]), str(row[1])) for row in cur.fetchall()]

    def get_saved_template(self, template_id_: str) -> Plan:
        with self._transaction() as cur:
            cur.execute("SELECT name, plan FROM templates WHERE id = %s", (template_id_,))
            row = cur.fetchone()
        if row is None:
            raise NotFoundError(f'There is no saved template with the id "{template_id_}".')
        try:
            return Plan.from_dict(row[1])
        except ValidationError as error:
            raise DamagedDataError(f'The saved template "{row[0]}" could not be read ({error}).') from error

    def save_template(self, name: str, plan: Plan) -> str:
        """Keep ``plan`` as a template called ``name`` (replacing one of the same name); returns its id."""
        name = clean_text(name, multiline=False).strip()
        if not name:
            raise ValidationError("name: a template needs a name")
        if len(name) > 200:
            raise ValidationError("name: is too long (at most 200 characters)")
        row = self._template_row(name, plan)
        new_id = row[0]
        with self._transaction(what=f'the template "{name}"') as cur:
            cur.execute(
                "INSERT INTO templates (id, name, name_key, plan, schema_version) VALUES (%s, %s, %s, %s, %s)"
                " ON CONFLICT (id) DO UPDATE SET name = excluded.name, name_key = excluded.name_key,"
                " plan = excluded.plan, schema_version = excluded.schema_version",
                row,
            )
            self._tell_other_desks(cur, "template", new_id)
        return new_id

    def delete_template(self, template_id_: str) -> None:
        with self._transaction(what="the deletion of the template") as cur:
            cur.execute("DELETE FROM templates WHERE id = %s", (template_id_,))
            if cur.rowcount == 0:
                raise NotFoundError(f'There is no saved template with the id "{template_id_}".')
            self._tell_other_desks(cur, "template", template_id_)

    # -- pictures ---------------------------------------------------------------------------------

    def put_picture(self, kind: PictureKind, data: bytes, suffix: str) -> str:
        """Keep a picture (already made safe) under the hash of its bytes; the same bytes give the same name."""
        if suffix not in PICTURE_SUFFIXES:
            raise ValueError(f"a kept picture is {' or '.join(PICTURE_SUFFIXES)}, not {suffix!r}")
        name = hashlib.sha256(data).hexdigest()[:PICTURE_HASH_LENGTH] + suffix
        self.put_picture_named(kind, name, data)
        return name

    def put_picture_named(self, kind: PictureKind, name: str, data: bytes) -> None:
        """Keep a picture under a name it already has (a copy from a data folder keeps the names plans use)."""
        if not PICTURE_NAME.fullmatch(name):
            raise ValueError(f"{name!r} is not the name of a kept picture")
        with self._transaction(what=f"the {kind.value}") as cur:
            cur.execute(
                "INSERT INTO pictures (kind, name, data) VALUES (%s, %s, %s) ON CONFLICT DO NOTHING",
                (kind.value, name, data),
            )

    def get_picture(self, kind: PictureKind, name: str) -> bytes | None:
        if not PICTURE_NAME.fullmatch(name):
            return None  # only names the store made
        with self._transaction() as cur:
            cur.execute("SELECT data FROM pictures WHERE kind = %s AND name = %s", (kind.value, name))
            row = cur.fetchone()
        return bytes(row[0]) if row else None

    def picture_names(self, kind: PictureKind) -> list[str]:
        with self._transaction() as cur:
            cur.execute("SELECT name FROM pictures WHERE kind = %s ORDER BY name", (kind.value,))
            return [str(row[0]) for row in cur.fetchall()]

    def picture_folders(self) -> PictureFolders:
        """This desk's copies of the kept pictures, brought up to date, as files (for copying between stores)."""
        pictures = self.local_folder / "pictures"
        folders = PictureFolders(photos=pictures / "photos", logos=pictures / "logos")
        for kind, folder in ((PictureKind.PHOTO, folders.photos), (PictureKind.LOGO, folders.logos)):
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            have = set(os.listdir(folder))
            for name in self.picture_names(kind):
                if name not in have:
                    data = self.get_picture(kind, name)
                    if data is not None:
                        write_file_atomically(folder / name, data, mode=0o600)
        return folders

    @staticmethod
    def _exercise_row(exercise: Exercise) -> tuple[Any, ...]:
        return (exercise.id, jsonb(exercise.to_dict()), SCHEMA_VERSION, fold(exercise.name))

    @staticmethod
    def _template_row(name: str, plan: Plan) -> tuple[Any, ...]:
        data = Plan.from_dict(replace(plan, client_id="").to_dict()).to_dict()  # a template belongs to no one
        return (template_id(name), name, fold(name), jsonb(data), SCHEMA_VERSION)

    # -- mail and backups -----------------------------------------------------------------------

    def outbox(self) -> Outbox:
        """This desk's outbox: a folder of its own (emails wait on the desk that will send them)."""
        from ...mail.outbox import Outbox

        return Outbox(self.local_folder / "outbox")

    def snapshot(self, *, force: bool = False, keep_days: int | None = None) -> Path | None:
        """Today's snapshot: the whole database read in one transaction, zipped like the embedded snapshots;
        this desk's snapshots older than ``keep_days`` (None: the clinic's setting) go."""
        from .copying import snapshot_to_zip
        from .repository import PostgresRepository

        assert isinstance(self, PostgresRepository)
        days = self.get_clinic().keep_backups_days if keep_days is None else keep_days
        return snapshot_to_zip(self, force=force, keep_days=days)

    def _tell(self, kind: NoticeKind, text: str) -> None:
        from ..repository import Notice

        notice = Notice(kind, text)
        with contextlib.suppress(ValueError):
            if notice not in self.notices:
                self.notices.append(notice)
