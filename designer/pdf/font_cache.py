"""ReportLab's parsed TrueType data, kept in the user's cache folder so a new process need not parse the font again.

Parsing a DejaVu face (its glyph map, widths and glyph positions) costs ReportLab 15-25 ms of processor time, and
``python main.py render`` registers four of them on every start.  The parsed data is the same every time, so the
first process keeps it and the next ones load it in about a third of the time.  It is kept with ``marshal`` (plain
numbers, strings, lists and dicts: faster to load than a pickle, and loading it runs no code).  The font's bytes
are still read from the font file itself: only what ReportLab worked out from them is cached.

The cache is only ever a shortcut: it is keyed by the font file's size and modification time, ReportLab's version
and Python's, written atomically, and any file that cannot be read or does not match is ignored (the font is then
parsed as before, and the cache written again).  A damaged cache can never stop a handout.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import sys
import tempfile
import zlib
from pathlib import Path
from typing import Any

import reportlab
from reportlab.pdfbase.ttfonts import TTFNameBytes, TTFontFace

# Raised by this number when what is kept changes, so an older cache file is simply not used.
_CACHE_FORMAT = 1
# Not cached: the font file's bytes (read from the font, which is where they belong), the parser's position, and
# ReportLab's scaling function (a lambda, which pickle cannot keep; made again from the units per em).
_NOT_KEPT = ("_ttf_data", "_pos", "_pdfScale")


def cache_folder() -> Path | None:
    """Where parsed fonts are kept: the per-user cache folder (``~/.cache/ProgrammeDesigner/fonts`` on Linux).

    ``PROGRAMME_DESIGNER_FONT_CACHE`` names another folder; set to an empty value it turns the cache off (None).
    """
    chosen = os.environ.get("PROGRAMME_DESIGNER_FONT_CACHE")
    if chosen is not None:
        return Path(chosen) if chosen else None
    import platformdirs

    from designer.paths import APP_AUTHOR, APP_NAME

    return Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR)) / "fonts"


def _key(path: Path) -> tuple[Any, ...]:
    """What the parsed data depends on: the file (by size and modification time) and the code that parsed it."""
    facts = path.stat()
    return (
        _CACHE_FORMAT,
        marshal.version,
        path.name,
        facts.st_size,
        facts.st_mtime_ns,
        reportlab.Version,
        list(sys.version_info[:2]),
    )


def _cache_file(path: Path) -> Path | None:
    """The file keeping the font at ``path``: one per font folder, so two installations of the designer (an update
    beside the old one, a copy run from its source) each keep their own rather than replacing each other's on
    every start (their font files differ in modification time, so each would find the other's out of date)."""
    folder = cache_folder()
    if folder is None:
        return None
    return folder / f"{path.stem}-{zlib.crc32(str(path.parent).encode('utf-8')):08x}.marshal"


def load_face(path: Path) -> TTFontFace:
    """The parsed face of the TrueType font at ``path``: from the cache when it matches, else parsed (and kept)."""
    key = _key(path)
    cached = _cache_file(path)
    if cached is not None:
        face = _read_cached(cached, key, path)
        if face is not None:
            return face
    face = TTFontFace(str(path))
    if cached is not None:
        _write_cached(cached, key, face)
    return face


def _read_cached(cached: Path, key: tuple[Any, ...], path: Path) -> TTFontFace | None:
    """The face kept in ``cached`` if it was made from this very font by this ReportLab, else None."""
    try:
        kept = marshal.loads(cached.read_bytes())
        if not isinstance(kept, dict) or kept.get("key") != list(key) or not isinstance(kept.get("state"), dict):
            return None
        face: TTFontFace = TTFontFace.__new__(TTFontFace)
        face.__dict__.update(kept["state"])
        for name, text in kept["names"].items():
            setattr(face, name, TTFNameBytes(text.encode("utf-8")))  # the font's names, as ReportLab keeps them
        face._ttf_data = path.read_bytes()  # ReportLab cuts each handout's subset out of these
        face._pos = 0
        face.filename = str(path)  # where the font is now, should the installation have moved
        face._pdfScale = _scale(face.unitsPerEm)
    except Exception:  # a cache that cannot be used is just parsed again, whatever went wrong with it
        return None
    if len(face._ttf_data) != path.stat().st_size or list(_key(path)) != list(key):
        return None  # the font changed while it was being read
    return face


def _scale(units_per_em: int) -> Any:
    """Font units to thousandths of the type size, computed as ``TTFontFile.extractInfo`` does."""
    if units_per_em == 1000:
        return lambda x: x
    per_unit = 1000 / units_per_em
    return lambda x: x * per_unit


def _write_cached(cached: Path, key: tuple[Any, ...], face: TTFontFace) -> None:
    """Keep ``face`` for the next process; a folder that cannot be written only means no shortcut next time."""
    kept = {name: value for name, value in face.__dict__.items() if name not in _NOT_KEPT}
    # marshal keeps only built-in types: the font's names (bytes that also know their text) are kept as text.
    names = {name: value.ustr for name, value in kept.items() if isinstance(value, TTFNameBytes)}
    state = {name: value for name, value in kept.items() if name not in names}
    with contextlib.suppress(Exception):
        cached.parent.mkdir(parents=True, exist_ok=True)
        # Written beside the target and renamed in, so two processes starting at once never see half a file.
        handle, temporary = tempfile.mkstemp(prefix=f".{cached.name}.", suffix=".tmp", dir=cached.parent)
        try:
            with os.fdopen(handle, "wb") as file:
                file.write(marshal.dumps({"key": list(key), "state": state, "names": names}))
            os.replace(temporary, cached)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
