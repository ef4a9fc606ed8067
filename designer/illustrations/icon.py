"""The app icon: the same figure as the exercise pictures, hinging at the hips, light on the clinic colour."""

from __future__ import annotations

from PIL import Image, ImageDraw

from .describe import Camera, Drawing, Figure, Limb, Position, View
from .poses import at, feet
from .render import DEFAULT_ACCENT, Palette, Style, mix, parse_colour, render

ICON_SIZE = 256


def icon_drawing() -> Drawing:
    """A hip hinge: the clinic's first foundation, and a shape that reads even at 32 pixels."""
    figure = Figure(
        at=(-18.0, 84.0, 0.0),
        lean=60.0,
        **feet(),
        arm_r=Limb(reach=at("shoulder_r", 2.0, -54.0, -2.0), toward=(-1.0, 0.0, 0.0)),
        arm_l=Limb(reach=at("shoulder_l", 2.0, -54.0, 2.0), toward=(-1.0, 0.0, 0.0)),
    )
    return Drawing("app-icon", Camera(View.SIDE), (Position(figure),), floor=False)


def render_icon(accent: str = DEFAULT_ACCENT) -> Image.Image:
    """The 256 x 256 icon with transparent rounded corners."""
    colour = parse_colour(accent)
    palette = Palette(
        far_fill=mix(colour, (255, 255, 255), 0.55),
        near_fill=(255, 255, 255),
        far_line=mix(colour, (0, 0, 0), 0.1),
        near_line=mix(colour, (0, 0, 0), 0.35),
        hair=mix(colour, (255, 255, 255), 0.25),
        background=colour,
    )
    style = Style(ICON_SIZE, ICON_SIZE, 4, 2.2, 10.0, False, 0, 22, 4.0, 0.0, 2.5, palette)
    picture = render(icon_drawing(), style, accent).convert("RGBA")
    # Rounded corners, drawn large and scaled down for a smooth edge.
    mask = Image.new("L", (ICON_SIZE * 4, ICON_SIZE * 4), 0)
    ImageDraw.Draw(mask).rounded_rectangle(
        (0, 0, ICON_SIZE * 4 - 1, ICON_SIZE * 4 - 1), radius=ICON_SIZE * 4 // 5, fill=255
    )
    picture.putalpha(mask.resize((ICON_SIZE, ICON_SIZE), Image.Resampling.LANCZOS))
    return picture
