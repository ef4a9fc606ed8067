"""The client's handout: from (plan, exercises, clinic, options) to PDF bytes.

``render_handout`` needs no database and no window, so the window, the
command line and the email sender all call it the same way.  Three layouts:

- detailed: illustrated, each exercise kept together on a page with its
  prescription in words, steps, key points, the therapist's note, safety
  note and the next easier and harder exercise;
- large print: the same content at 14 pt or more, high contrast, one exercise a page;
- compact: the whole plan on one page as a table, for the fridge.

Nothing of an exercise is ever left out to make it fit: its picture gets
smaller and its lines close up first, and only an exercise longer than a
page (a very long note) goes on to the next under "(continued)".  The plan's
notes follow the standing advice at the top; the booking details go where
they leave no page nearly empty (see ``handout_story``).

An optional weekly tracking sheet can follow any of them.

An exercise id the plan uses but ``exercises`` lacks stops the render with a
``HandoutError``: leaving an exercise out of a client's programme without
anyone noticing is worse than a clear message to the therapist.  A missing
or broken logo or picture only gives a warning; the handout is still made.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from reportlab.platypus import PageBreak

from designer.domain import Clinic, Exercise, Layout, PaperSize, Plan

from .contact import contact_items, missing_contact_warning
from .document import Metadata, build_pdf
from .handout_story import detailed_story, large_print_story
from .images import MAX_LOGO_PIXELS, ImageProblem, prepare_picture
from .measurements import PAGE_SIZES
from .page_furniture import PageFurniture, running_header_height
from .sections import HandoutContext
from .text import UserText
from .theme import theme_for
from .tracking import tracking_sheet
from .warnings import HandoutWarning, WarningKind


class HandoutError(ValueError):
    """The handout cannot be made as asked; the message says what to change."""


@dataclass(frozen=True)
class HandoutOptions:
    """Choices made at render time.  ``None`` means "use the plan's or the clinic's own setting"."""

    layout: Layout | None = None  # default: the plan's layout
    tracking_sheet: bool = False
    tracking_set_ticks: bool = False  # on the tracking sheet, a box for each set rather than one a session
    paper: PaperSize | None = None  # default: the clinic's paper size
    client_name: str = ""
    therapist: str = ""  # default: the plan's therapist, else the clinic's
    logo: bytes | None = None  # the clinic's logo (the repository's ``get_picture``); None: no logo
    # The therapist's own exercise photos by name (the repository's ``get_picture``): the plan's exercises'
    # start and end photos.  The handout reads no folder: it is made from what it is given.
    photos: Mapping[str, bytes] = field(default_factory=dict)
    deterministic: bool = False  # fixed creation date and document id, so tests can compare bytes
    date: dt.date | None = None  # default: the plan's start date
    language: str = "en-GB"
    next_appointment: dt.datetime | None = None  # printed in the booking box; None leaves a line to write on


@dataclass(frozen=True)
class RenderResult:
    pdf: bytes
    warnings: list[HandoutWarning] = field(default_factory=list)  # each a sentence, with its kind
    page_count: int = 0

    def warnings_of(self, kind: WarningKind) -> list[HandoutWarning]:
        return [warning for warning in self.warnings if warning.kind is kind]

    @property
    def missing_characters(self) -> tuple[str, ...]:
        """Characters that could not be printed: the command line stops on them unless told to allow them."""
        return tuple(
            char for warning in self.warnings_of(WarningKind.MISSING_CHARACTERS) for char in warning.characters
        )


def render_handout(
    plan: Plan, exercises: Mapping[str, Exercise], clinic: Clinic, options: HandoutOptions | None = None
) -> bytes:
    """The handout as PDF bytes.  Raises ``HandoutError`` when the plan uses an exercise not in ``exercises``."""
    return render_handout_with_warnings(plan, exercises, clinic, options).pdf


def render_handout_with_warnings(
    plan: Plan, exercises: Mapping[str, Exercise], clinic: Clinic, options: HandoutOptions | None = None
) -> RenderResult:
    """The handout, what the therapist should know about it (a logo left out ...) and its page count."""
    options = options or HandoutOptions()
    missing = sorted({item.exercise_id for item in plan.items if item.exercise_id not in exercises})
    if missing:
        listed = ", ".join(f'"{exercise_id}"' for exercise_id in missing)
        raise HandoutError(
            f'The plan "{plan.title}" uses exercises that are not in the library: {listed}. '
            "Remove them from the plan or add them to the library, then make the handout again."
        )
    context = _make_context(plan, exercises, clinic, options)
    if context.layout is Layout.COMPACT:
        from .compact import compact_handout  # here: a detailed or large-print handout does not load it

        story = compact_handout(context)
    elif context.layout is Layout.LARGE_PRINT:
        story = large_print_story(context)
    else:
        story = detailed_story(context)
    if options.tracking_sheet:
        story += [PageBreak(), *tracking_sheet(context, set_ticks=options.tracking_set_ticks)]
    text = context.text
    client = text.clean(context.client_name, multiline=False)
    title = text.clean(plan.title, multiline=False)
    clinic_name = text.clean(clinic.name, multiline=False)
    furniture = PageFurniture(
        theme=context.theme,
        running_left=text.plain(clinic.name),
        running_right=text.plain(plan.title),
        running_client=text.plain(context.client_name),
        contact=tuple(contact_items(context)),
    )
    metadata = Metadata(
        title=f"{title} – {client}" if client else title,
        author=clinic_name,
        subject=f"Exercise plan from {clinic_name}" + (f" for {client}" if client else ""),
        language=options.language,
        keywords=("exercise plan", context.layout.value),
    )
    pdf, pages = build_pdf(
        story,
        pagesize=PAGE_SIZES[context.paper],
        furniture=furniture,
        metadata=metadata,
        deterministic=options.deterministic,
        running_header=context.layout is not Layout.COMPACT,
    )
    dropped = text.warning()
    if dropped:
        context.warn(dropped)
    no_contact = missing_contact_warning(context)
    if no_contact:
        context.warn(no_contact, WarningKind.NO_CONTACT)
    for warning in setup_warnings(plan, clinic, options):
        context.warn(warning)
    return RenderResult(pdf=pdf, warnings=list(context.warnings), page_count=pages)


def setup_warnings(plan: Plan, clinic: Clinic, options: HandoutOptions) -> list[HandoutWarning]:
    """What is missing from the clinic's settings or the plan that the client would notice on paper."""
    warnings: list[HandoutWarning] = []
    if not plan.items:
        warnings.append(
            HandoutWarning(
                f'The plan "{plan.title}" has no exercises, so the handout has none to show. '
                "Add exercises to the plan, then make the handout again.",
                WarningKind.EMPTY_PLAN,
            )
        )
    if clinic.name.strip() == Clinic().name:
        warnings.append(
            HandoutWarning(
                f'The handout is headed "{clinic.name}", the placeholder name. Set the clinic\'s name in Clinic '
                "settings in the window",
                WarningKind.PLACEHOLDER_CLINIC_NAME,
                command='python main.py clinic --set name="..."',
            )
        )
    if options.logo is None:
        warnings.append(
            HandoutWarning(
                "The clinic has no logo, so the handout is headed by its name only. Set one in Clinic settings "
                "in the window",
                WarningKind.NO_LOGO,
                command="python main.py clinic --set logo=FILE",
            )
        )
    return warnings


