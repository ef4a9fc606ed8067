"""Work that must not freeze the window: the preview, the daily copy of the data folder, long look-ups.

``PreviewRenderer`` waits for a short pause in editing, then renders on a
background thread.  Each request gets a generation number; a result that is
not the latest is dropped, and while one render runs, further requests
collapse into one follow-up render, so fast typing never queues a backlog.

``DailySnapshot`` zips the data folder (``Store.snapshot``: at most once a
day, the last 14 kept) on a thread of its own, so a big folder never holds up
the window; what happened is told through signals, and a failure is never fatal.

``run_in_background`` runs one call (such as "which plans use this exercise?") on a thread while the window
keeps running its events, with a progress dialog that shows only when the call takes a while.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QEventLoop, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from designer.pdf import RenderResult
from designer.workflows.handouts import HandoutRequest, make_handout

log = logging.getLogger(__name__)
T = TypeVar("T")
PROGRESS_AFTER_MS = 500  # a look-up quicker than this shows no progress dialog at all


class _Signals(QObject):
    finished = Signal(int, object, str, float)  # generation, result or None, error message, seconds


class _RenderTask(QRunnable):
    def __init__(
        self,
        generation: int,
        request: HandoutRequest,
        render: Callable[[HandoutRequest], RenderResult],
        signals: _Signals,
    ) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._generation = generation
        self._request = request
        self._render = render
        self._signals = signals

    def run(self) -> None:
        started = time.perf_counter()
        try:
            result: Any = self._render(self._request)
            error = ""
        except Exception as exc:  # any failure becomes a message in the preview, never a crash
            result = None
            error = getattr(exc, "message", "") or str(exc) or type(exc).__name__
        self._signals.finished.emit(self._generation, result, error, time.perf_counter() - started)


class PreviewRenderer(QObject):
    """Debounced background rendering with stale results dropped."""

    rendered = Signal(object)  # RenderResult of the latest request
    failed = Signal(str)  # why the latest request could not be rendered
    started = Signal()

    def __init__(
        self,
        render: Callable[[HandoutRequest], RenderResult] = make_handout,
        delay_ms: int = 120,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._render = render
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.finished.connect(self._finished)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._start)
        self._make_request: Callable[[], HandoutRequest | None] | None = None
        self.generation = 0
        self._running = False
        self._pending = False
        self.last_seconds = 0.0
        self.last_result: RenderResult | None = None

    def request(self, make_request: Callable[[], HandoutRequest | None], *, at_once: bool = False) -> None:
        """Ask for a fresh render; ``make_request`` is called when the render starts, on this thread."""
        self._make_request = make_request
        self.generation += 1
        if at_once:
            self._timer.stop()
            self._start()
        else:
            self._timer.start()

    @property
    def busy(self) -> bool:
        return self._running or self._pending or self._timer.isActive()

    def _start(self) -> None:
        if self._running:
            self._pending = True  # render again once the running one is done
            return
        make = self._make_request
        request = make() if make is not None else None
        if request is None:
            return
        self._pending = False
        self._running = True
        self.started.emit()
        self._pool.start(_RenderTask(self.generation, request, self._render, self._signals))

    def _finished(self, generation: int, result: RenderResult | None, error: str, seconds: float) -> None:
        self._running = False
        self.last_seconds = seconds
        if self._pending:
            self._start()
            return
        if generation != self.generation:
            return  # a newer request is waiting for its pause; this result is already out of date
        if result is None:
            self.failed.emit(error)
        else:
            self.last_result = result
            self.rendered.emit(result)

    def wait(self, timeout_ms: int = 30_000) -> None:
        """Wait for running work to finish (used when closing, and by tests and benchmarks)."""
        self._timer.stop()
        self._pool.waitForDone(timeout_ms)


class DailySnapshot(QObject):
    """Makes today's snapshot of the data folder on a background thread (nothing if it exists already)."""

    made = Signal(object)  # the zip's Path, or None when today's snapshot was already there
    failed = Signal(str)  # why it could not be made, in words

    def __init__(self, snapshot: Callable[[], Path | None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._snapshot = snapshot
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        """Start the snapshot, unless one is already being made."""
        if self.running:
            return
        self._thread = threading.Thread(target=self._run, name="daily-snapshot", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            path = self._snapshot()
        except Exception as error:  # a full disk, no permission, a closed store: told, never a crash
            message = getattr(error, "message", "") or str(error) or type(error).__name__
            log.warning("The daily snapshot of the data folder was not made: %s", message)
            self.failed.emit(message)  # queued to the window's thread
        else:
            if path is not None:
                log.info("Daily snapshot of the data folder: %s", path)
            self.made.emit(path)

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for a running snapshot to finish (when the window closes); False if it is still running."""
        thread = self._thread
        if thread is not None:
            thread.join(timeout)
        return not self.running


class _TaskSignals(QObject):
    done = Signal(object, object)  # the result, or the exception raised


class BackgroundTask(QObject):
    """Runs one call on a thread of its own and says, by a signal to this thread, what came of it."""

    def __init__(self, work: Callable[[], T], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self.signals = _TaskSignals(self)
        self._thread = threading.Thread(target=self._run, name="designer-background", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def _run(self) -> None:
        try:
            result: Any = self._work()
        except Exception as error:  # handed to the window's thread, which shows it
            self.signals.done.emit(None, error)
        else:
            self.signals.done.emit(result, None)

    def wait(self, timeout: float | None = None) -> None:
        if self._thread.is_alive():
            self._thread.join(timeout)


_STOPPED: list[BackgroundTask] = []  # tasks the therapist stopped, still running to their end


def run_in_background(
    parent: QWidget, work: Callable[[], T], words: str, *, title: str = "", can_stop: bool = True
) -> tuple[bool, T | None]:
    """Run ``work`` off the GUI thread while the window keeps painting; a progress dialog shows after a moment.

    Returns ``(True, result)``, or ``(False, None)`` when the therapist pressed Stop (the work is then left to
    finish on its own and its result dropped).  An exception raised by ``work`` is raised here again.
    """
    outcome: list[Any] = []
    loop = QEventLoop()
    task = BackgroundTask(work)
    progress = QProgressDialog(words, "Stop" if can_stop else "", 0, 0, parent)
    progress.setWindowTitle(title or words)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    # Shown only when the work takes a while (QProgressDialog's own delay needs setValue calls, and there are none).
    show_later = QTimer(progress)
    show_later.setSingleShot(True)
    show_later.timeout.connect(progress.show)
    if not can_stop:
        progress.setCancelButton(None)

    def done(result: object, error: object) -> None:
        outcome.extend([result, error])
        loop.quit()

    task.signals.done.connect(done)
    progress.canceled.connect(loop.quit)
    task.start()
    show_later.start(PROGRESS_AFTER_MS)
    loop.exec()  # the window's own events run meanwhile; the work runs on the task's thread
    show_later.stop()
    progress.reset()
    progress.close()
    progress.deleteLater()
    if not outcome:
        _STOPPED.append(task)  # kept (with its signals) until its thread is done, then let go
        task.signals.done.connect(lambda *_: _STOPPED.remove(task))
        return False, None
    result, error = outcome
    if error is not None:
        raise error
    return True, result
