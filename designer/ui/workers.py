"""Work that must not freeze the window: rendering the preview, the daily copy of the data folder.

``PreviewRenderer`` waits for a short pause in editing, then renders on a
background thread.  Each request gets a generation number; a result that is
not the latest is dropped, and while one render runs, further requests
collapse into one follow-up render, so fast typing never queues a backlog.

``DailySnapshot`` zips the data folder (``Store.snapshot``: at most once a
day, the last 14 kept) on a thread of its own, so a big folder never holds up
the window; what happened is told through signals, and a failure is never fatal.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from designer.pdf import RenderResult
from designer.workflows.handouts import HandoutRequest, make_handout

log = logging.getLogger(__name__)


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
