"""One exercise as the client reads it: the layouts an exercise can take, and the one that fits.

Detailed: two columns (picture, how much, key points and what to watch out
for on the left; the steps, the therapist's note and the easier and harder
versions on the right), so two exercises share a page where both fit whole.
Large print: the picture across the page, wide enough that its labels print
at 14 pt; an exercise too long for one page is set as two halves, what it
looks like and how much first, how to do it on the next page.
Nothing of an exercise is ever left out to make it fit.  The parts themselves
(how much, the steps, key points ...) are made in ``exercise_parts``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import partial

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, FrameBreak, Spacer, Table

from designer.domain import Exercise, Layout, PlanItem

from .contact import video_code
from .exercise_parts import (
    easier_and_harder,
    how_much_panel,
    key_points,
    note_panel,
    step_groups,
    take_care,
    watch_out,
)
from .fitting import BestFit, balanced_split, story_height
from .flowables import ExerciseMark, table_style
from .paragraphs import Paragraph
from .sections import (
    HandoutContext,
    exercise_pictures,
    picture_row,
)
from .theme import FONT, Styles


@dataclass(frozen=True)
class Fit:
    """One way of laying out an exercise; the roomiest that fits is used.  Nothing is ever left out."""

    picture_mm: float
    picture_share: float = 0.56  # the most of the page's width the picture may take beside the words
    tight: bool = False  # closer lines and smaller gaps (the text keeps its size)
    # Detailed: 11 pt body, close lines and small gaps, so two exercises share a page where both fit whole.
    snug: bool = False
    # Two columns: picture, how much, key points and what to watch out for on the left, the steps on the right.
    # Shorter, so two exercises share a page.
    columns: bool = False
    # The picture across the page above the words (large print: its labels are 14 pt or more at that size).
    stacked: bool = False
    # Which of the exercise: all of it, or (large print, too long for a page) what it looks like and how much
    # ("look"), or how to do it ("do"), each on a page of its own.
    part: str = "whole"


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
# Between the two columns of the detailed layout.
GUTTER = 6 * mm
# A built-in drawing is 1800 px across with labels of 76 px (illustrations.render.FULL): 117 mm wide prints them
# at 14 pt.  Large print never draws a picture narrower than this.
LARGE_PICTURE_WIDTH = 120 * mm
FITS = {
    # Two columns first, so two exercises share a page; the one-column layouts only for an exercise that is
    # too long for two columns on a page (a very long note).
    Layout.DETAILED: (
        # The drawing as wide as its column (88 mm on A4); only lines and gaps close up, then the text to 11 pt.
        Fit(50, columns=True),
        Fit(50, columns=True, tight=True),
        Fit(50, columns=True, tight=True, snug=True),
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
        carry_over: int = 0,
        sharing: int | None = None,
    ) -> None:
        self.layout_makers = list(layout_makers)
        self.continued = continued
        super().__init__(
            self.layout_makers,
            page_height,
            continued=continued,
            space_before=space_before,
            fill_from=fill_from,
            carry_over=carry_over,
            sharing=sharing,
        )
        # The exercise printed after this one (detailed): this one may close up so that one fits beside it.
        self.next_block: ExerciseBlock | None = None
        # The layout the exercise before chose for this one too, so a shared page reads evenly.
        self.paired_layout: int | None = None

    def least_height(self, width: float) -> float:
        """The height of this exercise in its most compact layout that may start part-way down a page."""
        return min(self.height(index, width) for index in range(self._sharing))

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        # Part-way down a page the gap above the exercise is kept (the frame drops it from what a split gives).
        frame = getattr(self, "_frame", None)
        gap = 0.0 if frame is None or getattr(frame, "_atTop", False) else self._space_before
        room = available_height - gap
        shared = self._sharing_with_next(available_width, room)
        paired = self.paired_layout
        if shared is None and gap and paired is not None and self.height(paired, available_width) <= room:
            shared = paired
        placed = list(self._layout(shared)) if shared is not None else super().split(available_width, room)
        if placed and isinstance(placed[0], type(FrameBreak)):
            if self.next_block is not None:
                # On to the next page, where its layout is chosen again: there the next exercise may fit below.
                return [placed[0], self]
            return placed
        return [Spacer(1, gap), *placed] if gap and placed else placed

    def _sharing_with_next(self, width: float, room: float) -> int | None:
        """The roomiest layout that leaves room for the next exercise below it on this page, or None.

        Two exercises on one page in closer lines beat one exercise in roomy lines and a page half empty.
        """
        following = self.next_block
        if following is None:
            return None
        frame = getattr(self, "_frame", None)
        at_top = frame is None or bool(getattr(frame, "_atTop", False))
        if not at_top and room < self._page_height * self._fill_from:
            return None
        room -= 2 + following.getSpaceBefore()  # a little slack: the frame's own sums round differently
        # Both in the same layout where they fit so, the page reading evenly; else any that lets the next fit.
        for index in range(min(self._sharing, following._sharing)):
            if self.height(index, width) + following.height(index, width) <= room:
                following.paired_layout = index
                return index
        below = following.least_height(width)
        for index in range(self._sharing):
            if self.height(index, width) + below <= room:
                return index
        return None


def exercise_blocks(
    context: HandoutContext, number: int, item: PlanItem, lead: Sequence[Flowable] = ()
) -> list[ExerciseBlock]:
    """The exercise whole, or in large print, when it is too long for a page, its two halves (each a page)."""
    whole = exercise_block(context, number, item, lead)
    if not context.large or whole.first_fitting(context.frame_width, context.frame_height) is not None:
        return [whole]
    return [exercise_block(context, number, item, lead, part="look"), exercise_block(context, number, item, part="do")]


def exercise_block(
    context: HandoutContext, number: int, item: PlanItem, lead: Sequence[Flowable] = (), part: str = "whole"
) -> ExerciseBlock:
    """One exercise as the client reads it, kept together (with any ``lead`` heading) on one page.

    When it does not fit, the picture gets smaller, and then lines and gaps
    close up; the text keeps its size and nothing is left out.  An exercise
    longer than any page (a very long note) carries on to the next page under
    "<name> (continued)".
    """
    fits = FITS[context.layout]
    return ExerciseBlock(
        [partial(_exercise_flowables, context, number, item, lead, replace(fit, part=part)) for fit in fits],
        context.frame_height,
        continued=partial(_continued_heading, context, number, item),
        # Detailed: an exercise starts part-way down a page wherever it fits whole, so two share a page.
        fill_from=0.2 if context.layout is Layout.DETAILED else 0.45,
        # Too long for any page (a very long note): carried over in the roomiest layout that splits.
        carry_over=next(index for index, fit in enumerate(fits) if not fit.columns),
        # Part-way down a page only the two-column layouts are tried: the one-column ones are taller.
        sharing=sum(1 for fit in fits if fit.columns) or None,
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
    styles = theme.styles
    if fit.tight:
        styles = (theme.snug_styles or theme.tight_styles) if fit.snug else theme.tight_styles
    palette = theme.palette
    text = context.text
    gap = theme.metrics.gap * (0.6 if fit.tight else 1)
    name = f'<font color="{palette.brand}">{number}</font>&nbsp;&nbsp;{text.title(exercise.name)}'
    if fit.part == "do":
        name += f'<font name="{FONT}" color="{palette.muted}">: how to do it</font>'
    mark = [ExerciseMark(number, exercise.name)] if fit.part != "do" else []
    block: list[Flowable] = [*mark, *lead, Paragraph(name, styles.exercise_name)]
    purpose: list[Flowable] = []
    if exercise.purpose.strip() and fit.part != "do":
        purpose = [Paragraph(f'<font color="{palette.muted}">{text.line(exercise.purpose)}</font>', styles.body)]
    if not fit.columns:
        block += purpose
    ladder = easier_and_harder(context, exercise, styles, gap)
    steps = step_groups(context, exercise, styles)
    note = note_panel(context, item, styles, gap, tight=fit.tight, run_in=fit.snug)
    safety = take_care(context, exercise, styles, gap)
    # Detailed: the first mistake (and a second only when both are short), so two exercises share a page.
    watch = watch_out(context, exercise, styles, limit=60 if context.layout is Layout.DETAILED else 150)
    video = video_code(context, exercise, styles, column_width(context) if fit.columns else context.frame_width)
    video = [Spacer(1, gap), *video] if video else []
    if fit.columns:
        how_much = how_much_panel(context, item, exercise, styles, fit.tight, inline=True)
        groups = [purpose, [how_much], key_points(context, exercise, styles), watch, video, *steps, safety, ladder]
        groups.append(note)
        return [*block, _columns(context, exercise, fit, [group for group in groups if group])]
    if fit.stacked:
        look: list[Flowable] = []
        if fit.part != "do":
            pictures = exercise_pictures(context, exercise)
            if pictures:
                # On a page of its own the picture may grow (a drawing of two positions one above the other is
                # tall): never narrower than LARGE_PICTURE_WIDTH where the page allows.
                height = fit.picture_mm * mm * (1.6 if fit.part == "look" else 1)
                width = min(context.frame_width, LARGE_PICTURE_WIDTH * 1.25)
                look += [picture_row(context, pictures, width, height), Spacer(1, gap * 1.5)]
            look += [how_much_panel(context, item, exercise, styles, fit.tight)]
            look += [*key_points(context, exercise, styles), *watch, *video]
        do = [*_joined(steps), *note, *safety, *ladder] if fit.part != "look" else []
        return [*block, Spacer(1, gap), *look, *do]
    summary, ladder_placed = _summary(context, item, exercise, fit, styles, ladder)
    block += [Spacer(1, gap), *summary, *watch, *video, *_joined(steps), *note, *safety]
    if not ladder_placed:
        block.extend(ladder)
    return block


def _joined(groups: Sequence[Sequence[Flowable]]) -> list[Flowable]:
    return [flowable for group in groups for flowable in group]


def _columns(context: HandoutContext, exercise: Exercise, fit: Fit, groups: list[list[Flowable]]) -> Flowable:
    """The exercise in two equal columns read like a newspaper, the picture heading the right column beside
    what the exercise is for and how much to do.

    The parts keep their reading order (how much, key points, what to watch out for, getting ready, the
    movement, take care, easier and harder, the therapist's note) and flow from the left column into the
    right one between paragraphs (never after a label), where the taller column is as short as it can be.
    Every paragraph is measured once, at the one column width both columns share.
    """
    gap = context.theme.metrics.gap * (0.6 if fit.tight else 1)
    gutter = GUTTER
    width = column_width(context)
    picture: list[Flowable] = []
    pictures = exercise_pictures(context, exercise)
    if pictures:
        picture = [picture_row(context, pictures, width, fit.picture_mm * mm), Spacer(1, gap)]
    flow: list[Flowable] = []
    for group in groups:
        flow += [Spacer(1, gap * 0.6), *group] if flow else list(group)
    split = balanced_split(picture, flow, width, context.frame_height)
    right = flow[split:]
    while right and isinstance(right[0], Spacer):  # a column starts with words, not with a gap
        right = right[1:]
    return Table(
        [[flow[:split], [*picture, *right]]],
        colWidths=[width + gutter, width],
        style=table_style(("VALIGN", (0, 0), (-1, -1), "TOP"), ("RIGHTPADDING", (0, 0), (0, 0), gutter)),
    )


def column_width(context: HandoutContext) -> float:
    """Each column's width in the two-column layout (a drawing there is this wide: 88 mm on A4)."""
    return (context.frame_width - GUTTER) / 2


def _summary(
    context: HandoutContext, item: PlanItem, exercise: Exercise, fit: Fit, styles: Styles, ladder: list[Flowable]
) -> tuple[list[Flowable], bool]:
    """The picture with "How much" beside it, and the key points; stacked when there are two photos or none.

    Beside one drawing go "How much" and then the key points and the
    easier/harder lines where that makes the exercise shorter; the rest runs
    the page's full width below, where it takes fewer lines.  Returns the
    flowables and whether the easier/harder lines were placed.
    """
    how_much = how_much_panel(context, item, exercise, styles, fit.tight)
    cues = key_points(context, exercise, styles)
    pictures = exercise_pictures(context, exercise)
    picture_height = fit.picture_mm * mm
    if len(pictures) != 1:
        story: list[Flowable] = []
        if pictures:
            story += [picture_row(context, pictures, context.frame_width, picture_height), Spacer(1, 4 * mm)]
        return [*story, how_much, *cues], False
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
    for group in (cues, ladder):
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
        elif group is cues:
            below += group  # the easier/harder lines not beside the picture end the exercise, as usual
    row = Table(
        [[picture, beside]],
        colWidths=[picture_width + 6 * mm, side_width],
        style=table_style(("VALIGN", (0, 0), (-1, -1), "TOP")),
    )
    return [row, *below], ladder_placed
