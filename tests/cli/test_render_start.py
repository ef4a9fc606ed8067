"""``python main.py render`` loads only what a handout needs, so it starts quickly (issue 13, Speed).

No timings here (the machine may be busy): what is checked is which modules a real render process imported.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from designer.paths import PROJECT_DIR

# Loaded by other verbs, never by a handout's render: locking the store for writing, email, the catalogue,
# the drawing renderer, and ReportLab's barcode widgets (a handout with no booking link or film has no code).
NOT_FOR_A_RENDER = (
    "filelock",
    "designer.mail.smtp",
    "designer.pdf.catalogue",
    "designer.illustrations.render",
    "reportlab.graphics.barcode",
)
# The store's import and erasure code: part of the store's class, so loaded only when there is a store to read.
STORE_WRITING = ("designer.storage.erasure", "designer.storage.import_commit")


def _modules_after_render(*args: str, cwd: Path) -> set[str]:
    code = (
        "import json, sys\n"
        "from designer.app import main\n"
        f"code = main({list(args)!r})\n"
        "assert code == 0, code\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=cwd, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    return set(json.loads(done.stdout.splitlines()[-1]))


def test_rendering_a_template_without_a_data_folder_loads_no_store(tmp_path: Path) -> None:
    out = tmp_path / "handout.pdf"
    loaded = _modules_after_render(
        "render",
        "--data-dir",
        str(tmp_path / "none"),
        "--template",
        "at-home-strength",
        "--out",
        str(out),
        cwd=PROJECT_DIR,
    )
    assert out.read_bytes().startswith(b"%PDF")
    assert "reportlab.platypus.paragraph" in loaded  # it did render
    assert "designer.storage.store" not in loaded
    assert sorted(name for name in NOT_FOR_A_RENDER + STORE_WRITING if name in loaded) == []


def test_rendering_from_a_data_folder_reads_it_without_locking(tmp_path: Path) -> None:
    data = tmp_path / "data"
    subprocess.run(
        [sys.executable, "main.py", "--data-dir", str(data), "clients", "--add", "Margaret Ellis"],
        cwd=PROJECT_DIR,
        check=True,
        capture_output=True,
        timeout=120,
    )
    out = tmp_path / "handout.pdf"
    loaded = _modules_after_render(
        "render", "--data-dir", str(data), "--template", "at-home-strength", "--out", str(out), cwd=PROJECT_DIR
    )
    assert out.read_bytes().startswith(b"%PDF")
    assert "designer.storage.store" in loaded  # the clinic's own settings were read
    assert sorted(name for name in NOT_FOR_A_RENDER if name in loaded) == []


def test_a_render_scans_for_cycles_rarely_and_leaves_the_usual_rate(tmp_path: Path) -> None:
    """Python's usual rate would scan the long-lived objects of a render over a hundred times."""
    code = (
        "import gc, json\n"
        "from designer.app import main\n"
        "collections = []\n"
        "gc.callbacks.append(lambda phase, info: phase == 'start' and collections.append(info['generation']))\n"
        "before = gc.get_threshold()\n"
        f"code = main(['render', '--data-dir', {str(tmp_path / 'none')!r}, '--template', 'at-home-strength', "
        f"'--out', {str(tmp_path / 'handout.pdf')!r}])\n"
        "print(json.dumps([code, len(collections), before == gc.get_threshold()]))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=PROJECT_DIR, timeout=120)
    assert done.returncode == 0, done.stderr
    code, collections, threshold_restored = json.loads(done.stdout.splitlines()[-1])
    assert code == 0
    assert collections < 20
    assert threshold_restored


def test_a_verb_leaves_its_objects_out_of_the_last_cycle_scans_only_as_the_process_ends(tmp_path: Path) -> None:
    """Shutting down, Python scans every object left for cycles; after a verb they are frozen first (gc.freeze)."""
    code = (
        "import atexit, gc, json\n"
        # Registered before the verb runs, so it runs after the verb's own exit handler (last in, first out).
        "atexit.register(lambda: print(json.dumps(['at exit', gc.get_freeze_count()])))\n"
        "from designer.app import main\n"
        f"arguments = ['render', '--data-dir', {str(tmp_path / 'none')!r}, '--template', 'at-home-strength', "
        f"'--out', {str(tmp_path / 'handout.pdf')!r}]\n"
        "codes = [main(arguments), main(arguments)]\n"
        "print(json.dumps(['after main', codes, gc.get_freeze_count()]))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=PROJECT_DIR, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("[")]
    # A caller of main carries on with every object still scanned as usual ...
    assert lines[0] == ["after main", [0, 0], 0]
    # ... and as the process ends they are frozen, once.
    assert lines[1][0] == "at exit"
    assert lines[1][1] > 10_000
    assert len(lines) == 2
