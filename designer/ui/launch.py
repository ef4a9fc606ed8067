"""Starting the window, and drawing it offscreen for the README.

``run_window(args)`` is what ``python main.py`` calls; ``take_screenshot``
is what ``python main.py screenshot`` calls.  Both open the store, build the
``MainWindow`` and make sure the store is closed again whatever happens.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from designer.domain import Client, Clinic, Plan

if TYPE_CHECKING:  # Qt and the library are imported when the window is made, not when a verb runs
    from PySide6.QtWidgets import QApplication

    from designer.library import Library
    from designer.storage.repository import Repository

DEMO_CLIENT = Client(
    name="Margaret Ellis",
    email="margaret.ellis@example.com",
    phone="07700 900123",
    notes="Retired teacher. Back pain after lifting a suitcase in March; keen to garden again.",
)
DEMO_CLINIC = Clinic(
    name="Springback Rehab",
    therapist="Sam Carter",
    phone="01632 960 123",
    email="hello@springback.example",
    website="https://springback.example",
    booking_link="https://springback.example/book",
    instagram="@springbackrehab",
    address="12 Harbour Street, Bristol",
)
# The demo plan is the clinic's at-home routine in two of the back programme's stages, with its wall hip
# hinge: five exercises, as a therapist would give, so the README's picture shows a good plan.
DEMO_TEMPLATE = "at-home-strength"
DEMO_STAGES_FROM = "low-back-three-stage"
DEMO_TITLE = "Strong for the garden"


def _parse(args: Sequence[str]) -> tuple[Path | None, str, list[str]]:
    """``--data-dir``, the shared database (``--database``, else the environment's), and Qt's own options."""
    from designer.paths import DATABASE_VARIABLE

    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--data-dir", type=Path, default=None)
    parser.add_argument("--database", default=None)
    known, rest = parser.parse_known_args(list(args))
    return known.data_dir, known.database or os.environ.get(DATABASE_VARIABLE, ""), rest


def open_clinic_data(data_dir: Path | None, database: str) -> Repository:
    """The data the window works on: the shared database when one is named (this desk's outbox then lives in
    ``data_dir`` or the desk's own folder), else the data folder.  Raises ``StoreError`` with a plain message."""
    if database:
        from designer.storage.postgres import PostgresRepository

        return PostgresRepository.open(database, local_folder=data_dir)
    from designer.storage import Store

    return Store.open(data_dir)


def make_application(qt_args: Sequence[str] = ()) -> QApplication:
    """The designer's QApplication, named and themed: the window, the screenshot verb and the tests all use this.

    When an application exists already it is returned as it is (Qt allows one per process).
    """
    from PySide6.QtWidgets import QApplication

    from .settings import name_application
    from .theme import apply_theme

    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication([sys.argv[0] if sys.argv else "programme-designer", *qt_args])
    name_application()
    apply_theme(app)
    return app


def _missing_screen_libraries(qt_args: Sequence[str]) -> str:
    """Which system libraries the window lacks on this Linux machine, and how to install them ("" if none)."""
    from PySide6.QtCore import QLibraryInfo

    from designer.platform_libraries import problem_before_window

    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    return problem_before_window(qt_args, os.environ, plugins, sys.platform)


def run_window(args: list[str]) -> int:
    """Open the designer window (``args`` may hold ``--data-dir DIR``, ``--database URL`` and Qt's own options);
    the exit code."""
    data_dir, database, qt_args = _parse(args)
    missing = _missing_screen_libraries(qt_args)
    if missing:
        print(missing, file=sys.stderr)  # said here, because Qt would abort with a message nobody understands
        return 1
    app = make_application(qt_args)
    if not database:
        from .settings import SHARED_DATABASE, WindowSettings

        database = WindowSettings().text(SHARED_DATABASE)  # chosen in Settings → Shared database
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from designer.storage import StoreError

    from .main_window import MainWindow

    try:
        store = open_clinic_data(data_dir, database)
    except StoreError as error:
        QMessageBox.critical(None, "The designer cannot start", f"{error.message}")
        return 1
    try:
        window = MainWindow(store)
        window.show()
        # Once the window is on screen: on the first start, the short set-up of the clinic's details.
        QTimer.singleShot(0, window.clinic_actions.offer_first_setup)
        return int(app.exec())
    finally:
        store.close()


def demo_plan(library: object) -> Plan:
    """Margaret's plan: stability, then strength; five exercises from the clinic's own templates."""
    from designer.library import load_builtin_template

    home: Plan = load_builtin_template(DEMO_TEMPLATE, library)  # type: ignore[arg-type]
    staged: Plan = load_builtin_template(DEMO_STAGES_FROM, library)  # type: ignore[arg-type]
    stability, strength = staged.stages[:2]
    rows = {item.exercise_id: item for item in (*staged.items, *home.items)}  # the routine's own win
    chosen = [
        ("wall-hip-hinge", stability),
        ("glute-bridge", stability),
        ("bird-dog", stability),
        ("sit-to-stand", strength),
        ("suitcase-carry", strength),
    ]
    items = tuple(replace(rows[exercise_id], stage_id=stage.id) for exercise_id, stage in chosen)
    return replace(home, title=DEMO_TITLE, therapist=DEMO_CLINIC.therapist, stages=(stability, strength), items=items)


def _demo_data(store: Repository, library: Library) -> tuple[str, str]:
    """A demo client with last time's plan and today's, in an empty data folder."""
    client = store.save_client(DEMO_CLIENT)
    store.save_clinic(DEMO_CLINIC)
    plan = demo_plan(library)
    # Last session's plan: the first stage only.
    earlier = replace(plan.copy_for_next_session("First steps"), client_id=client.id)
    earlier = replace(
        earlier, stages=earlier.stages[:1], items=tuple(i for i in earlier.items if i.stage_id == earlier.stages[0].id)
    )
    store.save_plan(earlier)
    plan = store.save_plan(replace(plan, client_id=client.id))
    for other in ("Aisha Khan", "David O'Connor", "Eleanor Rigby", "Tomasz Nowak", "Priya Sharma"):
        store.save_client(Client(name=other))
    return client.id, plan.id


def take_screenshot(out: Path, size: tuple[int, int], data_dir: Path | None = None) -> Path:
    """Draw the window offscreen with a demo client and plan (or the data in ``data_dir``) and save a PNG.

    Waits for the handout preview to be drawn, so the picture shows the window as a therapist sees it.
    """
    if "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory(prefix="designer-screenshot-") as scratch:
        from PySide6.QtCore import QSettings

        from .settings import WindowSettings, use_settings_folder

        app = make_application([])
        use_settings_folder(Path(scratch) / "settings")
        from designer.library import Library
        from designer.storage import Store

        from .main_window import MainWindow

        folder = data_dir if data_dir is not None else Path(scratch) / "data"
        store = Store.open(folder, read_only=data_dir is not None)
        try:
            library = Library(store.list_custom_exercises())
            client_id, plan_id = _demo_data(store, library) if data_dir is None else _latest(store)
            settings = WindowSettings(QSettings(str(Path(scratch) / "window.ini"), QSettings.Format.IniFormat))
            window = MainWindow(
                store,
                library,
                settings,
                close_store=False,
                restore_last=False,
                show_notices=data_dir is None,
                snapshot_after_ms=None,
                retry_outbox=False,
            )
            window.resize(*size)
            window.show()
            if client_id:
                window.clients.open_client(client_id, plan_id=plan_id)
                plan = window.document.plan
                if plan is not None and len(plan.items) > 1:
                    window.editor.plan_tree.select_ids([plan.items[1].id])
            _wait_for_preview(app, window)
            picture = window.grab()
            out = Path(out)
            out.parent.mkdir(parents=True, exist_ok=True)
            if not picture.save(str(out), "PNG"):
                raise OSError(f"the picture could not be written to {out}")
            window.session.autosave_timer.stop()
            window.close()
            window.deleteLater()
            app.processEvents()
        finally:
            store.close()
    return out


def _latest(store: Repository) -> tuple[str, str]:
    plans = store.list_plans()
    for summary in plans:
        if summary.client_id:
            return summary.client_id, summary.id
    return "", ""


def _wait_for_preview(app: object, window: object, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        app.processEvents()  # type: ignore[attr-defined]
        renderer = window.renderer  # type: ignore[attr-defined]
        if not renderer.busy and (window.preview_panel.pdf_bytes or window.document.plan is None):  # type: ignore
            break
        time.sleep(0.02)
    # QPdfView draws its pages on a worker thread after the document loads: give it a moment.
    settle = time.monotonic() + 1.5
    while time.monotonic() < settle:
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.02)
