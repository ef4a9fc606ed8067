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
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, KeepTogether, Paragraph, Spacer, Table

from designer.domain import Clinic, Exercise, Layout, PaperSize, Plan, PlanItem
from designer.domain.clinic import is_safe_link

from .document import FooterItem, long_date
from .flowables import Panel, table_style
from .images import PictureRow, PreparedImage, QrCode, load_exercise_pictures
from .text import UserText, keep_units_together, mail_link, phone_link, web_label
from .theme import FONT, Styles, Theme
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
    photos_dir: Path | None = None
    text: UserText = field(default_factory=UserText)
    warnings: list[HandoutWarning] = field(default_factory=list)
    next_appointment: dt.datetime | None = None

    def exercise(self, item: PlanItem) -> Exercise:
        return self.exercises[item.exercise_id]

    def names(self, exercise_ids: Sequence[str]) -> list[str]:
        """Names of ladder neighbours that are known; an unknown id is simply not offered."""
        return [self.exercises[other].name for other in exercise_ids if other in self.exercises]

    def warn(self, message: str, kind: WarningKind = WarningKind.OTHER) -> None:
        """Tell the therapist something about this handout (once, however often it comes up)."""
        if message not in self.warnings:
            self.warnings.append(message if isinstance(message, HandoutWarning) else HandoutWarning(message, kind))

    def numbered_items(self) -> list[tuple[int, PlanItem]]:
        """Every item with its number on the handout, in the order the client meets them (stage by stage)."""
        ordered = [item for _stage, items in self.plan.grouped() for item in items]
        return list(enumerate(ordered, start=1))

    @property
    def large(self) -> bool:
        return self.layout is Layout.LARGE_PRINT


def exercise_pictures(context: HandoutContext, exercise: Exercise) -> list[PreparedImage]:
    """The exercise's pictures ready to draw; any that cannot be used are left out with a warning."""
    pictures, problems = load_exercise_pictures(exercise, context.photos_dir, context.clinic.colour)
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
    return [
        KeepTogether([Paragraph("Your plan in stages", styles.section), table]),
        Spacer(1, theme.metrics.section_gap),
    ]


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
    story.append(Spacer(1, context.theme.metrics.section_gap))
    return story


# -- booking and contact ------------------------------------------------------------


def missing_contact_warning(context: HandoutContext) -> str | None:
    """A sentence for the therapist when the handout cannot tell the client how to book or get in touch."""
    clinic = context.clinic
    missing = [
        label
        for label, value in (
            ("booking link", clinic.booking_link),
            ("phone number", clinic.phone),
            ("email address", clinic.email),
        )
        if not value.strip()
    ]
    if not missing:
        return None
    listed = missing[0] if len(missing) == 1 else ", ".join(missing[:-1]) + " or " + missing[-1]
    keys = " ".join(
        f"{key}=..."
        for key, label in (("booking_link", "booking link"), ("phone", "phone number"), ("email", "email address"))
        if label in missing
    )
    consequence = (
        "so it has no booking details and the footer has no contact details"
        if len(missing) == 3
        else "so the client cannot find it on the handout"
    )
    them = "it" if len(missing) == 1 else "them"
    return (
        f"The clinic profile has no {listed}, {consequence}. Add {them} in Clinic settings in the window, "
        f"or with: python main.py clinic --set {keys}"
    )


def safe_booking_link(context: HandoutContext) -> str:
    """The booking link when it is a web address; anything else is left out with a warning."""
    link = context.clinic.booking_link.strip()
    if not link:
        return ""
    if is_safe_link(link) and link.lower().startswith(("http://", "https://")):
        return link
    context.warn(
        "The booking link is not a web address (http:// or https://), so it was left off the handout.",
        WarningKind.BAD_LINK,
    )
    return ""


def safe_web_link(link: str) -> str:
    link = link.strip()
    return link if link.lower().startswith(("http://", "https://")) and is_safe_link(link) else ""


