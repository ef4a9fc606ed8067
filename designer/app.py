"""Entry point: with no verb, open the designer window; with a verb, run the command line."""

from __future__ import annotations

import atexit
import gc
import sys

# Most verbs run for a second or so and mostly make objects that live until they end (modules, the exercise library,
# the fonts), which Python's cycle collector would otherwise scan over a hundred times while a handout is made
# (about 40 ms of ``python main.py render``'s processor time).  A verb collects after every 50,000 new objects
# rather than 700; the window, which runs for hours, keeps Python's usual rate (and so does a caller of ``main``
# once the verb is done).
_VERB_GC_THRESHOLD = (50_000, 10, 10)


def _skip_cycle_scans_at_exit() -> None:
    """Spare the process the cycle collector's last scans over everything a verb loaded.

    As Python shuts down it clears every module and runs the cycle collector over all objects still alive, more than
    once: the modules, the exercise library, the fonts' glyph tables.  After ``python main.py render`` that is 50-60
    ms of processor time, a seventh of the whole run, spent freeing memory the operating system takes back anyway.
    Frozen objects are left out of those scans (``gc.freeze``); everything else about shutting down is as usual:
    exit handlers run, modules are cleared, files are flushed and closed.  Registered by a verb, so it runs only as
    the process ends, never while a caller of ``main`` carries on.
    """
    gc.freeze()


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    usual = gc.get_threshold()
    gc.set_threshold(*_VERB_GC_THRESHOLD)
    try:
        from .cli import run, wants_window

        if not wants_window(args):
            atexit.unregister(_skip_cycle_scans_at_exit)  # once, however many verbs a caller runs
            atexit.register(_skip_cycle_scans_at_exit)
            return run(args)
    finally:
        gc.set_threshold(*usual)
    from .ui.launch import run_window

    return run_window(args)
