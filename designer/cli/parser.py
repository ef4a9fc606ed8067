"""The verbs and their options.  ``--data-dir`` and ``--database`` are accepted before the verb and after it."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from designer.domain import CONDITIONS, REGIONS, Layout, PaperSize

DATABASE_HELP = (
    "a shared PostgreSQL database (postgresql://USER@SERVER/DATABASE) instead of the data folder; "
    "the password comes from the keyring or ~/.pgpass, never the URL"
)


class UsageError(Exception):
    """The command line itself is wrong (a missing or unknown option)."""


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage mistake in one line instead of a usage dump."""

    def error(self, message: str) -> NoReturn:
        verb = self.prog.split()[-1]
        program = program_name()
        hint = f"{program} --help" if self.prog == program else f"{program} {verb} --help"
        raise UsageError(f"{message} (see: {hint})")


def wants_window(args: Sequence[str]) -> bool:
    """True when no verb is given: ``python main.py`` or ``python main.py --data-dir DIR``."""
    skip = False
    for arg in args:
        if skip:
            skip = False
            continue
        if arg in ("--data-dir", "--database"):
            skip = True
            continue
        if arg.startswith(("--data-dir=", "--database=")):
            continue
        if arg in ("-h", "--help", "--version"):
            return False
        if arg.startswith("-"):
            continue  # Qt's own options, such as -platform, go to the window
        return False
    return True


def program_name() -> str:
    """How the therapist starts the designer: the packaged program by its own name, else from the source."""
    return "programme-designer" if getattr(sys, "frozen", False) else "python main.py"


