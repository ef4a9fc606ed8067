"""The branded PDFs: the client's handout and the therapist's exercise catalogue.

The look (fonts, colours, styles) lives in ``theme``; user text is made safe
in ``text``; ``handout`` and ``catalogue`` build the documents; ``rasterise``
turns pages into PNG pictures.  Nothing here opens a window or a database.
"""

from .catalogue import render_catalogue
from .handout import HandoutError, HandoutOptions, RenderResult, render_handout, render_handout_with_warnings
from .rasterise import page_pngs

__all__ = [
    "HandoutError",
    "HandoutOptions",
    "RenderResult",
    "page_pngs",
    "render_catalogue",
    "render_handout",
    "render_handout_with_warnings",
]
