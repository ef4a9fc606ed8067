"""Running a mail step (sign-in, retry) on a background thread, with the answer delivered on the window's thread.

Signing in waits for the browser, and sending waits for the network; the
window must never freeze on either.  ``Background.run(work, done, failed)``
runs ``work()`` on its own thread and calls ``done(result)`` or
``failed(MailError)`` back on the window's thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from designer.mail import MailError


class _Answer(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], answer: _Answer) -> None:
        super().__init__()
        self._work = work
        self._answer = answer

    def run(self) -> None:
        try:
            result = self._work()
        except MailError as error:
            self._answer.failed.emit(error)
        except Exception as error:  # a surprise is still told in words, never a crash of the window
            self._answer.failed.emit(MailError("other", f"Something went wrong: {error}"))
        else:
            self._answer.done.emit(result)


class Background(QObject):
    """One background thread for mail work; ``busy`` while a task runs."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool()
        self._pool.setMaxThreadCount(1)
        self.busy = False

    def run(self, work: Callable[[], Any], done: Callable[[Any], None], failed: Callable[[MailError], None]) -> None:
        answer = _Answer(self)  # lives on the window's thread, so its signals arrive there

        def finish(callback: Callable[[Any], None], value: Any) -> None:
            self.busy = False
            answer.deleteLater()
            callback(value)

        answer.done.connect(lambda result: finish(done, result))
        answer.failed.connect(lambda error: finish(failed, error))
        self.busy = True
        self._pool.start(_Task(work, answer))

    def wait(self, milliseconds: int = 30_000) -> bool:
        """Wait for the running task (closing the window, tests)."""
        return self._pool.waitForDone(milliseconds)
