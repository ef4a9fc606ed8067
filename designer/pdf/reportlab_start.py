"""Loading ReportLab's paragraph module without the work a handout never needs.

Importing ``reportlab.platypus.paragraph`` (and with it ``reportlab.platypus``) compiles regular expressions that
a handout never or rarely uses, and imports the hyphenation library ``pyphen``, which no style of ours asks for:

- the web-address pattern (``uri_pat``), which ignores case over almost all of Unicode: about 45 ms of processor
  time, a tenth of ``python main.py render``; ReportLab only uses it to split a web address too long for its line;
- ``textsplit``'s CJK character pattern (4-5 ms), used only by its ``cjkwrap``, which paragraphs do not call;
- ``rl_safe_eval``'s pattern of unsafe names (about 2 ms), which nothing in ReportLab uses;
- ``PyFontify``'s Python keyword pattern (about 1 ms), for colouring Python source in ``XPreformatted``;
- ``pyphen``, with ``importlib.resources`` and ``zipfile`` (3-4 ms).

So while those modules are first imported, these patterns are handed over uncompiled and compiled the first time
they are used, and ``pyphen`` is handed over as a stand-in that imports it the first time a paragraph asks to
hyphenate.  Every other pattern is compiled as usual.  The patterns behave the same either way, so the handouts do
not change.  Should a later ReportLab change a pattern, it is simply compiled at import again.
"""

from __future__ import annotations

import importlib
import importlib.util
import re
import sys
import threading
from typing import Any

_compile = re.compile
# The start of ReportLab's web-address pattern (ReportLab 4.x and 5.x).
_WEB_ADDRESS_START = "(^(?:[a-z0-9\\.\\-\\+]*)://)"
# ``textsplit.rx``: any character from CJK Radicals up.
_CJK_CHARACTER = "([\u2e80-\uffff])"
# ``rl_safe_eval.__rl_unsafe_re__``: "\b(?:" and the unsafe names joined with "|" (in a set's order, which varies).
_UNSAFE_NAMES_START = "\\b(?:"
# ``PyFontify.matchRE``: a comment, then a keyword preceded by what may stand before one.
_PYTHON_SOURCE_START = "#[^\\n]*|(^|[^a-zA-Z0-9_.\\\"'])("
_lock = threading.Lock()


class PatternCompiledWhenUsed:
    """A regular expression compiled the first time any of its methods (``match``, ``search`` ...) is used."""

    def __init__(self, pattern: str, flags: int) -> None:
        self._pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        if self._compiled is None:
            self._compiled = _compile(self._pattern, self._flags)
        return getattr(self._compiled, name)


def _left_for_later(pattern: str, flags: int) -> bool:
    """One of the patterns above, which ReportLab only uses through their methods (so a stand-in serves)."""
    return (
        (pattern.startswith(_WEB_ADDRESS_START) and bool(flags & re.IGNORECASE))
        or pattern == _CJK_CHARACTER
        or (pattern.startswith(_UNSAFE_NAMES_START) and "co_argcount" in pattern and "__import__" in pattern)
        or pattern.startswith(_PYTHON_SOURCE_START)
    )


def _compile_rarely_used_later(pattern: Any, flags: int = 0) -> Any:
    if isinstance(pattern, str) and _left_for_later(pattern, flags):
        return PatternCompiledWhenUsed(pattern, flags)
    return _compile(pattern, flags)


class PyphenWhenUsed:
    """Stands in for the ``pyphen`` module in ReportLab's paragraphs; imports it when a paragraph hyphenates."""

    def __getattr__(self, name: str) -> Any:
        return getattr(importlib.import_module("pyphen"), name)


def import_reportlab_paragraphs() -> None:
    """Import ``reportlab.platypus`` (and so its paragraph module) with the work above left for later."""
    if "reportlab.platypus.paragraph" in sys.modules:
        return
    with _lock:
        # ``re.compile`` is swapped only while ReportLab's modules run; any other caller meanwhile gets what the
        # real one gives (the patterns above aside), and the real one is always put back.  So is ``pyphen``'s
        # entry in ``sys.modules``: None there makes ReportLab's ``import pyphen`` fail as if it were not installed.
        hold_back_pyphen = "pyphen" not in sys.modules and importlib.util.find_spec("pyphen") is not None
        re.compile = _compile_rarely_used_later
        if hold_back_pyphen:
            sys.modules["pyphen"] = None  # type: ignore[assignment]
        try:
            import reportlab.platypus.paragraph as paragraph
        finally:
            re.compile = _compile
            if hold_back_pyphen and sys.modules.get("pyphen", False) is None:
                del sys.modules["pyphen"]
        if hold_back_pyphen and paragraph.pyphen is None:
            paragraph.pyphen = PyphenWhenUsed()
