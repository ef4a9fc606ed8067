"""The window's look: calm colours, readable text, room to breathe.

One style sheet over Qt's Fusion style, so the window looks the same on
Windows, macOS and Linux.  The accent is the clinic's default brand teal.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

ICONS = (Path(__file__).resolve().parent / "icons").as_posix()
ACCENT = "#2A6F6B"
ACCENT_DARK = "#1F5451"
ACCENT_PALE = "#E3EFEC"
ACCENT_INACTIVE = "#4A7B77"  # a selection in a list that is not being used: quieter, still white text at 4.5:1
INK = "#1E2928"
QUIET = "#5E6B69"
LINE = "#D5DCDA"
GRIP = "#7D8A88"  # a splitter's handle: 3:1 against the paper, so it can be found
PAPER = "#F6F8F7"
WARNING_BG = "#FFF4DA"
WARNING_LINE = "#E6C36A"
PROBLEM = "#A3322B"

STYLE = f"""
QMainWindow, QDialog {{ background: {PAPER}; }}
QWidget#pane {{ background: #FFFFFF; border: 1px solid {LINE}; border-radius: 8px; }}
QLabel#paneHeading {{ font-size: 13pt; font-weight: 600; color: {INK}; padding: 2px 0 4px 0; }}
QLabel#sectionHeading {{ font-weight: 600; color: {INK}; padding-top: 6px; }}
QLabel#panelHeading {{ font-size: 12pt; font-weight: 600; color: {ACCENT_DARK}; }}
QLabel#quiet {{ color: {QUIET}; }}
QLabel#problem {{ color: {PROBLEM}; }}
QLabel#emptyState {{ color: {QUIET}; font-size: 11pt; padding: 24px; }}
QLabel#inlineWarning {{ background: {WARNING_BG}; border: 1px solid {WARNING_LINE}; border-radius: 6px;
                        padding: 1px 6px; color: #5A4510; font-size: 9pt; }}
