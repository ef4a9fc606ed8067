"""The checks every drawing must pass before a client takes it home.

Each drawing states its intent (the contacts of each position, the view, the moving part), and these checks
hold the drawing to it and to the body: contacts within a small tolerance, parts attached, joints within a
human range (the toes pointing where the knee points, no standing on tiptoe unless declared), nothing
through the floor, the equipment or the body, a clear change of the moving part, a view that shows the
movement, a band with its anchor.  ``generate --check`` and the tests fail on any breach.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from .body import NECK, Skeleton, nod_give
from .describe import CONTACT_PARTS, SURFACES, Contact, Drawing, Position, PropKind
from .equipment import KETTLEBELL_RADIUS, Block, furniture, kettlebell_centre
from .geometry import Vec, add, column, dot, length, scale, sub, unit
from .joints import joint_breaches
from .measure import (
    HEAD_RADIUS,
    Ball,
    floor_level,
    outline_change,
    part_masks,
    segment_balls,
    trunk_distance,
    trunk_surface,
)
from .render import Painter

KINDS = ("contact", "attached", "joint", "floor", "equipment", "body", "movement", "view", "band", "hold")
CONTACT_TOLERANCE = 2.5  # cm between a part and what it rests on
THROUGH_TOLERANCE = 2.0  # cm a part may sink into a surface (soft tissue, a cushion)
DOWEL_RADIUS = 1.4  # as the props draw a dowel, rail or stick
SMALLEST_CHANGE = 0.2  # the moving part's outline must change by a fifth of its area
SURFACE_OF_BODY = (
    "belly",
    "chest",
    "hip_front",
    "hip_r",
    "hip_l",
    "sacrum",
    "upper_back",
    "behind_neck",
    "behind_waist",
)


@dataclass(frozen=True)
class Breach:
    """One thing wrong with a drawing: which kind of check, which panel (-1: the drawing), and what."""

    kind: str
    panel: int
    detail: str

    def __str__(self) -> str:
        where = f"panel {self.panel + 1}: " if self.panel >= 0 else ""
        return f"{self.kind}: {where}{self.detail}"


@dataclass
class Posed:
    """One position built and placed as it is drawn: the body, the floor, the furniture, the weights."""

    position: Position
    skeleton: Skeleton
    floor: float
    blocks: list[Block]
    bells: list[Vec]
    dumbbells: list[Vec]
    # Rods between two points: a stair rail, a walking stick, the tubes of a walking frame.
    rods: list[tuple[Vec, Vec]] = field(default_factory=list)


def posed(drawing: Drawing) -> list[Posed]:
    painter = Painter(drawing, (0, 0, 0))
    result = []
    for position in drawing.positions:
        skeleton = painter.skeleton(position)
        blocks: list[Block] = []
        bells: list[Vec] = []
        dumbbells: list[Vec] = []
        rods: list[tuple[Vec, Vec]] = []
        for prop in position.props:
            base = painter.locate(prop.at, skeleton)
            blocks += furniture(prop, base)
            if prop.kind == PropKind.DOWEL and prop.to is not None:
                rods.append((base, painter.locate(prop.to, skeleton)))
            if prop.kind == PropKind.KETTLEBELL:
                bells.append(kettlebell_centre(base, bool(prop.at.body)))
            if prop.kind == PropKind.DUMBBELL:
                dumbbells.append(base)
        result.append(Posed(position, skeleton, floor_level(position.props), blocks, bells, dumbbells, rods))
    return result


def check(drawing: Drawing) -> list[Breach]:
    """Every breach in ``drawing``; empty when it passes."""
    breaches: list[Breach] = []
    scenes = posed(drawing)
    for index, scene in enumerate(scenes):
        for contact in scene.position.contacts:
            problem = contact_problem(scene, contact)
            if problem:
                breaches.append(Breach("contact", index, problem))
        breaches += [Breach("attached", index, text) for text in attachment_problems(drawing, scene)]
        breaches += [
            Breach("joint", index, text) for text in joint_breaches(scene.position, scene.skeleton, scene.floor)
        ]
        breaches += [Breach(kind, index, text) for kind, text in collision_problems(scene)]
        breaches += [Breach("band", index, text) for text in band_problems(scene)]
    breaches += [Breach("movement", -1, text) for text in movement_problems(drawing)]
    breaches += [Breach("view", -1, text) for text in view_problems(drawing, scenes)]
    if len(drawing.positions) == 1 and not drawing.holds.strip():
        breaches.append(Breach("hold", -1, "a one-panel drawing must say what is held"))
    return breaches


# Contacts ----------------------------------------------------------------------------------------------


def part_balls(skeleton: Skeleton, part: str) -> list[Ball]:
    """The spheres of a contact part; for a whole foot, the heel and the toes (both must touch)."""
    if part in ("seat", "back"):
        low, high = (-10.0, 2.0) if part == "seat" else (26.0, 48.0)
        return [Ball(part, point, 0.0, 0.0) for point in trunk_surface(skeleton, low, high)]
    if part == "head":
        return [Ball(part, skeleton["head"], HEAD_RADIUS, 0.0)]
    side = part[-1]
    if part.startswith(("toes_", "heel_")):
        point = "toe" if part.startswith("toes") else "heel"
        return [
            ball for ball in segment_balls(skeleton) if ball.part == f"foot_{side}" and ball.along == (point == "toe")
        ]
    if part.startswith("knee_"):
        return [Ball(part, skeleton[f"knee_{side}"], 5.6, 0.0)]
    return [ball for ball in segment_balls(skeleton) if ball.part == part.replace("foot_", "foot_")]


def surface_gap(scene: Posed, on: str, ball: Ball) -> float:
    """The gap between a sphere and a surface or body part (negative: sunk in)."""
    skeleton = scene.skeleton
    if on == "floor":
        return ball.centre[1] - ball.radius - scene.floor
    if on in ("kettlebell",):
        gaps = [math.dist(ball.centre, bell) - KETTLEBELL_RADIUS - ball.radius for bell in scene.bells]
        handles = [math.dist(ball.centre, add(bell, (0.0, 13.0, 0.0))) - 5.0 - ball.radius for bell in scene.bells]
        return min([*gaps, *handles], default=math.inf)
    if on == "dumbbell":
        # The handle is about 18 cm long between its plates; a hand on it is within reach of the middle.
        return min((math.dist(ball.centre, weight) - 9.0 - ball.radius for weight in scene.dumbbells), default=math.inf)
    if on == "dowel" and scene.rods:
        # A hand round a rail or a stick: its middle within reach of the rod's line.
        return min(_to_segment(ball.centre, a, b) - DOWEL_RADIUS - ball.radius for a, b in scene.rods)
    if on in SURFACES:
        names = {"chair": ("seat", "back", "leg", "arm"), "bench": ("top",), "worktop": ("top", "cupboard")}.get(
            on, (on,)
        )
        blocks = [block for block in scene.blocks if block.name in names]
        return min((block.distance(ball.centre) - ball.radius for block in blocks), default=math.inf)
    if on in SURFACE_OF_BODY:
        # On the trunk's surface, near the named point.
        near = math.dist(ball.centre, skeleton[on]) - 14.0
        return max(trunk_distance(skeleton, ball.centre), near) - ball.radius
    if on == "head":
        return math.dist(ball.centre, skeleton["head"]) - HEAD_RADIUS - 2.0 - ball.radius
    limb = on.startswith(("thigh", "shank", "upper_arm", "forearm"))
    others = part_balls(skeleton, on) if on in CONTACT_PARTS or limb else []
    if not others:
        others = [Ball(on, skeleton[on], 0.0, 0.0)]
    return min(math.dist(ball.centre, other.centre) - other.radius - ball.radius for other in others)


def _to_segment(point: Vec, a: Vec, b: Vec) -> float:
    """How far ``point`` is from the line segment from ``a`` to ``b``."""
    along = sub(b, a)
    size = dot(along, along)
    t = 0.0 if size < 1e-9 else max(0.0, min(1.0, dot(sub(point, a), along) / size))
    return math.dist(point, add(a, scale(along, t)))


def contact_problem(scene: Posed, contact: Contact) -> str:
    balls = part_balls(scene.skeleton, contact.part)
    if not balls:
        return f"{contact.part} is not a part a contact can name"
    gaps = [surface_gap(scene, contact.on, ball) for ball in balls]
    # A whole foot rests flat: heel and toes both.  Any other part rests where it is nearest.
    gap = max(gaps) if contact.part.startswith("foot_") else min(gaps)
    if contact.where == "front third":
        # Where the part rests (its lowest point on the seat) must be in the front third of the seat.
        resting = balls[gaps.index(min(gaps))].centre
        seats = [block for block in scene.blocks if block.name == "seat"]
        if not seats:
            return f"{contact.part} should rest on the front third of a chair, but there is no chair"
        seat = min(seats, key=lambda block: block.distance(resting))
        forward = dot(sub(resting, seat.centre), column(seat.frame, 0))
        if forward < seat.size[0] / 6:
            behind = seat.size[0] / 2 - forward
            return f"{contact.part} rests {behind:.0f} cm behind the seat's front, not on its front third"
    if gap > CONTACT_TOLERANCE:
        where = f" ({contact.where})" if contact.where else ""
        return f"{contact.part} should rest on {contact.on}{where} but is {gap:.1f} cm away"
    return ""


# Attachment --------------------------------------------------------------------------------------------


def attachment_problems(drawing: Drawing, scene: Posed) -> list[str]:
    """Head on the neck on the trunk, each shoulder on the trunk's outline, each hip in the pelvis, as drawn."""
    skeleton = scene.skeleton
    problems = []
    painter = Painter(drawing, (0, 0, 0))
    pieces = painter.trunk(skeleton)
    project = painter.projector.point
    for name in ("neck_base", "shoulder_r", "shoulder_l", "hip_r", "hip_l"):
        point = project(skeleton[name])
        if not any(_inside(piece, point, 1.0) for piece in pieces):
            problems.append(f"{name.replace('_', ' ')} is drawn off the trunk")
        if trunk_distance(skeleton, skeleton[name]) > 1.0:
            problems.append(f"{name.replace('_', ' ')} is outside the trunk")
    # A nodding head carries the top of the neck a little way with it (body.nod_give), and no further.
    if abs(math.dist(skeleton["neck_base"], skeleton["head_base"]) - NECK) > 0.5 + nod_give(scene.position.figure.nod):
        problems.append("the head is not on the neck")
    return problems


