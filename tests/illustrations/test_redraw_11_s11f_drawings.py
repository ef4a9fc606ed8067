"""The balance drawings a fresh blind review (s11) misread keep what fixes them: the one-leg stand is a held stand on
the near leg, its foot just off the floor; the sideways walk steps along the counter and closes the feet; the
backwards walk shows several steps back along the counter; the step over brings the other foot over the towel."""

from __future__ import annotations

import itertools

from drawing_geometry import angle_at, skeleton

from designer.illustrations.describe import PropKind, View
from designer.illustrations.poses import DRAWINGS


def test_the_one_leg_stand_holds_the_near_foot_just_off_the_floor() -> None:
    """Blind review s11: the far (light) leg bent high behind read as a hamstring curl, lift and lower, and the key's
    darker moving leg was the other one."""
    drawing = DRAWINGS["one-leg-stand"]
    assert drawing.moving == ("leg_r",), "the near leg lifts"
    for position in drawing.positions:
        marks = [p.at.body for p in position.props if p.kind == PropKind.MARK]
        assert marks == ["knee_r"], "the lifted leg shaded in both panels"
    assert "hold" in (drawing.positions[-1].label or "").lower() and "one leg" in (drawing.positions[-1].label or "")
    start, held = skeleton("one-leg-stand", 0), skeleton("one-leg-stand", 1)
    lowest = min(held["heel_r"][1], held["toe_r"][1])
    assert 5.0 < lowest < 14.0, f"the foot just off the floor ({lowest:.1f} cm)"
    assert held["ankle_r"][1] - start["ankle_r"][1] < 15.0, "lifted a little, not curled up behind"
    knee = angle_at(held["hip_r"], held["knee_r"], held["ankle_r"])
    assert 110 < knee < 140, f"the knee bent, not folded ({knee:.0f} degrees)"
    assert held["knee_r"][0] > held["hip_r"][0] + 5, "the thigh a little forward, not hanging behind"
    assert abs(held["ankle_l"][1] - start["ankle_l"][1]) < 0.5, "standing on the other foot"


def test_the_step_over_ends_with_both_feet_past_the_towel() -> None:
    """Blind review s11: with two panels the reviewer stepped over and back again; the text brings the other foot over
    to join.  The near arm hung over the thigh, and the stepping foot landed straight and well past the towel."""
    drawing = DRAWINGS["step-over"]
    assert len(drawing.positions) == 3, "towel ahead, step over, feet together"
    (towel,) = [p for p in drawing.positions[0].props if p.kind == PropKind.PILLOW]
    assert towel.size is not None
    near_edge, far_edge = towel.at.offset[0] - towel.size[0] / 2, towel.at.offset[0] + towel.size[0] / 2
    start, over, joined = (skeleton("step-over", index) for index in range(3))
    assert start["toe_r"][0] < near_edge and start["toe_l"][0] < near_edge, "the towel just ahead of the toes"
    assert over["heel_r"][0] > far_edge and over["toe_l"][0] < near_edge, "one foot over, the other still behind"
    assert over["heel_r"][0] - far_edge < 8.0, "the foot lands just past the towel"
    for side in ("r", "l"):
        assert joined[f"heel_{side}"][0] > far_edge, "both feet past the towel at the end"
    assert abs(joined["ankle_r"][0] - joined["ankle_l"][0]) < 3.0, "side by side"
    assert "together" in (drawing.positions[2].label or "").lower()
    for body in (start, over, joined):
        assert body["wrist_r"][0] < body["hip_r"][0] - 3.0, "the free hand hangs behind the hip, not over the thigh"


