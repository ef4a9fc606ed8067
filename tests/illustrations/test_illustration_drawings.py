"""Every built-in exercise has a drawing and a thumbnail, sharp enough for print, and the committed files are
exactly what the descriptions draw today."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PIL import Image, ImageChops

from designer.illustrations import drawing_path, has_drawing, thumbnail_path
from designer.illustrations import generate as generator
from designer.illustrations.describe import Drawing
from designer.illustrations.poses import DRAWINGS
from designer.illustrations.render import FULL, THUMB, render
from designer.library import load_builtin_exercises
from designer.paths import IMAGES_DIR

BUILTIN_IDS = sorted(exercise.id for exercise in load_builtin_exercises())

# How wide the handouts print a drawing: at most 66 mm high and twice as wide in large print, at least 38 mm
# high in the tightest detailed layout.  The catalogue's cards (about 82 mm) fall in between.
WIDEST_PRINT_MM = 132.0
NARROWEST_PRINT_MM = 76.0


def differing_share(drawn: Image.Image, committed: Image.Image) -> tuple[float, float]:
    """Share of pixels that differ clearly (not just by palette rounding), and the mean difference."""
    difference = ImageChops.difference(drawn.convert("RGB"), committed.convert("RGB")).convert("L")
    histogram = difference.histogram()
    total = sum(histogram)
    clear = sum(histogram[40:]) / total
    mean = sum(level * count for level, count in enumerate(histogram)) / total
    return clear, mean


def test_the_library_has_exercises_to_draw() -> None:
    assert len(BUILTIN_IDS) >= 50


@pytest.mark.parametrize("exercise_id", BUILTIN_IDS)
def test_every_builtin_exercise_has_a_drawing_and_a_thumbnail(exercise_id: str) -> None:
    assert exercise_id in DRAWINGS, f"{exercise_id} has no description in designer/illustrations/poses.py"
    full, thumb = drawing_path(exercise_id), thumbnail_path(exercise_id)
    assert full is not None and thumb is not None, "run: python -m designer.illustrations.generate"
    assert has_drawing(exercise_id)
    with Image.open(full) as picture:
        assert picture.size == (FULL.width, FULL.height)
        assert picture.width / (WIDEST_PRINT_MM / 25.4) >= 300, "sharp print needs 300 ppi at the widest placement"
    with Image.open(thumb) as picture:
        assert picture.size == (THUMB.width, THUMB.height)


def test_the_start_and_finish_labels_are_readable_in_print() -> None:
    """At least 9 pt where the drawing prints smallest, and dark grey rather than a faint one."""
    points = FULL.label_size / FULL.width * NARROWEST_PRINT_MM / 25.4 * 72
    assert points >= 9
    picture = render(DRAWINGS["glute-bridge"], FULL).convert("L")
    corner = picture.crop((0, 0, FULL.width // 6, FULL.height // 6))  # where "Start" is written
    dark = sum(corner.histogram()[:110])
    assert dark > 200, "the label should be drawn in a dark grey"


def test_every_builtin_exercise_uses_its_own_drawing() -> None:
    exercises = load_builtin_exercises()
    assert all(exercise.drawing_id == exercise.id for exercise in exercises)


def test_no_drawing_is_left_over_from_an_exercise_that_is_gone() -> None:
    assert sorted(DRAWINGS) == BUILTIN_IDS
    on_disk = {path.stem for path in (IMAGES_DIR / "exercises").glob("*.png")}
    assert on_disk == set(BUILTIN_IDS)


def test_the_manifest_says_every_file_is_up_to_date() -> None:
    assert generator.problems() == [], "run: python -m designer.illustrations.generate"


@pytest.mark.parametrize("exercise_id", sorted(DRAWINGS))
def test_redrawing_reproduces_the_committed_files(exercise_id: str) -> None:
    """Decoded pixels, not PNG bytes, so another Pillow's encoder or palette choice does not matter."""
    drawing = DRAWINGS[exercise_id]
    for style, path in ((FULL, drawing_path(exercise_id)), (THUMB, thumbnail_path(exercise_id))):
        assert path is not None
        with Image.open(path) as committed:
            clear, mean = differing_share(render(drawing, style), committed)
        assert clear < 0.002 and mean < 1.5, (
            f"{path.name} ({style.width} px) no longer matches its description "
            f"({clear:.2%} of pixels differ); run: python -m designer.illustrations.generate"
        )


def test_a_changed_picture_would_be_noticed() -> None:
    """The comparison above is not blind: two different exercises' pictures differ far beyond its tolerance."""
    bridge = render(DRAWINGS["glute-bridge"], FULL)
    with Image.open(IMAGES_DIR / "exercises" / "single-leg-bridge.png") as other:
        clear, _ = differing_share(bridge, other)
    assert clear > 0.002


def test_the_app_icon_is_there_and_square() -> None:
    with Image.open(IMAGES_DIR / "app-icon.png") as icon:
        assert icon.size == (256, 256)
        assert icon.mode == "RGBA"
        assert icon.getpixel((0, 0))[3] == 0  # rounded corners are transparent
        assert icon.getpixel((128, 128))[3] == 255


def copy_of_images(tmp_path: Path) -> Path:
    images = tmp_path / "images"
    shutil.copytree(IMAGES_DIR, images)
    return images


def test_check_lists_a_stale_and_a_missing_file(tmp_path: Path) -> None:
    images = copy_of_images(tmp_path)
    assert generator.problems(images) == []
    manifest_path = images / "exercises" / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    manifest["fingerprints"]["bird-dog"] = "0" * 64
    manifest_path.write_text(json.dumps(manifest))
    (images / "exercises" / "thumbs" / "dead-bug.png").unlink()
    (images / "exercises" / "retired-exercise.png").write_bytes(b"")
    found = generator.problems(images)
    assert any("stale: bird-dog" in line for line in found)
    assert any("missing:" in line and "dead-bug.png" in line for line in found)
    assert any("left over:" in line and "retired-exercise.png" in line for line in found)


def test_generate_writes_only_what_is_stale_and_then_check_passes(tmp_path: Path) -> None:
    images = copy_of_images(tmp_path)
    (images / "exercises" / "bird-dog.png").unlink()
    written = generator.generate(images_dir=images)
    assert written == ["bird-dog"]
    assert generator.problems(images) == []
    with Image.open(images / "exercises" / "bird-dog.png") as redrawn, Image.open(drawing_path("bird-dog")) as kept:
        clear, _ = differing_share(redrawn, kept)
    assert clear < 0.002


def test_the_check_command_passes_on_the_committed_files(capsys: pytest.CaptureFixture[str]) -> None:
    assert generator.main(["--check"]) == 0
    assert "up to date" in capsys.readouterr().out


def test_the_check_command_fails_and_says_what_to_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    images = copy_of_images(tmp_path)
    (images / "exercises" / "manifest.json").write_text("{}")
    assert generator.main(["--check"], images_dir=images) == 1
    captured = capsys.readouterr()
    assert captured.out.count("stale:") == len(DRAWINGS) + 1  # and the app icon
    assert "python -m designer.illustrations.generate" in captured.err


def test_a_description_change_changes_the_fingerprint() -> None:
    drawing = DRAWINGS["bird-dog"]
    moved = Drawing(drawing.exercise_id, drawing.camera, tuple(reversed(drawing.positions)), drawing.floor)
    assert generator.fingerprint(moved) != generator.fingerprint(drawing)
    assert generator.fingerprint(drawing) == generator.fingerprint(DRAWINGS["bird-dog"])
