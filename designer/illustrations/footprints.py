"""A small framed inset of footprints seen from above, beside a standing figure drawn from the side.

From the side, feet one right in front of the other (heel to toe) look just like a normal step, and a turn in
small steps cannot be told from a twist of the trunk.  Seen from above, the feet alone show it: the inset draws
the sole outlines on the floor, forward to the right as in the side view, the figure's right side at the bottom,
the stepping foot in the clinic's colour, and an arrow along the steps.  Only the feet are seen from above,
never the standing person.
"""

from __future__ import annotations

import math

from .describe import Prop
from .geometry import Point, circle_points, convex_hull
from .scene import Shape
from .style import RGB, WHITE, Palette, mix

FOOT_LENGTH, HEEL_RADIUS, BALL_RADIUS = 26.0, 3.9, 5.2
INSET_DEPTH = 5e5  # over the figure and its props, under the panel's own arrows (1e6), so one may run over the inset
ZOOM = 1.5  # the feet drawn half as large again as the figure's, so toes and heels read in print
# Feet seen from above (not prints: a foot turning at the ankle) drawn larger still: blind review s9 could read the
# turn only from the inset, and found it small.
ZOOM_ABOVE = 2.0
PIN_RADIUS = 1.6  # the dot on a heel that stays where it is (inset cm)


def zoom_of(prop: Prop) -> float:
    """How many times larger than the figure the inset of ``prop`` draws its feet."""
    return ZOOM_ABOVE if any(abs(p[4]) == 3.0 for p in prop.prints) else ZOOM


def sole(x: float, z: float, heading: float, left: bool, joined: bool = False) -> list[list[Point]]:
    """The outlines of a foot's sole and its five toes seen from above, in the inset's own frame (x to the right
    of the picture, z down it): the heel at (x, z), the toes ``heading`` degrees anticlockwise from pointing
    right; the ball and big toe a little towards the inner side.  ``joined``: a foot seen from above, not its
    print, the toes pulled back onto the front of the foot."""
    inner = 1.0 if left else -1.0  # the left foot's inner side is on its right, clockwise of the way it points
    along = (math.cos(math.radians(heading)), math.sin(math.radians(heading)))
    across = (-along[1], along[0])  # towards the foot's own left

    def point(u: float, v: float) -> Point:
        return (x + along[0] * u + across[0] * v, -z + along[1] * u + across[1] * v)

    outline: list[Point] = []
    for u, v, radius in ((HEEL_RADIUS, 0.0, HEEL_RADIUS), (16.0, -inner * 0.6, BALL_RADIUS)):
        outline += circle_points(point(u, v), radius, 0.0, 360.0, 20)
    toes = [convex_hull(outline)]
    # Five toes in a fan past the ball, the big toe on the inner side and largest: it reads as a footprint.
    back = 2.2 if joined else 0.0
    for inward, radius, reach in ((3.3, 2.3, 23.3), (-0.2, 1.6, 23.2), (-2.6, 1.45, 22.4), (-4.6, 1.3, 21.2)):
        toes.append(circle_points(point(reach - back, -inner * inward), radius, 0.0, 360.0, 16))
    toes.append(circle_points(point(19.6 - back, inner * (6.2 - back * 0.8)), 1.15, 0.0, 360.0, 16))
    return toes


