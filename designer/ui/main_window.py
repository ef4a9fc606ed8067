"""The designer's main window: clients, library, the plan editor and the live handout preview.

The window only adapts: the store keeps the data, the library knows the
exercises, the renderer makes the handout.  Every plan edit goes through the
document's undo stack (``commands.py``); edits are saved automatically a
moment after they are made and when the window closes, and a save that fails
leaves the plan in memory with a plain message and a "Try again".
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from designer.domain import RECOMMENDED_MAX_EXERCISES, Client, Clinic, Exercise, Layout, Plan, Stage
from designer.library import Library, list_builtin_templates, load_builtin_exercises, load_builtin_template
from designer.storage import NotFoundError, ReadOnlyError, Store, StoreError
from designer.workflows.handouts import HandoutRequest, handout_file_name, make_handout

from . import commands, plan_edits
from . import settings as keys
from .document import PlanDocument
from .models.plan_model import PlanTreeModel
from .printing import print_pdf
from .settings import WindowSettings
from .thumbnails import LIBRARY_PICTURE, PLAN_PICTURE, Thumbnails
from .widgets.banner import Banner
from .widgets.client_panel import ClientPanel
from .widgets.library_panel import LibraryPanel
from .widgets.plan_view import PlanTreeView
from .widgets.prescription_panel import PrescriptionPanel
from .widgets.preview_panel import PreviewPanel
from .widgets.stage_panel import StagePanel
from .workers import DailySnapshot, PreviewRenderer

APP_TITLE = "Programme Designer"
CLIENT_LIST_LIMIT = 300  # beyond this the therapist types to find a client; a list of 10,000 helps no one
AUTOSAVE_MS = 1000
RETRY_SAVE_MS = 15_000
SNAPSHOT_AFTER_MS = 3000  # once the window is up and the first preview drawn, not while it is starting


def _message(error: BaseException) -> str:
    return str(getattr(error, "message", "") or error)


class MainWindow(QMainWindow):
    """The whole designer in one window."""

    planSaved = Signal(str)  # plan id, after each successful save

    def __init__(
        self,
        store: Store,
        library: Library | None = None,
        settings: WindowSettings | None = None,
        *,
        render: Callable[[HandoutRequest], Any] = make_handout,
        autosave_ms: int = AUTOSAVE_MS,
        preview_delay_ms: int = 120,
        close_store: bool = True,
        restore_last: bool = True,
        show_notices: bool = True,
        snapshot_after_ms: int | None = SNAPSHOT_AFTER_MS,
    ) -> None:
        """``snapshot_after_ms``: when to make today's snapshot of the data folder (None: not at all)."""
        super().__init__()
        self.store = store
        self.settings = settings or WindowSettings()
        self._close_store = close_store
        self.library = library or Library(self._custom_exercises())
        # Kept to rebuild the library after the clinic adds, edits or deletes one of its own exercises.
        self._builtin_exercises = (
            load_builtin_exercises()
            if library is None
            else [exercise for exercise in self.library.all() if exercise.builtin]
        )
        self.exercises: dict[str, Exercise] = {exercise.id: exercise for exercise in self.library.all()}
        self.clinic = self._read_clinic()
        self._draft_clinic: Clinic | None = None  # the clinic as edited in the open settings dialog
        self.document = PlanDocument(self)
        self.thumbnails = Thumbnails(LIBRARY_PICTURE, photos_dir=store.photos_dir)
        self.row_pictures = Thumbnails(PLAN_PICTURE, photos_dir=store.photos_dir)  # smaller, in the plan's rows
        self._save_problem = ""
        self._closing = False
        self._panes_sized = False

        self.renderer = PreviewRenderer(render, preview_delay_ms, self)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(autosave_ms)
        self.autosave_timer.timeout.connect(self.save_now)
        self.retry_timer = QTimer(self)
        self.retry_timer.setSingleShot(True)
        self.retry_timer.setInterval(RETRY_SAVE_MS)
        self.retry_timer.timeout.connect(self.save_now)
        self.snapshot = DailySnapshot(store.snapshot, self)
        self.snapshot.made.connect(self._snapshot_made)
        self.snapshot.failed.connect(self._snapshot_failed)
        self.snapshot_timer = QTimer(self)
        self.snapshot_timer.setSingleShot(True)
        self.snapshot_timer.timeout.connect(self.snapshot.start)
        if snapshot_after_ms is not None and not store.read_only:
            self.snapshot_timer.start(snapshot_after_ms)

        self._build_panes()
        self._build_actions()
        self._connect()
        self.resize(1440, 900)
        self._restore_settings()
        if show_notices:
            self._show_store_notices()
        self.refresh_clients()
        if restore_last:
            self._open_last()
        self._update_everything()

    # ======================================================================================
    # building
    # ======================================================================================

    def _custom_exercises(self) -> list[Exercise]:
        try:
            return self.store.list_custom_exercises()
        except StoreError:
            return []  # the built-in library is still there; the notice says what went wrong

    def _read_clinic(self) -> Clinic:
        try:
            return self.store.get_clinic()
        except StoreError:
            return Clinic()

    @staticmethod
    def _pane(*widgets: QWidget, stretch_last: bool = True) -> QWidget:
        pane = QWidget()
        pane.setObjectName("pane")
        pane.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(12, 10, 12, 12)
        for position, widget in enumerate(widgets):
            layout.addWidget(widget, 1 if stretch_last and position == len(widgets) - 1 else 0)
        return pane

    def _build_panes(self) -> None:
        self.banner = Banner()
        self.client_panel = ClientPanel()
        self.library_panel = LibraryPanel(self.library.all(), self.thumbnails)

        # -- the plan editor -------------------------------------------------------------
        self.plan_heading = QLabel("Plan")
        self.plan_heading.setObjectName("paneHeading")
        self.saved_state = QLabel()
        self.saved_state.setObjectName("quiet")
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.plan_heading, 1)
        heading_row.addWidget(self.saved_state)
        self.plan_title = QLineEdit()
        self.plan_title.setObjectName("planTitle")
        self.plan_title.setPlaceholderText("Plan title, e.g. Back to lifting")
        self.plan_notes = QPlainTextEdit()
        # As the handout prints them (designer/pdf/handout.py): straight after the clinic's standing advice.
        self.plan_notes.setPlaceholderText(
            "Notes for the client, printed near the top of the handout, after the clinic's advice"
        )
        self.plan_notes.setFixedHeight(46)
        self.too_many = QLabel()
        self.too_many.setObjectName("warning")
        self.too_many.setWordWrap(True)
        self.too_many.hide()
        self.add_stage_button = QPushButton("+ Stage")
        self.add_stage_button.setToolTip("Add a stage, such as Stability, Strength or Confidence")
        self.remove_button = QPushButton("Remove")
        self.remove_button.setToolTip("Remove the selected rows from the plan (Delete)")
        self.up_button = QPushButton("\u2191")
        self.up_button.setToolTip("Move the selected rows up (Ctrl+Up)")
        self.down_button = QPushButton("\u2193")
        self.down_button.setToolTip("Move the selected rows down (Ctrl+Down)")
        for button in (self.up_button, self.down_button):
            button.setFixedWidth(34)
        for button in (self.add_stage_button, self.remove_button):
            # The style sheet's padding is not in Qt's size hint here: make room for the words.
            button.setMinimumWidth(button.fontMetrics().horizontalAdvance(button.text()) + 26)
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        heading_row.insertWidget(1, self.add_stage_button)
        heading_row.insertWidget(2, self.remove_button)
        heading_row.insertWidget(3, self.up_button)
        heading_row.insertWidget(4, self.down_button)
        heading_row.insertSpacing(5, 6)
        self.plan_model = PlanTreeModel(self.document, self.exercises.get, self.row_pictures, self)
        self.plan_tree = PlanTreeView(self.plan_model, PLAN_PICTURE)
        self.prescription_panel = PrescriptionPanel(self.document, self.exercises.get)
        self.stage_panel = StagePanel(self.document)
        self.details_hint = QLabel("Select an exercise in the plan to set its sets, reps and tempo.")
        self.details_hint.setObjectName("emptyState")
        self.details_hint.setWordWrap(True)
        self.details_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.details = QStackedWidget()
        for page in (self.details_hint, self.prescription_panel, self.stage_panel):
            self.details.addWidget(page)
        # Scrolls rather than squeezes when the therapist drags the plan taller than the details fit.
        self.details_area = QScrollArea()
        self.details_area.setWidget(self.details)
        self.details_area.setWidgetResizable(True)
        self.details_area.setFrameShape(QFrame.Shape.NoFrame)
        self.details_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        plan_top = QWidget()
        top_layout = QVBoxLayout(plan_top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(heading_row)
        top_layout.addWidget(self.plan_title)
        top_layout.addWidget(self.plan_notes)
        top_layout.addWidget(self.too_many)
        top_layout.addWidget(self.plan_tree, 1)
        self.plan_splitter = QSplitter(Qt.Orientation.Vertical)
        self.plan_splitter.addWidget(plan_top)
        self.plan_splitter.addWidget(self.details_area)
        self.plan_splitter.setStretchFactor(0, 1)
        self.plan_splitter.setStretchFactor(1, 0)
        self.plan_splitter.setChildrenCollapsible(False)

        self.preview_panel = PreviewPanel()

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setHandleWidth(8)
        self.splitter.setChildrenCollapsible(False)
        self.client_pane = self._pane(self.client_panel)
        for widget, stretch in (
            (self.client_pane, 0),
            (self._pane(self.library_panel), 0),
            (self._pane(self.plan_splitter), 1),
            (self._pane(self.preview_panel), 1),
        ):
            widget.setMinimumWidth(220)
            self.splitter.addWidget(widget)
            self.splitter.setStretchFactor(self.splitter.indexOf(widget), stretch)
        self.splitter.setSizes([260, 300, 470, 366])  # until the window is shown (see ``_size_panes``)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(10, 8, 10, 10)
        layout.setSpacing(8)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

    def _action(
        self,
        text: str,
        handler: Callable[[], Any],
        shortcut: QKeySequence.StandardKey | str | None = None,
        tip: str = "",
        short: str = "",
    ) -> QAction:
        action = QAction(text, self)
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
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        key = QKeySequence.StandardKey
        self.new_plan_action = self._action("New plan", self.new_plan, key.New, "Start an empty plan for this client")
        self.copy_plan_action = self._action(
            "New plan from this one",
            self.copy_latest_plan,
            "Ctrl+Shift+D",
            "Start the next session's plan from this one",
            "From this one",
        )
        self.template_action = self._action(
            "From template…", self.new_plan_from_template, "Ctrl+Shift+T", "Start a plan from a template", "Template…"
        )
        self.save_template_action = self._action(
            "Save as template…",
            self.save_as_template,
            None,
            "Keep this plan as a template for other clients",
            "Save template",
        )
        self.add_client_action = self._action("Add client…", self.add_client, "Ctrl+Shift+N", "Add a new client")
        self.edit_client_action = self._action(
            "Edit client…", self.edit_client, None, "Change the client's name, email, phone or notes"
        )
        self.save_pdf_action = self._action(
            "Save PDF…", self.save_pdf, key.Save, "Save the handout as a PDF file (the plan itself saves by itself)"
        )
        self.print_action = self._action("Print…", self.print_handout, key.Print, "Print the handout")
        self.email_action = self._action("Email…", self.email_handout, "Ctrl+E", "Email the handout to the client")
        self.import_action = self._action(
            "Import plans…", self.import_plans, key.Open, "Import plans from a plan file (.json)", "Import"
        )
        self.export_action = self._action(
            "Export plans…", self.export_plans, None, "Export this client's plans to a plan file (.json)", "Export"
        )
        self.settings_action = self._action(
            "Clinic settings…",
            self.open_clinic_settings,
            key.Preferences,
            "Clinic name, logo, colours, contact details and email",
            "Settings",
        )
        self.quit_action = self._action("Quit", self.close, key.Quit)
        self.undo_action = self.document.undo_stack.createUndoAction(self, "Undo")
        self.undo_action.setShortcuts(key.Undo)
        self.redo_action = self.document.undo_stack.createRedoAction(self, "Redo")
        self.redo_action.setShortcuts(key.Redo)
        self.find_client_action = self._action("Find client", lambda: self._focus(self.client_panel.search), key.Find)
        self.find_exercise_action = self._action(
            "Find exercise", lambda: self._focus(self.library_panel.search), "Ctrl+L"
        )
        self.add_stage_action = self._action("Add stage", self.add_stage, None)
        self.add_exercise_action = self._action(
            "Add selected exercise\tEnter", lambda: self.add_exercises(self.library_panel.selected_ids())
        )
        self.remove_action = self._action("Remove from plan\tDel", self.remove_selected)
        self.move_up_action = self._action("Move up\tCtrl+Up", lambda: self.move_selected(-1))
        self.move_down_action = self._action("Move down\tCtrl+Down", lambda: self.move_selected(1))
        self.new_exercise_action = self._action(
            "New exercise…",
            self.new_exercise,
            "Ctrl+Shift+E",
            "Add an exercise of the clinic's own, with your own photos",
        )
        self.edit_exercise_action = self._action(
            "Edit a copy…",
            self.library_panel.edit_current,
            None,
            "Change the selected exercise (a built-in one: your own copy)",
        )
        self.delete_exercise_action = self._action(
            "Delete exercise…",
            self.library_panel.delete_current,
            None,
            "Delete the selected exercise of the clinic's own",
        )

        menus = self.menuBar()
        file_menu = menus.addMenu("&File")
        for action in (
            self.new_plan_action,
            self.copy_plan_action,
            self.template_action,
            None,
            self.save_pdf_action,
            self.print_action,
            self.email_action,
            None,
            self.save_template_action,
            self.import_action,
            self.export_action,
            None,
            self.quit_action,
        ):
            file_menu.addSeparator() if action is None else file_menu.addAction(action)
        edit_menu = menus.addMenu("&Edit")
        for action in (self.undo_action, self.redo_action, None, self.find_client_action, self.find_exercise_action):
            edit_menu.addSeparator() if action is None else edit_menu.addAction(action)
        plan_menu = menus.addMenu("&Plan")
        for action in (
            self.add_exercise_action,
            self.add_stage_action,
            self.remove_action,
            self.move_up_action,
            self.move_down_action,
        ):
            plan_menu.addAction(action)
        library_menu = menus.addMenu("&Library")
        for action in (
            self.find_exercise_action,
            self.add_exercise_action,
            None,
            self.new_exercise_action,
            self.edit_exercise_action,
            self.delete_exercise_action,
        ):
            library_menu.addSeparator() if action is None else library_menu.addAction(action)
        self.library_menu = library_menu
        client_menu = menus.addMenu("&Client")
        client_menu.addAction(self.add_client_action)
        client_menu.addAction(self.edit_client_action)
        settings_menu = menus.addMenu("&Settings")
        settings_menu.addAction(self.settings_action)

        toolbar = QToolBar("Main")
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (
            self.new_plan_action,
            self.copy_plan_action,
            self.template_action,
            None,
            self.undo_action,
            self.redo_action,
            None,
            self.save_pdf_action,
            self.print_action,
            self.email_action,
            None,
            self.save_template_action,
            self.import_action,
            self.export_action,
            None,
            self.settings_action,
        ):
            toolbar.addSeparator() if action is None else toolbar.addAction(action)
        self.addToolBar(toolbar)
        self.toolbar = toolbar
        self.statusBar().showMessage("Ready", 2000)

    def _connect(self) -> None:
        panel = self.client_panel
        panel.searchChanged.connect(lambda _text: self.refresh_clients())
        panel.clientChosen.connect(self.open_client)
        panel.planChosen.connect(self.open_plan)
        panel.addClientRequested.connect(self.add_client)
        panel.editClientRequested.connect(self.edit_client)
        panel.newPlanRequested.connect(self.new_plan)
        panel.copyPlanRequested.connect(self.copy_plan)
        panel.templateRequested.connect(self.new_plan_from_template)
        self.library_panel.addRequested.connect(self.add_exercises)
        self.library_panel.newExerciseRequested.connect(self.new_exercise)
        self.library_panel.editExerciseRequested.connect(self.edit_exercise)
        self.library_panel.deleteExerciseRequested.connect(self.delete_exercise)
        self.library_panel.currentExerciseChanged.connect(self._update_library_actions)

        self.document.planChanged.connect(self._plan_changed)
        self.document.planLoaded.connect(self._plan_loaded)
        self.document.modifiedChanged.connect(lambda _modified: self._update_title())
        # The stack's index moves after a command has run (a plan change signal comes too early to tell).
        self.document.undo_stack.indexChanged.connect(self._edited)
        self.document.selectRequested.connect(self.plan_tree.select_ids)
        self.plan_tree.currentRowChanged.connect(self._show_details)
        self.plan_tree.removeRequested.connect(self.remove_selected)
        self.plan_tree.moveRequested.connect(self.move_selected)
        self.plan_tree.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.add_stage_button.clicked.connect(self.add_stage)
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.plan_title.textEdited.connect(self._title_typed)
        self.plan_notes.textChanged.connect(self._notes_typed)
        self.prescription_panel.swapped.connect(lambda item_id: self.plan_tree.select_ids([item_id]))

        self.preview_panel.layoutChosen.connect(self._layout_chosen)
        self.preview_panel.trackingToggled.connect(self._tracking_toggled)
        self.renderer.rendered.connect(lambda result: self.preview_panel.show_pdf(result.pdf, result.warnings))
        self.renderer.failed.connect(self.preview_panel.show_problem)

    def _focus(self, field: QLineEdit) -> None:
        field.setFocus()
        field.selectAll()

    # ======================================================================================
    # settings, start-up and closing
    # ======================================================================================

    def _restore_settings(self) -> None:
        geometry = self.settings.bytes_value(keys.GEOMETRY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.bytes_value(keys.STATE)
        if state is not None:
            self.restoreState(state)
        for splitter, key in ((self.splitter, keys.SPLITTER), (self.plan_splitter, keys.PLAN_SPLITTER)):
            saved = self.settings.bytes_value(key)
            if saved is not None:
                splitter.restoreState(saved)
        self.preview_panel.set_choices(self.layout_for_new_plans(), self.settings.flag(keys.TRACKING))

    def showEvent(self, event: QShowEvent) -> None:
        """Qt: on first showing, give the panes their widths for this window's size (unless kept from before)."""
        super().showEvent(event)
        if self._panes_sized:
            return
        self._panes_sized = True
        if self.settings.bytes_value(keys.SPLITTER) is None:
            self._size_panes()
        if self.settings.bytes_value(keys.PLAN_SPLITTER) is None:
            self._size_plan_and_details()

    def _size_panes(self) -> None:
        """Clients as narrow as their buttons allow, the library wide enough for its pictures; of the rest,
        a little more for the plan than for the preview."""
        splitter = self.splitter
        available = splitter.width() - splitter.handleWidth() * (splitter.count() - 1)
        clients = max(240, self.client_pane.minimumSizeHint().width())
        library = min(330, max(280, round(available * 0.225)))  # a picture and two lines of name beside it
        rest = max(0, available - clients - library)
        plan = round(rest * 0.57)
        splitter.setSizes([clients, library, plan, rest - plan])

    def _size_plan_and_details(self) -> None:
        """The prescription gets the height it needs (at most half); the plan's rows get the rest."""
        total = sum(self.plan_splitter.sizes())
        self.prescription_panel.fit(self.details_area.viewport().width())
        details = min(self.details.sizeHint().height() + 2, total // 2)
        self.plan_splitter.setSizes([total - details, details])

    def layout_for_new_plans(self) -> Layout:
        """The layout the therapist chose last, or the clinic's default."""
        try:
            return Layout.parse(self.settings.text(keys.LAST_LAYOUT))
        except ValueError:
            return self.clinic.default_layout

    def _save_settings(self) -> None:
        self.settings.set_bytes(keys.GEOMETRY, self.saveGeometry())
        self.settings.set_bytes(keys.STATE, self.saveState())
        self.settings.set_bytes(keys.SPLITTER, self.splitter.saveState())
        self.settings.set_bytes(keys.PLAN_SPLITTER, self.plan_splitter.saveState())
        self.settings.set_flag(keys.TRACKING, self.preview_panel.tracking.isChecked())
        client = self.document.client
        plan = self.document.plan
        self.settings.set_text(keys.LAST_CLIENT, client.id if client else "")
        self.settings.set_text(keys.LAST_PLAN, plan.id if plan else "")
        self.settings.sync()

    def _show_store_notices(self) -> None:
        """What the store had to tell on opening (read-only, a file restored from a backup), in the banner."""
        told = list(getattr(self.store, "notices", []))
        notices = [notice.text for notice in told]
        if self.store.read_only and not any(notice.about_read_only for notice in told):
            notices.insert(0, "This data folder is open read-only, so changes cannot be saved.")
        if notices:
            self.banner.show_message("\n".join(notices), key="notices", dismissable=not self.store.read_only)

    def _open_last(self) -> None:
        client_id = self.settings.text(keys.LAST_CLIENT)
        plan_id = self.settings.text(keys.LAST_PLAN)
        if client_id:
            self.open_client(client_id, plan_id=plan_id)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Qt: save the plan before closing; if it cannot be saved, ask before losing it."""
        if self._closing:  # already shut down: nothing left to save or ask
            event.accept()
            return
        self.autosave_timer.stop()
        self.retry_timer.stop()
        if not self.save_now() and not self._confirm_close_unsaved():
            event.ignore()
            return
        self._closing = True
        self._save_settings()
        self.shut_down()
        if self._close_store:
            self.store.close()
        event.accept()

    def shut_down(self) -> None:
        """Stop every timer and wait for the background render, so nothing reaches a closed store."""
        self._closing = True
        for timer in (self.autosave_timer, self.retry_timer, self.snapshot_timer, self.client_panel.search_timer):
            timer.stop()
        self.renderer.wait()
        self.snapshot.wait()  # a zip half-written when the store closes would only be thrown away

    def _snapshot_made(self, path: Path | None) -> None:
        if path is not None and not self._closing:
            self.statusBar().showMessage(f"Kept today's copy of the data folder ({path.name}).", 5000)

    def _snapshot_failed(self, message: str) -> None:
        """Said quietly in the status bar: the therapist's work is saved all the same."""
        if not self._closing:
            self.statusBar().showMessage(f"Today's copy of the data folder was not made: {message}", 15_000)

    def _confirm_close_unsaved(self) -> bool:
        plan = self.document.plan
        title = plan.title if plan else "the plan"
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("Changes not saved")
        box.setText(f"The latest changes to \u201c{title}\u201d could not be saved.")
        box.setInformativeText(
            f"{self._save_problem}\n\nYou can export the plan to a file to keep it, "
            "close without these changes, or stay in the designer and try again."
        )
        export = box.addButton("Export to a file…", QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton("Close without saving", QMessageBox.ButtonRole.DestructiveRole)
        box.addButton("Stay here", QMessageBox.ButtonRole.RejectRole)
        box.exec()
        clicked = box.clickedButton()
        if clicked is export:
            return self.export_current_plan()
        return clicked is discard

    # ======================================================================================
    # clients
    # ======================================================================================

    def refresh_clients(self) -> None:
        if self._closing:
            return
        text = self.client_panel.search.text().strip()
        try:
            if text:
                summaries = self.store.search_clients(text, limit=CLIENT_LIST_LIMIT)
            else:
                summaries = self.store.list_clients(limit=CLIENT_LIST_LIMIT + 1)
        except StoreError as error:
            self.show_error("The client list could not be read", error)
            return
        if not text and len(summaries) > CLIENT_LIST_LIMIT:
            summaries = summaries[:CLIENT_LIST_LIMIT]
            self.statusBar().showMessage(
                f"Showing the first {CLIENT_LIST_LIMIT} clients by name: type in \u201cFind a client\u201d "
                "for the others.",
                8000,
            )
        client = self.document.client
        self.client_panel.set_clients(summaries, keep_id=client.id if client else "")

    def open_client(self, client_id: str, *, plan_id: str = "") -> None:
        """Show a client's plans and open one: ``plan_id`` if given, else their newest."""
        current = self.document.client
        if current is not None and current.id == client_id and not plan_id:
            return
        try:
            client = self.store.get_client(client_id)
        except StoreError as error:
            if not isinstance(error, NotFoundError):
                self.show_error("The client could not be opened", error)
            return
        if not self.save_now() and not self._confirm_switch():
            self.refresh_clients()
            return
        plans = self._plans_of(client.id)
        chosen = plan_id if any(p.id == plan_id for p in plans) else (plans[0].id if plans else "")
        self._load_plan(chosen, client)
        self.client_panel.set_plans(plans, client.name, keep_id=chosen)
        self.client_panel.set_sent(self._sent_of(client.id))
        self.client_panel.set_client_chosen(True)
        if self.client_panel.current_client_id() != client.id:
            self.refresh_clients()

    def _plans_of(self, client_id: str) -> list[Any]:
        try:
            return self.store.list_plans(client_id)
        except StoreError as error:
            self.show_error("The client's plans could not be read", error)
            return []

    def _sent_of(self, client_id: str) -> list[Any]:
        try:
            return self.store.sent_log(client_id)
        except StoreError:
            return []

    def _confirm_switch(self) -> bool:
        answer = QMessageBox.warning(
            self,
            "Changes not saved",
            f"The latest changes to this plan could not be saved.\n\n{self._save_problem}\n\n"
            "Open the other one anyway and leave these changes unsaved?",
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def _client_from_dialog(self, client: Client | None, failure: str) -> Client | None:
        """Add (``client`` None) or edit a client in the client dialog; the client as saved, or None when
        cancelled or not saved (the therapist is told why)."""
        from .dialogs.client_dialog import ClientDialog

        dialog = ClientDialog(client, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        try:
            return self.store.save_client(dialog.client())
        except StoreError as error:
            self.show_error(failure, error)
            return None

    def add_client(self) -> None:
        client = self._client_from_dialog(None, "The client could not be added")
        if client is None:
            return
        self.client_panel.search.clear()
        self.refresh_clients()
        self.open_client(client.id)
        self.statusBar().showMessage(f"Added {client.name}. Start their plan with New plan or From template.", 6000)

    def edit_client(self) -> None:
        client = self.document.client
        saved = self._client_from_dialog(client, "The client's details could not be saved") if client else None
        if saved is None:
            return
        self.document.set_client(saved)
        self.refresh_clients()
        self.client_panel.set_plans(self._plans_of(saved.id), saved.name, keep_id=self._plan_id())

    # ======================================================================================
    # plans: open, new, copy, template, save
    # ======================================================================================

    def _plan_id(self) -> str:
        plan = self.document.plan
        return plan.id if plan else ""

    def open_plan(self, plan_id: str) -> None:
        if plan_id == self._plan_id():
            return
        if not self.save_now() and not self._confirm_switch():
            self.client_panel.select_plan(self._plan_id())
            return
        self._load_plan(plan_id, self.document.client)

    def _load_plan(self, plan_id: str, client: Client | None) -> None:
        plan: Plan | None = None
        if plan_id:
            try:
                plan = self.store.get_plan(plan_id)
            except StoreError as error:
                self.show_error("The plan could not be opened", error)
        self._save_problem = ""
        self.banner.clear("save")
        self.document.load(plan, client)

    def _start_plan(self, plan: Plan, what: str) -> None:
        """Save a new plan for the open client and open it."""
        client = self.document.client
        if client is None:
            return
        if not self.save_now() and not self._confirm_switch():
            return
        plan = replace(plan, client_id=client.id)
        try:
            plan = self.store.save_plan(plan)
        except StoreError as error:
            # Kept in the window all the same: the therapist can work, and saving is tried again.
            self._note_save_failure(error)
        self.document.load(plan, client)
        if self._save_problem:
            self.document.undo_stack.resetClean()
            self._schedule_retry()
        self._refresh_plan_list()
        self.plan_title.setFocus()
        self.plan_title.selectAll()
        self.statusBar().showMessage(what, 5000)

    def new_plan(self) -> None:
        client = self.document.client
        if client is None:
            self._no_client_yet()
            return
        plan = Plan(
            title=f"Exercise plan for {client.first_name}",
            therapist=self.clinic.therapist,
            layout=self.layout_for_new_plans(),
            stages=(Stage("Stability", weeks="1–2"),),
        )
        self._start_plan(plan, "New plan started: drag exercises in from the library.")

    def copy_latest_plan(self) -> None:
        plan_id = self.client_panel.current_plan_id() or self._plan_id()
        first = self.client_panel.plans.row_at(0)
        if not plan_id and first is not None:
            plan_id = first.id
        if plan_id:
            self.copy_plan(plan_id)

    def copy_plan(self, plan_id: str) -> None:
        if self.document.client is None:
            self._no_client_yet()
            return
        try:
            source = (
                self.document.plan
                if plan_id == self._plan_id() and self.document.plan
                else self.store.get_plan(plan_id)
            )
        except StoreError as error:
            self.show_error("The plan could not be copied", error)
            return
        assert source is not None
        self._start_plan(source.copy_for_next_session(), f"Started a new plan from \u201c{source.title}\u201d.")

    def _template_choices(self) -> list[Any]:
        from .dialogs.template_dialogs import TemplateChoice

        choices = [TemplateChoice(info.id, info.name, info.description, True) for info in list_builtin_templates()]
        with contextlib.suppress(StoreError):
            choices += [
                TemplateChoice(template_id, name, "", False) for template_id, name in self.store.list_saved_templates()
            ]
        return choices

    def new_plan_from_template(self, template_id: str = "") -> None:
        from .dialogs.template_dialogs import ChooseTemplateDialog

        client = self.document.client
        if client is None:
            self._no_client_yet()
            return
        dialog = ChooseTemplateDialog(self._template_choices(), client.name, self)
        if template_id:
            dialog.choose(template_id)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen() is None:
            return
        chosen = dialog.chosen()
        assert chosen is not None
        try:
            if chosen.builtin:
                plan = load_builtin_template(chosen.id, self.library)
            else:
                plan = self.store.get_saved_template(chosen.id).copy_for_next_session()
        except (StoreError, ValueError) as error:
            self.show_error("The template could not be used", error)
            return
        plan = replace(plan, therapist=plan.therapist or self.clinic.therapist)
        self._start_plan(plan, f"New plan from the template \u201c{chosen.name}\u201d.")

    def save_as_template(self) -> None:
        from .dialogs.template_dialogs import SaveTemplateDialog

        plan = self.document.plan
        if plan is None:
            return
        try:
            existing = [name for _id, name in self.store.list_saved_templates()]
        except StoreError:
            existing = []
        dialog = SaveTemplateDialog(plan.title, existing, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.store.save_template(dialog.template_name(), replace(plan, client_id=""))
        except StoreError as error:
            self.show_error("The template could not be saved", error)
            return
        self.statusBar().showMessage(f"Saved the template \u201c{dialog.template_name()}\u201d.", 5000)

    def _no_client_yet(self) -> None:
        self.statusBar().showMessage("Pick a client on the left first (or add one).", 5000)
        self.client_panel.search.setFocus()

    def _refresh_plan_list(self) -> None:
        client = self.document.client
        if client is None:
            self.client_panel.set_plans([], "")
            return
        self.client_panel.set_plans(self._plans_of(client.id), client.name, keep_id=self._plan_id())

    def save_now(self) -> bool:
        """Save the open plan if it has unsaved changes; False (with a message shown) when it could not be."""
        self.autosave_timer.stop()
        plan = self.document.plan
        if plan is None or not self.document.modified:
            return True
        try:
            saved = self.store.save_plan(plan)
        except StoreError as error:
            self._note_save_failure(error)
            self._schedule_retry()
            return False
        self.document.mark_saved(saved, plan_was=plan)
        if self._save_problem:
            self._save_problem = ""
            self.banner.clear("save")
        self.retry_timer.stop()
        if not self._closing:
            self._refresh_plan_list()
        self._update_title()
        self.planSaved.emit(saved.id)
        return True

    def _note_save_failure(self, error: StoreError) -> None:
        message = _message(error)
        self._save_problem = message
        if isinstance(error, ReadOnlyError) and self.store.read_only:
            text = (
                "This copy of the designer is read-only, so your changes to this plan are kept here but not "
                "saved. Export the plan to a file to keep it, then close the other copy of the designer."
            )
        else:
            text = f"Your changes are not saved yet: {message} They are kept in this window, and saving is tried again."
        self.banner.show_message(
            text, key="save", error=True, action="Try again", on_action=self._try_saving_again, dismissable=False
        )
        self._update_title()

    def _try_saving_again(self) -> None:
        self.save_now()

    def _schedule_retry(self) -> None:
        if not self.store.read_only:
            self.retry_timer.start()

    # ======================================================================================
    # editing the plan
    # ======================================================================================

    def _selected(self) -> tuple[list[str], list[str]]:
        return self.plan_tree.selected_ids()

    def add_exercises(self, exercise_ids: Sequence[str]) -> None:
        """Add library exercises after the selected plan row (or into the selected stage, or at the end)."""
        plan = self.document.plan
        if plan is None:
            self._no_client_yet() if self.document.client is None else self.statusBar().showMessage(
                "Start a plan first: New plan, or New plan from this one.", 5000
            )
            return
        exercises = [self.exercises[i] for i in exercise_ids if i in self.exercises]
        if not exercises:
            return
        kind, row_id = self.plan_tree.current_ids()
        stage_id, row = plan_edits.default_stage_for_new_items(plan), None
        if kind == "stage":
            stage_id = row_id
        elif kind == "item" and plan.item(row_id) is not None:
            item = plan.item(row_id)
            assert item is not None
            stage_id = item.stage_id
            row = [i.id for i in plan.items_in(stage_id)].index(row_id) + 1
        self.document.push(commands.add_exercises(self.document, exercises, stage_id, row))

    def remove_selected(self) -> None:
        items, stages = self._selected()
        if (not items and not stages) or self.document.plan is None:
            return
        self.document.push(commands.remove_rows(self.document, items, stages))
        self.statusBar().showMessage("Removed. Undo (Ctrl+Z) brings it back.", 4000)

    def move_selected(self, step: int) -> None:
        items, stages = self._selected()
        if self.document.plan is None:
            return
        if stages and not items:
            self.document.push(commands.move_stage_by(self.document, stages[0], step))
        elif items:
            self.document.push(commands.move_items_by(self.document, items, step))

    def add_stage(self) -> None:
        plan = self.document.plan
        if plan is None:
            return
        stage = Stage(plan_edits.next_stage_title(plan))
        self.document.push(commands.add_stage(self.document, stage))
        self.stage_panel.title.setFocus()
        self.stage_panel.title.selectAll()

    def _title_typed(self, text: str) -> None:
        plan = self.document.plan
        title = " ".join(text.split())
        if plan is None or not title or title == plan.title:
            return
        self.document.push(commands.edit_plan_details(self.document, title=title))

    def _notes_typed(self) -> None:
        plan = self.document.plan
        notes = self.plan_notes.toPlainText().strip()
        if plan is None or notes == plan.notes:
            return
        self.document.push(commands.edit_plan_details(self.document, notes=notes))

    def _layout_chosen(self, value: str) -> None:
        self.settings.set_text(keys.LAST_LAYOUT, value)
        if self.document.plan is not None and self.document.plan.layout.value != value:
            self.document.push(commands.change_layout(self.document, Layout(value)))
        else:
            self.request_preview()

    def _tracking_toggled(self, on: bool) -> None:
        self.settings.set_flag(keys.TRACKING, on)
        self.request_preview(at_once=True)

    # ======================================================================================
    # reacting to the document
    # ======================================================================================

    def _plan_loaded(self) -> None:
        plan = self.document.plan
        self.plan_tree.expandAll()
        if plan is not None and plan.items:
            self.plan_tree.select_ids([plan.items[0].id])
        else:
            self._show_details("", "")

    def _plan_changed(self) -> None:
        plan = self.document.plan
        if plan is not None:
            if " ".join(self.plan_title.text().split()) != plan.title:
                self.plan_title.setText(plan.title)
                if not self.plan_title.hasFocus():
                    self.plan_title.setCursorPosition(0)  # show the start of a long title, not its end
            if self.plan_notes.toPlainText().strip() != plan.notes:
                self.plan_notes.blockSignals(True)
                self.plan_notes.setPlainText(plan.notes)
                self.plan_notes.blockSignals(False)
            self.preview_panel.set_choices(plan.layout, self.preview_panel.tracking.isChecked())
        self._update_everything()

    def _edited(self, _index: int) -> None:
        """After every edit, undo or redo: save a moment later (typing restarts the wait)."""
        if self.document.modified:
            self.autosave_timer.start()
        self._update_title()

    def _show_details(self, kind: str, row_id: str) -> None:
        if kind == "item":
            self.prescription_panel.show_item(row_id)
            self.details.setCurrentWidget(self.prescription_panel)
        elif kind == "stage":
            self.stage_panel.show_stage(row_id)
            self.details.setCurrentWidget(self.stage_panel)
        else:
            self.details.setCurrentWidget(self.details_hint)
        self._update_actions()

    def _update_everything(self) -> None:
        plan = self.document.plan
        client = self.document.client
        has_plan = plan is not None
        for widget in (self.plan_title, self.plan_notes, self.add_stage_button):
            widget.setEnabled(has_plan)
        if not has_plan:
            self.plan_title.clear()
            self.plan_notes.blockSignals(True)
            self.plan_notes.clear()
            self.plan_notes.blockSignals(False)
        self.too_many.setVisible(bool(plan and plan.too_many_exercises))
        if plan is not None and plan.too_many_exercises:
            self.too_many.setText(
                f"{plan.exercise_count} exercises. Clients tend to do fewer when given more than "
                f"{RECOMMENDED_MAX_EXERCISES}: keep the few that matter most."
            )
        if client is None:
            self.plan_tree.empty_text = "Pick a client on the left, or add one, to start a plan."
            self.details_hint.setText("Pick a client on the left, or add one.")
        elif plan is None:
            self.plan_tree.empty_text = (
                f"No plan open for {client.first_name}. Start one with "
                "\u201cNew plan\u201d, \u201cNew plan from this one\u201d or a template."
            )
            self.details_hint.setText("Start a plan, then drag exercises in from the library.")
        else:
            self.plan_tree.empty_text = (
                "Drag exercises here from the library, or select one there and press "
                "Enter.\n\nUse \u201c+ Stage\u201d to split the plan into stages."
            )
            self.details_hint.setText("Select an exercise in the plan to set its sets, reps and tempo.")
        self.plan_tree.viewport().update()
        self._update_title()
        self._update_actions()
        self._update_library_actions()
        self.request_preview()

    def _update_title(self) -> None:
        plan = self.document.plan
        client = self.document.client
        parts = [client.name] if client else []
        if plan is not None:
            parts.append(plan.title + (" \u2022" if self.document.modified else ""))
        parts.append(APP_TITLE)
        self.setWindowTitle(" \u2013 ".join(parts))
        if plan is None:
            self.saved_state.clear()
        elif self._save_problem:
            self.saved_state.setText("Not saved")
        elif self.document.modified:
            self.saved_state.setText("Saving…")
        else:
            self.saved_state.setText("Saved")

    def _update_library_actions(self) -> None:
        """The Library menu's Edit and Delete say what they will do to the selected exercise."""
        exercise = self.library_panel.current_exercise()
        self.edit_exercise_action.setText("Edit a copy…" if exercise is None or exercise.builtin else "Edit…")
        self.edit_exercise_action.setEnabled(exercise is not None)
        self.delete_exercise_action.setEnabled(exercise is not None and not exercise.builtin)

    def _update_actions(self) -> None:
        plan = self.document.plan
        has_plan = plan is not None
        has_client = self.document.client is not None
        items, stages = self._selected() if has_plan else ([], [])
        for action in (
            self.save_pdf_action,
            self.print_action,
            self.email_action,
            self.save_template_action,
            self.export_action,
            self.add_stage_action,
        ):
            action.setEnabled(has_plan)
        for action in (self.new_plan_action, self.template_action, self.edit_client_action):
            action.setEnabled(has_client)
        self.copy_plan_action.setEnabled(has_client and (has_plan or self.client_panel.plans.rowCount() > 0))
        selected = bool(items or stages)
        for widget in (
            self.remove_button,
            self.up_button,
            self.down_button,
            self.remove_action,
            self.move_up_action,
            self.move_down_action,
        ):
            widget.setEnabled(selected)

    # ======================================================================================
    # the handout: preview, PDF, print, email
    # ======================================================================================

    def current_clinic(self) -> Clinic:
        return self._draft_clinic or self.clinic

    def handout_request(self, plan: Plan | None = None, layout: Layout | None = None) -> HandoutRequest | None:
        plan = plan or self.document.plan
        if plan is None:
            return None
        clinic = self.current_clinic()
        client = self.document.client
        logo = self.store.logos_dir / clinic.logo if clinic.logo else None
        return HandoutRequest(
            plan=plan,
            exercises=self.exercises,
            clinic=clinic,
            client_name=client.name if client else "",
            layout=layout or plan.layout,
            tracking_sheet=self.preview_panel.tracking.isChecked(),
            logo_file=logo,
            photos_dir=self.store.photos_dir,
        )

    def request_preview(self, *, at_once: bool = False) -> None:
        if self._closing:
            return
        if self.document.plan is None:
            self.preview_panel.show_message(
                "Pick a client and a plan: the handout appears here as you build it."
                if self.document.client is None
                else "Start a plan: the handout appears here as you build it."
            )
            return
        self.renderer.request(self.handout_request, at_once=at_once)

    def _render_now(self) -> Any | None:
        """Render the handout here and now (Save PDF, Print, Email need the bytes straight away)."""
        request = self.handout_request()
        if request is None:
            return None
        try:
            return make_handout(request)
        except Exception as error:  # the renderer's HandoutError and anything unexpected: told, never fatal
            self.show_error("The handout could not be made", error)
            return None

    def default_pdf_name(self) -> str:
        plan = self.document.plan
        client = self.document.client
        return handout_file_name(plan, client.name if client else "", dt.date.today()) if plan else "handout.pdf"

    def save_pdf(self) -> Path | None:
        self.save_now()
        if self.document.plan is None:
            return None
        folder = self.settings.text("last/pdf_folder") or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        name, _filter = QFileDialog.getSaveFileName(
            self, "Save the handout as PDF", str(Path(folder) / self.default_pdf_name()), "PDF files (*.pdf)"
        )
        if not name:
            return None
        path = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")
        result = self._render_now()
        if result is None:
            return None
        try:
            from designer.mail.files import write_atomically

            write_atomically(path, result.pdf)
        except OSError as error:
            QMessageBox.warning(
                self,
                "PDF not saved",
                f"The handout could not be saved to {path}: {error.strerror or error}.\n\n"
                "Choose another folder (for example Documents), or free some disk space.",
            )
            return None
        self.settings.set_text("last/pdf_folder", str(path.parent))
        self.statusBar().showMessage(f"Saved the handout to {path}", 8000)
        return path

    def print_handout(self, printer: QPrinter | None = None) -> bool:
        """Print the handout: the pages printed are the PDF's own pages."""
        result = self._render_now()
        if result is None:
            return False
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setDocName(self.default_pdf_name())
            dialog = QPrintDialog(printer, self)
            dialog.setWindowTitle("Print the handout")
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
        try:
            print_pdf(result.pdf, printer)
        except RuntimeError as error:
            QMessageBox.warning(
                self, "Not printed", f"{error}\n\nCheck the printer, or save the PDF and print it from there."
            )
            return False
        self.statusBar().showMessage("Sent the handout to the printer.", 5000)
        return True

    def email_handout(self) -> None:
        from .dialogs.email_dialog import EmailDialog

        self.save_now()
        plan = self.document.plan
        if plan is None:
            return
        dialog = EmailDialog(self, plan, self.document.client, self.current_clinic(), self.store, self.handout_request)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        client = self.document.client
        if client is not None:
            self.client_panel.set_sent(self._sent_of(client.id))
        if accepted and dialog.outcome:
            self.statusBar().showMessage(dialog.outcome, 8000)

    # ======================================================================================
    # import, export, clinic settings
    # ======================================================================================

    def import_plans(self) -> None:
        from designer.workflows.importing import import_file

        name, _filter = QFileDialog.getOpenFileName(
            self, "Import plans", self.settings.text("last/import_folder"), "Plan files (*.json);;All files (*)"
        )
        if not name:
            return
        try:
            result = import_file(Path(name), self.store, self.library)
        except (StoreError, ValueError) as error:
            QMessageBox.warning(
                self, "Nothing imported", f"The file {Path(name).name} was not imported:\n\n{_message(error)}"
            )
            return
        self.settings.set_text("last/import_folder", str(Path(name).parent))
        self.refresh_clients()
        self._refresh_plan_list()
        QMessageBox.information(self, "Plans imported", result.summary())

    def export_plans(self) -> None:
        from designer.interchange import PlanEntry, export_document, write_document

        client = self.document.client
        if client is None or self.document.plan is None:
            return
        self.save_now()
        try:
            plans = [self.store.get_plan(summary.id) for summary in self.store.list_plans(client.id)]
        except StoreError as error:
            self.show_error("The plans could not be read", error)
            return
        current = self.document.plan
        plans = [current if p.id == current.id else p for p in plans] or [current]
        name, _filter = QFileDialog.getSaveFileName(
            self,
            "Export plans",
            str(Path(self.settings.text("last/export_folder") or ".") / f"{client.name} - plans.json"),
            "Plan files (*.json)",
        )
        if not name:
            return
        try:
            write_document(export_document([PlanEntry(plan, client) for plan in plans]), Path(name))
        except ValueError as error:
            QMessageBox.warning(self, "Not exported", f"{_message(error)}\n\nChoose another folder.")
            return
        self.settings.set_text("last/export_folder", str(Path(name).parent))
        self.statusBar().showMessage(f"Exported {len(plans)} plan{'s' if len(plans) != 1 else ''} to {name}", 8000)

    def export_current_plan(self) -> bool:
        """Keep the open plan in a file when it cannot be saved in the data folder."""
        from designer.interchange import PlanEntry, export_document, write_document

        plan = self.document.plan
        if plan is None:
            return True
        name, _filter = QFileDialog.getSaveFileName(
            self, "Export the plan", f"{plan.title}.json", "Plan files (*.json)"
        )
        if not name:
            return False
        try:
            write_document(export_document([PlanEntry(plan, self.document.client)]), Path(name))
        except ValueError as error:
            QMessageBox.warning(self, "Not exported", _message(error))
            return False
        return True

    def open_clinic_settings(self) -> None:
        from .dialogs.clinic_settings_dialog import ClinicSettingsDialog

        dialog = ClinicSettingsDialog(self.clinic, self.store.logos_dir, self)
        dialog.clinicChanged.connect(self._preview_clinic)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self._draft_clinic = None
        if accepted:
            clinic = dialog.clinic()
            try:
                self.store.save_clinic(clinic)
            except StoreError as error:
                self.show_error("The clinic settings could not be saved", error)
            else:
                if clinic.default_layout != self.clinic.default_layout:
                    self.settings.set_text(keys.LAST_LAYOUT, clinic.default_layout.value)
                self.clinic = clinic
                self._store_password(clinic, dialog.typed_password())
        self.request_preview(at_once=True)

    def _preview_clinic(self, clinic: Clinic) -> None:
        self._draft_clinic = clinic
        self.request_preview()

    def _store_password(self, clinic: Clinic, password: str) -> None:
        if not password:
            return
        from designer.mail import keyring_available, set_password

        if not keyring_available():
            QMessageBox.information(
                self,
                "Password not kept",
                "This computer has no password store, so the email password is not kept. "
                "The designer will ask for it each time it sends.",
            )
            return
        try:
            set_password(clinic.mail, password)
        except Exception as error:  # keyring back-ends raise their own errors
            QMessageBox.warning(self, "Password not kept", f"The password could not be kept: {_message(error)}")

    # ======================================================================================
    # the clinic's own exercises
    # ======================================================================================

    def new_exercise(self) -> Exercise | None:
        return self._open_exercise_dialog(None)

    def edit_exercise(self, exercise_id: str) -> Exercise | None:
        """Edit one of the clinic's own exercises, or a new copy of a built-in one."""
        from .dialogs.exercise_dialog import editable_version

        try:
            exercise = editable_version(self.library, exercise_id)
        except KeyError:
            return None
        return self._open_exercise_dialog(exercise)

    def _open_exercise_dialog(self, exercise: Exercise | None) -> Exercise | None:
        from .dialogs.exercise_dialog import ExerciseDialog

        dialog = ExerciseDialog(exercise, self.library, self.store, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.saved_exercise() is None:
            return None
        saved = dialog.saved_exercise()
        assert saved is not None
        self.reload_library(select=saved.id)
        self.statusBar().showMessage(f"Saved \u201c{saved.name}\u201d in the clinic's library.", 6000)
        return saved

    def delete_exercise(self, exercise_id: str) -> bool:
        """Delete one of the clinic's own exercises, unless a plan or template uses it."""
        from .dialogs.exercise_dialog import confirm_delete

        exercise = self.exercises.get(exercise_id)
        if exercise is None or exercise.builtin or not confirm_delete(self, self.store, exercise, self.document.plan):
            return False
        try:
            self.store.delete_exercise(exercise_id)
        except StoreError as error:
            self.show_error("The exercise could not be deleted", error)
            return False
        self.reload_library()
        self.statusBar().showMessage(f"Deleted \u201c{exercise.name}\u201d from the clinic's library.", 6000)
        return True

    def reload_library(self, select: str = "") -> None:
        """Read the clinic's exercises again; the library, the plan's rows and the preview follow."""
        self.library = Library(self._custom_exercises(), builtin=self._builtin_exercises)
        fresh = {exercise.id: exercise for exercise in self.library.all()}
        # Changed in place, key by key: the plan's rows look exercises up in this very dictionary, and a
        # render running in the background may be reading it.
        self.exercises.update(fresh)
        for gone in set(self.exercises) - set(fresh):
            del self.exercises[gone]
        self.thumbnails.forget()
        self.row_pictures.forget()
        self.library_panel.set_exercises(self.library.all())
        if select:
            self.library_panel.select_exercise(select, reveal=True)
        self.document.planChanged.emit()  # names, pictures and the handout preview of the open plan

    # ======================================================================================
    # errors
    # ======================================================================================

    def show_error(self, what: str, error: BaseException) -> None:
        """Tell the therapist in plain words; the window carries on."""
        if self._closing:
            return
        QMessageBox.warning(self, what, f"{what}.\n\n{_message(error)}")
