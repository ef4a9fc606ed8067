"""The handout's paragraph: ReportLab's, with its markup parsed and its lines broken once and shared.

Every line of words on a handout is one of these.  It lives apart from the
other building blocks because its sharing (a cache of parsed text and broken
lines, kept for the most recent thousands of paragraphs) is what keeps
re-rendering a plan after every edit fast, and needs explaining on its own.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

from reportlab.platypus import Paragraph as _ReportLabParagraph


class Paragraph(_ReportLabParagraph):
    """A ReportLab paragraph that parses its markup once and breaks its lines once per width.

    An exercise is measured to choose its layout and balance its columns, then
    laid out again by the table and the frame, always at the same few widths,
    and the window renders the same plan again after every edit; parsing and
    breaking lines anew each time was most of a render's time.  A paragraph's
    lines depend only on its text, style, bullet and width, so paragraphs with
    the same ones share them (``_SHARED``, kept for the most recent thousands):
    a new paragraph is then in the state one already laid out at that width is in.
    """

    # Set by ReportLab's own ``_setup``; named here for the type checker.
    text: str
    style: Any
    frags: Any
    bulletText: Any

    def __init__(
        self,
        text: str,
        style: Any = None,
        bulletText: str | None = None,
        frags: Any = None,
        caseSensitive: int = 1,
        encoding: str = "utf8",
    ) -> None:
        key = (text, style, bulletText, caseSensitive) if frags is None and style is not None else None
        shared = _shared(key) if key is not None else None
        if shared is None:
            super().__init__(text, style, bulletText, frags, caseSensitive, encoding)
            shared = _Shared(self.text, self.style, self.frags, self.bulletText)
            if key is not None:
                _keep(key, shared)
        else:
            self.caseSensitive = caseSensitive
            self.encoding = encoding
            self.text, self.style, self.frags, self.bulletText = shared.text, shared.style, shared.frags, shared.bullet
            self.debug = 0
        self._shared_lines = shared

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        shared: _Shared = self._shared_lines
        found = shared.lines.get(availWidth)
        if found is not None:
            self.width, self.height, self.blPara, self._wrapWidths, self.frags, self._width_max = found
            return self.width, self.height
        width, height = super().wrap(availWidth, availHeight)
        if availWidth >= 1e-6:  # ReportLab's "cannot fit here" answer is not worth keeping
            with _shared_lock:
                shared.lines[availWidth] = (
                    self.width,
                    self.height,
                    self.blPara,
                    self._wrapWidths,
                    self.frags,
                    getattr(self, "_width_max", 0),
                )
        return width, height


@dataclass
class _Shared:
    """What paragraphs with the same text, style and bullet share: the parsed text, and its lines per width."""

    text: str
    style: Any
    frags: Any
    bullet: Any
    lines: dict[float, tuple[Any, ...]] = field(default_factory=dict)


_SHARED: OrderedDict[tuple[Any, ...], _Shared] = OrderedDict()
_SHARED_SIZE = 4000  # paragraphs: several plans in every layout, a few megabytes
_shared_lock = threading.Lock()


def _shared(key: tuple[Any, ...]) -> _Shared | None:
    with _shared_lock:
        found = _SHARED.get(key)
        if found is not None:
            _SHARED.move_to_end(key)
        return found


def _keep(key: tuple[Any, ...], shared: _Shared) -> None:
    with _shared_lock:
        _SHARED[key] = shared
        while len(_SHARED) > _SHARED_SIZE:
            _SHARED.popitem(last=False)
