"""The figure's body: human proportions, and forward kinematics from joint angles to body points.

Proportions follow the usual anthropometric fractions of standing height (Drillis and Contini) for a
figure about 168 cm tall, so every drawing in the set shares one believable body.  Limbs given by a
``reach`` point are solved with a two-bone chain (the elbow or knee bends towards ``toward``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from .describe import At, Bend, Figure, Limb
from .geometry import (
    Mat,
    Vec,
    add,
    apply,
    chain,
    column,
    cross,
    dot,
    from_columns,
    length,
    rot_x,
    rot_y,
    rot_z,
    scale,
    sub,
    unit,
)

# Segment lengths (cm).
ANKLE_HEIGHT = 7.0
SHANK = 40.0
THIGH = 40.0
HIP_HALF_WIDTH = 9.0
LUMBAR = 22.0
THORAX = 31.0
SHOULDER_DROP = 5.0  # shoulder joints sit this far below the base of the neck, inside the trunk's outline
SHOULDER_HALF_WIDTH = 16.0
NECK = 7.0
UPPER_ARM = 30.0
FOREARM = 25.0
HAND = 12.0
HEAD_UP = 10.0  # head centre above the top of the neck
HEAD_FORWARD = 1.5
HEAD_AXES = (10.0, 11.5, 8.5)  # half-depth (front-back), half-height, half-width
NOD_PIVOT = (HEAD_FORWARD - 2.0, HEAD_UP - 3.0, 0.0)  # where the head rocks, from the top of the neck: by the ears


def nod_give(nod: float) -> float:
    """How far (cm) a head nodding ``nod`` degrees carries the top of the neck with it, rocking about NOD_PIVOT."""
    return 2.0 * math.hypot(*NOD_PIVOT) * math.sin(math.radians(abs(nod)) / 2)


def face_up(head: Mat) -> float:
    """How far a head's face looks up at the ceiling: 0 for a head held anywhere near upright (tipped back up to
    30 degrees), 1 for a head lying flat on its back."""
    return min(1.0, max(0.0, (column(head, 0)[1] - 0.5) / 0.5))


HEEL = (-4.5, -4.0)  # heel and toe in the foot's frame, from the ankle
TOE = (17.0, -4.6)

# Radii used to draw each part (cm): start and end of a segment.
RADII: dict[str, tuple[float, float]] = {
    "thigh": (8.0, 5.7),
    "shank": (5.6, 3.6),
    "foot": (3.2, 2.5),
    "upper_arm": (4.9, 3.9),
    "forearm": (3.9, 3.0),
    "hand": (3.2, 2.8),
    "neck": (4.8, 4.6),
}

# The trunk's cross-sections from the bottom of the buttocks to the base of the neck:
# (distance along the spine from the hip joints, half-width, half-depth, forward shift of the centre).
TRUNK_PROFILE: tuple[tuple[float, float, float, float], ...] = (
    (-10.0, 12.0, 8.0, -2.0),
    (-5.0, 15.5, 11.0, -2.0),
    (1.0, 16.5, 11.0, -1.0),
    (16.0, 14.0, 10.0, 0.0),
    (32.0, 16.5, 12.0, 1.0),
    (43.0, 18.5, 10.0, 0.0),
    (49.0, 17.0, 8.0, -1.0),
    (53.0, 6.5, 5.0, -1.0),
)


class PoseError(ValueError):
    """A description asks for something the body cannot do (a hand out of reach)."""


@dataclass
class Skeleton:
    """Named body points (world cm) and the frames needed to draw the trunk and head."""

    points: dict[str, Vec] = field(default_factory=dict)
    pelvis: Mat = ((1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0))
    lumbar: Mat = ((1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0))
    thorax: Mat = ((1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0))
    head: Mat = ((1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0))
    belly: float = 0.0
    # Which way each knee faces ("r", "l"): the checks compare it with where the toes point.
    knee_front: dict[str, Vec] = field(default_factory=dict)

    def __getitem__(self, name: str) -> Vec:
        try:
            return self.points[name]
        except KeyError:
            known = ", ".join(sorted(self.points))
            raise PoseError(f'there is no body point "{name}" (known: {known})') from None

    def shift(self, offset: Vec) -> None:
        self.points = {name: add(point, offset) for name, point in self.points.items()}


def spine_rotation(bend: Bend) -> Mat:
    # Forward flexion tips the segment's up axis towards +x; side bend towards +z (the right side).
    return chain(rot_z(-bend.flex), rot_x(bend.side), rot_y(bend.twist))


def limb_rotation(limb: Limb, right: bool) -> Mat:
    side = -1.0 if right else 1.0  # abduction moves a right limb towards +z
    return chain(rot_z(limb.flex), rot_x(side * limb.out), rot_y(side * limb.turn))


def _perpendicular(direction: Vec, hint: Vec, fallback: Vec) -> Vec:
    candidate = sub(hint, scale(direction, dot(hint, direction)))
    if length(candidate) < 1e-6:
        candidate = sub(fallback, scale(direction, dot(fallback, direction)))
    return unit(candidate)


def _two_bone(base: Vec, target: Vec, first: float, second: float, pole: Vec, name: str) -> tuple[Vec, Vec]:
    """The middle joint and end of a two-bone chain reaching from ``base`` to ``target``."""
    reach = sub(target, base)
    distance = length(reach)
    longest = first + second
    if distance > longest + 1.5:
        raise PoseError(f"{name} cannot reach that far: {distance:.1f} cm asked, {longest:.1f} cm long")
    distance = min(max(distance, abs(first - second) + 0.5), longest - 0.01)
    direction = unit(reach)
    bend_towards = _perpendicular(direction, pole, (0.0, 1.0, 0.0))
    along = (first * first + distance * distance - second * second) / (2 * distance)
    across = math.sqrt(max(first * first - along * along, 0.0))
    middle = add(base, add(scale(direction, along), scale(bend_towards, across)))
    end = add(base, scale(direction, distance))
    return middle, end


def _end_frame(middle: Vec, end: Vec, front: Vec) -> Mat:
    """A frame at the wrist or ankle: y back up the limb, x towards ``front``."""
    y = unit(sub(middle, end))
    x = _perpendicular(y, front, (0.0, 1.0, 0.0))
    return from_columns(x, y, cross(x, y))


def _level(direction: Vec, fallback: Vec) -> Vec:
    flat = (direction[0], 0.0, direction[2])
    if length(flat) < 1e-6:
        flat = (fallback[0], 0.0, fallback[2])
    return unit(flat)


def _target(skeleton: Skeleton, reach: Vec | At) -> Vec:
    if isinstance(reach, At):
        return add(skeleton[reach.body], reach.offset) if reach.body else reach.offset
    return reach


def _arm(skeleton: Skeleton, limb: Limb, right: bool) -> None:
    tag = "r" if right else "l"
    shoulder = skeleton[f"shoulder_{tag}"]
    if limb.reach is not None:
        pole = limb.toward or add(scale(column(skeleton.thorax, 0), -1.0), scale(column(skeleton.thorax, 1), -0.6))
        target = _target(skeleton, limb.reach)
        elbow, wrist = _two_bone(shoulder, target, UPPER_ARM, FOREARM, pole, f"the {'right' if right else 'left'} arm")
        frame = _end_frame(elbow, wrist, scale(pole, -1.0))
    else:
        upper = chain(skeleton.thorax, limb_rotation(limb, right))
        elbow = add(shoulder, apply(upper, (0.0, -UPPER_ARM, 0.0)))
        frame = chain(upper, rot_z(limb.bend))
        wrist = add(elbow, apply(frame, (0.0, -FOREARM, 0.0)))
    if limb.flat:
        heading = _level(scale(column(frame, 1), -1.0), column(skeleton.thorax, 1))
        hand_end = add(wrist, add(scale(heading, HAND), (0.0, -1.0, 0.0)))
    else:
        hand = chain(frame, rot_z(limb.tip))
        hand_end = add(wrist, apply(hand, (0.0, -HAND, 0.0)))
    skeleton.points[f"elbow_{tag}"] = elbow
    skeleton.points[f"wrist_{tag}"] = wrist
    skeleton.points[f"hand_{tag}"] = hand_end
    skeleton.points[f"grip_{tag}"] = add(wrist, scale(sub(hand_end, wrist), 0.45))


def _leg(skeleton: Skeleton, limb: Limb, right: bool) -> None:
    tag = "r" if right else "l"
    hip = skeleton[f"hip_{tag}"]
    if limb.reach is not None:
        # A straight leg (no bend to point anywhere) faces the way the pelvis does.
        pole = limb.toward if limb.toward and length(limb.toward) > 1e-3 else column(skeleton.pelvis, 0)
        knee, ankle = _two_bone(
            hip, _target(skeleton, limb.reach), THIGH, SHANK, pole, f"the {'right' if right else 'left'} leg"
        )
        frame = _end_frame(knee, ankle, pole)
        skeleton.knee_front[tag] = _perpendicular(unit(sub(ankle, hip)), pole, column(skeleton.pelvis, 0))
    else:
        upper = chain(skeleton.pelvis, limb_rotation(limb, right))
        skeleton.knee_front[tag] = column(upper, 0)
        knee = add(hip, apply(upper, (0.0, -THIGH, 0.0)))
        frame = chain(upper, rot_z(-limb.bend))
        ankle = add(knee, apply(frame, (0.0, -SHANK, 0.0)))
    if limb.flat:
        # A flat foot points where the knee faces (seen from above); a knee pointing at the ceiling (lying on
        # the back) says little, and then the foot points the way the leg reaches.
        front = skeleton.knee_front[tag]
        if math.hypot(front[0], front[2]) > 0.3:
            forward = _level(front, column(skeleton.pelvis, 0))
        else:
            forward = _level(sub(ankle, hip), column(skeleton.pelvis, 0))
        foot = from_columns(forward, (0.0, 1.0, 0.0), cross(forward, (0.0, 1.0, 0.0)))
    elif limb.toes is not None:
        foot = _toes_resting(frame, ankle, limb.toes)
    else:
        foot = chain(frame, rot_z(-limb.tip))
    if limb.foot_turn:
        # About the foot's own up axis (the shin, or the vertical for a flat foot); outward is +z for the right
        # foot and -z for the left.
        foot = chain(foot, rot_y(-limb.foot_turn if right else limb.foot_turn))
    skeleton.points[f"knee_{tag}"] = knee
    skeleton.points[f"ankle_{tag}"] = ankle
    skeleton.points[f"heel_{tag}"] = add(ankle, apply(foot, (HEEL[0], HEEL[1], 0.0)))
    skeleton.points[f"toe_{tag}"] = add(ankle, apply(foot, (TOE[0], TOE[1], 0.0)))


def _toes_resting(shin: Mat, ankle: Vec, height: float) -> Mat:
    """The foot's frame with its toes resting on a surface at ``height`` and the heel above them."""
    wanted = height + RADII["foot"][1]
    best, best_miss = chain(shin, rot_z(0.0)), math.inf
    for step in range(-30, 181):  # every degree from toes pulled up to toes pointed hard
        foot = chain(shin, rot_z(-float(step)))
        toe = add(ankle, apply(foot, (TOE[0], TOE[1], 0.0)))
        heel = add(ankle, apply(foot, (HEEL[0], HEEL[1], 0.0)))
        miss = abs(toe[1] - wanted)
        if heel[1] >= toe[1] - 0.5 and miss < 0.4:
            return foot  # the toes tucked under with the ankle least pointed, not standing on the toe tips
        if heel[1] >= toe[1] - 0.5 and miss < best_miss:
            best, best_miss = foot, miss
    return best


