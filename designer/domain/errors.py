"""Validation errors that say exactly what is wrong and where.

Every problem carries a path (``items[2].sets``) and a message in plain words
(``must be between 1 and 20``), so the window, the command line and the import
report can all show the therapist what to fix.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one field."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class ValidationError(ValueError):
    """Raised when data does not make sense; holds every problem found, not just the first."""

    def __init__(self, problems: list[Problem] | Problem | str) -> None:
        if isinstance(problems, str):
            problems = [Problem("", problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems: list[Problem] = list(problems)
        super().__init__("; ".join(str(p) for p in self.problems))

    def prefixed(self, prefix: str) -> ValidationError:
        """The same problems, with ``prefix`` put in front of each path."""
        return ValidationError([Problem(join_path(prefix, p.path), p.message) for p in self.problems])


def join_path(prefix: str, path: str) -> str:
    """Join two parts of a field path: ``items[2]`` + ``sets`` -> ``items[2].sets``."""
    if not prefix:
        return path
    if not path:
        return prefix
    if path.startswith("["):
        return prefix + path
    return f"{prefix}.{path}"


class Problems:
    """Collects problems while checking a whole object, then raises them together."""

    def __init__(self, prefix: str = "") -> None:
        self.prefix = prefix
        self.items: list[Problem] = []

    def add(self, path: str, message: str) -> None:
        self.items.append(Problem(join_path(self.prefix, path), message))

    def extend(self, error: ValidationError, path: str = "") -> None:
        self.items.extend(error.prefixed(join_path(self.prefix, path)).problems)

    def raise_if_any(self) -> None:
        if self.items:
            raise ValidationError(self.items)

    def __bool__(self) -> bool:
        return bool(self.items)
