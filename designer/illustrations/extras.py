"""Extras drawn over the figure where a plain figure would not say enough: an open hand, a marked leg, a cane.

The figure's hand is a short rounded stub, which is enough for holding and resting; a hand bent back with the
fingers spread (a nerve glide) needs its palm, fingers and thumb to read, so ``open_hand`` draws them in the
figure's own greys, in the plane of the palm.  ``marked_leg`` shades one leg in the accent colour (the operated
leg on the stairs) and ``marked_arm`` one arm (the arm threaded under the body), ``ring`` circles a small detail
(a heel touching the toes), and ``walking_stick`` draws a stick with a crook handle rather than a plain rod.
"""

from __future__ import annotations

import itertools
import math

from .body import RADII, Skeleton
from .geometry import Vec, add, capsule_outline, circle_points, convex_hull, cross, dot, scale, sub, unit
from .scene import Projector, Shape
from .style import RGB, WHITE, Palette, mix

# A little larger than life (the figure's hand is 12 cm long), so the hand's shape still reads printed small.
PALM_LENGTH, PALM_WIDTH, FINGER, THUMB = 11.0, 10.0, 9.5, 8.0


# The palm drawn this much lighter than the back of the hand, with a crease across it; the back of the hand keeps
# the figure's grey and shows nails at the finger tips: so a hand seen flat says which way its palm faces (blind
# review 9 could not tell palm up from palm down).
PALM_LIGHTER = 0.45
NAIL_LIGHTER = 0.55  # a nail this much lighter than the finger


def open_hand(
    projector: Projector, palette: Palette, wrist: Vec, tip: Vec, thumb_way: Vec, side: str = "r"
) -> list[Shape]:
    """A flat open hand from ``wrist`` with its fingers towards ``tip``, the thumb on the ``thumb_way`` side: the
    ``side`` ("r" or "l") hand, its palm lighter with a crease when it faces the viewer, nails when the back does."""
    along = unit(sub(tip, wrist))
    across = unit(sub(thumb_way, scale(along, dot(thumb_way, along))))
    if dot(cross(along, across), cross(along, across)) < 1e-9:
        return []
    project = projector.point
    depth = projector.depth(add(wrist, scale(along, PALM_LENGTH / 2))) + 3.0
    # The right palm faces along -(along x across) (fingers down, thumb out: the palm forward); the left, along it.
    palm_way = scale(cross(along, across), -1.0 if side == "r" else 1.0)
    facing = projector.direction(palm_way)[2]  # > 0: the palm towards the viewer
    line = palette.near_line
    fill = mix(palette.near_fill, (255, 255, 255), PALM_LIGHTER) if facing > 0.15 else palette.near_fill

    def at(a: float, b: float) -> Vec:
        return add(wrist, add(scale(along, a), scale(across, b)))

    half = PALM_WIDTH / 2
    palm = convex_hull(
        [
            project(at(a, b))
            for a, b in ((0.0, -3.0), (0.0, 3.0), (1.5, -3.8), (1.5, 3.8), (PALM_LENGTH, -half), (PALM_LENGTH, half))
        ]
    )
    shapes = [Shape(depth, palm, fill, line)]
    # Four fingers fanning a little from the knuckles; the longest in the middle.
    ends = []
    for index, (offset, length) in enumerate(((-3.75, 0.8), (-1.25, 1.0), (1.25, 0.95), (3.75, 0.8))):
        base = at(PALM_LENGTH - 1.0, offset)
        end = add(base, add(scale(along, FINGER * length), scale(across, offset * 0.2)))
        outline = capsule_outline(project(base), project(end), 1.35, 1.2, 10)
        shapes.append(Shape(depth + 0.01 * (index + 1), outline, fill, line))
        ends.append((base, end))
    thumb_base = at(2.5, half - 1.0)
    thumb_end = add(thumb_base, add(scale(along, THUMB * 0.55), scale(across, THUMB * 0.75)))
    shapes.append(
        Shape(depth + 0.05, capsule_outline(project(thumb_base), project(thumb_end), 1.9, 1.4, 10), fill, line)
    )
    if facing > 0.15:
        # The crease curving round the ball of the thumb, from between the thumb and first finger to the wrist.
        crease = [at(a, b) for a, b in ((PALM_LENGTH * 0.6, half - 1.0), (4.2, 0.4), (1.4, -0.4))]
        for start, end in itertools.pairwise(crease):
            outline = capsule_outline(project(start), project(end), 0.3, 0.3, 8)
            shapes.append(Shape(depth + 0.006, outline, line, line))
    elif facing < -0.15:
        # A nail at each finger tip, seen from the back of the hand.
        for index, (base, end) in enumerate(ends):
            way = unit(sub(end, base))
            nail_from, nail_to = add(end, scale(way, -1.6)), add(end, scale(way, -0.2))
            nail = capsule_outline(project(nail_from), project(nail_to), 0.7, 0.7, 8)
            shapes.append(Shape(depth + 0.01 * (index + 1) + 0.005, nail, mix(fill, WHITE, NAIL_LIGHTER), None))
    return shapes


