"""Loading ReportLab's paragraph module without its slowest line.

``reportlab.platypus.paragraph`` compiles, as it is imported, a regular expression for web addresses (``uri_pat``)
that ignores case over almost all of Unicode: about 45 ms of processor time, a tenth of ``python main.py render``.
ReportLab only uses it to split a web address too long for its line, which most handouts never need.  So while that
module is first imported, this one pattern is handed over uncompiled and compiled the first time it is used; every
other pattern is compiled as usual.  The pattern behaves the same either way, so the handouts do not change.
"""

from __future__ import annotations

import re
import sys
import threading
from typing import Any

_compile = re.compile
# The start of ReportLab's web-address pattern (ReportLab 4.x and 5.x).  Should a later ReportLab change it, it is
# simply compiled at import again.
_WEB_ADDRESS_START = "(^(?:[a-z0-9\\.\\-\\+]*)://)"
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


def _compile_web_address_later(pattern: Any, flags: int = 0) -> Any:
    if isinstance(pattern, str) and pattern.startswith(_WEB_ADDRESS_START) and flags & re.IGNORECASE:
        return PatternCompiledWhenUsed(pattern, flags)
    return _compile(pattern, flags)


def import_reportlab_paragraphs() -> None:
    """Import ``reportlab.platypus`` (and so its paragraph module) with the web-address pattern left for later."""
    if "reportlab.platypus.paragraph" in sys.modules:
        return
    with _lock:
        # ``re.compile`` is swapped only while ReportLab's modules run; any other caller meanwhile gets what the
        # real one gives (the one pattern above aside), and the real one is always put back.
        re.compile = _compile_web_address_later
        try:
            import reportlab.platypus.paragraph  # noqa: F401 - imported for its side effect: loading it now
        finally:
            re.compile = _compile
