"""The missing-library message, simulated: a real plugin file whose system library is not on the machine.

The plugin is a tiny shared library compiled here and linked against a library that is then deleted, so loading it
fails exactly as Qt's xcb plugin does on a machine without ``libxcb-cursor0``: the system loader names the missing
file.  Where no C compiler is found, those tests are skipped.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from designer.platform_libraries import (
    MissingLibrary,
    explain,
    missing_libraries,
    problem_before_window,
    uses_xcb,
)

ABSENT = "libdesigner-absent.so.0"
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the check is for Linux's X11 libraries")


def _compiler() -> str:
    found = shutil.which("cc") or shutil.which("gcc")
    if found is None:
        pytest.skip("no C compiler here to build a plugin with a missing library")
    return found


@pytest.fixture
def plugins_dir(tmp_path: Path) -> Path:
    """A plugin folder whose ``platforms/libqxcb.so`` needs ``libdesigner-absent.so.0``, which is not there."""
    compiler = _compiler()
    build = tmp_path / "build"
    build.mkdir()
    (build / "absent.c").write_text("int designer_absent(void) { return 1; }\n")
    (build / "plugin.c").write_text(
        "int designer_absent(void);\nint plugin_entry(void) { return designer_absent(); }\n"
    )
    subprocess.run(
        [compiler, "-shared", "-fPIC", f"-Wl,-soname,{ABSENT}", "-o", str(build / ABSENT), str(build / "absent.c")],
        check=True,
    )
    platforms = tmp_path / "plugins" / "platforms"
    platforms.mkdir(parents=True)
    link = [compiler, "-shared", "-fPIC", "-Wl,--no-as-needed", "-o", str(platforms / "libqxcb.so")]
    subprocess.run([*link, str(build / "plugin.c"), f"-L{build}", f"-l:{ABSENT}"], check=True)
    (build / ABSENT).unlink()  # now the plugin's library is missing, as libxcb-cursor.so.0 is on a bare Ubuntu
    return tmp_path / "plugins"


@linux_only
def test_the_missing_library_is_named_with_its_package(plugins_dir: Path) -> None:
    known = {ABSENT: "libdesigner-absent0", "libc.so.6": "libc6"}
    missing = missing_libraries(plugins_dir / "platforms" / "libqxcb.so", known)
    assert missing == [MissingLibrary(ABSENT, "libdesigner-absent0")]


@linux_only
def test_a_library_we_have_no_package_for_is_still_named(plugins_dir: Path) -> None:
    missing = missing_libraries(plugins_dir / "platforms" / "libqxcb.so", {})
    assert missing == [MissingLibrary(ABSENT, "")]
    assert f"which package provides {ABSENT}" in explain(missing)


@linux_only
def test_a_plugin_that_loads_needs_nothing(tmp_path: Path) -> None:
    compiler = _compiler()
    (tmp_path / "plugin.c").write_text("int plugin_entry(void) { return 0; }\n")
    plugin = tmp_path / "libqxcb.so"
    subprocess.run([compiler, "-shared", "-fPIC", "-o", str(plugin), str(tmp_path / "plugin.c")], check=True)
    assert missing_libraries(plugin, {ABSENT: "libdesigner-absent0"}) == []


@linux_only
def test_a_damaged_plugin_is_left_to_qt(tmp_path: Path) -> None:
    plugin = tmp_path / "libqxcb.so"
    plugin.write_bytes(b"not a shared library")
    assert missing_libraries(plugin) == []


def test_the_message_gives_the_install_command() -> None:
    message = explain(
        [MissingLibrary("libxcb-cursor.so.0", "libxcb-cursor0"), MissingLibrary("libxcb-icccm.so.4", "libxcb-icccm4")]
    )
    assert "libxcb-cursor.so.0 (package libxcb-cursor0)" in message
    assert "sudo apt install libxcb-cursor0 libxcb-icccm4" in message


@pytest.mark.parametrize(
    ("qt_args", "environ", "expected"),
    [
        ([], {}, True),  # Qt's default on Linux is X11
        ([], {"QT_QPA_PLATFORM": "offscreen"}, False),
        ([], {"QT_QPA_PLATFORM": "xcb"}, True),
        ([], {"QT_QPA_PLATFORM": "wayland;xcb"}, False),
        (["-platform", "xcb"], {"QT_QPA_PLATFORM": "offscreen"}, True),  # the command line wins
        (["-platform", "offscreen"], {}, False),
        ([], {"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"}, False),
        ([], {"XDG_SESSION_TYPE": "x11"}, True),
    ],
)
def test_only_an_x11_start_is_checked(qt_args: list[str], environ: dict[str, str], expected: bool) -> None:
    assert uses_xcb(qt_args, environ) is expected


@linux_only
def test_nothing_is_said_off_x11_or_off_linux(plugins_dir: Path) -> None:
    assert problem_before_window([], {"QT_QPA_PLATFORM": "offscreen"}, plugins_dir, "linux") == ""
    assert problem_before_window([], {"QT_QPA_PLATFORM": "xcb"}, plugins_dir, "win32") == ""
    assert "libdesigner-absent.so.0" in problem_before_window([], {"QT_QPA_PLATFORM": "xcb"}, plugins_dir, "linux")


@linux_only
def test_the_window_says_what_is_missing_instead_of_aborting(
    plugins_dir: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``programme-designer`` on X11 with the library missing: our message and exit code 1, and no window."""
    import PySide6.QtCore

    from designer.app import main

    class SimulatedLibraryInfo:
        """Qt's plugin folder is the simulated one; everything else about Qt is real."""

        LibraryPath = PySide6.QtCore.QLibraryInfo.LibraryPath

        @staticmethod
        def path(which: object) -> str:
            assert which == PySide6.QtCore.QLibraryInfo.LibraryPath.PluginsPath
            return str(plugins_dir)

    monkeypatch.setattr(PySide6.QtCore, "QLibraryInfo", SimulatedLibraryInfo)
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")

    assert main(["--data-dir", str(data_dir)]) == 1
    err = capsys.readouterr().err
    assert "cannot open its window" in err
    assert f"  {ABSENT}" in err
    assert list(data_dir.iterdir()) == []  # it stopped before opening the clinic's data


@linux_only
def test_this_machines_real_xcb_plugin_agrees_with_the_loader() -> None:
    """On the real Qt: what the check calls missing is what ``ldd`` calls "not found" (both empty on a full desktop)."""
    ldd = shutil.which("ldd")
    if ldd is None:
        pytest.skip("ldd is not here to compare with")
    from PySide6.QtCore import QLibraryInfo

    plugin = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms" / "libqxcb.so"
    if not plugin.is_file():
        pytest.skip("this Qt has no xcb plugin")
    listing = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, check=False).stdout
    not_found = {line.split()[0] for line in listing.splitlines() if "not found" in line}
    assert {library.file_name for library in missing_libraries(plugin)} == not_found
