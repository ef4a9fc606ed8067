"""Nothing lost: each edit is in the store before the next can be made, and a designer killed right after an edit
shows has it after a restart, with the same client and plan open again."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from designer.domain import Client, Plan, Range, Stage
from designer.storage import Store
from designer.ui.plan_session import AUTOSAVE_MS

REPO = Path(__file__).resolve().parents[2]


def stored(store: Any, plan_id: str) -> Plan:
    return store.get_plan(plan_id)


def test_each_edit_is_saved_before_the_next_can_be_made(
    qtbot: Any, make_window: Any, store: Any, client: Client
) -> None:
    plan = store.save_plan(Plan(title="Back to lifting", client_id=client.id, stages=(Stage("Stability", id="s1"),)))
    window = make_window(autosave_ms=AUTOSAVE_MS)  # as the designer runs
    window.clients.open_client(client.id, plan_id=plan.id)
    window.editor.add_exercises(["glute-bridge"])
    assert [item.exercise_id for item in stored(store, plan.id).items] == ["glute-bridge"]
    reps = window.editor.prescription_panel.fields.reps
    reps.selectAll()
    for key, wanted in ((Qt.Key.Key_8, Range.single(8)), (Qt.Key.Key_Minus, None), (Qt.Key.Key_1, Range(8, 1))):
        QTest.keyClick(reps, key)
        if wanted is None or wanted.high < wanted.low:
            continue  # "8-" and "8-1" wait for the rest, and say why beside the field
        assert stored(store, plan.id).items[0].prescription.reps == wanted
    QTest.keyClick(reps, Qt.Key.Key_2)
    assert stored(store, plan.id).items[0].prescription.reps == Range(8, 12)
    title = window.editor.plan_title
    title.selectAll()
    QTest.keyClicks(title, "Strong")
    assert stored(store, plan.id).title == "Strong"
    assert window.session.saved_state_words() == "Saved"
    # Typing still merges into one undo step although each letter is saved.
    window.menu_actions.undo.trigger()
    assert window.document.plan.title == "Back to lifting"
    assert stored(store, plan.id).title == "Back to lifting"


DRIVER = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    import designer.ui.main_window as main_window
    from designer.ui.launch import run_window

    mode, client_id, data_dir = sys.argv[1:4]

    class Driven(main_window.MainWindow):
        "The real window, opened by the real start-up; a timer plays the therapist's part."
        started = False

        def showEvent(self, event):
            super().showEvent(event)
            if not self.started:
                self.started = True
                QTimer.singleShot(0, self.drive)

        def drive(self):
            if mode == "report":
                plan, client = self.document.plan, self.document.client
                print("OPEN", client.id if client else "-", plan.id if plan else "-", flush=True)
                print("TITLE", plan.title if plan else "-", flush=True)
                self.close()
                return
            self.clients.open_client(client_id)
            self.activateWindow()
            title = self.editor.plan_title
            title.setFocus()
            title.selectAll()
            QTest.keyClicks(title, "Strong again")
            QTimer.singleShot(0, self.told)

        def told(self):
            if "Strong again" in self.windowTitle():
                print("SHOWN", flush=True)  # the edit is on the screen: the parent kills us now

    main_window.MainWindow = Driven
    sys.exit(run_window(["--data-dir", data_dir]))
    """
)


def run_designer(tmp_path: Path, mode: str, client_id: str) -> subprocess.Popen[str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")  # the window's own settings, kept apart from the machine's
    env["HOME"] = str(tmp_path / "home")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH", "")]))
    script = tmp_path / "driver.py"
    script.write_text(DRIVER, encoding="utf-8")
    return subprocess.Popen(
        [sys.executable, str(script), mode, client_id, str(tmp_path / "data")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=REPO,
    )


def test_a_window_killed_right_after_an_edit_shows_has_it_after_restart(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "data")
    client = store.save_client(Client(name="Margaret Ellis"))
    plan = store.save_plan(Plan(title="Back to lifting", client_id=client.id))
    store.close()

    child = run_designer(tmp_path, "edit", client.id)
    assert child.stdout is not None
    line = child.stdout.readline()
    if line.strip() != "SHOWN":
        child.kill()
        raise AssertionError(f"the designer did not show the edit: {line!r} {child.communicate(timeout=30)}")
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL

    again = run_designer(tmp_path, "report", "")
    out, err = again.communicate(timeout=120)
    # Reopened where the therapist was, with the edit.
    assert f"OPEN {client.id} {plan.id}" in out, (out, err)
    assert "TITLE Strong again" in out, (out, err)
    reopened = Store.open(tmp_path / "data")
    try:
        assert reopened.get_plan(plan.id).title == "Strong again"
    finally:
        reopened.close()
