"""A guard against a fault in the Qt bindings that would otherwise crash the window after a while.

PySide6 6.12.0 on Python 3.11 returns ``None`` from every call of a C++
function that returns nothing (``label.setText``, ``timer.start``, ...)
without taking the reference it gives away, so ``None``'s reference count
falls by one on each such call.  When it reaches zero Python stops with
"Fatal Python error: none_dealloc" — after some thousands of clicks and
keystrokes, or when the program exits.  Python 3.12 and later make ``None``
immortal, and other PySide6 versions do not have the fault.

``protect_none`` checks whether the running binding has the fault and, only
then, gives ``None`` so large a reference count that it can never reach zero:
what Python 3.12 does for every program.  The better cure is a PySide6 release
without the fault (6.11.3 has none) or Python 3.12.
"""

from __future__ import annotations

import ctypes
import sys

HEADROOM = 1 << 40  # more calls than a window makes in centuries of use
_protected = False


def binding_drops_none() -> bool:
    """True when calls into Qt that return nothing take a reference from ``None``."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(200):
        probe.setObjectName("probe")
    return sys.getrefcount(None) <= before - 150


def protect_none() -> bool:
    """Make ``None`` immortal if this Python and binding need it; True when the guard was put in place."""
    global _protected
    if _protected or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return _protected
    if not binding_drops_none():
        return False
    # ob_refcnt is the first field of every CPython object: raise it far beyond anything the fault can take away.
    ctypes.c_ssize_t.from_address(id(None)).value += HEADROOM
    _protected = True
    return True
