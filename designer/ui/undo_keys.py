"""Undo and redo from wherever the keyboard is: Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y (the Windows habit).

A text field keeps its own typing history, and Qt gives it Ctrl+Z first, so the plan's Undo never ran while the
cursor was in the Sets box or the search box, which is the very moment people undo.  This filter, installed on
the application for one window, gives the keys to the field while the field has typing of its own to undo (or
redo), and to the plan's undo history once it has none.  Outside text fields the window's Undo and Redo actions
take the keys as usual.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QUndoGroup
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

Key = Qt.Key
Mod = Qt.KeyboardModifier
# The keys the window's Redo answers to, whatever the platform's own habit.
REDO_KEYS = ("Ctrl+Shift+Z", "Ctrl+Y")


def undo_or_redo(event: QKeyEvent) -> str:
    """ "undo", "redo" or "" for a key press."""
    modifiers = event.modifiers() & ~Mod.KeypadModifier
    if event.key() == Key.Key_Z and modifiers == Mod.ControlModifier:
        return "undo"
    if (event.key() == Key.Key_Z and modifiers == Mod.ControlModifier | Mod.ShiftModifier) or (
        event.key() == Key.Key_Y and modifiers == Mod.ControlModifier
    ):
        return "redo"
    return ""


def field_history(
    widget: QObject,
) -> tuple[Callable[[], bool], Callable[[], None], Callable[[], bool], Callable[[], None]] | None:
    """A text field's own (can undo, undo, can redo, redo), or None for a widget that is not a text field."""
    edit: QObject | None = widget
    if isinstance(widget, QAbstractSpinBox):
        edit = widget.findChild(QLineEdit)
    elif isinstance(widget, QComboBox):
        edit = widget.lineEdit()
    if isinstance(edit, QLineEdit) and not edit.isReadOnly():
        line = edit
        return line.isUndoAvailable, line.undo, line.isRedoAvailable, line.redo
    if isinstance(edit, (QPlainTextEdit, QTextEdit)) and not edit.isReadOnly():
        document = edit.document()
        return document.isUndoAvailable, edit.undo, document.isRedoAvailable, edit.redo
    return None


class UndoKeys(QObject):
    """Gives Ctrl+Z and the redo keys in ``window``'s text fields to the field first, then to ``group``."""

    def __init__(self, window: QWidget, group: QUndoGroup) -> None:
        super().__init__(window)
        self._window = window
        self._group = group
        # On the window's text fields only: a filter on the whole application would be called from Python for
        # every event of every widget (each paint and timer), and slow the window down.
        for widget in window.findChildren(QWidget):
            if field_history(widget) is not None:
                widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Qt: an undo or redo key in one of the window's text fields."""
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) or not isinstance(event, QKeyEvent):
            return False
        which = undo_or_redo(event)
        if not which or not isinstance(watched, QWidget) or watched.window() is not self._window:
            return False
        history = field_history(watched)
        if history is None:
            return False
        can_undo, undo, can_redo, redo = history
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # the key press comes to the field (and so here), not to the window's actions
            return True
        if which == "undo":
            undo() if can_undo() else self._group.undo()
        else:
            redo() if can_redo() else self._group.redo()
        return True