def marked_leg(
    projector: Projector, skeleton: Skeleton, side: str, fill: RGB, line: RGB, foot: bool = False
) -> list[Shape]:
    """The thigh and shank of leg ``side`` ("r" or "l") painted over in ``fill``, just above the leg itself; with
    ``foot``, its foot too (a foot that steps, so the eye follows the whole leg)."""
    shapes = []
    for start, end, part in ((f"hip_{side}", f"knee_{side}", "thigh"), (f"knee_{side}", f"ankle_{side}", "shank")):
        a, b = skeleton[start], skeleton[end]
        outline = capsule_outline(projector.point(a), projector.point(b), *RADII[part])
        # Just above the leg's own shapes (which sit at their middle's depth), well below anything nearer.
        shapes.append(Shape((projector.depth(a) + projector.depth(b)) / 2 + 0.1, outline, fill, line))
    if foot:
        heel, toe, ankle = skeleton[f"heel_{side}"], skeleton[f"toe_{side}"], skeleton[f"ankle_{side}"]
        points = circle_points(projector.point(heel), RADII["foot"][0], 0, 360, 24)
        points += circle_points(projector.point(toe), RADII["foot"][1], 0, 360, 24)
        points += circle_points(projector.point(ankle), RADII["shank"][1], 0, 360, 24)
        depth = (projector.depth(heel) + projector.depth(toe)) / 2 + 0.16  # just above the foot's own shape
        shapes.append(Shape(depth, convex_hull(points), fill, line))
    return shapes


def marked_arm(projector: Projector, skeleton: Skeleton, side: str, fill: RGB, line: RGB) -> list[Shape]:
    """The upper arm, forearm and hand of arm ``side`` ("r" or "l") painted over in ``fill``, just above the arm
    itself: the arm that moves, where the other arm is close by (threading one arm under the body)."""
    shapes = []
    for start, end, part in (
        (f"shoulder_{side}", f"elbow_{side}", "upper_arm"),
        (f"elbow_{side}", f"wrist_{side}", "forearm"),
        (f"wrist_{side}", f"hand_{side}", "hand"),
    ):
        a, b = skeleton[start], skeleton[end]
        outline = capsule_outline(projector.point(a), projector.point(b), *RADII[part])
        shapes.append(Shape((projector.depth(a) + projector.depth(b)) / 2 + 0.1, outline, fill, line))
    return shapes


def walking_stick(projector: Projector, tip: Vec, top: Vec, heading: float, fill: RGB, line: RGB) -> list[Shape]:
    """A walking stick from its rubber ``tip`` on the floor to ``top`` in the hand, its crook curling towards
    ``heading`` (degrees about the vertical, 0 = forward along x) over the hand."""
    project = projector.point
    depth = projector.depth(scale(add(tip, top), 0.5))
    forward = (math.cos(math.radians(heading)), 0.0, -math.sin(math.radians(heading)))
    shapes = [Shape(depth, capsule_outline(project(tip), project(top), 1.6, 1.9), fill, line)]
    # The crook: a half circle over the top of the shaft, ending a little way down on the far side.
    radius = 4.5
    centre = add(top, scale(forward, radius))
    previous = top
    for step in range(1, 8):
        angle = math.pi * step / 6
        point = add(centre, add(scale(forward, -radius * math.cos(angle)), (0.0, radius * math.sin(angle), 0.0)))
        if step == 7:
            point = add(centre, add(scale(forward, radius), (0.0, -2.5, 0.0)))
        shapes.append(Shape(depth + 0.01, capsule_outline(project(previous), project(point), 1.9, 1.9, 8), fill, line))
        previous = point
    shapes.append(
        Shape(depth - 0.01, capsule_outline(project(tip), project(add(tip, (0.0, 3.0, 0.0))), 2.2, 2.2), line, line)
    )
    return shapes


def ring(projector: Projector, centre: Vec, radius: float) -> list[Shape]:
    """A circle in the accent colour round a small detail, drawn over everything, so the eye finds it."""
    points = circle_points(projector.point(centre), radius, 0.0, 360.0, 48)
    return [Shape(2e6, points, None, None, stroke=0.9, layer=2, min_stroke_px=2.0, halo=True)]
