"""Entry point: with no verb, open the designer window; with a verb, run the command line."""

from __future__ import annotations

import gc
import sys

# Most verbs run for a second or so and mostly make objects that live until they end (modules, the exercise library,
# the fonts), which Python's cycle collector would otherwise scan over a hundred times while a handout is made
# (about 40 ms of ``python main.py render``'s processor time).  A verb collects after every 50,000 new objects
# rather than 700; the window, which runs for hours, keeps Python's usual rate (and so does a caller of ``main``
# once the verb is done).
_VERB_GC_THRESHOLD = (50_000, 10, 10)


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    usual = gc.get_threshold()
    gc.set_threshold(*_VERB_GC_THRESHOLD)
    try:
        from .cli import run, wants_window

        if not wants_window(args):
            return run(args)
    finally:
        gc.set_threshold(*usual)
    from .ui.launch import run_window

    return run_window(args)
