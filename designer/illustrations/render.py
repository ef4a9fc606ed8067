"""Turn a drawing description into a picture: project the figure and props, paint them far to near.

The figure is drawn as rounded, softly outlined parts in neutral greys (parts further from the viewer
lighter), the props and arrows in the clinic's accent colour, on a white ground with a quiet floor line.
Everything is painted several times larger than the output and scaled down, which gives clean edges.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable
from dataclasses import dataclass, field

from PIL import Image, ImageDraw, ImageFont

from . import body
from .body import HEAD_AXES, HEAD_FORWARD, HEAD_UP, RADII, Skeleton, trunk_section, trunk_station
from .describe import At, Camera, Drawing, Position, Prop, PropKind, View
from .geometry import (
    Mat,
    Point,
    Vec,
    add,
    apply,
    capsule_outline,
    chain,
    circle_points,
    clip_convex,
    column,
    convex_hull,
    cross,
    dot,
    ellipse_outline,
    from_columns,
    length,
    rot_x,
    rot_y,
    scale,
    sub,
    symmetric_axes,
    transpose,
    unit,
)

RGB = tuple[int, int, int]

DEFAULT_ACCENT = "#2A6F6B"
WHITE: RGB = (255, 255, 255)


@dataclass(frozen=True)
class Palette:
    """The body's soft greys (parts further from the viewer lighter) and the quiet furniture of the picture."""

    far_fill: RGB = (222, 225, 229)
    near_fill: RGB = (170, 177, 185)
    far_line: RGB = (176, 182, 188)
    near_line: RGB = (104, 112, 121)
    hair: RGB = (128, 135, 143)
    floor: RGB = (196, 201, 206)
    label: RGB = (85, 85, 85)  # dark enough to read at small print sizes
    divider: RGB = (232, 234, 236)
    background: RGB = WHITE


GREYS = Palette()

MAT_THICKNESS = 1.5
MAT_HALF_WIDTH = 42.0  # the widest a mat gets for hands on the floor (cm from the body's line)
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


@dataclass(frozen=True)
class Style:
    """Output size and line weights; the same description renders full size and as a thumbnail."""

    width: int
    height: int
    supersample: int
    outline: float  # px at output size
    max_scale: float  # px per cm at output size: keeps small scenes from being blown up
    labels: bool
    label_size: int
    margin: int
    arrow: float  # arrow line width, px at output size
    floor: float  # floor line width, px
    halo: float  # the white edge that keeps arrows clear of the figure, px
    palette: Palette = GREYS


# Print: the handouts place a drawing between about 76 mm (the smallest detailed layout) and 132 mm wide
# (the largest large-print one; the PDF caps pictures at 1800 px), so 1800 px across is at least 346 ppi
# everywhere, and a 76 px label is at least 9 pt.  Thumbnail: the window's library list.
FULL = Style(1800, 900, 2, 3.3, 6.3, True, 76, 36, 10.5, 3.8, 3.8)
THUMB = Style(192, 96, 4, 0.9, 0.67, False, 0, 3, 2.0, 1.0, 2.5)


def parse_colour(text: str) -> RGB:
    text = text.lstrip("#")
    if len(text) != 6:
        raise ValueError(f'"#{text}" is not a colour like #2A6F6B')
    return (int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16))


def scale2(v: Point, k: float) -> Point:
    return (v[0] * k, v[1] * k)


def mix(a: RGB, b: RGB, t: float) -> RGB:
    t = min(max(t, 0.0), 1.0)
    return (round(a[0] + (b[0] - a[0]) * t), round(a[1] + (b[1] - a[1]) * t), round(a[2] + (b[2] - a[2]) * t))


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

    def bounds(self) -> tuple[float, float, float, float]:
        xs = [p[0] for shape in self.shapes for p in shape.points]
        ys = [p[1] for shape in self.shapes for p in shape.points]
        if self.floor_y is not None:
            ys.append(self.floor_y)
        return min(xs), min(ys), max(xs), max(ys)


# The body points that decide a mat's size: the trunk, head and legs (a hand held out to the side does not).
MAT_POINTS = (
    "head",
    "head_top",
    "root",
    "waist",
    "neck_base",
    "knee_r",
    "knee_l",
    "heel_r",
    "heel_l",
    "toe_r",
    "toe_l",
)


