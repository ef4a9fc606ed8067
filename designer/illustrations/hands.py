"""Hands drawn close up where their shape is the point: round a soft ball, holding a hammer, the tendon glides.

The figure's hand is a short rounded stub, enough for resting and holding a weight; a grip squeeze needs the
fingers wrapped round the ball and the ball giving under them, and the tendon glides need the finger's three joints.
Those hands are drawn flat in the picture's plane at the figure's hand, a little larger than life (as
``extras.open_hand``), in the figure's greys, with the ball in a tint of the accent colour.  A hammer is drawn in
the world, turned about the forearm, with the figure's own hand round its handle; beside it, a round inset shows the
hand and hammer from above, where the palm (or the back of the hand) shows.
"""

from __future__ import annotations

import itertools
import math

from .body import Skeleton
from .describe import Prop, PropKind
from .extras import NAIL_LIGHTER, PALM_LIGHTER
from .footprints import INSET_DEPTH  # over the figure and its props, as the footprints' inset
from .geometry import Point, Vec, add, capsule_outline, cross, ellipse_outline, scale, sub, unit
from .scene import Projector, Shape
from .style import GREYS, RGB, WHITE, Palette, mix

Frame = tuple[Point, Point, Point]  # origin, the way the fingers point, the way the thumb points (screen cm)


def _at(frame: Frame, u: float, v: float) -> Point:
    origin, along, up = frame
    return (origin[0] + along[0] * u + up[0] * v, origin[1] + along[1] * u + up[1] * v)


def frame_at(wrist: Point, toward: Point, scale: float = 1.0) -> Frame:
    """A frame at ``wrist`` with u towards ``toward`` (the fingers' way) and v square to it, turned to the left;
    ``scale`` draws the hand that much larger than life."""
    dx, dy = toward[0] - wrist[0], toward[1] - wrist[1]
    size = (math.hypot(dx, dy) or 1.0) / scale
    along = (dx / size, dy / size)
    return wrist, along, (-along[1], along[0])


HELD_SCALE = 1.4  # a held close-up hand is drawn this much larger than life, so its shape reads printed small
BALL_RADIUS = 3.8
FINGER_RADIUS = 1.15


def squeeze_hand(
    frame: Frame, depth: float, fill: RGB, line: RGB, ball: RGB, ball_line: RGB, squeeze: float
) -> list[Shape]:
    """A hand seen from the thumb's side holding a soft ball in the palm: the palm behind the ball, the fingers
    curled round its far side and the thumb over its top; ``squeeze`` (0 to 1) flattens the ball between the
    fingers and the palm, and the fingers follow it in."""
    # The ball, squashed along the way the fingers press (u) and bulging square to it (v).
    centre_u = 8.6 - 0.9 * squeeze
    radius_u = BALL_RADIUS * (1.0 - 0.3 * squeeze)
    radius_v = BALL_RADIUS * (1.0 + 0.22 * squeeze)
    centre = _at(frame, centre_u, -0.4)
    _, along, up = frame
    ball_shape = ellipse_outline(
        centre, (along[0] * radius_u, along[1] * radius_u), (up[0] * radius_v, up[1] * radius_v), 40
    )
    shapes = [Shape(depth, ball_shape, ball, ball_line, part="grip_ball")]
    # The palm and the heel of the hand, from the wrist to where the ball rests in it.
    rest = centre_u - radius_u + 0.6
    palm = [
        _at(frame, u, v) for u, v in ((-1.0, -3.0), (-1.0, 3.0), (rest - 1.0, 4.4), (rest, 0.0), (rest - 0.5, -4.0))
    ]
    shapes.append(Shape(depth - 0.01, palm, fill, line, part="hand_detail"))
    # The fingers, curled round the ball's far side: from the knuckles above it round to the tips tucked under
    # it, drawn as one smooth curled finger (the others are behind it, seen from the thumb's side).
    gap = FINGER_RADIUS - 0.2 + 1.3 * (1.0 - squeeze)  # pressed into the ball; relaxed, resting loosely round it
    arc = [
        _at(
            frame,
            centre_u + (radius_u + gap) * math.cos(math.radians(a)),
            -0.4 + (radius_v + gap) * math.sin(math.radians(a)),
        )
        for a in range(115, -106, -5)
    ]
    knuckle = _at(frame, rest - 1.2, 3.0)
    scale = math.hypot(*frame[1])
    shapes.append(Shape(depth + 0.02, tube([knuckle, *arc], FINGER_RADIUS * scale), fill, line, part="fingers"))
    # Creases at the two finger joints, so the curl reads as a finger rather than a hook.
    for index in (12, 27):
        a, b = arc[index - 1], arc[index + 1]
        dx, dy = b[0] - a[0], b[1] - a[1]
        size = math.hypot(dx, dy) or 1.0
        nx, ny = -dy / size * FINGER_RADIUS * scale, dx / size * FINGER_RADIUS * scale
        mid = arc[index]
        crease = [(mid[0] + nx * 0.95, mid[1] + ny * 0.95), (mid[0] - nx * 0.1, mid[1] - ny * 0.1)]
        shapes.append(Shape(depth + 0.03, tube(crease, 0.1 * scale), line, line))
    # The thumb along the near side of the ball, its tip over the top of it.
    thumb_base = _at(frame, rest - 1.5, 1.5)
    thumb_tip = _at(frame, centre_u - 0.5, -0.4 + radius_v * 0.55)
    shapes.append(Shape(depth + 0.03, capsule_outline(thumb_base, thumb_tip, 1.8, 1.4, 12), fill, line, part="thumb"))
    return shapes