def trunk_station(skeleton: Skeleton, distance: float) -> tuple[Vec, Mat]:
    """The centre and frame of the trunk ``distance`` cm up the spine from the hip joints."""
    root, neck = skeleton["root"], skeleton["neck_base"]
    if distance <= 0:
        return add(root, apply(skeleton.pelvis, (0.0, distance, 0.0))), skeleton.pelvis
    total = LUMBAR + THORAX
    t = min(distance / total, 1.0)
    # A cubic curve leaving the pelvis along the low back and reaching the neck along the upper back keeps a
    # bent spine smooth, and ends square to the shoulders, so they stay on the trunk when it bends sideways.
    lower, upper = skeleton.lumbar, skeleton.thorax
    first = add(root, scale(column(lower, 1), LUMBAR * 0.7))
    second = sub(neck, scale(column(upper, 1), THORAX * 0.6))
    weights = ((1 - t) ** 3, 3 * t * (1 - t) ** 2, 3 * t * t * (1 - t), t**3)
    centre = (0.0, 0.0, 0.0)
    for weight, point in zip(weights, (root, first, second, neck), strict=True):
        centre = add(centre, scale(point, weight))
    tangent = unit(
        add(
            add(scale(sub(first, root), 3 * (1 - t) ** 2), scale(sub(second, first), 6 * t * (1 - t))),
            scale(sub(neck, second), 3 * t * t),
        )
    )
    x = unit(add(scale(column(lower, 0), 1 - t), scale(column(upper, 0), t)))
    x = _perpendicular(tangent, x, column(upper, 0))
    return centre, from_columns(x, tangent, cross(x, tangent))