def mat_under(skeletons: list[Skeleton]) -> tuple[Vec, Vec, Mat]:
    """Centre, size and frame of a mat under every one of these bodies, along the way the first one lies."""
    first = skeletons[0]
    root = first["root"]
    length_axis = (first["head"][0] - root[0], 0.0, first["head"][2] - root[2])
    if length(length_axis) < 30.0:  # standing, sitting or kneeling: the mat runs forward
        length_axis = (1.0, 0.0, 0.0)
    # Square to the picture (the nearest 15 degrees), so a slightly turned head does not skew the mat.
    heading = round(math.degrees(math.atan2(length_axis[2], length_axis[0])) / 15.0) * 15.0
    along = (math.cos(math.radians(heading)), 0.0, math.sin(math.radians(heading)))
    across = (-along[2], 0.0, along[0])
    points = [skeleton[name] for skeleton in skeletons for name in MAT_POINTS]
    spans = [dot(sub(point, root), along) for point in points]
    widths = [dot(sub(point, root), across) for point in points]
    # Hands resting on the floor (all fours, an arm threaded under the body) widen the mat a little, up to
    # a real mat's width; an arm flung out to the side may rest beyond it.
    for skeleton in skeletons:
        for name in ("hand_r", "hand_l"):
            if skeleton[name][1] < 12.0:
                spans.append(dot(sub(skeleton[name], root), along))
                widths.append(
                    max(-MAT_HALF_WIDTH + 10.0, min(MAT_HALF_WIDTH - 10.0, dot(sub(skeleton[name], root), across)))
                )
    start, end = min(spans) - 14.0, max(spans) + 14.0
    side_start, side_end = min(min(widths) - 10.0, -31.0), max(max(widths) + 10.0, 31.0)
    middle = add(root, add(scale(along, (start + end) / 2), scale(across, (side_start + side_end) / 2)))
    frame = from_columns(along, (0.0, 1.0, 0.0), across)
    return (middle[0], 0.0, middle[2]), (end - start, MAT_THICKNESS, side_end - side_start), frame


