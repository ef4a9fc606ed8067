"""Running a mail step (sign-in, retry) on a background thread, with the answer delivered on the window's thread.

Signing in waits for the browser, and sending waits for the network; the
window must never freeze on either.  ``Background.run(work, done, failed)``
runs ``work()`` on its own thread and calls ``done(result)`` or
``failed(MailError)`` back on the window's thread.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from designer.mail import MailError


class _Answer(QObject):
    # (callback, value): the callback is called with the value on the thread this object lives on.
    arrived = Signal(object)


class _Task(QRunnable):
    def __init__(
        self,
        work: Callable[[], Any],
        answer: _Answer,
        done: Callable[[Any], None],
        failed: Callable[[MailError], None],
    ) -> None:
        super().__init__()
        self._work, self._answer, self._done, self._failed = work, answer, done, failed

    def run(self) -> None:
        try:
            answer: tuple[Callable[..., None], Any] = (self._done, self._work())
        except MailError as error:
            answer = (self._failed, error)
        except Exception as error:  # a surprise is still told in words, never a crash of the window
            answer = (self._failed, MailError("other", f"Something went wrong: {error}"))
        with contextlib.suppress(RuntimeError):  # the window that asked has closed meanwhile: nobody to tell
            self._answer.arrived.emit(answer)


class Background(QObject):
    """One background thread for mail work; ``busy`` while a task runs."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool()
        self._pool.setMaxThreadCount(1)
        # One messenger for every task, made on the window's thread so its signal is delivered there.
        self._answer = _Answer(self)
        self._answer.arrived.connect(self._arrived)
        self.busy = False

    def run(self, work: Callable[[], Any], done: Callable[[Any], None], failed: Callable[[MailError], None]) -> None:
        self.busy = True
        self._pool.start(_Task(work, self._answer, done, failed))

    def _arrived(self, answer: tuple[Callable[[Any], None], Any]) -> None:
        callback, value = answer
        self.busy = False
        callback(value)

    def wait(self, milliseconds: int = 30_000) -> bool:
        """Wait for the running task (closing the window, tests)."""
        return self._pool.waitForDone(milliseconds)