def _inside(polygon: list[tuple[float, float]], point: tuple[float, float], margin: float) -> bool:
    """Whether a point is inside a convex counter-clockwise polygon, or within ``margin`` of it."""
    count = len(polygon)
    for index in range(count):
        a, b = polygon[index], polygon[(index + 1) % count]
        edge = math.hypot(b[0] - a[0], b[1] - a[1]) or 1.0
        side = ((b[0] - a[0]) * (point[1] - a[1]) - (b[1] - a[1]) * (point[0] - a[0])) / edge
        if side < -margin:
            return False
    return True


# Collisions --------------------------------------------------------------------------------------------

ADJACENT = {
    ("upper_arm", "forearm"),
    ("forearm", "hand"),
    ("thigh", "shank"),
    ("shank", "foot"),
}


def collision_problems(scene: Posed) -> list[tuple[str, str]]:
    skeleton = scene.skeleton
    balls = segment_balls(skeleton)
    found: dict[tuple[str, str], float] = {}

    def note(kind: str, what: str, depth: float) -> None:
        if depth > found.get((kind, what), 0.0):
            found[(kind, what)] = depth

    for ball in balls:
        under = scene.floor - (ball.centre[1] - ball.radius)
        if under > THROUGH_TOLERANCE:
            note("floor", ball.part, under)
        for block in scene.blocks:
            sunk = ball.radius - block.distance(ball.centre)
            if sunk > THROUGH_TOLERANCE + 0.5:
                note("equipment", f"{ball.part} through the {block.name or 'prop'}", sunk)
        if not ball.part.startswith("hand"):
            for bell in scene.bells:
                sunk = KETTLEBELL_RADIUS + ball.radius - math.dist(ball.centre, bell)
                if sunk > THROUGH_TOLERANCE + 1.0:
                    note("equipment", f"{ball.part} through the kettlebell", sunk)
        # A limb's axis deep inside the trunk or the head passes through the body.  The upper arm and thigh
        # start inside the trunk, at the shoulder and hip.
        starts_inside = ball.part.startswith(("upper_arm", "thigh")) and ball.along < 0.45
        if not starts_inside:
            inside = -trunk_distance(skeleton, ball.centre)
            if inside > ball.radius * 0.5 + THROUGH_TOLERANCE:
                note("body", f"{ball.part} through the trunk", inside)
        inside_head = HEAD_RADIUS - math.dist(ball.centre, skeleton["head"])
        if inside_head > THROUGH_TOLERANCE + ball.radius * 0.5:
            note("body", f"{ball.part} through the head", inside_head)
    for point in trunk_surface(skeleton):
        under = scene.floor - point[1]
        if under > THROUGH_TOLERANCE:
            note("floor", "trunk", under)
        for block in scene.blocks:
            sunk = -block.distance(point)
            if sunk > THROUGH_TOLERANCE + 1.0:
                note("equipment", f"trunk through the {block.name or 'prop'}", sunk)
    head_low = skeleton["head"][1] - HEAD_RADIUS - scene.floor
    if head_low < -THROUGH_TOLERANCE:
        note("floor", "head", -head_low)
    # Limbs through each other: the axes of two parts closer than half their thicknesses.
    for i, a in enumerate(balls):
        for b in balls[i + 1 :]:
            if a.part == b.part or _adjacent(a.part, b.part) or "hand" in a.part or "hand" in b.part:
                continue
            if (
                a.part[-1] == b.part[-1]
                and a.part.split("_")[0] in ("upper", "forearm")
                and b.part.split("_")[0] in ("upper", "forearm")
            ):
                continue
            if math.dist(a.centre, b.centre) < 0.5 * (a.radius + b.radius):
                note("body", f"{a.part} through {b.part}", 0.5 * (a.radius + b.radius) - math.dist(a.centre, b.centre))
    return [(kind, f"{what} ({depth:.1f} cm)") for (kind, what), depth in sorted(found.items())]


