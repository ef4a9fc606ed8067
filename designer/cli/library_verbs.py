"""Verbs about the exercise library: ``library``, ``templates`` and ``catalogue``."""

from __future__ import annotations

import argparse
from typing import Any

from designer.domain import REGIONS, find_region
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
    region = _region(options.region, library.regions())
    exercises = library.search(options.search, category=options.category, region=region)
    if options.category and not exercises and options.category not in library.categories(region):
        raise CommandError(
            f'there is no category "{options.category}"{f" in {region}" if region else ""} '
            f"(categories: {', '.join(library.categories(region))})"
        )
    if options.json:
        print_json(
            [
                {
                    "id": e.id,
                    "name": e.name,
                    "region": e.region,
                    "category": e.category,
                    "level": e.level.value,
                    "precautions": list(e.precautions),
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
    rows = [["ID", "NAME", "REGION", "CATEGORY", "LEVEL"]]
    rows += [[e.id, e.name, e.region, e.category, e.level.value] for e in exercises]
    print_table(rows, stdout)
    stdout.write(counted(len(exercises), "exercise") + "\n")


def _region(text: str | None, held: list[str]) -> str | None:
    """The region ``--region`` names ("knee" is enough), or None without it; an unknown one is an error."""
    if not text:
        return None
    region = find_region(text) or next((r for r in held if r.casefold() == text.strip().casefold()), "")
    if not region:
        raise CommandError(f'there is no region "{text}" (regions: {", ".join(REGIONS)})')
    return region


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
