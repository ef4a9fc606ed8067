"""Running one verb: parse, dispatch to its module, and turn every failure into one line and an exit code."""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Callable, Sequence
from importlib import import_module
from typing import Any

from designer.domain import ValidationError
from designer.workflows import WorkflowError

from .common import CommandError, one_line
from .parser import UsageError, build_parser, verb_named

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2

# Each verb's module and function, imported when the verb runs: ``render`` then loads no email, import or
# subject-access code, which is most of a short command's start-up time.
HANDLERS: dict[str, tuple[str, str]] = {
    "library": ("library_verbs", "cmd_library"),
    "templates": ("library_verbs", "cmd_templates"),
    "catalogue": ("library_verbs", "cmd_catalogue"),
    "clients": ("client_verbs", "cmd_clients"),
    "plans": ("client_verbs", "cmd_plans"),
    "import": ("file_verbs", "cmd_import"),
    "export": ("file_verbs", "cmd_export"),
    "render": ("handout_verbs", "cmd_render"),
    "email": ("handout_verbs", "cmd_email"),
    "outbox": ("handout_verbs", "cmd_outbox"),
    "clinic": ("clinic_verbs", "cmd_clinic"),
    "screenshot": ("clinic_verbs", "cmd_screenshot"),
    "backup": ("clinic_verbs", "cmd_backup"),
    "database": ("database_verbs", "cmd_database"),
}


def handler(verb: str) -> Callable[[argparse.Namespace, Any], None]:
    """The function that runs ``verb``, its module imported now."""
    module, function = HANDLERS[verb]
    found: Callable[[argparse.Namespace, Any], None] = getattr(import_module(f".{module}", __package__), function)
    return found


def run(args: Sequence[str], out: Any = None, err: Any = None) -> int:
    """Run one verb; return the exit code.  Never lets a traceback reach the therapist."""
    stdout = out or sys.stdout
    stderr = err or sys.stderr
    parser = build_parser(verb_named(args))  # only the verb being run
    try:
        options = parser.parse_args(list(args))
    except UsageError as error:
        print(f"error: {one_line(str(error))}", file=stderr)
        return EXIT_USAGE
    except SystemExit as stop:  # --help and --version
        return int(stop.code or 0)
    if not options.verb:
        parser.print_help(stdout)
        return EXIT_OK
    try:
        # Notes and warnings that verbs print on the way go where the caller's errors go.
        with contextlib.redirect_stderr(stderr):
            handler(options.verb)(options, stdout)
    except (CommandError, ValidationError, WorkflowError) as error:
        print(f"error: {one_line(str(error))}", file=stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("error: interrupted", file=stderr)
        return 130
    except Exception as error:
        message = getattr(error, "message", None) or str(error) or type(error).__name__
        kind = type(error).__name__
        known = kind.endswith("Error") and type(error).__module__.startswith("designer.")
        print(
            f"error: {one_line(message) if known else f'unexpected problem ({kind}: {one_line(message)})'}",
            file=stderr,
        )
        return EXIT_ERROR
    return EXIT_OK
