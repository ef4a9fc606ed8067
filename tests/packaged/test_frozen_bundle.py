"""The packaged designer, run as a clinic would run it: the frozen program from the built bundle, no Python.

Builds the bundle once with ``packaging/build.py`` (about a minute), or takes the one named by ``PD_BUNDLE`` (which
``.ci/package`` builds first).  Skipped with the reason where PyInstaller cannot run.  Each result is compared with
the same command run from source, so "right" means "the same as the designer the developers test".
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import sysconfig
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PIL import Image
from pypdf import PdfReader

from designer import __version__

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE = "at-home-strength"


def _build_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("packaging_build", ROOT / "packaging" / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _why_pyinstaller_cannot_run() -> str:
    if importlib.util.find_spec("PyInstaller") is None:
        return 'PyInstaller is not installed here (pip install -e ".[package]" to build and test the packaged designer)'
    if sys.platform.startswith("linux") and not sysconfig.get_config_var("Py_ENABLE_SHARED"):
        return "this Python has no shared libpython, which PyInstaller needs on Linux"
    return ""


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The built one-folder bundle: PD_BUNDLE's, or one built now into a temporary folder."""
    given = os.environ.get("PD_BUNDLE")
    if given:
        folder = Path(given).resolve()
        if not folder.is_dir():
            pytest.fail(f"PD_BUNDLE names {folder}, which is not a folder: build it with python packaging/build.py")
        return folder
    reason = _why_pyinstaller_cannot_run()
    if reason:
        pytest.skip(reason)
    scratch = tmp_path_factory.mktemp("bundle")
    command = [sys.executable, str(ROOT / "packaging" / "build.py"), "--dist", str(scratch / "dist")]
    subprocess.run([*command, "--work", str(scratch / "work"), "--no-archive"], check=True, cwd=ROOT)
    return scratch / "dist" / "programme-designer"


def _program(bundle: Path) -> Path:
    if sys.platform == "win32":
        return bundle / "programme-designer-cli.exe"  # the windowed .exe has no console to print to
    return bundle / "programme-designer"


@pytest.fixture
def clinic_home(tmp_path: Path) -> dict[str, str]:
    """An environment whose per-user folders are inside tmp_path, with Qt offscreen."""
    home = tmp_path / "home"
    home.mkdir()
    environ = {key: value for key, value in os.environ.items() if not key.startswith(("XDG_", "PD_"))}
    environ.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"))
    environ["QT_QPA_PLATFORM"] = "offscreen"
    return environ


