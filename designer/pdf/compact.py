"""The compact layout: the whole plan on one page as a table, for the fridge door.

The page holds the clinic's banner, the standing advice, the therapist's notes
for the plan, one table row per exercise (grouped by stage: its name and key
point, how much in plain words, the therapist's note) and a booking strip with
a QR code.

What fits is measured, not guessed.  The largest text size from 13 pt down
to 9.5 pt at which everything fits one page is used.  Only when even 9.5 pt
is too big are notes shortened, always at the end of a sentence and marked
with "…" (a first sentence too long on its own is cut at a word, and the "…"
says so); then the key points are left out.  Text never gets smaller than
9.5 pt: a plan too long even then goes on to a second page at 10 pt.  Each of
these steps gives the therapist a warning.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, Spacer, Table

from .contact import (
    get_help_line,
    next_appointment_line,
    safe_booking_link,
    safe_web_link,
)
from .fitting import story_height
from .flowables import Panel, table_style
from .paragraphs import Paragraph
from .pictures_on_page import PictureRow
from .qr_code import QrCode
from .sections import (
    HandoutContext,
    advice_lines,
    exercise_pictures,
    picture_row,
    plan_details_markup,
    stage_heading_markup,
)
from .text import keep_units_together, mail_link, phone_link, web_label
from .theme import Styles, compact_styles
from .warnings import WarningKind

LINE_SPACING = 1.22  # closer than the other layouts: a table row reads as one unit
SIZES = (13.0, 12.5, 12.0, 11.5, 11.0, 10.5, 10.0)  # largest first; 10 pt is the smallest to ask of older eyes
# Characters of each exercise note (twice as many for the plan's notes), when notes must be shortened.
NOTE_LIMITS = (600, 480, 400, 330, 280, 230, 190, 150, 120, 90)
SMALLEST_CUE = 10.0  # the key point after an exercise's name is a little smaller than the body, never below this
PICTURES_MM = (30.0, 26.0, 22.0, 18.0)  # each exercise's start and finish picture: as tall as the page allows
MOST_ON_ONE_PAGE = 6  # more exercises than this go on two pages at a comfortable size
MOST_ON_TWO_PAGES = 10


@dataclass(frozen=True)
class Attempt:
    """One way of setting the page: a text size, how long notes may be (None: in full), with key points or not."""

    size: float
    note_limit: int | None = None
    cues: bool = True
    picture_mm: float = PICTURES_MM[0]


# From the roomiest to the most squeezed; the first that fits one page is used.  The pictures get smaller
# before the text does, step by step, and notes are shortened only when the smallest of both is not enough.
ATTEMPTS = (
    *(Attempt(size) for size in SIZES[:4]),
    Attempt(11.5, picture_mm=26),
    Attempt(11.0, picture_mm=26),
    Attempt(11.0, picture_mm=22),
    Attempt(10.5, picture_mm=22),
    Attempt(10.5, picture_mm=18),
    Attempt(10.0, picture_mm=18),
    *(Attempt(SIZES[-1], limit, picture_mm=PICTURES_MM[-1]) for limit in NOTE_LIMITS),
    Attempt(SIZES[-1], NOTE_LIMITS[-1], cues=False, picture_mm=PICTURES_MM[-1]),
)
OVERFLOW = Attempt(11.0)  # a plan too long for one page: readable text over two pages
# Two pages: the roomiest of these that fits two pages (a little slack: a table row never splits across pages).
TWO_PAGE_ATTEMPTS = (
    Attempt(12.0),
    Attempt(11.5),
    Attempt(11.0),
    Attempt(11.0, picture_mm=26),
    Attempt(10.5, picture_mm=22),
    Attempt(10.0, picture_mm=18),
)


def compact_handout(context: HandoutContext) -> list[Flowable]:
    """The compact story at the largest text size that fits on one page (see the module's notes)."""
    room = context.frame_height * 0.99

    def fits(attempt: Attempt) -> bool:
        return story_height(_story(context, attempt), context.frame_width, context.frame_height) <= room

    chosen: Attempt | None = None
    if len(context.plan.items) > MOST_ON_ONE_PAGE:
        # Two pages by design: squeezing 7 or more exercises, with their pictures, onto one is no kindness.
        for attempt in TWO_PAGE_ATTEMPTS:
            if story_height(_story(context, attempt), context.frame_width, context.frame_height) <= 1.9 * room:
                return _story(context, attempt)
        if len(context.plan.items) > MOST_ON_TWO_PAGES:
            context.warn(
                f"The compact layout is made for up to {MOST_ON_TWO_PAGES} exercises (two pages); this plan has "
                f"{len(context.plan.items)}, so it takes more pages. The detailed layout may suit it better.",
                WarningKind.COMPACT_FIT,
            )
        return _story(context, OVERFLOW)
    if fits(ATTEMPTS[0]):
        chosen = ATTEMPTS[0]
    elif fits(ATTEMPTS[-1]):
        # Each attempt is shorter than the one before, so the first that fits is found by halving.
        low, high = 1, len(ATTEMPTS) - 1  # ATTEMPTS[low - 1] does not fit; ATTEMPTS[high] does
        while low < high:
            middle = (low + high) // 2
            if fits(ATTEMPTS[middle]):
                high = middle
            else:
                low = middle + 1
        chosen = ATTEMPTS[high]
    if chosen is None:
        context.warn(
            "The plan does not fit on one page in the compact layout at a readable size (10 pt or larger), so it "
            "goes on to a second page. Shorten the notes, leave out some exercises, or use the detailed layout.",
            WarningKind.COMPACT_FIT,
        )
        chosen = OVERFLOW
    if chosen.note_limit is not None and _any_note_longer(context, chosen.note_limit):
        context.warn(
            "Long notes are shortened (at the end of a sentence, marked …) to fit the compact page; "
            "the detailed layout prints them in full.",
            WarningKind.COMPACT_FIT,
        )
    if not chosen.cues and any(context.exercise(item).cues for item in context.plan.items):
        context.warn(
            "The key points are left out of the compact page to fit the plan on one page; "
            "the detailed layout prints them.",
            WarningKind.COMPACT_FIT,
        )
    return _story(context, chosen)


_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")


def shorten_at_sentence(text: str, limit: int) -> str:
    """``text`` cut to about ``limit`` characters at the end of a sentence, with " …" to show more was written.

    When even the first sentence is longer than that, it is cut after a word; the " …" says so.
    """
    if len(text) <= limit:
        return text
    kept = ""
    for sentence in _SENTENCE_END.split(text):
        candidate = f"{kept} {sentence}".strip()
        if len(candidate) + 2 > limit:
            break
        kept = candidate
    if not kept:
        kept = text[: max(1, limit - 2)].rsplit(" ", 1)[0].rstrip(" ,.;:")
    return kept + " …"


def _plan_note_limit(attempt: Attempt) -> int | None:
    return None if attempt.note_limit is None else attempt.note_limit * 2


def _any_note_longer(context: HandoutContext, limit: int) -> bool:
    clean = context.text.clean
    notes = [clean(item.note, multiline=False) for item in context.plan.items]
    return any(len(note) > limit for note in notes) or len(clean(context.plan.notes, multiline=False)) > limit * 2


def _note(context: HandoutContext, note: str, limit: int | None) -> str:
    cleaned = context.text.clean(note, multiline=False)
    return context.text.line(cleaned if limit is None else shorten_at_sentence(cleaned, limit))


@lru_cache(maxsize=64)
def _right(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-right", parent=style, alignment=TA_RIGHT)


def _styles(context: HandoutContext, size: float) -> Styles:
    clinic = context.clinic
    styles = compact_styles(clinic.colour.upper(), clinic.accent_colour.upper(), size, LINE_SPACING)
    # The table's headings (its columns and stages) at the text's own size: smaller would be too small here.
    return dataclasses.replace(styles, table_head=replace_size(styles.table_head, size))


def _story(context: HandoutContext, attempt: Attempt) -> list[Flowable]:
    size = attempt.size
    styles = _styles(context, size)
    theme = context.theme
    palette = theme.palette
    story: list[Flowable] = [
        _banner(context, styles, size),
        Spacer(1, 4),
        HRFlowable(width="100%", thickness=1.2, color=theme.colour(palette.brand)),
        Spacer(1, size * 0.7),
    ]
    lines = advice_lines(context)
    if lines:
        advice = [Paragraph("Remember", styles.panel_heading)]
        advice += [Paragraph(line, styles.step, bulletText="•") for line in lines]
        story += [
            Panel(advice, background=theme.colour(palette.tint), padding=(size * 0.55, size * 1.1)),
            Spacer(1, size * 0.7),
        ]
    if context.plan.notes.strip():
        who = context.text.line(context.therapist) if context.therapist.strip() else "your therapist"
        notes = _note(context, context.plan.notes, _plan_note_limit(attempt))
        story += [Paragraph(f"<b>Notes from {who}:</b> {notes}", styles.body), Spacer(1, size * 0.6)]
    story.append(_table(context, styles, attempt))
    story += [Spacer(1, size * 1.1), *_booking_strip(context, styles, size)]
    story += [Spacer(1, size * 0.6), *get_help_line(context, styles)]
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
    right = [
        Paragraph(text.line(context.plan.title), _right(title_style)),
        Paragraph(plan_details_markup(context), _right(styles.subtitle)),
    ]
    half = context.frame_width / 2
    return Table(
        [[left, right]],
        colWidths=[half * 0.8, half * 1.2],
        style=table_style(
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ),
    )


@lru_cache(maxsize=64)
def replace_size(style: ParagraphStyle, size: float) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-{size}", parent=style, fontSize=size, leading=size * LINE_SPACING)


def _table(context: HandoutContext, styles: Styles, attempt: Attempt) -> Flowable:
    """One row per exercise: its number, its start and finish picture, and what to do in words."""
    size = attempt.size
    theme = context.theme
    palette = theme.palette
    text = context.text
    plan = context.plan
    rows: list[list[object]] = []
    commands: list[tuple[object, ...]] = []
    numbers = {item.id: number for number, item in context.numbered_items()}
    stage_numbers = {stage.id: index for index, stage in enumerate(plan.stages, start=1)}
    cue_size = max(SMALLEST_CUE, size * 0.92)
    width = context.frame_width
    number_width = size * 2.2
    picture_width = attempt.picture_mm * mm * 2  # the drawings are about twice as wide as tall
    words_width = width - number_width - picture_width
    for stage, items in plan.grouped():
        if not items:
            continue
        if stage is not None:
            heading = stage_heading_markup(context, stage_numbers[stage.id], stage.title, stage.weeks)
            row_index = len(rows)
            rows.append([Paragraph(heading, styles.table_head), "", ""])
            commands += [
                ("SPAN", (0, row_index), (-1, row_index)),
                ("BACKGROUND", (0, row_index), (-1, row_index), theme.colour(palette.tint)),
                ("TOPPADDING", (0, row_index), (-1, row_index), size * 0.25),
                ("BOTTOMPADDING", (0, row_index), (-1, row_index), size * 0.25),
            ]
        for item in items:
            exercise = context.exercise(item)
            # The key point runs on after the name, so a short one shares the name's line.
            name = f"<b>{text.line(exercise.name)}</b>"
            if exercise.cues and attempt.cues:
                name += f' <font size="{cue_size:.1f}" color="{palette.muted}">– {text.line(exercise.cues[0])}</font>'
            work = keep_units_together(text.line(item.prescription.work_in_words()))
            words = keep_units_together(text.line(item.prescription.in_words(exercise.tempo_words)))
            rest = words[len(work) :] if words.startswith(work) else " · " + words
            cell: list[Flowable] = [
                Paragraph(name, styles.table_cell),
                Paragraph(f"<b>{work}</b>{rest}", styles.table_cell),
            ]
            if item.note.strip():
                note = _note(context, item.note, attempt.note_limit)
                cell.append(Paragraph(f'<font color="{palette.heading}"><b>Note:</b></font> {note}', styles.table_cell))
            pictures = exercise_pictures(context, exercise)
            picture: object = ""
            if pictures:
                picture = picture_row(context, pictures, picture_width - size * 0.8, attempt.picture_mm * mm)
            rows.append(
                [
                    Paragraph(f'<font color="{palette.heading}"><b>{numbers[item.id]}</b></font>', styles.table_cell),
                    picture,
                    cell,
                ]
            )
    pad = size * 0.33
    style = table_style(
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, theme.colour(palette.rule)),
        ("LEFTPADDING", (0, 0), (-1, -1), size * 0.4),
        ("RIGHTPADDING", (0, 0), (-1, -1), size * 0.4),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), pad),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad * 1.2),
        *commands,
    )
    if not rows:
        return Spacer(1, 0)  # an empty plan: the page still has the clinic's advice, booking and help details
    return Table(rows, colWidths=[number_width, picture_width, words_width], style=style, hAlign="LEFT")


