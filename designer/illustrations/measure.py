"""Measurements on a posed body, for the checks: where its parts are as spheres along their length, how far a
point is from the trunk's surface, and the outline of a named part as drawn in a panel.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PIL import Image, ImageDraw

from .body import HEAD_AXES, RADII, SEGMENTS, Skeleton, trunk_section, trunk_station
from .describe import Drawing, PropKind
from .geometry import Vec, add, column, dot, lerp, scale, sub
from .layout import panel_offsets, plan_layout
from .render import FULL, Painter
from .scene import Scene

HEAD_RADIUS = min(HEAD_AXES)

# Named groups of drawn parts, for the moving part of a drawing.
GROUPS: dict[str, tuple[str, ...]] = {
    "arm_r": ("upper_arm_r", "forearm_r", "hand_r"),
    "arm_l": ("upper_arm_l", "forearm_l", "hand_l"),
    "leg_r": ("thigh_r", "shank_r", "foot_r"),
    "leg_l": ("thigh_l", "shank_l", "foot_l"),
    "head": ("head", "neck"),
    "trunk": ("pelvis", "belly", "chest"),
}
GROUPS["arms"] = GROUPS["arm_r"] + GROUPS["arm_l"]
GROUPS["legs"] = GROUPS["leg_r"] + GROUPS["leg_l"]
GROUPS["body"] = GROUPS["arms"] + GROUPS["legs"] + GROUPS["head"] + GROUPS["trunk"]


@dataclass(frozen=True)
class Ball:
    """A sphere along a body part: which part, where, and how thick the part is there."""

    part: str
    centre: Vec
    radius: float
    along: float  # 0 at the segment's start, 1 at its end


def segment_balls(skeleton: Skeleton, step: float = 3.0) -> list[Ball]:
    """Every limb as spheres about ``step`` cm apart, plus the feet's heels and toes."""
    balls: list[Ball] = []
    for name, start, end, radius_key in SEGMENTS:
        a, b = skeleton[start], skeleton[end]
        count = max(2, math.ceil(math.dist(a, b) / step) + 1)
        r_a, r_b = RADII[radius_key]
        for index in range(count):
            t = index / (count - 1)
            balls.append(Ball(name, lerp(a, b, t), r_a + (r_b - r_a) * t, t))
    for tag in ("r", "l"):
        balls.append(Ball(f"foot_{tag}", skeleton[f"heel_{tag}"], RADII["foot"][0], 0.0))
        balls.append(Ball(f"foot_{tag}", lerp(skeleton[f"heel_{tag}"], skeleton[f"toe_{tag}"], 0.5), 2.8, 0.5))
        balls.append(Ball(f"foot_{tag}", skeleton[f"toe_{tag}"], RADII["foot"][1], 1.0))
    return balls


def trunk_surface(skeleton: Skeleton, low: float = -10.0, high: float = 53.0, step: float = 3.0) -> list[Vec]:
    """Points on the trunk's surface between ``low`` and ``high`` cm up the spine, 16 round each section."""
    points: list[Vec] = []
    distance = low
    while distance <= high + 1e-6:
        centre, frame = trunk_station(skeleton, distance)
        width, depth, shift = trunk_section(distance, skeleton.belly)
        centre = add(centre, scale(column(frame, 0), shift))
        for index in range(16):
            angle = 2 * math.pi * index / 16
            offset = add(
                scale(column(frame, 0), depth * math.cos(angle)), scale(column(frame, 2), width * math.sin(angle))
            )
            points.append(add(centre, offset))
        distance += step
    # The buttocks round off below the lowest section.
    centre, frame = trunk_station(skeleton, low)
    points.append(add(centre, scale(column(frame, 1), -3.0)))
    return points


def trunk_distance(skeleton: Skeleton, point: Vec) -> float:
    """How far ``point`` is from the trunk's surface: positive outside, negative inside (roughly, in cm)."""
    best = math.inf
    for distance in range(-10, 54, 2):
        centre, frame = trunk_station(skeleton, float(distance))
        width, depth, shift = trunk_section(float(distance), skeleton.belly)
        centre = add(centre, scale(column(frame, 0), shift))
        offset = sub(point, centre)
        along = dot(offset, column(frame, 1))
        forward, side = dot(offset, column(frame, 0)), dot(offset, column(frame, 2))
        planar = math.hypot(forward, side)
        ratio = math.hypot(forward / depth, side / width)
        radial = planar * (1 - 1 / ratio) if ratio > 1e-6 else -min(width, depth)
        beyond = max(abs(along) - 1.0, 0.0)
        if distance == -10:
            beyond = max(-along - 3.0, 0.0) if along < 0 else max(along - 1.0, 0.0)
        if distance == 52:
            beyond = max(along - 5.0, 0.0) if along > 0 else max(-along - 1.0, 0.0)
        value = math.hypot(max(radial, 0.0), beyond) if radial > 0 or beyond > 0 else radial
        best = min(best, value)
    return best


def floor_level(props: tuple[object, ...]) -> float:
    """Where the floor is for the body: on top of the mat when there is one."""
    from .equipment import MAT_THICKNESS

    return MAT_THICKNESS if any(getattr(prop, "kind", None) == PropKind.MAT for prop in props) else 0.0


def part_masks(drawing: Drawing, parts: tuple[str, ...], size: int = 600) -> list[Image.Image]:
    """The outline of ``parts`` in each panel, drawn filled at the panel's place, as 1-bit images.

    Every panel is laid out as in the picture (same scale, same place), so a part that moves shows as a
    difference between the images.
    """
    wanted: set[str] = set()
    for name in parts:
        wanted.update(GROUPS.get(name, (name,)))
    painter = Painter(drawing, (0, 0, 0))
    scenes: list[Scene] = painter.scenes()
    layout = plan_layout(scenes, FULL, 0.0)
    shrink = size / FULL.width
    masks = []
    for index, scene in enumerate(scenes):
        origin_x, origin_y, offset_x, offset_y = panel_offsets(layout, FULL, index)
        mask = Image.new("L", (round(layout.panel_w * shrink), round(layout.panel_h * shrink)), 0)
        draw = ImageDraw.Draw(mask)

        def to_px(
            point: tuple[float, float], ox: float = offset_x - origin_x, oy: float = offset_y - origin_y
        ) -> tuple[float, float]:
            return ((ox + point[0] * layout.scale) * shrink, (oy - point[1] * layout.scale) * shrink)

        for shape in scene.shapes:
            if shape.pieces:
                for piece, kind in zip(shape.pieces, shape.piece_parts, strict=True):
                    if kind in wanted:
                        draw.polygon([to_px(p) for p in piece], fill=255)
            elif shape.part in wanted:
                draw.polygon([to_px(p) for p in shape.points], fill=255)
        masks.append(mask)
    return masks


def outline_change(first: Image.Image, second: Image.Image) -> float:
    """How much two outlines differ: the area in one but not the other, over the mean of their areas."""
    from PIL import ImageChops

    area_a, area_b = first.histogram()[255], second.histogram()[255]
    different = ImageChops.difference(first, second).histogram()[255]
    mean = (area_a + area_b) / 2
    return different / mean if mean else 0.0
