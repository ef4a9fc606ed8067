"""Marks drawn on the body that are not things used: a ring round the middle for a brace ("firm all round"), and
a face (a nose and two eyes) so the way a head turns reads from any side."""

from __future__ import annotations

import math

from . import body
from .body import Skeleton
from .geometry import Vec, add, apply, capsule_outline, column, ellipse_outline, scale, unit
from .scene import Projector, Shape
from .style import Palette


def belt(projector: Projector, skeleton: Skeleton, distance: float = 14.0) -> list[Shape]:
    """A ring round the trunk ``distance`` cm up the spine (the belly), a little clear of it: the near half drawn
    over the body, the far half behind it, so it reads as going all the way round (and not as arrows pressing in,
    which read as "suck the tummy in")."""
    centre, frame = body.trunk_station(skeleton, distance)
    width, half_depth, shift = body.trunk_section(distance, skeleton.belly)
    front, side = column(frame, 0), column(frame, 2)
    centre = add(centre, scale(front, shift))
    ring = [
        add(
            centre,
            add(
                scale(side, (width + 2.0) * math.cos(math.radians(step))),
                scale(front, (half_depth + 2.0) * math.sin(math.radians(step))),
            ),
        )
        for step in range(0, 361, 5)
    ]
    middle = projector.depth(centre)
    shapes: list[Shape] = []
    run: list[Vec] = []
    near = projector.depth(ring[0]) >= middle
    for point in ring:
        here = projector.depth(point) >= middle
        if here != near and run:
            shapes.append(_run(projector, [*run, point], near))
            run = []
            near = here
        run.append(point)
    if len(run) > 1:
        shapes.append(_run(projector, run, near))
    return shapes


def _run(projector: Projector, points: list[Vec], near: bool) -> Shape:
    projected = [projector.point(point) for point in points]
    depth = max(projector.depth(point) for point in points)
    return Shape(depth, projected, stroke=1.2, layer=2 if near else 0, min_stroke_px=1.0, halo=near)


def face(projector: Projector, palette: Palette, skeleton: Skeleton, chin: bool = False) -> list[Shape]:
    """A nose and two eyes on the front of the head, drawn over it, so a turned or bowed face reads even
    from in front (the figure's own small nose only shows in profile).  Nothing when the face looks away.
    With ``chin``, a face in profile also gets a larger nose and a chin, so a nod reads at handout size."""
    project, direction, depth = projector.point, projector.direction, projector.depth
    frame, base = skeleton.head, skeleton["head_base"]
    facing = direction(column(frame, 0))[2]
    on_top = depth(skeleton["head"]) + 0.35  # over the head and its hair
    line = palette.near_line
    if -0.1 < facing < 0.1:
        # The face in profile (the figure's own nose shows): the near eye, so which way the face looks reads.
        side = 1.0 if direction(column(frame, 2))[2] > 0 else -1.0
        eye = add(base, apply(frame, (body.HEAD_FORWARD + 7.5, body.HEAD_UP + 1.5, side * 3.3)))
        shapes = [Shape(on_top + 0.01, ellipse_outline(project(eye), (1.1, 0.0), (0.0, 1.1), 16), line, line)]
        # A head lying face up has its profile already, as part of its outline (figure.FACE_PROFILE).
        wants_profile = chin and body.face_up(frame) == 0.0
        return shapes + (_profile(projector, palette, skeleton, on_top - 0.07) if wants_profile else [])
    if facing < 0.1:
        return []  # the back of the head faces the viewer
    front = body.HEAD_FORWARD + body.HEAD_AXES[0]

    def stroke(start: Vec, end: Vec, width: float) -> Shape:
        # A thin dark line on the face (the picture's strokes are in the clinic colour, so a narrow capsule).
        a, b = project(add(base, apply(frame, start))), project(add(base, apply(frame, end)))
        return Shape(on_top + 0.02, capsule_outline(a, b, width, width, 8), line, line)

    # A short nose line and a small closed mouth: calm.  A nose drawn as a filled oval looked, from in front,
    # like a mouth wide open (a blind reviewer: "the round 'O' mouth looks alarmed").
    shapes = [
        stroke((front - 0.6, body.HEAD_UP - 0.6, 0.0), (front - 0.3, body.HEAD_UP - 2.6, 0.0), 0.45),
        # The mouth turns up a little at its corners: a gentle, calm face.
        stroke((front - 1.3, body.HEAD_UP - 5.0, -1.7), (front - 1.1, body.HEAD_UP - 5.6, 0.0), 0.4),
        stroke((front - 1.1, body.HEAD_UP - 5.6, 0.0), (front - 1.3, body.HEAD_UP - 5.0, 1.7), 0.4),
    ]
    for side in (-1.0, 1.0):
        normal = apply(frame, (0.092, 0.011, side * 0.044))
        if direction(unit(normal))[2] <= 0.05:
            continue  # this eye is round the side of the head, out of sight
        # A little below the hairline: just under its dip in the middle, the eyes read as a frown.
        eye = add(base, apply(frame, (body.HEAD_FORWARD + 9.0, body.HEAD_UP + 0.3, side * 3.3)))
        shapes.append(Shape(on_top + 0.01, ellipse_outline(project(eye), (0.9, 0.0), (0.0, 0.9), 16), line, line))
    return shapes


def _profile(projector: Projector, palette: Palette, skeleton: Skeleton, depth: float) -> list[Shape]:
    """A nose and a chin standing out of the front of a head seen from the side: drawn just behind the head, so
    only the part outside its outline shows and they read as one with it."""
    frame, base = skeleton.head, skeleton["head_base"]
    front, up = body.HEAD_FORWARD + body.HEAD_AXES[0], body.HEAD_UP

    def piece(start: tuple[float, float], end: tuple[float, float], radii: tuple[float, float]) -> Shape:
        a = projector.point(add(base, apply(frame, (front + start[0], up + start[1], 0.0))))
        b = projector.point(add(base, apply(frame, (front + end[0], up + end[1], 0.0))))
        return Shape(depth, capsule_outline(a, b, radii[0], radii[1], 12), palette.near_fill, palette.near_line)

    return [piece((-2.8, -1.2), (1.7, -3.3), (2.4, 1.7)), piece((-7.0, -9.5), (-2.5, -9.8), (3.2, 3.0))]
