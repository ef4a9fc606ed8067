"""Measures the drawing tests share: a drawing's body in one panel, the angle at a joint, a point it names, its
props' shapes, its furniture's corners, the gap under the back."""

from __future__ import annotations

import itertools
import math

from designer.illustrations import body
from designer.illustrations.describe import At, PropKind
from designer.illustrations.equipment import furniture
from designer.illustrations.geometry import Vec, add, apply, column, scale
from designer.illustrations.poses import DRAWINGS
from designer.illustrations.render import Painter
from designer.illustrations.scene import Shape
from designer.illustrations.style import DEFAULT_ACCENT, parse_colour


def skeleton(exercise_id: str, index: int) -> body.Skeleton:
    """The built body of one panel of a built-in drawing."""
    return body.build(DRAWINGS[exercise_id].positions[index].figure)


def angle_at(a: tuple[float, ...], b: tuple[float, ...], c: tuple[float, ...]) -> float:
    """The angle at ``b`` between ``a`` and ``c``, in degrees."""
    u, v = [p - q for p, q in zip(a, b, strict=True)], [p - q for p, q in zip(c, b, strict=True)]
    cosine = sum(p * q for p, q in zip(u, v, strict=True)) / (math.hypot(*u) * math.hypot(*v))
    return math.degrees(math.acos(max(-1.0, min(1.0, cosine))))


def locate(at: At, points: body.Skeleton) -> Vec:
    """Where an ``At`` (a body point and an offset, or a world point) is, on a built body."""
    return add(points[at.body], at.offset) if at.body else at.offset


def prop_shapes(exercise_id: str, index: int) -> list[Shape]:
    """The shapes of the props of one panel of a built-in drawing, as painted."""
    drawing = DRAWINGS[exercise_id]
    painter = Painter(drawing, parse_colour(DEFAULT_ACCENT))
    position = drawing.positions[index]
    return painter.props(position, painter.skeleton(position))


def corners(exercise_id: str, index: int, kind: PropKind) -> list[Vec]:
    """The corners of every box of the ``kind`` props in one panel, in world space."""
    points: list[Vec] = []
    for prop in DRAWINGS[exercise_id].positions[index].props:
        if prop.kind != kind:
            continue
        for block in furniture(prop, prop.at.offset):
            for signs in itertools.product((-0.5, 0.5), repeat=3):
                local = (signs[0] * block.size[0], signs[1] * block.size[1], signs[2] * block.size[2])
                points.append(add(block.centre, apply(block.frame, local)))
    return points


def gap_under_low_back(figure: body.Skeleton) -> float:
    """How far the back of the waist is above the lowest part of the trunk (the buttocks or shoulder blades)."""

    def underside(distance: float) -> float:
        centre, frame = body.trunk_station(figure, distance)
        width, depth, shift = body.trunk_section(distance, figure.belly)
        centre = add(centre, scale(column(frame, 0), shift))
        return centre[1] - math.hypot(width * column(frame, 2)[1], depth * column(frame, 0)[1])

    resting = min(underside(float(d)) for d in (*range(-10, 0), *range(28, 44)))
    return max(underside(float(d)) for d in range(10, 22)) - resting
