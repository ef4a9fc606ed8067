"""The drawings a blind review (list 10, s10k) found hard to read keep what fixed them: the shoulder turning hold is
seen nearly level and further round, so the forearm is drawn level and long, a right angle at the elbow, with the
arrow beside the wrist, clear of the upper arm; the wall push-up plus rounds the upper back into a plain hump, the
head following it down, so "Round back" no longer looks like "Push"."""

from __future__ import annotations

import math

from drawing_geometry import skeleton

from designer.illustrations import body
from designer.illustrations.poses import DRAWINGS
from designer.illustrations.render import Painter


def test_the_shoulder_turning_hold_draws_the_forearm_level_and_long_with_the_arrow_clear_of_the_upper_arm() -> None:
    """Blind review s10: the forearm was very short and angled downward, the elbow's angle and what touched the
    frame unreadable, and the arrow sat over the arm."""
    drawing = DRAWINGS["shoulder-rotation-hold"]
    assert drawing.camera.down <= 6, "nearly level, so a level forearm is drawn level"
    project = Painter(drawing, (0, 0, 0)).projector.point
    figure = skeleton("shoulder-rotation-hold", 0)
    shoulder, elbow, wrist = (project(figure[name]) for name in ("shoulder_r", "elbow_r", "wrist_r"))
    length = math.dist(elbow[:2], wrist[:2])
    assert length > 10.5, f"the forearm drawn {length:.1f} cm long on the page"
    assert abs(wrist[1] - elbow[1]) < 0.2 * length, "the forearm drawn level, not sloping down"
    upper = (shoulder[0] - elbow[0], shoulder[1] - elbow[1])
    fore = (wrist[0] - elbow[0], wrist[1] - elbow[1])
    cosine = (upper[0] * fore[0] + upper[1] * fore[1]) / (math.hypot(*upper) * math.hypot(*fore))
    assert 75 < math.degrees(math.acos(cosine)) < 105, "a right angle at the elbow on the page"
    (press,) = drawing.positions[0].arrows
    assert press.start.body == press.end.body == "wrist_r"
    arrow_start, arrow_end = (project(_at(figure, point.offset)) for point in (press.start, press.end))
    assert max(arrow_start[0], arrow_end[0]) < elbow[0], "the arrow beside the forearm, not over the upper arm"
    assert elbow[1] < arrow_end[1] < elbow[1] + 12, "just above the forearm"


def _at(figure: dict[str, tuple[float, float, float]], offset: tuple[float, ...]) -> tuple[float, float, float]:
    wrist = figure["wrist_r"]
    return (wrist[0] + offset[0], wrist[1] + offset[1], wrist[2] + offset[2])


def bow(figure: body.Skeleton) -> float:
    """How far the upper back stands out behind the straight line from the hips to the base of the neck (cm)."""
    root, neck, upper = figure["root"], figure["neck_base"], figure["upper_back"]
    dx, dy = neck[0] - root[0], neck[1] - root[1]
    return (dx * (upper[1] - root[1]) - dy * (upper[0] - root[0])) / math.hypot(dx, dy)


def test_the_wall_push_up_plus_rounds_the_upper_back_into_a_hump_with_the_head_following() -> None:
    """Blind review s10: "Push" and "Round back" looked almost identical, only the arrow a little lower."""
    drawing = DRAWINGS["wall-push-up-plus"]
    rounded_figure = drawing.positions[2].figure
    assert rounded_figure.chest.flex >= 40, "the upper back rounds plainly"
    assert rounded_figure.neck.flex >= 0, "the neck follows the rounding, not held back in line"
    push, rounded = skeleton("wall-push-up-plus", 1), skeleton("wall-push-up-plus", 2)
    above = [points["head"][1] - points["shoulder_r"][1] for points in (push, rounded)]
    assert above[0] - above[1] > 3, f"the head drops towards the shoulders ({above[0]:.0f} to {above[1]:.0f} cm)"
    assert bow(rounded) > bow(push) + 3.5, f"a plain hump ({bow(push):.1f} to {bow(rounded):.1f} cm)"
    (press,) = drawing.positions[2].arrows
    assert press.start.offset[1] >= 5, "the arrow from the top of the hump, not below it"
