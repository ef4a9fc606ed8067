"""Regenerate every built-in exercise drawing, its thumbnail and the app icon from the descriptions.

    python -m designer.illustrations.generate            write every file that is stale or missing
    python -m designer.illustrations.generate --all      write every file again
    python -m designer.illustrations.generate --check    check every drawing and list stale or missing files;
                                                         exit 1 on any breach or stale file
    python -m designer.illustrations.generate --sheet DIR   write review sheets: each drawing with its check results

A file is stale when its exercise's description (or the drawing code's ``GENERATOR_VERSION``) changed
since it was written; ``images/exercises/manifest.json`` keeps one fingerprint per exercise.  Comparing
fingerprints rather than PNG bytes keeps the check steady across Pillow versions; the tests also redraw
every picture in memory and compare its pixels with the committed file.  Every drawing must also pass
``checks.check`` (contacts, attachment, joint ranges, collisions, movement, view): a breach fails ``--check``,
and ``generate`` refuses to write a drawing that breaks a check.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from ..paths import IMAGES_DIR
from .body import PoseError
from .checks import Breach, check
from .describe import Drawing
from .icon import render_icon
from .poses import DRAWINGS
from .render import FULL, THUMB, render

# Bump when a change to the drawing code (not to a description) alters the pictures.
GENERATOR_VERSION = "5"

EXERCISES_DIR = IMAGES_DIR / "exercises"
THUMBS_DIR = EXERCISES_DIR / "thumbs"
MANIFEST = EXERCISES_DIR / "manifest.json"
APP_ICON = IMAGES_DIR / "app-icon.png"
ICON_KEY = "app-icon"


def fingerprint(drawing: Drawing) -> str:
    """What the files of one drawing were made from: its description and the generator version."""
    return hashlib.sha256(f"{GENERATOR_VERSION}:{drawing.fingerprint()}".encode()).hexdigest()


def icon_fingerprint() -> str:
    return hashlib.sha256(f"{GENERATOR_VERSION}:icon".encode()).hexdigest()


def encode_png(image: Image.Image) -> bytes:
    """PNG bytes, as a 64-colour palette image: the drawings use few colours, so this keeps them small."""
    palette = image.convert("RGB").quantize(colors=64, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    buffer = io.BytesIO()
    palette.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def drawing_images(drawing: Drawing) -> tuple[Image.Image, Image.Image]:
    """The full-size drawing and its thumbnail, as RGB images."""
    return render(drawing, FULL), render(drawing, THUMB)


def read_manifest(path: Path = MANIFEST) -> dict[str, str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    entries = data.get("fingerprints", {}) if isinstance(data, dict) else {}
    return {str(key): str(value) for key, value in entries.items()} if isinstance(entries, dict) else {}


def write_manifest(entries: dict[str, str], path: Path = MANIFEST) -> None:
    data = {"generator_version": GENERATOR_VERSION, "fingerprints": dict(sorted(entries.items()))}
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")


def drawing_file(exercise_id: str, images_dir: Path = IMAGES_DIR) -> Path:
    return images_dir / "exercises" / f"{exercise_id}.png"


def thumbnail_file(exercise_id: str, images_dir: Path = IMAGES_DIR) -> Path:
    return images_dir / "exercises" / "thumbs" / f"{exercise_id}.png"


def breaches(ids: Iterable[str] | None = None) -> dict[str, list[Breach]]:
    """Every drawing's check results, by exercise id (an empty list: it passes)."""
    return {exercise_id: check(DRAWINGS[exercise_id]) for exercise_id in (ids or sorted(DRAWINGS))}


def problems(images_dir: Path = IMAGES_DIR) -> list[str]:
    """Every stale, missing or left-over file, in words; empty when everything is up to date."""
    found: list[str] = []
    manifest = read_manifest(images_dir / "exercises" / "manifest.json")
    for exercise_id, drawing in sorted(DRAWINGS.items()):
        for path in (drawing_file(exercise_id, images_dir), thumbnail_file(exercise_id, images_dir)):
            if not path.is_file():
                found.append(f"missing: {path.relative_to(images_dir.parent)}")
        if manifest.get(exercise_id) != fingerprint(drawing):
            found.append(f"stale: {exercise_id} (its description changed since its picture was drawn)")
    if not (images_dir / APP_ICON.name).is_file():
        found.append(f"missing: {APP_ICON.relative_to(IMAGES_DIR.parent)}")
    elif manifest.get(ICON_KEY) != icon_fingerprint():
        found.append("stale: app-icon")
    known = set(DRAWINGS)
    for folder in (images_dir / "exercises", images_dir / "exercises" / "thumbs"):
        for path in sorted(folder.glob("*.png")) if folder.is_dir() else []:
            if path.stem not in known:
                found.append(f"left over: {path.relative_to(images_dir.parent)} (no exercise has this id)")
    return found


