"""The exercise catalogue: the whole library on paper, for the therapist to review (and to check every drawing).

Exercises are grouped by category in the clinic's order of foundations, six
to a page as cards: picture, name, category and level, equipment, and the
ladder neighbours (easier and harder exercises) by name.  An exercise without
a picture gets a clearly marked empty frame, so a missing drawing is seen.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer, Table

from designer.domain import CATEGORIES, Clinic, Exercise, Layout, PaperSize

from .document import Metadata, build_pdf
from .flowables import Panel, table_style
from .images import load_exercise_pictures
from .measurements import PAGE_SIZES
from .page_furniture import PageFurniture
from .paragraphs import Paragraph
from .pictures_on_page import PictureRow
from .text import UserText
from .theme import Theme, theme_for


def render_catalogue(
    exercises: Sequence[Exercise],
    clinic: Clinic,
    *,
    photos: Mapping[str, bytes] | None = None,
    paper: PaperSize | None = None,
    deterministic: bool = False,
) -> bytes:
    """Every exercise with its illustration, name, category, level and easier and harder neighbours.

    ``photos``: the therapist's photos by name (the repository's ``get_picture``); no folder is read.
    """
    theme = theme_for(clinic.colour.upper(), clinic.accent_colour.upper(), Layout.DETAILED)
    paper = paper or clinic.paper
    width, height = PAGE_SIZES[paper]
    frame_width = width - 2 * theme.metrics.margin_side
    text = UserText()
    names = {exercise.id: exercise.name for exercise in exercises}
    styles = theme.styles
    story: list[Flowable] = [
        Paragraph(text.line(clinic.name), styles.clinic_name),
        Spacer(1, theme.metrics.gap),
        Paragraph("Exercise library", styles.title),
        Paragraph(
            f"{len(exercises)} exercise{'s' if len(exercises) != 1 else ''} in "
            f"{len(_grouped(exercises))} categories, each with its easier and harder neighbours.",
            styles.subtitle,
        ),
        Spacer(1, theme.metrics.section_gap),
    ]
    card_width = (frame_width - 8 * mm) / 2
    for category, members in _grouped(exercises):
        story.append(CondPageBreak(90 * mm))
        story.append(Paragraph(f"{text.line(category)} <font size='9'>({len(members)})</font>", styles.section))
        cards = [_card(exercise, names, theme, text, card_width, photos, clinic.colour) for exercise in members]
        rows = [cards[index : index + 2] for index in range(0, len(cards), 2)]
        if len(rows[-1]) == 1:
            rows[-1].append(Spacer(1, 1))
        story.append(
            Table(
                rows,
                colWidths=[card_width + 4 * mm, card_width + 4 * mm],
                hAlign="LEFT",
                style=table_style(
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("RIGHTPADDING", (0, 0), (0, -1), 4 * mm),
                    ("LEFTPADDING", (1, 0), (1, -1), 4 * mm),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6 * mm),
                ),
            )
        )
    clinic_name = text.clean(clinic.name, multiline=False)
    furniture = PageFurniture(theme=theme, running_left=clinic_name, running_right="Exercise library")
    pdf, _pages = build_pdf(
        story,
        pagesize=(width, height),
        furniture=furniture,
        metadata=Metadata(
            title="Exercise library",
            author=clinic_name,
            subject=f"The exercise library of {clinic_name}",
            keywords=("exercise library",),
        ),
        deterministic=deterministic,
    )
    return pdf


def _grouped(exercises: Sequence[Exercise]) -> list[tuple[str, list[Exercise]]]:
    """Categories in the clinic's order of foundations, then any others alphabetically; names sorted within."""
    found: dict[str, list[Exercise]] = {}
    for exercise in exercises:
        found.setdefault(exercise.category, []).append(exercise)
    order = [category for category in CATEGORIES if category in found]
    order += sorted(category for category in found if category not in CATEGORIES)
    return [(category, _ladder_order(found[category])) for category in order]


def _ladder_order(members: list[Exercise]) -> list[Exercise]:
    """Bottom rung first: an exercise comes after the easier ones it progresses from, then by level and name."""
    by_id = {exercise.id: exercise for exercise in members}
    rank = {"gentle": 0, "moderate": 1, "challenging": 2}
    depths: dict[str, int] = {}

    def depth(exercise_id: str, seen: frozenset[str] = frozenset()) -> int:
        if exercise_id in depths:
            return depths[exercise_id]
        easier = [other for other in by_id[exercise_id].regressions if other in by_id and other not in seen]
        found = 1 + max((depth(other, seen | {exercise_id}) for other in easier), default=-1)
        depths[exercise_id] = found
        return found

    return sorted(
        members, key=lambda exercise: (depth(exercise.id), rank.get(exercise.level.value, 3), exercise.name.lower())
    )


def _card(
    exercise: Exercise,
    names: dict[str, str],
    theme: Theme,
    text: UserText,
    width: float,
    photos: Mapping[str, bytes] | None,
    accent: str,
) -> Flowable:
    styles = theme.styles
    palette = theme.palette
    # The drawings in the clinic's colour, as on its handouts, so the catalogue shows what clients will get.
    pictures, _problems = load_exercise_pictures(exercise, photos, accent)
    picture_height = width / 2
    content: list[Flowable] = []
    if pictures:
        content.append(PictureRow(pictures[:2], width - 2, picture_height, gap=3 * mm))
    else:
        content.append(
            Panel(
                [Paragraph("No picture yet", styles.centre)],
                border=theme.colour(palette.rule),
                padding=(picture_height / 2 - 6, 4),
            )
        )
    content.append(Spacer(1, 3 * mm))
    content.append(Paragraph(text.line(exercise.name), styles.body_bold))
    details = f"{exercise.level.label}"
    if exercise.equipment:
        details += " · " + ", ".join(text.line(item) for item in exercise.equipment)
    content.append(Paragraph(f'<font color="{palette.muted}">{details}</font>', styles.small))
    easier = [text.line(names.get(other, other)) for other in exercise.regressions]
    harder = [text.line(names.get(other, other)) for other in exercise.progressions]
    ladder = [
        f"<b>Easier:</b> {', '.join(easier) if easier else '–'}",
        f"<b>Harder:</b> {', '.join(harder) if harder else '–'}",
    ]
    content.append(Spacer(1, 1.5 * mm))
    content.extend(Paragraph(line, styles.small) for line in ladder)
    content.append(Paragraph(f'<font color="{palette.muted}">id: {text.line(exercise.id)}</font>', styles.small))
    return Table([[content]], colWidths=[width], style=table_style())
