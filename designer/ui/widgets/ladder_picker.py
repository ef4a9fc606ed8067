"""An exercise's ladder: its easier versions and its harder versions, each picked from the library by name.

The plan's Easier and Harder buttons swap an exercise for one of these, so the ladder is part of the exercise.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from designer.domain import Exercise

from .forms import quiet_label
from .neighbour_picker import NeighbourPicker


class LadderPicker(QWidget):
    """Two pickers side by side: ``easier`` and ``harder``."""

    def __init__(
        self,
        choices: Sequence[Exercise],
        easier: Sequence[str],
        harder: Sequence[str],
        names: dict[str, str],
        parent: QWidget | None = None,
    ) -> None:
        """``choices``: what may be picked (not the exercise itself); ``names``: every exercise's name by id."""
        super().__init__(parent)
        self.easier = NeighbourPicker(choices, easier, names)
        self.harder = NeighbourPicker(choices, harder, names)
        heading = QLabel("On the ladder")
        heading.setObjectName("sectionHeading")
        hint = quiet_label("The plan's Easier and Harder buttons swap to these.", wrap=False)
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.addWidget(QLabel("Easier versions"), 0, 0)
        grid.addWidget(QLabel("Harder versions"), 0, 1)
        grid.addWidget(self.easier, 1, 0)
        grid.addWidget(self.harder, 1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addLayout(grid)
