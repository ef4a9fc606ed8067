"""Packages whose names load their module only when first used (``designer.pdf.render_handout``,
``designer.mail.send_message``): a command that never mails never imports the mail code, so it starts sooner."""

from __future__ import annotations

from collections.abc import Callable, Mapping, MutableMapping
from importlib import import_module
from typing import Any


def lazy_exports(package: str, homes: Mapping[str, str], namespace: MutableMapping[str, Any]) -> Callable[[str], Any]:
    """A module ``__getattr__`` for ``package``: name X is taken from the module ``homes[X]`` the first time it is
    asked for, and kept in ``namespace`` (the package's globals) so the next use is a plain look-up."""

    def __getattr__(name: str) -> Any:
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(f".{home}", package), name)
        namespace[name] = value
        return value

    return __getattr__
