"""The body regions of the library and the categories within each.

A region is what a therapist filters by first ("knee", "shoulder"); a category groups the exercises of
one region by what they train.  The clinic's low-back foundations are the categories of the back region.
Balance and after-surgery are kept as regions of their own, because that is how a clinic looks for them:
"something for falls", "the home programme after a new hip".
"""

from __future__ import annotations

BACK = "Back"
NECK = "Neck and upper back"
SHOULDER = "Shoulder"
ELBOW_AND_WRIST = "Elbow and wrist"
HIP_REGION = "Hip"
KNEE = "Knee"
ANKLE_AND_FOOT = "Ankle and foot"
BALANCE = "Balance and falls"
AFTER_SURGERY = "After surgery"

# Regions in the order the library and the catalogue show them: the clinic's own focus, the back, first.
CATEGORIES_BY_REGION: dict[str, tuple[str, ...]] = {
    BACK: (
        "Hip hinge",
        "Glute strength",
        "Core bracing and anti-rotation",
        "Carries",
        "Spine reloading",
        "Hip mobility",
        "Side bending and rotation",
        "Breathing",
    ),
    NECK: ("Neck mobility", "Neck strength", "Upper back"),
    SHOULDER: ("Shoulder mobility", "Shoulder strength"),
    ELBOW_AND_WRIST: ("Elbow and wrist strength", "Hand and nerve glides"),
    HIP_REGION: ("Hip strength",),
    KNEE: ("Knee mobility", "Knee strength"),
    ANKLE_AND_FOOT: ("Ankle and foot mobility", "Ankle and foot strength", "Ankle balance and hopping"),
    BALANCE: ("Balance", "Walking"),
    AFTER_SURGERY: ("After knee replacement", "After hip replacement", "First days after surgery"),
}

REGIONS: tuple[str, ...] = tuple(CATEGORIES_BY_REGION)

# Every built-in category, region by region.
CATEGORIES: tuple[str, ...] = tuple(category for group in CATEGORIES_BY_REGION.values() for category in group)

_REGION_OF_CATEGORY = {
    category.casefold(): region for region, group in CATEGORIES_BY_REGION.items() for category in group
}


def region_of_category(category: str) -> str:
    """The region a built-in category belongs to, or "" for a category of the clinic's own."""
    return _REGION_OF_CATEGORY.get(category.strip().casefold(), "")


def find_region(text: str) -> str:
    """The region named by ``text`` (any case, "ankle", "after-surgery" and "neck" are enough), or ""."""
    wanted = text.strip().casefold().replace("-", " ")
    if not wanted:
        return ""
    for region in REGIONS:
        if region.casefold() == wanted:
            return region
    starting = [region for region in REGIONS if region.casefold().startswith(wanted)]
    return starting[0] if len(starting) == 1 else ""
