"""The parts of one exercise in words: how much, the steps, key points, what to watch out for, the notes, easier
and harder.

Each function makes one part as flowables in the given styles; ``exercise_block`` decides how the parts are
arranged on the page (two columns, beside the picture, or one under another) and which arrangement fits.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, Spacer

from designer.domain import Exercise, PlanItem

from .flowables import Panel
from .paragraphs import Paragraph
from .sections import HandoutContext
from .text import escape, keep_units_together
from .theme import Styles


def step_groups(context: HandoutContext, exercise: Exercise, styles: Styles) -> list[list[Flowable]]:
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


def note_panel(
    context: HandoutContext, item: PlanItem, styles: Styles, gap: float, *, tight: bool = False, run_in: bool = False
) -> list[Flowable]:
    """The therapist's note for this client, in a tinted panel with the clinic's colour down its side.

    ``run_in``: "A note from ..." starts the note's first line instead of taking a line of its own.
    """
    if not item.note.strip():
        return []
    theme = context.theme
    text = context.text
    who = text.line(context.therapist) if context.therapist.strip() else "your therapist"
    heading = f"A note from {who}"
    lines = text.paragraphs(item.note)
    note: list[Flowable] = []
    if run_in and lines:
        lines[0] = f'<font color="{theme.palette.heading}"><b>{heading}:</b></font> {lines[0]}'
    else:
        note.append(Paragraph(heading, styles.panel_heading))
    note.extend(Paragraph(line, styles.panel_body) for line in lines)
    padding = (6, 10) if tight else (9, 12)
    return [
        Spacer(1, gap * 1.5),
        Panel(
            note, background=theme.colour(theme.palette.tint), bar=theme.colour(theme.palette.brand), padding=padding
        ),
    ]


def take_care(context: HandoutContext, exercise: Exercise, styles: Styles, gap: float) -> list[Flowable]:
    """The exercise's safety note, after "Take care:"."""
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


def watch_out(context: HandoutContext, exercise: Exercise, styles: Styles, limit: int = 150) -> list[Flowable]:
    """A short "Watch out for" line from the exercise's common mistakes (``limit``: see ``watch_out_words``)."""
    chosen = watch_out_words([context.text.clean(line, multiline=False) for line in exercise.mistakes], limit)
    if not chosen:
        return []
    words = "; ".join(escape(words) for words in chosen)
    return [Paragraph(f"<b>Watch out for:</b> {words}.", styles.body)]


def key_points(context: HandoutContext, exercise: Exercise, styles: Styles) -> list[Flowable]:
    """The exercise's cues, bulleted under "Key points"."""
    cues = [line for line in (context.text.markup(cue) for cue in exercise.cues) if line]
    if not cues:
        return []
    return [Paragraph("Key points", styles.label), *(Paragraph(cue, styles.step, bulletText="•") for cue in cues)]


def how_much_panel(
    context: HandoutContext,
    item: PlanItem,
    exercise: Exercise,
    styles: Styles,
    tight: bool = False,
    *,
    inline: bool = False,
) -> Flowable:
    """The prescription in plain words, the main instruction first: "3 sets of 10, each side · rest 60 s · ...".

    ``inline``: "How much" starts the words' first line instead of taking a line of its own (two columns).
    """
    theme = context.theme
    prescription = item.prescription
    work = keep_units_together(context.text.line(prescription.work_in_words()))
    words = keep_units_together(context.text.line(prescription.in_words(exercise.tempo_words)))
    rest = words[len(work) :] if words.startswith(work) else " · " + words
    markup = f"<b>{work}</b>{rest}"
    if inline:
        content = [Paragraph(f'<font color="{theme.palette.heading}"><b>How much:</b></font> {markup}', styles.body)]
    else:
        content = [Paragraph("How much", styles.kicker), Paragraph(markup, styles.body)]
    return Panel(content, background=theme.colour(theme.palette.tint), padding=(6, 10) if tight else (8, 12))


def easier_and_harder(context: HandoutContext, exercise: Exercise, styles: Styles, gap: float) -> list[Flowable]:
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
