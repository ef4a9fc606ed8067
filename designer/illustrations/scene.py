"""What a drawing is made of once projected: shapes in screen centimetres, the camera, one panel's scene."""

from __future__ import annotations

from dataclasses import dataclass, field

from .describe import Camera, Drawing, View
from .geometry import (
    Mat,
    Point,
    Vec,
    apply,
    chain,
    rot_x,
    rot_y,
    transpose,
)
from .style import GREYS, RGB, Palette, mix, print_safe


@dataclass
class Shape:
    """A filled outline, or an open line when ``stroke`` is set, in screen centimetres (y up)."""

    depth: float
    points: list[Point]
    fill: RGB | None = None
    outline: RGB | None = None
    stroke: float = 0.0  # open line width in cm
    layer: int = 1  # 0 behind the figure, 1 sorted by depth, 2 on top
    min_stroke_px: float = 0.0
    halo: bool = False
    # Convex pieces painted as one shape with a single outline round their union (the trunk); ``points``
    # then only serves to measure the picture.
    pieces: tuple[list[Point], ...] = ()
    # Which part of the body this is ("thigh_r", "head", ...), or of the trunk each piece is ("pelvis",
    # "belly", "chest"): the checks measure how much a named part moves between start and finish.
    part: str = ""
    piece_parts: tuple[str, ...] = ()


class Projector:
    """Orthographic camera: world centimetres to screen centimetres plus a depth (larger = nearer)."""

    def __init__(self, camera: Camera) -> None:
        azimuth = 90.0 if camera.view == View.FRONT else 0.0
        self.rotation: Mat = chain(rot_y(azimuth + camera.turn), rot_x(-camera.down))
        self.inverse = transpose(self.rotation)

    def point(self, p: Vec) -> Point:
        q = apply(self.inverse, p)
        return (q[0], q[1])

    def depth(self, p: Vec) -> float:
        return apply(self.inverse, p)[2]

    def direction(self, v: Vec) -> Vec:
        return apply(self.inverse, v)


@dataclass
class Scene:
    """The shapes of one position, in screen centimetres."""

    shapes: list[Shape] = field(default_factory=list)
    floor_y: float | None = None
    # A close-up's frame (left, bottom, right, top in screen cm): the panel shows this and cuts off the rest.
    window: tuple[float, float, float, float] | None = None

    def bounds(self) -> tuple[float, float, float, float]:
        if self.window is not None:
            return self.window
        xs = [p[0] for shape in self.shapes for p in shape.points]
        ys = [p[1] for shape in self.shapes for p in shape.points]
        if self.floor_y is not None:
            ys.append(self.floor_y)
        return min(xs), min(ys), max(xs), max(ys)


class PainterBase:
    """What every part of the painter shares: the drawing, its camera, the accent colour and the greys."""

    def __init__(self, drawing: Drawing, accent: RGB, palette: Palette = GREYS) -> None:
        self.drawing = drawing
        self.projector = Projector(drawing.camera)
        # Arrows and weights in the clinic's colour, darkened if need be to print at 3:1 on white; the props'
        # outlines at 4.5:1, so the chair or the bench still shows when printed in grey.
        self.accent = print_safe(accent, 3.3)  # a little over 3:1, for the soft edges of printed lines
        self.edge = print_safe(mix(accent, (0, 0, 0), 0.15), 4.5)
        self.palette = palette
        self.shared_mat: tuple[Vec, Vec, Mat] | None = None