def tube(points: list[Point], radius: float) -> list[Point]:
    """The outline of a round-ended tube of ``radius`` along ``points`` (a curled finger)."""
    left: list[Point] = []
    right: list[Point] = []
    for index, point in enumerate(points):
        before = points[max(index - 1, 0)]
        after = points[min(index + 1, len(points) - 1)]
        dx, dy = after[0] - before[0], after[1] - before[1]
        size = math.hypot(dx, dy) or 1.0
        nx, ny = -dy / size * radius, dx / size * radius
        left.append((point[0] + nx, point[1] + ny))
        right.append((point[0] - nx, point[1] - ny))

    def cap(centre: Point, start: Point) -> list[Point]:
        begin = math.atan2(start[1] - centre[1], start[0] - centre[0])
        return [
            (
                centre[0] + radius * math.cos(begin - math.pi * k / 8),
                centre[1] + radius * math.sin(begin - math.pi * k / 8),
            )
            for k in range(1, 8)
        ]

    return [*left, *cap(points[-1], left[-1]), *reversed(right), *cap(points[0], right[0])]


# A finger's three bones (from the knuckle), and the palm from the wrist to the knuckles, in cm before scaling.
FINGER_BONES = (4.8, 3.0, 2.4)
PALM = 9.0


def _finger(
    frame: Frame, knuckle: tuple[float, float], bends: tuple[float, float, float], length: float
) -> list[Point]:
    """The four joints of a finger from ``knuckle`` (frame cm), its bones ``length`` times ``FINGER_BONES``."""
    joint, heading = knuckle, 0.0
    points = [_at(frame, *joint)]
    for bone, bend in zip(FINGER_BONES, bends, strict=True):
        heading += math.radians(bend)
        joint = (joint[0] + length * bone * math.cos(heading), joint[1] - length * bone * math.sin(heading))
        points.append(_at(frame, *joint))
    return points


# The fingers behind the first (middle, ring, little): their length against the first's, and their knuckle's place
# (frame cm), each a little further up and towards the back of the hand, so their edges show beside it as the
# fingers of one hand, all bending together (seen from the thumb's side a single finger read as the only one).
FINGERS_BEHIND = ((1.06, (PALM + 0.3, 0.75)), (1.0, (PALM, 1.45)), (0.84, (PALM - 0.6, 2.1)))
FINGER_RADII = (1.3, 1.2, 1.1, 1.0)


# Bent this far in all (degrees at the three joints together), the finger's end is curled into the palm, its nail
# against it and hidden; less, and the nail shows at the tip (a flat fist's nails lie against the heel of the hand).
TUCKED = 240.0
# The full fist drawn as a round ball over the curled fingers (frame cm): its top the knuckles, its front the
# middle bones; the first finger's bones under it set its size.
FIST_CENTRE, FIST_RADII = (7.6, -2.6), (3.6, 3.4)


def _nail(joint: Point, tip: Point, radius: float, depth: float, fill: RGB, line: RGB) -> Shape:
    """The nail on the back of a finger's end bone, from ``joint`` to ``tip``: a light strip along its back edge
    (seen from the thumb's side), so a client sees which way the finger's end faces."""
    dx, dy = tip[0] - joint[0], tip[1] - joint[1]
    size = math.hypot(dx, dy) or 1.0
    back = (-dy / size * radius * 0.45, dx / size * radius * 0.45)  # the back of the finger: left of its way

    def on(fraction: float) -> Point:
        return (joint[0] + dx * fraction + back[0], joint[1] + dy * fraction + back[1])

    outline = capsule_outline(on(0.3), on(0.95), radius * 0.5, radius * 0.45, 10)
    return Shape(depth, outline, mix(fill, WHITE, NAIL_LIGHTER), line, part="nail")


