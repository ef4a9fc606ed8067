"""Verbs about the clinic and its data folder: ``clinic``, ``backup`` and ``screenshot``."""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path
from typing import Any

from designer.storage.repository import PictureKind

from .common import CommandError, data_folder, database_url, has_data, one_line, open_repository, print_json


def cmd_clinic(options: argparse.Namespace, stdout: Any) -> None:
    if options.show:
        with open_repository(options) as repository:
            clinic = repository.get_clinic()
        data = clinic.to_dict()
        if options.json:
            print_json(data, stdout)
            return
        for key, value in data.items():
            if key == "mail":
                for mail_key, mail_value in value.items():
                    stdout.write(f"mail.{mail_key} = {one_line(str(mail_value))}\n")
            else:
                stdout.write(f"{key} = {one_line(str(value))}\n")
        return
    assignments: list[tuple[str, str]] = []
    for assignment in options.set:
        if "=" not in assignment:
            raise CommandError(f'"{assignment}" must look like key=value, for example colour=#2A6F6B')
        key, value = assignment.split("=", 1)
        assignments.append((key.strip(), value.strip()))
    # A logo is checked and made safe before anything is opened for writing: a bad picture changes nothing.
    logos = {value: _prepared_logo(value) for key, value in assignments if key.lower() == "logo" and value}
    with open_repository(options, write=True) as repository:
        clinic = repository.get_clinic()
        for key, value in assignments:
            if key.lower() == "logo":
                logo = repository.put_picture(PictureKind.LOGO, logos[value], ".png") if value else ""
                clinic = replace(clinic, logo=logo)
            else:
                clinic = clinic.with_setting(key, value)
        repository.save_clinic(clinic)
    stdout.write("Clinic profile saved.\n")


def _prepared_logo(source: str) -> bytes:
    from designer.illustrations.photos import ImageImportError, prepare_logo

    try:
        return prepare_logo(Path(source).expanduser())
    except ImageImportError as error:
        raise CommandError(f"logo: {error}") from None


def cmd_screenshot(options: argparse.Namespace, stdout: Any) -> None:
    try:
        width, height = (int(part) for part in options.size.lower().split("x"))
    except ValueError:
        raise CommandError(f'--size must look like 1440x900, not "{options.size}"') from None
    if not (320 <= width <= 8000 and 240 <= height <= 8000):
        raise CommandError("--size must be between 320x240 and 8000x8000")
    folder = data_folder(options) if options.data_dir is not None else None
    if folder is not None and not has_data(folder):
        raise CommandError(f"no designer data in {folder}: leave out --data-dir for a picture with a demo plan")
    from designer.ui.launch import take_screenshot

    path = take_screenshot(options.out, (width, height), folder)
    stdout.write(f"Wrote {path}\n")


def cmd_backup(options: argparse.Namespace, stdout: Any) -> None:
    folder = data_folder(options)
    if database_url(options) is None and not has_data(folder):
        raise CommandError(f"no designer data in {folder}: there is nothing to back up")
    with open_repository(options, write=True) as repository:
        path = repository.snapshot(force=True)
        what = "the data folder" if database_url(options) is None else repository.location
    stdout.write(f"Backed up {what} to {path}\n")