def test_the_backwards_walk_shows_a_trail_of_small_steps_back_along_the_counter() -> None:
    """Blind review s11: one step back read as stepping back once and in again, not walking backwards along the
    counter, and the counter behind the figure could be in front of it or beside it."""
    drawing = DRAWINGS["backwards-walking"]
    assert "backwards" in (drawing.positions[-1].label or "").lower()
    insets = [[p for p in position.props if p.kind == PropKind.FOOTPRINTS] for position in drawing.positions]
    assert all(len(found) == 1 for found in insets), "the feet from above in both panels"
    prints = insets[-1][0].prints
    feet = [p for p in prints if abs(p[4]) == 1.0]
    assert len(feet) >= 4, "several steps"
    assert all(p[2] == 0.0 for p in feet), "the toes all point forward"
    assert all(later[0] < earlier[0] for earlier, later in itertools.pairwise(feet)), "each step further back"
    assert all(later[4] == -earlier[4] for earlier, later in itertools.pairwise(feet)), "each foot in turn"
    for earlier, later in zip(feet, feet[2:], strict=False):
        assert earlier[0] - later[0] > 27.0, "one foot's prints clear of each other"
    sweep = [p for p in prints if p[4] == 5.0]
    assert len(sweep) == 2 and sweep[-1][0] < min(p[0] for p in feet), "the inset's arrow points back past them"
    (bench,) = [p for p in prints if p[4] == 2.0]
    assert bench[1] < min(p[1] for p in feet) and bench[2] > 90.0, "the counter runs along the walk, on the left"
    back = skeleton("backwards-walking", 1)
    assert back["heel_r"][1] > back["toe_r"][1] + 4.0, "the foot stepping back lands toes first"


def test_the_sideways_walk_steps_along_the_counter_and_closes_the_feet() -> None:
    """Blind review s11: the shaded leg lifted out to the side, its foot in the air, read as a straight leg raised
    out and back (a hip abduction); the text steps to the side along the counter, then brings the other foot to it.
    """
    drawing = DRAWINGS["sideways-walking"]
    assert drawing.camera.view == View.FRONT and drawing.camera.turn == 180.0, "seen from behind, facing the counter"
    assert [position.label for position in drawing.positions] == ["Feet together", "Step to the side", "Feet together"]
    together, out, closed = (skeleton("sideways-walking", index) for index in range(3))
    for body in (together, out, closed):
        for side in ("r", "l"):
            assert body[f"heel_{side}"][1] < 4.0 and body[f"toe_{side}"][1] < 4.0, "both feet down on the floor"
    assert together["ankle_r"][2] - together["ankle_l"][2] < 14.0, "the feet start together"
    assert out["ankle_r"][2] - together["ankle_r"][2] > 20.0, "one foot steps out to the side"
    assert abs(out["ankle_l"][2] - together["ankle_l"][2]) < 0.5, "the other foot waits"
    assert closed["ankle_r"][2] - closed["ankle_l"][2] < 14.0, "the other foot closes next to it"
    assert closed["ankle_l"][2] - together["ankle_l"][2] > 20.0, "both feet a step further along the counter"
    # The feet from above under each panel: toes to the counter, the shaded foot out, then the other one joining.
    insets = [[p for p in position.props if p.kind == PropKind.FOOTPRINTS] for position in drawing.positions]
    assert all(len(found) == 1 for found in insets), "the feet from above in every panel"
    feet = [[p for p in inset[0].prints if abs(p[4]) == 1.0] for inset in insets]
    assert all(p[2] == 90.0 for panel in feet for p in panel), "the toes point at the counter"
    (bench,) = [p for p in insets[0][0].prints if p[4] == 2.0]
    assert bench[1] < min(p[1] for p in feet[0]), "the counter along the top, ahead of the toes"
    now = [{(p[4], p[3] > 0.5): p[0] for p in panel if p[3] != 0.5} for panel in feet]
    assert now[1][(1.0, True)] - now[0][(1.0, True)] > 20.0, "the shaded right foot steps out"
    assert now[2][(-1.0, False)] - now[1][(-1.0, False)] > 20.0, "then the left foot follows"
    assert all(any(p[4] == 5.0 for p in inset[0].prints) for inset in insets[1:]), "an arrow under each step"