def frozen(bundle: Path, *args: str, environ: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run the packaged program; stop the test with its output if it fails."""
    done = subprocess.run([str(_program(bundle)), *args], capture_output=True, text=True, env=environ, timeout=300)
    assert done.returncode == 0, f"frozen {args[0]} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}"
    return done


def from_source(*args: str, environ: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """The same command from the checkout, as the developers run it."""
    command = [sys.executable, str(ROOT / "main.py"), *args]
    done = subprocess.run(command, capture_output=True, text=True, env=environ, timeout=300, cwd=ROOT)
    assert done.returncode == 0, f"source {args[0]} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}"
    return done


def _pages_text(pdf: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(pdf).pages]


def _images_per_page(pdf: Path) -> list[int]:
    return [len(page.images) for page in PdfReader(pdf).pages]


def test_the_bundle_holds_what_the_designer_reads_and_no_more(bundle: Path) -> None:
    build = _build_module()
    assert build.check_bundle(bundle) == []
    if sys.platform.startswith("linux"):
        assert build.folder_size(bundle) <= build.SIZE_LIMIT_MB * 1_000_000


def test_version(bundle: Path, clinic_home: dict[str, str]) -> None:
    assert __version__ in frozen(bundle, "--version", environ=clinic_home).stdout


def test_render_makes_the_same_handout_as_the_source(bundle: Path, clinic_home: dict[str, str], tmp_path: Path) -> None:
    packaged, developers = tmp_path / "packaged.pdf", tmp_path / "source.pdf"
    frozen(bundle, "render", "--template", TEMPLATE, "--out", str(packaged), environ=clinic_home)
    from_source("render", "--template", TEMPLATE, "--out", str(developers), environ=clinic_home)
    pages = _pages_text(packaged)
    assert len(pages) == len(_pages_text(developers)) >= 2
    assert pages == _pages_text(developers)  # same fonts, same words, same layout
    # Every drawing found inside the bundle: as many pictures on each page as from source, and some at all.
    assert _images_per_page(packaged) == _images_per_page(developers)
    assert sum(_images_per_page(packaged)) > 0


def test_screenshot_offscreen(bundle: Path, clinic_home: dict[str, str], tmp_path: Path) -> None:
    picture = tmp_path / "window.png"
    frozen(bundle, "screenshot", "--out", str(picture), "--size", "1200x800", environ=clinic_home)
    with Image.open(picture) as image:
        assert image.size == (1200, 800)
        colours = image.convert("RGB").getcolors(maxcolors=1_000_000) or []
    assert len(colours) > 50  # a drawn window with text and drawings, not a blank rectangle


def _demo_folder(folder: Path, environ: dict[str, str]) -> tuple[str, str]:
    """A data folder made by the designer from source: one client with a plan; their ids."""
    from_source("clients", "--add", "Margaret Ellis", "--data-dir", str(folder), environ=environ)
    listed = from_source("clients", "--json", "--data-dir", str(folder), environ=environ)
    client_id = json.loads(listed.stdout)[0]["id"]
    started = ["plans", "--new", "--client", client_id, "--template", TEMPLATE, "--title", "Strong for the garden"]
    from_source(*started, "--data-dir", str(folder), environ=environ)
    plans = json.loads(from_source("plans", "--json", "--data-dir", str(folder), environ=environ).stdout)
    return client_id, plans[0]["id"]


def test_an_existing_data_folder_opens(bundle: Path, clinic_home: dict[str, str], tmp_path: Path) -> None:
    folder = tmp_path / "clinic-data"
    client_id, plan_id = _demo_folder(folder, clinic_home)

    clients = json.loads(frozen(bundle, "clients", "--json", "--data-dir", str(folder), environ=clinic_home).stdout)
    assert [(client["id"], client["name"]) for client in clients] == [(client_id, "Margaret Ellis")]
    plans = json.loads(frozen(bundle, "plans", "--json", "--data-dir", str(folder), environ=clinic_home).stdout)
    assert [(plan["id"], plan["title"]) for plan in plans] == [(plan_id, "Strong for the garden")]

    packaged, developers = tmp_path / "packaged.pdf", tmp_path / "source.pdf"
    frozen(bundle, "render", "--plan", plan_id, "--out", str(packaged), "--data-dir", str(folder), environ=clinic_home)
    from_source("render", "--plan", plan_id, "--out", str(developers), "--data-dir", str(folder), environ=clinic_home)
    assert _pages_text(packaged) == _pages_text(developers)
    assert "Strong for the garden" in _pages_text(packaged)[0]

    picture = tmp_path / "window.png"
    frozen(bundle, "screenshot", "--out", str(picture), "--data-dir", str(folder), environ=clinic_home)
    assert picture.stat().st_size > 0


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the per-user folder is set through XDG here")
def test_the_same_per_user_folder_as_the_source(bundle: Path, clinic_home: dict[str, str]) -> None:
    """A client added by the packaged designer is there for the pip-installed one, and the other way round."""
    frozen(bundle, "clients", "--add", "Aisha Khan", environ=clinic_home)
    from_source("clients", "--add", "David O'Connor", environ=clinic_home)
    assert (Path(clinic_home["XDG_DATA_HOME"]) / "ProgrammeDesigner" / "index.json").is_file()
    for names in (
        json.loads(frozen(bundle, "clients", "--json", environ=clinic_home).stdout),
        json.loads(from_source("clients", "--json", environ=clinic_home).stdout),
    ):
        assert sorted(client["name"] for client in names) == ["Aisha Khan", "David O'Connor"]


def _holds(process: subprocess.Popen[str], lock: Path) -> bool:
    """Whether the process has the data folder's lock file open (Linux shows a process's open files in /proc)."""
    return str(lock.resolve()) in _open_files(process)


def _open_files(process: subprocess.Popen[str]) -> list[str]:
    """The files the process has open now.  A file it closes while they are read is left out, not an error: the
    program opens and closes files all the time, and one closing under us once failed a run whose lock was held."""
    try:
        entries = list(Path(f"/proc/{process.pid}/fd").iterdir())
    except OSError:
        return []
    opened = []
    for entry in entries:
        try:
            opened.append(os.readlink(entry))
        except OSError:
            continue
    return opened


def _what_it_is_doing(process: subprocess.Popen[str]) -> str:
    """What the process is waiting on, from /proc, to tell a slow start from a dialog nobody can see."""
    try:
        status = Path(f"/proc/{process.pid}/status").read_text()
    except OSError as error:
        return f"(could not read /proc: {error})"
    opened = sorted(_open_files(process))
    state = next((line for line in status.splitlines() if line.startswith("State:")), "")
    return f"{state}; open files: {opened}"


@pytest.fixture
def window(bundle: Path, clinic_home: dict[str, str], tmp_path: Path) -> Iterator[tuple[subprocess.Popen[str], Path]]:
    """The packaged window started on a demo data folder; its output goes to ``window.log`` beside the folder."""
    folder = tmp_path / "clinic-data"
    _demo_folder(folder, clinic_home)
    command = [str(_program(bundle)), "--data-dir", str(folder)]
    log = tmp_path / "window.log"
    with log.open("w") as output:
        process = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT, text=True, env=clinic_home)
    try:
        yield process, folder
    finally:
        process.terminate()
        process.wait(timeout=30)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="watches the running program through /proc")
def test_the_window_opens_on_an_existing_data_folder(window: tuple[subprocess.Popen[str], Path]) -> None:
    """With no verb the packaged program opens the window on the folder, takes its lock, and keeps running."""
    process, folder = window
    lock = folder / "designer.lock"
    deadline = time.monotonic() + 120  # a generous bound for a busy machine, not a measure of speed
    held = _holds(process, lock)
    while not held and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.1)
        held = _holds(process, lock)
    said = (folder.parent / "window.log").read_text(errors="replace")
    assert process.poll() is None, f"the window stopped with {process.returncode}:\n{said}"
    assert held, f"the window never opened the data folder; it said:\n{said}\n{_what_it_is_doing(process)}"
    # Then it builds the window; still running a moment later means it did not fall over doing so.
    settle = time.monotonic() + 3
    while process.poll() is None and time.monotonic() < settle:
        time.sleep(0.1)
    assert process.poll() is None, f"the window stopped with {process.returncode}"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the X11 libraries are a Linux matter")
def test_missing_screen_libraries_are_named_by_the_packaged_program(bundle: Path, clinic_home: dict[str, str]) -> None:
    """Where this machine lacks a library the bundle does not carry, the packaged program names it, as from source."""
    inside = _build_module().data_folder(bundle)
    plugin = inside / "PySide6" / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    # The bundle's own libraries first, as its program loads them.
    environ = {**clinic_home, "LD_LIBRARY_PATH": str(inside), "QT_QPA_PLATFORM": "xcb", "DISPLAY": ":99"}
    listing = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, env=environ, check=False).stdout
    not_found = sorted({line.split()[0] for line in listing.splitlines() if "not found" in line})
    if not not_found:
        pytest.skip("nothing the X11 plugin needs is missing here (the bundle carries most of it)")
    started = subprocess.run([str(_program(bundle))], capture_output=True, text=True, env=environ, timeout=120)
    assert started.returncode == 1, started.stderr
    assert "cannot open its window" in started.stderr
    for name in not_found:
        assert f"  {name}" in started.stderr