def build(figure: Figure) -> Skeleton:
    """Every body point of ``figure``, standing on the floor unless ``figure.at`` places it."""
    skeleton = Skeleton(belly=figure.belly)
    skeleton.pelvis = chain(rot_y(figure.turn), rot_z(-figure.lean), rot_x(figure.roll), rot_y(figure.spin))
    root: Vec = figure.at if figure.at is not None else (0.0, 0.0, 0.0)
    points = skeleton.points
    points["root"] = root
    skeleton.lumbar = chain(skeleton.pelvis, spine_rotation(figure.lumbar))
    waist = add(root, apply(skeleton.lumbar, (0.0, LUMBAR, 0.0)))
    skeleton.thorax = chain(skeleton.lumbar, spine_rotation(figure.chest))
    neck_base = add(waist, apply(skeleton.thorax, (0.0, THORAX, 0.0)))
    neck = chain(skeleton.thorax, spine_rotation(figure.neck))
    head_base = add(neck_base, apply(neck, (0.0, NECK, 0.0)))
    skeleton.head = chain(neck, rot_z(-figure.nod))
    if figure.nod:
        # The skull rocks on the top of the neck about a point level with the ears, so the chin comes in and the
        # back of the head stays where it is.  The top of the neck goes with the skull: the back of the neck
        # lengthens a little, as a chin nod's "feel the back of your neck lengthen" says (see nod_give).
        pivot = add(head_base, apply(neck, NOD_PIVOT))
        head_base = sub(pivot, apply(skeleton.head, NOD_PIVOT))
    points.update(
        waist=waist,
        neck_base=neck_base,
        head_base=head_base,
        head=add(head_base, apply(skeleton.head, (HEAD_FORWARD, HEAD_UP, 0.0))),
        head_top=add(head_base, apply(skeleton.head, (HEAD_FORWARD, HEAD_UP + HEAD_AXES[1], 0.0))),
        back_of_head=add(head_base, apply(skeleton.head, (HEAD_FORWARD - HEAD_AXES[0], HEAD_UP, 0.0))),
        face=add(head_base, apply(skeleton.head, (HEAD_FORWARD + HEAD_AXES[0], HEAD_UP - 2, 0.0))),
        shoulder_r=add(neck_base, apply(skeleton.thorax, (0.0, -SHOULDER_DROP, SHOULDER_HALF_WIDTH))),
        shoulder_l=add(neck_base, apply(skeleton.thorax, (0.0, -SHOULDER_DROP, -SHOULDER_HALF_WIDTH))),
        hip_r=add(root, apply(skeleton.pelvis, (0.0, 0.0, HIP_HALF_WIDTH))),
        hip_l=add(root, apply(skeleton.pelvis, (0.0, 0.0, -HIP_HALF_WIDTH))),
    )
    # Points on the trunk's surface, for props and hands: the back (where a dowel rests), chest and belly.
    for name, distance, forward in (
        ("sacrum", -3.0, -1.0),
        ("upper_back", 36.0, -1.0),
        ("belly", 14.0, 1.0),
        ("ribs", 26.0, 1.0),
        ("chest", 34.0, 1.0),
        ("hip_front", 2.0, 1.0),
    ):
        centre, frame = trunk_station(skeleton, distance)
        _, half_depth, shift = trunk_section(distance, skeleton.belly)
        points[name] = add(centre, scale(column(frame, 0), shift + forward * half_depth))
    # Points behind the neck and the low back, on the line of a dowel resting along the spine.
    points["behind_neck"] = add(neck_base, apply(skeleton.thorax, (-13.5, -2.0, 0.0)))
    points["behind_waist"] = add(waist, apply(skeleton.lumbar, (-12.5, -8.0, 0.0)))
    # Legs before arms, and within each pair a limb placed against a body point after the other one,
    # so a hand can hold a knee and an ankle can rest on the other knee.
    legs = sorted(((figure.leg_r, True), (figure.leg_l, False)), key=lambda item: isinstance(item[0].reach, At))
    for limb, right in legs:
        _leg(skeleton, limb, right)
    arms = sorted(((figure.arm_r, True), (figure.arm_l, False)), key=lambda item: isinstance(item[0].reach, At))
    for limb, right in arms:
        _arm(skeleton, limb, right)
    if figure.at is None:
        skeleton.shift((0.0, figure.lift - lowest_point(skeleton), 0.0))
    return skeleton


