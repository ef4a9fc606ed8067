"""The drawings a blind review (list 10, s10k) found hard to read keep what fixed them: the shoulder turning hold is
seen nearly level and further round, so the forearm is drawn level and long, a right angle at the elbow, with the
arrow beside the wrist, clear of the upper arm."""

from __future__ import annotations

import math

from drawing_geometry import skeleton

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
