"""The props' shapes: mat, chair, bench, worktop, wall, step, box, cushion, weights, band, anchor, dowel, backpack."""

from __future__ import annotations

import math

from . import body
from .body import RADII, Skeleton
from .describe import At, Position, Prop, PropKind
from .equipment import KETTLEBELL_HANDLE, KETTLEBELL_RADIUS, MAT_THICKNESS, furniture, kettlebell_centre
from .extras import marked_arm, marked_leg, open_hand, ring, walking_stick
from .feet import foot_profile
from .footprints import footprints_inset
from .geometry import (
    Mat,
    Point,
    Vec,
    add,
    apply,
    capsule_outline,
    column,
    convex_hull,
    cross,
    dot,
    ellipse_outline,
    from_columns,
    length,
    rot_y,
    scale,
    sub,
    unit,
)
from .hands import HELD_CLOSE_UP, held_close_up
from .marks import belt, face
from .scene import PainterBase, Shape
from .style import RGB, WHITE, marked_fill, mix

MAT_HALF_WIDTH = 42.0  # the widest a mat gets for hands on the floor (cm from the body's line)


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


class PropPainter(PainterBase):
    """Builds the props' shapes for one position, in the accent colour."""

    def tint(self, amount: float) -> RGB:
        return mix(WHITE, self.accent, amount)

    def marked(self, amount: float = 0.45) -> RGB:
        return marked_fill(self.palette, self.accent, amount)

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
        line = outline or self.edge
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
        if kind in (
            PropKind.STEP,
            PropKind.BOX,
            PropKind.CHAIR,
            PropKind.ARMCHAIR,
            PropKind.BENCH,
            PropKind.WORKTOP,
            PropKind.WALL,
        ):
            return self.furniture(prop, skeleton)
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
        if kind in (PropKind.FACE, PropKind.PROFILE):
            return face(self.projector, self.palette, skeleton, chin=kind == PropKind.PROFILE)
        if kind == PropKind.MARK:
            # On a knee ("knee_l"): that whole leg shaded (given a ``size``, the foot too and in ``size[0]`` of the
            # accent's strength, 0 to 1); on an elbow ("elbow_r"): that whole arm shaded; elsewhere a ring
            # ``size[0]`` cm across round ``at``.
            if prop.at.body.startswith("elbow"):
                return marked_arm(self.projector, skeleton, prop.at.body[-1], self.marked(), self.palette.near_line)
            if prop.at.body.startswith("knee"):
                if prop.size is not None:
                    strength = prop.size[0]
                    return marked_leg(
                        self.projector,
                        skeleton,
                        prop.at.body[-1],
                        self.marked(strength),
                        self.palette.near_line,
                        foot=True,
                    )
                return marked_leg(self.projector, skeleton, prop.at.body[-1], self.marked(), self.palette.near_line)
            return ring(self.projector, self.locate(prop.at, skeleton), (prop.size or (16.0, 0.0, 0.0))[0] / 2)
        if kind == PropKind.OPEN_HAND:
            # ``at`` is the wrist, ``to`` a point the thumb points towards (from the wrist).
            wrist = skeleton[prop.at.body]
            thumb = self.locate(prop.to, skeleton) if prop.to is not None else add(wrist, (1.0, 0.0, 0.0))
            tip = skeleton["hand_" + prop.at.body[-1]]
            return open_hand(self.projector, self.palette, wrist, tip, sub(thumb, wrist), prop.at.body[-1])
        if kind == PropKind.FOOT_PROFILE:
            arch = prop.size[0] if prop.size is not None else 0.0
            return foot_profile(
                self.projector, self.palette, skeleton, prop.at.body[-1], arch, self.tint(0.45), self.marked()
            )
        if kind in HELD_CLOSE_UP:
            return held_close_up(prop, self.projector, self.palette, skeleton, self.accent, self.tint(0.6))
        if kind == PropKind.BACKPACK:
            return self.backpack(skeleton)
        if kind == PropKind.ANKLE_WEIGHT:
            return self.ankle_weight(prop, skeleton)
        if kind == PropKind.FLOOR:
            return self.floor_patch(prop, skeleton)
        if kind == PropKind.BELT:
            return belt(self.projector, skeleton)
        if kind == PropKind.FOOTPRINTS:
            return footprints_inset(
                prop, self.projector.point(self.locate(prop.at, skeleton)), self.accent, self.palette
            )
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
        return self.box(box_centre, size, self.tint(0.2), frame=frame, layer=0)

    def furniture(self, prop: Prop, skeleton: Skeleton) -> list[Shape]:
        """A chair, bench, worktop, wall, step or box, from the same boxes the checks measure against."""
        layer = 1 if prop.kind == PropKind.BOX else 0  # a box is carried between the arms; the rest stays behind
        shapes: list[Shape] = []
        for block in furniture(prop, self.locate(prop.at, skeleton)):
            shapes += self.box(block.centre, block.size, self.tint(block.tint), frame=block.frame, layer=layer)
        return shapes

    def floor_patch(self, prop: Prop, skeleton: Skeleton) -> list[Shape]:
        """A quiet grey patch of floor of ``size`` centred at ``at``: seen from above, where the picture draws no
        floor line, it shows the feet standing on something (not the accent colour: it is not equipment)."""
        centre = self.locate(prop.at, skeleton)
        length_, _, width = prop.size or (120.0, 0.0, 90.0)
        frame = rot_y(prop.facing)
        corners = [
            add(centre, apply(frame, (sx * length_ / 2, 0.0, sz * width / 2)))
            for sx, sz in ((-1, -1), (1, -1), (1, 1), (-1, 1))
        ]
        outline = convex_hull([self.projector.point(corner) for corner in corners])
        fill = mix(self.palette.divider, WHITE, 0.3)
        # No outline: with one, blind reviewers took the patch for a platform or a slab to stand on.
        return [Shape(-1e6, outline, fill, fill, layer=0)]  # under everything else

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
        return [Shape(self.projector.depth(centre), outline, fill, self.edge, layer=layer)]

    def kettlebell(self, prop: Prop, skeleton: Skeleton) -> list[Shape]:
        """A kettlebell: its handle top at ``at`` when that is a body point (held), else standing on the floor."""
        project = self.projector.point
        # Held (by the handle in one fist, or by its horns at the chest) when placed against the body.
        held = bool(prop.at.body)
        point = self.locate(prop.at, skeleton)
        radius = KETTLEBELL_RADIUS
        centre3 = kettlebell_centre(point, held)
        handle_top = add(centre3, (0.0, KETTLEBELL_HANDLE, 0.0))
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
        """A dumbbell in the hand (``at`` = grip), its bar along ``facing`` (0 = forward, 90 = across).

        ``size``, if given, is (bar length, plate diameter, plate thickness): a light one for the wrist is smaller,
        so the hand holding it stays in sight.
        """
        centre = self.locate(prop.at, skeleton)
        forward = unit((column(skeleton.pelvis, 0)[0], 0.0, column(skeleton.pelvis, 0)[2]))
        axis = apply(rot_y(prop.facing), forward)
        half, radius, thickness = (prop.size[0] / 2, prop.size[1] / 2, prop.size[2]) if prop.size else (9.0, 6.2, 4.5)
        shapes: list[Shape] = []
        colour = self.accent
        dark = mix(colour, (0, 0, 0), 0.3)
        ends = [add(centre, scale(axis, sign * half)) for sign in (-1.0, 1.0)]
        bar = capsule_outline(self.projector.point(ends[0]), self.projector.point(ends[1]), 1.6, 1.6)
        shapes.append(Shape(self.projector.depth(centre) - 0.05, bar, colour, dark))
        for sign in (-1.0, 1.0):
            plate_centre = add(centre, scale(axis, sign * (half - 0.5)))
            shapes.append(self.cylinder(plate_centre, axis, radius, thickness, colour, dark))
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
        """A resistance band: a loop round two knees or ankles, or a straight band from ``at`` to ``to`` (as wide as
        ``size`` says, if given)."""
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
        if prop.at.body.startswith("toe") and prop.to.body.startswith("toe"):
            # A loop round the fronts of both feet (one foot holds the band for the other).
            radius = RADII["foot"][0] + 1.5
            loop = capsule_outline(project(start), project(end), radius, radius, 24)
            loop.append(loop[0])
            return [Shape(depth, loop, None, None, stroke=1.3, min_stroke_px=1.0)]
        # A band given a ``size`` is drawn that wide (its third value, cm): a band seen from afar must still print.
        width = prop.size[2] if prop.size is not None else 1.2
        return [Shape(depth, [project(start), project(end)], stroke=width, min_stroke_px=1.0)]

    def anchor(self, prop: Prop, skeleton: Skeleton) -> list[Shape]:
        """A door or post anchor for a band: a post from the floor, and the fixing point at ``at``."""
        point = self.locate(prop.at, skeleton)
        post = self.box((point[0], 100.0, point[2]), (8.0, 200.0, 8.0), self.tint(0.3), layer=0)
        knot = ellipse_outline(self.projector.point(point), (2.4, 0.0), (0.0, 2.4), 24)
        return [*post, Shape(self.projector.depth(point) + 0.5, knot, self.accent, self.accent, layer=0)]

    def dowel(self, prop: Prop, skeleton: Skeleton) -> list[Shape]:
        """A dowel: along the back from head to tailbone, unless ``at`` and ``to`` are given."""
        # A rod between two points (a rail, a stick, a frame's tube) sits at its own depth, so one on the far side
        # of the body is drawn behind it; a dowel along the back is drawn over the back, where it rests.
        depth = None
        if prop.to is not None:
            start, end = self.locate(prop.at, skeleton), self.locate(prop.to, skeleton)
            if prop.size is not None:  # a walking stick: ``at`` its tip on the floor, ``to`` the top in the hand
                dark = mix(self.accent, (0, 0, 0), 0.35)
                return walking_stick(self.projector, start, end, prop.facing, self.accent, dark)
            depth = self.projector.depth(scale(add(start, end), 0.5))
        else:
            head, tail = skeleton["back_of_head"], skeleton["sacrum"]
            along = unit(sub(head, tail))
            back = unit(cross(along, column(skeleton.thorax, 2)))
            lift = scale(back, 1.4)
            start, end = add(add(head, scale(along, 14.0)), lift), add(add(tail, scale(along, -12.0)), lift)
        project = self.projector.point
        outline = capsule_outline(project(start), project(end), 1.4, 1.4)
        if depth is None:
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

    def ankle_weight(self, prop: Prop, skeleton: Skeleton) -> list[Shape]:
        """A padded weight cuff round the shin just above the ankle (``at`` names the ankle: "ankle_r")."""
        ankle = skeleton[prop.at.body]
        knee = skeleton["knee_" + prop.at.body[-1]]
        along = unit(sub(knee, ankle))
        low, high = add(ankle, scale(along, 3.0)), add(ankle, scale(along, 11.0))
        radius = RADII["shank"][1] + 2.2
        project = self.projector.point
        cuff = capsule_outline(project(low), project(high), radius, radius)
        depth = self.projector.depth(ankle) + radius
        return [Shape(depth, cuff, self.accent, mix(self.accent, (0, 0, 0), 0.3))]
