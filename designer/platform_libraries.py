"""Before the window opens on Linux: are the system libraries Qt's X11 screen support needs installed?

Qt 6.5 and later need ``libxcb-cursor0`` and a few other X11 libraries that many Debian and Ubuntu machines lack.
Without them Qt aborts with "Could not load the Qt platform plugin "xcb"", which tells a therapist nothing.  This
module tries to load Qt's xcb plugin the way Qt will; when that fails for a missing library it names every missing
one and the command that installs them, so the designer can print that and stop before Qt aborts.

No Qt here: the caller passes the plugin's path (Qt knows where its plugins are), so this runs, and is tested,
without a window.
"""

from __future__ import annotations

import _ctypes
import ctypes
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

# The libraries Qt's xcb plugin loads (Qt 6.5+), and the Debian/Ubuntu package of each.  Checked one by one so
# that a machine missing several hears of them all at once, not one per try.
XCB_LIBRARIES: Mapping[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libX11.so.6": "libx11-6",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
}

# Resolve every library at once, as Qt's plugin loader does, so a missing one is found now, not at first use.
_RTLD_NOW = getattr(os, "RTLD_NOW", 2)

# What the system loader says when a library is not there: "libxcb-cursor.so.0: cannot open shared object file".
_NOT_FOUND = re.compile(r"([\w.+-]+\.so[\w.]*): cannot open shared object file")


@dataclass(frozen=True)
class MissingLibrary:
    """A system library the window needs, and the package that brings it (empty when we do not know it)."""

    file_name: str
    package: str


def uses_xcb(qt_args: Sequence[str], environ: Mapping[str, str]) -> bool:
    """True when Qt will try X11 first: ``-platform xcb``, ``QT_QPA_PLATFORM=xcb``, or the default outside Wayland."""
    requested = ""
    args = list(qt_args)
    for index, arg in enumerate(args):
        if arg in ("-platform", "--platform") and index + 1 < len(args):
            requested = args[index + 1]
        elif arg.startswith(("-platform=", "--platform=")):
            requested = arg.split("=", 1)[1]
    requested = requested or environ.get("QT_QPA_PLATFORM", "")
    if requested:
        return requested.split(";")[0].split(":")[0].strip() == "xcb"
    # Qt's own default: Wayland first in a Wayland session (falling back to X11 only if that fails), else X11.
    return environ.get("XDG_SESSION_TYPE", "") != "wayland" or not environ.get("WAYLAND_DISPLAY")


def _loads(file_name: str | Path) -> str:
    """The system loader's complaint about ``file_name``, or "" when it loads.

    ``_ctypes.dlopen`` rather than ``ctypes.CDLL``: in the packaged designer PyInstaller wraps ``CDLL`` and
    replaces the loader's message (which names the missing file) with one of its own.
    """
    try:
        handle = _ctypes.dlopen(str(file_name), ctypes.RTLD_LOCAL | _RTLD_NOW)
    except OSError as error:
        return str(error)
    _ctypes.dlclose(handle)
    return ""


def missing_libraries(plugin: Path, known: Mapping[str, str] = XCB_LIBRARIES) -> list[MissingLibrary]:
    """The system libraries that stop ``plugin`` loading; empty when it loads, or fails for another reason."""
    complaint = _loads(plugin)
    if not complaint:
        return []
    named = _NOT_FOUND.search(complaint)
    if named is None:
        return []  # not a missing library (a damaged file, say): Qt's own message says more than we could
    missing = [MissingLibrary(name, package) for name, package in known.items() if _loads(name)]
    first = named.group(1)
    if first not in {library.file_name for library in missing}:
        missing.insert(0, MissingLibrary(first, known.get(first, "")))
    return missing


def explain(missing: Sequence[MissingLibrary]) -> str:
    """What to tell the person starting the designer: which libraries, and the command that installs them."""
    lines = ["The designer cannot open its window: Qt's X11 screen support needs system libraries this computer lacks:"]
    lines += [
        f"  {library.file_name}" + (f" (package {library.package})" if library.package else "") for library in missing
    ]
    packages = [library.package for library in missing if library.package]
    if packages:
        lines += ["On Debian or Ubuntu, install them with:", f"  sudo apt install {' '.join(packages)}"]
    unknown = [library.file_name for library in missing if not library.package]
    if unknown:
        lines.append(f"Ask your system's package manager which package provides {', '.join(unknown)}.")
    lines.append("Then start the designer again. (The command-line verbs, such as render, work without them.)")
    return "\n".join(lines)


def problem_before_window(qt_args: Sequence[str], environ: Mapping[str, str], plugins_dir: Path, system: str) -> str:
    """The explanation to print instead of opening the window, or "" when nothing stands in the way.

    ``plugins_dir`` is Qt's plugin folder; ``system`` is ``sys.platform``.  Only Linux under X11 is checked: there
    the libraries are the machine's own, while Windows and macOS bring theirs with Qt.
    """
    if not system.startswith("linux") or not uses_xcb(qt_args, environ):
        return ""
    plugin = plugins_dir / "platforms" / "libqxcb.so"
    if not plugin.is_file():
        return ""  # a Qt without X11 support: nothing of ours to explain
    missing = missing_libraries(plugin)
    return explain(missing) if missing else ""
