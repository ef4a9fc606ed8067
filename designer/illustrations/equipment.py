"""The solid shape of each piece of furniture, as boxes: what the props are painted from and what the checks
measure contacts and collisions against, so the picture and the checks agree on where a chair's seat is.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .describe import Prop, PropKind
from .geometry import IDENTITY, Mat, Vec, add, apply, rot_y, sub, transpose

MAT_THICKNESS = 1.5
CHAIR_SIZE = (42.0, 45.0, 44.0)  # seat depth, seat height, width
KETTLEBELL_RADIUS = 10.0
KETTLEBELL_HANDLE = 17.0  # from the bell's centre to the top of its handle


@dataclass(frozen=True)
class Block:
    """A box of a prop: centre, full size along its own axes, its frame, and how strongly it is tinted."""

    centre: Vec
    size: Vec
    frame: Mat = IDENTITY
    tint: float = 0.55
    name: str = ""

    def distance(self, point: Vec) -> float:
        """How far ``point`` is from the box's surface: positive outside, negative inside (its depth)."""
        local = apply(transpose(self.frame), sub(point, self.centre))
        over = [abs(local[i]) - self.size[i] / 2 for i in range(3)]
        outside = math.sqrt(sum(max(value, 0.0) ** 2 for value in over))
        return outside if outside > 0 else max(over)


def furniture(prop: Prop, base: Vec) -> list[Block]:
    """The boxes of a chair, bench, worktop, wall, step, box or cushion standing at ``base``; else nothing."""
    kind, frame = prop.kind, rot_y(prop.facing)

    def block(offset: Vec, size: Vec, tint: float, name: str = "") -> Block:
        return Block(add(base, apply(frame, offset)), size, frame, tint, name)

    if kind in (PropKind.CHAIR, PropKind.ARMCHAIR):
        depth, height, width = prop.size or CHAIR_SIZE
        leg = 3.2
        parts = [block((0.0, height - 2.0, 0.0), (depth, 4.0, width), 0.55, "seat")]
        for sx in (-1, 1):
            for sz in (-1, 1):
                offset = (sx * (depth / 2 - leg), (height - 4) / 2, sz * (width / 2 - leg))
                parts.append(block(offset, (leg, height - 4, leg), 0.55, "leg"))
        back_x = -depth / 2 + leg / 2
        for sz in (-1, 1):
            parts.append(block((back_x, height + 21.0, sz * (width / 2 - leg)), (leg, 42.0, leg), 0.55, "back"))
        parts.append(block((back_x, height + 33.0, 0.0), (3.0, 16.0, width - 2), 0.55, "back"))
        if kind == PropKind.ARMCHAIR:
            # An arm rest along each side of the seat, on a post at its front, about a forearm above the seat.
            for sz in (-1, 1):
                side = sz * (width / 2 - 2.5)
                parts.append(block((0.0, height + 20.0, side), (depth - 2.0, 4.0, 6.0), 0.55, "arm"))
                parts.append(block((depth / 2 - leg, height + 9.0, side), (leg, 18.0, leg), 0.55, "leg"))
        return parts
    if kind == PropKind.BENCH:
        length, height, width = prop.size or (40.0, 42.0, 110.0)
        parts = [block((0.0, height - 5.0, 0.0), (length, 10.0, width), 0.62, "top")]
        for sz in (-1, 1):
            parts.append(block((0.0, (height - 10) / 2, sz * (width / 2 - 6)), (length - 8, height - 10, 5.0), 0.55))
        return parts
    if kind == PropKind.WORKTOP:
        depth, height, width = prop.size or (60.0, 90.0, 120.0)
        return [
            block((depth / 2 + 3.0, (height - 4) / 2, 0.0), (depth - 6.0, height - 4.0, width), 0.35, "cupboard"),
            block((depth / 2, height - 2.0, 0.0), (depth, 4.0, width + 4), 0.65, "top"),
        ]
    if kind == PropKind.WALL:
        # A piece of wall 160 cm wide, unless ``size`` says otherwise (a door frame's edge beside the body).
        height, width = (prop.size[1], prop.size[2]) if prop.size else (200.0, 160.0)
        return [block((-6.0, height / 2, 0.0), (12.0, height, width), 0.22, "wall")]
    if kind in (PropKind.STEP, PropKind.BOX):
        size = prop.size or ((36.0, 20.0, 60.0) if kind == PropKind.STEP else (34.0, 26.0, 34.0))
        return [block((0.0, size[1] / 2, 0.0), size, 0.5, kind.value)]
    if kind == PropKind.PILLOW:
        size = prop.size or (30.0, 10.0, 45.0)
        return [block((0.0, size[1] / 2, 0.0), size, 0.3, "pillow")]
    return []


def kettlebell_centre(point: Vec, held: bool) -> Vec:
    """The centre of a kettlebell's bell: below the hand that holds its handle, or resting on the floor."""
    return sub(point, (0.0, KETTLEBELL_HANDLE, 0.0)) if held else add(point, (0.0, KETTLEBELL_RADIUS, 0.0))