class Painter:
    """Builds the shapes of one position."""

    def __init__(self, drawing: Drawing, accent: RGB, palette: Palette = GREYS) -> None:
        self.drawing = drawing
        self.projector = Projector(drawing.camera)
        self.accent = accent
        self.palette = palette
        self.shared_mat: tuple[Vec, Vec, Mat] | None = None

    # Colours ---------------------------------------------------------------------------------------
    def tone(self, depth: float, reference: float) -> tuple[RGB, RGB]:
        t = 0.5 + (depth - reference) / 34.0
        palette = self.palette
        return mix(palette.far_fill, palette.near_fill, t), mix(palette.far_line, palette.near_line, t)

    def tint(self, amount: float) -> RGB:
        return mix(WHITE, self.accent, amount)

    # The figure ------------------------------------------------------------------------------------
    def figure(self, skeleton: Skeleton) -> list[Shape]:
        shapes: list[Shape] = []
        project, depth = self.projector.point, self.projector.depth
        reference = depth(skeleton["root"])
        pieces = self.trunk(skeleton)
        fill, line = self.tone(reference, reference)
        outline = convex_hull([point for piece in pieces for point in piece])
        shapes.append(Shape(reference + 0.5, outline, fill, line, pieces=tuple(pieces)))
        for index, (name, start, end, part) in enumerate(
            (
                ("neck", "neck_base", "head_base", "neck"),
                ("upper_arm_r", "shoulder_r", "elbow_r", "upper_arm"),
                ("forearm_r", "elbow_r", "wrist_r", "forearm"),
                ("hand_r", "wrist_r", "hand_r", "hand"),
                ("upper_arm_l", "shoulder_l", "elbow_l", "upper_arm"),
                ("forearm_l", "elbow_l", "wrist_l", "forearm"),
                ("hand_l", "wrist_l", "hand_l", "hand"),
                ("thigh_r", "hip_r", "knee_r", "thigh"),
                ("shank_r", "knee_r", "ankle_r", "shank"),
                ("thigh_l", "hip_l", "knee_l", "thigh"),
                ("shank_l", "knee_l", "ankle_l", "shank"),
            )
        ):
            a, b = skeleton[start], skeleton[end]
            r_a, r_b = RADII[part]
            outline = capsule_outline(project(a), project(b), r_a, r_b)
            middle = (depth(a) + depth(b)) / 2
            fill, line = self.tone(middle, reference)
            # Later parts of a limb overlap earlier ones at the joint, which keeps the joints visible.
            bias = 0.02 * (index % 3) if name != "neck" else 0.2
            shapes.append(Shape(middle + bias, outline, fill, line))
        for tag in ("r", "l"):
            heel, toe, ankle = skeleton[f"heel_{tag}"], skeleton[f"toe_{tag}"], skeleton[f"ankle_{tag}"]
            points = circle_points(project(heel), RADII["foot"][0], 0, 360, 24)
            points += circle_points(project(toe), RADII["foot"][1], 0, 360, 24)
            points += circle_points(project(ankle), RADII["shank"][1], 0, 360, 24)
            middle = (depth(heel) + depth(toe)) / 2
            fill, line = self.tone(middle, reference)
            shapes.append(Shape(middle + 0.06, convex_hull(points), fill, line))
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
        shapes = [Shape(head_depth, outline, fill, line)]
        # A small nose, hidden behind the head unless the face is seen from the side.
        nose_base = add(
            skeleton["head_base"], apply(skeleton.head, (HEAD_FORWARD + HEAD_AXES[0] - 2.5, HEAD_UP - 2.0, 0.0))
        )
        nose_tip = add(
            skeleton["head_base"], apply(skeleton.head, (HEAD_FORWARD + HEAD_AXES[0] + 0.6, HEAD_UP - 2.8, 0.0))
        )
        nose = capsule_outline(project(nose_base), project(nose_tip), 2.4, 1.7, 12)
        shapes.append(Shape(head_depth - 0.01, nose, fill, line))
        # Hair on the crown and the back of the head shows which way the face looks: the head's outline
        # clipped by a slightly larger ellipse shifted towards the back of the crown (a curved hairline).
        up, back = column(skeleton.head, 1), scale(column(skeleton.head, 0), -1.0)
        hair3 = direction(unit(add(scale(up, 0.8), scale(back, 0.6))))
        flat = math.hypot(hair3[0], hair3[1])
        shift = 0.68 - 0.75 * hair3[2]  # more of the head is hair when the back of the head faces the viewer
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

    # Props ----------------------------------------------------------------------------------------
    def locate(self, at: At, skeleton: Skeleton) -> Vec:
        if not at.body:
            return at.offset
        return add(skeleton[at.body], at.offset)

    def box(
        self,
        centre: Vec,
        size: Vec,
        fill: RGB,
        *,
        frame: Mat | None = None,
        layer: int = 1,
        outline: RGB | None = None,
    ) -> list[Shape]:
        """A solid box: its visible faces, shaded so the top is lighter than the sides."""
        frame = frame or ((1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0))
        hx, hy, hz = size[0] / 2, size[1] / 2, size[2] / 2
        corners: dict[tuple[int, int, int], Vec] = {}
        for sx in (-1, 1):
            for sy in (-1, 1):
                for sz in (-1, 1):
                    corners[(sx, sy, sz)] = add(centre, apply(frame, (sx * hx, sy * hy, sz * hz)))
        shapes: list[Shape] = []
        line = outline or mix(fill, (0, 0, 0), 0.25)
        for axis in range(3):
            for sign in (-1, 1):
                normal = scale(column(frame, axis), float(sign))
                if self.projector.direction(normal)[2] <= 1e-6:
                    continue  # a face turned away from the viewer
                points = convex_hull([self.projector.point(corners[k]) for k in corners if k[axis] == sign])
                # Light from above and slightly in front: tops lightest, sides a little darker.
                shade = mix(fill, WHITE, 0.3) if normal[1] > 0.5 else mix(fill, (60, 60, 60), 0.06 * abs(normal[0]))
                shapes.append(Shape(self.projector.depth(centre), points, shade, line, layer=layer))
        return shapes

    def props(self, position: Position, skeleton: Skeleton) -> list[Shape]:
        shapes: list[Shape] = []
        for prop in position.props:
            shapes.extend(self.prop(prop, skeleton))
        return shapes

    def prop(self, prop: Prop, skeleton: Skeleton) -> list[Shape]:
        kind = prop.kind
        if kind == PropKind.MAT:
            return self.mat(prop, skeleton)
        if kind in (PropKind.STEP, PropKind.BOX):
            size = prop.size or ((36.0, 20.0, 60.0) if kind == PropKind.STEP else (34.0, 26.0, 34.0))
            base = self.locate(prop.at, skeleton)
            centre = add(base, (0.0, size[1] / 2, 0.0))
            layer = 1 if kind == PropKind.BOX else 0  # a box is carried between the arms; a step stays behind
            return self.box(centre, size, self.tint(0.5), frame=rot_y(prop.facing), layer=layer)
        if kind == PropKind.CHAIR:
            return self.chair(prop, skeleton)
        if kind == PropKind.BENCH:
            return self.bench(prop, skeleton)
        if kind == PropKind.WORKTOP:
            return self.worktop(prop, skeleton)
        if kind == PropKind.WALL:
            return self.wall(prop, skeleton)
        if kind == PropKind.PILLOW:
            size = prop.size or (30.0, 10.0, 45.0)
            centre = add(self.locate(prop.at, skeleton), (0.0, size[1] / 2, 0.0))
            return self.rounded(centre, size, self.tint(0.3), layer=0)
        if kind == PropKind.KETTLEBELL:
            return self.kettlebell(prop, skeleton)
        if kind == PropKind.DUMBBELL:
            return self.dumbbell(prop, skeleton)
        if kind == PropKind.BAND:
            return self.band(prop, skeleton)
        if kind == PropKind.ANCHOR:
            return self.anchor(prop, skeleton)
        if kind == PropKind.DOWEL:
            return self.dowel(prop, skeleton)
        if kind == PropKind.BACKPACK:
            return self.backpack(skeleton)
        raise ValueError(f"unknown prop {kind!r}")  # pragma: no cover - the enum is exhaustive

    def mat(self, prop: Prop, skeleton: Skeleton) -> list[Shape]:
        """An exercise mat under the body (or of ``size`` at ``at``): the same mat in every position."""
        if prop.size is not None:
            centre = self.locate(prop.at, skeleton)
            size = (prop.size[0], MAT_THICKNESS, prop.size[2])
            frame = rot_y(prop.facing)
        else:
            centre, size, frame = self.shared_mat or mat_under([skeleton])
        box_centre = (centre[0], MAT_THICKNESS / 2, centre[2])
        return self.box(box_centre, size, self.tint(0.2), frame=frame, layer=0, outline=self.tint(0.42))

    def chair(self, prop: Prop, skeleton: Skeleton) -> list[Shape]:
        """A plain kitchen chair; ``at`` is the floor point under the middle of the seat; it faces +x."""
        depth_, height, width = prop.size or (42.0, 45.0, 44.0)
        base = self.locate(prop.at, skeleton)
        frame = rot_y(prop.facing)
        fill = self.tint(0.55)
        parts: list[tuple[Vec, Vec]] = [((0.0, height - 2.0, 0.0), (depth_, 4.0, width))]
        leg = 3.2
        for sx in (-1, 1):
            for sz in (-1, 1):
                parts.append(
                    ((sx * (depth_ / 2 - leg), (height - 4) / 2, sz * (width / 2 - leg)), (leg, height - 4, leg))
                )
        back_x = -depth_ / 2 + leg / 2
        for sz in (-1, 1):
            parts.append(((back_x, height + 21.0, sz * (width / 2 - leg)), (leg, 42.0, leg)))
        parts.append(((back_x, height + 33.0, 0.0), (3.0, 16.0, width - 2)))
        shapes: list[Shape] = []
        for offset, size in parts:
            shapes += self.box(add(base, apply(frame, offset)), size, fill, frame=frame, layer=0)
        return shapes

    def bench(self, prop: Prop, skeleton: Skeleton) -> list[Shape]:
        """A low bench (or sofa edge); ``at`` is the floor point under its middle; ``size`` (length, height, width)."""
        length_, height, width = prop.size or (40.0, 42.0, 110.0)
        base = self.locate(prop.at, skeleton)
        frame = rot_y(prop.facing)
        fill = self.tint(0.55)
        shapes = self.box(
            add(base, (0.0, height - 5.0, 0.0)), (length_, 10.0, width), self.tint(0.62), frame=frame, layer=0
        )
        for sz in (-1, 1):
            offset = apply(frame, (0.0, (height - 10) / 2, sz * (width / 2 - 6)))
            shapes += self.box(add(base, offset), (length_ - 8, height - 10, 5.0), fill, frame=frame, layer=0)
        return shapes

    def worktop(self, prop: Prop, skeleton: Skeleton) -> list[Shape]:
        """A kitchen worktop; ``at`` is the floor point under the front edge; the cupboard lies behind (+x)."""
        depth_, height, width = prop.size or (60.0, 90.0, 120.0)
        front = self.locate(prop.at, skeleton)
        frame = rot_y(prop.facing)
        body_centre = add(front, apply(frame, (depth_ / 2 + 3.0, (height - 4) / 2, 0.0)))
        top_centre = add(front, apply(frame, (depth_ / 2, height - 2.0, 0.0)))
        shapes = self.box(body_centre, (depth_ - 6.0, height - 4.0, width), self.tint(0.35), frame=frame, layer=0)
        shapes += self.box(top_centre, (depth_, 4.0, width + 4), self.tint(0.65), frame=frame, layer=0)
        return shapes

    def wall(self, prop: Prop, skeleton: Skeleton) -> list[Shape]:
        """A wall whose face is at ``at`` (floor level) and looks towards ``facing`` (0 = +x)."""
        face = self.locate(prop.at, skeleton)
        frame = rot_y(prop.facing)
        height = prop.size[1] if prop.size else 200.0
        centre = add(face, apply(frame, (-6.0, height / 2, 0.0)))
        return self.box(centre, (12.0, height, 160.0), self.tint(0.22), frame=frame, layer=0, outline=self.tint(0.45))

    def rounded(self, centre: Vec, size: Vec, fill: RGB, *, layer: int) -> list[Shape]:
        """A soft cushion: a box with well-rounded corners and edges, seen from wherever the camera is."""
        project = self.projector.point
        half_x, half_y, half_z = size[0] / 2, size[1] / 2, size[2] / 2
        corner = min(half_x, half_z) * 0.6
        points: list[Point] = []
        # Rounded-rectangle rims stacked through the height, narrower at the top and bottom: a puffed shape.
        for level in (-1.0, -0.6, 0.0, 0.6, 1.0):
            inset = corner * 0.35 * level * level
            for cx, cz, start in ((1, 1, 0), (-1, 1, 90), (-1, -1, 180), (1, -1, 270)):
                centre_x = cx * (half_x - corner)
                centre_z = cz * (half_z - corner)
                for step in range(7):
                    angle = math.radians(start + 15 * step)
                    rim = (
                        centre[0] + centre_x + (corner - inset) * math.cos(angle),
                        centre[1] + half_y * level,
                        centre[2] + centre_z + (corner - inset) * math.sin(angle),
                    )
                    points.append(project(rim))
        outline = convex_hull(points)
        return [Shape(self.projector.depth(centre), outline, fill, mix(fill, (0, 0, 0), 0.2), layer=layer)]

    def kettlebell(self, prop: Prop, skeleton: Skeleton) -> list[Shape]:
        """A kettlebell: held when ``at`` is a hand or grip (the handle in the fist), else standing on the floor."""
        project = self.projector.point
        held = prop.at.body.startswith(("grip", "hand", "wrist"))
        point = self.locate(prop.at, skeleton)
        radius = 10.0
        if held:
            handle_top = point
            centre3 = sub(point, (0.0, 17.0, 0.0))
        else:
            centre3 = add(point, (0.0, radius, 0.0))
            handle_top = add(centre3, (0.0, 17.0, 0.0))
        centre = project(centre3)
        top = project(handle_top)
        depth = self.projector.depth(centre3)
        bell = ellipse_outline((centre[0], centre[1] + 0.5), (radius, 0.0), (0.0, radius * 0.95), 48)
        flat = [(x, max(y, centre[1] - radius * 0.8)) for x, y in bell]
        ring_outer = capsule_outline((top[0] - 4.5, top[1] - 3.5), (top[0] + 4.5, top[1] - 3.5), 4.6, 4.6)
        handle = convex_hull([*ring_outer, (centre[0] - 7.5, centre[1] + 4.0), (centre[0] + 7.5, centre[1] + 4.0)])
        hole = capsule_outline((top[0] - 3.6, top[1] - 4.3), (top[0] + 3.6, top[1] - 4.3), 2.0, 2.0)
        colour = self.accent
        return [
            Shape(depth, handle, colour, mix(colour, (0, 0, 0), 0.3)),
            Shape(depth + 0.001, hole, WHITE, mix(colour, (0, 0, 0), 0.3), layer=1),
            Shape(depth + 0.002, flat, colour, mix(colour, (0, 0, 0), 0.3)),
        ]

    def dumbbell(self, prop: Prop, skeleton: Skeleton) -> list[Shape]:
        """A dumbbell in the hand (``at`` = grip), its bar along ``facing`` (0 = forward, 90 = across)."""
        centre = self.locate(prop.at, skeleton)
        forward = unit((column(skeleton.pelvis, 0)[0], 0.0, column(skeleton.pelvis, 0)[2]))
        axis = apply(rot_y(prop.facing), forward)
        shapes: list[Shape] = []
        colour = self.accent
        dark = mix(colour, (0, 0, 0), 0.3)
        ends = [add(centre, scale(axis, sign * 9.0)) for sign in (-1.0, 1.0)]
        bar = capsule_outline(self.projector.point(ends[0]), self.projector.point(ends[1]), 1.6, 1.6)
        shapes.append(Shape(self.projector.depth(centre) - 0.05, bar, colour, dark))
        for sign in (-1.0, 1.0):
            plate_centre = add(centre, scale(axis, sign * 8.5))
            shapes.append(self.cylinder(plate_centre, axis, 6.2, 4.5, colour, dark))
        return shapes

    def cylinder(self, centre: Vec, axis: Vec, radius: float, height: float, fill: RGB, line: RGB) -> Shape:
        across = unit(cross(axis, (0.0, 1.0, 0.0))) if abs(axis[1]) < 0.9 else (1.0, 0.0, 0.0)
        other = cross(axis, across)
        points: list[Point] = []
        for sign in (-0.5, 0.5):
            end = add(centre, scale(axis, sign * height))
            for i in range(32):
                angle = 2 * math.pi * i / 32
                rim = add(end, add(scale(across, radius * math.cos(angle)), scale(other, radius * math.sin(angle))))
                points.append(self.projector.point(rim))
        return Shape(self.projector.depth(centre), convex_hull(points), fill, line)

    def band(self, prop: Prop, skeleton: Skeleton) -> list[Shape]:
        """A resistance band: a loop round two knees or ankles, or a straight band from ``at`` to ``to``."""
        if prop.to is None:
            raise body.PoseError("a band needs both ends: at and to")
        start, end = self.locate(prop.at, skeleton), self.locate(prop.to, skeleton)
        project = self.projector.point
        depth = max(self.projector.depth(start), self.projector.depth(end)) + 1.0
        if prop.at.body.startswith(("knee", "ankle")) and prop.to.body.startswith(("knee", "ankle")):
            radius = RADII["shank"][0] + 1.2
            loop = capsule_outline(project(start), project(end), radius, radius, 24)
            loop.append(loop[0])
            return [Shape(depth, loop, None, None, stroke=1.3, min_stroke_px=1.0)]
        return [Shape(depth, [project(start), project(end)], stroke=1.2, min_stroke_px=1.0)]

    def anchor(self, prop: Prop, skeleton: Skeleton) -> list[Shape]:
        """A door or post anchor for a band: a post from the floor, and the fixing point at ``at``."""
        point = self.locate(prop.at, skeleton)
        post = self.box((point[0], 100.0, point[2]), (8.0, 200.0, 8.0), self.tint(0.3), layer=0, outline=self.tint(0.5))
        knot = ellipse_outline(self.projector.point(point), (2.4, 0.0), (0.0, 2.4), 24)
        return [*post, Shape(self.projector.depth(point) + 0.5, knot, self.accent, self.accent, layer=0)]

    def dowel(self, prop: Prop, skeleton: Skeleton) -> list[Shape]:
        """A dowel: along the back from head to tailbone, unless ``at`` and ``to`` are given."""
        if prop.to is not None:
            start, end = self.locate(prop.at, skeleton), self.locate(prop.to, skeleton)
        else:
            head, tail = skeleton["back_of_head"], skeleton["sacrum"]
            along = unit(sub(head, tail))
            back = unit(cross(along, column(skeleton.thorax, 2)))
            lift = scale(back, 1.4)
            start, end = add(add(head, scale(along, 14.0)), lift), add(add(tail, scale(along, -12.0)), lift)
        project = self.projector.point
        outline = capsule_outline(project(start), project(end), 1.4, 1.4)
        depth = self.projector.depth(skeleton["root"]) + 12.0
        return [Shape(depth, outline, self.tint(0.85), mix(self.accent, (0, 0, 0), 0.2))]

    def backpack(self, skeleton: Skeleton) -> list[Shape]:
        """A rounded backpack on the upper back, with a strap over the near shoulder."""
        frame = skeleton.thorax
        project = self.projector.point
        up, back = column(frame, 1), scale(column(frame, 0), -1.0)
        centre = add(skeleton["upper_back"], add(scale(back, 7.0), scale(up, -8.0)))
        top, bottom = add(centre, scale(up, 12.0)), add(centre, scale(up, -12.0))
        depth = self.projector.depth(skeleton["root"]) - 1.0
        fill = self.tint(0.8)
        line = mix(self.accent, (0, 0, 0), 0.25)
        pack = capsule_outline(project(top), project(bottom), 8.5, 9.5)
        flap = capsule_outline(project(add(top, scale(back, 1.0))), project(add(top, scale(up, -7.0))), 6.5, 6.5)
        strap_top = add(skeleton["shoulder_r"], add(scale(up, 5.0), scale(back, -1.0)))
        strap_low = add(skeleton["chest"], scale(up, -12.0))
        near = self.projector.depth(skeleton["shoulder_r"]) + 2
        return [
            Shape(depth, pack, fill, line),
            Shape(depth + 0.01, flap, self.tint(0.65), line),
            Shape(near, [project(strap_top), project(strap_low)], stroke=2.2, min_stroke_px=1.0),
        ]

    # Arrows ---------------------------------------------------------------------------------------
    def arrows(self, position: Position, skeleton: Skeleton) -> list[Shape]:
        shapes = []
        for arrow in position.arrows:
            start = self.projector.point(self.locate(arrow.start, skeleton))
            end = self.projector.point(self.locate(arrow.end, skeleton))
            dx, dy = end[0] - start[0], end[1] - start[1]
            size = math.hypot(dx, dy)
            control = ((start[0] + end[0]) / 2 - dy * arrow.bend, (start[1] + end[1]) / 2 + dx * arrow.bend)
            points = []
            for i in range(25):
                t = i / 24
                points.append(
                    (
                        (1 - t) ** 2 * start[0] + 2 * t * (1 - t) * control[0] + t * t * end[0],
                        (1 - t) ** 2 * start[1] + 2 * t * (1 - t) * control[1] + t * t * end[1],
                    )
                )
            # The head points along the curve's last stretch.
            hx, hy = end[0] - points[-4][0], end[1] - points[-4][1]
            head_size = math.hypot(hx, hy) or 1.0
            hx, hy = hx / head_size, hy / head_size
            head_length = min(7.0, size * 0.45)
            base = (end[0] - hx * head_length, end[1] - hy * head_length)
            wing = head_length * 0.62
            head = [end, (base[0] - hy * wing, base[1] + hx * wing), (base[0] + hy * wing, base[1] - hx * wing)]
            # Stop the line inside the head so its end does not poke out of the tip.
            line = [p for p in points if (p[0] - end[0]) * hx + (p[1] - end[1]) * hy < -head_length * 0.6]
            shapes.append(Shape(1e6, [*line, base], None, None, stroke=1.0, layer=2, min_stroke_px=1.0, halo=True))
            shapes.append(Shape(1e6 + 1, head, self.accent, self.accent, layer=2, halo=True))
        return shapes

    # One position ---------------------------------------------------------------------------------
    def skeleton(self, position: Position) -> Skeleton:
        """The body of one position; on a mat, everything rests on the mat's top instead of the floor."""
        skeleton = body.build(position.figure)
        if any(prop.kind == PropKind.MAT for prop in position.props):
            skeleton.shift((0.0, MAT_THICKNESS, 0.0))
        return skeleton

    def scenes(self) -> list[Scene]:
        skeletons = [self.skeleton(position) for position in self.drawing.positions]
        on_mat = [
            skeleton
            for skeleton, position in zip(skeletons, self.drawing.positions, strict=True)
            if any(prop.kind == PropKind.MAT and prop.size is None for prop in position.props)
        ]
        # One mat for the whole drawing, large enough for every position, so it stays put between panels.
        self.shared_mat = mat_under(on_mat) if on_mat else None
        return [
            self.scene(position, skeleton) for position, skeleton in zip(self.drawing.positions, skeletons, strict=True)
        ]

    def scene(self, position: Position, skeleton: Skeleton) -> Scene:
        shapes = self.figure(skeleton) + self.props(position, skeleton) + self.arrows(position, skeleton)
        scene = Scene(shapes)
        if self.drawing.floor and abs(self.drawing.camera.down) < 5.0:
            # Seen from above, the floor is not a line: the mat or the props show where it is.
            scene.floor_y = self.projector.point((0.0, 0.0, 0.0))[1]
        return scene


