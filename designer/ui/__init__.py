"""The designer window (PySide6): the only part of the program that imports Qt.

It adapts the domain objects for Qt's views, turns every plan edit into an
undoable command, and leaves keeping data to ``designer.storage`` and making
handouts to ``designer.pdf``.
"""

from .qt_fixes import protect_none

protect_none()
