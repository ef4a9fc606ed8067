"""The main window's actions, its menus and its toolbar: what each does, its shortcut, and where it is offered.

Every action calls one of the window's parts (the plan editor, the plan actions, the handout, clinic and exercise
actions); which actions are enabled follows the open client, plan and selection (``update``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit, QMenu, QToolBar

from designer.domain import Exercise

from .undo_keys import REDO_KEYS

if TYPE_CHECKING:
    from .main_window import MainWindow


def _focus(field: QLineEdit) -> None:
    field.setFocus()
    field.selectAll()


def _fill(menu: QMenu | QToolBar, actions: Sequence[QAction | None]) -> None:
    for action in actions:
        if action is None:
            menu.addSeparator()
        else:
            menu.addAction(action)


class WindowActions:
    """The window's actions (``new_plan``, ``save_pdf``, ``edit_exercise``...), its menus and toolbar."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        key = QKeySequence.StandardKey
        plans, handouts, clinic, exercises = (
            window.plans,
            window.handouts,
            window.clinic_actions,
            window.exercise_actions,
        )
        clients, editor, library = window.clients, window.editor, window.library_panel
        add = self._add
        self.new_plan = add("New plan", plans.new_plan, key.New, "Start an empty plan for this client")
        self.copy_plan = add(
            "New plan from this one",
            plans.copy_latest_plan,
            "Ctrl+Shift+D",
            "Start the next session's plan from this one",
            "From this one",
        )
        self.template = add(
            "From template…", plans.new_plan_from_template, "Ctrl+Shift+T", "Start a plan from a template", "Template…"
        )
        self.save_template = add(
            "Save as template…",
            plans.save_as_template,
            None,
            "Keep this plan as a template for other clients",
            "Save template",
        )
        self.add_client = add("Add client…", clients.add_client, "Ctrl+Shift+N", "Add a new client")
        self.edit_client = add(
            "Edit client…", clients.edit_client, None, "Change the client's name, email, phone or notes"
        )
        self.save_pdf = add(
            "Save PDF…", handouts.save_pdf, key.Save, "Save the handout as a PDF file (the plan itself saves by itself)"
        )
        self.print = add("Print…", handouts.print_handout, key.Print, "Print the handout")
        self.email = add("Email…", handouts.email_handout, "Ctrl+E", "Email the handout to the client")
        self.outbox = add(
            "Outbox…", handouts.show_outbox, None, "Handouts waiting to be emailed: why they wait; retry or remove"
        )
        self.import_plans = add(
            "Import plans…", clinic.import_plans, key.Open, "Import plans from a plan file (.json)", "Import"
        )
        self.export_plans = add(
            "Export plans…", clinic.export_plans, None, "Export this client's plans to a plan file (.json)", "Export"
        )
        self.settings = add(
            "Clinic settings…",
            clinic.open_clinic_settings,
            key.Preferences,
            "Clinic name, logo, colours, contact details and email",
            "Settings",
        )
        self.set_up_clinic = add(
            "Set up the clinic…",
            clinic.set_up_clinic,
            None,
            "The six details every handout carries: name, therapist, logo, booking link, phone and email",
        )
        self.shared_database = add(
            "Shared database…", clinic.choose_shared_database, None, "Work on the clinic's shared PostgreSQL database"
        )
        self.quit = add("Quit", window.close, key.Quit)
        self.undo, self.redo = self._undo_actions()
        self.find_client = add("Find client", lambda: _focus(window.client_panel.search), key.Find)
        self.find_exercise = add("Find exercise", lambda: _focus(library.search), "Ctrl+L")
        self.add_stage = add("Add stage", editor.add_stage, "Ctrl+Shift+A", "Add a stage, such as Stability")
        self.edit_details = add(
            "Edit the selected row",
            editor.edit_details,
            "F2",
            "Go to the selected exercise's sets, reps and note (or the stage's name)",
        )
        self.add_exercise = add("Add selected exercise\tEnter", lambda: editor.add_exercises(library.selected_ids()))
        self.remove = add("Remove from plan\tDel", editor.remove_selected)
        self.move_up = add("Move up\tCtrl+Up", lambda: editor.move_selected(-1))
        self.move_down = add("Move down\tCtrl+Down", lambda: editor.move_selected(1))
        self.new_exercise = add(
            "New exercise…",
            exercises.new_exercise,
            "Ctrl+Shift+E",
            "Add an exercise of the clinic's own, with your own photos",
        )
        self.edit_exercise = add(
            "Edit a copy…", library.edit_current, None, "Change the selected exercise (a built-in one: your own copy)"
        )
        self.delete_exercise = add(
            "Delete exercise…", library.delete_current, None, "Delete the selected exercise of the clinic's own"
        )
        self._build_menus()

    def _undo_actions(self) -> tuple[QAction, QAction]:
        """Undo and Redo of the open plan's history.  The toolbar says only "Undo" and "Redo", so it never
        reflows; the Edit menu and the tooltips say what would be undone ("Undo Add Glute Bridge")."""
        group = self._window.document.undo_group
        undo = group.createUndoAction(self._window, "Undo")
        redo = group.createRedoAction(self._window, "Redo")
        undo.setShortcuts(QKeySequence.StandardKey.Undo)
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        redo_keys += [QKeySequence(text) for text in REDO_KEYS if QKeySequence(text) not in redo_keys]
        redo.setShortcuts(redo_keys)
        for action, word, changed in (
            (undo, "Undo", group.undoTextChanged),
            (redo, "Redo", group.redoTextChanged),
        ):
            action.setIconText(word)
            keys = ", ".join(
                sequence.toString(QKeySequence.SequenceFormat.NativeText) for sequence in action.shortcuts()
            )

            def tip(text: str, action: QAction = action, word: str = word, keys: str = keys) -> None:
                action.setToolTip(f"{word} {text} ({keys})" if text else f"{word} ({keys})")

            changed.connect(tip)
            tip("")
            self._window.addAction(action)
        return undo, redo

    def _add(
        self,
        text: str,
        handler: Callable[[], Any],
        shortcut: QKeySequence.StandardKey | str | None = None,
        tip: str = "",
        short: str = "",
    ) -> QAction:
        action = QAction(text, self._window)
        if short:
            action.setIconText(short)  # what the toolbar shows; the menu shows the full text
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)
        elif shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: handler())
        self._window.addAction(action)
        return action

    def _build_menus(self) -> None:
        menus = self._window.menuBar()
        _fill(
            menus.addMenu("&File"),
            [
                self.new_plan,
                self.copy_plan,
                self.template,
                None,
                self.save_pdf,
                self.print,
                self.email,
                self.outbox,
                None,
                self.save_template,
                self.import_plans,
                self.export_plans,
                None,
                self.quit,
            ],
        )
        _fill(menus.addMenu("&Edit"), [self.undo, self.redo, None, self.find_client, self.find_exercise])
        _fill(
            menus.addMenu("&Plan"),
            [self.add_exercise, self.add_stage, self.edit_details, None, self.remove, self.move_up, self.move_down],
        )
        self.library_menu = menus.addMenu("&Library")
        _fill(
            self.library_menu,
            [self.find_exercise, self.add_exercise, None, self.new_exercise, self.edit_exercise, self.delete_exercise],
        )
        _fill(menus.addMenu("&Client"), [self.add_client, self.edit_client])
        _fill(menus.addMenu("&Settings"), [self.set_up_clinic, self.settings, self.shared_database])
        self.toolbar = QToolBar("Main")
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        _fill(
            self.toolbar,
            [
                self.new_plan,
                self.copy_plan,
                self.template,
                None,
                self.undo,
                self.redo,
                None,
                self.save_pdf,
                self.print,
                self.email,
                None,
                self.save_template,
                self.import_plans,
                self.export_plans,
                None,
                self.settings,
            ],
        )
        self._window.addToolBar(self.toolbar)

    def update(self, *, has_client: bool, has_plan: bool, has_selection: bool, any_plans: bool) -> None:
        """Offer what makes sense for the open client, plan and selected rows."""
        for action in (self.save_pdf, self.print, self.email, self.save_template, self.export_plans, self.add_stage):
            action.setEnabled(has_plan)
        for action in (self.new_plan, self.template, self.edit_client):
            action.setEnabled(has_client)
        self.copy_plan.setEnabled(has_client and (has_plan or any_plans))
        for action in (self.remove, self.move_up, self.move_down, self.edit_details):
            action.setEnabled(has_selection)

    def update_library(self, exercise: Exercise | None) -> None:
        """The Library menu's Edit and Delete say what they will do to the selected exercise."""
        self.edit_exercise.setText("Edit a copy…" if exercise is None or exercise.builtin else "Edit…")
        self.edit_exercise.setEnabled(exercise is not None)
        self.delete_exercise.setEnabled(exercise is not None and not exercise.builtin)
