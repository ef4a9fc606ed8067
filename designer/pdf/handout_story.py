"""The detailed and large-print handouts in reading order: the opening, the exercises, and the closing.

The opening is the title, the standing advice, the therapist's notes and the
stages; each exercise follows as a block that keeps together on its page; the
closing (when to get help, the booking details) goes where it leaves no page
nearly empty (see ``_with_closing``).  ``handout`` chooses the layout and
builds the PDF around the story made here; the compact layout is in ``compact``.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from reportlab.platypus import Flowable, FrameBreak, KeepTogether, PageBreak, Spacer

from .contact import booking_block, get_help_box
from .document import room_after
from .exercise_block import ExerciseBlock, exercise_block, exercise_blocks
from .fitting import story_height
from .measurements import PAGE_SIZES
from .paragraphs import Paragraph
from .sections import (
    HandoutContext,
    advice_panel,
    exercises_at_a_glance,
    plan_notes,
    stage_heading_markup,
    stages_overview,
    title_block,
)


@dataclass
class _Opening:
    """The opening's flowables; how many of them are words (title, advice, notes) before the stages; the end part."""

    story: list[Flowable]
    words: int
    to_the_end: list[Flowable]


def _opening(context: HandoutContext, *, glance_at_end: bool = False) -> _Opening:
    """What the client reads first: the title, the standing advice, the therapist's notes, the stages.

    The plan's notes come straight after the advice (the window promises they
    are printed at the top), so they are read before the exercises, not after.
    A plan without stages lists its exercises at a glance, in every layout.
    Where the opening would spill a line or two on to a page of its own, its
    lines close up (same sizes); the exercises at a glance go where they fit:
    after the opening, or else (or with ``glance_at_end``) with the booking details at the end.
    """
    pagesize = PAGE_SIZES[context.paper]
    glance = exercises_at_a_glance(context)
    tight_context = dataclasses.replace(
        context, theme=dataclasses.replace(context.theme, styles=context.theme.tight_styles)
    )
    head: list[Flowable] = []
    words: list[Flowable] = []
    room = 0.0
    for attempt in (context, tight_context):
        words = [*title_block(attempt), *advice_panel(attempt), *plan_notes(attempt)]
        head = [*words, *stages_overview(attempt)]
        # A page holding only the last lines of the notes, or of the stages, looks forgotten.
        spilled = False
        for part in (words, head):
            page, room = room_after(part, pagesize=pagesize, theme=context.theme)
            spilled = spilled or (page > 1 and room > context.frame_height * 0.7)
        if not spilled:
            break
    if not glance or (not glance_at_end and story_height(glance, context.frame_width, context.frame_height) <= room):
        return _Opening([*head, *glance], len(words), [])
    return _Opening(head, len(words), glance)


def _numbering(context: HandoutContext) -> tuple[dict[str, int], dict[str, int]]:
    """Each exercise's number on the handout (by item id) and each stage's number (by stage id)."""
    numbers = {item.id: number for number, item in context.numbered_items()}
    stage_numbers = {stage.id: index for index, stage in enumerate(context.plan.stages, start=1)}
    return numbers, stage_numbers


def detailed_story(context: HandoutContext) -> list[Flowable]:
    """The exercises two to a page where both fit, after the opening; the closing where it leaves no page near empty.

    Where the closing (when to get help, the booking details) would take a page of its own, the exercises at a
    glance move from the opening to the end when that lets the closing share pages instead: a page fewer.
    """
    story, on_its_own = _with_closing(context, _opening(context), _detailed_blocks(context), page_breaks=False)
    if on_its_own:
        opening = _opening(context, glance_at_end=True)
        if opening.to_the_end:
            moved, still_alone = _with_closing(context, opening, _detailed_blocks(context), page_breaks=False)
            if not still_alone:
                return moved
    return story


def _detailed_blocks(context: HandoutContext) -> list[ExerciseBlock]:
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
    return blocks


def large_print_story(context: HandoutContext) -> list[Flowable]:
    """One exercise a page, after the opening page(s); the booking details where they leave no page near empty."""
    opening = _opening(context)
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
            blocks += exercise_blocks(context, numbers[item.id], item, lead=lead)
    return _with_closing(context, opening, blocks, page_breaks=True)[0]