def build_parser(verb: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser, with every verb; given ``verb``, with that verb alone.

    A run parses one verb, and building the other thirteen verbs' parsers cost about 5 ms of each short command
    (argparse checks every option's text as it is added); their names and help are only printed by ``--help``
    before a verb, or with an unknown verb, which build them all.
    """
    parser = _Parser(
        prog=program_name(),
        description="Programme designer for a physiotherapy clinic. With no verb, opens the window.",
    )
    parser.add_argument(
        "--data-dir", type=Path, default=None, help="the data folder (default: the per-user data folder)"
    )
    # After the verb too.  SUPPRESS: a verb's parser sets data_dir only when the option is given after the verb,
    # so it never overwrites a --data-dir given before the verb with its own empty default.
    after_verb = _Parser(add_help=False)
    after_verb.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS, help="the data folder")
    # A shared PostgreSQL database instead of the data folder (several desks); also PROGRAMME_DESIGNER_DATABASE.
    parser.add_argument("--database", metavar="URL", default=None, help=DATABASE_HELP)
    after_verb.add_argument("--database", metavar="URL", default=argparse.SUPPRESS, help=DATABASE_HELP)
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    verbs = parser.add_subparsers(dest="verb", metavar="VERB", parser_class=_Parser)
    common = [after_verb]
    for name, (help_text, add_options) in _VERB_PARSERS.items():
        if verb is None or name == verb:
            add_options(verbs.add_parser(name, parents=common, help=help_text))
    return parser


def verb_named(args: Sequence[str]) -> str | None:
    """The verb ``args`` start with (after ``--data-dir``/``--database``), if it is one of ours; else None."""
    skip = False
    for arg in args:
        if skip:
            skip = False
        elif arg in ("--data-dir", "--database"):
            skip = True
        elif not arg.startswith(("--data-dir=", "--database=")):
            return arg if arg in _VERB_PARSERS else None
    return None


def _library_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--search", default="", help="words to look for in name, category, body area, equipment")
    p.add_argument("--category", help="only this category")
    p.add_argument(
        "--region", help="only this body region (" + ", ".join(REGIONS) + '; the first word is enough: "knee")'
    )
    p.add_argument("--json", action="store_true", help="print JSON")


def _templates_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true")


def _clients_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--search", default="", help="part of a name, email or phone")
    p.add_argument("--add", metavar="NAME", help="add a client with this name")
    p.add_argument("--email", default="", help="with --add: the client's email")
    p.add_argument("--phone", default="", help="with --add: the client's phone")
    p.add_argument(
        "--condition",
        action="append",
        default=[],
        choices=list(CONDITIONS),
        metavar="ID",
        help="with --add or --set-conditions: a condition with precautions (give it once for each); one of "
        + ", ".join(CONDITIONS),
    )
    p.add_argument(
        "--set-conditions",
        metavar="ID",
        help="replace this client's conditions with the --condition ones given (none clears them)",
    )
    p.add_argument("--archive", metavar="ID", help="put a client away (restorable with --restore)")
    p.add_argument("--restore", metavar="ID", help="bring an archived client back")
    p.add_argument("--archived", action="store_true", help="list the archived clients instead")
    p.add_argument("--erase", metavar="ID", help="erase a client everywhere, backups included (cannot be undone)")
    p.add_argument("--yes", action="store_true", help="with --erase: do not ask for confirmation (for scripts)")
    p.add_argument("--export", metavar="ID", help="everything held about a client, in one zip (--out FILE.zip)")
    p.add_argument("--out", type=Path, metavar="FILE.zip", help="with --export: where the zip goes")
    p.add_argument("--json", action="store_true")


def _plans_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--client", help="only this client's plans (client id)")
    p.add_argument("--new", action="store_true", help="start a new plan for --client")
    p.add_argument("--template", help="with --new: start from this template")
    p.add_argument("--title", help="with --new: the plan's title")
    p.add_argument("--json", action="store_true")


def _import_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", type=Path, metavar="FILE.json")


def _export_options(p: argparse.ArgumentParser) -> None:
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--plan", help="one plan (plan id)")
    which.add_argument("--client", help="all plans of one client (client id)")
    which.add_argument("--template", help="a template (id or name)")
    which.add_argument("--all", action="store_true", help="every plan")
    p.add_argument("--out", type=Path, required=True, metavar="FILE.json")


def _render_options(p: argparse.ArgumentParser) -> None:
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("--plan", help="a stored plan (plan id)")
    source.add_argument("--file", type=Path, metavar="PLAN.json", help="a plan file")
    source.add_argument("--template", help="a template (id or name)")
    p.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    _add_handout_options(p)
    p.add_argument("--png", type=Path, metavar="DIR", help="also write each page as a PNG into DIR")


def _clinic_options(p: argparse.ArgumentParser) -> None:
    action = p.add_mutually_exclusive_group(required=True)
    action.add_argument("--show", action="store_true")
    action.add_argument("--set", nargs="+", metavar="KEY=VALUE")
    p.add_argument("--json", action="store_true", help="with --show: print JSON")


def _catalogue_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    p.add_argument("--png", type=Path, metavar="DIR", help="also write each page as a PNG into DIR")


def _email_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--plan", required=True, help="plan id")
    p.add_argument("--to", help="address (default: the client's email)")
    _add_handout_options(p)
    p.add_argument("--smtp-host")
    p.add_argument("--smtp-port", type=int)
    p.add_argument("--security", choices=["ssl", "starttls", "none"])
    p.add_argument("--user", help="SMTP user (default: the clinic's setting)")
    p.add_argument("--password-env", metavar="VAR", help="read the SMTP password from this environment variable")
    p.add_argument("--timeout", type=int, help="seconds to wait for the server")


def _outbox_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--retry", action="store_true", help="try to send every waiting handout now")
    p.add_argument("--delete", metavar="ID", help="remove one waiting handout without sending it")


def _screenshot_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", type=Path, required=True, metavar="FILE.png")
    p.add_argument("--size", default="1440x900", help="WIDTHxHEIGHT (default 1440x900)")


def _backup_options(_parser: argparse.ArgumentParser) -> None:
    pass  # no options of its own


def _database_options(p: argparse.ArgumentParser) -> None:
    action = p.add_mutually_exclusive_group(required=True)
    action.add_argument("--init", metavar="URL", help="create (or update) the designer's tables in this database")
    action.add_argument("--copy", action="store_true", help="copy everything --from a folder or URL --to another")
    p.add_argument("--from", dest="source", metavar="DIR|URL", help="with --copy: where the data is now")
    p.add_argument("--to", dest="target", metavar="URL|DIR", help="with --copy: an empty database or new folder")


# Each verb: its help line and what adds its options.
_VERB_PARSERS: dict[str, tuple[str, Callable[[argparse.ArgumentParser], None]]] = {
    "library": ("list the exercise library", _library_options),
    "templates": ("list plan templates", _templates_options),
    "clients": ("list, search or add clients", _clients_options),
    "plans": ("list plans, or start a new one", _plans_options),
    "import": ("import plans from a JSON file", _import_options),
    "export": ("export plans to a JSON file", _export_options),
    "render": ("make the PDF handout", _render_options),
    "clinic": ("show or change the clinic profile", _clinic_options),
    "catalogue": ("print the whole exercise library to a PDF", _catalogue_options),
    "email": ("email a plan's handout to the client", _email_options),
    "outbox": ("list the handouts waiting to be emailed; retry or delete", _outbox_options),
    "screenshot": ("save a picture of the window with a demo plan", _screenshot_options),
    "backup": ("make a snapshot of the whole data folder (or database) now", _backup_options),
    "database": ("set up a shared database; copy a desk's data in or out", _database_options),
}
VERBS = tuple(_VERB_PARSERS)


def _add_handout_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--layout", choices=[layout.value for layout in Layout])
    parser.add_argument("--tracking-sheet", action="store_true", help="add a weekly tracking sheet page")
    parser.add_argument(
        "--tracking-set-ticks", action="store_true", help="on the tracking sheet, a box for each set, not each session"
    )
    parser.add_argument("--next-appointment", metavar="'YYYY-MM-DD HH:MM'", help="printed in the booking box")
    parser.add_argument(
        "--allow-missing-glyphs",
        action="store_true",
        help="make the handout even when some characters cannot be printed (they are listed as a warning)",
    )
    parser.add_argument("--paper", choices=[paper.value for paper in PaperSize])


def _version() -> str:
    from designer import __version__

    return __version__
