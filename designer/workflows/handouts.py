"""Handouts: what one render needs for a stored plan, and the render itself, the same for window and command line.

The preview, Save PDF, Print, Email and ``python main.py render`` all build a ``HandoutRequest`` here and call
``make_handout``, so the page on screen is the page on paper and in the email.  A request is immutable, so the
window can render it on a background thread.  It carries the clinic's logo and the therapist's photos as bytes
(from the repository's ``get_picture``): the renderer reads no folder.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from designer.domain import Client, Clinic, Exercise, Layout, PaperSize, Plan
from designer.library import Library
from designer.pdf import HandoutOptions, RenderResult, render_handout_with_warnings
from designer.storage.repository import PictureKind, Repository

from .errors import WorkflowError


@dataclass(frozen=True)
class HandoutRequest:
    """Everything one render needs."""

    plan: Plan
    exercises: Mapping[str, Exercise]
    clinic: Clinic
    client_name: str = ""
    layout: Layout | None = None
    tracking_sheet: bool = False
    tracking_set_ticks: bool = False
    paper: PaperSize | None = None
    next_appointment: dt.datetime | None = None
    logo: bytes | None = None
    photos: Mapping[str, bytes] = field(default_factory=dict)  # the plan's exercises' photos, by name

    def options(self) -> HandoutOptions:
        return HandoutOptions(
            layout=self.layout,
            tracking_sheet=self.tracking_sheet,
            tracking_set_ticks=self.tracking_set_ticks,
            paper=self.paper,
            next_appointment=self.next_appointment,
            client_name=self.client_name,
            therapist=self.plan.therapist or self.clinic.therapist,
            logo=self.logo,
            photos=self.photos,
        )


def make_handout(request: HandoutRequest) -> RenderResult:
    """The handout PDF, its warnings and page count.  Raises the renderer's ``HandoutError``."""
    return render_handout_with_warnings(request.plan, request.exercises, request.clinic, request.options())


def handout_request(
    repository: Repository | None,
    library: Library,
    plan: Plan,
    client: Client | None,
    *,
    clinic: Clinic | None = None,
    layout: Layout | None = None,
    paper: PaperSize | None = None,
    tracking_sheet: bool = False,
    tracking_set_ticks: bool = False,
    next_appointment: dt.datetime | None = None,
) -> HandoutRequest:
    """The request for ``plan``'s handout: the whole library (each exercise's easier and harder versions are
    named), the clinic's profile (or ``clinic``, as edited but not yet saved), its logo and photos.  Without a
    repository (a plan file rendered where there is no data yet) the default clinic profile is used."""
    clinic = clinic or (repository.get_clinic() if repository is not None else Clinic())
    missing = sorted(exercise_id for exercise_id in set(plan.exercise_ids()) if exercise_id not in library)
    if missing:
        raise WorkflowError(f"the plan uses exercises that are not in the library: {', '.join(missing)}")
    logo = None
    if repository is not None and clinic.logo:
        # A logo named but no longer kept is passed as empty, so the handout warns that it could not be used.
        logo = repository.get_picture(PictureKind.LOGO, clinic.logo) or b""
    used = [exercise for exercise in (library.get(exercise_id) for exercise_id in plan.exercise_ids()) if exercise]
    return HandoutRequest(
        plan=plan,
        exercises={exercise.id: exercise for exercise in library.all()},
        clinic=clinic,
        client_name=client.name if client else "",
        layout=layout or plan.layout,
        tracking_sheet=tracking_sheet,
        tracking_set_ticks=tracking_set_ticks,
        paper=paper or clinic.paper,
        next_appointment=next_appointment,
        logo=logo,
        photos=kept_photos(repository, used),
    )


def kept_photos(repository: Repository | None, exercises: Iterable[Exercise]) -> dict[str, bytes]:
    """The therapist's start and end photos of ``exercises`` that the repository keeps, by name."""
    photos: dict[str, bytes] = {}
    if repository is None:
        return photos
    for exercise in exercises:
        for name in (exercise.illustration.start_photo, exercise.illustration.end_photo):
            if name and name not in photos:
                data = repository.get_picture(PictureKind.PHOTO, name)
                if data is not None:
                    photos[name] = data
    return photos


def parse_appointment(text: str) -> dt.datetime:
    """ "2026-12-10 14:30" (or with a T) as a date and time; raises ``WorkflowError`` saying the form wanted."""
    try:
        return dt.datetime.fromisoformat(" ".join(text.split()))
    except ValueError:
        raise WorkflowError(
            f'the next appointment "{text}" must look like 2026-12-10 14:30 (year-month-day hours:minutes)'
        ) from None


def handout_file_name(plan: Plan, client_name: str, day: dt.date | None = None) -> str:
    """ "<Plan title> - <Client> - <date>.pdf", the same name the email attaches."""
    from designer.mail.compose import attachment_name  # here: a render need not load the email modules

    return attachment_name(plan.title, client_name, day or dt.date.today())
