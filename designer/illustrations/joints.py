"""Joint ranges a body can reach, for the checks: knees and elbows, hips, the spine, and the feet.

The feet get the closest look, because the reviewers found them wrong most often: the toes point where the
knee points, the ankle stays within its range, and nobody stands on tiptoe unless the exercise says so.
"""

from __future__ import annotations

import math

from .body import Skeleton
from .describe import Bend, Position
from .geometry import Vec, apply, dot, length, scale, sub, transpose, unit

# Spine joints (flex, side, twist) in degrees, as far as they go each way; from the usual clinical ranges.
SPINE_RANGE = {
    "lumbar": ((-30.0, 60.0), 30.0, 20.0),
    "chest": ((-30.0, 45.0), 30.0, 45.0),
    "neck": ((-60.0, 60.0), 40.0, 70.0),
}
NOD_RANGE = (-20.0, 30.0)  # the head rocking on the top of the neck: a chin nod, or the chin lifting
KNEE_MOST, ELBOW_MOST = 155.0, 155.0
HIP_FLEX = (-35.0, 140.0)  # with the knee bent (a deep squat)
HIP_OUT = (-35.0, 60.0)
DORSIFLEX_MOST = 30.0
PLANTARFLEX_MOST = 50.0  # standing, sitting, lying with the heel down
PLANTARFLEX_INSTEP = 85.0  # the top of the foot resting on the floor (kneeling, lying face down)
TUCKED_TOES_MOST = 30.0  # toes tucked under (a plank): the ankle near neutral, not pointed
TOE_KNEE_MOST = 50.0  # degrees between where the toes and the knee point


def angle(a: Vec, b: Vec) -> float:
    size = length(a) * length(b)
    if size < 1e-9:
        return 0.0
    return math.degrees(math.acos(max(-1.0, min(1.0, dot(a, b) / size))))


def across(vector: Vec, axis: Vec) -> Vec:
    """The part of ``vector`` square to ``axis``."""
    return sub(vector, scale(axis, dot(vector, axis)))


def joint_breaches(position: Position, skeleton: Skeleton, floor: float) -> list[str]:
    problems: list[str] = []
    figure = position.figure
    for name in ("lumbar", "chest", "neck"):
        spine: Bend = getattr(figure, name)
        (back, forward), side, twist = SPINE_RANGE[name]
        if not back <= spine.flex <= forward or abs(spine.side) > side or abs(spine.twist) > twist:
            problems.append(f"the {name} spine is bent beyond its range ({spine.flex}, {spine.side}, {spine.twist})")
    if not NOD_RANGE[0] <= figure.nod <= NOD_RANGE[1]:
        low, high = NOD_RANGE
        problems.append(f"the head nods {figure.nod} degrees on the top of the neck (from {low} to {high})")
    toes_declared = {contact.part[-1] for contact in position.contacts if contact.part.startswith("toes_")}
    for tag, side_name in (("r", "right"), ("l", "left")):
        hip, knee, ankle = skeleton[f"hip_{tag}"], skeleton[f"knee_{tag}"], skeleton[f"ankle_{tag}"]
        heel, toe = skeleton[f"heel_{tag}"], skeleton[f"toe_{tag}"]
        thigh, shank = sub(knee, hip), sub(ankle, knee)
        bend = angle(thigh, shank)
        if bend > KNEE_MOST:
            problems.append(f"the {side_name} knee bends {bend:.0f} degrees (at most {KNEE_MOST:.0f})")
        front = skeleton.knee_front.get(tag)
        if front is not None and bend > 10:
            # The knee must bend the way it faces, not backwards.
            line = unit(sub(ankle, hip))
            offset = across(sub(knee, hip), line)
            if dot(offset, front) < -1.0:
                problems.append(f"the {side_name} knee bends backwards")
        # Hip range in the pelvis's own frame.
        local = apply(transpose(skeleton.pelvis), unit(thigh))
        flex = math.degrees(math.atan2(local[0], -local[1]))
        out = math.degrees(math.asin(max(-1.0, min(1.0, local[2] if tag == "r" else -local[2]))))
        if not HIP_FLEX[0] <= flex <= HIP_FLEX[1] or not HIP_OUT[0] <= out <= HIP_OUT[1]:
            problems.append(f"the {side_name} hip is beyond its range (forward {flex:.0f}, out {out:.0f})")
        # The ankle: the foot square to the shin is neutral; pointing the toes is plantarflexion.
        shin_up = unit(sub(knee, ankle))
        foot = unit(sub(toe, heel))
        plantar = angle(shin_up, foot) - 90.0
        instep_down = ankle[1] - floor < 16.0 and toe[1] - floor < 8.0 and heel[1] > toe[1]
        most = PLANTARFLEX_INSTEP if instep_down else PLANTARFLEX_MOST
        if tag in toes_declared:
            most = TUCKED_TOES_MOST
        if plantar > most:
            what = "pointed onto the toe tips" if tag in toes_declared else "pointed too far"
            problems.append(f"the {side_name} foot is {what} ({plantar:.0f} degrees, at most {most:.0f})")
        if -plantar > DORSIFLEX_MOST:
            problems.append(f"the {side_name} foot is pulled up too far ({-plantar:.0f} degrees)")
        # Toes point where the knee points, both seen square to the shin: with the knee bent, the front of the
        # shin is the side away from the thigh; with the leg straight, the way the knee faces.
        if bend > 15.0:
            knee_way = scale(unit(across(sub(hip, knee), shin_up)), -1.0)
        else:
            knee_way = across(front, shin_up) if front is not None else (0.0, 0.0, 0.0)
        toe_way = across(foot, shin_up)
        if length(knee_way) > 0.3 and length(toe_way) > 0.3 and angle(knee_way, toe_way) > TOE_KNEE_MOST:
            problems.append(f"the {side_name} toes point {angle(knee_way, toe_way):.0f} degrees away from the knee")
        # Standing on tiptoe: the toes on the floor, the heel well up, the shin upright (bearing weight).
        toe_down = toe[1] - floor < 5.0
        if toe_down and heel[1] - toe[1] > 4.0 and knee[1] - ankle[1] > 25.0 and tag not in toes_declared:
            problems.append(f"the {side_name} foot stands on tiptoe, which the exercise does not ask for")
    for tag, side_name in (("r", "right"), ("l", "left")):
        upper = sub(skeleton[f"elbow_{tag}"], skeleton[f"shoulder_{tag}"])
        lower = sub(skeleton[f"wrist_{tag}"], skeleton[f"elbow_{tag}"])
        if angle(upper, lower) > ELBOW_MOST:
            problems.append(f"the {side_name} elbow bends beyond its range")
    return problems
