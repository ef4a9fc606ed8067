"""The command-line verbs: ``python main.py VERB [options]``.

Every verb takes ``--data-dir DIR``.  Bad input gives one plain line on
stderr and a non-zero exit, never a traceback.  Verbs that only read open the
data read-only, so they work while the designer window is open.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from .domain import Client, Layout, PaperSize, Plan, ValidationError

if TYPE_CHECKING:
    from .library import Library
    from .storage import Store

VERBS = (
    "library",
    "templates",
    "clients",
    "plans",
    "import",
    "export",
    "render",
    "clinic",
    "catalogue",
    "email",
    "screenshot",
    "backup",
)

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2


class CommandError(Exception):
    """A problem to report in one line, with what to do about it."""


class UsageError(Exception):
    """The command line itself is wrong (a missing or unknown option)."""


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage mistake in one line instead of a usage dump."""

    def error(self, message: str) -> NoReturn:
        verb = self.prog.split()[-1]
        hint = "python main.py --help" if verb == "main.py" else f"python main.py {verb} --help"
        raise UsageError(f"{message} (see: {hint})")


def wants_window(args: Sequence[str]) -> bool:
    """True when no verb is given: ``python main.py`` or ``python main.py --data-dir DIR``."""
    skip = False
    for arg in args:
        if skip:
            skip = False
            continue
        if arg == "--data-dir":
            skip = True
            continue
        if arg.startswith("--data-dir="):
            continue
        if arg in ("-h", "--help", "--version"):
            return False
        if arg.startswith("-"):
            continue  # Qt's own options, such as -platform, go to the window
        return False
    return True


