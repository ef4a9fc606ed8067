"""The plan editor: the plan's title and notes, its rows (stages and exercises), and the details of the chosen row.

Every edit made here is a command on the document's undo stack (``commands.py``); the editor never saves, the plan
session does (``plan_session.py``).  Selecting an exercise shows its prescription below the rows; selecting a
stage shows the stage's title, weeks and notes.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from designer.domain import RECOMMENDED_MAX_EXERCISES, Stage

from . import commands, plan_edits
from .document import PlanDocument
from .models.plan_model import PlanTreeModel
from .thumbnails import PLAN_PICTURE, Thumbnails
from .widgets.current_page_stack import CurrentPageStack
from .widgets.forms import problem_label
from .widgets.plan_view import PlanTreeView
from .widgets.prescription_panel import PrescriptionPanel
from .widgets.stage_panel import StagePanel
from .window_state import WindowState


class PlanEditor(QWidget):
    """The middle of the window: heading and buttons, title, notes, the plan's rows and the chosen row's details."""

    clientNeeded = Signal()  # an exercise was added with no client chosen yet
    selectionChanged = Signal()

    def __init__(self, document: PlanDocument, state: WindowState, pictures: Thumbnails) -> None:
        super().__init__()
        self.document = document
        self._state = state
        self.refit_when_resized = False  # set by the window once it has shown and sized its panes
        self.placed_by_hand = False  # the therapist dragged the line between the rows and the prescription
        self._refit_pending = False
        self.plan_heading = QLabel("Plan")
        self.plan_heading.setObjectName("paneHeading")
        self.saved_state = QLabel()
        self.saved_state.setObjectName("quiet")
        self.add_stage_button = QPushButton("+ Stage")
        self.add_stage_button.setToolTip("Add a stage, such as Stability, Strength or Confidence (Ctrl+Shift+A)")
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
        self.too_many = QLabel()  # in the heading's place, so the plan's rows keep their height
        self.too_many.setObjectName("inlineWarning")
        self.too_many.setWordWrap(True)
        self.too_many.hide()
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.plan_heading, 1)
        heading_row.addWidget(self.too_many, 1)
        for button in (self.add_stage_button, self.remove_button, self.up_button, self.down_button):
            heading_row.addWidget(button)

        self.plan_title = QLineEdit()
        self.plan_title.setObjectName("planTitle")
        self.plan_title.setAccessibleName("Plan title")
        self.plan_title.setPlaceholderText("Plan title, e.g. Back to lifting")
        self.title_problem = problem_label()  # beside the title: why an empty title is not taken
        self.title_problem.hide()
        self.plan_notes = QPlainTextEdit()
        self.plan_notes.setAccessibleName("Notes for the client, printed near the top of the handout")
        # As the handout prints them (designer/pdf/handout.py): straight after the clinic's standing advice.
        self.plan_notes.setPlaceholderText("Notes for the client, printed near the top of the handout")
        self.plan_notes.setToolTip("Printed near the top of the handout, after the clinic's advice")
        self.plan_notes.document().setDocumentMargin(2)  # less air round one line: the rows need the height
        self._size_notes()
        self.plan_notes.installEventFilter(self)
        self.plan_notes.setTabChangesFocus(True)  # Tab goes on to the plan's rows; a tab character has no use here
        self.plan_model = PlanTreeModel(document, state.exercises.get, pictures, self)
        self.plan_tree = PlanTreeView(self.plan_model, PLAN_PICTURE)
        self.plan_tree.setAccessibleName("The plan: its stages and exercises")
        self.prescription_panel = PrescriptionPanel(document, state.exercises.get)
        self.stage_panel = StagePanel(document)
        self.details_hint = QLabel("Select an exercise in the plan to set its sets, reps and tempo.")
        self.details_hint.setObjectName("emptyState")
        self.details_hint.setWordWrap(True)
        self.details_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.details = CurrentPageStack()
        for page in (self.details_hint, self.prescription_panel, self.stage_panel):
            self.details.addWidget(page)
        # Scrolls rather than squeezes when the therapist drags the plan taller than the details fit.
        self.details_area = QScrollArea()
        self.details_area.setWidget(self.details)
        self.details_area.setWidgetResizable(True)
        self.details_area.setFrameShape(QFrame.Shape.NoFrame)
        self.details_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.details_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from the rows straight to the fields

        plan_top = QWidget()
        top_layout = QVBoxLayout(plan_top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.setSpacing(4)
        title_row = QHBoxLayout()
        title_row.addWidget(self.plan_title, 1)
        title_row.addWidget(self.saved_state)
        top_layout.addLayout(heading_row)
        top_layout.addLayout(title_row)
        top_layout.addWidget(self.title_problem)
        top_layout.addWidget(self.plan_notes)
        top_layout.addWidget(self.plan_tree, 1)
        self.plan_splitter = QSplitter(Qt.Orientation.Vertical)
        self.plan_splitter.addWidget(plan_top)
        self.plan_splitter.addWidget(self.details_area)
        self.plan_splitter.setStretchFactor(0, 1)
        self.plan_splitter.setStretchFactor(1, 0)
        self.plan_splitter.setChildrenCollapsible(False)
        self.plan_splitter.splitterMoved.connect(lambda *_: setattr(self, "placed_by_hand", True))
        self.details.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plan_splitter)
        self._connect()

    def _connect(self) -> None:
        self.document.planLoaded.connect(self._plan_loaded)
        self.document.planChanged.connect(self._plan_changed)
        self.document.selectRequested.connect(self.plan_tree.select_ids)
        self.plan_tree.currentRowChanged.connect(self._show_details)
        self.plan_tree.removeRequested.connect(self.remove_selected)
        self.plan_tree.moveRequested.connect(self.move_selected)
        self.plan_tree.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.add_stage_button.clicked.connect(self.add_stage)
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.plan_title.textEdited.connect(self._title_typed)
        self.plan_notes.textChanged.connect(self._notes_typed)
        self.prescription_panel.swapped.connect(lambda item_id: self.plan_tree.select_ids([item_id]))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Qt: the prescription needs another height (its fields went to three a row, a stage was chosen):
        share the pane again, unless the therapist has placed the line by hand."""
        if watched is self.plan_notes and event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            QTimer.singleShot(0, self._size_notes)  # after the focus has moved
        if (
            watched is self.details
            and event.type() == QEvent.Type.LayoutRequest
            and self.refit_when_resized
            and not self.placed_by_hand
            and not self._refit_pending
        ):
            self._refit_pending = True
            QTimer.singleShot(0, self._refit)
        return super().eventFilter(watched, event)

    def _size_notes(self) -> None:
        """One line while the notes are empty and not being typed in (the plan's rows need the height); two
        lines to type in or to show notes written."""
        lines = 2 if self.plan_notes.hasFocus() or self.plan_notes.toPlainText() else 1
        self.plan_notes.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded if lines > 1 else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        # The line(s), the document's margin, the style sheet's padding and the border.
        margin = round(2 * self.plan_notes.document().documentMargin()) + 10
        self.plan_notes.setFixedHeight(self.plan_notes.fontMetrics().lineSpacing() * lines + margin)

    def _refit(self) -> None:
        self._refit_pending = False
        self.fit_details()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Qt: a pane made shorter or taller (the window resized, the banner shown or gone) shares its height
        between the plan's rows and the prescription again, so a smaller screen still shows several rows."""
        super().resizeEvent(event)
        if self.refit_when_resized and event.oldSize().height() != event.size().height():
            self.fit_details()

    def width_for_three_fields(self) -> int:
        """The width at which the prescription's fields sit three to a row (with room for a scroll bar)."""
        scroll_bar = self.details_area.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return self.prescription_panel.fields.width_for(3) + scroll_bar

    def fit_details(self) -> None:
        """The prescription gets the height it needs (at most half); the plan's rows get the rest."""
        total = sum(self.plan_splitter.sizes())
        self.prescription_panel.fit(self.details_area.viewport().width())
        # At most half: on a 1280 x 720 screen the whole prescription and four exercises still show.
        details = min(self.details.sizeHint().height() + 2, round(total * 0.5))
        self.plan_splitter.setSizes([total - details, details])

    def selected(self) -> tuple[list[str], list[str]]:
        """The selected rows' ids: (exercises, stages)."""
        return self.plan_tree.selected_ids() if self.document.plan is not None else ([], [])

    # -- edits ---------------------------------------------------------------------------------

    def add_exercises(self, exercise_ids: Sequence[str]) -> None:
        """Add library exercises after the selected plan row (or into the selected stage, or at the end)."""
        plan = self.document.plan
        if plan is None:
            if self.document.client is None:
                self.clientNeeded.emit()
            else:
                self._state.say("Start a plan first: New plan, or New plan from this one.")
            return
        exercises = [self._state.exercises[i] for i in exercise_ids if i in self._state.exercises]
        if not exercises:
            return
        kind, row_id = self.plan_tree.current_ids()
        stage_id, row = plan_edits.default_stage_for_new_items(plan), None
        item = plan.item(row_id) if kind == "item" else None
        if kind == "stage":
            stage_id = row_id
        elif item is not None:
            stage_id = item.stage_id
            row = [i.id for i in plan.items_in(stage_id)].index(row_id) + 1
        self.document.push(commands.add_exercises(self.document, exercises, stage_id, row))

    def remove_selected(self) -> None:
        items, stages = self.selected()
        if not items and not stages:
            return
        self.document.push(commands.remove_rows(self.document, items, stages))
        self._state.say("Removed. Undo (Ctrl+Z) brings it back.", 4000)

    def move_selected(self, step: int) -> None:
        items, stages = self.selected()
        if stages and not items:
            self.document.push(commands.move_stage_by(self.document, stages[0], step))
        elif items:
            self.document.push(commands.move_items_by(self.document, items, step))

    def add_stage(self) -> None:
        plan = self.document.plan
        if plan is None:
            return
        self.document.push(commands.add_stage(self.document, Stage(plan_edits.next_stage_title(plan))))
        self.stage_panel.title.setFocus()
        self.stage_panel.title.selectAll()

    def edit_details(self) -> None:
        """Put the cursor in the selected row's details: the exercise's sets, or the stage's name."""
        page = self.details.currentWidget()
        if page is self.prescription_panel:
            field: QLineEdit | QSpinBox = self.prescription_panel.fields.sets
        elif page is self.stage_panel:
            field = self.stage_panel.title
        else:
            return
        field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        field.selectAll()

    def _title_typed(self, text: str) -> None:
        plan = self.document.plan
        title = " ".join(text.split())
        self._title_refused(plan.title if plan is not None and not title else "")
        if plan is None or not title or title == plan.title:
            return
        self.document.push(commands.edit_plan_details(self.document, title=title))

    def _title_refused(self, kept: str) -> None:
        """Say, under the title, why an empty one is not taken (and which title the handout keeps)."""
        wrong = bool(kept)
        self.title_problem.setText(
            f"A plan needs a title: the handout is headed by it. It keeps “{kept}” until you type another."
            if wrong
            else ""
        )
        self.title_problem.setVisible(wrong)
        if bool(self.plan_title.property("invalid")) != wrong:
            self.plan_title.setProperty("invalid", wrong)
            self.plan_title.style().unpolish(self.plan_title)
            self.plan_title.style().polish(self.plan_title)

    def _notes_typed(self) -> None:
        self._size_notes()
        plan = self.document.plan
        notes = self.plan_notes.toPlainText().strip()
        if plan is None or notes == plan.notes:
            return
        self.document.push(commands.edit_plan_details(self.document, notes=notes))

    # -- following the document -------------------------------------------------------------------

    def _plan_loaded(self) -> None:
        plan = self.document.plan
        self._title_refused("")
        self.plan_tree.expandAll()
        if plan is not None and plan.items:
            self.plan_tree.select_ids([plan.items[0].id])
        else:
            self._show_details("", "")

    def _plan_changed(self) -> None:
        plan = self.document.plan
        if plan is not None:
            refused = bool(self.plan_title.property("invalid"))  # an empty title stays in view with its reason
            if " ".join(self.plan_title.text().split()) != plan.title and not refused:
                self.plan_title.setText(plan.title)
                if not self.plan_title.hasFocus():
                    self.plan_title.setCursorPosition(0)  # show the start of a long title, not its end
            if self.plan_notes.toPlainText().strip() != plan.notes:
                self._set_notes(plan.notes)
        self.show_state()

    def _set_notes(self, notes: str) -> None:
        self.plan_notes.blockSignals(True)  # setting the notes is not the therapist typing them
        self.plan_notes.setPlainText(notes)
        self.plan_notes.blockSignals(False)
        self._size_notes()

    def _show_details(self, kind: str, row_id: str) -> None:
        if kind == "item":
            self.prescription_panel.show_item(row_id)
            self.details.setCurrentWidget(self.prescription_panel)
        elif kind == "stage":
            self.stage_panel.show_stage(row_id)
            self.details.setCurrentWidget(self.stage_panel)
        else:
            self.details.setCurrentWidget(self.details_hint)
        self.details.updateGeometry()  # another page: another height (see ``CurrentPageStack``)
        self._selection_changed()

    def _selection_changed(self) -> None:
        items, stages = self.selected()
        self.document.selection = [*items, *stages]  # what an edit made now gives back on undo
        for button in (self.remove_button, self.up_button, self.down_button):
            button.setEnabled(bool(items or stages))
        self.selectionChanged.emit()

    def show_state(self) -> None:
        """What can be done, and what the empty places say, for the open client and plan."""
        plan = self.document.plan
        client = self.document.client
        for widget in (self.plan_title, self.plan_notes, self.add_stage_button):
            widget.setEnabled(plan is not None)
        if plan is None:
            self.plan_title.clear()
            self._set_notes("")
        too_many = bool(plan and plan.too_many_exercises)
        self.too_many.setVisible(too_many)
        self.plan_heading.setVisible(not too_many)
        if plan is not None and plan.too_many_exercises:
            # Short, in the heading's place (the plan's rows need the height); the reason is in the tooltip.
            self.too_many.setText(
                f"{plan.exercise_count} exercises: most clients keep up with {RECOMMENDED_MAX_EXERCISES} or fewer."
            )
            self.too_many.setToolTip(
                f"Clients tend to do fewer when given more than {RECOMMENDED_MAX_EXERCISES}: "
                "keep the few that matter most."
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
        self._selection_changed()