@dataclass(frozen=True)
class Layout:
    """Where the panels go and how large the figure is drawn (px per cm at output size).

    Each panel keeps room for its label (Start, Finish) either as a band along its top or as a column on its
    left, whichever leaves the figure larger: long lying figures stacked one above the other have room
    beside them, tall standing ones side by side have room above.
    """

    scale: float
    columns: int
    rows: int
    panel_w: float
    panel_h: float
    left: float
    top: float
    content_w: float
    content_h: float
    label_band: float = 0.0  # px kept free along the top of each panel
    label_column: float = 0.0  # px kept free along the left of each panel


def position_labels(drawing: Drawing) -> list[str]:
    """The small words above each panel: the position's own label, else Start and Finish for two."""
    count = len(drawing.positions)
    labels = []
    for index, position in enumerate(drawing.positions):
        label = position.label
        if label is None:
            label = ("Start" if index == 0 else "Finish") if count > 1 else ""
        labels.append(label)
    return labels


def label_font(style: Style, supersample: int = 1) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    # Pillow's own font, so the pictures come out the same on every machine (the tests compare pixels).
    return ImageFont.load_default(size=style.label_size * supersample)


def plan_layout(scenes: list[Scene], style: Style, label_width: float = 0.0) -> Layout:
    """Side by side for tall positions, one above the other for long ones: whichever draws the figure larger.

    Every panel uses the same scale and the same placement, so the floor and the props stay put between
    start and finish and only the body moves.  ``label_width`` is the widest label in px (0: no labels).
    """
    bounds = [scene.bounds() for scene in scenes]
    left, bottom = min(b[0] for b in bounds), min(b[1] for b in bounds)
    right, top = max(b[2] for b in bounds), max(b[3] for b in bounds)
    content_w, content_h = max(right - left, 1.0), max(top - bottom, 1.0)
    room: list[tuple[float, float]] = [(0.0, 0.0)]
    if style.labels and label_width > 0:
        room = [(style.label_size * 1.45, 0.0), (0.0, label_width + style.label_size * 0.6)]
    count = len(scenes)
    options = [(1, 1)] if count == 1 else [(count, 1), (1, count)]
    best: Layout | None = None
    for columns, rows in options:
        panel_w, panel_h = style.width / columns, style.height / rows
        for band, column_ in room:
            fit = min(
                (panel_w - column_ - 2 * style.margin) / content_w,
                (panel_h - band - 2 * style.margin) / content_h,
                style.max_scale,
            )
            if best is None or fit > best.scale + 1e-9:
                best = Layout(fit, columns, rows, panel_w, panel_h, left, top, content_w, content_h, band, column_)
    assert best is not None
    return best