def build_parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument("--data-dir", type=Path, help="the data folder (default: the per-user data folder)")

    parser = _Parser(
        prog="python main.py",
        description="Programme designer for a physiotherapy clinic. With no verb, opens the window.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    verbs = parser.add_subparsers(dest="verb", metavar="VERB", parser_class=_Parser)

    p = verbs.add_parser("library", parents=[common], help="list the exercise library")
    p.add_argument("--search", default="", help="words to look for in name, category, body area, equipment")
    p.add_argument("--category", help="only this category")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = verbs.add_parser("templates", parents=[common], help="list plan templates")
    p.add_argument("--json", action="store_true")

    p = verbs.add_parser("clients", parents=[common], help="list, search or add clients")
    p.add_argument("--search", default="", help="part of a name, email or phone")
    p.add_argument("--add", metavar="NAME", help="add a client with this name")
    p.add_argument("--email", default="", help="with --add: the client's email")
    p.add_argument("--phone", default="", help="with --add: the client's phone")
    p.add_argument("--json", action="store_true")

    p = verbs.add_parser("plans", parents=[common], help="list plans, or start a new one")
    p.add_argument("--client", help="only this client's plans (client id)")
    p.add_argument("--new", action="store_true", help="start a new plan for --client")
    p.add_argument("--template", help="with --new: start from this template")
    p.add_argument("--title", help="with --new: the plan's title")
    p.add_argument("--json", action="store_true")

    p = verbs.add_parser("import", parents=[common], help="import plans from a JSON file")
    p.add_argument("file", type=Path, metavar="FILE.json")

    p = verbs.add_parser("export", parents=[common], help="export plans to a JSON file")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--plan", help="one plan (plan id)")
    which.add_argument("--client", help="all plans of one client (client id)")
    which.add_argument("--template", help="a template (id or name)")
    which.add_argument("--all", action="store_true", help="every plan")
    p.add_argument("--out", type=Path, required=True, metavar="FILE.json")

    p = verbs.add_parser("render", parents=[common], help="make the PDF handout")
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("--plan", help="a stored plan (plan id)")
    source.add_argument("--file", type=Path, metavar="PLAN.json", help="a plan file")
    source.add_argument("--template", help="a template (id or name)")
    p.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    _add_handout_options(p)
    p.add_argument("--png", type=Path, metavar="DIR", help="also write each page as a PNG into DIR")

    p = verbs.add_parser("clinic", parents=[common], help="show or change the clinic profile")
    action = p.add_mutually_exclusive_group(required=True)
    action.add_argument("--show", action="store_true")
    action.add_argument("--set", nargs="+", metavar="KEY=VALUE")
    p.add_argument("--json", action="store_true", help="with --show: print JSON")

    p = verbs.add_parser("catalogue", parents=[common], help="print the whole exercise library to a PDF")
    p.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    p.add_argument("--png", type=Path, metavar="DIR", help="also write each page as a PNG into DIR")

    p = verbs.add_parser("email", parents=[common], help="email a plan's handout to the client")
    p.add_argument("--plan", required=True, help="plan id")
    p.add_argument("--to", help="address (default: the client's email)")
    _add_handout_options(p)
    p.add_argument("--smtp-host")
    p.add_argument("--smtp-port", type=int)
    p.add_argument("--security", choices=["ssl", "starttls", "none"])
    p.add_argument("--user", help="SMTP user (default: the clinic's setting)")
    p.add_argument("--password-env", metavar="VAR", help="read the SMTP password from this environment variable")
    p.add_argument("--timeout", type=int, help="seconds to wait for the server")

    p = verbs.add_parser("screenshot", parents=[common], help="save a picture of the window with a demo plan")
    p.add_argument("--out", type=Path, required=True, metavar="FILE.png")
    p.add_argument("--size", default="1440x900", help="WIDTHxHEIGHT (default 1440x900)")

    verbs.add_parser("backup", parents=[common], help="make a snapshot of the whole data folder now")
    return parser


def _add_handout_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--layout", choices=[layout.value for layout in Layout])
    parser.add_argument("--tracking-sheet", action="store_true", help="add a weekly tracking sheet page")
    parser.add_argument("--paper", choices=[paper.value for paper in PaperSize])


def _version() -> str:
    from . import __version__

    return __version__


# -- running ------------------------------------------------------------------


def run(args: Sequence[str], out: Any = None, err: Any = None) -> int:
    """Run one verb; return the exit code.  Never lets a traceback reach the therapist."""
    stdout = out or sys.stdout
    stderr = err or sys.stderr
    parser = build_parser()
    try:
        options = parser.parse_args(list(args))
    except UsageError as error:
        print(f"error: {_one_line(str(error))}", file=stderr)
        return EXIT_USAGE
    except SystemExit as stop:  # --help and --version
        return int(stop.code or 0)
    if not options.verb:
        parser.print_help(stdout)
        return EXIT_OK
    handler = _HANDLERS[options.verb]
    try:
        handler(options, stdout)
    except (CommandError, ValidationError) as error:
        print(f"error: {_one_line(str(error))}", file=stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("error: interrupted", file=stderr)
        return 130
    except Exception as error:
        message = getattr(error, "message", None) or str(error) or type(error).__name__
        kind = type(error).__name__
        known = kind.endswith("Error") and type(error).__module__.startswith("designer.")
        print(
            f"error: {_one_line(message) if known else f'unexpected problem ({kind}: {_one_line(message)})'}",
            file=stderr,
        )
        return EXIT_ERROR
    return EXIT_OK


def _one_line(text: str) -> str:
    return " ".join(text.split())


@contextmanager
def _open_store(options: argparse.Namespace, *, write: bool = False) -> Iterator[Store]:
    from .storage import Store

    store = Store.open(options.data_dir, read_only=not write, require_write=write)
    try:
        for notice in store.notices:
            # Only "cannot write" notices are beside the point for a verb that reads; damage is always told.
            if write or not notice.startswith(("Another copy of the designer", "The data folder")):
                print(f"note: {_one_line(notice)}", file=sys.stderr)
        yield store
    finally:
        store.close()


def _library(store: Store | None) -> Library:
    from .library import Library

    return Library(store.list_custom_exercises() if store is not None else [])


def _print_json(data: Any, stdout: Any) -> None:
    stdout.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")


def _table(rows: list[list[str]], stdout: Any) -> None:
    if not rows:
        return
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        stdout.write("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip() + "\n")


# -- verbs --------------------------------------------------------------------


def cmd_library(options: argparse.Namespace, stdout: Any) -> None:
    with _open_store(options) as store:
        library = _library(store)
    exercises = library.search(options.search, category=options.category)
    if options.category and not exercises and options.category not in library.categories():
        raise CommandError(f'there is no category "{options.category}" (categories: {", ".join(library.categories())})')
    if options.json:
        _print_json(
            [
                {
                    "id": e.id,
                    "name": e.name,
                    "category": e.category,
                    "level": e.level.value,
                    "equipment": list(e.equipment),
                    "body_areas": list(e.body_areas),
                    "regressions": list(e.regressions),
                    "progressions": list(e.progressions),
                    "builtin": e.builtin,
                }
                for e in exercises
            ],
            stdout,
        )
        return
    rows = [["ID", "NAME", "CATEGORY", "LEVEL"]]
    rows += [[e.id, e.name, e.category, e.level.value] for e in exercises]
    _table(rows, stdout)
    stdout.write(f"{len(exercises)} exercise{'s' if len(exercises) != 1 else ''}\n")


def cmd_templates(options: argparse.Namespace, stdout: Any) -> None:
    from .library.templates import list_builtin_templates

    entries: list[dict[str, Any]] = [
        {"id": t.id, "name": t.name, "description": t.description, "builtin": True} for t in list_builtin_templates()
    ]
    with _open_store(options) as store:
        entries += [
            {"id": tid, "name": name, "description": "", "builtin": False} for tid, name in store.list_saved_templates()
        ]
    if options.json:
        _print_json(entries, stdout)
        return
    rows = [["ID", "NAME", "KIND"]]
    rows += [[t["id"], t["name"], "built in" if t["builtin"] else "saved"] for t in entries]
    _table(rows, stdout)


def cmd_clients(options: argparse.Namespace, stdout: Any) -> None:
    if options.add is not None:
        client = Client(name=options.add.strip(), email=options.email.strip(), phone=options.phone.strip())
        with _open_store(options, write=True) as store:
            saved = store.save_client(client)
        if options.json:
            _print_json(saved.to_dict(), stdout)
        else:
            stdout.write(f"Added client {saved.name} (id {saved.id})\n")
        return
    if options.email or options.phone:
        raise CommandError("--email and --phone go with --add NAME")
    with _open_store(options) as store:
        clients = store.search_clients(options.search, limit=None) if options.search else store.list_clients()
    if options.json:
        _print_json(
            [{"id": c.id, "name": c.name, "email": c.email, "phone": c.phone, "plans": c.plan_count} for c in clients],
            stdout,
        )
        return
    rows = [["ID", "NAME", "EMAIL", "PLANS"]]
    rows += [[c.id, c.name, c.email, str(c.plan_count)] for c in clients]
    _table(rows, stdout)
    stdout.write(f"{len(clients)} client{'s' if len(clients) != 1 else ''}\n")


def cmd_plans(options: argparse.Namespace, stdout: Any) -> None:
    if options.new:
        _new_plan(options, stdout)
        return
    if options.template or options.title:
        raise CommandError("--template and --title go with --new")
    with _open_store(options) as store:
        if options.client:
            store.get_client(options.client)  # a clear "no such client" rather than an empty list
        plans = store.list_plans(options.client)
    if options.json:
        _print_json(
            [
                {
                    "id": p.id,
                    "client": p.client_id,
                    "client_name": p.client_name,
                    "title": p.title,
                    "updated": p.updated,
                    "exercises": p.exercise_count,
                }
                for p in plans
            ],
            stdout,
        )
        return
    rows = [["ID", "CLIENT", "TITLE", "UPDATED"]]
    rows += [[p.id, p.client_name or "-", p.title, p.updated[:16].replace("T", " ")] for p in plans]
    _table(rows, stdout)
    stdout.write(f"{len(plans)} plan{'s' if len(plans) != 1 else ''}\n")


def _new_plan(options: argparse.Namespace, stdout: Any) -> None:
    if not options.client:
        raise CommandError("--new needs --client ID (see: python main.py clients)")
    with _open_store(options, write=True) as store:
        client = store.get_client(options.client)
        library = _library(store)
        if options.template:
            plan = _load_template(options.template, store, library).copy_for_next_session()
        else:
            plan = Plan(title=options.title or "Exercise plan")
        clinic = store.get_clinic()
        plan = replace(
            plan,
            client_id=client.id,
            title=options.title or plan.title,
            therapist=plan.therapist or clinic.therapist,
            layout=plan.layout,
        )
        saved = store.save_plan(plan)
    stdout.write(f'Started plan "{saved.title}" for {client.name} (id {saved.id})\n')


def _load_template(name: str, store: Store | None, library: Library) -> Plan:
    """A built-in or saved template by id or name."""
    from .library.templates import list_builtin_templates, load_builtin_template

    wanted = name.strip().casefold()
    for info in list_builtin_templates():
        if wanted in (info.id.casefold(), info.name.casefold()):
            return load_builtin_template(info.id, library)
    if store is not None:
        for template_id, template_name in store.list_saved_templates():
            if wanted in (template_id.casefold(), template_name.casefold()):
                return store.get_saved_template(template_id)
    names = [t.id for t in list_builtin_templates()]
    if store is not None:
        names += [tid for tid, _ in store.list_saved_templates()]
    raise CommandError(f'there is no template "{name}" (templates: {", ".join(names)})')


def cmd_import(options: argparse.Namespace, stdout: Any) -> None:
    from .interchange import import_entries, read_file

    with _open_store(options, write=True) as store:
        library = _library(store)
        entries = read_file(options.file, library)  # checks everything before anything is written
        result = import_entries(entries, store)
    stdout.write(result.summary() + "\n")
    for plan in result.plans:
        stdout.write(f"  {plan.id}  {plan.title}\n")


def cmd_export(options: argparse.Namespace, stdout: Any) -> None:
    from .interchange import PlanEntry, TemplateInfo, export_document, write_document

    entries: list[PlanEntry] = []
    with _open_store(options) as store:
        clients: dict[str, Client] = {}

        def client_of(plan: Plan) -> Client | None:
            if not plan.client_id:
                return None
            if plan.client_id not in clients:
                clients[plan.client_id] = store.get_client(plan.client_id)
            return clients[plan.client_id]

        if options.plan:
            plan = store.get_plan(options.plan)
            entries.append(PlanEntry(plan, client_of(plan)))
        elif options.client:
            store.get_client(options.client)
            for summary in store.list_plans(options.client):
                plan = store.get_plan(summary.id)
                entries.append(PlanEntry(plan, client_of(plan)))
            if not entries:
                raise CommandError(f"client {options.client} has no plans to export")
        elif options.template:
            library = _library(store)
            plan = _load_template(options.template, store, library)
            info = _template_info(options.template, store)
            entries.append(PlanEntry(plan, None, TemplateInfo(info[0], info[1], info[2])))
        else:
            for summary in reversed(store.list_plans()):
                plan = store.get_plan(summary.id)
                entries.append(PlanEntry(plan, client_of(plan)))
            if not entries:
                raise CommandError("there are no plans to export yet")
    write_document(export_document(entries), options.out)
    stdout.write(f"Exported {len(entries)} plan{'s' if len(entries) != 1 else ''} to {options.out}\n")


def _template_info(name: str, store: Store) -> tuple[str, str, str]:
    from .library.templates import list_builtin_templates

    wanted = name.strip().casefold()
    for info in list_builtin_templates():
        if wanted in (info.id.casefold(), info.name.casefold()):
            return info.id, info.name, info.description
    for template_id, template_name in store.list_saved_templates():
        if wanted in (template_id.casefold(), template_name.casefold()):
            return template_id, template_name, ""
    return name, name, ""


def cmd_render(options: argparse.Namespace, stdout: Any) -> None:
    from .interchange import read_file

    with _open_store(options) as store:
        library = _library(store)
        clinic = store.get_clinic()
        client: Client | None = None
        if options.plan:
            plan = store.get_plan(options.plan)
            client = store.get_client(plan.client_id) if plan.client_id else None
        elif options.file:
            entries = read_file(options.file, library)
            if len(entries) != 1:
                raise CommandError(f"{options.file} holds {len(entries)} plans; render takes a file with one plan")
            plan, client = entries[0].plan, entries[0].client
        else:
            plan = _load_template(options.template, store, library)
        pdf, warnings, pages = _render(plan, client, clinic, library, store, options)
    _write_bytes(options.out, pdf)
    for warning in warnings:
        print(f"warning: {_one_line(warning)}", file=sys.stderr)
    stdout.write(f"Wrote {options.out} ({pages} page{'s' if pages != 1 else ''})\n")
    if options.png:
        _write_pngs(pdf, options.png, stdout)


def _render(
    plan: Plan, client: Client | None, clinic: Any, library: Library, store: Store, options: argparse.Namespace
) -> tuple[bytes, list[str], int]:
    from .pdf.handout import HandoutOptions, render_handout_with_warnings

    missing = sorted(exercise_id for exercise_id in set(plan.exercise_ids()) if exercise_id not in library)
    if missing:
        raise CommandError(f"the plan uses exercises that are not in the library: {', '.join(missing)}")
    # The whole library, not only the plan's exercises: the handout names each one's easier and harder versions.
    exercises = {exercise.id: exercise for exercise in library.all()}
    logo = store.logos_dir / clinic.logo if clinic.logo else None
    handout_options = HandoutOptions(
        layout=Layout.parse(options.layout) if options.layout else plan.layout,
        tracking_sheet=bool(options.tracking_sheet),
        paper=PaperSize.parse(options.paper) if options.paper else clinic.paper,
        client_name=client.name if client else "",
        therapist=plan.therapist or clinic.therapist,
        logo_file=logo,
        photos_dir=store.photos_dir,
    )
    result = render_handout_with_warnings(plan, exercises, clinic, handout_options)
    return result.pdf, list(result.warnings), result.page_count


def _write_bytes(path: Path, data: bytes) -> None:
    from .safe_files import write_file_atomically

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_file_atomically(path, data)
    except OSError as error:
        raise CommandError(f"{path}: cannot be written ({error.strerror or error})") from None


def _write_pngs(pdf: bytes, folder: Path, stdout: Any) -> None:
    from .pdf.rasterise import page_pngs

    try:
        paths = page_pngs(pdf, folder)
    except OSError as error:
        raise CommandError(f"{folder}: cannot write the page pictures ({error.strerror or error})") from None
    stdout.write(f"Wrote {len(paths)} page picture{'s' if len(paths) != 1 else ''} to {folder}\n")


def cmd_clinic(options: argparse.Namespace, stdout: Any) -> None:
    if options.show:
        with _open_store(options) as store:
            clinic = store.get_clinic()
        data = clinic.to_dict()
        if options.json:
            _print_json(data, stdout)
            return
        for key, value in data.items():
            if key == "mail":
                for mail_key, mail_value in value.items():
                    stdout.write(f"mail.{mail_key} = {_one_line(str(mail_value))}\n")
            else:
                stdout.write(f"{key} = {_one_line(str(value))}\n")
        return
    with _open_store(options, write=True) as store:
        clinic = store.get_clinic()
        for assignment in options.set:
            if "=" not in assignment:
                raise CommandError(f'"{assignment}" must look like key=value, for example colour=#2A6F6B')
            key, value = assignment.split("=", 1)
            key = key.strip()
            if key.lower() == "logo":
                clinic = _import_logo(clinic, value.strip(), store)
            else:
                clinic = clinic.with_setting(key, value.strip())
        store.save_clinic(clinic)
    stdout.write("Clinic profile saved.\n")


def _import_logo(clinic: Any, source: str, store: Store) -> Any:
    if not source:
        return replace(clinic, logo="")
    from .illustrations.photos import ImageImportError, import_logo

    try:
        name = import_logo(Path(source).expanduser(), store.logos_dir)
    except ImageImportError as error:
        raise CommandError(f"logo: {error}") from None
    return replace(clinic, logo=name)


def cmd_catalogue(options: argparse.Namespace, stdout: Any) -> None:
    from .pdf.catalogue import render_catalogue

    with _open_store(options) as store:
        library = _library(store)
        clinic = store.get_clinic()
        photos = store.photos_dir
    pdf = render_catalogue(library.all(), clinic, photos_dir=photos)
    _write_bytes(options.out, pdf)
    stdout.write(f"Wrote {options.out} ({len(library.all())} exercises)\n")
    if options.png:
        _write_pngs(pdf, options.png, stdout)


def cmd_email(options: argparse.Namespace, stdout: Any) -> None:
    import os

    from .domain import Security
    from .mail.compose import attachment_name, check_recipient, fill_templates
    from .mail.errors import MailError
    from .mail.outbox import Outbox
    from .mail.passwords import get_password

    with _open_store(options, write=True) as store:
        plan = store.get_plan(options.plan)
        if not plan.client_id:
            raise CommandError("this plan has no client; give it a client in the designer first")
        client = store.get_client(plan.client_id)
        clinic = store.get_clinic()
        to = (options.to or client.email).strip()
        if not to:
            raise CommandError(f"{client.name} has no email address; give one with --to ADDRESS")
        try:
            to = check_recipient(to)
        except MailError as error:
            raise CommandError(error.message) from None
        changes: dict[str, Any] = {}
        if options.smtp_host:
            changes["host"] = options.smtp_host
        if options.smtp_port:
            changes["port"] = options.smtp_port
        if options.security:
            changes["security"] = Security(options.security)
        if options.user is not None:
            changes["user"] = options.user
        if options.timeout:
            changes["timeout_seconds"] = options.timeout
        settings = replace(clinic.mail, **changes)
        problems = settings.problems()
        if problems:
            raise CommandError("; ".join(problems))
        if not settings.host:
            raise CommandError(
                "no mail server is set up: run python main.py clinic --set mail.host=smtp.example.com "
                "mail.user=... mail.sender=..., or give --smtp-host"
            )
        password: str | None = None
        if options.password_env:
            password = os.environ.get(options.password_env)
            if password is None:
                raise CommandError(f"the environment variable {options.password_env} is not set")
        elif settings.user:
            password = get_password(settings)
            if password is None:
                raise CommandError(
                    "no password is stored for this mail account; save it in the designer's Clinic settings, "
                    "or pass --password-env VAR"
                )
        library = _library(store)
        pdf, warnings, _pages = _render(plan, client, clinic, library, store, options)
        for warning in warnings:
            print(f"warning: {_one_line(warning)}", file=sys.stderr)
        subject, body = fill_templates(clinic, client.name, plan.title)
        name = attachment_name(plan.title, client.name, dt.date.today())
        outbox = Outbox(store.outbox_dir)
        # Into the outbox first: if the server is down, the handout waits there to be retried.
        entry = outbox.add(
            pdf,
            name,
            to,
            subject,
            body,
            plan.id,
            plan.revision,
            client.id,
            plan_title=plan.title,
            client_name=client.name,
            layout=options.layout or plan.layout.value,
        )
        try:
            record = outbox.deliver(entry, clinic, password, settings=settings)
        except MailError as error:
            raise CommandError(f"{error.message} The handout is kept in the outbox to try again.") from None
        store.record_sent(client.id, record)
    stdout.write(f'Sent "{name}" to {to}\n')


def cmd_screenshot(options: argparse.Namespace, stdout: Any) -> None:
    try:
        width, height = (int(part) for part in options.size.lower().split("x"))
    except ValueError:
        raise CommandError(f'--size must look like 1440x900, not "{options.size}"') from None
    if not (320 <= width <= 8000 and 240 <= height <= 8000):
        raise CommandError("--size must be between 320x240 and 8000x8000")
    from .ui.launch import take_screenshot

    path = take_screenshot(options.out, (width, height), options.data_dir)
    stdout.write(f"Wrote {path}\n")


def cmd_backup(options: argparse.Namespace, stdout: Any) -> None:
    with _open_store(options, write=True) as store:
        path = store.snapshot(force=True)
    stdout.write(f"Backed up the data folder to {path}\n")


_HANDLERS: dict[str, Callable[[argparse.Namespace, Any], None]] = {
    "library": cmd_library,
    "templates": cmd_templates,
    "clients": cmd_clients,
    "plans": cmd_plans,
    "import": cmd_import,
    "export": cmd_export,
    "render": cmd_render,
    "clinic": cmd_clinic,
    "catalogue": cmd_catalogue,
    "email": cmd_email,
    "screenshot": cmd_screenshot,
    "backup": cmd_backup,
}