def trunk_section(distance: float, belly: float = 0.0) -> tuple[float, float, float]:
    """Half-width, half-depth and forward shift of the trunk at ``distance`` cm up the spine."""
    width = _smooth(distance, 1)
    depth = _smooth(distance, 2)
    shift = _smooth(distance, 3)
    if belly and 4.0 < distance < 28.0:
        swell = belly * math.sin(math.pi * (distance - 4.0) / 24.0)
        depth += swell / 2
        shift += swell / 2
    return width, depth, shift


def _smooth(distance: float, column_index: int) -> float:
    """One column of the trunk profile at ``distance``, by a cubic curve through the stations (no corners)."""
    stations = [row[0] for row in TRUNK_PROFILE]
    values = [row[column_index] for row in TRUNK_PROFILE]
    if distance <= stations[0]:
        return values[0]
    if distance >= stations[-1]:
        return values[-1]

    def slope(i: int) -> float:
        if i == 0 or i == len(stations) - 1:
            return 0.0
        before = (values[i] - values[i - 1]) / (stations[i] - stations[i - 1])
        after = (values[i + 1] - values[i]) / (stations[i + 1] - stations[i])
        return (before + after) / 2

    for i in range(len(stations) - 1):
        if stations[i] <= distance <= stations[i + 1]:
            span = stations[i + 1] - stations[i]
            t = (distance - stations[i]) / span
            h00, h10 = 2 * t**3 - 3 * t**2 + 1, t**3 - 2 * t**2 + t
            h01, h11 = -2 * t**3 + 3 * t**2, t**3 - t**2
            return h00 * values[i] + h10 * span * slope(i) + h01 * values[i + 1] + h11 * span * slope(i + 1)
    return values[-1]