def tendon_hand(
    frame: Frame, depth: float, fill: RGB, line: RGB, bends: tuple[float, float, float], far: RGB = GREYS.far_fill
) -> list[Shape]:
    """A hand seen from the thumb's side, the fingers up and bending towards the palm (the frame's -v side) by
    ``bends``: degrees at the knuckle, the middle joint and the end joint (as in the tendon glides).  The first
    finger is drawn whole in ``fill``; the three behind it in ``far``, their edges showing beside it."""
    scale = math.hypot(*frame[1])
    shapes: list[Shape] = []
    # The palm, from the wrist to the knuckles: the back of the hand on the +v side, the palm on the -v side with
    # the ball of the thumb bulging near the wrist.
    palm = [
        _at(frame, u, v)
        for u, v in ((-0.5, 1.7), (PALM, 1.5), (PALM + 0.6, 0.2), (PALM, -1.6), (5.0, -2.0), (2.0, -2.8), (-0.5, -1.9))
    ]
    shapes.append(Shape(depth, palm, fill, line, part="palm"))
    # The fingers behind, furthest first, then the first finger, bone by bone, each turning further to the palm.
    for index, (length, knuckle) in enumerate(reversed(FINGERS_BEHIND)):
        points = _finger(frame, knuckle, bends, length)
        for bone in range(3):
            radii = FINGER_RADII[bone] * scale, FINGER_RADII[bone + 1] * scale
            outline = capsule_outline(points[bone], points[bone + 1], *radii, 14)
            shapes.append(Shape(depth - 0.3 + 0.01 * index + 0.002 * bone, outline, far, line, part="fingers"))
    points = _finger(frame, (PALM, 0.0), bends, 1.0)
    for index in range(3):
        radii = FINGER_RADII[index] * scale, FINGER_RADII[index + 1] * scale
        outline = capsule_outline(points[index], points[index + 1], *radii, 14)
        shapes.append(Shape(depth + 0.01 * (index + 1), outline, fill, line, part="fingers"))
    if sum(bends) < TUCKED:
        shapes.append(_nail(points[2], points[3], FINGER_RADII[3] * scale, depth + 0.035, fill, line))
    # The thumb, nearest the viewer: in a full fist (every joint well bent) wrapped across the front of the
    # curled fingers from the ball of the thumb; otherwise resting along the side of the palm, pointing the way the
    # fingers do.  Along the palm it lies behind the fingers and within the palm's front edge, so a flat fist's tips
    # and nails show touching the heel of the hand, not crossed by the thumb (blind review 9 saw the two fists alike).
    if min(bends) >= 60.0:
        # The curled fingers filled in as one rounded ball, the knuckles its top, so the full fist reads round and
        # solid, unlike the flat fist's open triangle reaching down to the heel of the hand (blind reviews 8 and 9).
        _, along, up = frame
        centre = _at(frame, *FIST_CENTRE)
        radius_u = (along[0] * FIST_RADII[0], along[1] * FIST_RADII[0])
        ball = ellipse_outline(centre, radius_u, (up[0] * FIST_RADII[1], up[1] * FIST_RADII[1]), 40)
        shapes.append(Shape(depth + 0.04, ball, fill, line, part="fist"))
        # A crease curling round inside it, from the knuckles over the top to the front: the first finger's curl.
        crease = [
            _at(
                frame,
                FIST_CENTRE[0] + 0.55 * FIST_RADII[0] * math.cos(math.radians(t)),
                FIST_CENTRE[1] + 0.55 * FIST_RADII[1] * math.sin(math.radians(t)),
            )
            for t in range(50, -131, -10)
        ]
        shapes.append(Shape(depth + 0.045, tube(crease, 0.14 * scale), line, line))
        # From the ball of the thumb (so the palm's bulge there is covered, not a point: blind review 9), its end
        # on the front of the curled fingers, not past them (a thumb tip out in front read as a claw).
        base, bend_at, end = _at(frame, 2.0, -1.6), _at(frame, 4.6, -3.6), _at(frame, 6.6, -4.6)
        thumb = capsule_outline(base, bend_at, 1.5 * scale, 1.25 * scale, 14)
        shapes.append(Shape(depth + 0.05, thumb, fill, line, part="thumb"))
        thumb = capsule_outline(bend_at, end, 1.25 * scale, 1.0 * scale, 14)
        shapes.append(Shape(depth + 0.06, thumb, fill, line, part="thumb"))
        return shapes
    thumb = capsule_outline(_at(frame, 2.0, -1.5), _at(frame, 7.0, -1.0), 1.3 * scale, 0.9 * scale, 14)
    shapes.append(Shape(depth + 0.005, thumb, fill, line, part="thumb"))
    return shapes


