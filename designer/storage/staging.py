"""Where an import is staged before it is committed, and how an interrupted one is finished or dropped at opening.

See ``import_commit.py`` for the steps.  Kept apart so that opening (``index_sync.py``) can call it without
importing the store's upper layers.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from ..safe_files import fsync_folder

STAGING_NAME = ".import"
COMMIT_NAME = "COMMIT"


def finish_interrupted_import(data_dir: Path) -> bool:
    """At opening, by the copy holding the lock: finish a committed import, or drop one that was not committed.

    Returns True when files in ``clients/`` were changed (the index is then checked against them anyway).
    """
    staging = data_dir / STAGING_NAME
    if not staging.is_dir():
        return False
    changed = False
    commit = staging / COMMIT_NAME
    try:
        names = json.loads(commit.read_text(encoding="utf-8"))["files"]
    except (OSError, ValueError, KeyError, TypeError):
        names = None  # not committed (or the commit line itself was cut short): the import never happened
    if isinstance(names, list):
        clients = data_dir / "clients"
        for name in names:
            staged = staging / str(name)
            if staged.exists():
                os.replace(staged, clients / staged.name)
                changed = True
        fsync_folder(clients)
    shutil.rmtree(staging, ignore_errors=True)
    return changed
