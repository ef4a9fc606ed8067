"""The description format for an exercise drawing: a figure's joint angles, the props and the arrows.

A drawing is one or two positions (start and finish) of a simple human figure, seen from the side or the
front.  Each position gives the figure as joint angles (forward kinematics), or says where a hand or foot
must be (then the elbow or knee follows), plus the props it uses and any movement arrows.  Every value
is plain data, so a description can be hashed to tell when a drawing file is stale.

Conventions (all lengths in centimetres, all angles in degrees, for a figure 168 cm tall):

* World: x forward along the floor, y up from the floor, z towards the viewer of a side view.
  A side view sees the figure's right side, facing to the right of the picture.
* ``Figure.lean`` tips the whole body forward about the hips (90 = face down, -90 = lying on the back);
  ``roll`` rolls it onto its right side (90 = lying on the right side); ``turn`` turns it to its left
  about the vertical; ``spin`` turns the pelvis to its left about the body's own length (knees rolling
  to one side when lying on the back).
* ``Bend`` is a spine joint: ``flex`` bends forward, ``side`` bends to the right, ``twist`` turns the upper
  part to the left.
* ``Limb`` is an arm or a leg: ``flex`` raises it forward, ``out`` raises it out to the side, ``turn`` turns
  it outward about its length, ``bend`` bends the elbow or knee, ``tip`` bends the wrist (palm side) or points
  the toes.  ``reach`` puts the wrist or ankle at a world point instead, and ``toward`` says which way the
  elbow or knee points then.  ``flat`` lays the hand or foot flat on a level surface; ``toes`` rests the
  toes at a height with the heel lifted (a plank, a lunge's back foot).
* Intent, which the checks hold the drawing to: each position lists its ``contacts`` (a hand on the counter,
  a foot flat on the floor, the back on the bench, the seat on the front third of the chair); the drawing
  names its ``moving`` parts, whose outline must change clearly between start and finish, and a one-panel
  drawing says in ``holds`` what is held.
* A point (``At``) is a body point name ("hand_r", "knee_l", "root", "chest", ...) plus a world offset,
  or a world position when the name is empty.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field, replace
from enum import StrEnum
from typing import Any

from .geometry import Vec


@dataclass(frozen=True)
class At:
    """A point: a body point plus a world offset, or a world position when ``body`` is empty."""

    body: str = ""
    offset: Vec = (0.0, 0.0, 0.0)


@dataclass(frozen=True)
class Bend:
    """One spine joint (low back, upper back, neck)."""

    flex: float = 0.0
    side: float = 0.0
    twist: float = 0.0


@dataclass(frozen=True)
class Limb:
    """An arm or a leg, by joint angles or by where its hand or foot goes."""

    flex: float = 0.0
    out: float = 0.0
    turn: float = 0.0
    bend: float = 0.0
    tip: float = 0.0
    reach: Vec | At | None = None
    toward: Vec | None = None
    flat: bool = False
    toes: float | None = None  # a foot: the toes rest at this height (the heel lifts); overrides ``tip``
    # A foot: turns the front of the foot outward (+, turning the sole out) or inward (-) about the shin, as in
    # turning the ankle out or in against a band; the knee stays where it points.
    foot_turn: float = 0.0

    def but(self, **changes: Any) -> Limb:
        return replace(self, **changes)


@dataclass(frozen=True)
class Figure:
    """The whole body in one position."""

    lean: float = 0.0
    roll: float = 0.0
    turn: float = 0.0
    spin: float = 0.0  # turns the pelvis about the body's own length (to the left), before leaning or rolling
    lumbar: Bend = field(default_factory=Bend)
    chest: Bend = field(default_factory=Bend)
    neck: Bend = field(default_factory=Bend)
    # The head nods (chin down, +) on the top of the neck, where the skull rocks, about a point level with the ears:
    # a chin nod lying down keeps the back of the head on the towel, which a bend at the neck's base cannot.
    nod: float = 0.0
    arm_r: Limb = field(default_factory=Limb)
    arm_l: Limb = field(default_factory=Limb)
    leg_r: Limb = field(default_factory=Limb)
    leg_l: Limb = field(default_factory=Limb)
    at: Vec | None = None  # pelvis centre; None puts it at x = 0, z = 0 with the lowest point on the floor
    lift: float = 0.0  # with ``at`` None: the lowest point stands this high (on a step)
    belly: float = 0.0  # extra belly depth, for breathing in

    def but(self, **changes: Any) -> Figure:
        return replace(self, **changes)


class PropKind(StrEnum):
    MAT = "mat"
    CHAIR = "chair"
    STEP = "step"
    BENCH = "bench"
    WORKTOP = "worktop"
    WALL = "wall"
    BOX = "box"
    PILLOW = "pillow"
    DOWEL = "dowel"
    KETTLEBELL = "kettlebell"
    DUMBBELL = "dumbbell"
    BAND = "band"
    ANCHOR = "anchor"
    BACKPACK = "backpack"
    ANKLE_WEIGHT = "ankle weight"  # a cuff strapped round the leg just above the ankle
    ARMCHAIR = "armchair"  # a firm chair with arms to push up from
    FLOOR = "floor"  # a patch of floor under a standing figure seen from above, where no floor line is drawn
    # Not things used: the leg whose knee ``at`` names shaded, to tell it apart (the operated leg), the arm whose
    # elbow it names (the arm threaded under the body), or else a ring round the point ``at`` (a heel touching the
    # toes).
    MARK = "mark"
    OPEN_HAND = "open hand"  # not a thing used: the right hand drawn open, palm and fingers, where its shape matters
    FACE = "face"  # not a thing used: a nose and eyes on the head, where the way the face looks must read
    PROFILE = "profile"  # not a thing used: the face seen from the side with a larger nose and a chin (a nod)
    BELT = "belt"  # not a thing used: a ring round the middle, for "firm all round" (bracing)
    # Not a thing used: the foot whose ankle ``at`` names drawn in profile from its inner side, its arch lifted
    # ``size[0]`` cm (a short foot); seen from the figure's right side, that is the left foot.
    FOOT_PROFILE = "foot profile"
    # A soft ball in the palm of the hand whose wrist ``at`` names, the hand drawn close up round it; ``size[0]`` is
    # how hard it is squeezed (0 to 1).
    GRIP_BALL = "soft ball"
    # A hammer held in the hand whose grip point ``at`` names, the handle standing up out of the fist and turned
    # ``size[0]`` degrees about the forearm towards the body's middle (palm down, +) or away from it (palm up, -),
    # its head ``size[1]`` cm above the fist.
    HAMMER = "hammer"
    # Not a thing used: the hand whose wrist ``at`` names drawn close up from the thumb's side, fingers up, bent by
    # ``size`` (degrees at the knuckle, the middle joint and the end joint), for the tendon glides.
    HAND_SHAPE = "hand shape"
    # Not a thing used: a small framed inset of footprints seen from above (``prints``), its centre on the screen
    # where ``at`` falls; for heel to toe and for turning in small steps, which a side view cannot show.
    FOOTPRINTS = "footprints"


@dataclass(frozen=True)
class Prop:
    """Something the exercise uses.

    ``at`` places it (its meaning depends on the kind: the floor point under a chair's seat front, the
    hand holding a kettlebell, one end of a band); ``to`` is the other end of a band or a dowel; ``size``
    is (length, height, width) for boxes, mats and furniture; ``facing`` turns furniture about the vertical.
    """

    kind: PropKind
    at: At = field(default_factory=At)
    to: At | None = None
    size: Vec | None = None
    facing: float = 0.0
    # The footprints of a FOOTPRINTS inset: (x, z, heading, tone, side) each, see ``footprints.footprints_inset``.
    prints: tuple[tuple[float, float, float, float, float], ...] = ()


@dataclass(frozen=True)
class Arrow:
    """A movement arrow from one point to another, curved by ``bend`` (a fraction of its length, + = left)."""

    start: At
    end: At
    bend: float = 0.0


# The parts of the body a contact can name, and what they can rest on (besides another body point).
CONTACT_PARTS = (
    "hand_r",
    "hand_l",
    "forearm_r",
    "forearm_l",
    "foot_r",
    "foot_l",
    "toes_r",
    "toes_l",
    "heel_r",
    "heel_l",
    "knee_r",
    "knee_l",
    "shank_r",
    "shank_l",
    "seat",
    "back",
    "head",
)
SURFACES = ("floor", "chair", "bench", "worktop", "wall", "step", "box", "pillow", "kettlebell", "dumbbell", "dowel")


@dataclass(frozen=True)
class Contact:
    """A part of the body resting on a surface or on another part of the body, as the exercise's text says.

    ``part`` is one of ``CONTACT_PARTS`` ("foot_r" means the whole foot flat, heel and toes; "toes_r" the toes
    only, heel lifted; "seat" the buttocks; "back" the upper back); ``on`` is one of ``SURFACES`` or a body
    point ("belly", "chest", "hip_l", "knee_r", "hand_l", ...); ``where`` narrows it down ("front third" of a
    chair's seat).
    """

    part: str
    on: str
    where: str = ""


@dataclass(frozen=True)
class Position:
    """One panel of a drawing: the figure, its props and arrows, a small label, and its contacts."""

    figure: Figure
    props: tuple[Prop, ...] = ()
    arrows: tuple[Arrow, ...] = ()
    label: str | None = None  # None: "Start" / "Finish" for two positions, nothing for one
    contacts: tuple[Contact, ...] = ()


class View(StrEnum):
    SIDE = "side"
    FRONT = "front"


@dataclass(frozen=True)
class Camera:
    """Where the drawing is seen from: ``view`` plus a small turn and a look down from above, in degrees."""

    view: View = View.SIDE
    turn: float = 0.0
    down: float = 0.0


@dataclass(frozen=True)
class Drawing:
    """The whole description of one exercise's illustration."""

    exercise_id: str
    camera: Camera
    positions: tuple[Position, ...]
    floor: bool = True
    # The parts whose outline must change clearly from start to finish ("leg_r", "arms", "trunk", "belly",
    # "head", "thigh_l", ...); and for a one-panel drawing, what is held ("the straight line, head to heels").
    moving: tuple[str, ...] = ()
    holds: str = ""
    # A close-up: only this box of the world (two opposite corners, cm) is framed in each panel, the rest of the
    # body cut off at the panel's edge; for small movements (a nod) that would be lost in the whole figure.
    close_up: tuple[Vec, Vec] | None = None

    def fingerprint(self) -> str:
        """A stable hash of the description, to tell when its drawing file must be made again."""
        fields = asdict(self)
        if fields["close_up"] is None:
            del fields["close_up"]  # drawings without a close-up keep the hash they had before it existed
        for position in fields["positions"]:
            for prop in position["props"]:
                if not prop["prints"]:
                    del prop["prints"]  # props without footprints keep the hash they had before those existed
            for name in ("leg_r", "leg_l", "arm_r", "arm_l"):
                if not position["figure"][name]["foot_turn"]:
                    del position["figure"][name]["foot_turn"]  # likewise for feet that do not turn
            if not position["figure"]["nod"]:
                del position["figure"]["nod"]  # and for heads that do not nod
        text = json.dumps(fields, sort_keys=True, separators=(",", ":"), default=str)
        return hashlib.sha256(text.encode()).hexdigest()