HANDLE_BELOW = 10.0  # cm of the hammer's handle below the fist (at 4 it read as 'a short stub': blind review 10)


def hammer_in_hand(
    projector: Projector, skeleton: Skeleton, side: str, grip: Vec, lean: float, reach: float, colour: RGB
) -> list[Shape]:
    """A hammer held at ``grip``: the handle square to the forearm, turned ``lean`` degrees about it towards the
    body's middle (palm down, +) or away from it (palm up, -), the head ``reach`` cm up across the forearm's line."""
    axis = unit(sub(skeleton[f"wrist_{side}"], skeleton[f"elbow_{side}"]))
    upright = unit(sub((0.0, 1.0, 0.0), scale(axis, axis[1])))  # straight up, square to the forearm
    inward = cross(upright, axis)  # towards the body's middle, for the right hand (forearm forward: -z)
    if side == "l":
        inward = scale(inward, -1.0)
    angle = math.radians(lean)
    handle = add(scale(upright, math.cos(angle)), scale(inward, math.sin(angle)))
    project = projector.point
    dark = mix(colour, (0, 0, 0), 0.3)
    bottom, top = add(grip, scale(handle, -HANDLE_BELOW)), add(grip, scale(handle, reach))
    stick = capsule_outline(project(bottom), project(top), 1.1, 1.1, 16)
    # The handle is held in the fist, so its middle is drawn behind the hand and its ends show either side.
    shapes = [Shape(projector.depth(grip) - 1.5, stick, colour, dark, part="hammer")]
    face, claw = add(top, scale(axis, 5.0)), add(top, scale(axis, -6.0))
    head = capsule_outline(project(face), project(claw), 1.9, 1.3, 16)
    shapes.append(Shape(projector.depth(top) + 0.5, head, colour, dark, part="hammer"))
    return shapes


# The hand and hammer seen from straight above, framed in a round inset: the forearm coming down the picture from
# the elbow to the hand, the body's middle on the right (as in the main picture, seen from in front).  Sizes in
# screen cm before ``INSET_ZOOM``.
INSET_ZOOM = 1.45
INSET_RADIUS = 15.0


