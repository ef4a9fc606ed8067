"""Where the panels of a drawing go, how large the figure is drawn, and the Start and Finish labels."""

from __future__ import annotations

from dataclasses import dataclass

from PIL import ImageFont

from .describe import Drawing
from .scene import Scene
from .style import Style


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


LABEL_INSET = 0.6  # a label starts this many margins in from its panel's left edge


def position_labels(drawing: Drawing) -> list[str]:
    """The small words above each panel: the position's own label, else Start and Finish for two."""
    count = len(drawing.positions)
    if count == 1:
        # A one-panel drawing says what is held (or done): "Hold: body in one line".
        held = drawing.positions[0].label or ""
        return [f"{held}: {drawing.holds}" if held and drawing.holds else held or drawing.holds]
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
    # A close-up is drawn larger than the usual cap on the figure's size: enlarging is its point.
    cap = style.max_scale if all(scene.window is None for scene in scenes) else float("inf")
    options = [(1, 1)] if count == 1 else [(count, 1), (1, count)]
    best: Layout | None = None
    for columns, rows in options:
        panel_w, panel_h = style.width / columns, style.height / rows
        for band, column_ in room:
            if band and label_width > panel_w - LABEL_INSET * style.margin and len(options) > 1:
                continue  # a label along the top of panels this narrow would run into the next one, or off the edge
            fit = min(
                (panel_w - column_ - 2 * style.margin) / content_w,
                (panel_h - band - 2 * style.margin) / content_h,
                cap,
            )
            if best is None or fit > best.scale + 1e-9:
                best = Layout(fit, columns, rows, panel_w, panel_h, left, top, content_w, content_h, band, column_)
    assert best is not None
    return best


def panel_offsets(layout: Layout, style: Style, index: int) -> tuple[float, float, float, float]:
    """The top-left corner of panel ``index`` and where screen (0, 0) falls in it, in output px.

    A screen point (x, y) in cm lands at (offset_x + x * scale, offset_y - y * scale).
    """
    column_index, row_index = (index, 0) if layout.columns > 1 else (0, index)
    origin_x, origin_y = column_index * layout.panel_w, row_index * layout.panel_h
    space_w = layout.panel_w - layout.label_column - 2 * style.margin
    space_h = layout.panel_h - layout.label_band - 2 * style.margin
    fit = layout.scale
    offset_x = origin_x + layout.label_column + style.margin + (space_w - layout.content_w * fit) / 2
    offset_x -= layout.left * fit
    offset_y = origin_y + layout.label_band + style.margin + (space_h - layout.content_h * fit) / 2
    offset_y += layout.top * fit
    return origin_x, origin_y, offset_x, offset_y
