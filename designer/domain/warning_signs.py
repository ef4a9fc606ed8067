"""The "Get help now" signs: the few symptoms that need a doctor today, chosen by the body regions of a plan.

A client home after a new knee needs the signs of a wound infection and a clot in the calf, not the signs of
a trapped nerve in the low back.  So each region has its own short list, and a handout prints the lists of
the regions its exercises come from, then the clinic's own lines (signs for every handout, and what to do,
last).  The words follow the NHS pages for each problem, kept plain and calm: the box says first that these
signs are rare.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from .regions import (
    AFTER_SURGERY,
    ANKLE_AND_FOOT,
    BACK,
    BALANCE,
    ELBOW_AND_WRIST,
    HIP_REGION,
    KNEE,
    NECK,
    REGIONS,
    SHOULDER,
)

_CALF = "A calf that becomes painful, swollen, warm or red."
_HOT_JOINT = "A joint that becomes hot, red and swollen."

# Each region's signs, the most urgent first.  A sign shared by regions is written once and printed once.
SIGNS_BY_REGION: dict[str, tuple[str, ...]] = {
    BACK: (
        "Numbness around your bottom or genitals.",
        "New problems passing urine or controlling your bowels.",
        "Leg weakness or numbness that is getting worse.",
    ),
    NECK: (
        "New dizziness, double vision, slurred speech or trouble swallowing.",
        "Weakness, numbness or clumsiness in both hands, or new unsteadiness when you walk.",
    ),
    SHOULDER: (
        "Chest pain or shortness of breath with your arm or shoulder pain: call 999.",
        "Suddenly being unable to lift your arm after a fall.",
        _HOT_JOINT,
    ),
    ELBOW_AND_WRIST: (
        "Numbness or weakness in your hand that is getting worse.",
        _HOT_JOINT,
    ),
    HIP_REGION: (
        "Sudden hip or groin pain that stops you putting weight on your leg.",
        _HOT_JOINT,
    ),
    KNEE: (
        _HOT_JOINT,
        _CALF,
        "A knee that gives way or locks and will not straighten after a new injury.",
    ),
    ANKLE_AND_FOOT: (
        "After a new twist or fall, you cannot put weight on your foot or walk four steps.",
        _CALF,
    ),
    BALANCE: (
        "Sudden weakness or numbness of your face, arm or leg, or trouble speaking: call 999.",
        "A fall where you hit your head, or new dizziness, fainting or blackouts.",
    ),
    AFTER_SURGERY: (
        "Sudden shortness of breath or chest pain: call 999.",
        "A wound that becomes red, hot or swollen, leaks or opens, or a fever.",
        _CALF,
    ),
}

# The clinic's own lines when it has not written its own: signs for every handout, then what to do.
DEFAULT_GET_HELP = (
    "Severe pain after a fall or accident.\n"
    "Pain that keeps getting worse, even at rest and at night, or a fever with your pain.\n"
    "For any of these, call NHS 111 or your GP today, or 999 in an emergency."
)

# The default of earlier versions, which listed only the low back's signs; a clinic profile that still holds
# it gets today's default, so a knee handout no longer lists the back's signs.
BACK_ONLY_GET_HELP = (
    "Numbness around your bottom or genitals.\n"
    "New problems passing urine or controlling your bowels.\n"
    "Leg weakness that is getting worse.\n"
    "A fever, or feeling unwell, with your back pain.\n"
    "Severe pain after a fall or accident.\n"
    "For any of these, call NHS 111 or your GP today, or 999 in an emergency."
)


# The order the regions' signs are printed in: those that can need an ambulance first (after surgery: a clot in
# the lung; the neck and balance: a stroke), then the rest in the library's order.
URGENCY_ORDER = (
    AFTER_SURGERY,
    NECK,
    BALANCE,
    *(region for region in REGIONS if region not in (AFTER_SURGERY, NECK, BALANCE)),
)


def main_regions(regions: Sequence[str]) -> set[str]:
    """The regions a plan is about: each that holds at least a quarter of its exercises (one region per exercise).

    A knee programme with one bridge from the back's library is still a knee programme: the back's signs
    would bury the knee's.
    """
    counts = Counter(region for region in regions if region)
    return {region for region, count in counts.items() if count * 4 >= len(regions)}


def warning_signs(regions: Iterable[str], clinic_lines: Iterable[str]) -> list[str]:
    """The signs for these regions, the most urgent regions first, then the clinic's own signs.

    ``clinic_lines`` are the clinic's signs without the closing "what to do" line.  A line printed once
    is not printed again, whoever wrote it.
    """
    wanted = set(regions)
    signs: list[str] = []
    for region in URGENCY_ORDER:
        if region in wanted:
            signs.extend(SIGNS_BY_REGION[region])
    signs.extend(line.strip() for line in clinic_lines if line.strip())
    seen: set[str] = set()
    unique = []
    for sign in signs:
        key = sign.casefold().rstrip(".")
        if key not in seen:
            seen.add(key)
            unique.append(sign)
    return unique


__all__ = ["BACK_ONLY_GET_HELP", "DEFAULT_GET_HELP", "SIGNS_BY_REGION", "main_regions", "warning_signs"]