def _with_closing(
    context: HandoutContext, opening: _Opening, blocks: list[ExerciseBlock], *, page_breaks: bool
) -> tuple[list[Flowable], bool]:
    """The opening, the exercises and the booking details, placed so that no page holds only them.

    The booking details go with the last exercise when both fit on its page
    (a somewhat smaller picture may make the room); otherwise at the end of
    the opening when they fit on its last page, or straight after the notes
    when the notes end a little way down a page the stages do not fit on;
    only otherwise on a page of their own.  Returns the story and whether they are on a page of their own.
    """
    gap = context.theme.metrics.section_gap
    summary = opening.to_the_end
    closing = [*summary, *get_help_box(context), Spacer(1, gap), *booking_block(context)]
    story = list(opening.story)
    summary_placed = False
    if summary and story_height(closing, context.frame_width, context.frame_height) > context.frame_height:
        # Too much for one closing page: the summary and the warning signs follow the opening, a page to keep.
        story.append(KeepTogether([*summary, *get_help_box(context)]))
        closing = booking_block(context)
        summary_placed = True
    if closing and blocks:
        placed = _place_closing(context, story, blocks, opening.words, closing)
        # (Detailed: also with the exercises at a glance at the end; large print keeps them with the warning signs.)
        help_box = get_help_box(context) if not placed and not summary_placed else []
        if help_box and (not summary or not page_breaks):
            # Both together fit nowhere: the warning signs go where they fit in the opening (read early, which
            # suits them), and the booking details alone are placed again.
            at = _room_for_closing(context, story, opening.words, [Spacer(1, gap), *help_box])
            if at is not None:
                inserted = _inserted(story, at, help_box, gap)
                story[at:at] = inserted
                closing = [*summary, *([Spacer(1, gap)] if summary else []), *booking_block(context)]
                words = opening.words + (len(inserted) if at == opening.words else 0)
                placed = _place_closing(context, story, blocks, words, closing)
        if placed:
            closing = []
    if closing and page_breaks and context.plan.stages and not summary:
        # A page of its own: in large print the exercises at a glance come with the booking details when both
        # fit, a summary to keep by the kettle rather than a page left mostly empty.
        summary = exercises_at_a_glance(context, with_stages=True)
        if story_height([*summary, *closing], context.frame_width, context.frame_height) <= context.frame_height:
            closing = [*summary, *closing]
    if not page_breaks:
        for block, following in itertools.pairwise(blocks):
            block.next_block = following
    for block in blocks:
        if page_breaks:
            story.append(PageBreak())
        else:
            # 12 pt: with its heading in the clinic's colour, enough to set two exercises on a page apart.
            block.set_space_before(gap * 0.75)
        story.append(block)
    if closing:
        closing[0].spaceBefore = gap  # space before, not a Spacer: at the top of a page it is dropped
        if story_height(closing, context.frame_width, context.frame_height) <= context.frame_height:
            story.append(KeepTogether(closing))
        else:
            # Longer than a page (many warning signs in large print): each box is still kept whole.
            story += [KeepTogether([part]) for part in closing]
    return story, bool(closing)


def _place_closing(
    context: HandoutContext, story: list[Flowable], blocks: list[ExerciseBlock], words: int, closing: list[Flowable]
) -> bool:
    """Put the closing with the last exercise, else in the opening (see ``_room_for_closing``); False: nowhere."""
    gap = context.theme.metrics.section_gap
    last = blocks[-1]
    width = context.frame_width
    # Not the most compact layout: the last exercise keeps a fair-sized picture to make the room.
    # (At most the four roomiest: each is laid out to be measured, and the rest rarely make the room.)
    # The layouts already made for the last exercise are reused: it is printed in one block or the other.
    roomy = range(min(4, last._sharing, len(last.layout_makers) - 1))
    together = [partial(_appended, partial(last._layout, index), [Spacer(1, gap), *closing]) for index in roomy]
    joined = _LastWithClosing(
        together,
        context.frame_height,
        last.continued,
        fill_from=last._fill_from,
        carry_over=min(last._carry_over, len(together) - 1),
        alone=last,
        closing=[Spacer(1, gap), *closing],
    )
    if joined.first_fitting(width, context.frame_height) is not None:
        blocks[-1] = joined
        return True
    at = _room_for_closing(context, story, words, [Spacer(1, gap), *closing])
    if at is None:
        return False
    story[at:at] = _inserted(story, at, closing, gap)
    return True


def _inserted(story: list[Flowable], at: int, part: list[Flowable], gap: float) -> list[Flowable]:
    """``part`` with a gap before it, and one after it when something of the opening follows.

    (A gap at the very end could spill on to a page of its own, and a page break then leaves it empty.)
    """
    return [Spacer(1, gap), *part, *([Spacer(1, gap)] if at < len(story) else [])]


def _room_for_closing(
    context: HandoutContext, story: list[Flowable], words: int, closing: list[Flowable]
) -> int | None:
    """Where in the opening the closing fits without moving anything on: its end, or the end of its words.

    After the words only where they end near the top of a page that the stages then leave for the next:
    there the booking details fill a page that would otherwise hold a paragraph alone.
    """
    pagesize = PAGE_SIZES[context.paper]
    height = story_height(closing, context.frame_width, context.frame_height)
    _page, room = room_after(story, pagesize=pagesize, theme=context.theme)
    if height <= room:
        return len(story)
    page, room = room_after(story[:words], pagesize=pagesize, theme=context.theme)
    stages = story[words:]
    if (
        stages
        and page > 1
        and room > context.frame_height * 0.7
        and height <= room
        and story_height(stages, context.frame_width, context.frame_height) > room
    ):
        return words
    return None


class _LastWithClosing(ExerciseBlock):
    """The last exercise with the booking details after it, kept on one page where both fit.

    Part-way down a page where only the exercise fits, the exercise stays (it shares the page with the one
    before) and the booking details go on to the next page, rather than both moving on; unless they would leave
    that page nearly empty: then the exercise goes on with them.
    """

    def __init__(self, *args: Any, alone: ExerciseBlock, closing: list[Flowable], **options: Any) -> None:
        super().__init__(*args, **options)
        self.alone = alone
        self.closing = closing

    def least_height(self, width: float) -> float:
        # Where the booking details do not fit after it, the exercise goes alone and they go on.
        return min(super().least_height(width), self.alone.least_height(width))

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        frame = getattr(self, "_frame", None)
        at_top = frame is None or bool(getattr(frame, "_atTop", False))
        room = available_height - (0 if at_top else self._space_before)
        mid_page = not at_top and room >= self._page_height * self._fill_from
        if mid_page and self.first_fitting(available_width, room, self._sharing) is None:
            alone = self.alone.first_fitting(available_width, room, self.alone._sharing)
            closing_height = story_height(self.closing, available_width, self._page_height)
            if alone is not None and closing_height >= self._page_height * 0.4:
                return [Spacer(1, self._space_before), *self.alone._layout(alone), KeepTogether(self.closing)]
            if alone is not None:
                return [FrameBreak(), self]
        return super().split(available_width, available_height)


def _appended(layout: Callable[[], list[Flowable]], closing: list[Flowable]) -> list[Flowable]:
    return [*layout(), *closing]
