"""What blind review 10 (list s10b) found hard to read in the neck module's drawings, held by a test each: the face
down W lift shows both arms as the same W on the page (turned 45 and nearly level, the far arm lay edge-on and read
as stretched straight past the head, "lopsided"); the upper back arch over a chair shows both elbows out either
side of the head, more evenly (one seemed to point back, the other forward), the hands up on the back of the head
(not under the chin), and its panels say what to do."""

from __future__ import annotations

import math

from drawing_geometry import skeleton

from designer.illustrations import body
from designer.illustrations.poses import DRAWINGS
from designer.illustrations.scene import Projector


def page_bend(camera: Projector, points: body.Skeleton, tag: str) -> float:
    """The angle at the elbow as drawn on the page, in degrees (180: a straight arm)."""
    shoulder, elbow, wrist = (camera.point(points[f"{name}_{tag}"]) for name in ("shoulder", "elbow", "wrist"))
    up = (shoulder[0] - elbow[0], shoulder[1] - elbow[1])
    down = (wrist[0] - elbow[0], wrist[1] - elbow[1])
    cosine = (up[0] * down[0] + up[1] * down[1]) / (math.hypot(*up) * math.hypot(*down))
    return math.degrees(math.acos(cosine))


def test_the_prone_w_shows_both_arms_bent_as_a_w_on_the_page() -> None:
    camera = Projector(DRAWINGS["prone-w"].camera)
    for index in (0, 1):
        points = skeleton("prone-w", index)
        for tag in ("r", "l"):
            # The far arm drew at about 175 degrees from the old view: a straight arm past the head.
            assert page_bend(camera, points, tag) < 150, f"arm_{tag} bent at the elbow on the page, panel {index}"
        # The same arm, mirrored: a symmetric W, not one arm bent and the other straight.
        assert points["elbow_r"][2] == -points["elbow_l"][2] and points["wrist_r"][2] == -points["wrist_l"][2]


def test_the_prone_w_is_seen_from_above_the_near_side_so_the_mat_lies_open() -> None:
    camera = DRAWINGS["prone-w"].camera
    assert camera.turn <= 20 and camera.down >= 20, "both Ws open on the mat, neither edge-on"
    assert camera.down <= 35, "still low enough that the lift shows as a rise, not a slide"


def test_the_upper_back_arch_opens_the_elbows_evenly_either_side_of_the_head() -> None:
    drawing = DRAWINGS["upper-back-extension-chair"]
    camera = Projector(drawing.camera)
    for index in (0, 1):
        points = skeleton("upper-back-extension-chair", index)
        head = camera.point(points["head"])[0]
        near, far = (camera.point(points[f"elbow_{tag}"])[0] - head for tag in ("r", "l"))
        # Turned 35, the far elbow stood only 11 cm past the head against the near one's 22: "one back, one forward".
        assert near < -15 and far > 15, "an elbow well out on each side of the head"
        assert far > 0.6 * -near, "the two elbows about as wide as each other"


def test_the_upper_back_arch_keeps_the_hands_up_on_the_back_of_the_head() -> None:
    drawing = DRAWINGS["upper-back-extension-chair"]
    camera = Projector(drawing.camera)
    finish = skeleton("upper-back-extension-chair", 1)
    for tag in ("r", "l"):
        # Lower, the near hand showed below the chin ("a hand crossing in front of the neck").
        rise = camera.point(finish[f"hand_{tag}"])[1] - camera.point(finish["head_base"])[1]
        assert rise > 7, f"hand_{tag} well above the base of the head on the page"


def test_the_upper_back_arch_panels_say_what_to_do_in_short_words() -> None:
    labels = [position.label for position in DRAWINGS["upper-back-extension-chair"].positions]
    assert labels == ["Sit tall", "Arch back"]
