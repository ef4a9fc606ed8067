"""The README's two commands are the ones CI runs, and the lock pins every dependency the project names."""

from __future__ import annotations

import re
import tomllib

from designer.paths import PROJECT_DIR

README = (PROJECT_DIR / "README.md").read_text(encoding="utf-8")
CI = (PROJECT_DIR / ".ci" / "run").read_text(encoding="utf-8")


def _commands() -> list[str]:
    return re.findall(r"```sh\n(python3 -m venv .+?)\n```", README)


def test_the_readme_opens_with_two_commands_for_a_new_machine() -> None:
    install_and_open, install_and_test = _commands()[:2]
    assert install_and_open.endswith("main.py")
    assert install_and_test.endswith("-m pytest")


def test_ci_runs_the_readme_test_command_exactly() -> None:
    test_command = _commands()[1]
    assert test_command in CI.splitlines()


def test_the_lock_pins_every_dependency_we_name() -> None:
    project = tomllib.loads((PROJECT_DIR / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    named = list(project["dependencies"])
    for extra in project.get("optional-dependencies", {}).values():
        named += extra
    pinned = {}
    for line in (PROJECT_DIR / "constraints.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, _, version = line.partition("==")
            pinned[re.sub(r"[-_.]+", "-", name).lower()] = version
    for requirement in named:
        name = re.sub(r"[-_.]+", "-", re.split(r"[<>=!~;\[ ]", requirement, maxsplit=1)[0]).lower()
        assert pinned.get(name), f"{name} is not pinned in constraints.txt"