QFrame#banner {{ background: {WARNING_BG}; border: 1px solid {WARNING_LINE}; border-radius: 6px; }}
QFrame#banner[severity="error"] {{ background: #FBE3E1; border-color: #D98A84; }}
QFrame#banner QLabel {{ color: {INK}; }}
QLineEdit, QPlainTextEdit, QSpinBox, QComboBox {{
    border: 1px solid {LINE}; border-radius: 5px; padding: 4px 6px; background: #FFFFFF;
    selection-background-color: {ACCENT};
}}
QSpinBox {{ padding-right: 20px; }}
QSpinBox::up-button, QSpinBox::down-button {{
    subcontrol-origin: border; width: 18px; border-left: 1px solid {LINE}; background: #F7F9F8;
}}
QSpinBox::up-button {{ subcontrol-position: top right; border-top-right-radius: 5px; }}
QSpinBox::down-button {{ subcontrol-position: bottom right; border-bottom-right-radius: 5px; }}
QSpinBox::up-button:hover, QSpinBox::down-button:hover {{ background: {ACCENT_PALE}; }}
QSpinBox::up-arrow {{ image: url({ICONS}/arrow-up.svg); width: 8px; height: 5px; }}
QSpinBox::down-arrow {{ image: url({ICONS}/arrow-down.svg); width: 8px; height: 5px; }}
QComboBox {{ padding-right: 6px; }}  /* the drop-down arrow has its own room beside the text already */
QComboBox::drop-down {{ subcontrol-origin: padding; subcontrol-position: center right; width: 20px; border: none; }}
QComboBox::down-arrow {{ image: url({ICONS}/arrow-down.svg); width: 10px; height: 6px; }}
QComboBox QAbstractItemView {{ border: 1px solid {LINE}; selection-background-color: {ACCENT};
                               selection-color: #FFFFFF; background: #FFFFFF; }}
QLineEdit:focus, QPlainTextEdit:focus, QSpinBox:focus {{ border: 2px solid {ACCENT}; padding: 3px 5px; }}
QSpinBox:focus {{ padding-right: 19px; }}
QLineEdit[invalid="true"], QSpinBox[invalid="true"], QPlainTextEdit[invalid="true"] {{ border: 2px solid {PROBLEM}; }}
QLineEdit#planTitle {{ font-size: 14pt; font-weight: 600; padding: 4px 8px; }}
QPushButton, QToolButton {{
    border: 1px solid {LINE}; border-radius: 5px; padding: 5px 10px; background: #FFFFFF; color: {INK};
}}
QPushButton:hover, QToolButton:hover {{ background: {ACCENT_PALE}; border-color: {ACCENT}; }}
QPushButton:disabled, QToolButton:disabled {{ color: #A3ACAA; background: #F3F5F4; }}
/* A choice that is on (the preview's zoom): the pale accent with its edge, so which one is on can be seen. */
QToolButton:checked {{ background: {ACCENT_PALE}; border-color: {ACCENT}; font-weight: 600; color: {ACCENT_DARK}; }}
QPushButton#primary {{ background: {ACCENT}; color: #FFFFFF; border-color: {ACCENT_DARK}; font-weight: 600; }}
QPushButton#primary:hover {{ background: {ACCENT_DARK}; }}
QToolBar {{ background: #FFFFFF; border-bottom: 1px solid {LINE}; spacing: 4px; padding: 4px 8px; }}
QToolBar QToolButton {{ border: 1px solid transparent; padding: 5px 9px; }}
QToolBar QToolButton:hover {{ border-color: {LINE}; }}
QListView, QTreeView {{ border: 1px solid {LINE}; border-radius: 6px; background: #FFFFFF;
                        selection-background-color: {ACCENT}; selection-color: #FFFFFF; outline: 0; }}
QListView::item:hover, QTreeView::item:hover {{ background: {ACCENT_PALE}; }}
/* A selected row keeps its dark background (and so its white text) under the pointer, and when its list or the
   window loses focus: white on pale teal was unreadable right after every click or drop. */
QListView::item:selected, QTreeView::item:selected {{ background: {ACCENT}; color: #FFFFFF; }}
QListView::item:selected:hover, QTreeView::item:selected:hover {{ background: {ACCENT_DARK}; }}
QListView::item:selected:!active, QTreeView::item:selected:!active {{ background: {ACCENT_INACTIVE}; }}
/* Focus rings, at least 3:1 against the white panes, so the keyboard's place is always visible. */
QListView:focus, QTreeView:focus, QPdfView:focus {{ border: 2px solid {ACCENT}; }}
QPushButton:focus, QToolButton:focus {{ border: 2px solid {ACCENT}; padding: 4px 9px; }}
QToolBar QToolButton:focus {{ border: 2px solid {ACCENT}; padding: 4px 8px; }}
QComboBox:focus {{ border: 2px solid {ACCENT}; padding: 3px 5px; }}
QCheckBox:focus, QRadioButton:focus {{ outline: 1px solid {ACCENT}; }}
QWidget#prescriptionFields QLineEdit, QWidget#prescriptionFields QSpinBox, QWidget#prescriptionFields QComboBox {{
    padding: 2px 5px;
}}
QWidget#prescriptionFields QSpinBox {{ padding-right: 20px; }}
QToolButton#ladder {{ padding: 4px 8px; }}
/* Splitter handles that can be found: a thin line in the gap between panes, the accent under the pointer. */
QSplitter::handle {{ background: transparent; }}
QSplitter::handle:horizontal {{ border-left: 3px solid {PAPER}; border-right: 3px solid {PAPER}; background: {GRIP}; }}
QSplitter::handle:vertical {{ border-top: 2px solid #FFFFFF; border-bottom: 2px solid #FFFFFF; background: {GRIP}; }}
QSplitter::handle:hover {{ background: {ACCENT}; }}
QStatusBar {{ color: {QUIET}; }}
"""


def apply_theme(app: QApplication) -> None:
    """Fusion style, a light palette, the style sheet, and text a little larger than Qt's default."""
    app.setStyle("Fusion")
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(PAPER))
    palette.setColor(QPalette.ColorRole.Base, QColor("#FFFFFF"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#F1F5F4"))
    palette.setColor(QPalette.ColorRole.Text, QColor(INK))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(INK))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor(INK))
    palette.setColor(QPalette.ColorRole.Button, QColor("#FFFFFF"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#FFFFFF"))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#8A9694"))
    palette.setColor(QPalette.ColorRole.ToolTipBase, QColor("#FFFFFF"))
    palette.setColor(QPalette.ColorRole.ToolTipText, QColor(INK))
    app.setPalette(palette)
    font = QFont(app.font())
    if font.pointSizeF() < 10.5:
        font.setPointSizeF(10.5)
    app.setFont(font)
    app.setStyleSheet(STYLE)
