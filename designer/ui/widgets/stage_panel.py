"""The selected stage's details: its name, weeks, goal and when to move on.

Typing pushes undoable commands (one per field while typing), so the preview
and the handout follow at once.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from designer.domain import Stage, ValidationError

from .. import commands
from ..document import PlanDocument
from .forms import form, problem_label, quiet_label


class StagePanel(QWidget):
    """Edits one stage of the open plan."""

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._stage_id = ""
        self._loading = False
        heading = QLabel("Stage")
        heading.setObjectName("panelHeading")
        hint = quiet_label(
            "A stage is a phase of the plan, like \u201cStability\u201d for the first two weeks. "
            "Drag exercises onto it to add them."
        )
        self.title = QLineEdit()
        self.title.setPlaceholderText("e.g. Stability")
        self.weeks = QLineEdit()
        self.weeks.setPlaceholderText("e.g. 1–2, or ongoing")
        self.goal = QPlainTextEdit()
        self.goal.setPlaceholderText("What this stage is for, in the client's words")
        self.goal.setFixedHeight(60)
        self.move_on_when = QPlainTextEdit()
        self.move_on_when.setPlaceholderText("e.g. When 3 sets feel easy and the back stays calm the next day")
        self.move_on_when.setFixedHeight(60)
        for notes in (self.goal, self.move_on_when):
            notes.setTabChangesFocus(True)
        self.problem = problem_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addLayout(
            form(
                [("Name", self.title), ("Weeks", self.weeks), ("Goal", self.goal), ("Move on when", self.move_on_when)]
            )
        )
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self.title.textEdited.connect(lambda _t: self._edit("title"))
        self.weeks.textEdited.connect(lambda _t: self._edit("weeks"))
        self.goal.textChanged.connect(lambda: self._edit("goal"))
        self.move_on_when.textChanged.connect(lambda: self._edit("move_on_when"))
        document.planChanged.connect(self.refresh)

    @property
    def stage_id(self) -> str:
        return self._stage_id

    def show_stage(self, stage_id: str) -> None:
        self._stage_id = stage_id
        self.problem.clear()
        self.refresh()

    def _stage(self) -> Stage | None:
        plan = self._document.plan
        return plan.stage(self._stage_id) if plan is not None and self._stage_id else None

    def refresh(self) -> None:
        stage = self._stage()
        self.setEnabled(stage is not None)
        if stage is None:
            return
        self._loading = True
        try:
            for field, value in ((self.title, stage.title), (self.weeks, stage.weeks)):
                if field.text().strip() != value:
                    field.setText(value)
            for box, value in ((self.goal, stage.goal), (self.move_on_when, stage.move_on_when)):
                if box.toPlainText().strip() != value:
                    box.setPlainText(value)
        finally:
            self._loading = False

    def _edit(self, field: str) -> None:
        stage = self._stage()
        if self._loading or stage is None:
            return
        values = {
            "title": " ".join(self.title.text().split()),
            "weeks": " ".join(self.weeks.text().split()),
            "goal": self.goal.toPlainText().strip(),
            "move_on_when": self.move_on_when.toPlainText().strip(),
        }
        try:
            changed = replace(stage, **{field: values[field]})
        except ValidationError:
            self.problem.setText("A stage needs a name.")
            return
        self.problem.clear()
        if changed != stage:
            self._document.push(commands.edit_stage(self._document, changed, field))
