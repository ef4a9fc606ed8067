"""The figure's shapes: the trunk swept along the spine, the limbs as tapered capsules, the head with hair.

Parts further from the viewer are painted in a lighter grey, so the near and far limbs stay apart.
"""

from __future__ import annotations

import itertools
import math

from .body import HEAD_AXES, HEAD_FORWARD, HEAD_UP, RADII, SEGMENTS, Skeleton, face_up, trunk_section, trunk_station
from .geometry import (
    Point,
    add,
    apply,
    capsule_outline,
    circle_points,
    clip_convex,
    column,
    convex_hull,
    ellipse_outline,
    scale,
    symmetric_axes,
    unit,
)
from .scene import PainterBase, Shape
from .style import RGB, mix, scale2

TRUNK_BOTTOM, TRUNK_TOP = -10.0, 53.0  # the trunk's cross-sections, cm along the spine from the hip joints


def trunk_stations() -> list[tuple[float, float]]:
    """Distances along the spine to draw a cross-section at, and how much of its full size it has.

    The ends are rounded like a dome (3 cm under the buttocks, 4 cm above the base of the neck), so the
    trunk has no flat end from the side.
    """
    bottom = [(TRUNK_BOTTOM - 3.0 * math.cos(math.radians(a)), math.sin(math.radians(a))) for a in (25, 50, 70)]
    middle = [(TRUNK_BOTTOM + 1.5 * i, 1.0) for i in range(int((TRUNK_TOP - TRUNK_BOTTOM) / 1.5) + 1)]
    if middle[-1][0] < TRUNK_TOP:
        middle.append((TRUNK_TOP, 1.0))
    top = [(TRUNK_TOP + 4.0 * math.cos(math.radians(a)), math.sin(math.radians(a))) for a in (70, 50, 25)]
    return bottom + middle + top


def trunk_part(distance: float) -> str:
    """Which part of the trunk a cross-section ``distance`` cm up the spine belongs to."""
    if distance < 4.0:
        return "pelvis"
    return "belly" if distance < 30.0 else "chest"


# The face of a head lying face up, in profile, from the brow over the nose, the lips and the chin to under the
# jaw, then back through the head's centre: points forward and up from the head's centre, in its frame, cm.  It is
# painted as one shape with the head, under a single outline, so it reads as a face: a nose and a chin drawn as
# separate knobs pointing at the ceiling read as two ears ("a teddy bear").
FACE_PROFILE = (
    (9.6, 3.0),
    (10.2, 1.0),
    (10.0, -0.6),
    (12.3, -3.3),
    (12.5, -4.0),
    (12.0, -4.7),
    (10.6, -5.0),
    (11.0, -6.2),
    (10.8, -7.0),
    (10.1, -8.0),
    (10.4, -9.2),
    (9.6, -10.4),
    (7.5, -11.1),
    (4.5, -11.6),
    (2.0, -11.8),
    (0.0, 0.0),
)


def rounded(points: tuple[tuple[float, float], ...], passes: int = 2) -> tuple[tuple[float, float], ...]:
    """An open line's corners cut (Chaikin), its two ends kept: seen close up, the face's profile drawn through its
    points alone read as "a jagged zig-zag" (blind review s10b, chin nod lying)."""
    line = list(points)
    for _ in range(passes):
        cut = [line[0]]
        for (x0, y0), (x1, y1) in itertools.pairwise(line):
            cut += [(0.75 * x0 + 0.25 * x1, 0.75 * y0 + 0.25 * y1), (0.25 * x0 + 0.75 * x1, 0.25 * y0 + 0.75 * y1)]
        line = [*cut, line[-1]]
    return tuple(line)


# The profile as drawn: its outside line rounded, then back through the head's centre.
FACE_OUTLINE = (*rounded(FACE_PROFILE[:-1]), FACE_PROFILE[-1])


HEAD = ("head", "head")  # what the head's two pieces are, for the measures of movement