def _booking_strip(context: HandoutContext, styles: Styles, size: float) -> list[Flowable]:
    """How to book and get in touch, in a thin box with the booking QR code at the right."""
    theme = context.theme
    text = context.text
    clinic = context.clinic
    colour = theme.palette.heading
    booking = safe_booking_link(context)
    words: list[Flowable] = []
    if booking:
        link = text.link(booking, web_label(booking), colour=colour)
        words.append(Paragraph(f"<b>Book your next session:</b> scan the code, or go to {link}", styles.table_cell))
    contact: list[str] = []
    if clinic.phone.strip():
        contact.append(f"<b>Phone:</b> {text.link(phone_link(clinic.phone), clinic.phone, colour=colour)}")
    if clinic.email.strip():
        contact.append(f"<b>Email:</b> {text.link(mail_link(clinic.email), clinic.email, colour=colour)}")
    instagram = safe_web_link(clinic.instagram_link) if clinic.instagram.strip() else ""
    if instagram:
        contact.append(f"<b>Instagram:</b> {text.link(instagram, clinic.instagram_handle, colour=colour)}")
    # Phone and email share a line; the words wrap at a separator, never inside an address.
    if contact:
        words.append(Paragraph(" &nbsp;·&nbsp;&nbsp;".join(contact[:2]), styles.table_cell))
        words.extend(Paragraph(line, styles.table_cell) for line in contact[2:])
    words += next_appointment_line(context, styles)
    border = theme.colour(theme.palette.panel_border)
    if not booking:
        return [Panel(words, border=border, padding=(size * 0.7, size))]
    qr_size = theme.metrics.qr_size
    inner = context.frame_width - 2 * size
    body = Table(
        [[words, QrCode(booking, qr_size)]],
        colWidths=[inner - qr_size - 4 * mm, qr_size + 4 * mm],
        style=table_style(
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (1, 0), (1, 0), 4 * mm),
        ),
    )
    return [Panel([body], border=border, padding=(size * 0.5, size))]


__all__ = ["ATTEMPTS", "compact_handout", "shorten_at_sentence"]
