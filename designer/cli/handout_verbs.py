"""Verbs that make and send the handout: ``render`` and ``email``."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from designer.domain import Client, Layout, PaperSize, Plan, Security
from designer.interchange import read_file
from designer.library import Library
from designer.mail.errors import MailError
from designer.pdf import RenderResult
from designer.storage.repository import Repository
from designer.workflows.handouts import handout_request, make_handout, parse_appointment
from designer.workflows.precautions import plan_conflicts
from designer.workflows.templates import load_template

from .common import (
    CommandError,
    counted,
    library_of,
    one_line,
    open_repository,
    optional_repository,
    write_bytes,
    write_pngs,
)


def cmd_render(options: argparse.Namespace, stdout: Any) -> None:
    # A stored plan needs the data folder; a plan file or a built-in template renders without one.
    opened = open_repository(options) if options.plan else optional_repository(options)
    with opened as repository:
        library = library_of(repository)
        client: Client | None = None
        if options.plan:
            assert repository is not None
            plan = repository.get_plan(options.plan)
            client = repository.get_client(plan.client_id) if plan.client_id else None
        elif options.file:
            entries = read_file(options.file, library)
            if len(entries) != 1:
                raise CommandError(f"{options.file} holds {len(entries)} plans; render takes a file with one plan")
            plan, client = entries[0].plan, entries[0].client
        else:
            plan = load_template(repository, library, options.template)
        result = _render(repository, library, plan, client, options)
    write_bytes(options.out, result.pdf)
    _warn(result)
    _warn_precautions(plan, client, library)
    stdout.write(f"Wrote {options.out} ({counted(result.page_count, 'page')})\n")
    if options.png:
        write_pngs(result.pdf, options.png, stdout)


def _render(
    repository: Repository | None, library: Library, plan: Plan, client: Client | None, options: argparse.Namespace
) -> RenderResult:
    request = handout_request(
        repository,
        library,
        plan,
        client,
        layout=Layout.parse(options.layout) if options.layout else None,
        paper=PaperSize.parse(options.paper) if options.paper else None,
        tracking_sheet=bool(options.tracking_sheet),
        tracking_set_ticks=bool(options.tracking_set_ticks),
        next_appointment=parse_appointment(options.next_appointment) if options.next_appointment else None,
    )
    result = make_handout(request)
    if result.missing_characters and not options.allow_missing_glyphs:
        _warn(result)
        raise CommandError(
            f"some characters cannot be printed ({' '.join(sorted(set(result.missing_characters)))}), so the handout "
            "was not written; change that text, or give --allow-missing-glyphs to make it without them"
        )
    return result


def _warn_precautions(plan: Plan, client: Client | None, library: Library) -> None:
    """Exercises that do not suit the client's conditions: told on stderr (the handout is still written)."""
    for conflict in plan_conflicts(plan, client, library.get):
        print(f"warning: precaution: {one_line(conflict.message)}", file=sys.stderr)


def _warn(result: RenderResult) -> None:
    for warning in result.warnings:
        print(f"warning: {one_line(warning)}", file=sys.stderr)


def cmd_email(options: argparse.Namespace, stdout: Any) -> None:
    from designer.workflows import mail  # here: ``render`` need not load the email modules

    with open_repository(options, write=True) as repository:
        plan = repository.get_plan(options.plan)
        if not plan.client_id:
            raise CommandError("this plan has no client; give it a client in the designer first")
        client = repository.get_client(plan.client_id)
        if not (options.to or client.email).strip():
            raise CommandError(f"{client.name} has no email address; give one with --to ADDRESS")
        try:
            message = mail.compose(repository, plan, client, options.to or "")
        except MailError as error:
            raise CommandError(error.message) from None
        settings = mail.mail_settings(
            repository,
            host=options.smtp_host,
            port=options.smtp_port,
            security=Security(options.security) if options.security else None,
            user=options.user,
            timeout_seconds=options.timeout,
        )
        problems = settings.problems()
        if problems:
            raise CommandError("; ".join(problems))
        if not settings.host:
            raise CommandError(
                "no mail server is set up: run python main.py clinic --set mail.host=smtp.example.com "
                "mail.user=... mail.sender=..., or give --smtp-host"
            )
        password = _password(options, settings)
        result = _render(repository, library_of(repository), plan, client, options)
        _warn(result)
        entry = mail.queue(repository, plan, client, message, result, options.layout or "")
        try:
            mail.send(repository, entry, client.id, password, settings=settings)
        except MailError as error:
            raise CommandError(
                f"{error.message} The handout is kept in the outbox: try again with python main.py outbox --retry."
            ) from None
    stdout.write(f'Sent "{message.attachment_name}" to {message.to}\n')


def cmd_outbox(options: argparse.Namespace, stdout: Any) -> None:
    from designer.mail.outbox_verb import run_outbox_verb

    with open_repository(options, write=bool(options.retry or options.delete)) as repository:
        code = run_outbox_verb(repository, retry=options.retry, delete=options.delete, out=stdout)
    if code:
        raise CommandError("some handouts are still waiting in the outbox (see above)")


def _password(options: argparse.Namespace, settings: Any) -> str | None:
    if options.password_env:
        password = os.environ.get(options.password_env)
        if password is None:
            raise CommandError(f"the environment variable {options.password_env} is not set")
        return password
    if not settings.user:
        return None
    from designer.mail.passwords import get_password  # here: it loads the keyring

    password = get_password(settings)
    if password is None:
        raise CommandError(
            "no password is stored for this mail account; save it in the designer's Clinic settings, "
            "or pass --password-env VAR"
        )
    return password