def hammer_from_above(
    centre: Point, lean: float, reach: float, palette: Palette, colour: RGB, side: str = "r"
) -> list[Shape]:
    """The ``side`` hand holding a hammer turned ``lean`` degrees as in ``hammer_in_hand``, seen from above in a
    round inset at ``centre``: palm down, the back of the hand with its knuckles and the hammer's head tipped in
    (to the right, for the right hand); palm up, the lighter palm with its crease, the fingers curled over the
    handle with their nails showing and the head tipped out (blind review 10 could not see the palm either way)."""
    cx, cy = centre
    zoom = INSET_ZOOM
    mirror = 1.0 if side == "r" else -1.0
    palm_down = lean > 0.0
    fill, line = palette.near_fill, palette.near_line
    light = mix(fill, WHITE, PALM_LIGHTER)
    dark = mix(colour, (0, 0, 0), 0.3)

    def at(x: float, y: float) -> Point:
        return (cx + mirror * x * zoom, cy + y * zoom)

    shapes = [
        Shape(
            INSET_DEPTH,
            ellipse_outline(centre, (INSET_RADIUS * zoom, 0.0), (0.0, INSET_RADIUS * zoom), 64),
            WHITE,
            palette.floor,
            layer=2,
        )
    ]

    def add_shape(order: float, points: list[Point], shape_fill: RGB, shape_line: RGB | None, part: str = "") -> None:
        shapes.append(Shape(INSET_DEPTH + order, points, shape_fill, shape_line, layer=2, part=part))

    # The forearm from the edge of the frame down to the wrist, the hand below it.
    edge = math.sqrt(INSET_RADIUS**2 - 3.4**2) - 0.2
    add_shape(0.1, [at(-3.4, edge), at(3.4, edge), at(3.2, 2.0), at(-3.2, 2.0)], fill, line)
    # The handle across the fist: its top (and head) out to the thumb's side, tipped in (right) palm down and out
    # (left) palm up, its end the other way.
    way = math.sin(math.radians(lean))
    handle_y = -3.0
    top, bottom = at(way * reach * 0.85, handle_y), at(-way * 8.0, handle_y)
    handle = capsule_outline(bottom, top, 1.1 * zoom, 1.1 * zoom, 16)
    head_x = way * reach * 0.85
    head = capsule_outline(at(head_x, handle_y + 4.5), at(head_x, handle_y - 5.0), 1.9 * zoom, 1.4 * zoom, 16)
    palm = capsule_outline(at(0.0, 1.5), at(0.0, -3.5), 4.4 * zoom, 4.4 * zoom, 24)
    thumb_x = 3.6 if palm_down else -3.6  # the thumb on the body's side palm down, the outer side palm up
    thumb = capsule_outline(at(thumb_x, 1.5), at(thumb_x * 1.15, handle_y - 0.3), 1.5 * zoom, 1.2 * zoom, 12)
    if palm_down:
        # The handle under the hand; the back of the hand over it, the knuckles along its far end.
        add_shape(0.2, handle, colour, dark, "hammer")
        add_shape(0.3, palm, fill, line)
        for x in (-2.7, -0.9, 0.9, 2.7):
            add_shape(0.4, capsule_outline(at(x, -4.6), at(x, -6.2), 1.0 * zoom, 1.0 * zoom, 10), fill, line)
        add_shape(0.5, thumb, fill, line)
    else:
        # The palm under the handle, the fingers curled over it, their nails at their ends towards the wrist.
        add_shape(0.2, palm, light, line)
        crease = [at(-3.2, 0.5), at(-0.5, 2.0), at(2.5, 1.4)]
        for start, end in itertools.pairwise(crease):
            add_shape(0.25, capsule_outline(start, end, 0.3 * zoom, 0.3 * zoom, 8), line, line)
        add_shape(0.3, handle, colour, dark, "hammer")
        for x in (-2.7, -0.9, 0.9, 2.7):
            add_shape(0.4, capsule_outline(at(x, -6.2), at(x, -1.6), 0.9 * zoom, 0.9 * zoom, 10), fill, line)
            nail = capsule_outline(at(x, -2.9), at(x, -1.8), 0.55 * zoom, 0.55 * zoom, 8)
            add_shape(0.45, nail, mix(fill, WHITE, NAIL_LIGHTER), None)
        add_shape(0.5, thumb, fill, line)
    add_shape(0.6, head, colour, dark, "hammer")
    return shapes


HELD_CLOSE_UP = (PropKind.GRIP_BALL, PropKind.HAMMER, PropKind.HAND_SHAPE)


def held_close_up(
    prop: Prop, projector: Projector, palette: Palette, skeleton: Skeleton, accent: RGB, ball: RGB
) -> list[Shape]:
    """The hand of a ``HELD_CLOSE_UP`` prop (see ``PropKind``) drawn close up over the figure's own hand: round a
    soft ball (in ``ball``), holding a hammer, or in one of the tendon glides' shapes."""
    side = prop.at.body[-1]
    wrist, hand = skeleton[f"wrist_{side}"], skeleton[f"hand_{side}"]
    point = projector.point(wrist)
    fill, line = palette.near_fill, palette.near_line
    if prop.kind == PropKind.HAMMER:
        lean, reach, above = prop.size if prop.size is not None else (0.0, 12.0, 0.0)
        grip = add(skeleton[prop.at.body], prop.at.offset)
        if above:
            # ``size[2]`` 1: not the hammer in the hand but the inset of it seen from above, round ``at``.
            return hammer_from_above(projector.point(grip), lean, reach, palette, accent, side)
        return hammer_in_hand(projector, skeleton, side, grip, lean, reach, accent)
    if prop.kind == PropKind.GRIP_BALL:
        # The hand level (the wrist a little bent back, as in a strong grip) and larger than life.
        frame = frame_at(point, (point[0] + 1.0, point[1]), HELD_SCALE)
        squeeze = prop.size[0] if prop.size is not None else 0.0
        dark = mix(accent, (0, 0, 0), 0.3)
        return squeeze_hand(frame, projector.depth(wrist) + 3.0, fill, line, ball, dark, squeeze)
    # The palm faces forward: the fingers bend to the right of the way they point (the frame's -v).
    frame = frame_at(point, projector.point(hand), HELD_SCALE)
    bends = prop.size or (0.0, 0.0, 0.0)
    return tendon_hand(frame, projector.depth(hand) + 3.0, fill, line, bends, palette.far_fill)
