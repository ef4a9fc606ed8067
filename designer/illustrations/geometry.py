"""Small 3D and 2D vector helpers for the exercise drawings (plain tuples, no numpy).

World coordinates are centimetres: x forward along the floor, y up, z towards the viewer of a
side view.  Rotation matrices are tuples of rows; angles are in degrees.
"""

from __future__ import annotations

import math

Vec = tuple[float, float, float]
Mat = tuple[Vec, Vec, Vec]
Point = tuple[float, float]

IDENTITY: Mat = ((1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0))


def add(a: Vec, b: Vec) -> Vec:
    return (a[0] + b[0], a[1] + b[1], a[2] + b[2])


def sub(a: Vec, b: Vec) -> Vec:
    return (a[0] - b[0], a[1] - b[1], a[2] - b[2])


def scale(a: Vec, k: float) -> Vec:
    return (a[0] * k, a[1] * k, a[2] * k)


def dot(a: Vec, b: Vec) -> float:
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


def cross(a: Vec, b: Vec) -> Vec:
    return (a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])


def length(a: Vec) -> float:
    return math.sqrt(dot(a, a))


def unit(a: Vec) -> Vec:
    size = length(a)
    if size < 1e-9:
        return (0.0, 0.0, 0.0)
    return scale(a, 1.0 / size)


def lerp(a: Vec, b: Vec, t: float) -> Vec:
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t)


def rot_x(degrees: float) -> Mat:
    c, s = math.cos(math.radians(degrees)), math.sin(math.radians(degrees))
    return ((1.0, 0.0, 0.0), (0.0, c, -s), (0.0, s, c))


def rot_y(degrees: float) -> Mat:
    c, s = math.cos(math.radians(degrees)), math.sin(math.radians(degrees))
    return ((c, 0.0, s), (0.0, 1.0, 0.0), (-s, 0.0, c))


def rot_z(degrees: float) -> Mat:
    c, s = math.cos(math.radians(degrees)), math.sin(math.radians(degrees))
    return ((c, -s, 0.0), (s, c, 0.0), (0.0, 0.0, 1.0))


def matmul(a: Mat, b: Mat) -> Mat:
    rows = []
    for i in range(3):
        rows.append(tuple(sum(a[i][k] * b[k][j] for k in range(3)) for j in range(3)))
    return (rows[0], rows[1], rows[2])  # type: ignore[return-value]


def chain(*matrices: Mat) -> Mat:
    result = IDENTITY
    for matrix in matrices:
        result = matmul(result, matrix)
    return result


def apply(m: Mat, v: Vec) -> Vec:
    return (dot(m[0], v), dot(m[1], v), dot(m[2], v))


def transpose(m: Mat) -> Mat:
    return ((m[0][0], m[1][0], m[2][0]), (m[0][1], m[1][1], m[2][1]), (m[0][2], m[1][2], m[2][2]))


def column(m: Mat, index: int) -> Vec:
    return (m[0][index], m[1][index], m[2][index])


def from_columns(x: Vec, y: Vec, z: Vec) -> Mat:
    return ((x[0], y[0], z[0]), (x[1], y[1], z[1]), (x[2], y[2], z[2]))


def blend_frames(a: Mat, b: Mat, t: float) -> Mat:
    """A frame part-way between two rotations (good enough for the small turns along a spine)."""
    y = unit(lerp(column(a, 1), column(b, 1), t))
    x = unit(lerp(column(a, 0), column(b, 0), t))
    z = unit(cross(x, y))
    x = unit(cross(y, z))
    return from_columns(x, y, z)


def plane_angle(dx: float, dy: float) -> float:
    """The direction of a 2D vector in degrees (0 = +x, counter-clockwise)."""
    return math.degrees(math.atan2(dy, dx))


def circle_points(centre: Point, radius: float, start: float, end: float, steps: int) -> list[Point]:
    """Points along an arc from ``start`` to ``end`` degrees (counter-clockwise when end > start)."""
    points = []
    for index in range(steps + 1):
        angle = math.radians(start + (end - start) * index / steps)
        points.append((centre[0] + radius * math.cos(angle), centre[1] + radius * math.sin(angle)))
    return points


