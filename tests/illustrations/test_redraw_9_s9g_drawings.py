"""The drawings a blind review (list 9, s9g) found hard to read keep what fixed them."""

from __future__ import annotations

import math

from designer.illustrations import body
from designer.illustrations.describe import View
from designer.illustrations.geometry import add
from designer.illustrations.poses import DRAWINGS
from designer.illustrations.scene import Projector


def skeleton(exercise_id: str, index: int) -> body.Skeleton:
    return body.build(DRAWINGS[exercise_id].positions[index].figure)


def shown(camera: Projector, a: tuple[float, float, float], b: tuple[float, float, float]) -> float:
    """How much of the length from ``a`` to ``b`` shows in the picture (1 = square to the view)."""
    return math.dist(camera.point(a), camera.point(b)) / math.dist(a, b)


def test_the_figure_four_is_seen_from_above_the_crossed_shin_lying_across_the_other_knee() -> None:
    """Blind review s9g: straight from the side the crossed foot looked like a grey block floating over the knee
    (its shin ran away from the viewer, hidden behind the near leg), and the finish was a tangle of legs and arms.
    From the side and well above, the crossed knee stands out to the far side and its shin lies across the near
    knee, a plain "4"; the arrow arches over the empty mat beyond, clear of the legs."""
    drawing = DRAWINGS["figure-four-stretch"]
    assert drawing.camera.view == View.SIDE and abs(drawing.camera.turn) <= 15
    assert drawing.camera.down >= 45, "from well above, so the legs' crossing shows"
    camera = Projector(drawing.camera)
    for index in (0, 1):
        figure = skeleton("figure-four-stretch", index)
        assert math.dist(figure["ankle_l"], figure["knee_r"]) < 12, "the crossed ankle rests on the other knee"
        assert figure["knee_l"][2] < figure["knee_r"][2] - 25, "the crossed knee stands out to the far side"
        crossed_shin = shown(camera, figure["knee_l"], figure["ankle_l"])
        assert crossed_shin > 0.6, f"the crossed shin shows {crossed_shin:.0%} of its length"
    start, finish = skeleton("figure-four-stretch", 0), skeleton("figure-four-stretch", 1)
    assert start["knee_l"][1] > 35, "at the start the crossed knee is up, not lying on the mat"
    arrow = drawing.positions[1].arrows[0]
    knee = finish["knee_r"]
    ends = [camera.point(add(knee, arrow.start.offset)), camera.point(add(knee, arrow.end.offset))]
    assert ends[1][0] < ends[0][0] - 15, "the arrow runs towards the head"
    for part in ("knee_l", "ankle_l", "knee_r", "hand_r", "hand_l"):
        (px, py) = camera.point(finish[part])
        apart = min(math.hypot(x - px, y - py) for x, y in ends)
        assert apart > 10, f"the arrow's ends come {apart:.0f} cm from the {part} in the picture"


def test_thread_the_needle_is_seen_from_the_threading_arm_side_the_face_and_the_arm_clear_of_each_other() -> None:
    """Blind review s9g: seen from the client's left, the raised arm's shoulder sat behind the head, so the head looked
    like a ball on the shoulder with the arm growing out of it, no face showed, and which way the client faced was
    hard to tell.  From the threading arm's side (the right), the arm rises from the near shoulder beside a face
    turned to the viewer, and at the finish the lowered head sits above the arm lying on the mat, not over it."""
    drawing = DRAWINGS["thread-the-needle"]
    assert drawing.camera.view == View.FRONT and drawing.camera.turn < 0, "from in front and round to the right"
    camera = Projector(drawing.camera)
    start, finish = skeleton("thread-the-needle", 0), skeleton("thread-the-needle", 1)
    assert camera.depth(start["face"]) > camera.depth(start["head"]) + 3, "at the start the face turns to the viewer"
    head = camera.point(start["head"])
    for part in ("shoulder_r", "elbow_r", "hand_r"):
        apart = math.dist(camera.point(start[part]), head)
        assert apart > 20, f"the raised arm's {part} is {apart:.0f} cm from the head in the picture, not behind it"
    assert camera.depth(start["shoulder_r"]) > camera.depth(start["shoulder_l"]), "the raised arm is the near one"
    (_, head_y) = camera.point(finish["head"])
    for part in ("elbow_r", "wrist_r"):
        (_, y) = camera.point(finish[part])
        assert head_y - y > 12, f"at the finish the head sits above the threaded arm's {part}, not over it"
        assert finish[part][1] < 12, f"the threaded arm's {part} lies low along the mat"
