"""The parts every handout layout shares: its context, title block, standing advice, stages and booking block.

Each section is a function from the render's context to a list of flowables,
so a layout is a plain sequence of sections.  All user text goes through the
context's ``UserText`` (escaped, cleaned) before it reaches a Paragraph.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, HRFlowable, KeepTogether, Spacer, Table

from designer.domain import Clinic, Exercise, Layout, PaperSize, Plan, PlanItem

from .document import long_date
from .fitting import story_height
from .flowables import Panel, SectionGap, table_style
from .images import PreparedImage, load_exercise_pictures
from .paragraphs import Paragraph
from .pictures_on_page import PictureRow
from .text import UserText, keep_units_together
from .theme import FONT, Theme
from .warnings import HandoutWarning, WarningKind

log = logging.getLogger(__name__)


@dataclass
class HandoutContext:
    """Everything one render needs, resolved once: no database, no window."""

    plan: Plan
    exercises: Mapping[str, Exercise]
    clinic: Clinic
    layout: Layout
    paper: PaperSize
    client_name: str
    therapist: str
    date: dt.date
    theme: Theme
    frame_width: float
    frame_height: float
    logo: PreparedImage | None = None
    photos: Mapping[str, bytes] = field(default_factory=dict)  # the therapist's photos by name
    text: UserText = field(default_factory=UserText)
    warnings: list[HandoutWarning] = field(default_factory=list)
    next_appointment: dt.datetime | None = None

    def exercise(self, item: PlanItem) -> Exercise:
        return self.exercises[item.exercise_id]

    def names(self, exercise_ids: Sequence[str]) -> list[str]:
        """Names of ladder neighbours that are known; an unknown id is simply not offered."""
        return [self.exercises[other].name for other in exercise_ids if other in self.exercises]

    def warn(self, message: str, kind: WarningKind = WarningKind.OTHER, command: str = "") -> None:
        """Tell the therapist something about this handout (once, however often it comes up).

        ``command``: how to put it right from the command line (see ``HandoutWarning``).
        """
        warning = message if isinstance(message, HandoutWarning) else HandoutWarning(message, kind, command=command)
        if warning not in self.warnings:
            self.warnings.append(warning)

    def numbered_items(self) -> list[tuple[int, PlanItem]]:
        """Every item with its number on the handout, in the order the client meets them (stage by stage)."""
        return list(enumerate(self.plan.in_reading_order(), start=1))

    @property
    def large(self) -> bool:
        return self.layout is Layout.LARGE_PRINT


def exercise_pictures(context: HandoutContext, exercise: Exercise) -> list[PreparedImage]:
    """The exercise's pictures ready to draw; any that cannot be used are left out with a warning."""
    pictures, problems = load_exercise_pictures(exercise, context.photos, context.clinic.colour)
    for problem in problems:
        context.warn(problem, WarningKind.PICTURE_PROBLEM)
    return pictures


def picture_row(context: HandoutContext, pictures: list[PreparedImage], width: float, max_height: float) -> PictureRow:
    """One drawing, or the start and end photos side by side, framed by a hairline."""
    theme = context.theme
    captions = ["Start", "Finish"] if len(pictures) >= 2 else []
    return PictureRow(
        pictures[:2],
        width,
        max_height,
        gap=4 * mm,
        frame_colour=theme.colour(theme.palette.rule),
        captions=captions,
        caption_colour=theme.colour(theme.palette.muted),
        caption_font=(theme.styles.small.fontName, theme.styles.small.fontSize),
    )


# -- the title block --------------------------------------------------------------


def clinic_banner(context: HandoutContext, *, logo_height: float) -> list[Flowable]:
    """The clinic's logo and name in its colour, with a rule in the brand colour beneath."""
    theme = context.theme
    styles = theme.styles
    name = Paragraph(context.text.line(context.clinic.name), styles.clinic_name)
    if context.logo is not None:
        logo = PictureRow([context.logo], 60 * mm, logo_height)
        logo.hAlign = "LEFT"
        logo.max_width = logo.width  # the banner table sizes the logo column to the logo itself
        row = Table(
            [[logo, name]],
            colWidths=[logo.width + 6 * mm, context.frame_width - logo.width - 6 * mm],
            style=table_style(
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ),
        )
        banner: Flowable = row
    else:
        banner = name
    return [
        banner,
        Spacer(1, theme.metrics.gap),
        HRFlowable(width="100%", thickness=1.4, color=theme.colour(theme.palette.brand), spaceAfter=0),
    ]