def _paint_shapes(
    draw: ImageDraw.ImageDraw,
    shapes: list[Shape],
    to_px: Callable[[Point], Point],
    style: Style,
    accent: RGB,
    scale_: float,
) -> None:
    ss = style.supersample
    palette = style.palette
    ordered = sorted(enumerate(shapes), key=lambda item: (item[1].layer, item[1].depth, item[0]))
    for _, shape in ordered:
        points = [to_px(p) for p in shape.points]
        if shape.stroke:
            width = max(shape.stroke * scale_, shape.min_stroke_px) if shape.layer < 2 else style.arrow
            width_px = max(1, round(width * ss))
            if shape.halo:
                draw.line(points, fill=palette.background, width=width_px + round(style.halo * ss), joint="curve")
            draw.line(points, fill=accent, width=width_px, joint="curve")
            continue
        if shape.pieces:
            # One outline round the union: every piece in the line colour with a border of the line's width
            # around it, then every piece in the fill colour, which covers the borders inside the union.
            pieces = [[to_px(p) for p in piece] for piece in shape.pieces]
            border = max(1, round(style.outline * ss))
            for piece in pieces:
                draw.polygon(piece, fill=shape.outline)
                draw.line([*piece, piece[0]], fill=shape.outline, width=border, joint="curve")
            for piece in pieces:
                draw.polygon(piece, fill=shape.fill)
            continue
        if shape.halo:
            halo = max(1, round(style.halo * ss))
            draw.polygon(points, fill=palette.background, outline=palette.background, width=halo)
        draw.polygon(points, fill=shape.fill, outline=shape.outline, width=max(1, round(style.outline * ss)))


