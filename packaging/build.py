"""Build the packaged designer: ``python packaging/build.py``.

Runs PyInstaller on ``packaging/programme-designer.spec`` (one folder, see packaging/README.md for why), checks that
the drawings, templates and fonts are inside and that no QML or Qt translations are, measures the folder, and on
Linux packs it with its ``.desktop`` file and icon into ``dist/programme-designer-VERSION-linux-ARCH.tar.gz``.

Run it with the Python of a virtual environment that has the designer and PyInstaller installed::

    pip install -c constraints.txt -e ".[package]"     # without -c where there is no constraints.txt
    python packaging/build.py

It prints one summary line per check and exits non-zero if the bundle is incomplete or over the size limit.
``--installer`` also makes the Windows Setup program (Inno Setup) or the macOS ``.dmg``; the GitHub workflow
(.github/workflows/package.yml) runs that on each system's runners.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "programme-designer.spec"
NAME = "programme-designer"
# The limit for the unpacked Linux bundle.
SIZE_LIMIT_MB = 200
# Files that must be inside (relative to the bundle's data folder), one per kind of thing the designer reads.
REQUIRED = (
    "share/programme-designer/templates/at-home-strength.json",
    "share/programme-designer/images/app-icon.png",
    "share/programme-designer/images/exercises/glute-bridge.png",
    "share/programme-designer/images/exercises/thumbs/glute-bridge.png",
    "designer/pdf/fonts/DejaVuSans.ttf",
    "designer/library/data/hip-hinge.json",
    "designer/ui/icons/arrow-up.svg",
)
# Parts of Qt that must not be inside: the designer has no QML, and its window is in English only.
FORBIDDEN = ("PySide6/Qt/qml", "PySide6/Qt/translations", "libQt6Qml", "libQt6Quick")


def _version() -> str:
    sys.path.insert(0, str(ROOT))
    from designer import __version__

    return __version__


def run_pyinstaller(dist: Path, work: Path) -> None:
    """PyInstaller with the recipe; a missing PyInstaller is explained in one line."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        sys.exit(
            "error: PyInstaller is not installed in this Python. Install the packaging extra first:\n"
            '  pip install -c constraints.txt -e ".[package]"'
        )
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN"]
    command += ["--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    subprocess.run(command, cwd=ROOT, check=True, env={**os.environ, "PD_VERSION": _version()})


def data_folder(bundle: Path) -> Path:
    """Where PyInstaller put the bundled files (``_internal`` beside the program, ``Resources`` in a Mac app)."""
    for candidate in (bundle / "_internal", bundle / "Contents" / "Resources", bundle):
        if (candidate / "share" / "programme-designer").is_dir():
            return candidate
    return bundle / "_internal"


def folder_size(folder: Path) -> int:
    """Bytes of every file, counting a symbolic link once as the link (as unpacking the archive would)."""
    return sum(path.lstat().st_size for path in folder.rglob("*") if path.is_file() or path.is_symlink())


def check_bundle(bundle: Path) -> list[str]:
    """What is wrong with the built folder (nothing, when it is good)."""
    problems = []
    inside = data_folder(bundle)
    for relative in REQUIRED:
        if not (inside / relative).is_file():
            problems.append(f"missing from the bundle: {relative}")
    for path in inside.rglob("*"):
        text = path.relative_to(inside).as_posix()
        for forbidden in FORBIDDEN:
            if text.startswith(forbidden) or path.name.startswith(forbidden):
                problems.append(f"should not be in the bundle: {text}")
                break
    return problems


def linux_archive(bundle: Path, dist: Path, version: str) -> Path:
    """A tarball of the bundle with the menu entry, the icon and a script that adds them to the user's menu."""
    here = ROOT / "packaging" / "linux"
    shutil.copy2(here / f"{NAME}.desktop", bundle / f"{NAME}.desktop")
    shutil.copy2(ROOT / "images" / "app-icon.png", bundle / f"{NAME}.png")
    shutil.copy2(here / "install-menu-entry.sh", bundle / "install-menu-entry.sh")
    (bundle / "install-menu-entry.sh").chmod(0o755)
    archive = dist / f"{NAME}-{version}-linux-{platform.machine()}.tar.gz"
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:  # 9 takes twice as long for 1% less
        tar.add(bundle, arcname=f"{NAME}-{version}")
    return archive


def windows_installer(bundle: Path, dist: Path, version: str) -> Path:
    """The per-user Setup program, made by Inno Setup 6 from packaging/windows/programme-designer.iss."""
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    default = Path(os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)")) / "Inno Setup 6" / "ISCC.exe"
    if iscc is None and default.is_file():
        iscc = str(default)
    if iscc is None:
        raise SystemExit("error: Inno Setup 6 (iscc) is not installed; install it with: choco install innosetup")
    script = ROOT / "packaging" / "windows" / "programme-designer.iss"
    defines = [f"/DAppVersion={version}", f"/DBundleDir={bundle.resolve()}", f"/DOutputDir={dist.resolve()}"]
    subprocess.run([iscc, "/Q", *defines, str(script)], check=True)
    return dist / f"{NAME}-{version}-windows-setup.exe"


def macos_disk_image(app: Path, dist: Path, version: str) -> Path:
    """A .dmg holding the .app and a shortcut to Applications, to drag it into."""
    staging = dist / "dmg"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    shutil.copytree(app, staging / app.name, symlinks=True)
    (staging / "Applications").symlink_to("/Applications")
    image = dist / f"{NAME}-{version}-macos.dmg"
    image.unlink(missing_ok=True)
    command = ["hdiutil", "create", "-volname", "Programme Designer", "-srcfolder", str(staging), "-ov"]
    subprocess.run([*command, "-format", "UDZO", str(image)], check=True)
    shutil.rmtree(staging)
    return image


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the packaged programme designer with PyInstaller.")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the bundle goes (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller", help="PyInstaller's scratch")
    parser.add_argument("--no-archive", action="store_true", help="leave the folder; make no tarball")
    parser.add_argument(
        "--installer", action="store_true", help="also the Windows Setup (Inno Setup) or the macOS .dmg (hdiutil)"
    )
    parser.add_argument("--report", type=Path, help="also write the measurements as JSON to this file")
    options = parser.parse_args(argv)

    started = time.monotonic()
    run_pyinstaller(options.dist, options.work)
    seconds = time.monotonic() - started
    bundle = options.dist / NAME
    if sys.platform == "darwin":
        bundle = options.dist / "Programme Designer.app"

    problems = check_bundle(bundle)
    size_mb = folder_size(bundle) / 1_000_000
    print(f"bundle: {bundle}")
    print(f"built in {seconds:.0f} s")
    print(f"unpacked size: {size_mb:.1f} MB (limit on Linux: {SIZE_LIMIT_MB} MB)")
    if sys.platform.startswith("linux") and size_mb > SIZE_LIMIT_MB:
        problems.append(f"the bundle is {size_mb:.1f} MB, over the {SIZE_LIMIT_MB} MB limit")
    archive = None
    if sys.platform.startswith("linux") and not options.no_archive and not problems:
        archive = linux_archive(bundle, options.dist, _version())
        print(f"archive: {archive} ({archive.stat().st_size / 1_000_000:.1f} MB)")
    if options.installer and not problems and sys.platform == "win32":
        archive = windows_installer(bundle, options.dist, _version())
        print(f"installer: {archive}")
    if options.installer and not problems and sys.platform == "darwin":
        archive = macos_disk_image(bundle, options.dist, _version())
        print(f"disk image: {archive}")
    if options.report:
        report = {
            "bundle": str(bundle),
            "build_seconds": round(seconds, 1),
            "unpacked_mb": round(size_mb, 1),
            "archive": str(archive) if archive else None,
            "archive_mb": round(archive.stat().st_size / 1_000_000, 1) if archive else None,
            "problems": problems,
        }
        options.report.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
