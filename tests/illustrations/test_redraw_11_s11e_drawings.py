"""The drawings a blind review (list 11, s11e) found hard to read keep what fixed them: the knee straightening
stretch shows the knee sinking in two panels, the other leg's shin clear of the working knee; the sole of the foot
stretch shows the whole crossed foot in front of the hand that holds its toes, with a large arrow."""

from __future__ import annotations

import math

from drawing_geometry import angle_at, skeleton

from designer.illustrations.describe import PropKind
from designer.illustrations.poses import DRAWINGS
from designer.illustrations.scene import Projector


def test_the_knee_straightening_stretch_shows_the_knee_sinking_from_a_little_bent_to_straight() -> None:
    """Blind review s10: one panel, the leg already straight, so the sinking showed only as a small arrow; the
    other leg's shin crossed behind the working knee, making it busy."""
    drawing = DRAWINGS["knee-straightening-hang"]
    assert len(drawing.positions) == 2 and drawing.moving == ("leg_r",)
    start, sunk = skeleton("knee-straightening-hang", 0), skeleton("knee-straightening-hang", 1)
    for position in drawing.positions:
        assert any(c.part == "heel_r" and c.on == "pillow" for c in position.contacts), "the heel on the towel"
        assert any(p.kind == PropKind.MARK and p.at.body == "knee_r" for p in position.props), "working leg shaded"
    bent = 180.0 - angle_at(start["hip_r"], start["knee_r"], start["ankle_r"])
    straight = 180.0 - angle_at(sunk["hip_r"], sunk["knee_r"], sunk["ankle_r"])
    assert bent < 35.0 and bent > straight + 10.0, "at first a little bent, a gap under the knee"
    assert straight < 12.0, "then straight"
    assert start["knee_r"][1] - sunk["knee_r"][1] > 4.0, "the knee clearly lower at the finish"
    assert math.dist(start["heel_r"], sunk["heel_r"]) < 4.0, "the heel stays on the towel"
    (sink,) = drawing.positions[1].arrows
    assert sink.start.body == sink.end.body == "knee_r" and sink.end.offset[1] < sink.start.offset[1], "arrow down"
    for figure in (start, sunk):
        assert figure["ankle_l"][0] < figure["knee_r"][0] - 5.0, "the other foot well short of the working knee"


def test_the_sole_stretch_shows_the_whole_crossed_foot_in_front_of_the_hand_with_a_large_arrow() -> None:
    """Blind review s10b: the crossed foot was hidden under the hand, shin and foot hard to tell apart; the curved
    arrow was tiny; the body twisted towards the chair's back."""
    drawing = DRAWINGS["plantar-fascia-stretch"]
    (position,) = drawing.positions
    points = skeleton("plantar-fascia-stretch", 0)
    projector = Projector(drawing.camera)
    depth = projector.depth  # larger is nearer the viewer
    # The forearm comes down behind the foot: the wrist and the middle of the hand further from the viewer than
    # the toes and the heel, so the foot is drawn in front of them, whole.
    assert depth(points["wrist_r"]) < depth(points["toe_r"]) - 3.0, "the wrist behind the toes"
    assert depth(points["grip_r"]) < depth(points["toe_r"]), "the hand round the toes from behind"
    assert depth(points["wrist_r"]) < depth(points["heel_r"]) - 3.0
    foot = math.dist(projector.point(points["heel_r"]), projector.point(points["toe_r"]))
    assert foot > 18.0, f"the foot drawn {foot:.1f} cm long on the page, not end-on"
    assert position.figure.chest.twist <= 12.0, "the chest turned only a little from the front of the chair"
    (pull,) = position.arrows
    assert math.dist(pull.start.offset, pull.end.offset) > 18.0, "a large arrow round the toes"
    assert pull.end.offset[1] > pull.start.offset[1] + 12.0, "curling up, back towards the shin"
