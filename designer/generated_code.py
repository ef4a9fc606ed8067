"""The methods ``dataclasses`` writes for each class, compiled once and kept in the user's cache folder.

For every dataclass Python writes the source of ``__init__``, ``__repr__``, ``__eq__`` and ``__hash__`` (and, when
frozen, ``__setattr__`` and ``__delattr__``) and compiles it as the class is made: for the 40-odd classes
``python main.py render`` loads, 40-50 ms of processor time, a sixth of the whole run.  The text is the same on
every run, so the first process keeps what it compiled and the next ones look each text up.

The cache is only a shortcut and cannot change what runs: a compiled method is used only for exactly the text it
was compiled from (the text is the key), compiled as ``exec`` would compile it, and only by the Python that made
it.  A file that cannot be read is ignored (everything is then compiled, as without a cache); it is written
atomically and owner-only, once, as the process ends, and only when something new was compiled.
``PROGRAMME_DESIGNER_CODE_CACHE`` names another folder; set to an empty value it turns the cache off.
"""

from __future__ import annotations

import atexit
import builtins
import contextlib
import dataclasses
import importlib.util
import marshal
import os
import sys
import tempfile
from pathlib import Path
from types import CodeType
from typing import Any

# More kept texts than this (old versions of classes pile up as the designer is updated): keep this run's only.
_MOST_KEPT = 4000


def cache_file() -> Path | None:
    """Where the compiled methods are kept: ``~/.cache/ProgrammeDesigner/code/`` on Linux, one file per Python."""
    chosen = os.environ.get("PROGRAMME_DESIGNER_CODE_CACHE")
    if chosen is not None:
        folder = Path(chosen) if chosen else None
    else:
        import platformdirs

        from designer.paths import APP_AUTHOR, APP_NAME

        folder = Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR)) / "code"
    return folder / f"dataclasses-{sys.implementation.cache_tag}.marshal" if folder is not None else None


class CompiledMethods:
    """Stands in for ``exec`` inside ``dataclasses``: the same code runs, compiled once per text and kept."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.kept: dict[str, CodeType] = _read(path)
        self.used: dict[str, CodeType] = {}
        self.compiled = 0

    def exec(self, source: Any, globals: Any = None, locals: Any = None) -> None:
        if globals is None:  # ``exec`` called from ``dataclasses`` runs in that module's globals
            globals = vars(dataclasses)
        if type(source) is not str:
            builtins.exec(source, globals, locals)
            return
        code = self.used.get(source) or self.kept.get(source)  # (frozen classes share the same __setattr__)
        if code is None:
            # As ``exec`` compiles a text: file name "<string>", no ``__future__`` flags of this module.
            code = compile(source, "<string>", "exec", dont_inherit=True)
            self.compiled += 1
        self.used[source] = code
        builtins.exec(code, globals, locals)

    def save(self) -> None:
        """Keep what this process compiled for the next one; a folder that cannot be written only costs time."""
        if not self.compiled:
            return
        kept = {**self.kept, **self.used} if len(self.kept) + len(self.used) <= _MOST_KEPT else self.used
        with contextlib.suppress(Exception):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # Written beside the target and renamed in, so two processes ending at once never see half a file.
            handle, temporary = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent)
            try:
                with os.fdopen(handle, "wb") as file:
                    file.write(marshal.dumps({"key": _key(), "code": kept}))
                os.replace(temporary, self.path)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(temporary)
                raise


def _key() -> list[Any]:
    """What compiled code depends on: the Python that compiled it (its bytecode's magic number) and marshal."""
    return [importlib.util.MAGIC_NUMBER, marshal.version, sys.implementation.cache_tag]


def _read(path: Path) -> dict[str, CodeType]:
    """The methods kept in ``path`` if this Python made them; else none."""
    try:
        kept = marshal.loads(path.read_bytes())
        if not isinstance(kept, dict) or kept.get("key") != _key() or not isinstance(kept.get("code"), dict):
            return {}
        return {
            text: code for text, code in kept["code"].items() if isinstance(text, str) and isinstance(code, CodeType)
        }
    except Exception:  # a cache that cannot be used is simply not used, whatever went wrong with it
        return {}


def remember_dataclass_methods() -> CompiledMethods | None:
    """From now on, dataclasses' methods come from the cache (and are kept as the process ends).  Once per process.

    ``dataclasses`` calls ``exec`` by its plain name, so a module-level ``exec`` in it is found before the
    built-in one; nothing else in Python is touched.
    """
    global _installed
    if _installed is not None:
        return _installed
    path = cache_file()
    if path is None:
        return None
    _installed = CompiledMethods(path)
    dataclasses.exec = _installed.exec  # type: ignore[attr-defined]
    atexit.register(_installed.save)
    return _installed


_installed: CompiledMethods | None = None
