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
they leave no page nearly empty (see ``_with_closing``).

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
from .document import Metadata, PageFurniture, build_pdf, room_after, running_header_height
from .flowables import BestFit, Panel, story_height, table_style
from .images import MAX_LOGO_PIXELS, ImageProblem, prepare_image
from .sections import (
    HandoutContext,
    advice_panel,
    booking_block,
    contact_items,
    exercise_pictures,
    exercises_at_a_glance,
    get_help_box,
    missing_contact_warning,
    picture_row,
    plan_notes,
    stage_heading_markup,
    stages_overview,
    title_block,
)
from .text import UserText, escape, keep_units_together
from .theme import FONT, PAGE_SIZES, Styles, theme_for
from .tracking import tracking_sheet
from .warnings import HandoutWarning, WarningKind


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
                'settings in the window, or with: python main.py clinic --set name="..."',
                WarningKind.PLACEHOLDER_CLINIC_NAME,
            )
        )
    if options.logo_file is None:
        warnings.append(
            HandoutWarning(
                "The clinic has no logo, so the handout is headed by its name only. Set one in Clinic settings "
                "in the window, or with: python main.py clinic --set logo=FILE",
                WarningKind.NO_LOGO,
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
        photos_dir=options.photos_dir,
        text=UserText(),
        next_appointment=options.next_appointment,
    )
    if options.logo_file is not None:
        try:
            context.logo = prepare_image(Path(options.logo_file), MAX_LOGO_PIXELS)
        except ImageProblem as problem:
            context.warn(
                f"The clinic logo could not be used ({problem}); the handout was made without it. "
                "Set the logo again in the clinic profile.",
                WarningKind.LOGO_PROBLEM,
            )
    return context


# -- detailed and large print ---------------------------------------------------------


def _opening(context: HandoutContext) -> list[Flowable]:
    """What the client reads first: the title, the standing advice, the therapist's notes, the stages.

    The plan's notes come straight after the advice (the window promises they
    are printed at the top), so they are read before the exercises, not after.
    A plan without stages lists its exercises at a glance, in every layout.
    """
    glance = exercises_at_a_glance(context)
    return [*title_block(context), *advice_panel(context), *plan_notes(context), *stages_overview(context), *glance]


def _numbering(context: HandoutContext) -> tuple[dict[str, int], dict[str, int]]:
    """Each exercise's number on the handout (by item id) and each stage's number (by stage id)."""
    numbers = {item.id: number for number, item in context.numbered_items()}
    stage_numbers = {stage.id: index for index, stage in enumerate(context.plan.stages, start=1)}
    return numbers, stage_numbers


def _detailed_story(context: HandoutContext) -> list[Flowable]:
    story = _opening(context)
    numbers, stage_numbers = _numbering(context)
    styles = context.theme.styles
    blocks: list[ExerciseBlock] = []
    for stage, items in context.plan.grouped():
        if not items:
            continue
        if stage is None:
            heading = Paragraph("Your exercises", styles.section)
        else:
            heading = Paragraph(
                stage_heading_markup(
                    context, stage_numbers[stage.id], stage.title, stage.weeks, styles.section.fontSize * 0.72
                ),
                styles.section,
            )
        for index, item in enumerate(items):
            # The stage's heading travels with its first exercise, so it never ends a page alone.
            blocks.append(exercise_block(context, numbers[item.id], item, lead=[heading] if index == 0 else []))
    return _with_closing(context, story, blocks, page_breaks=False)


def _large_print_story(context: HandoutContext) -> list[Flowable]:
    """One exercise a page, after the opening page(s); the booking details where they leave no page near empty."""
    story = _opening(context)
    numbers, stage_numbers = _numbering(context)
    styles = context.theme.styles
    blocks: list[ExerciseBlock] = []
    for stage, items in context.plan.grouped():
        for item in items:
            lead = []
            if stage is not None:
                lead.append(
                    Paragraph(
                        stage_heading_markup(context, stage_numbers[stage.id], stage.title, stage.weeks), styles.kicker
                    )
                )
            blocks.append(exercise_block(context, numbers[item.id], item, lead=lead))
    return _with_closing(context, story, blocks, page_breaks=True)


def _with_closing(
    context: HandoutContext, opening: list[Flowable], blocks: list[ExerciseBlock], *, page_breaks: bool
) -> list[Flowable]:
    """The opening, the exercises and the booking details, placed so that no page holds only them.

    The booking details go with the last exercise when both fit on its page
    (a somewhat smaller picture may make the room); otherwise at the end of
    the opening when they fit on its last page; only otherwise on a page of
    their own.
    """
    gap = context.theme.metrics.section_gap
    closing = [*get_help_box(context), Spacer(1, gap), *booking_block(context)]
    story = list(opening)
    if closing and blocks:
        last = blocks[-1]
        width = context.frame_width
        # Not the most compact layout: the last exercise keeps a fair-sized picture to make the room.
        roomy = last.layout_makers[:-1]
        together = [partial(_appended, layout, [Spacer(1, gap), *closing]) for layout in roomy]
        joined = ExerciseBlock(together, context.frame_height, last.continued, fill_from=last._fill_from)
        if joined.first_fitting(width, context.frame_height) is not None:
            blocks[-1], closing = joined, []
        else:
            _page, room = room_after(story, pagesize=PAGE_SIZES[context.paper], theme=context.theme)
            if story_height([Spacer(1, gap), *closing], width, context.frame_height) <= room:
                story += [Spacer(1, gap), *closing, Spacer(1, gap)]
                closing = []
    if closing and page_breaks and context.plan.stages:
        # A page of its own: in large print the exercises at a glance come with the booking details when both
        # fit, a summary to keep by the kettle rather than a page left mostly empty.
        summary = exercises_at_a_glance(context, with_stages=True)
        if story_height([*summary, *closing], context.frame_width, context.frame_height) <= context.frame_height:
            closing = [*summary, *closing]
    for block in blocks:
        if page_breaks:
            story.append(PageBreak())
        else:
            block.set_space_before(gap * 1.5)
        story.append(block)
    if closing:
        closing[0].spaceBefore = gap  # space before, not a Spacer: at the top of a page it is dropped
        story.append(KeepTogether(closing))
    return story


def _appended(layout: Callable[[], list[Flowable]], closing: list[Flowable]) -> list[Flowable]:
    return [*layout(), *closing]


@dataclass(frozen=True)
class Fit:
    """One way of laying out an exercise; the roomiest that fits is used.  Nothing is ever left out."""

    picture_mm: float
    picture_share: float = 0.56  # the most of the page's width the picture may take beside the words
    tight: bool = False  # closer lines and smaller gaps (the text keeps its size)
    # Two columns: picture, how much, key points and what to watch out for on the left, the steps on the right.
    # Shorter, so two exercises share a page.
    columns: bool = False
    # The picture across the page above the words (large print: its labels are 14 pt or more at that size).
    stacked: bool = False


# Roomiest first: a smaller picture, then closer lines with the picture growing back, then both.
_FIT_STEPS = (
    Fit(56),
    Fit(48),
    Fit(40),
    Fit(48, tight=True),
    Fit(40, tight=True),
    Fit(34, tight=True),
    Fit(28, 0.45, tight=True),
)
# The left column's share of the page in the two-column layout.
COLUMN_SHARE = 0.42
# A built-in drawing is 1800 px across with labels of 76 px (illustrations.render.FULL): 117 mm wide prints them
# at 14 pt.  Large print never draws a picture narrower than this.
LARGE_PICTURE_WIDTH = 120 * mm
FITS = {
    # Two columns first, so two exercises share a page; the one-column layouts only for an exercise that is
    # too long for two columns on a page (a very long note).
    Layout.DETAILED: (
        Fit(44, columns=True),
        Fit(38, columns=True),
        Fit(44, columns=True, tight=True),
        Fit(36, columns=True, tight=True),
        Fit(60, 0.62),
        *_FIT_STEPS,
    ),
    Layout.LARGE_PRINT: (
        Fit(LARGE_PICTURE_WIDTH / mm / 2 + 10, stacked=True),
        Fit(LARGE_PICTURE_WIDTH / mm / 2, stacked=True),
        Fit(LARGE_PICTURE_WIDTH / mm / 2, stacked=True, tight=True),
    ),
}


class ExerciseBlock(BestFit):
    """One exercise in the roomiest of its layouts that fits a page; see ``BestFit``."""

    def __init__(
        self,
        layout_makers: Sequence[Callable[[], list[Flowable]]],
        page_height: float,
        continued: Callable[[], list[Flowable]],
        space_before: float = 0,
        fill_from: float = 0.45,
    ) -> None:
        self.layout_makers = list(layout_makers)
        self.continued = continued
        super().__init__(
            self.layout_makers, page_height, continued=continued, space_before=space_before, fill_from=fill_from
        )


def exercise_block(
    context: HandoutContext, number: int, item: PlanItem, lead: Sequence[Flowable] = ()
) -> ExerciseBlock:
    """One exercise as the client reads it, kept together (with any ``lead`` heading) on one page.

    When it does not fit, the picture gets smaller, and then lines and gaps
    close up; the text keeps its size and nothing is left out.  An exercise
    longer than any page (a very long note) carries on to the next page under
    "<name> (continued)".
    """
    return ExerciseBlock(
        [partial(_exercise_flowables, context, number, item, lead, fit) for fit in FITS[context.layout]],
        context.frame_height,
        continued=partial(_continued_heading, context, number, item),
        # Detailed: an exercise starts part-way down a page wherever it fits whole, so two share a page.
        fill_from=0.2 if context.layout is Layout.DETAILED else 0.45,
    )


def _continued_heading(context: HandoutContext, number: int, item: PlanItem) -> list[Flowable]:
    styles = context.theme.styles
    palette = context.theme.palette
    name = context.text.line(context.exercise(item).name)
    return [
        Paragraph(
            f'<font color="{palette.brand}">{number}</font>&nbsp;&nbsp;{name} '
            f'<font name="{FONT}" color="{palette.muted}">(continued)</font>',
            styles.exercise_name,
        )
    ]


def _exercise_flowables(
    context: HandoutContext, number: int, item: PlanItem, lead: Sequence[Flowable], fit: Fit
) -> list[Flowable]:
    exercise = context.exercise(item)
    theme = context.theme
    styles = theme.tight_styles if fit.tight else theme.styles
    palette = theme.palette
    text = context.text
    gap = theme.metrics.gap * (0.6 if fit.tight else 1)
    block: list[Flowable] = [
        *lead,
        Paragraph(
            f'<font color="{palette.brand}">{number}</font>&nbsp;&nbsp;{text.title(exercise.name)}',
            styles.exercise_name,
        ),
    ]
    if exercise.purpose.strip():
        block.append(Paragraph(f'<font color="{palette.muted}">{text.line(exercise.purpose)}</font>', styles.body))
    ladder = _ladder(context, exercise, styles, gap)
    steps = _steps(context, exercise, styles)
    note = _note_panel(context, item, styles, fit, gap)
    safety = _safety(context, exercise, styles, gap)
    watch = _watch_out(context, exercise, styles)
    if fit.columns:
        how_much = _prescription_panel(context, item, exercise, styles, fit.tight)
        groups = [[how_much], _key_points(context, exercise, styles), watch, *steps, safety, ladder, note]
        return [*block, Spacer(1, gap), _columns(context, exercise, fit, [group for group in groups if group])]
    if fit.stacked:
        pictures = exercise_pictures(context, exercise)
        story: list[Flowable] = [*block, Spacer(1, gap)]
        if pictures:
            story += [picture_row(context, pictures, context.frame_width, fit.picture_mm * mm), Spacer(1, gap * 1.5)]
        how_much = _prescription_panel(context, item, exercise, styles, fit.tight)
        key_points = _key_points(context, exercise, styles)
        return [*story, how_much, *key_points, *watch, *_joined(steps), *note, *safety, *ladder]
    summary, ladder_placed = _summary(context, item, exercise, fit, styles, ladder)
    block += [Spacer(1, gap), *summary, *watch, *_joined(steps), *note, *safety]
    if not ladder_placed:
        block.extend(ladder)
    return block


def _steps(context: HandoutContext, exercise: Exercise, styles: Styles) -> list[list[Flowable]]:
    """ "Getting ready" and "The movement", each a numbered list under its label."""
    groups: list[list[Flowable]] = []
    for label, lines in (("Getting ready", exercise.setup), ("The movement", exercise.steps)):
        cleaned = [line for line in (context.text.markup(line) for line in lines) if line]
        if cleaned:
            group: list[Flowable] = [Paragraph(label, styles.label)]
            group.extend(
                Paragraph(line, styles.step, bulletText=f"{index}.") for index, line in enumerate(cleaned, start=1)
            )
            groups.append(group)
    return groups


def _note_panel(context: HandoutContext, item: PlanItem, styles: Styles, fit: Fit, gap: float) -> list[Flowable]:
    if not item.note.strip():
        return []
    theme = context.theme
    text = context.text
    who = text.line(context.therapist) if context.therapist.strip() else "your therapist"
    note: list[Flowable] = [Paragraph(f"A note from {who}", styles.panel_heading)]
    note.extend(Paragraph(line, styles.panel_body) for line in text.paragraphs(item.note))
    padding = (6, 10) if fit.tight else (9, 12)
    return [
        Spacer(1, gap * 1.5),
        Panel(
            note, background=theme.colour(theme.palette.tint), bar=theme.colour(theme.palette.brand), padding=padding
        ),
    ]


def _safety(context: HandoutContext, exercise: Exercise, styles: Styles, gap: float) -> list[Flowable]:
    if not exercise.safety.strip():
        return []
    return [Spacer(1, gap * 1.2), Paragraph(f"<b>Take care:</b> {context.text.markup(exercise.safety)}", styles.body)]


def watch_out_words(mistakes: Sequence[str], limit: int = 150) -> list[str]:
    """The common mistakes to name on the handout: the first, and the next ones while the line stays short."""
    chosen: list[str] = []
    for mistake in (line.strip().rstrip(".") for line in mistakes):
        if not mistake:
            continue
        if chosen and sum(len(words) + 2 for words in [*chosen, mistake]) > limit:
            break
        chosen.append(mistake)
    # "Watch out for: rounding the back; holding your breath." reads as one sentence.
    return [words[0].lower() + words[1:] if words[:2] != words[:2].upper() else words for words in chosen]


def _watch_out(context: HandoutContext, exercise: Exercise, styles: Styles) -> list[Flowable]:
    """A short "Watch out for" line from the exercise's common mistakes."""
    chosen = watch_out_words([context.text.clean(line, multiline=False) for line in exercise.mistakes])
    if not chosen:
        return []
    words = "; ".join(escape(words) for words in chosen)
    return [Paragraph(f"<b>Watch out for:</b> {words}.", styles.body)]


def _joined(groups: Sequence[Sequence[Flowable]]) -> list[Flowable]:
    return [flowable for group in groups for flowable in group]


def _columns(context: HandoutContext, exercise: Exercise, fit: Fit, groups: list[list[Flowable]]) -> Flowable:
    """The exercise in two columns: the picture and the first parts on the left, the rest on the right.

    The parts keep their reading order (how much, key points, what to watch out for, getting ready, the
    movement, take care, easier and harder, the therapist's note); where the left column ends is chosen so
    that the taller column is as short as it can be.
    """
    gap = context.theme.metrics.gap * (0.6 if fit.tight else 1)
    left_width = context.frame_width * COLUMN_SHARE
    right_width = context.frame_width - left_width - 6 * mm
    picture: list[Flowable] = []
    pictures = exercise_pictures(context, exercise)
    if pictures:
        picture = [picture_row(context, pictures, left_width, fit.picture_mm * mm), Spacer(1, gap)]

    def spaced(parts: Sequence[Sequence[Flowable]]) -> list[Flowable]:
        story: list[Flowable] = []
        for part in parts:
            story += [Spacer(1, gap * 0.6), *part] if story else list(part)
        return story

    height = context.frame_height
    best: tuple[float, int] = (float("inf"), 1)
    for split in range(1, len(groups) + 1):
        left_height = story_height([*picture, *spaced(groups[:split])], left_width, height)
        right_height = story_height(spaced(groups[split:]), right_width, height)
        best = min(best, (max(left_height, right_height), split))
    split = best[1]
    return Table(
        [[[*picture, *spaced(groups[:split])], spaced(groups[split:])]],
        colWidths=[left_width + 6 * mm, right_width],
        style=table_style(("VALIGN", (0, 0), (-1, -1), "TOP")),
    )


def _key_points(context: HandoutContext, exercise: Exercise, styles: Styles) -> list[Flowable]:
    cues = [line for line in (context.text.markup(cue) for cue in exercise.cues) if line]
    if not cues:
        return []
    return [Paragraph("Key points", styles.label), *(Paragraph(cue, styles.step, bulletText="•") for cue in cues)]


def _summary(
    context: HandoutContext, item: PlanItem, exercise: Exercise, fit: Fit, styles: Styles, ladder: list[Flowable]
) -> tuple[list[Flowable], bool]:
    """The picture with "How much" beside it, and the key points; stacked when there are two photos or none.

    Beside one drawing go "How much" and then the key points and the
    easier/harder lines where that makes the exercise shorter; the rest runs
    the page's full width below, where it takes fewer lines.  Returns the
    flowables and whether the easier/harder lines were placed.
    """
    how_much = _prescription_panel(context, item, exercise, styles, fit.tight)
    key_points = _key_points(context, exercise, styles)
    pictures = exercise_pictures(context, exercise)
    picture_height = fit.picture_mm * mm
    if len(pictures) != 1:
        story: list[Flowable] = []
        if pictures:
            story += [picture_row(context, pictures, context.frame_width, picture_height), Spacer(1, 4 * mm)]
        return [*story, how_much, *key_points], False
    # One drawing sits on the left and the summary on the right, so the picture and words read together.
    # A picture made smaller to fit the page gives its spare width to the words beside it.
    picture_width = min(context.frame_width * fit.picture_share, picture_height * pictures[0].aspect)
    picture = picture_row(context, pictures, picture_width, picture_height)
    picture.hAlign = "LEFT"
    side_width = context.frame_width - picture_width - 6 * mm
    beside: list[Flowable] = [how_much]
    below: list[Flowable] = []
    ladder_placed = False
    filled = story_height(beside, side_width, context.frame_height)
    for group in (key_points, ladder):
        if not group:
            continue
        grown = story_height([*beside, *group], side_width, context.frame_height)
        full_width = story_height(group, context.frame_width, context.frame_height)
        # Beside the picture where that makes the exercise shorter by a line or more (the words wrap more
        # in the narrow column, so a tie goes to the full width).
        if not below and max(picture.height, grown) + 12 < max(picture.height, filled) + full_width:
            beside += group
            filled = grown
            ladder_placed = ladder_placed or group is ladder
        elif group is key_points:
            below += group  # the easier/harder lines not beside the picture end the exercise, as usual
    row = Table(
        [[picture, beside]],
        colWidths=[picture_width + 6 * mm, side_width],
        style=table_style(("VALIGN", (0, 0), (-1, -1), "TOP")),
    )
    return [row, *below], ladder_placed


def _prescription_panel(
    context: HandoutContext, item: PlanItem, exercise: Exercise, styles: Styles, tight: bool = False
) -> Flowable:
    """The prescription in plain words, the main instruction first: "3 sets of 10, each side · rest 60 s · ..."."""
    theme = context.theme
    prescription = item.prescription
    work = keep_units_together(context.text.line(prescription.work_in_words()))
    words = keep_units_together(context.text.line(prescription.in_words(exercise.tempo_words)))
    rest = words[len(work) :] if words.startswith(work) else " · " + words
    markup = f"<b>{work}</b>{rest}"
    content = [Paragraph("How much", styles.kicker), Paragraph(markup, styles.body)]
    return Panel(content, background=theme.colour(theme.palette.tint), padding=(6, 10) if tight else (8, 12))


def _ladder(context: HandoutContext, exercise: Exercise, styles: Styles, gap: float) -> list[Flowable]:
    """The next easier and harder exercise, named so the client can step down or up on their own."""
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
    return [Spacer(1, gap), *(Paragraph(line, styles.body) for line in lines)]


__all__ = [
    "HandoutError",
    "HandoutOptions",
    "HandoutWarning",
    "RenderResult",
    "WarningKind",
    "render_handout",
    "render_handout_with_warnings",
]
