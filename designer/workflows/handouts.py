"""Handouts: what one render needs for a stored plan, and the render itself, the same for window and command line.

The preview, Save PDF, Print, Email and ``python main.py render`` all build a ``HandoutRequest`` here and call
``make_handout``, so the page on screen is the page on paper and in the email.  A request is immutable, so the
window can render it on a background thread.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from designer.domain import Client, Clinic, Exercise, Layout, PaperSize, Plan
from designer.library import Library
from designer.pdf import HandoutOptions, RenderResult, render_handout_with_warnings
from designer.storage.repository import Repository

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
    logo_file: Path | None = None
    photos_dir: Path | None = None

    def options(self) -> HandoutOptions:
        return HandoutOptions(
            layout=self.layout,
            tracking_sheet=self.tracking_sheet,
            tracking_set_ticks=self.tracking_set_ticks,
            paper=self.paper,
            next_appointment=self.next_appointment,
            client_name=self.client_name,
            therapist=self.plan.therapist or self.clinic.therapist,
            logo_file=self.logo_file,
            photos_dir=self.photos_dir,
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
    folders = repository.picture_folders() if repository is not None else None
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
        logo_file=folders.logo(clinic.logo) if folders is not None and clinic.logo else None,
        photos_dir=folders.photos if folders is not None else None,
    )


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