def plan_details_markup(context: HandoutContext) -> str:
    """ "For Zoë · 24 November 2026 · Your therapist: Sam" as markup."""
    text = context.text

    def unbroken(name: str) -> str:
        # A name is not split over two lines unless it is too long for one.
        return text.line(name, unbroken=len(text.clean(name, multiline=False)) <= 40)

    parts = []
    if context.client_name.strip():
        parts.append(f"For <b>{unbroken(context.client_name)}</b>")
    parts.append(long_date(context.date).replace(" ", "\u00a0"))
    if context.therapist.strip():
        parts.append(f"Your\u00a0therapist: <b>{unbroken(context.therapist)}</b>")
    # The separator starts the next part, so no line ends with a "·".
    return " &nbsp;·&nbsp;&nbsp;".join(parts)


def title_block(context: HandoutContext) -> list[Flowable]:
    theme = context.theme
    styles = theme.styles
    gap = theme.metrics.gap
    return [
        *clinic_banner(context, logo_height=(24 if context.large else 20) * mm),
        Spacer(1, gap * 2.5),
        Paragraph("Your exercise plan", styles.kicker),
        Paragraph(context.text.line(context.plan.title), styles.title),
        Paragraph(plan_details_markup(context), styles.subtitle),
        Spacer(1, theme.metrics.section_gap),
    ]


# -- standing advice --------------------------------------------------------------


def advice_lines(context: HandoutContext) -> list[str]:
    return context.text.paragraphs(context.clinic.advice)


def advice_panel(context: HandoutContext, heading: str = "Before you start") -> list[Flowable]:
    """The clinic's standing advice, on every handout, in a calm tinted panel."""
    lines = advice_lines(context)
    if not lines:
        return []
    theme = context.theme
    styles = theme.styles
    content: list[Flowable] = [Paragraph(heading, styles.panel_heading)]
    content.extend(Paragraph(line, styles.step, bulletText="•") for line in lines)
    pad = 12 if context.large else 10
    return [
        Panel(
            content,
            background=theme.colour(theme.palette.tint),
            padding=(pad, pad + 4),
            space_after=theme.metrics.section_gap,
        )
    ]


# -- stages -----------------------------------------------------------------------


def stages_overview(context: HandoutContext) -> list[Flowable]:
    """The plan's stages (title, weeks, goal, when to move on) as a calm overview table."""
    stages = context.plan.stages
    if not stages:
        return []
    theme = context.theme
    styles = theme.styles
    text = context.text
    numbers = {item.id: number for number, item in context.numbered_items()}
    rows = []
    for number, stage in enumerate(stages, start=1):
        left = [Paragraph(f"Stage {number}", styles.kicker), Paragraph(text.line(stage.title), styles.body_bold)]
        if stage.weeks.strip():
            left.append(
                Paragraph(
                    f"Weeks {text.line(stage.weeks)}" if stage.weeks.strip()[0].isdigit() else text.line(stage.weeks),
                    styles.small,
                )
            )
        right: list[Flowable] = []
        if stage.goal.strip():
            right.append(Paragraph(f"<b>Aim:</b> {text.markup(stage.goal)}", styles.body))
        if stage.move_on_when.strip():
            right.append(Paragraph(f"<b>Move on when:</b> {text.markup(stage.move_on_when)}", styles.body))
        in_stage = [
            f"{numbers[item.id]}&nbsp;{text.line(context.exercise(item).name)}"
            for item in context.plan.items_in(stage.id)
        ]
        if in_stage:
            right.append(Paragraph(f"<b>Exercises:</b> {' &nbsp;·&nbsp;'.join(in_stage)}", styles.small))
        if not right:
            right.append(Paragraph("", styles.body))
        rows.append([left, right])
    left_width = (48 if context.large else 40) * mm
    widths = [left_width, context.frame_width - left_width]
    style = table_style(
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, theme.colour(theme.palette.rule)),
        ("LEFTPADDING", (1, 0), (1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), theme.metrics.gap * 0.9),
        ("BOTTOMPADDING", (0, 0), (-1, -1), theme.metrics.gap * 0.7),
    )
    # A stage is kept whole on a page unless it is too long for any page (a very long aim), then it may split.
    split_in_row = int(
        any(
            Table([row], colWidths=widths, style=style).wrap(context.frame_width, context.frame_height)[1]
            > context.frame_height * 0.8
            for row in rows
        )
    )
    table = Table(rows, colWidths=widths, splitInRow=split_in_row, hAlign="LEFT", style=style)
    # The whole overview stays on one page (a page holding only its last stage would look forgotten);
    # only an overview longer than a page flows on, a stage at a time.
    heading = Paragraph("Your plan in stages", styles.section)
    whole = [heading, table]
    if story_height(whole, context.frame_width, context.frame_height) > context.frame_height:
        # Longer than any page: kept together (or kept with the table) it would first leave a page empty, then
        # flow on all the same.  So it flows a stage at a time, the heading never alone at the foot of a page.
        # The heading does not keep with the table here: kept with a table taller than the room left, it would
        # take the table to the next page and leave this one near empty.  The page break makes room for it and
        # the first stage instead.
        first_stage = Table(rows[:1], colWidths=widths, style=style)
        needed = story_height([heading, first_stage], context.frame_width, context.frame_height)
        heading.keepWithNext = 0
        return [CondPageBreak(needed), heading, table, Spacer(1, theme.metrics.section_gap)]
    return [KeepTogether(whole), Spacer(1, theme.metrics.section_gap)]


