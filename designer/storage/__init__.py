"""Keeping the clinic's data: clients, plans, the clinic's exercises and templates, the clinic profile.

Use ``Store.open(data_dir)``; everything goes in and out as domain objects.  Files are
written atomically with rolling backups, the folder is locked against a second running
copy, old files are migrated, and damaged files are restored from their newest good backup.

The names below are imported when first used: a verb that only reads a repository's type (``render`` without a
data folder) or its errors need not load the store's locking, import and erasure code.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from designer.lazy import lazy_exports

if TYPE_CHECKING:
    from .errors import (
        ConflictError,
        DamagedDataError,
        NotFoundError,
        ReadOnlyError,
        SaveError,
        StoreError,
        StoreLockedError,
    )
    from .index import ClientSummary, PlanSummary
    from .repository import Notice, NoticeKind, PictureKind, Repository
    from .schema import SCHEMA_VERSION
    from .store import Store
    from .store_base import client_file_name, template_id

_HOMES = {
    "ConflictError": "errors",
    "DamagedDataError": "errors",
    "NotFoundError": "errors",
    "ReadOnlyError": "errors",
    "SaveError": "errors",
    "StoreError": "errors",
    "StoreLockedError": "errors",
    "ClientSummary": "index",
    "PlanSummary": "index",
    "Notice": "repository",
    "NoticeKind": "repository",
    "PictureKind": "repository",
    "Repository": "repository",
    "SCHEMA_VERSION": "schema",
    "Store": "store",
    "client_file_name": "store_base",
    "template_id": "store_base",
}

__getattr__ = lazy_exports(__name__, _HOMES, globals())

__all__ = [
    "SCHEMA_VERSION",
    "ClientSummary",
    "ConflictError",
    "DamagedDataError",
    "NotFoundError",
    "Notice",
    "NoticeKind",
    "PictureKind",
    "PlanSummary",
    "ReadOnlyError",
    "Repository",
    "SaveError",
    "Store",
    "StoreError",
    "StoreLockedError",
    "client_file_name",
    "template_id",
]
