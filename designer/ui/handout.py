"""Making the handout for the window: one place that gathers what the renderer needs.

The preview, Save PDF, Print and Email all call ``make_handout`` with the
same inputs, so the page on screen is the page on paper and in the email.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from designer.domain import Clinic, Exercise, Layout, Plan
from designer.mail import attachment_name
from designer.pdf import HandoutOptions, RenderResult, render_handout_with_warnings


@dataclass(frozen=True)
class HandoutRequest:
    """Everything one render needs; immutable, so a background thread can use it safely."""

    plan: Plan
    exercises: Mapping[str, Exercise]
    clinic: Clinic
    client_name: str = ""
    layout: Layout | None = None
    tracking_sheet: bool = False
    logo_file: Path | None = None
    photos_dir: Path | None = None

    def options(self) -> HandoutOptions:
        return HandoutOptions(
            layout=self.layout,
            tracking_sheet=self.tracking_sheet,
            client_name=self.client_name,
            logo_file=self.logo_file,
            photos_dir=self.photos_dir,
        )


def make_handout(request: HandoutRequest) -> RenderResult:
    """The handout PDF, its warnings and page count.  Raises the renderer's ``HandoutError``."""
    return render_handout_with_warnings(request.plan, request.exercises, request.clinic, request.options())


def handout_file_name(plan: Plan, client_name: str, day: dt.date | None = None) -> str:
    """ "<Plan title> - <Client> - <date>.pdf", the same name the email attaches."""
    return attachment_name(plan.title, client_name, day or dt.date.today())
