"""Subject access: everything the designer holds about one client, gathered in one zip for them.

The zip holds their details, every plan (as the plan file JSON and as the rendered handout), the sent log,
handouts waiting in the outbox, the photos in their plans (the clinic's own exercise photos), and a README
that lists what is in it.  It works for a client with no plans.  Written atomically and owner-only.
"""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path

from designer.interchange import PlanEntry, dumps, export_document
from designer.library import Library
from designer.safe_files import atomic_writer
from designer.storage.repository import PictureKind, Repository

from .handouts import handout_request, make_handout


def export_client_data(repository: Repository, library: Library, client_id: str, out: Path) -> list[str]:
    """Write the client's data to the zip ``out``; returns the names in it, the README first."""
    client = repository.get_client(client_id)
    files: dict[str, bytes] = {}
    lines = [
        f"Everything Programme Designer holds about {client.name} (client id {client.id}),",
        f"gathered on {dt.date.today().isoformat()}.",
        "",
        "client.json        their details: name, email, phone, notes, conditions with precautions",
    ]
    files["client.json"] = _json(client.to_dict())
    photos: set[str] = set()
    exercises = {exercise.id: exercise for exercise in repository.list_custom_exercises()}
    summaries = repository.list_plans(client.id)
    for summary in summaries:
        plan = repository.get_plan(summary.id)
        files[f"plans/{plan.id}.json"] = dumps(export_document([PlanEntry(plan, client)])).encode("utf-8")
        files[f"plans/{plan.id}.pdf"] = make_handout(handout_request(repository, library, plan, client)).pdf
        for exercise_id in plan.exercise_ids():
            exercise = exercises.get(exercise_id)
            if exercise is not None:
                pictured = exercise.illustration
                photos.update(name for name in (pictured.start_photo, pictured.end_photo) if name)
    lines.append(
        f"plans/             {len(summaries)} plan(s): each as the plan file (.json) and as the handout (.pdf)"
    )
    sent = repository.sent_log(client.id)
    files["sent-log.json"] = _json([record.to_dict() for record in sent])
    lines.append(f"sent-log.json      the {len(sent)} handout(s) sent to them: when, to which address, which plan")
    waiting = [entry for entry in repository.outbox().pending() if entry.client_id == client.id]
    for entry in waiting:
        files[f"outbox/{entry.id}.json"] = _json(entry.to_dict())
        files[f"outbox/{entry.id}.pdf"] = entry.pdf_path.read_bytes()
    lines.append(f"outbox/            {len(waiting)} handout(s) waiting to be sent to them, with the email")
    for name in sorted(photos):
        data = repository.get_picture(PictureKind.PHOTO, name)
        if data is not None:
            files[f"photos/{name}"] = data
    lines.append(f"photos/            {len(photos)} photo(s) of exercises in their plans")
    readme = "\n".join(lines) + "\n"
    out.parent.mkdir(parents=True, exist_ok=True)
    with atomic_writer(out) as handle, zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("README.txt", readme)
        for name, data in files.items():
            archive.writestr(name, data)
    return ["README.txt", *files]


def _json(data: object) -> bytes:
    return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
