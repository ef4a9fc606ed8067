"""The drawings a blind review (list 10, s10f) found hard to read keep what fixed them: the Pallof hold and press
are seen half round from the post's side and a little above, so the post's foot stands nearer the viewer than the
client's feet (beside the client, not behind the back) and the band crosses in front of the chest to it."""

from __future__ import annotations

from drawing_geometry import skeleton

from designer.illustrations.describe import PropKind
from designer.illustrations.poses import DRAWINGS
from designer.illustrations.render import Painter

PALLOFS = ("pallof-press", "pallof-hold")


def test_the_pallof_post_stands_beside_the_client_nearer_the_viewer_not_behind_the_back() -> None:
    """Blind review s9: from nearly side-on (turn -62, 5 degrees above) the post at the client's side stood, in the
    picture, right behind the back, and the band to it seemed to pass through the body."""
    for exercise_id in PALLOFS:
        drawing = DRAWINGS[exercise_id]
        assert abs(drawing.camera.turn) <= 55, f"{exercise_id}: turned enough towards the front to show the side"
        assert 8 <= drawing.camera.down <= 25, f"{exercise_id}: a little above, so the floor shows depth"
        painter = Painter(drawing, (0, 0, 0))
        project, depth = painter.projector.point, painter.projector.depth
        for index, position in enumerate(drawing.positions):
            figure = skeleton(exercise_id, index)
            (anchor,) = [prop for prop in position.props if prop.kind == PropKind.ANCHOR]
            fixing = anchor.at.offset
            foot = (fixing[0], 0.0, fixing[2])
            # The post's foot is drawn lower on the page than both heels: it stands nearer the viewer.
            lowest_heel = min(project(figure[heel])[1] for heel in ("heel_r", "heel_l", "toe_r", "toe_l"))
            assert project(foot)[1] < lowest_heel - 8, f"{exercise_id}: the post's foot nearer than the feet"
            # And it really is nearer the camera than the chest, so the band runs in front of the body.
            assert depth(fixing) > depth(figure["chest"]) + 30, f"{exercise_id}: the post on the near side"
