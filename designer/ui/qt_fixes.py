"""A guard against two faults in the Qt bindings that would otherwise crash the window after a while.

PySide6 6.12.0 on Python 3.11 returns ``None`` from every call of a C++
function that returns nothing (``label.setText``, ``timer.start``, ...)
without taking the reference it gives away, so ``None``'s reference count
falls by one on each such call.  A signal sent from Python (``emit``) does the
same to ``True``, whatever the signal carries.  When a count reaches zero
Python stops with "Fatal Python error: none_dealloc" (or "bool_dealloc") —
after some thousands of clicks and keystrokes, or when the program exits.
Python 3.12 and later make ``None`` and ``True`` immortal, and other PySide6
versions do not have the faults.

``protect_none`` checks whether the running binding has each fault and, only
then, gives the object so large a reference count that it can never reach
zero: what Python 3.12 does for every program.  The better cure is a PySide6
release without the faults or Python 3.12; the designer needs 6.12 for its small
PDF package (``PySide6-Pdf``), so the guard stays until a fixed 6.12 is out.
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


def binding_drops_true() -> bool:
    """True when sending a signal from Python takes a reference from ``True``."""
    from PySide6.QtCore import QObject, Signal

    class Probe(QObject):
        sent = Signal(int)

    probe = Probe()
    before = sys.getrefcount(True)
    for number in range(200):
        probe.sent.emit(number)
    return sys.getrefcount(True) <= before - 150


def protect_none() -> bool:
    """Make ``None`` and ``True`` immortal where this Python and binding need it; True when a guard is in place."""
    global _protected
    if _protected or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return _protected
    for needed, target in ((binding_drops_none, None), (binding_drops_true, True)):
        if needed():
            # ob_refcnt is the first field of every CPython object: raise it far beyond what the fault can take.
            ctypes.c_ssize_t.from_address(id(target)).value += HEADROOM
            _protected = True
    return _protected
