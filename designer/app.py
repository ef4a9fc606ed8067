"""Entry point: with no verb, open the designer window; with a verb, run the command line."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from .cli import run, wants_window

    if wants_window(args):
        from .ui.launch import run_window

        return run_window(args)
    return run(args)
