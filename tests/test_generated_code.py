"""Dataclass methods kept compiled between runs: the same classes as compiling them, and a bad cache never used."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from designer.paths import PROJECT_DIR

# A process that makes dataclasses of every kind the designer uses (frozen, defaults, factories, fields left out of
# repr and compare, keyword-only, inheritance) and the domain's own, and tells what they do.
SCRIPT = """
import dataclasses, inspect, json
from designer.generated_code import remember_dataclass_methods
methods = remember_dataclass_methods()

@dataclasses.dataclass(frozen=True)
class Dose:
    sets: int = 3
    reps: int = 10
    notes: tuple[str, ...] = ()
    hidden: str = dataclasses.field(default="x", repr=False, compare=False)

@dataclasses.dataclass(kw_only=True)
class Visit:
    when: str
    seen: list[str] = dataclasses.field(default_factory=list)

@dataclasses.dataclass(frozen=True, order=True)
class Later(Dose):
    week: int = 1

from designer.domain import Exercise, Plan
try:
    Dose().sets = 4
    frozen = "not frozen"
except dataclasses.FrozenInstanceError as error:
    frozen = str(error)
answers = [
    repr(Dose(2, 8, ("slow",), "y")), Dose() == Dose(hidden="z"), hash(Dose()) == hash(Dose(hidden="z")), frozen,
    str(inspect.signature(Dose)), repr(Visit(when="Monday")), str(inspect.signature(Visit)),
    Later(week=2) > Later(week=1), repr(Later()), str(inspect.signature(Exercise)), str(inspect.signature(Plan)),
    Dose.__init__.__annotations__ == {"sets": int, "reps": int, "notes": tuple[str, ...], "hidden": str,
                                     "return": None},
]
print(json.dumps({"answers": answers, "cached": methods is not None,
                  "compiled": methods.compiled if methods else None, "used": len(methods.used) if methods else 0}))
"""


def _run(cache: str) -> dict[str, object]:
    environment = {**os.environ, "PROGRAMME_DESIGNER_CODE_CACHE": cache}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], env=environment, cwd=PROJECT_DIR, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    return result


def test_kept_methods_make_the_same_classes_as_compiling_them(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = _run(str(tmp_path / "code"))
    assert (tmp_path / "code" / f"dataclasses-{sys.implementation.cache_tag}.marshal").is_file()
    second = _run(str(tmp_path / "code"))
    monkeypatch.chdir(tmp_path)
    without = _run("")
    assert first["compiled"] == first["used"]  # nothing kept yet: everything compiled
    assert second["compiled"] == 0 and second["used"] == first["used"]  # everything from the cache
    assert without["cached"] is False
    assert first["answers"] == second["answers"] == without["answers"]
    answers = second["answers"]
    assert isinstance(answers, list)
    assert answers[0] == "Dose(sets=2, reps=8, notes=('slow',))"
    assert answers[1:4] == [True, True, "cannot assign to field 'sets'"]
    assert answers[-1] is True  # annotations as objects, as ``exec`` in dataclasses makes them
    assert sorted(path.name for path in tmp_path.rglob("*.marshal")) == [
        "dataclasses-" + sys.implementation.cache_tag + ".marshal"
    ]


@pytest.mark.parametrize("content", [b"", b"\x00\x01 not a cache", b"\xe9" * 5000, b"marshal-of-wrong-kind"])
def test_a_damaged_cache_is_ignored_and_replaced(tmp_path: Path, content: bytes) -> None:
    import marshal

    folder = tmp_path / "code"
    folder.mkdir()
    kept = folder / f"dataclasses-{sys.implementation.cache_tag}.marshal"
    kept.write_bytes(content if content != b"marshal-of-wrong-kind" else marshal.dumps({"key": [1], "code": {}}))
    result = _run(str(folder))
    assert result["compiled"] == result["used"]
    assert kept.read_bytes() != content
    assert _run(str(folder))["compiled"] == 0


def test_a_cache_folder_that_cannot_be_made_only_costs_time(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    assert _run(str(blocker / "code"))["answers"] == _run("")["answers"]


def test_kept_code_is_used_only_for_the_very_text_it_was_compiled_from(tmp_path: Path) -> None:
    """A kept entry whose code was swapped for another text's is still only found by its own text."""
    import marshal

    from designer.generated_code import CompiledMethods

    path = tmp_path / "kept.marshal"
    methods = CompiledMethods(path)
    namespace: dict[str, object] = {}
    methods.exec("def f():\n return 1\n", {}, namespace)
    methods.save()
    again = CompiledMethods(path)
    assert list(again.kept) == ["def f():\n return 1\n"]
    other: dict[str, object] = {}
    again.exec("def f():\n return 2\n", {}, other)
    assert other["f"]() == 2  # type: ignore[operator]
    assert again.compiled == 1
    assert marshal.loads(path.read_bytes())["code"].keys() == {"def f():\n return 1\n"}