def exercises_at_a_glance(context: HandoutContext, *, with_stages: bool = False) -> list[Flowable]:
    """A numbered list of the plan's exercises and how much of each.

    Only for a plan without stages, unless ``with_stages`` (the stage overview
    lists a staged plan's exercises already); then each stage heads its rows.
    """
    if (context.plan.stages and not with_stages) or not context.plan.items:
        return []
    theme = context.theme
    styles = theme.styles
    text = context.text
    numbers = {item.id: number for number, item in context.numbered_items()}
    stage_numbers = {stage.id: index for index, stage in enumerate(context.plan.stages, start=1)}
    rows: list[list[object]] = []
    commands: list[tuple[object, ...]] = []
    for stage, items in context.plan.grouped():
        if stage is not None and items:
            commands += [
                ("SPAN", (0, len(rows)), (-1, len(rows))),
                ("TOPPADDING", (0, len(rows)), (-1, len(rows)), theme.metrics.gap * 1.4),
            ]
            rows.append(
                [
                    Paragraph(
                        stage_heading_markup(context, stage_numbers[stage.id], stage.title, stage.weeks),
                        styles.table_head,
                    ),
                    "",
                    "",
                ]
            )
        rows += [
            [
                Paragraph(f'<font color="{theme.palette.heading}"><b>{numbers[item.id]}</b></font>', styles.body),
                Paragraph(text.line(context.exercise(item).name), styles.body_bold),
                Paragraph(keep_units_together(text.line(item.prescription.work_in_words())), styles.body),
            ]
            for item in items
        ]
    number_width = theme.metrics.body_size * 2
    name_width = (context.frame_width - number_width) * 0.5
    table = Table(
        rows,
        colWidths=[number_width, name_width, context.frame_width - number_width - name_width],
        hAlign="LEFT",
        style=table_style(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -2), 0.5, theme.colour(theme.palette.rule)),
            ("LEFTPADDING", (0, 0), (0, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), theme.metrics.gap * 0.8),
            ("BOTTOMPADDING", (0, 0), (-1, -1), theme.metrics.gap * 0.4),
            *commands,
            padding=6,
        ),
    )
    return [Paragraph("Your exercises at a glance", styles.section), table, Spacer(1, theme.metrics.section_gap)]


def stage_heading_markup(
    context: HandoutContext, number: int, title: str, weeks: str, weeks_size: float | None = None
) -> str:
    """ "Stage 1 · Stability   weeks 1–2", the weeks quieter (regular weight, muted, ``weeks_size``)."""
    text = context.text
    heading = f"Stage {number} · {text.line(title)}"
    if weeks.strip():
        words = f"{'weeks ' if weeks.strip()[0].isdigit() else ''}{text.line(weeks)}"
        size = f' size="{weeks_size:.1f}"' if weeks_size else ""
        heading += f'&nbsp;&nbsp;&nbsp;<font name="{FONT}" color="{context.theme.palette.muted}"{size}>{words}</font>'
    return heading


# -- the plan's general notes -------------------------------------------------------


def plan_notes(context: HandoutContext) -> list[Flowable]:
    if not context.plan.notes.strip():
        return []
    styles = context.theme.styles
    who = context.text.line(context.therapist) if context.therapist.strip() else "your therapist"
    story: list[Flowable] = [Paragraph(f"Notes from {who}", styles.section)]
    story.extend(Paragraph(line, styles.body) for line in context.text.paragraphs(context.plan.notes))
    story.append(SectionGap(1, context.theme.metrics.section_gap))
    return story
