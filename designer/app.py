"""Entry point: with no verb, open the designer window; with a verb, run the command line."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from . import cli

    if cli.wants_window(args):
        from .ui.launch import run_window

        return run_window(args)
    return cli.run(args)
