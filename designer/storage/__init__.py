"""Keeping the clinic's data: clients, plans, the clinic's exercises and templates, the clinic profile.

Use ``Store.open(data_dir)``; everything goes in and out as domain objects.  Files are
written atomically with rolling backups, the folder is locked against a second running
copy, old files are migrated, and damaged files are restored from their newest good backup.
"""

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
