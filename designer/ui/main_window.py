"""The designer's main window: clients, library, the plan editor and the live handout preview, wired together.

The window only adapts and connects.  Its parts do the work: ``plan_editor`` (title, notes, rows, details),
``plan_session`` (opening, autosave, a failed or conflicting save), ``client_actions`` and ``plan_actions``
(clients, new plans, templates), ``handout_actions`` (preview, PDF, print, email), ``clinic_actions`` (settings,
import, export) and ``exercise_actions`` (the clinic's own exercises); ``window_menus`` holds the menus.  The
data is kept behind a ``Repository``; the clinic's workflows (``designer.workflows``) do what the command line does.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QMainWindow, QVBoxLayout, QWidget

from designer.domain import Clinic, Exercise, Layout
from designer.library import Library
from designer.mail.outbox_entry import OutboxEntry
from designer.storage.repository import PictureKind, Repository
from designer.workflows.handouts import HandoutRequest, make_handout

from . import settings as keys
from .client_actions import ClientActions
from .clinic_actions import ClinicActions
from .dialogs.outbox_dialog import OutboxRetrier
from .exercise_actions import ExerciseActions
from .handout_actions import HandoutActions
from .other_desks import OtherDesks
from .plan_actions import PlanActions
from .plan_editor import PlanEditor
from .plan_session import AUTOSAVE_MS, PlanSession
from .precaution_watch import PrecautionWatch
from .preview_link import PreviewLink
from .read_only import BANNER as READ_ONLY_BANNER
from .read_only import keep_read_only
from .record_menus import RecordMenus
from .settings import WindowSettings
from .thumbnails import LIBRARY_PICTURE, PLAN_PICTURE, Thumbnails
from .undo_keys import UndoKeys
from .widgets.banner import Banner
from .widgets.client_panel import ClientPanel
from .widgets.library_panel import LibraryPanel
from .widgets.pane_row import PaneRow
from .widgets.preview_panel import PreviewPanel
from .window_menus import WindowActions
from .window_state import WindowState, custom_exercises, read_clinic
from .workers import DailySnapshot, PreviewRenderer

APP_TITLE = "Programme Designer"


SNAPSHOT_AFTER_MS = 3000  # once the window is up and the first preview drawn, not while it is starting


def _pane(widget: QWidget) -> QWidget:
    pane = QWidget()
    pane.setObjectName("pane")
    pane.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
    layout = QVBoxLayout(pane)
    layout.setContentsMargins(10, 8, 10, 10)
    layout.addWidget(widget, 1)
    return pane


class MainWindow(QMainWindow):
    """The whole designer in one window."""

    planSaved = Signal(str)  # plan id, after each successful save

    def __init__(
        self,
        repository: Repository,
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
        retry_outbox: bool = True,
    ) -> None:
        """``snapshot_after_ms``: when to make today's snapshot of the data (None: not at all); ``retry_outbox``:
        whether handouts waiting in the outbox are retried by themselves while the window is open."""
        super().__init__()
        self.repository = repository
        self.settings = settings or WindowSettings()
        self._close_store = close_store
        self._panes_sized = False
        builtin = None if library is None else [exercise for exercise in library.all() if exercise.builtin]
        self.state = WindowState(repository, library or Library(custom_exercises(repository)), self)
        self.state.clinic = read_clinic(repository)
        self.banner = Banner()
        self.session = PlanSession(self.state, self.banner, autosave_ms)
        self.document = self.session.document
        self.precautions = PrecautionWatch(self.document, self.state, self.banner)

        def photo(name: str) -> bytes | None:
            return repository.get_picture(PictureKind.PHOTO, name)

        self.thumbnails = Thumbnails(LIBRARY_PICTURE, photo_bytes=photo)
        self.row_pictures = Thumbnails(PLAN_PICTURE, photo_bytes=photo)  # smaller, in the plan's rows

        self.client_panel = ClientPanel()
        self.library_panel = LibraryPanel(self.library.all(), self.thumbnails)
        self.editor = PlanEditor(self.document, self.state, self.row_pictures)
        self.preview_panel = PreviewPanel()
        self.renderer = PreviewRenderer(render, preview_delay_ms, self)
        self.clients = ClientActions(self.state, self.client_panel, self.session)
        self.plans = PlanActions(
            self.state, self.session, self.clients, self.client_panel, self.editor.plan_title, self.layout_for_new_plans
        )
        self.handouts = HandoutActions(
            self.state, self.session, self.clients, self.preview_panel, self.renderer, self.settings
        )
        self.clinic_actions = ClinicActions(
            self.state, self.session, self.clients, self.settings, lambda at_once: self.request_preview(at_once=at_once)
        )
        self.exercise_actions = ExerciseActions(
            self.state, self.document, self.library_panel, [self.thumbnails, self.row_pictures], builtin=builtin
        )
        self.snapshot = DailySnapshot(repository.snapshot, self)
        self.snapshot.made.connect(self._snapshot_made)
        self.snapshot.failed.connect(self._snapshot_failed)
        self.snapshot_timer = QTimer(self)
        self.snapshot_timer.setSingleShot(True)
        self.snapshot_timer.timeout.connect(self.snapshot.start)
        if snapshot_after_ms is not None and not repository.read_only:
            self.snapshot_timer.start(snapshot_after_ms)
        # While the window is open, handouts left in the outbox are retried by themselves, with backoff.
        self.outbox_retrier: OutboxRetrier | None = None
        if retry_outbox and not repository.read_only:
            self.outbox_retrier = OutboxRetrier(repository, self.state.current_clinic, self)
            self.outbox_retrier.sent.connect(lambda entry, _record: self._handout_sent_later(entry))
            self.outbox_retrier.start()

        self._build_panes()
        self.menu_actions = WindowActions(self)
        self.undo_keys = UndoKeys(self, self.document.undo_group)
        self.record_menus = RecordMenus(self)
        self.statusBar().showMessage("Ready", 2000)
        self._connect()
        self.resize(1440, 900)
        self._restore_settings()
        if show_notices:
            self._show_notices()
        self.other_desks = OtherDesks(self)  # on a shared database: other desks' changes show here
        self.clients.refresh_clients()
        if restore_last:
            self._open_last()
        self._update_everything()

    # -- what the parts share ------------------------------------------------------------------------

    @property
    def library(self) -> Library:
        return self.state.library

    @property
    def exercises(self) -> dict[str, Exercise]:
        return self.state.exercises

    @property
    def clinic(self) -> Clinic:
        return self.state.clinic

    def _build_panes(self) -> None:
        self.client_pane = _pane(self.client_panel)
        self.plan_pane = _pane(self.editor)
        self.splitter = PaneRow(
            [self.client_pane, _pane(self.library_panel), self.plan_pane, _pane(self.preview_panel)],
            self.editor.width_for_three_fields,
        )
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(8)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

    def _connect(self) -> None:
        panel, clients, plans = self.client_panel, self.clients, self.plans
        panel.searchChanged.connect(lambda _text: clients.refresh_clients())
        panel.clientChosen.connect(clients.open_client)
        panel.planChosen.connect(clients.open_plan)
        panel.addClientRequested.connect(clients.add_client)
        panel.editClientRequested.connect(clients.edit_client)
        panel.newPlanRequested.connect(plans.new_plan)
        panel.copyPlanRequested.connect(plans.copy_plan)
        panel.templateRequested.connect(plans.new_plan_from_template)
        library, exercises = self.library_panel, self.exercise_actions
        library.addRequested.connect(self.editor.add_exercises)
        library.newExerciseRequested.connect(exercises.new_exercise)
        library.editExerciseRequested.connect(exercises.edit_exercise)
        library.deleteExerciseRequested.connect(exercises.delete_exercise)
        library.currentExerciseChanged.connect(lambda *_: self.menu_actions.update_library(library.current_exercise()))
        library.currentExerciseChanged.connect(lambda *_: keep_read_only(self))
        self.editor.clientNeeded.connect(clients.no_client_yet)
        self.editor.selectionChanged.connect(self._update_actions)
        self.document.planChanged.connect(self._plan_changed)
        self.document.planLoaded.connect(self._remember_open_plan)
        self.document.modifiedChanged.connect(lambda _modified: self._update_title())
        self.session.stateChanged.connect(self._update_title)
        self.session.plansChanged.connect(clients.refresh_plan_list)
        self.session.planAdded.connect(clients.refresh_clients)  # "no plans" becomes "1 plan"
        self.session.planSaved.connect(self.planSaved.emit)
        self.preview = PreviewLink(
            self.preview_panel,
            self.renderer,
            self.document,
            self.editor,
            self.handouts,
            self.banner,
            self.settings,
            open_clinic_settings=self.clinic_actions.open_clinic_settings,
        )

    # -- settings, start-up and closing --------------------------------------------------------------

    def _restore_settings(self) -> None:
        geometry = self.settings.bytes_value(keys.GEOMETRY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.bytes_value(keys.STATE)
        if state is not None:
            self.restoreState(state)
        for splitter, key in ((self.splitter, keys.SPLITTER), (self.editor.plan_splitter, keys.PLAN_SPLITTER)):
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
            self.splitter.size_for_width()
        else:
            self.splitter.keep_proportions()  # as the therapist left them last time
        if self.settings.bytes_value(keys.PLAN_SPLITTER) is None:
            self.editor.fit_details()
        else:
            self.editor.placed_by_hand = True  # as the therapist left it last time
        self.editor.refit_when_resized = True

    def layout_for_new_plans(self) -> Layout:
        """The layout the therapist chose last, or the clinic's default."""
        try:
            return Layout.parse(self.settings.text(keys.LAST_LAYOUT))
        except ValueError:
            return self.state.clinic.default_layout

    def _save_settings(self) -> None:
        self.settings.set_bytes(keys.GEOMETRY, self.saveGeometry())
        self.settings.set_bytes(keys.STATE, self.saveState())
        self.settings.set_bytes(keys.SPLITTER, self.splitter.saveState())
        self.settings.set_bytes(keys.PLAN_SPLITTER, self.editor.plan_splitter.saveState())
        self.settings.set_flag(keys.TRACKING, self.preview_panel.tracking.isChecked())
        client = self.document.client
        self.settings.set_text(keys.LAST_CLIENT, client.id if client else "")
        self.settings.set_text(keys.LAST_PLAN, self.clients.plan_id())
        self.settings.sync()

    def _remember_open_plan(self) -> None:
        """Kept as soon as a plan is opened, not only on quitting: after a crash the window reopens it too."""
        if self.state.closing:
            return
        client = self.document.client
        plan = self.document.plan
        if client is None:
            return
        self.settings.set_text(keys.LAST_CLIENT, client.id)
        self.settings.set_text(keys.LAST_PLAN, plan.id if plan is not None else "")
        self.settings.sync()

    def _show_notices(self) -> None:
        """What the repository had to tell on opening (read-only, a file restored from a backup), in the banner."""
        told = list(self.repository.notices)
        notices = [notice.text for notice in told]
        if self.repository.read_only and not any(notice.about_read_only for notice in told):
            notices.insert(0, "This data folder is open read-only, so changes cannot be saved.")
        if self.repository.read_only:
            notices.append(READ_ONLY_BANNER)
        if notices:
            self.banner.show_message("\n".join(notices), key="notices", dismissable=not self.repository.read_only)

    def _open_last(self) -> None:
        client_id = self.settings.text(keys.LAST_CLIENT)
        if client_id:
            self.clients.open_client(client_id, plan_id=self.settings.text(keys.LAST_PLAN))

    def closeEvent(self, event: QCloseEvent) -> None:
        """Qt: save the plan before closing; if it cannot be saved, ask before losing it."""
        if self.state.closing:  # already shut down: nothing left to save or ask
            event.accept()
            return
        self.session.stop()
        if not self.session.save_now() and not self.session.confirm_close(self.clinic_actions.export_current_plan):
            event.ignore()
            return
        self.state.closing = True
        self._save_settings()
        self.shut_down()
        if self._close_store:
            self.repository.close()
        event.accept()

    def shut_down(self) -> None:
        """Stop every timer and wait for the background render, so nothing reaches a closed repository."""
        self.state.closing = True
        self.session.stop()
        if self.outbox_retrier is not None:
            self.outbox_retrier.stop()
        self.snapshot_timer.stop()
        self.client_panel.search_timer.stop()
        self.renderer.wait()
        self.snapshot.wait()  # a zip half-written when the store closes would only be thrown away
        self.other_desks.stop()

    def _handout_sent_later(self, entry: OutboxEntry) -> None:
        self.state.say(f"Sent the handout waiting in the outbox to {entry.to}.", 6000)
        self.clients.refresh_sent()

    def _snapshot_made(self, path: Path | None) -> None:
        if path is not None:
            self.state.say(f"Kept today's copy of the data folder ({path.name}).")

    def _snapshot_failed(self, message: str) -> None:
        """Said quietly in the status bar: the therapist's work is saved all the same."""
        self.state.say(f"Today's copy of the data folder was not made: {message}", 15_000)

    # -- following the plan ------------------------------------------------------------------------------

    def request_preview(self, *, at_once: bool = False) -> None:
        self.handouts.request_preview(at_once=at_once)

    def _plan_changed(self) -> None:
        self.preview.plan_changed()
        self._update_everything()

    def _update_everything(self) -> None:
        self.editor.show_state()
        self._update_title()
        self._update_actions()
        self.menu_actions.update_library(self.library_panel.current_exercise())
        keep_read_only(self)
        self.request_preview()

    def _update_title(self) -> None:
        plan = self.document.plan
        client = self.document.client
        parts = [client.name] if client else []
        if plan is not None:
            parts.append(plan.title + (" \u2022" if self.document.modified else ""))
        parts.append(APP_TITLE)
        self.setWindowTitle(" \u2013 ".join(parts))
        self.editor.saved_state.setText(self.session.saved_state_words())

    def _update_actions(self) -> None:
        items, stages = self.editor.selected()
        self.menu_actions.update(
            has_client=self.document.client is not None,
            has_plan=self.document.plan is not None,
            has_selection=bool(items or stages),
            any_plans=self.client_panel.plans.rowCount() > 0,
        )
        keep_read_only(self)