def lowest_point(skeleton: Skeleton) -> float:
    """The height of the lowest surface of the body (feet, hands, knees, trunk, head)."""
    lowest = math.inf
    radius_of = {
        "heel": RADII["foot"][0],
        "toe": RADII["foot"][1],
        "knee": RADII["shank"][0],
        "elbow": RADII["forearm"][0],
        "wrist": RADII["forearm"][1],
        "hand": RADII["hand"][1],
    }
    for name, point in skeleton.points.items():
        prefix = name.rsplit("_", 1)[0]
        if prefix in radius_of:
            lowest = min(lowest, point[1] - radius_of[prefix])
    for distance in range(-10, 54, 2):
        centre, frame = trunk_station(skeleton, float(distance))
        width, depth, shift = trunk_section(float(distance), skeleton.belly)
        centre = add(centre, scale(column(frame, 0), shift))
        # The lowest point of an elliptical cross-section.
        extent = math.hypot(width * column(frame, 2)[1], depth * column(frame, 0)[1])
        lowest = min(lowest, centre[1] - extent)
    head = skeleton["head"]
    axes = HEAD_AXES
    extent = math.sqrt(sum((axes[i] * column(skeleton.head, i)[1]) ** 2 for i in range(3)))
    return min(lowest, head[1] - extent)


# The limbs as (name, start point, end point, radius key), the same capsules the figure is drawn with.
SEGMENTS: tuple[tuple[str, str, str, str], ...] = (
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