def render(drawing: Drawing, style: Style = FULL, accent: str = DEFAULT_ACCENT) -> Image.Image:
    """The drawing as an RGB image of ``style``'s size; ``accent`` colours the props and arrows."""
    painter = Painter(drawing, parse_colour(accent), style.palette)
    try:
        scenes = painter.scenes()
    except body.PoseError as error:
        raise body.PoseError(f"{drawing.exercise_id}: {error}") from None
    ss, palette = style.supersample, style.palette
    labels = position_labels(drawing) if style.labels else []
    font = label_font(style, ss) if any(labels) else None
    label_width = max((font.getlength(label) / ss for label in labels), default=0.0) if font is not None else 0.0
    layout = plan_layout(scenes, style, label_width)
    fit = layout.scale
    image = Image.new("RGB", (style.width * ss, style.height * ss), palette.background)
    draw = ImageDraw.Draw(image)
    count = len(scenes)
    for index, scene in enumerate(scenes):
        column_index, row_index = (index, 0) if layout.columns > 1 else (0, index)
        origin_x, origin_y = column_index * layout.panel_w, row_index * layout.panel_h
        space_w = layout.panel_w - layout.label_column - 2 * style.margin
        space_h = layout.panel_h - layout.label_band - 2 * style.margin
        offset_x = origin_x + layout.label_column + style.margin + (space_w - layout.content_w * fit) / 2
        offset_x -= layout.left * fit
        offset_y = origin_y + layout.label_band + style.margin + (space_h - layout.content_h * fit) / 2
        offset_y += layout.top * fit

        def to_px(point: Point, ox: float = offset_x, oy: float = offset_y) -> Point:
            return ((ox + point[0] * fit) * ss, (oy - point[1] * fit) * ss)

        if scene.floor_y is not None:
            y = (offset_y - scene.floor_y * fit) * ss
            ends = [((origin_x + style.margin) * ss, y), ((origin_x + layout.panel_w - style.margin) * ss, y)]
            draw.line(ends, fill=palette.floor, width=max(1, round(style.floor * ss)))
        _paint_shapes(draw, scene.shapes, to_px, style, painter.accent, fit)
        if font is not None and labels[index]:
            corner = ((origin_x + style.margin * 0.6) * ss, (origin_y + style.margin * 0.4) * ss)
            draw.text(corner, labels[index], fill=palette.label, font=font)
    for index in range(1, count):
        # A faint rule between the panels.
        if layout.columns > 1:
            x = index * layout.panel_w * ss
            draw.line([(x, style.height * 0.12 * ss), (x, style.height * 0.88 * ss)], fill=palette.divider, width=ss)
        else:
            y = index * layout.panel_h * ss
            draw.line([(style.width * 0.04 * ss, y), (style.width * 0.96 * ss, y)], fill=palette.divider, width=ss)
    return image.reduce(ss)
