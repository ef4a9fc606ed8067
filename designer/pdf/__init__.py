"""The branded PDFs: the client's handout and the therapist's exercise catalogue.

The look (fonts, colours, styles) lives in ``theme``; user text is made safe
in ``text``; ``handout`` and ``catalogue`` build the documents; ``rasterise``
turns pages into PNG pictures.  Nothing here opens a window or a database.

The names below are imported when first used, so making a handout does not
load the catalogue or the page rasteriser (``python main.py render`` starts faster).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .catalogue import render_catalogue
    from .handout import HandoutError, HandoutOptions, RenderResult, render_handout, render_handout_with_warnings
    from .rasterise import page_pngs
    from .warnings import HandoutWarning, WarningKind

_HOMES = {
    "HandoutError": "handout",
    "HandoutOptions": "handout",
    "RenderResult": "handout",
    "render_handout": "handout",
    "render_handout_with_warnings": "handout",
    "HandoutWarning": "warnings",
    "WarningKind": "warnings",
    "page_pngs": "rasterise",
    "render_catalogue": "catalogue",
}


def __getattr__(name: str) -> Any:
    """``designer.pdf.X``: imports the module that holds X the first time X is asked for."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{home}", __name__), name)
    globals()[name] = value
    return value


__all__ = [
    "HandoutError",
    "HandoutOptions",
    "HandoutWarning",
    "RenderResult",
    "WarningKind",
    "page_pngs",
    "render_catalogue",
    "render_handout",
    "render_handout_with_warnings",
]