def _make_context(
    plan: Plan, exercises: Mapping[str, Exercise], clinic: Clinic, options: HandoutOptions
) -> HandoutContext:
    layout = options.layout or plan.layout
    paper = options.paper or clinic.paper
    theme = theme_for(clinic.colour.upper(), clinic.accent_colour.upper(), layout)
    width, height = PAGE_SIZES[paper]
    metrics = theme.metrics
    frame_height = height - metrics.margin_top - metrics.margin_bottom - metrics.footer_size
    if layout is not Layout.COMPACT:
        frame_height -= running_header_height(theme)
    context = HandoutContext(
        plan=plan,
        exercises=exercises,
        clinic=clinic,
        layout=layout,
        paper=paper,
        client_name=options.client_name,
        therapist=options.therapist or plan.therapist or clinic.therapist,
        date=options.date or plan.start_date or dt.date.today(),
        theme=theme,
        frame_width=width - 2 * metrics.margin_side,
        frame_height=frame_height,
        photos=options.photos,
        text=UserText(),
        next_appointment=options.next_appointment,
    )
    if options.logo is not None:
        try:
            context.logo = prepare_picture(options.logo, "the logo", MAX_LOGO_PIXELS)
        except ImageProblem as problem:
            context.warn(
                f"The clinic logo could not be used ({problem}); the handout was made without it. "
                "Set the logo again in the clinic profile.",
                WarningKind.LOGO_PROBLEM,
            )
    return context


__all__ = [
    "HandoutError",
    "HandoutOptions",
    "HandoutWarning",
    "RenderResult",
    "WarningKind",
    "render_handout",
    "render_handout_with_warnings",
]
