"""The shared PostgreSQL store: the clinic's data on a server, for several desks at once (issue 18).

``PostgresRepository.open(url)`` gives the same ``Repository`` as the embedded folder.  ``connection.py`` checks
the address (TLS to other machines, no password in it), ``migrations.py`` builds the tables, ``notifications.py``
hears other desks' changes, and ``copying.py`` moves a desk's data in and out, verified.
"""

from .connection import DatabaseAddress, DatabaseAddressError, DatabaseUnavailableError, is_database_url
from .copying import CopyError, copy_into_database, copy_into_folder, fingerprint, read_everything
from .notifications import Change, ChangeListener
from .repository import PostgresRepository

__all__ = [
    "Change",
    "ChangeListener",
    "CopyError",
    "DatabaseAddress",
    "DatabaseAddressError",
    "DatabaseUnavailableError",
    "PostgresRepository",
    "copy_into_database",
    "copy_into_folder",
    "fingerprint",
    "is_database_url",
    "read_everything",
]