def capsule_outline(a: Point, b: Point, radius_a: float, radius_b: float, steps: int = 20) -> list[Point]:
    """The outline of a tapered capsule: two circles joined by their outer tangents."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    distance = math.hypot(dx, dy)
    if distance <= abs(radius_a - radius_b) + 1e-6:
        centre, radius = (a, radius_a) if radius_a >= radius_b else (b, radius_b)
        return circle_points(centre, radius, 0, 360, steps * 2)[:-1]
    base = plane_angle(dx, dy)
    spread = math.degrees(math.acos(max(-1.0, min(1.0, (radius_a - radius_b) / distance))))
    points = circle_points(b, radius_b, base - spread, base + spread, steps)
    points += circle_points(a, radius_a, base + spread, base + 360 - spread, steps)
    return points


def ellipse_outline(centre: Point, axis_a: Point, axis_b: Point, steps: int = 48) -> list[Point]:
    """An ellipse given its centre and two conjugate half-axes (vectors), as a polygon."""
    points = []
    for index in range(steps):
        angle = 2 * math.pi * index / steps
        c, s = math.cos(angle), math.sin(angle)
        points.append((centre[0] + axis_a[0] * c + axis_b[0] * s, centre[1] + axis_a[1] * c + axis_b[1] * s))
    return points


def convex_hull(points: list[Point]) -> list[Point]:
    """The convex hull of 2D points, counter-clockwise (Andrew's monotone chain)."""
    ordered = sorted(set(points))
    if len(ordered) <= 2:
        return ordered

    def turn(o: Point, a: Point, b: Point) -> float:
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: list[Point] = []
    for point in ordered:
        while len(lower) >= 2 and turn(lower[-2], lower[-1], point) <= 0:
            lower.pop()
        lower.append(point)
    upper: list[Point] = []
    for point in reversed(ordered):
        while len(upper) >= 2 and turn(upper[-2], upper[-1], point) <= 0:
            upper.pop()
        upper.append(point)
    return lower[:-1] + upper[:-1]


def clip_half_plane(polygon: list[Point], normal: Point, offset: float) -> list[Point]:
    """The part of a polygon where ``dot(point, normal) >= offset`` (Sutherland-Hodgman, one edge)."""
    result: list[Point] = []
    count = len(polygon)
    for index in range(count):
        current, following = polygon[index], polygon[(index + 1) % count]
        inside_now = current[0] * normal[0] + current[1] * normal[1] - offset
        inside_next = following[0] * normal[0] + following[1] * normal[1] - offset
        if inside_now >= 0:
            result.append(current)
        if (inside_now >= 0) != (inside_next >= 0):
            t = inside_now / (inside_now - inside_next)
            result.append((current[0] + (following[0] - current[0]) * t, current[1] + (following[1] - current[1]) * t))
    return result


def symmetric_axes(a: float, b: float, c: float) -> tuple[Point, Point]:
    """The half-axes (as vectors) of the ellipse with shape matrix [[a, b], [b, c]]."""
    half_trace, spread = (a + c) / 2, math.sqrt(((a - c) / 2) ** 2 + b * b)
    big, small = half_trace + spread, max(half_trace - spread, 0.0)
    direction = (b, big - a) if abs(b) > 1e-12 else (1.0, 0.0) if a >= c else (0.0, 1.0)
    size = math.hypot(*direction)
    ux, uy = direction[0] / size, direction[1] / size
    major = (ux * math.sqrt(big), uy * math.sqrt(big))
    minor = (-uy * math.sqrt(small), ux * math.sqrt(small))
    return major, minor


def clip_convex(subject: list[Point], clip: list[Point]) -> list[Point]:
    """The part of ``subject`` inside the convex polygon ``clip`` (counter-clockwise)."""
    result = subject
    count = len(clip)
    for index in range(count):
        a, b = clip[index], clip[(index + 1) % count]
        # Inside is to the left of each counter-clockwise edge.
        normal = (-(b[1] - a[1]), b[0] - a[0])
        result = clip_half_plane(result, normal, normal[0] * a[0] + normal[1] * a[1])
        if not result:
            break
    return result
