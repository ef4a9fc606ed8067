"""A client's plans: start one (empty or from a template), copy one for the next session, keep one as a template.

Each function saves through the repository and returns the plan as saved.  Titles of new plans are kept distinct
within a client ("Exercise plan for Margaret", then "... (2)"), so two plans are never mistaken for each other.
"""

from __future__ import annotations

from dataclasses import replace

from designer.domain import Client, Layout, Plan, Stage
from designer.library import Library
from designer.storage.repository import Repository

from .templates import find_template, load_template


def default_title(client: Client) -> str:
    """The title a new, empty plan gets."""
    return f"Exercise plan for {client.first_name}" if client.first_name else "Exercise plan"


def distinct_title(repository: Repository, client_id: str, wanted: str) -> str:
    """``wanted``, or ``wanted (2)``, ``(3)``... when the client already has a plan with that title."""
    taken = {summary.title.casefold() for summary in repository.list_plans(client_id)}
    if wanted.casefold() not in taken:
        return wanted
    number = 2
    while f"{wanted} ({number})".casefold() in taken:
        number += 1
    return f"{wanted} ({number})"


def new_plan(client: Client, *, therapist: str, layout: Layout, title: str = "") -> Plan:
    """An empty plan for ``client`` with one stage to drag exercises into (not saved yet)."""
    return Plan(
        title=title or default_title(client),
        client_id=client.id,
        therapist=therapist,
        layout=layout,
        stages=(Stage("Stability", weeks="1–2"),),
    )


def plan_from_template(repository: Repository, library: Library, template: str) -> Plan:
    """A fresh copy (new ids, today's date) of the template called ``template`` (id or name), not saved yet."""
    chosen = find_template(repository, template)
    plan = load_template(repository, library, chosen.id)
    return plan if chosen.builtin else plan.copy_for_next_session()


def start_plan(
    repository: Repository,
    library: Library,
    client_id: str,
    *,
    template: str = "",
    title: str = "",
    layout: Layout | None = None,
) -> Plan:
    """Start and save a plan for a client: empty, or from a template; returns the saved plan."""
    client = repository.get_client(client_id)
    clinic = repository.get_clinic()
    if template:
        plan = plan_from_template(repository, library, template)
        plan = replace(plan, therapist=plan.therapist or clinic.therapist)
        if layout is not None:
            plan = replace(plan, layout=layout)
    else:
        plan = new_plan(client, therapist=clinic.therapist, layout=layout or clinic.default_layout)
    return save_new_plan(repository, replace(plan, title=title or plan.title), client)


def save_new_plan(repository: Repository, plan: Plan, client: Client) -> Plan:
    """Save a plan that is new to this client, with a title none of their other plans has."""
    plan = replace(plan, client_id=client.id, title=distinct_title(repository, client.id, plan.title))
    return repository.save_plan(plan)


def copy_plan(repository: Repository, plan: Plan, client: Client, title: str = "") -> Plan:
    """Start the next session's plan from ``plan`` (new ids, today's date) for ``client``; returns it saved."""
    return save_new_plan(repository, plan.copy_for_next_session(title or plan.title), client)


def save_as_template(repository: Repository, name: str, plan: Plan) -> str:
    """Keep ``plan`` as the clinic's template ``name`` (belonging to no client); returns the template's id."""
    return repository.save_template(name, replace(plan, client_id=""))
