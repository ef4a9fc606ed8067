"""Peak memory of a logo or photo import, each in a fresh process (its maximum resident set size).

    python benchmarks/bench_images.py [--json FILE]

Cases from issue 15: a 49-megapixel RGBA PNG logo, a 49-megapixel JPEG photo, and a 77 KB PNG of
1 × 40,000,000 pixels (refused before decoding now).  Target: every import peaks under 300 MB.  The pictures
are made in a process of their own first, so making them does not count.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_MB = 300

MAKE = """
import sys
from PIL import Image, ImageDraw
kind, width, height, out = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
mode = {"png-rgba": "RGBA", "png-grey": "L"}.get(kind, "RGB")
colours = {"RGBA": ((30, 120, 200, 128), (250, 200, 40, 255)), "L": (0, 200), "RGB": ((30, 120, 200), (250, 200, 40))}
background, spot = colours[mode]
picture = Image.new(mode, (width, height), background)
ImageDraw.Draw(picture).ellipse((width // 4, height // 4, width // 2, height // 2), fill=spot)
picture.save(out, **({"quality": 90} if kind == "jpeg" else {"compress_level": 1}))
"""

MEASURE = """
import resource, sys
from pathlib import Path
from designer.illustrations.photos import ImageImportError, prepare_logo, prepare_photo
prepare = prepare_logo if sys.argv[1] == "logo" else prepare_photo
try:
    data = prepare(Path(sys.argv[2]))
    outcome = f"kept ({len(data) // 1024} KB)"
except ImageImportError as error:
    outcome = f"refused: {error}"
def peak_kb():
    # VmHWM is this program's own peak.  ru_maxrss is not: Linux carries the parent's peak across fork and exec,
    # so a child of a large process (a long test run) would report the parent's size.
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(peak_kb() // 1024)
print(outcome)
"""

CASES = [
    # (name, what it is imported as, how it is made, width, height, file name)
    ("49 MP RGBA PNG logo", "logo", "png-rgba", 7000, 7000, "big.png"),
    ("49 MP JPEG photo", "photo", "jpeg", 7000, 7000, "big.jpg"),
    ("1 x 40,000,000 PNG logo", "logo", "png-grey", 1, 40_000_000, "strip.png"),
]


def make(kind: str, width: int, height: int, out: Path) -> None:
    subprocess.run([sys.executable, "-c", MAKE, kind, str(width), str(height), str(out)], check=True, cwd=ROOT)


def peak_mb(use: str, path: Path) -> tuple[int, str]:
    """The peak resident memory (MB) of importing ``path`` as a logo or photo in a fresh process, and what
    became of it."""
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, use, str(path)], check=True, cwd=ROOT, capture_output=True, text=True
    )
    peak, outcome = done.stdout.splitlines()[:2]
    return int(peak), outcome


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path)
    options = parser.parse_args(argv)
    results = []
    with tempfile.TemporaryDirectory() as temp:
        for name, use, kind, width, height, file_name in CASES:
            path = Path(temp) / file_name
            make(kind, width, height, path)
            peak, outcome = peak_mb(use, path)
            results.append({"case": name, "file_kb": path.stat().st_size // 1024, "peak_mb": peak, "outcome": outcome})
            size = path.stat().st_size // 1024
            print(f"{name:28} {size:>7} KB  peak {peak:>4} MB (target < {TARGET_MB})  {outcome[:70]}")
    if options.json:
        options.json.write_text(json.dumps(results, indent=2))
    return 0 if all(r["peak_mb"] < TARGET_MB for r in results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