def footprints_inset(prop: Prop, centre: Point, accent: RGB, palette: Palette) -> list[Shape]:
    """The inset of ``prop`` (kind FOOTPRINTS) framed round ``centre`` on the screen.

    ``prop.size`` is the frame's width and height (cm at the figure's scale) and how far above the prints the arrow
    runs; ``prop.prints`` lists each footprint as (x, z, heading, tone, side) relative to the frame's centre, in its
    own frame (x to the right, z down; beside a side view, x is forward and z the figure's right): tone 0 is a grey
    print, 1 the stepping foot in the accent colour, 0.5 where that foot was (faint); side is 1 for the right foot,
    -1 for the left (3, -3: the foot itself seen from above, its toes joined to it, not its print), and 0 for a
    point of a band drawn over the feet, in order (tone 2: the post it is tied to stands there; a larger tone draws
    the post tone / 2 times larger); side 2 is furniture (a counter) centred at (x, z), ``heading`` long and
    ``tone`` deep; side 4 is a dark dot pinning a heel that stays where it is (``heading``, if above 0, its radius:
    a larger dot, the hands holding a band); side 5 is a point of an arrow drawn over the feet, in order, its head
    at the last (blind review s10 could not read the head of a panel's arrow over the inset). Feet seen from above
    are drawn ``ZOOM_ABOVE`` times larger than the figure, prints ``ZOOM`` times. The arrow runs through the faint
    and accent prints, in order (none when ``size[2]`` is 0: the panel draws its own).
    """
    width, height, beside = prop.size or (70.0, 40.0, 0.0)
    cx, cy = centre
    frame = [(cx - width / 2, cy - height / 2), (cx + width / 2, cy - height / 2)]
    frame += [(cx + width / 2, cy + height / 2), (cx - width / 2, cy + height / 2)]
    shapes = [Shape(INSET_DEPTH, frame, WHITE, palette.floor, layer=2)]
    path: list[Point] = []
    band: list[Point] = []
    sweep: list[Point] = []
    zoom = zoom_of(prop)
    for index, (x, z, heading, tone, side) in enumerate(prop.prints):
        if side == 4.0:  # a heel that stays: a dark dot on it, over the foot and under the band
            radius = heading if heading > 0.0 else PIN_RADIUS  # a larger dot: the hands holding a band
            dot = circle_points((cx + x * zoom, cy - z * zoom), radius * zoom, 0.0, 360.0, 16)
            shapes.append(Shape(INSET_DEPTH + 40, dot, palette.near_line, WHITE, layer=2))
            continue
        if side == 5.0:  # not a foot: a point of an arrow over the feet
            sweep.append((cx + x * zoom, cy - z * zoom))
            continue
        if side == 2.0:  # not a foot: furniture seen from above (a counter), ``heading`` long and ``tone`` deep
            corner = (cx + (x - heading / 2) * zoom, cy - (z - tone / 2) * zoom)
            top = [corner, (corner[0] + heading * zoom, corner[1])]
            top += [(corner[0] + heading * zoom, corner[1] - tone * zoom), (corner[0], corner[1] - tone * zoom)]
            shapes.append(Shape(INSET_DEPTH + 0.5, top, mix(WHITE, accent, 0.35), accent, layer=2))
            continue
        if side == 0.0:  # not a foot: a point of the band, or the post it is tied to
            point = (cx + x * zoom, cy - z * zoom)
            band.append(point)
            if tone >= 1.0:
                size = POST_SIZE * max(tone, 2.0) / 2.0  # tone 2 the usual post; more, a larger one
                shapes.append(Shape(INSET_DEPTH + 60, square(point, size), mix(WHITE, accent, 0.45), accent, layer=2))
            continue
        if tone >= 1.0:
            fill, line = mix(WHITE, accent, 0.55), accent
        elif tone > 0.0:
            fill, line = WHITE, mix(WHITE, accent, 0.7)
        else:
            fill, line = palette.near_fill, palette.near_line
        seen_from_above = abs(side) == 3.0
        pieces = [
            [(cx + px * zoom, cy + py * zoom) for px, py in piece]
            for piece in sole(x, z, heading, side < 0, seen_from_above)
        ]
        if seen_from_above:
            # A foot seen from above: the toes joined to it, one outline round the whole foot.
            shapes.append(
                Shape(
                    INSET_DEPTH + 1 + index,
                    pieces[0],
                    fill,
                    line,
                    layer=2,
                    pieces=tuple(pieces),
                    piece_parts=("",) * len(pieces),
                )
            )
        else:
            shapes += [Shape(INSET_DEPTH + 1 + index, outline, fill, line, layer=2) for outline in pieces]
        if tone > 0.0:
            half = FOOT_LENGTH / 2
            middle = (x + math.cos(math.radians(heading)) * half, -z + math.sin(math.radians(heading)) * half)
            path.append((cx + middle[0] * zoom, cy + middle[1] * zoom + beside))
    if len(band) >= 2:
        # Over the feet it runs across: a band looped round a foot is seen from above crossing its top.
        shapes.append(Shape(INSET_DEPTH + 50, band, None, None, stroke=1.3, layer=2, min_stroke_px=1.0))
    if len(path) >= 2 and beside:
        shapes += arrow_along(path, accent)
    if len(sweep) >= 2:
        shapes += arrow_along(sweep, accent)
    return shapes


POST_SIZE = 7.0  # the post a band is tied to, seen from above (screen cm)


def square(centre: Point, size: float) -> list[Point]:
    half = size / 2
    x, y = centre
    return [(x - half, y - half), (x + half, y - half), (x + half, y + half), (x - half, y + half)]


def arrow_along(path: list[Point], accent: RGB) -> list[Shape]:
    """An arrow in the accent colour along ``path`` (screen cm), its head at the last point."""
    end, before = path[-1], path[-2]
    dx, dy = end[0] - before[0], end[1] - before[1]
    size = math.hypot(dx, dy) or 1.0
    hx, hy = dx / size, dy / size
    head = 5.0
    base = (end[0] - hx * head, end[1] - hy * head)
    wing = head * 0.62
    tip = [end, (base[0] - hy * wing, base[1] + hx * wing), (base[0] + hy * wing, base[1] - hx * wing)]
    line = [*path[:-1], base]
    depth = INSET_DEPTH + 100
    return [
        Shape(depth, line, None, None, stroke=1.0, layer=2, min_stroke_px=1.0, halo=True),
        Shape(depth + 1, tip, accent, accent, layer=2, halo=True),
    ]
