"""The weekly tracking sheet: a tick box for each exercise on each day, and 0–10 lines for pain and confidence.

Days are named from the handout's date onwards, so a client who starts on a
Thursday has Thursday in the first column.  Writing confidence beside pain
matters: the clinic's aim is confidence growing week by week, and seeing it
on paper is part of that.
"""

from __future__ import annotations

import datetime as dt

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from designer.domain import Layout

from .flowables import TickBox, story_height, table_style
from .sections import HandoutContext
from .theme import FONT, FONT_BOLD, compact_styles

DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def week_days(start: dt.date) -> list[str]:
    return [DAY_NAMES[(start.weekday() + offset) % 7] for offset in range(7)]


# From roomy to snug: how much space each table row gets around its text, as a share of the text size.
ROW_SPACINGS = (1.0, 0.75, 0.5, 0.3, 0.2)


def tracking_sheet(context: HandoutContext) -> list[Flowable]:
    """The sheet on one page where it can be (rows close up for a long plan); a very long plan flows on."""
    for spacing in ROW_SPACINGS:
        story = _sheet(context, spacing)
        if story_height(story, context.frame_width, context.frame_height) <= context.frame_height:
            return story
    return _sheet(context, ROW_SPACINGS[0])  # it takes two pages anyway, so keep the rows roomy


def _sheet(context: HandoutContext, spacing: float) -> list[Flowable]:
    theme = context.theme
    palette = theme.palette
    # The compact layout's theme is sized for a dense table; the sheet is read with a pen in hand, so use 10.5 pt.
    styles = (
        theme.styles
        if context.layout is not Layout.COMPACT
        else compact_styles(context.clinic.colour.upper(), context.clinic.accent_colour.upper(), 10.5)
    )
    size = styles.body.fontSize
    text = context.text
    days = week_days(context.date)
    centred = ParagraphStyle("tracking-centre", parent=styles.table_head, alignment=TA_CENTER)
    story: list[Flowable] = [
        Paragraph("My week", styles.section),
        Paragraph(
            "Tick a box each day you do an exercise. At the end of the day, circle how much pain you had "
            "and how confident you felt moving. Bring this sheet to your next visit.",
            styles.body,
        ),
        Spacer(1, theme.metrics.gap * 1.5),
    ]
    box = size * 1.25
    rows: list[list[object]] = [[Paragraph("Exercise", styles.table_head)] + [Paragraph(day, centred) for day in days]]
    # The number hangs to the left, so a long name wraps under the name, not under the number.
    numbered = ParagraphStyle(
        "tracking-exercise",
        parent=styles.table_cell,
        leftIndent=size * 1.8,
        bulletIndent=0,
        bulletFontName=FONT_BOLD,
        bulletFontSize=size,
        bulletColor=theme.colour(palette.heading),
    )
    for number, item in context.numbered_items():
        name = text.line(context.exercise(item).name)
        rows.append(
            [Paragraph(name, numbered, bulletText=str(number))]
            + [TickBox(box, theme.colour(palette.text)) for _day in days]
        )
    width = context.frame_width
    # Wide enough for "Wed" in the heading's bold, with the cell's padding on both sides.
    day_width = max(min(size * 4.4, width * 0.085), stringWidth("Wed", FONT_BOLD, centred.fontSize) + 14)
    grid = theme.colour(palette.rule)
    story.append(
        Table(
            rows,
            colWidths=[width - 7 * day_width] + [day_width] * 7,
            repeatRows=1,
            hAlign="LEFT",
            style=table_style(
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEBELOW", (0, 0), (-1, 0), 1, theme.colour(palette.brand)),
                ("LINEBELOW", (0, 1), (-1, -1), 0.5, grid),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), size * 0.55 * spacing),
                ("BOTTOMPADDING", (0, 0), (-1, -1), size * 0.55 * spacing),
                padding=6,
            ),
        )
    )
    for title, scale in (
        ("Pain today", "0 = no pain, 10 = the worst pain you can imagine"),
        ("Confidence moving today", "0 = not at all confident, 10 = completely confident"),
    ):
        # A rating table is never split: a day's line belongs with its heading.
        story += [
            Spacer(1, theme.metrics.section_gap * max(spacing, 0.5)),
            KeepTogether(
                [
                    Paragraph(title, styles.label),
                    Paragraph(f"Circle one number each day ({scale}).", styles.small),
                    Spacer(1, theme.metrics.gap),
                    _rating_table(context, days, centred, size, spacing),
                ]
            ),
        ]
    return story


def _rating_table(
    context: HandoutContext, days: list[str], centred: ParagraphStyle, size: float, spacing: float
) -> Table:
    theme = context.theme
    number_style = ParagraphStyle(
        "tracking-number", parent=centred, fontName=FONT, textColor=theme.colour(theme.palette.text)
    )
    rows = [
        [Paragraph(day, ParagraphStyle("tracking-day", parent=centred, alignment=0))]
        + [Paragraph(str(score), number_style) for score in range(11)]
        for day in days
    ]
    width = context.frame_width
    day_width = size * 4.2
    return Table(
        rows,
        colWidths=[day_width] + [(width - day_width) / 11] * 11,
        hAlign="LEFT",
        style=table_style(
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.5, theme.colour(theme.palette.rule)),
            ("LEFTPADDING", (0, 0), (0, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), size * 0.3 * spacing),
            ("BOTTOMPADDING", (0, 0), (-1, -1), size * 0.3 * spacing),
            padding=6,
        ),
    )