def generate(ids: Iterable[str] | None = None, *, everything: bool = False, images_dir: Path = IMAGES_DIR) -> list[str]:
    """Write the drawings that are stale or missing (or all with ``everything``); returns what was written."""
    exercises_dir = images_dir / "exercises"
    (exercises_dir / "thumbs").mkdir(parents=True, exist_ok=True)
    manifest_path = exercises_dir / "manifest.json"
    manifest = read_manifest(manifest_path)
    wanted = sorted(DRAWINGS) if ids is None else list(ids)
    written: list[str] = []
    for exercise_id in wanted:
        drawing = DRAWINGS[exercise_id]
        found = check(drawing)
        if found:
            raise PoseError(f"{exercise_id} breaks a check: " + "; ".join(str(breach) for breach in found))
        full_path, thumb_path = drawing_file(exercise_id, images_dir), thumbnail_file(exercise_id, images_dir)
        fresh = manifest.get(exercise_id) == fingerprint(drawing) and full_path.is_file() and thumb_path.is_file()
        if fresh and not everything:
            continue
        full, thumb = drawing_images(drawing)
        full_path.write_bytes(encode_png(full))
        thumb_path.write_bytes(encode_png(thumb))
        manifest[exercise_id] = fingerprint(drawing)
        written.append(exercise_id)
    icon_path = images_dir / APP_ICON.name
    if ids is None and (everything or manifest.get(ICON_KEY) != icon_fingerprint() or not icon_path.is_file()):
        buffer = io.BytesIO()
        render_icon().save(buffer, format="PNG", optimize=True)
        icon_path.write_bytes(buffer.getvalue())
        manifest[ICON_KEY] = icon_fingerprint()
        written.append(ICON_KEY)
    for key in [key for key in manifest if key not in DRAWINGS and key != ICON_KEY]:
        del manifest[key]
    write_manifest(manifest, manifest_path)
    return written


def contact_sheets(folder: Path, ids: Sequence[str] | None = None, per_sheet: int = 8) -> list[Path]:
    """Sheets of drawings with their ids, two across, to look at the whole set quickly."""
    folder.mkdir(parents=True, exist_ok=True)
    chosen = list(ids) if ids else sorted(DRAWINGS)
    font = ImageFont.load_default(size=18)
    small = ImageFont.load_default(size=15)
    tile_w, tile_h, caption, results = 600, 300, 26, 64
    sheets = []
    for start in range(0, len(chosen), per_sheet):
        group = chosen[start : start + per_sheet]
        rows = (len(group) + 1) // 2
        sheet = Image.new("RGB", (tile_w * 2, (tile_h + caption + results) * rows), "white")
        draw = ImageDraw.Draw(sheet)
        for index, exercise_id in enumerate(group):
            try:
                image = render(DRAWINGS[exercise_id], FULL).resize((tile_w, tile_h), Image.Resampling.LANCZOS)
            except PoseError as error:
                # Show the problem in place of the picture, so one bad description does not hide the rest.
                image = Image.new("RGB", (tile_w, tile_h), (255, 236, 236))
                ImageDraw.Draw(image).multiline_text((10, 10), _wrap(str(error), 60), fill=(150, 0, 0), font=font)
            x, y = (index % 2) * tile_w, (index // 2) * (tile_h + caption + results)
            draw.rectangle([x, y, x + tile_w - 1, y + caption - 1], fill=(238, 240, 242))
            draw.text((x + 8, y + 3), exercise_id, fill=(40, 40, 40), font=font)
            sheet.paste(image, (x, y + caption))
            draw.multiline_text((x + 8, y + caption + tile_h + 4), _results(exercise_id), fill=(40, 40, 40), font=small)
            draw.rectangle([x, y, x + tile_w - 1, y + caption + tile_h + results - 1], outline=(200, 200, 200))
        path = folder / f"sheet-{start // per_sheet + 1:02d}.png"
        sheet.save(path)
        sheets.append(path)
    return sheets


def _results(exercise_id: str) -> str:
    """The check results under a drawing on the review sheet: what it declares, and any breach."""
    drawing = DRAWINGS[exercise_id]
    try:
        found = check(drawing)
    except PoseError as error:
        return _wrap(f"cannot be built: {error}", 70)
    contacts = sum(len(position.contacts) for position in drawing.positions)
    said = f"holds: {drawing.holds}" if len(drawing.positions) == 1 else f"moving: {', '.join(drawing.moving)}"
    summary = f"{drawing.camera.view} view, {contacts} contacts, {said}"
    if not found:
        return f"all checks pass; {summary}"
    lines = [f"{len(found)} breach(es): " + "; ".join(str(breach) for breach in found[:3])]
    return _wrap(" ".join(lines), 75)


def _wrap(text: str, width: int) -> str:
    words, lines, line = text.split(), [], ""
    for word in words:
        if len(line) + len(word) + 1 > width and line:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return "\n".join([*lines, line])


def main(argv: Sequence[str] | None = None, images_dir: Path = IMAGES_DIR) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m designer.illustrations.generate", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--check", action="store_true", help="list stale or missing files and exit 1 if any")
    parser.add_argument("--all", action="store_true", help="write every file again")
    parser.add_argument("--sheet", type=Path, help="write contact sheets of the drawings into this folder")
    parser.add_argument("ids", nargs="*", help="only these exercises")
    args = parser.parse_args(argv)
    unknown = [exercise_id for exercise_id in args.ids if exercise_id not in DRAWINGS]
    if unknown:
        print(f"no drawing is described for: {', '.join(unknown)}", file=sys.stderr)
        return 2
    if args.check:
        failed = {key: value for key, value in breaches(args.ids or None).items() if value}
        for exercise_id, found_breaches in failed.items():
            for breach in found_breaches:
                print(f"breach: {exercise_id}: {breach}")
        found = problems(images_dir)
        for line in found:
            print(line)
        if failed:
            print(f"{len(failed)} drawing(s) break a check: fix their descriptions in poses/", file=sys.stderr)
        if found:
            print("run: python -m designer.illustrations.generate", file=sys.stderr)
        if failed or found:
            return 1
        print(f"all {len(DRAWINGS)} drawings pass every check and are up to date")
        return 0
    if args.sheet:
        for path in contact_sheets(args.sheet, args.ids or None):
            print(path)
        return 0
    written = generate(args.ids or None, everything=args.all, images_dir=images_dir)
    print(f"wrote {len(written)} drawing(s)" + (f": {', '.join(written)}" if written else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
