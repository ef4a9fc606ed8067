"""Turn a drawing description into a picture: project the figure and props, paint them far to near.

The figure is drawn as rounded, softly outlined parts in neutral greys (parts further from the viewer
lighter), the props and arrows in the clinic's accent colour, on a white ground with a quiet floor line.
Everything is painted several times larger than the output and scaled down, which gives clean edges.
The figure's shapes are built in ``figure``, the props' in ``props``, the panels placed by ``layout``.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PIL import Image, ImageDraw

from . import body
from .body import Skeleton
from .describe import Drawing, Position, PropKind
from .figure import FigurePainter
from .geometry import Point, Vec
from .layout import LABEL_INSET, Layout, label_font, panel_offsets, plan_layout, position_labels
from .marks import face
from .props import MAT_THICKNESS, PropPainter, mat_under
from .scene import Scene, Shape
from .style import DEFAULT_ACCENT, FULL, GREYS, RGB, THUMB, WHITE, Palette, Style, mix, parse_colour

__all__ = [
    "DEFAULT_ACCENT",
    "FULL",
    "GREYS",
    "THUMB",
    "WHITE",
    "Layout",
    "Painter",
    "Palette",
    "Style",
    "mix",
    "render",
]


class Painter(FigurePainter, PropPainter):
    """Builds the shapes of every position: the figure, its props and the movement arrows."""

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
            if self.drawing.close_up is not None:
                head_length = min(3.0, size * 0.3)  # drawn larger, a close-up's arrow keeps a head in proportion
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
        scenes = [
            self.scene(position, skeleton) for position, skeleton in zip(self.drawing.positions, skeletons, strict=True)
        ]
        if self.drawing.close_up is not None:
            window = self.close_up_window(self.drawing.close_up)
            for scene in scenes:
                scene.window = window
        return scenes

    def close_up_window(self, box: tuple[Vec, Vec]) -> tuple[float, float, float, float]:
        """The screen rectangle round a close-up's world box (all eight corners projected)."""
        (x0, y0, z0), (x1, y1, z1) = box
        corners = [self.projector.point((x, y, z)) for x in (x0, x1) for y in (y0, y1) for z in (z0, z1)]
        xs, ys = [c[0] for c in corners], [c[1] for c in corners]
        return min(xs), min(ys), max(xs), max(ys)

    def scene(self, position: Position, skeleton: Skeleton) -> Scene:
        shapes = self.figure(skeleton) + self.props(position, skeleton) + self.arrows(position, skeleton)
        if not any(prop.kind in (PropKind.FACE, PropKind.PROFILE) for prop in position.props):
            # Every head has a face: an eye in profile, eyes and a nose from in front.  Blind reviewers read a
            # bare head as "faceless", and could not tell the front of the figure from its back.
            shapes += face(self.projector, self.palette, skeleton)
        scene = Scene(shapes)
        if self.drawing.floor and abs(self.drawing.camera.down) < 5.0:
            # Seen from above, the floor is not a line: the mat or the props show where it is.
            scene.floor_y = self.projector.point((0.0, 0.0, 0.0))[1]
        return scene


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
        if len(points) < 3:
            continue  # a shape seen exactly edge on has no area to paint
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
        origin_x, origin_y, offset_x, offset_y = panel_offsets(layout, style, index)
        # A close-up paints each panel on its own canvas, so the body cut off at its frame stays out of the others.
        canvas, canvas_draw, shift = image, draw, (0.0, 0.0)
        if scene.window is not None:
            canvas = Image.new("RGB", (round(layout.panel_w * ss), round(layout.panel_h * ss)), palette.background)
            canvas_draw, shift = ImageDraw.Draw(canvas), (origin_x, origin_y)

        def to_px(point: Point, ox: float = offset_x - shift[0], oy: float = offset_y - shift[1]) -> Point:
            return ((ox + point[0] * fit) * ss, (oy - point[1] * fit) * ss)

        if scene.floor_y is not None:
            y = (offset_y - shift[1] - scene.floor_y * fit) * ss
            left = origin_x - shift[0]
            ends = [((left + style.margin) * ss, y), ((left + layout.panel_w - style.margin) * ss, y)]
            canvas_draw.line(ends, fill=palette.floor, width=max(1, round(style.floor * ss)))
        _paint_shapes(canvas_draw, scene.shapes, to_px, style, painter.accent, fit)
        if canvas is not image and layout.label_band > 0:
            # The body cut off at the close-up's frame stays out of the label's band too, so the label reads.
            canvas_draw.rectangle((0, 0, canvas.width, round(layout.label_band * ss)), fill=palette.background)
        if canvas is not image:
            image.paste(canvas, (round(origin_x * ss), round(origin_y * ss)))
        if font is not None and labels[index]:
            corner = ((origin_x + style.margin * LABEL_INSET) * ss, (origin_y + style.margin * 0.4) * ss)
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


def world_to_pixels(drawing: Drawing, style: Style = FULL) -> list[Callable[[Vec], Point]]:
    """For each panel, where a world point (cm) lands in the rendered picture, in output pixels.

    The tests use it to look at the printed colour of a named part of the body.
    """
    painter = Painter(drawing, parse_colour(DEFAULT_ACCENT), style.palette)
    scenes = painter.scenes()
    labels = position_labels(drawing) if style.labels else []
    font = label_font(style, style.supersample) if any(labels) else None
    widths = [font.getlength(label) / style.supersample for label in labels] if font is not None else []
    layout = plan_layout(scenes, style, max(widths, default=0.0))
    mappings: list[Callable[[Vec], Point]] = []
    for index in range(len(scenes)):
        _, _, offset_x, offset_y = panel_offsets(layout, style, index)

        def to_px(point: Vec, ox: float = offset_x, oy: float = offset_y) -> Point:
            x, y = painter.projector.point(point)
            return (ox + x * layout.scale, oy - y * layout.scale)

        mappings.append(to_px)
    return mappings
