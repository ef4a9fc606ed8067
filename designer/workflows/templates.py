"""Plan templates: the built-in ones that come with the designer and those the clinic saved, found by id or name."""

from __future__ import annotations

from dataclasses import dataclass

from designer.domain import Plan
from designer.library import Library
from designer.library.templates import list_builtin_templates, load_builtin_template
from designer.storage.repository import Repository

from .errors import WorkflowError


@dataclass(frozen=True)
class TemplateRef:
    """One template as a list shows it."""

    id: str
    name: str
    description: str
    builtin: bool


def list_templates(repository: Repository | None) -> list[TemplateRef]:
    """The built-in templates, then the clinic's saved ones (none without a repository)."""
    found = [TemplateRef(info.id, info.name, info.description, True) for info in list_builtin_templates()]
    if repository is not None:
        found += [TemplateRef(tid, name, "", False) for tid, name in repository.list_saved_templates()]
    return found


def find_template(repository: Repository | None, name: str) -> TemplateRef:
    """The template whose id or name is ``name`` (any case); built-in ones first."""
    wanted = name.strip().casefold()
    templates = list_templates(repository)
    for template in templates:
        if wanted in (template.id.casefold(), template.name.casefold()):
            return template
    raise WorkflowError(f'there is no template "{name}" (templates: {", ".join(t.id for t in templates)})')


def load_template(repository: Repository | None, library: Library, name: str) -> Plan:
    """The plan a template holds, as stored (its own ids; see ``plans.plan_from_template`` for a fresh copy)."""
    template = find_template(repository, name)
    if template.builtin:
        return load_builtin_template(template.id, library)
    assert repository is not None  # a saved template was found, so there is a repository
    return repository.get_saved_template(template.id)
