"""The tracking sheet: one row per week of the plan, a tick for each session, pain and confidence out of 10.

It follows the plan: each stage has its own table with a row for each of its
weeks ("1–2", "3 to 6"), and each exercise gets as many tick boxes a week as
the days a week it is prescribed (every day: seven).  With ``set_ticks`` each
session is a short row of boxes, one per set.  Beside each week the client
writes pain during exercise and the next morning (the 24-hour rule: pain that
has settled by the next morning is fine) and how confident they felt, each out
of 10.  Writing confidence beside pain matters: the clinic's aim is confidence
growing week by week, and seeing it on paper is part of that.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from designer.domain import Layout, Plan, PlanItem, Stage

from .fitting import story_height
from .flowables import table_style
from .paragraphs import Paragraph
from .sections import HandoutContext
from .theme import FONT_BOLD, Styles, compact_styles

DEFAULT_WEEKS = 4  # a plan with no stages and no review date: a month of rows
MOST_WEEKS = 16
_WEEK_RANGE = re.compile(r"(\d+)\s*(?:[-–—]|to)\s*(\d+)")
_WEEK_NUMBER = re.compile(r"\d+")


def stage_weeks(weeks: str) -> list[int]:
    """The week numbers a stage's weeks text names: "1–2" gives [1, 2], "3 to 6" gives [3, 4, 5, 6], "7" gives [7],
    "6 onwards" gives four weeks from week 6.

    Text without numbers ("ongoing") gives [].
    """
    match = _WEEK_RANGE.search(weeks)
    if match:
        first, last = int(match.group(1)), int(match.group(2))
        if first <= last:
            return list(range(first, min(last, first + MOST_WEEKS - 1) + 1))
    numbers = [int(number) for number in _WEEK_NUMBER.findall(weeks)]
    if numbers and re.search(r"onward|\+|and after|on$", weeks.strip().lower()):
        return list(range(numbers[0], numbers[0] + DEFAULT_WEEKS))  # "6 onwards": a month of rows from week 6
    return numbers[:1]


def plan_weeks(plan: Plan) -> int:
    """How many weeks a plan without stage weeks runs: to its review date, else a month."""
    if plan.review_date is not None and plan.review_date > plan.start_date:
        return max(1, min(MOST_WEEKS, math.ceil((plan.review_date - plan.start_date).days / 7)))
    return DEFAULT_WEEKS


def week_groups(context: HandoutContext) -> list[tuple[Stage | None, list[int], list[tuple[int, PlanItem]]]]:
    """Each stage (or the whole plan) with its week numbers and its numbered exercises."""
    numbers = {item.id: number for number, item in context.numbered_items()}
    groups: list[tuple[Stage | None, list[int], list[tuple[int, PlanItem]]]] = []
    next_week = 1
    for stage, items in context.plan.grouped():
        if not items:
            continue
        weeks = stage_weeks(stage.weeks) if stage is not None else []
        if not weeks:
            count = plan_weeks(context.plan) if stage is None else 2
            weeks = list(range(next_week, next_week + count))
        next_week = weeks[-1] + 1
        groups.append((stage, weeks, [(numbers[item.id], item) for item in items]))
    return groups


class TickBoxes(Flowable):
    """Empty squares to tick: ``sessions`` rows of ``per_session`` boxes (one row when a tick is a session)."""

    def __init__(self, sessions: int, per_session: int, size: float, colour: colors.Color) -> None:
        super().__init__()
        self.sessions = sessions
        self.per_session = per_session
        self.size = size
        self.colour = colour
        self.gap = size * 0.35
        self.width = 0.0
        self.height = 0.0
        self._per_line = 1

    def _lines(self, width: float) -> list[int]:
        """How many boxes each line holds (sessions wrap when the cell is narrow)."""
        if self.per_session > 1:
            return [self.per_session] * self.sessions
        per_line = max(1, int((width + self.gap) // (self.size + self.gap)))
        full, rest = divmod(self.sessions, per_line)
        return [per_line] * full + ([rest] if rest else [])

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        lines = len(self._lines(available_width))
        self.height = lines * self.size + (lines - 1) * self.gap
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.setStrokeColor(self.colour)
        canvas.setLineWidth(0.8)
        y = self.height - self.size
        for count in self._lines(self.width):
            x = (self.width - (count * self.size + (count - 1) * self.gap)) / 2
            for _box in range(count):
                canvas.roundRect(x, y, self.size, self.size, 1.2, stroke=1, fill=0)
                x += self.size + self.gap
            y -= self.size + self.gap


def tracking_sheet(context: HandoutContext, *, set_ticks: bool = False) -> list[Flowable]:
    """The sheet: an introduction, then a table for each stage (each kept whole on a page where it fits)."""
    styles = _styles(context)
    theme = context.theme
    story: list[Flowable] = [
        Paragraph("Your progress, week by week", styles.section),
        Paragraph(
            "Tick a box each time you do an exercise"
            + (", one box for each set" if set_ticks else "")
            + ". At the end of each week, write down out of 10: your pain <b>during</b> exercise, your pain "
            "<b>the next morning</b> (pain that has settled by the next morning is fine: the 24-hour rule), and how "
            "<b>confident</b> you felt moving. Bring this sheet to your next visit.",
            styles.body,
        ),
        Paragraph(
            "0 = no pain (or not at all confident), 10 = the worst pain (or completely confident).", styles.small
        ),
        Spacer(1, theme.metrics.gap * 1.5),
    ]
    for stage, weeks, items in week_groups(context):
        block: list[Flowable] = []
        if stage is not None:
            block.append(
                Paragraph(f"Stage {_stage_number(context, stage)} · {context.text.line(stage.title)}", styles.label)
            )
        block += _legend(context, items, styles)
        block.append(_week_table(context, weeks, items, styles, set_ticks))
        block.append(Spacer(1, theme.metrics.section_gap))
        fits = story_height(block, context.frame_width, context.frame_height) <= context.frame_height
        story += [KeepTogether(block)] if fits else block
    return story


def _styles(context: HandoutContext) -> Styles:
    # The compact layout's theme is sized for a dense table; the sheet is read with a pen in hand, so 10.5 pt.
    if context.layout is Layout.COMPACT:
        return compact_styles(context.clinic.colour.upper(), context.clinic.accent_colour.upper(), 10.5)
    return context.theme.styles


def _stage_number(context: HandoutContext, stage: Stage) -> int:
    return next(index for index, other in enumerate(context.plan.stages, start=1) if other.id == stage.id)


def _legend(context: HandoutContext, items: Sequence[tuple[int, PlanItem]], styles: Styles) -> list[Flowable]:
    """Which number is which exercise, and how often: "1 Glute Bridge, 5 days a week"."""
    parts = []
    for number, item in items:
        name = context.text.line(context.exercise(item).name)
        days = _days(item)
        often = "every day" if days == 7 else f"{days}&nbsp;days a&nbsp;week"
        parts.append(f'<font name="{FONT_BOLD}">{number}</font>&nbsp;{name}, {often}')
    return [Paragraph(" &nbsp;·&nbsp;".join(parts), styles.small), Spacer(1, 4)]


def _days(item: PlanItem) -> int:
    return item.prescription.frequency.days_a_week or 7


def _week_table(
    context: HandoutContext, weeks: list[int], items: Sequence[tuple[int, PlanItem]], styles: Styles, set_ticks: bool
) -> Table:
    theme = context.theme
    palette = theme.palette
    size = styles.body.fontSize
    centred = ParagraphStyle("tracking-centre", parent=styles.table_head, alignment=TA_CENTER)
    rating = ("Pain during", "Pain next morning", "Confidence")
    header: list[object] = [Paragraph("Week", styles.table_head)]
    header += [Paragraph(str(number), centred) for number, _item in items]
    header += [Paragraph(label, centred) for label in rating]
    box = size * 0.95
    rows: list[list[object]] = [header]
    ink = theme.colour(palette.text)
    for week in weeks:
        row: list[object] = [Paragraph(f"<b>{week}</b>", styles.table_cell)]
        for _number, item in items:
            sets = item.prescription.sets if set_ticks else 1
            row.append(TickBoxes(_days(item), sets, box, ink))
        row += [Paragraph("___ /10", centred) for _label in rating]
        rows.append(row)
    width = context.frame_width
    week_width = size * 3.6
    # Wide enough for "Confidence" on one line (a heading is never broken inside a word).
    rating_width = max(size * 6.2, stringWidth("Confidence", FONT_BOLD, styles.table_head.fontSize) + 10)
    exercise_width = (width - week_width - 3 * rating_width) / max(1, len(items))
    return Table(
        rows,
        colWidths=[week_width, *([exercise_width] * len(items)), *([rating_width] * 3)],
        repeatRows=1,
        hAlign="LEFT",
        style=table_style(
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LINEBELOW", (0, 0), (-1, 0), 1, theme.colour(palette.brand)),
            ("LINEBELOW", (0, 1), (-1, -1), 0.5, theme.colour(palette.rule)),
            ("LINEBEFORE", (1, 0), (-1, -1), 0.5, theme.colour(palette.rule)),
            ("LEFTPADDING", (0, 0), (0, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), size * 0.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), size * 0.5),
            padding=4,
        ),
    )
