"""Marks drawn on the body that are not things used: a ring round the middle for a brace, "firm all round"."""

from __future__ import annotations

import math

from . import body
from .body import Skeleton
from .geometry import Vec, add, column, scale
from .scene import Projector, Shape


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
