"""Entry point: with no verb, open the designer window; with a verb, run the command line."""

from __future__ import annotations

import os
import sys

DATABASE = "PROGRAMME_DESIGNER_DATABASE"


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from .cli import run, wants_window

    if wants_window(args):
        if "--database" in args or any(a.startswith("--database=") for a in args) or os.environ.get(DATABASE):
            # The window does not open a shared database yet (issue 18): say so rather than quietly show the
            # data folder, where the therapist would work on the wrong data.
            print(
                "error: the window cannot use a shared database yet; use the verbs with --database "
                f"(python main.py clients --database URL), or unset {DATABASE} to open the data folder",
                file=sys.stderr,
            )
            return 2
        from .ui.launch import run_window

        return run_window(args)
    return run(args)