def _adjacent(a: str, b: str) -> bool:
    if a[-1] != b[-1]:
        return False
    kind_a, kind_b = a.rsplit("_", 1)[0], b.rsplit("_", 1)[0]
    return (kind_a, kind_b) in ADJACENT or (kind_b, kind_a) in ADJACENT


# Bands -------------------------------------------------------------------------------------------------


def band_problems(scene: Posed) -> list[str]:
    """A band fixed to a point (not looped round the legs) must show what it is tied to there: an anchor (a door or
    a post), or a piece of furniture (a table leg)."""
    anchors = [prop.at.offset for prop in scene.position.props if prop.kind == PropKind.ANCHOR]

    def tied(point: Vec) -> bool:
        return any(math.dist(point, a) < 5.0 for a in anchors) or any(b.distance(point) < 5.0 for b in scene.blocks)

    problems = []
    for prop in scene.position.props:
        if prop.kind != PropKind.BAND:
            continue
        for end in (prop.at, prop.to):
            if end is not None and not end.body and not tied(end.offset):
                problems.append("the band's fixed end has no anchor (a door, a post or furniture)")
    return problems


# Movement and view ------------------------------------------------------------------------------------


def movement_problems(drawing: Drawing) -> list[str]:
    if len(drawing.positions) < 2:
        return []
    if not drawing.moving:
        return ["a drawing of a movement must name its moving part"]
    masks = part_masks(drawing, drawing.moving)
    change = outline_change(masks[0], masks[-1])
    if change < SMALLEST_CHANGE:
        names = ", ".join(drawing.moving)
        return [f"the moving part ({names}) changes {change:.0%} between start and finish (at least 20%)"]
    return []


