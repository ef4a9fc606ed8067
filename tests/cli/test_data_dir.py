"""``--data-dir`` before or after the verb, and folders that are not there: never the therapist's real data."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from designer import cli
from designer.paths import PROJECT_DIR


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.run(list(args), out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def elsewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The per-user data folder a mistake would write into: pointed at a folder of the test's own."""
    default = tmp_path / "the-therapists-real-data"
    monkeypatch.setattr("designer.cli.common.default_data_dir", lambda: default)
    return default


@pytest.mark.parametrize("position", ["before", "after"])
def test_data_dir_is_used_before_or_after_the_verb(tmp_path: Path, elsewhere: Path, position: str) -> None:
    folder = tmp_path / "clinic"
    verb = ["clients", "--add", "Margaret Ellis"]
    args = ["--data-dir", str(folder), *verb] if position == "before" else [*verb, "--data-dir", str(folder)]
    code, out, err = run(*args)
    assert code == 0, err
    assert "Added client Margaret Ellis" in out
    assert f"created the data folder {folder}" in err
    assert not elsewhere.exists()  # nothing went into the per-user folder
    code, out, _err = run("--data-dir", str(folder), "clients", "--json")
    assert code == 0 and [c["name"] for c in json.loads(out)] == ["Margaret Ellis"]
    code, out, _err = run("clients", "--json", "--data-dir", str(folder))
    assert code == 0 and [c["name"] for c in json.loads(out)] == ["Margaret Ellis"]


def test_the_option_after_the_verb_wins_when_given_twice(tmp_path: Path, elsewhere: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    assert run("--data-dir", str(first), "clients", "--add", "A", "--data-dir", str(second))[0] == 0
    assert second.exists() and not first.exists() and not elsewhere.exists()


@pytest.mark.parametrize(
    "verb",
    [["clients"], ["plans"], ["clinic", "--show"], ["export", "--all", "--out", "x.json"], ["backup"]],
    ids=lambda verb: verb[0],
)
@pytest.mark.parametrize("position", ["before", "after"])
def test_reading_verbs_and_backup_say_there_is_no_data(
    tmp_path: Path, elsewhere: Path, verb: list[str], position: str
) -> None:
    missing = tmp_path / "typo"
    args = ["--data-dir", str(missing), *verb] if position == "before" else [*verb, "--data-dir", str(missing)]
    code, out, err = run(*args)
    assert code == 1, out
    assert f"no designer data in {missing}" in err
    assert not missing.exists() and not elsewhere.exists()  # no empty folder made, no success reported


def test_built_in_library_and_templates_need_no_data_folder(tmp_path: Path, elsewhere: Path) -> None:
    missing = tmp_path / "none-yet"
    code, out, err = run("--data-dir", str(missing), "library", "--json")
    assert code == 0, err and any(e["id"] == "glute-bridge" for e in json.loads(out))
    code, out, err = run("templates", "--json", "--data-dir", str(missing))
    assert code == 0, err and any(t["id"] == "at-home-strength" for t in json.loads(out))
    assert not missing.exists()


def test_a_real_process_with_the_option_before_the_verb(tmp_path: Path) -> None:
    folder = tmp_path / "clinic"
    done = subprocess.run(
        [sys.executable, str(PROJECT_DIR / "main.py"), "--data-dir", str(folder), "clients", "--add", "Zoë Ørsted"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert (folder / "index.json").exists() or any(folder.iterdir())


COMMAND_LINES = [
    ["render", "--template", "at-home-strength", "--out", "h.pdf"],
    ["--data-dir", "d", "render", "--plan", "p1", "--out", "h.pdf", "--layout", "compact", "--tracking-sheet"],
    ["--data-dir=d", "clients", "--add", "Margaret Ellis", "--condition", "osteoporosis"],
    ["--database", "postgresql://desk@server/clinic", "plans", "--client", "c1", "--json"],
    ["export", "--all", "--out", "all.json", "--data-dir", "elsewhere"],
    ["email", "--plan", "p1", "--smtp-port", "587", "--security", "starttls"],
    ["backup"],
]


@pytest.mark.parametrize("args", COMMAND_LINES, ids=lambda args: args[0])
def test_the_parser_of_the_verb_alone_reads_a_command_as_the_whole_parser_does(args: list[str]) -> None:
    """A run builds only its verb's parser; the options it reads and its help are those of the whole one."""
    from designer.cli.parser import build_parser, verb_named

    verb = verb_named(args)
    assert verb in cli.VERBS
    assert vars(build_parser(verb).parse_args(args)) == vars(build_parser().parse_args(args))
    # ... and it has that verb alone: the others' help lines are not in it.
    assert ("list, search or add clients" in build_parser(verb).format_help()) == (verb == "clients")


@pytest.mark.parametrize(
    "args",
    [[], ["--help"], ["-h", "render"], ["--version"], ["--data-dir", "render"], ["nonsense", "render"], ["--x"]],
)
def test_without_a_verb_first_the_whole_parser_is_built(args: list[str]) -> None:
    from designer.cli.parser import verb_named

    assert verb_named(args) is None


def test_help_and_mistakes_after_a_verb_read_as_before(capsys: pytest.CaptureFixture[str]) -> None:
    for args in (["render", "--help"], ["backup", "--help"]):
        assert run(*args)[0] == 0
        alone = capsys.readouterr().out
        assert alone.startswith(f"usage: python main.py {args[0]} ")
        from designer.cli.parser import build_parser

        with pytest.raises(SystemExit):
            build_parser().parse_args(args)
        assert capsys.readouterr().out == alone
    code, _out, err = run("render", "--template", "x")
    assert code == 2
    assert "the following arguments are required: --out (see: python main.py render --help)" in err
    code, _out, err = run("nonsense")
    assert code == 2
    assert "invalid choice: 'nonsense'" in err and "'render'" in err  # every verb named
