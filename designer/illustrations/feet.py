"""A foot drawn in profile from its inner side, for the exercises where the shape of the foot is the point.

The figure's foot is a rounded wedge, enough for standing and stepping; a "short foot" (doming) exercise lifts
the arch while the heel, the ball of the foot and the toes stay down, and that needs the sole's curve to show.
``foot_profile`` draws the whole foot over the figure's own, in the figure's greys, with the arch marked in the
accent colour so the eye finds what rises.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Mapping

from .body import RADII, Skeleton
from .geometry import Point, Vec, add, scale, sub, unit
from .scene import Projector, Shape
from .style import RGB, Palette

# The inner side of a foot as (forward of the ankle, height above the floor), cm: from the back of the shin down
# round the heel, along the sole (the arch's points lift), round the big toe and up the instep to the front of the
# shin.  A little larger than the figure's own foot, so it covers it; its ends meet the shin's outline.
_HEEL = ((-4.6, 9.0), (-6.6, 7.2), (-8.0, 5.4), (-8.7, 3.4), (-8.3, 1.6), (-7.2, 0.4), (-5.6, 0.0))
_ARCH = ((-2.5, 0.3), (0.5, 0.8), (3.5, 1.0), (6.5, 0.8), (9.5, 0.3))  # under the arch, heel to ball
# The ball and the toes, full enough at the tips to cover the figure's own toes when the ball slides back.
_FRONT = ((12.0, 0.0), (16.0, 0.0), (19.5, 0.0), (21.4, 0.5), (22.2, 1.8), (21.8, 3.4), (19.8, 5.0))
_INSTEP = ((16.5, 6.0), (12.0, 7.4), (8.0, 9.0), (4.5, 10.8))  # the top of the foot up to the shin
SHIN_JOIN = 13.0  # how high above the floor the outline meets the shin's
ARCH_BAND = 2.2  # how thick the marked shading along the arch is, in its middle (it thins to nothing at its ends)
GAP_FLOOR = 0.4  # the white under the arch stops short of the floor, so the floor line shows through
# As the arch lifts, the ball of the foot slides back towards the heel and the foot gets shorter (the toes still
# long on the floor): this much per cm of lift.
SLIDE_PER_LIFT = 0.8
SLIDE_FROM = 12.0  # the front of the foot (from here forward of the ankle) slides back whole; behind it, less


def _shorten(points: list[tuple[float, float]], arch: float) -> list[tuple[float, float]]:
    """``points`` with the front of the foot slid back (the heel stays where it is)."""
    back = arch * SLIDE_PER_LIFT
    return [(x - back * min(max(x, 0.0) / SLIDE_FROM, 1.0), y) for x, y in points]


def _sole(arch: float) -> list[tuple[float, float]]:
    """The arch points, lifted by ``arch`` in the middle and less towards the heel and the ball."""
    lifts = (0.3, 0.8, 1.0, 0.8, 0.3)
    return _shorten([(x, y + arch * lift) for (x, y), lift in zip(_ARCH, lifts, strict=True)], arch)


def _smooth(points: list[tuple[float, float]], rounds: int = 3) -> list[tuple[float, float]]:
    """An open outline with its corners rounded off (Chaikin's cutting), its two ends kept where they are: the
    polygon of a few points read as 'jagged, angular' (blind review s9)."""
    for _ in range(rounds):
        cut = [points[0]]
        for (ax, ay), (bx, by) in itertools.pairwise(points):
            cut += [(0.75 * ax + 0.25 * bx, 0.75 * ay + 0.25 * by), (0.25 * ax + 0.75 * bx, 0.25 * ay + 0.75 * by)]
        points = [*cut, points[-1]]
    return points


def _line(points: list[Point], width: float, colour: RGB, depth: float) -> list[Shape]:
    """An open outline drawn as thin filled pieces (strokes would take the accent colour)."""
    shapes = []
    for a, b in itertools.pairwise(points):
        dx, dy = b[0] - a[0], b[1] - a[1]
        size = max((dx * dx + dy * dy) ** 0.5, 1e-9)
        nx, ny = -dy / size * width / 2, dx / size * width / 2
        # Each piece runs a little past its ends, so neighbouring pieces overlap at the corners.
        ex, ey = dx / size * width / 2, dy / size * width / 2
        quad = [
            (a[0] - ex + nx, a[1] - ey + ny),
            (b[0] + ex + nx, b[1] + ey + ny),
            (b[0] + ex - nx, b[1] + ey - ny),
            (a[0] - ex - nx, a[1] - ey - ny),
        ]
        shapes.append(Shape(depth, quad, colour, colour))
    return shapes


def foot_profile(
    projector: Projector, palette: Palette, skeleton: Skeleton, side: str, arch: float, mark: RGB, working: RGB
) -> list[Shape]:
    """The foot ``side`` ("r" or "l") seen from its inner side, its arch lifted ``arch`` cm above the relaxed foot's
    (the instep rising half as much), filled in ``working`` (the marked colour of the leg that works), the strip along
    the arch painted in ``mark``.

    It is painted over the figure's own foot; the gap under the arch is painted white, so the figure's foot does
    not fill it.
    """
    ankle, toe, heel = skeleton[f"ankle_{side}"], skeleton[f"toe_{side}"], skeleton[f"heel_{side}"]
    forward = unit((toe[0] - heel[0], 0.0, toe[2] - heel[2]))
    inner: Vec = (-forward[2], 0.0, forward[0]) if side == "l" else (forward[2], 0.0, -forward[0])
    surface = add(ankle, scale(inner, 4.0))  # the inner side of the foot, towards a viewer on that side
    floor = heel[1] - 3.2  # the sole rests where the figure's heel does

    def place(x: float, y: float) -> Vec:
        return add((surface[0], floor + y, surface[2]), scale(forward, x))

    def screen(points: list[tuple[float, float]]) -> list[Point]:
        return [projector.point(place(x, y)) for x, y in points]

    sole = _sole(arch)
    instep = _shorten([(x, y + arch * 0.4 * (x < 16.0)) for x, y in _INSTEP], arch)
    back, front = _shin_edges(skeleton, side, surface, forward, floor + SHIN_JOIN)
    outline = _smooth([back, *_HEEL, *sole, *_shorten(list(_FRONT), arch), *instep, front])
    depth = projector.depth(surface) + 0.5
    # The working foot in the marked colour of the working leg (the drawing marks its shin): blind review s10, shown
    # it in the far side's light grey, took the darker near leg, tucked back, for the one that moves.
    fill, line = working, palette.near_line
    sole = _smooth(sole)
    gap = [(sole[0][0], GAP_FLOOR), *sole, (sole[-1][0], GAP_FLOOR)]
    shapes = [
        Shape(depth - 0.01, screen(gap), palette.background, None),
        Shape(depth, screen(outline), fill, None, part=f"foot_profile_{side}"),
        *_line(screen(outline), 0.28, line, depth + 0.02),
    ]
    # The arch: shading just above the sole's curve, from where the heel pad ends to the ball of the foot, thickest
    # in the middle and thinning to nothing at its ends, with no outline of its own, so it reads as part of the
    # foot (a strip of even width, outlined, read as 'an insole or pad', blind review s9).
    # Only on a lifted arch: on the relaxed foot, flat on the floor, the shading was 'an unexplained teal patch'
    # (blind review s9); on the lifted one it shows what rose.
    last = len(sole) - 1
    top = [(x, y + ARCH_BAND * math.sin(math.pi * i / last)) for i, (x, y) in enumerate(sole)]
    strip = [*sole, *reversed(top)]
    if arch > 0.0:
        shapes.append(Shape(depth + 0.01, screen(strip), mark, None, part=f"arch_{side}"))
    # A line where the big toe meets the ball of the foot, so the toes read as toes lying long on the floor.
    toe_line = _shorten([(15.2, 0.6), (15.8, 4.6)], arch)
    shapes.extend(_line(screen(toe_line), 0.22, line, depth + 0.03))
    return shapes


def _shin_edges(
    skeleton: Skeleton, side: str, surface: Vec, forward: Vec, height: float
) -> tuple[tuple[float, float], tuple[float, float]]:
    """Where the back and the front of the shin's outline are at ``height``, in the profile's (forward, up) cm."""
    knee, ankle = skeleton[f"knee_{side}"], skeleton[f"ankle_{side}"]
    share = (height - ankle[1]) / (knee[1] - ankle[1])
    centre = add(ankle, scale(sub(knee, ankle), share))
    r_knee, r_ankle = RADII["shank"]
    radius = r_ankle + (r_knee - r_ankle) * share
    # Square to the shin, in the side plane: the shin leans, so its outline is a little wider than seen level.
    shin = unit(sub(knee, ankle))
    along = (shin[0] * forward[0] + shin[2] * forward[2], shin[1])
    normal = (along[1], -along[0])  # pointing forward for an upright shin
    x = (centre[0] - surface[0]) * forward[0] + (centre[2] - surface[2]) * forward[2]
    y = height - (skeleton[f"heel_{side}"][1] - 3.2)
    return (x - normal[0] * radius, y - normal[1] * radius), (x + normal[0] * radius, y + normal[1] * radius)


def arch_point(points: Mapping[str, Vec], side: str, arch: float) -> Vec:
    """The middle of the arch's underside (``points``: the body points), for an arrow pointing at it."""
    ankle, toe, heel = points[f"ankle_{side}"], points[f"toe_{side}"], points[f"heel_{side}"]
    forward = unit(sub((toe[0], 0.0, toe[2]), (heel[0], 0.0, heel[2])))
    return add((ankle[0], heel[1] - 3.2 + 1.0 + arch, ankle[2]), scale(forward, 3.2))
