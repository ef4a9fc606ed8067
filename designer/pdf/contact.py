"""The end of every handout and a few shared pieces: how to book and get in touch, the next appointment,
the "Get help now" warning signs, and the QR code to an exercise's video.

Every link is checked before it becomes clickable or a QR code: only web
addresses (and mail and phone for the contact details) are used.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from designer.domain import Exercise
from designer.domain.clinic import is_safe_link
from designer.domain.warning_signs import main_regions, warning_signs

from .document import long_date
from .flowables import Panel, table_style
from .page_furniture import FooterItem
from .paragraphs import Paragraph
from .qr_code import QrCode
from .sections import HandoutContext
from .text import mail_link, phone_link, web_label
from .theme import FONT, Styles
from .warnings import HandoutWarning, WarningKind

# -- booking and contact ------------------------------------------------------------


def missing_contact_warning(context: HandoutContext) -> HandoutWarning | None:
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
    return HandoutWarning(
        f"The clinic profile has no {listed}, {consequence}. Add {them} in Clinic settings in the window",
        WarningKind.NO_CONTACT,
        command=f"python main.py clinic --set {keys}",
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
    """The warning signs (markup, one a line) and what to do about them (the clinic's last line).

    The signs of the body regions the plan's exercises come from go first, then the clinic's own.
    """
    clinic_lines = [line.strip() for line in context.clinic.get_help.split("\n") if line.strip()]
    action = clinic_lines.pop() if len(clinic_lines) >= 2 else ""
    regions = [context.exercise(item).region for item in context.plan.items if item.exercise_id in context.exercises]
    signs = warning_signs(main_regions(regions), clinic_lines)
    return [line for sign in signs for line in context.text.paragraphs(sign)], next(
        iter(context.text.paragraphs(action)), ""
    )


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