class FigurePainter(PainterBase):
    """Builds the figure's shapes for one position."""

    def tone(self, depth: float, reference: float) -> tuple[RGB, RGB]:
        # Steep enough that a limb on the far side is clearly lighter than the near one, even printed in grey.
        t = 0.5 + (depth - reference) / 20.0
        palette = self.palette
        return mix(palette.far_fill, palette.near_fill, t), mix(palette.far_line, palette.near_line, t)

    # The figure ------------------------------------------------------------------------------------
    def figure(self, skeleton: Skeleton) -> list[Shape]:
        shapes: list[Shape] = []
        project, depth = self.projector.point, self.projector.depth
        reference = depth(skeleton["root"])
        pieces = self.trunk(skeleton)
        fill, line = self.tone(reference, reference)
        outline = convex_hull([point for piece in pieces for point in piece])
        stations = [distance for distance, _ in trunk_stations()]
        kinds = tuple(trunk_part((a + b) / 2) for a, b in itertools.pairwise(stations))
        shapes.append(
            Shape(reference + 0.5, outline, fill, line, pieces=tuple(pieces), part="trunk", piece_parts=kinds)
        )
        for index, (name, start, end, part) in enumerate((("neck", "neck_base", "head_base", "neck"), *SEGMENTS)):
            a, b = skeleton[start], skeleton[end]
            r_a, r_b = RADII[part]
            outline = capsule_outline(project(a), project(b), r_a, r_b)
            middle = (depth(a) + depth(b)) / 2
            fill, line = self.tone(middle, reference)
            # Later parts of a limb overlap earlier ones at the joint, which keeps the joints visible.
            bias = 0.02 * (index % 3) if name != "neck" else 0.2
            shapes.append(Shape(middle + bias, outline, fill, line, part=name))
        for tag in ("r", "l"):
            heel, toe, ankle = skeleton[f"heel_{tag}"], skeleton[f"toe_{tag}"], skeleton[f"ankle_{tag}"]
            points = circle_points(project(heel), RADII["foot"][0], 0, 360, 24)
            points += circle_points(project(toe), RADII["foot"][1], 0, 360, 24)
            points += circle_points(project(ankle), RADII["shank"][1], 0, 360, 24)
            middle = (depth(heel) + depth(toe)) / 2
            fill, line = self.tone(middle, reference)
            shapes.append(Shape(middle + 0.06, convex_hull(points), fill, line, part=f"foot_{tag}"))
        shapes.extend(self.head(skeleton, reference))
        return shapes

    def trunk(self, skeleton: Skeleton) -> list[list[Point]]:
        """The trunk as convex pieces: each joins two neighbouring elliptical cross-sections along the spine.

        Swept this way the trunk has the right outline from any side, also seen end on (from above a
        standing figure, or from the head of a lying one), where a side outline would collapse to a line.
        """
        project, direction = self.projector.point, self.projector.direction
        sections: list[list[Point]] = []
        for distance, size in trunk_stations():
            centre, frame = trunk_station(skeleton, min(distance, TRUNK_TOP))
            if distance > TRUNK_TOP:
                # Above the base of the neck the spine carries straight on (the rounded top of the shoulders).
                centre = add(centre, scale(column(frame, 1), distance - TRUNK_TOP))
            width, half_depth, shift = trunk_section(min(distance, TRUNK_TOP), skeleton.belly)
            centre = add(centre, scale(column(frame, 0), shift))
            side = direction(column(frame, 2))
            front = direction(column(frame, 0))
            axis_a = (side[0] * width * size, side[1] * width * size)
            axis_b = (front[0] * half_depth * size, front[1] * half_depth * size)
            sections.append(ellipse_outline(project(centre), axis_a, axis_b, 28))
        return [convex_hull(a + b) for a, b in itertools.pairwise(sections)]

    def head(self, skeleton: Skeleton, reference: float) -> list[Shape]:
        project, direction, depth = self.projector.point, self.projector.direction, self.projector.depth
        centre3 = skeleton["head"]
        centre = project(centre3)
        a = b = c = 0.0
        for axis, half in zip(range(3), (HEAD_AXES[0], HEAD_AXES[1], HEAD_AXES[2]), strict=True):
            p = direction(column(skeleton.head, axis))
            a += half * half * p[0] * p[0]
            b += half * half * p[0] * p[1]
            c += half * half * p[1] * p[1]
        major, minor = symmetric_axes(a, b, c)
        outline = ellipse_outline(centre, major, minor, 56)
        head_depth = depth(centre3) + 0.3
        fill, line = self.tone(depth(centre3), reference)
        looks_up = face_up(skeleton.head)

        def on_head(forward: float, up: float) -> Point:
            # A point of the face seen on the page: ``forward`` and ``up`` from the head's centre, in its frame.
            offset = apply(skeleton.head, (HEAD_FORWARD + forward, HEAD_UP + up, 0.0))
            return project(add(skeleton["head_base"], offset))

        if looks_up > 0.0:
            # The face's profile and the head under one outline (see FACE_PROFILE).
            face = [on_head(x, y) for x, y in FACE_OUTLINE]
            shapes = [Shape(head_depth, outline, fill, line, pieces=(outline, face), part="head", piece_parts=HEAD)]
        else:
            # A nose, hidden behind the head unless the face is seen from the side.
            nose = capsule_outline(on_head(HEAD_AXES[0] - 2.5, -2.0), on_head(HEAD_AXES[0] + 0.6, -2.8), 2.4, 1.7, 12)
            shapes = [Shape(head_depth, outline, fill, line, part="head"), Shape(head_depth - 0.01, nose, fill, line)]
        # Hair on the crown and the back of the head shows which way the face looks: the head's outline
        # clipped by a slightly larger ellipse shifted towards the back of the crown (a curved hairline).
        up, back = column(skeleton.head, 1), scale(column(skeleton.head, 0), -1.0)
        # A head lying face up keeps its hair on the crown, at the head's far end: hair over the back of the head,
        # underneath on the pillow, read as a dark mask over the face ("big dark patch facing me").
        hair3 = direction(unit(add(scale(up, 0.8), scale(back, 0.6 * (1.0 - looks_up)))))
        flat = math.hypot(hair3[0], hair3[1])
        shift = 0.68 - 0.75 * hair3[2] + 0.55 * looks_up  # more hair when the back of the head faces the viewer
        if flat > 1e-3:
            hx, hy = hair3[0] / flat, hair3[1] / flat
            support = math.sqrt(a * hx * hx + 2 * b * hx * hy + c * hy * hy)
            hair_centre = (centre[0] + hx * support * shift, centre[1] + hy * support * shift)
            cap = ellipse_outline(hair_centre, scale2(major, 1.02), scale2(minor, 1.02), 56)
            hair = clip_convex(outline, cap)
            if len(hair) >= 3:
                shapes.append(Shape(head_depth + 0.01, hair, self.palette.hair, line))
        elif hair3[2] > 0:
            shapes.append(Shape(head_depth + 0.01, outline, self.palette.hair, line))
        return shapes
