"""Running verbs in-process against a test's own data folder (imported by the CLI tests)."""

from __future__ import annotations

import io
from pathlib import Path

from designer import cli


def run(data_dir: Path, *args: str) -> tuple[int, str, str]:
    """Exit code, standard output and standard error of ``python main.py ARGS --data-dir DATA_DIR``."""
    out, err = io.StringIO(), io.StringIO()
    code = cli.run([*args, "--data-dir", str(data_dir)], out, err)
    return code, out.getvalue(), err.getvalue()


def ok(data_dir: Path, *args: str) -> str:
    """Standard output of a verb that must succeed."""
    code, out, err = run(data_dir, *args)
    assert code == 0, err
    return out
