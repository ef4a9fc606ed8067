"""Which of Qt's files the packaged designer keeps.

PyInstaller's PySide6 hooks collect every plugin and translation that might be wanted.  The designer uses widgets,
printing and the PDF preview, in English, so the rest is left out: this keeps the Linux bundle small and leaves no
QML or Quick in it.  Paths are the bundle's own (``PySide6/Qt/plugins/...``), with either kind of slash.
"""

from __future__ import annotations

from collections.abc import Callable

# Plugin folders the window never loads: kiosk and embedded screens, input devices, Quick's virtual keyboard,
# databases, networking back ends (QtPdf links QtNetwork, but never opens a connection), Qt Designer.
_UNUSED_PLUGIN_FOLDERS = (
    "designer",
    "egldeviceintegrations",
    "generic",
    "networkinformation",
    "qmltooling",
    "sqldrivers",
    "tls",
    "vectorimageformats",
    "wayland-graphics-integration-server",
)

# Screens the window can use: a desktop under X11 or Wayland, Windows, macOS, and offscreen (for screenshots
# and CI).  The others are for embedded devices.
_USED_PLATFORMS = ("xcb", "wayland", "offscreen", "windows", "cocoa", "minimal")

# Image formats the designer reads: its PNG drawings, a clinic's JPEG or GIF logo and photos, the SVG arrows.
_USED_IMAGE_FORMATS = ("jpeg", "gif", "svg", "ico", "icns", "webp")

# Qt libraries nothing we use links against.
_UNUSED_QT_LIBRARIES = ("Qml", "Quick", "VirtualKeyboard", "Sql", "Test", "Designer", "ShaderTools", "Help")


def _parts(path: str) -> list[str]:
    return path.replace("\\", "/").split("/")


def keep_data(path: str) -> bool:
    """False for Qt's translations (the designer is in English) and anything of QML."""
    parts = _parts(path)
    if "PySide6" not in parts:
        return True
    return not ({"translations", "qml", "metatypes"} & set(parts))


def keep_binary(path: str) -> bool:
    """False for plugins and Qt libraries the designer never loads."""
    parts = _parts(path)
    if "PySide6" not in parts and not any(part.startswith("libQt6") or part.startswith("Qt6") for part in parts):
        return True
    name = parts[-1]
    if "plugins" in parts:
        folder = parts[parts.index("plugins") + 1] if parts.index("plugins") + 1 < len(parts) - 1 else ""
        if folder in _UNUSED_PLUGIN_FOLDERS:
            return False
        if folder == "platforms":
            return any(f"q{platform}." in name for platform in _USED_PLATFORMS)
        if folder == "imageformats":
            return any(f"q{image_format}." in name for image_format in _USED_IMAGE_FORMATS)
        if folder == "platformthemes":
            # The GTK theme would load the machine's GTK beside the bundle's older GLib and Pango: a known way
            # to crash.  The desktop portal theme still gives the desktop's own file dialogs.
            return "gtk" not in name
        if folder == "platforminputcontexts":
            return "virtualkeyboard" not in name
        return True
    if "qml" in parts:
        return False
    stem = name.split(".")[0].removeprefix("lib").removeprefix("Qt6")
    return not any(stem.startswith(unused) for unused in _UNUSED_QT_LIBRARIES)


def reachable_binaries(
    binaries: list[tuple[str, str, str]], needs: Callable[[str], set[str]]
) -> list[tuple[str, str, str]]:
    """``binaries`` without the system libraries that only plugins we left out needed.

    PyInstaller gathers a plugin's libraries before ``keep_binary`` drops the plugin, so the GTK theme's Pango and
    Cairo would stay behind.  Entries are PyInstaller's ``(destination, source, kind)``; ``needs(source)`` gives the
    file names a binary links against.  Everything in a subfolder (Qt, extension modules) and libpython is kept;
    a library at the top of the bundle is kept only if something kept links against it, directly or not.
    """
    top_level = {entry[0]: entry for entry in binaries if "/" not in entry[0].replace("\\", "/")}
    kept_names = {name for name, entry in top_level.items() if entry[2] != "BINARY" or name.startswith("libpython")}
    waiting = [entry for entry in binaries if entry[0] not in top_level or entry[0] in kept_names]
    while waiting:
        entry = waiting.pop()
        for name in needs(entry[1]):
            if name in top_level and name not in kept_names:
                kept_names.add(name)
                waiting.append(top_level[name])
    return [entry for entry in binaries if entry[0] not in top_level or entry[0] in kept_names]