MOVING_POINTS = {
    "arm_r": ("elbow_r", "hand_r"),
    "arm_l": ("elbow_l", "hand_l"),
    "leg_r": ("knee_r", "ankle_r"),
    "leg_l": ("knee_l", "ankle_l"),
    "head": ("head",),
    "trunk": ("root", "waist", "neck_base"),
    "chest": ("neck_base", "chest"),
    "belly": ("belly",),
    "pelvis": ("root", "sacrum"),
}


def view_problems(drawing: Drawing, scenes: list[Posed]) -> list[str]:
    problems = []
    camera = drawing.camera
    upright = any(
        unit(sub(scene.skeleton["neck_base"], scene.skeleton["root"]))[1] > 0.7 and scene.skeleton["root"][1] > 60
        for scene in scenes
    )
    if upright and camera.down > 40:
        problems.append(f"a standing person seen from above ({camera.down:.0f} degrees down)")
    if len(scenes) >= 2 and drawing.moving:
        painter = Painter(drawing, (0, 0, 0))
        moved: Vec = (0.0, 0.0, 0.0)
        names = [point for part in drawing.moving for point in MOVING_POINTS.get(part, _part_points(part))]
        for name in names:
            moved = add(moved, sub(scenes[-1].skeleton[name], scenes[0].skeleton[name]))
        moved = scale(moved, 1 / max(len(names), 1))
        if length(moved) > 8.0:
            seen = painter.projector.direction(moved)
            shown = math.hypot(seen[0], seen[1]) / length(moved)
            if shown < 0.5:
                problems.append(f"the movement goes mostly towards the viewer (only {shown:.0%} of it shows)")
    return problems


def _part_points(part: str) -> tuple[str, ...]:
    side = part[-1]
    table = {"upper_arm": ("elbow",), "forearm": ("wrist",), "hand": ("hand",), "thigh": ("knee",), "shank": ("ankle",)}
    for prefix, points in table.items():
        if part.startswith(prefix):
            return tuple(f"{point}_{side}" for point in points)
    return ("root",)


__all__ = ["KINDS", "Breach", "check"]
