"""Verbs about the exercise library: ``library``, ``templates`` and ``catalogue``."""

from __future__ import annotations

import argparse
from typing import Any

from designer.workflows.templates import list_templates

from .common import (
    CommandError,
    counted,
    library_of,
    optional_repository,
    print_json,
    print_table,
    write_bytes,
    write_pngs,
)


def cmd_library(options: argparse.Namespace, stdout: Any) -> None:
    with optional_repository(options) as repository:
        library = library_of(repository)
    exercises = library.search(options.search, category=options.category)
    if options.category and not exercises and options.category not in library.categories():
        raise CommandError(f'there is no category "{options.category}" (categories: {", ".join(library.categories())})')
    if options.json:
        print_json(
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
    print_table(rows, stdout)
    stdout.write(counted(len(exercises), "exercise") + "\n")


def cmd_templates(options: argparse.Namespace, stdout: Any) -> None:
    with optional_repository(options) as repository:
        templates = list_templates(repository)
    if options.json:
        print_json(
            [{"id": t.id, "name": t.name, "description": t.description, "builtin": t.builtin} for t in templates],
            stdout,
        )
        return
    rows = [["ID", "NAME", "KIND"]]
    rows += [[t.id, t.name, "built in" if t.builtin else "saved"] for t in templates]
    print_table(rows, stdout)


def cmd_catalogue(options: argparse.Namespace, stdout: Any) -> None:
    from designer.pdf.catalogue import render_catalogue
    from designer.workflows.handouts import kept_photos

    with optional_repository(options) as repository:
        library = library_of(repository)
        clinic = repository.get_clinic() if repository is not None else None
        photos = kept_photos(repository, library.all())
    if clinic is None:
        from designer.domain import Clinic

        clinic = Clinic()
    pdf = render_catalogue(library.all(), clinic, photos=photos)
    write_bytes(options.out, pdf)
    stdout.write(f"Wrote {options.out} ({counted(len(library.all()), 'exercise')})\n")
    if options.png:
        write_pngs(pdf, options.png, stdout)
