"""Labelled fields set out two or three to a row, whichever the width allows: the prescription's grid.

The prescription takes little height under the plan when its fields sit three to a row, and stays whole
in a narrow pane at two.  This module only lays out: which fields there are, and what they mean, is the
prescription's business (``prescription_fields``).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QLayout, QWidget


class FieldGrid(QWidget):
    """Cells of (caption, field) set out by ``arrangements`` (fields to a row -> rows of cell names).

    A name ending in "*" takes the rest of its row; a row whose cells are all ``left_out`` is skipped.
    Subclasses fill ``_cells`` and call ``_arrange``.
    """

    def __init__(self, arrangements: dict[int, list[list[str]]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.arrangements = arrangements
        self.left_out: set[str] = set()
        self._cells: dict[str, tuple[QLabel | None, QWidget]] = {}
        self._extra_rows: list[tuple[QLabel, QWidget]] = []
        self.grid = QGridLayout(self)
        # Three to a row must not stop the widget from getting narrower (it goes back to two then).
        self.grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(6)
        self.grid.setVerticalSpacing(5)
        self.per_row = 0

    @staticmethod
    def caption(text: str, field: QWidget | None = None) -> QLabel:
        """A field's caption; its buddy is the field, so a screen reader names the field by it."""
        label = QLabel(text)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if field is not None:
            label.setBuddy(field)
        return label

    # -- layout --------------------------------------------------------------------------

    def _arrange(self, per_row: int) -> None:
        """Set the cells out ``per_row`` fields to a row (a label column and a field column each)."""
        if per_row == self.per_row:
            return
        self.per_row = per_row
        for label, widget in [*self._cells.values(), *self._extra_rows]:
            for part in (label, widget):
                if part is not None:
                    self.grid.removeWidget(part)
        for column in range(2 * max(self.arrangements)):
            self.grid.setColumnStretch(column, 0)
        row = 0
        for names in self.arrangements[per_row]:
            if all(name.rstrip("*") in self.left_out for name in names):
                continue
            column = 0
            for name in names:
                label, widget = self._cells[name.rstrip("*")]
                if label is not None:
                    self.grid.addWidget(label, row, column)
                    column += 1
                elif column == 0:
                    column = 1  # a row's first cell without a label still lines up with the fields above
                span = 2 * per_row - column if name.endswith("*") else 1
                self.grid.addWidget(widget, row, column, 1, span)
                column += span
            row += 1
        for label, widget in self._extra_rows:
            self.grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(widget, row, 1, 1, 2 * per_row - 1)
            row += 1
        for slot in range(per_row):
            self.grid.setColumnStretch(2 * slot + 1, 1)

    def add_row(self, label: str, widget: QWidget) -> None:
        """Another field under the prescription's (the plan's note for the client), lined up with them."""
        caption = self.caption(label)
        caption.setBuddy(widget)  # "&Note": Alt+N goes to the field
        caption.setContentsMargins(0, 4, 0, 0)  # level with the first line of a text box
        self._extra_rows.append((caption, widget))
        per_row, self.per_row = self.per_row, 0
        self._arrange(per_row)

    def width_for(self, per_row: int) -> int:
        """The narrowest width at which ``per_row`` fields to a row still show each field whole."""
        spacing = self.grid.horizontalSpacing()
        total = 0
        for slot in range(per_row):
            labels, fields = [], []
            for names in self.arrangements[per_row]:
                if slot >= len(names):
                    continue
                label, widget = self._cells[names[slot].rstrip("*")]
                labels.append(label.sizeHint().width() if label is not None else 0)
                if not names[slot].endswith("*"):  # a cell taking the rest of its row stretches to fit
                    # A minimum width set above wins over Qt's own guess, in the layout too.
                    fields.append(widget.minimumWidth() or widget.minimumSizeHint().width())
            total += max(labels, default=0) + max(fields, default=0) + 2 * spacing
        return total - spacing

    def minimumSizeHint(self) -> QSize:
        """Qt: narrow enough for two fields to a row; as tall as the arrangement chosen needs."""
        return QSize(self.width_for(2), self.grid.minimumSize().height())

    def fit(self, width: int) -> None:
        """Three fields to a row when they fit in ``width`` (less height under the plan), else two."""
        per_row = 3 if width >= self.width_for(3) else 2
        if per_row != self.per_row:
            self._arrange(per_row)
            self.updateGeometry()  # the height needed has changed

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Qt: re-choose how many fields to a row for the new width."""
        super().resizeEvent(event)
        self.fit(event.size().width())
