"""An open hand, drawn over the figure's plain hand where the shape of the hand is the point of the exercise.

The figure's hand is a short rounded stub, which is enough for holding and resting; a hand bent back with the
fingers spread (a nerve glide) needs its palm, fingers and thumb to read, so this draws them in the figure's own
greys, in the plane of the palm.
"""

from __future__ import annotations

from .geometry import Vec, add, capsule_outline, convex_hull, cross, dot, scale, sub, unit
from .scene import Projector, Shape
from .style import Palette

# A little larger than life (the figure's hand is 12 cm long), so the hand's shape still reads printed small.
PALM_LENGTH, PALM_WIDTH, FINGER, THUMB = 11.0, 10.0, 9.5, 8.0


def open_hand(projector: Projector, palette: Palette, wrist: Vec, tip: Vec, thumb_way: Vec) -> list[Shape]:
    """A flat open hand from ``wrist`` with its fingers towards ``tip``, the thumb on the ``thumb_way`` side."""
    along = unit(sub(tip, wrist))
    across = unit(sub(thumb_way, scale(along, dot(thumb_way, along))))
    if dot(cross(along, across), cross(along, across)) < 1e-9:
        return []
    project = projector.point
    depth = projector.depth(add(wrist, scale(along, PALM_LENGTH / 2))) + 3.0
    fill, line = palette.near_fill, palette.near_line

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
    for index, (offset, length) in enumerate(((-3.75, 0.8), (-1.25, 1.0), (1.25, 0.95), (3.75, 0.8))):
        base = at(PALM_LENGTH - 1.0, offset)
        end = add(base, add(scale(along, FINGER * length), scale(across, offset * 0.2)))
        outline = capsule_outline(project(base), project(end), 1.35, 1.2, 10)
        shapes.append(Shape(depth + 0.01 * (index + 1), outline, fill, line))
    thumb_base = at(2.5, half - 1.0)
    thumb_end = add(thumb_base, add(scale(along, THUMB * 0.55), scale(across, THUMB * 0.75)))
    shapes.append(
        Shape(depth + 0.05, capsule_outline(project(thumb_base), project(thumb_end), 1.9, 1.4, 10), fill, line)
    )
    return shapes
