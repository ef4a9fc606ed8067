"""The compact layout: the whole plan on one page as a table, for the fridge door.

The page holds the clinic's banner, the standing advice, one table row per
exercise (grouped by stage) and a booking line with a QR code.  The text
size is chosen as the largest that still fits everything on one page; a
plan too long even at the smallest size flows on, and the handout warns.
Therapist's notes are shortened here (the detailed layout prints them whole).
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, Paragraph, Spacer, Table

from .flowables import Panel, story_height, table_style
from .images import PictureRow, QrCode
from .sections import (
    HandoutContext,
    advice_lines,
    plan_details_markup,
    safe_booking_link,
    safe_web_link,
    stage_heading_markup,
)
from .text import keep_units_together, mail_link, phone_link, web_label
from .theme import Styles, compact_styles

# Largest first: the first size at which the plan fits one page is used.
SIZES = (11.5, 11.0, 10.5, 10.0, 9.5, 9.0, 8.5, 8.0, 7.5, 7.0)
NOTE_LIMIT = 180  # characters of a therapist's note shown in the table


def compact_handout(context: HandoutContext) -> list[Flowable]:
    """The compact story at the largest text size that fits on one page."""
    story: list[Flowable] = []
    warnings_before = list(context.warnings)
    # Largest text first; a long plan gives up the one-line key points before the text gets very small.
    attempts = [(size, True) for size in SIZES if size >= 9] + [(size, False) for size in SIZES if size >= 8.5]
    attempts += [(size, True) for size in SIZES if size < 9] + [(size, False) for size in SIZES if size < 8.5]
    for size, with_cues in attempts:
        context.warnings[:] = warnings_before
        story = _story(context, size, with_cues)
        if story_height(story, context.frame_width, context.frame_height) <= context.frame_height * 0.98:
            return story
    context.warn(
        "The plan has too many exercises to fit on one page in the compact layout, so it goes on to a second page. "
        "Use the detailed layout, or split the plan."
    )
    return story


@lru_cache(maxsize=64)
def _right(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-right", parent=style, alignment=TA_RIGHT)


def _story(context: HandoutContext, size: float, with_cues: bool) -> list[Flowable]:
    clinic = context.clinic
    styles = compact_styles(clinic.colour.upper(), clinic.accent_colour.upper(), size)
    theme = context.theme
    palette = theme.palette
    text = context.text
    story: list[Flowable] = [_banner(context, styles, size), Spacer(1, 4),
                             HRFlowable(width="100%", thickness=1.2, color=theme.colour(palette.brand)),
                             Spacer(1, size * 0.9)]
    lines = advice_lines(context)
    if lines:
        advice = [Paragraph("Remember", styles.panel_heading)]
        advice += [Paragraph(line, styles.step, bulletText="•") for line in lines]
        story += [Panel(advice, background=theme.colour(palette.tint), padding=(size * 0.8, size * 1.2)),
                  Spacer(1, size * 1.1)]
    story.append(_table(context, styles, size, with_cues))
    if context.plan.notes.strip():
        notes = text.clean(context.plan.notes, multiline=False)
        story += [Spacer(1, size * 0.8),
                  Paragraph(f"<b>Notes:</b> {text.line(_shorten(notes, NOTE_LIMIT * 2))}", styles.table_cell)]
    story += [Spacer(1, size * 1.1), *_booking_line(context, styles, size)]
    return story


def _banner(context: HandoutContext, styles: Styles, size: float) -> Flowable:
    text = context.text
    left: list[Flowable] = []
    if context.logo is not None:
        logo = PictureRow([context.logo], 45 * mm, 13 * mm)
        logo.max_width = logo.width
        logo.hAlign = "LEFT"
        left.append(logo)
        left.append(Spacer(1, 3))
    left.append(Paragraph(text.line(context.clinic.name), styles.clinic_name))
    title_style = replace_size(styles.title, size * 1.6)
    right = [Paragraph(text.line(context.plan.title), _right(title_style)),
             Paragraph(plan_details_markup(context), _right(styles.subtitle))]
    half = context.frame_width / 2
    return Table([[left, right]], colWidths=[half * 0.8, half * 1.2], style=table_style(
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
    ))


@lru_cache(maxsize=64)
def replace_size(style: ParagraphStyle, size: float) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-{size}", parent=style, fontSize=size, leading=size * 1.25)


def _shorten(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(" ,.;:") + " …"


def _table(context: HandoutContext, styles: Styles, size: float, with_cues: bool) -> Table:
    theme = context.theme
    palette = theme.palette
    text = context.text
    plan = context.plan
    has_notes = any(item.note.strip() for item in plan.items)
    shortened = False
    header = [Paragraph("", styles.table_head), Paragraph("Exercise", styles.table_head),
              Paragraph("How much", styles.table_head)]
    if has_notes:
        header.append(Paragraph("Your therapist's note", styles.table_head))
    rows: list[list[object]] = [header]
    commands: list[tuple[object, ...]] = []
    numbers = {item.id: number for number, item in context.numbered_items()}
    stage_numbers = {stage.id: index for index, stage in enumerate(plan.stages, start=1)}
    small = styles.small
    for stage, items in plan.grouped():
        if not items:
            continue
        if stage is not None:
            heading = stage_heading_markup(context, stage_numbers[stage.id], stage.title, stage.weeks)
            row_index = len(rows)
            rows.append([Paragraph(heading, styles.table_head)]
                        + [""] * (len(header) - 1))
            commands += [("SPAN", (0, row_index), (-1, row_index)),
                         ("BACKGROUND", (0, row_index), (-1, row_index), theme.colour(palette.tint))]
        for item in items:
            exercise = context.exercise(item)
            name_cell: list[Flowable] = [Paragraph(text.line(exercise.name), styles.table_cell_bold)]
            if exercise.cues and with_cues:
                name_cell.append(Paragraph(text.line(exercise.cues[0]), small))
            row: list[object] = [
                Paragraph(f'<font color="{palette.heading}"><b>{numbers[item.id]}</b></font>', styles.table_cell),
                name_cell,
                Paragraph(keep_units_together(text.line(item.prescription.in_words())), styles.table_cell),
            ]
            if has_notes:
                note = text.clean(item.note, multiline=False)
                shortened = shortened or len(note) > NOTE_LIMIT
                row.append(Paragraph(text.line(_shorten(note, NOTE_LIMIT)), styles.table_cell))
            rows.append(row)
    if shortened:
        context.warn("Long notes are shortened in the compact layout; the detailed layout prints them in full.")
    width = context.frame_width
    number_width = size * 2.2
    if has_notes:
        widths = [number_width, (width - number_width) * 0.34, (width - number_width) * 0.36,
                  (width - number_width) * 0.30]
    else:
        widths = [number_width, (width - number_width) * 0.45, (width - number_width) * 0.55]
    pad = size * 0.45
    style = table_style(
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 1, theme.colour(palette.brand)),
        ("LINEBELOW", (0, 1), (-1, -1), 0.5, theme.colour(palette.rule)),
        ("LEFTPADDING", (0, 0), (-1, -1), size * 0.4),
        ("RIGHTPADDING", (0, 0), (-1, -1), size * 0.6),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), pad),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad * 1.2),
        *commands,
    )
    return Table(rows, colWidths=widths, style=style, repeatRows=1, hAlign="LEFT")


def _booking_line(context: HandoutContext, styles: Styles, size: float) -> list[Flowable]:
    theme = context.theme
    text = context.text
    clinic = context.clinic
    colour = theme.palette.heading
    booking = safe_booking_link(context)
    parts: list[str] = []
    if booking:
        parts.append(f"<b>Book your next session:</b> {text.link(booking, web_label(booking), colour=colour)}")
    if clinic.phone.strip():
        parts.append(f"<b>Phone:</b> {text.link(phone_link(clinic.phone), clinic.phone, colour=colour)}")
    if clinic.email.strip():
        parts.append(f"<b>Email:</b> {text.link(mail_link(clinic.email), clinic.email, colour=colour)}")
    instagram = safe_web_link(clinic.instagram_link) if clinic.instagram.strip() else ""
    if instagram:
        parts.append(f"<b>Instagram:</b> {text.link(instagram, clinic.instagram_handle, colour=colour)}")
    if not parts:
        return []
    words = [Paragraph(part, styles.table_cell) for part in parts]
    if not booking:
        return [Panel(words, border=theme.colour(theme.palette.panel_border), padding=(size * 0.7, size))]
    qr_size = theme.metrics.qr_size
    inner = context.frame_width - 2 * size
    body = Table(
        [[words, [QrCode(booking, qr_size), Paragraph("Scan to book", styles.centre)]]],
        colWidths=[inner - qr_size - 4 * mm, qr_size + 4 * mm],
        style=table_style(
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (1, 0), (1, 0), 4 * mm),
        ),
    )
    return [Panel([body], border=theme.colour(theme.palette.panel_border), padding=(size * 0.6, size))]


__all__ = ["compact_handout"]
