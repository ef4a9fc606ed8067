"""The command-line verbs: ``python main.py [--data-dir DIR] VERB [options]``.

``--data-dir`` goes before or after the verb.  Bad input gives one plain line on stderr and a non-zero exit,
never a traceback.  Verbs that only read open the data read-only, so they work while the window is open.  Each
verb is a thin adapter over ``designer.workflows``:

- ``parser``: the verbs and their options;
- ``common``: opening the data folder, printing tables and JSON, writing files;
- ``library_verbs``: library, templates, catalogue;
- ``client_verbs``: clients, plans;
- ``file_verbs``: import, export;
- ``handout_verbs``: render, email;
- ``clinic_verbs``: clinic, backup, screenshot.
"""

from .common import CommandError
from .parser import VERBS, build_parser, wants_window
from .runner import run

__all__ = ["VERBS", "CommandError", "build_parser", "run", "wants_window"]