def contact_items(context: HandoutContext) -> list[FooterItem]:
    """Phone, email and website for the footer, each clickable when safe."""
    clinic = context.clinic
    text = context.text
    items: list[FooterItem] = []
    if clinic.phone.strip():
        items.append(FooterItem(text.clean(clinic.phone, multiline=False), phone_link(clinic.phone)))
    if clinic.email.strip():
        items.append(FooterItem(text.clean(clinic.email, multiline=False), mail_link(clinic.email)))
    website = safe_web_link(clinic.website)
    if website:
        items.append(FooterItem(text.clean(web_label(website), multiline=False), website))
    return items


def booking_block(context: HandoutContext) -> list[Flowable]:
    """How to book and reach the clinic: the booking link as a link and a QR code, Instagram, phone, email.

    How to book sits beside the QR codes; the contact details run on below
    across the whole box, each kept on one line where it can be, so the block
    stays short enough to share a page with the last exercise.
    """
    theme = context.theme
    styles = theme.styles
    text = context.text
    clinic = context.clinic
    link_colour = theme.palette.heading
    booking = safe_booking_link(context)
    instagram = safe_web_link(clinic.instagram_link) if clinic.instagram.strip() else ""

    def detail(label: str, address: str, shown: str) -> str:
        # No-break spaces inside one detail: a line breaks between details, not inside a phone number.
        return f"<b>{label}:</b>&nbsp;{text.link(address, shown.strip().replace(' ', chr(0xA0)), colour=link_colour)}"

    details: list[str] = []
    if clinic.phone.strip():
        details.append(detail("Phone", phone_link(clinic.phone), clinic.phone))
    if clinic.email.strip():
        details.append(detail("Email", mail_link(clinic.email), clinic.email))
    if instagram:
        details.append(detail("Instagram", instagram, clinic.instagram_handle))
    website = safe_web_link(clinic.website)
    if website:
        details.append(detail("Website", website, web_label(website)))
    if clinic.address.strip():
        details.append(f"<b>Address:</b> {text.line(clinic.address)}")
    if not booking and not details:
        return [Panel(next_appointment_line(context, styles), border=theme.colour(theme.palette.panel_border))]
    contact = [Paragraph("&nbsp;&nbsp;&nbsp;&nbsp; ".join(details), styles.panel_body)] if details else []
    border = theme.colour(theme.palette.panel_border)
    if not booking:
        heading = Paragraph("Get in touch", styles.panel_heading)
        return [Panel([heading, *contact, *next_appointment_line(context, styles)], border=border, padding=(12, 14))]
    # One code only, the booking one, captioned under it: two codes side by side left clients unsure which to scan.
    # Instagram is in the contact details, in words.
    qr_size = theme.metrics.qr_size
    code = [QrCode(booking, qr_size, theme.colour("#000000")), Paragraph("<b>Scan to book</b>", styles.centre)]
    panel_inner = context.frame_width - 2 * 14
    words_width = panel_inner - qr_size - 6 * mm
    link_style = styles.body_bold
    link = text.link(
        booking, web_label(booking), colour=link_colour, fit=(link_style.fontName, link_style.fontSize, words_width)
    )
    how_to_book: list[Flowable] = [
        Paragraph("Book your next session", styles.panel_heading),
        # "go to" and the address stay together, so "to:" never ends a line on its own.
        Paragraph("Scan the code with your phone’s camera, or go to", styles.panel_body),
        Paragraph(link, link_style),
        *next_appointment_line(context, styles),
    ]
    top = Table(
        [[how_to_book, code]],
        colWidths=[words_width, qr_size + 6 * mm],
        style=table_style(("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (1, 0), (1, 0), 6 * mm)),
    )
    gap: list[Flowable] = [Spacer(1, theme.metrics.gap)] if contact else []
    return [Panel([top, *gap, *contact], border=border, padding=(12, 14))]


def next_appointment_words(context: HandoutContext) -> str:
    """ "Tuesday 2 December 2026 at 10:30", or "" when the therapist has not set it."""
    when = context.next_appointment
    if when is None:
        return ""
    day = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")[when.weekday()]
    time = f" at {when:%H:%M}" if (when.hour, when.minute) != (0, 0) else ""
    return f"{day} {long_date(when.date())}{time}"


def next_appointment_line(context: HandoutContext, styles: Styles) -> list[Flowable]:
    """ "Your next appointment: Tuesday 2 December 2026 at 10:30", or a line to write it on."""
    words = next_appointment_words(context)
    shown = f"<b>{words}</b>" if words else "_" * 16
    return [Spacer(1, 4), Paragraph(f"Next appointment:&nbsp;{shown}", styles.panel_body)]


def _codes_width(codes: Sequence[tuple[str, str, float]]) -> float:
    return sum(size for _link, _caption, size in codes) + 4 * mm * max(0, len(codes) - 1)


# -- get help now -------------------------------------------------------------------


def get_help_lines(context: HandoutContext) -> tuple[list[str], str]:
    """The clinic's warning signs (markup, one a line) and what to do about them (its last line)."""
    lines = context.text.paragraphs(context.clinic.get_help)
    if len(lines) < 2:
        return lines, ""
    return lines[:-1], lines[-1]


def get_help_box(context: HandoutContext, styles: Styles | None = None) -> list[Flowable]:
    """ "Get help now": the few symptoms that need a doctor today, in a calm box with a plain border.

    Calm on purpose: the signs are rare, and the box says so before it lists them.
    """
    signs, action = get_help_lines(context)
    if not signs and not action:
        return []
    theme = context.theme
    styles = styles or theme.styles
    content: list[Flowable] = [
        Paragraph("Get help now", styles.panel_heading),
        Paragraph("These are rare. If you notice any of them, do not wait for your next visit:", styles.panel_body),
    ]
    content.extend(Paragraph(line, styles.step, bulletText="•") for line in signs)
    if action:
        content.append(Paragraph(f"<b>{action}</b>", styles.panel_body))
    pad = 12 if context.large else 9
    return [Panel(content, border=theme.colour(theme.palette.panel_border), padding=(pad, pad + 4))]


def get_help_line(context: HandoutContext, styles: Styles) -> list[Flowable]:
    """The same as one short paragraph, for the compact page."""
    signs, action = get_help_lines(context)
    if not signs and not action:
        return []
    listed = "; ".join(sign.rstrip(".")[:1].lower() + sign.rstrip(".")[1:] for sign in signs)
    return [Paragraph(f"<b>Get help now</b> if you notice (rare): {listed}. <b>{action}</b>", styles.table_cell)]


# -- a video per exercise -------------------------------------------------------------

VIDEO_CODE_SIZE = 20 * mm  # 15 mm or more scans from paper; 20 mm still decodes from a 150 dpi scan


def video_link(context: HandoutContext, exercise: Exercise) -> str:
    """The exercise's own video, else the clinic's film for it (or for the built-in one it was copied from)."""
    links = context.clinic.video_links
    for link in (exercise.video, links.get(exercise.id, ""), links.get(exercise.based_on, "")):
        if link and safe_web_link(link):
            return link
    return ""


def video_code(context: HandoutContext, exercise: Exercise, styles: Styles, width: float) -> list[Flowable]:
    """A QR code to the exercise's video, with the short link beside it for those who type."""
    link = video_link(context, exercise)
    if not link:
        return []
    text = context.text
    size = VIDEO_CODE_SIZE
    words_width = width - size - 4 * mm
    shown = text.link(
        link, web_label(link), colour=context.theme.palette.heading, fit=(FONT, styles.small.fontSize, words_width)
    )
    words = [
        Paragraph("<b>Watch it done</b>", styles.body),
        Paragraph(f"Scan the code, or go to {shown}", styles.small),
    ]
    return [
        Table(
            [[QrCode(link, size), words]],
            colWidths=[size + 4 * mm, words_width],
            hAlign="LEFT",
            style=table_style(("VALIGN", (0, 0), (-1, -1), "MIDDLE")),
        )
    ]
