"""The branded PDFs: the client's handout and the therapist's exercise catalogue.

The look (fonts, colours, styles) lives in ``theme``; user text is made safe
in ``text``; ``handout`` and ``catalogue`` build the documents; ``rasterise``
turns pages into PNG pictures.  Nothing here opens a window or a database.

The names below are imported when first used, so making a handout does not
load the catalogue or the page rasteriser (``python main.py render`` starts faster).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from designer.lazy import lazy_exports

from .reportlab_start import import_reportlab_paragraphs

# First, before any module here imports ReportLab: it then loads about 45 ms faster (see ``reportlab_start``).
import_reportlab_paragraphs()

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


__getattr__ = lazy_exports(__name__, _HOMES, globals())


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
