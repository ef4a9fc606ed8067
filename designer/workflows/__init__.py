"""The clinic's workflows, written once and Qt-free: the window and the command line are thin adapters over them.

- ``templates``: find a template by id or name, list them all.
- ``plans``: start a plan (empty or from a template), copy one for the next session, save one as a template.
- ``handouts``: the handout options for a stored plan, and rendering with warnings.
- ``importing``: check a whole plan file first, then write all of it or none.
- ``exercises``: the clinic's own exercises (create, edit, copy, delete) and which plans use one.
- ``clients``: add, edit, archive and restore.
- ``mail``: compose a handout email, then send it, keep it as a draft, or leave it in the outbox.

Every workflow takes a ``Repository`` (``designer.storage.repository``), never a concrete store, and raises
``WorkflowError`` (plain words, with what to do) or the storage errors for the adapters to show.
"""

from .errors import WorkflowError

__all__ = ["WorkflowError"]
