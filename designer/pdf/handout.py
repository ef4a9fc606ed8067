"""The client's handout: from (plan, exercises, clinic, options) to PDF bytes.

``render_handout`` needs no database and no window, so the window, the
command line and the email sender all call it the same way.  Three layouts:

- detailed: illustrated, each exercise kept together on a page with its
  prescription in words, steps, key points, the therapist's note, safety
  note and the next easier and harder exercise;
- large print: the same content at 14.5 pt, high contrast, one exercise a page;
- compact: the whole plan on one page as a table, for the fridge.

An optional weekly tracking sheet can follow any of them.

An exercise id the plan uses but ``exercises`` lacks stops the render with a
``HandoutError``: leaving an exercise out of a client's programme without
anyone noticing is worse than a clear message to the therapist.  A missing
or broken logo or picture only gives a warning; the handout is still made.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table

from designer.domain import Clinic, Exercise, Layout, PaperSize, Plan, PlanItem

from .compact import compact_handout
from .document import Metadata, PageFurniture, build_pdf, running_header_height
from .flowables import Panel, story_height, table_style
from .images import MAX_LOGO_PIXELS, ImageProblem, prepare_image
from .sections import (
    HandoutContext,
    advice_panel,
    booking_block,
    contact_items,
    exercise_pictures,
    exercises_at_a_glance,
    picture_row,
    plan_notes,
    stage_heading_markup,
    stages_overview,
    title_block,
)
from .text import UserText, keep_units_together
from .theme import PAGE_SIZES, theme_for
from .tracking import tracking_sheet


class HandoutError(ValueError):
    """The handout cannot be made as asked; the message says what to change."""


@dataclass(frozen=True)
class HandoutOptions:
    """Choices made at render time.  ``None`` means "use the plan's or the clinic's own setting"."""

    layout: Layout | None = None  # default: the plan's layout
    tracking_sheet: bool = False
    paper: PaperSize | None = None  # default: the clinic's paper size
    client_name: str = ""
    therapist: str = ""  # default: the plan's therapist, else the clinic's
    logo_file: Path | None = None
    photos_dir: Path | None = None  # where the therapist's own exercise photos are kept
    deterministic: bool = False  # fixed creation date and document id, so tests can compare bytes
    date: dt.date | None = None  # default: the plan's start date
    language: str = "en-GB"


@dataclass(frozen=True)
class RenderResult:
    pdf: bytes
    warnings: list[str] = field(default_factory=list)
    page_count: int = 0


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
            f"The plan \"{plan.title}\" uses exercises that are not in the library: {listed}. "
            "Remove them from the plan or add them to the library, then make the handout again."
        )
    context = _make_context(plan, exercises, clinic, options)
    if context.layout is Layout.COMPACT:
        story = compact_handout(context)
    elif context.layout is Layout.LARGE_PRINT:
        story = _large_print_story(context)
    else:
        story = _detailed_story(context)
    if options.tracking_sheet:
        story += [PageBreak(), *tracking_sheet(context)]
    text = context.text
    client = text.clean(context.client_name, multiline=False)
    title = text.clean(plan.title, multiline=False)
    clinic_name = text.clean(clinic.name, multiline=False)
    furniture = PageFurniture(
        theme=context.theme,
        running_left=clinic_name,
        running_right=f"{title} · {client}" if client else title,
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
    return RenderResult(pdf=pdf, warnings=list(context.warnings), page_count=pages)


def _make_context(plan: Plan, exercises: Mapping[str, Exercise], clinic: Clinic,
                  options: HandoutOptions) -> HandoutContext:
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
        photos_dir=options.photos_dir,
        text=UserText(),
    )
    if options.logo_file is not None:
        try:
            context.logo = prepare_image(Path(options.logo_file), MAX_LOGO_PIXELS)
        except ImageProblem as problem:
            context.warn(
                f"The clinic logo could not be used ({problem}); the handout was made without it. "
                "Set the logo again in the clinic profile."
            )
    return context


# -- detailed and large print ---------------------------------------------------------


def _detailed_story(context: HandoutContext) -> list[Flowable]:
    story: list[Flowable] = [
        *title_block(context), *advice_panel(context), *stages_overview(context), *exercises_at_a_glance(context)
    ]
    numbers = {item.id: number for number, item in context.numbered_items()}
    styles = context.theme.styles
    stage_numbers = {stage.id: index for index, stage in enumerate(context.plan.stages, start=1)}
    for stage, items in context.plan.grouped():
        if not items:
            continue
        if stage is None:
            heading = Paragraph("Your exercises", styles.section)
        else:
            heading = Paragraph(
                stage_heading_markup(context, stage_numbers[stage.id], stage.title, stage.weeks,
                                     styles.section.fontSize * 0.72),
                styles.section,
            )
        for index, item in enumerate(items):
            # The stage's heading travels with its first exercise, so it never ends a page alone.
            story.extend(exercise_block(context, numbers[item.id], item, lead=[heading] if index == 0 else []))
            story.append(Spacer(1, context.theme.metrics.section_gap * 1.5))
    # The closing notes and the booking details stay on one page when they fit.
    story.append(KeepTogether([*plan_notes(context), *booking_block(context)]))
    return story


def _large_print_story(context: HandoutContext) -> list[Flowable]:
    """One exercise a page: the opening page(s), then each exercise, then notes and booking."""
    story: list[Flowable] = [*title_block(context), *advice_panel(context), *stages_overview(context)]
    numbers = {item.id: number for number, item in context.numbered_items()}
    styles = context.theme.styles
    stage_numbers = {stage.id: index for index, stage in enumerate(context.plan.stages, start=1)}
    for stage, items in context.plan.grouped():
        for item in items:
            story.append(PageBreak())
            lead = []
            if stage is not None:
                lead.append(Paragraph(
                    stage_heading_markup(context, stage_numbers[stage.id], stage.title, stage.weeks), styles.kicker
                ))
            story.extend(exercise_block(context, numbers[item.id], item, lead=lead))
    closing = [*plan_notes(context), *booking_block(context)]
    if closing:
        story.append(PageBreak())
        story.extend(closing)
    return story


@dataclass(frozen=True)
class Fit:
    """One way of laying out an exercise; the first that fits on a page is used."""

    picture_mm: float
    picture_share: float = 0.56  # the most of the page's width the picture may take beside the words
    key_points: bool = True  # the key points are a summary of the steps, so they are the first words to go
    ladder_beside_picture: bool = False  # the easier/harder lines move into the room beside the picture


FITS = {
    Layout.DETAILED: (Fit(60, 0.62), Fit(56), Fit(46), Fit(38, key_points=False, ladder_beside_picture=True)),
    Layout.LARGE_PRINT: (Fit(66, 0.62), Fit(56), Fit(50, key_points=False, ladder_beside_picture=True),
                         Fit(40, key_points=False, ladder_beside_picture=True)),
}


def exercise_block(
    context: HandoutContext, number: int, item: PlanItem, lead: Sequence[Flowable] = ()
) -> list[Flowable]:
    """One exercise as the client reads it, kept together (with any ``lead`` heading) on one page.

    When everything does not fit, the picture gets a little smaller, and then
    the key points (a summary of the steps) are left out.  A very long note
    still flows onto the next page rather than being cut.
    """
    fits = FITS[context.layout]
    return [BestFitTogether([partial(_exercise_flowables, context, number, item, lead, fit) for fit in fits],
                            context.frame_height, complete=[fit.key_points for fit in fits])]


class BestFitTogether(KeepTogether):
    """Flowables kept together in the first of several layouts that fits where they would start.

    On a page with room left, a slightly smaller picture may let an exercise
    start there rather than leave the page half empty, but only a layout that
    leaves nothing out (``complete``) is used for that; at the top of a page
    the most generous layout that fits the page is used.  When none fits even
    a whole page, the first layout flows on like any ``KeepTogether``.
    """

    def __init__(self, layouts: Sequence[Callable[[], list[Flowable]]], page_height: float,
                 complete: Sequence[bool]) -> None:
        self._layouts = list(layouts)
        self._complete = list(complete)
        self._built: dict[int, list[Flowable]] = {}
        self._heights: dict[tuple[int, float], float] = {}
        self._page_height = page_height
        super().__init__(self._layout(0))

    def _layout(self, index: int) -> list[Flowable]:
        if index not in self._built:
            self._built[index] = self._layouts[index]()
        return self._built[index]

    def _height(self, index: int, width: float) -> float:
        # A layout's height depends on the width only, and the frame asks again and again: measure once.
        key = (index, round(width, 2))
        if key not in self._heights:
            self._heights[key] = story_height(self._layout(index), width, self._page_height)
        return self._heights[key]

    def _choose(self, width: float, height: float) -> list[Flowable]:
        attempts = [(self._page_height, False)]
        if height >= self._page_height * 0.45:
            # Less room than that leaves no page looking empty; don't spend time trying smaller layouts.
            attempts.insert(0, (height, True))
        for room, only_complete in attempts:
            for index in range(len(self._layouts)):
                if only_complete and not self._complete[index]:
                    continue
                if self._height(index, width) <= room:
                    return self._layout(index)
        return self._layout(0)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._content = self._choose(available_width, available_height)
        return super().wrap(available_width, available_height)


def _exercise_flowables(context: HandoutContext, number: int, item: PlanItem, lead: Sequence[Flowable],
                        fit: Fit) -> list[Flowable]:
    exercise = context.exercise(item)
    theme = context.theme
    styles = theme.styles
    palette = theme.palette
    text = context.text
    gap = theme.metrics.gap
    block: list[Flowable] = [
        *lead,
        Paragraph(f'<font color="{palette.brand}">{number}</font>&nbsp;&nbsp;{text.line(exercise.name)}',
                  styles.exercise_name),
    ]
    # Large print keeps to what the client does, so an exercise fits its page.
    if exercise.purpose.strip() and not context.large:
        block.append(Paragraph(f'<font color="{palette.muted}">{text.line(exercise.purpose)}</font>', styles.body))
    ladder = _ladder(context, exercise)
    summary, ladder_placed = _summary(context, item, exercise, fit, ladder)
    block += [Spacer(1, gap), *summary]
    for label, lines in (("Getting ready", exercise.setup), ("The movement", exercise.steps)):
        cleaned = [line for line in (text.markup(line) for line in lines) if line]
        if cleaned:
            block.append(Paragraph(label, styles.label))
            block.extend(
                Paragraph(line, styles.step, bulletText=f"{index}.") for index, line in enumerate(cleaned, start=1)
            )
    if item.note.strip():
        who = text.line(context.therapist) if context.therapist.strip() else "your therapist"
        note: list[Flowable] = [Paragraph(f"A note from {who}", styles.panel_heading)]
        note.extend(Paragraph(line, styles.panel_body) for line in text.paragraphs(item.note))
        block += [Spacer(1, gap * 1.5),
                  Panel(note, background=theme.colour(palette.tint), bar=theme.colour(palette.brand),
                        padding=(9, 12))]
    if exercise.safety.strip():
        block += [Spacer(1, gap * 1.2), Paragraph(f"<b>Take care:</b> {text.markup(exercise.safety)}", styles.body)]
    if not ladder_placed:
        block.extend(ladder)
    return block


def _summary(context: HandoutContext, item: PlanItem, exercise: Exercise, fit: Fit,
             ladder: list[Flowable]) -> tuple[list[Flowable], bool]:
    """The picture with "How much" and the key points beside it; stacked when there are two photos or none.

    Returns the flowables and whether the ladder lines were placed beside the picture.
    """
    styles = context.theme.styles
    text = context.text
    how_much = _prescription_panel(context, item)
    cues = [line for line in (text.markup(cue) for cue in exercise.cues) if line] if fit.key_points else []
    key_points: list[Flowable] = []
    if cues:
        key_points.append(Paragraph("Key points", styles.label))
        key_points.extend(Paragraph(cue, styles.step, bulletText="•") for cue in cues)
    pictures = exercise_pictures(context, exercise)
    picture_height = fit.picture_mm * mm
    if len(pictures) == 1:
        # One drawing sits on the left and the summary on the right, so the picture and words read together.
        # A picture made smaller to fit the page gives its spare width to the words beside it.
        picture_width = min(context.frame_width * fit.picture_share, picture_height * pictures[0].aspect)
        picture = picture_row(context, pictures, picture_width, picture_height)
        picture.hAlign = "LEFT"
        side_width = context.frame_width - picture_width - 6 * mm
        beside = [how_much, *key_points, *(ladder if fit.ladder_beside_picture else [])]
        return [Table([[picture, beside]], colWidths=[picture_width + 6 * mm, side_width],
                      style=table_style(("VALIGN", (0, 0), (-1, -1), "TOP")))], fit.ladder_beside_picture
    story: list[Flowable] = []
    if pictures:
        story += [picture_row(context, pictures, context.frame_width, picture_height), Spacer(1, 4 * mm)]
    return [*story, how_much, *key_points], False


def _prescription_panel(context: HandoutContext, item: PlanItem) -> Flowable:
    """The prescription in plain words, the main instruction first: "3 sets of 10, each side · rest 60 s · ..."."""
    theme = context.theme
    styles = theme.styles
    prescription = item.prescription
    work = keep_units_together(context.text.line(prescription.work_in_words()))
    words = keep_units_together(context.text.line(prescription.in_words()))
    rest = words[len(work):] if words.startswith(work) else " · " + words
    markup = f"<b>{work}</b>{rest}"
    content = [Paragraph("How much", styles.kicker), Paragraph(markup, styles.body)]
    return Panel(content, background=theme.colour(theme.palette.tint), padding=(8, 12))


def _ladder(context: HandoutContext, exercise: Exercise) -> list[Flowable]:
    """The next easier and harder exercise, named so the client can step down or up on their own."""
    styles = context.theme.styles
    text = context.text
    lines = []
    easier = context.names(exercise.regressions)
    harder = context.names(exercise.progressions)
    if easier:
        lines.append(f"<b>Unsure or sore? Try:</b> {' or '.join(text.line(name) for name in easier)}")
    if harder:
        lines.append(f"<b>Easy for two sessions? Move on to:</b> {' or '.join(text.line(name) for name in harder)}")
    if not lines:
        return []
    return [Spacer(1, context.theme.metrics.gap), *(Paragraph(line, styles.body) for line in lines)]


__all__ = [
    "HandoutError",
    "HandoutOptions",
    "RenderResult",
    "render_handout",
    "render_handout_with_warnings",
]
