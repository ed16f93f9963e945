"""Background work for the workbench: the one helper every long operation goes through.

``Tasks.run(work, done=..., failed=...)`` runs ``work(control)`` on a worker thread and calls
``done(result)`` or ``failed(exception)`` **on the GUI thread** (a queued signal of a QObject
that lives there). Worker code never touches widgets; it gets a :class:`TaskControl` to report
progress and to see whether the reviewer cancelled.

Two pools: reads and parsing on a small general pool; everything that writes the review
database (import, decide, export, recheck) on a single-worker pool, so writes never race and
SQLite's one writer is never fought over by two threads of the same program.

:class:`DelayedProgress` shows a cancellable progress dialog only when an operation takes longer
than half a second (a flash of a dialog for a quick one is worse than none).

``Tasks(synchronous=True)`` runs work in the calling thread and delivers results at once: unit
tests use it to drive panels without threads.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)

R = TypeVar("R")
T = TypeVar("T")
PROGRESS_DELAY_MS = 500


class TaskControl:
    """What the worker sees: report progress, check for cancellation."""

    def __init__(self, task: Task[Any]) -> None:
        self._task = task
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def progress(self, done: int, total: int, text: str = "") -> None:
        try:
            self._task.progressed.emit(done, total, text)
        except RuntimeError:  # the window closed while the work ran
            log.debug("progress after the task's receiver was deleted")


class Task(QObject, Generic[R]):
    """One piece of background work; its signals arrive on the GUI thread."""

    succeeded = Signal(object)
    errored = Signal(object)
    progressed = Signal(int, int, str)
    #: Emitted after success or failure has been handled.
    ended = Signal()

    def __init__(self, label: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.label = label
        self.control = TaskControl(self)
        self.running = True

    def cancel(self) -> None:
        self.control.cancel()


def draw_pending() -> None:
    """Lay out and paint now whatever the window has pending (a message shown, rows changed, "Working…").

    Called before work goes to a thread. Painted while the work runs, each of the paint's many calls from Qt
    into Python waits for the interpreter the worker holds: a paint of the queue that takes ~25 ms took
    100-380 ms beside a batch being saved (``benchmarks/bench_batch.py``)."""
    for kind in (QEvent.Type.LayoutRequest, QEvent.Type.UpdateLater, QEvent.Type.UpdateRequest):
        QCoreApplication.sendPostedEvents(None, kind)


class _Runnable(QRunnable):
    def __init__(self, task: Task[Any], work: Callable[[TaskControl], Any]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._task = task
        self._work = work

    def run(self) -> None:
        try:
            outcome = self._work(self._task.control)
        except BaseException as exc:  # noqa: BLE001 - every failure must reach the GUI thread's handler
            self._emit(self._task.errored, exc)
        else:
            self._emit(self._task.succeeded, outcome)

    @staticmethod
    def _emit(signal: Any, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the receiver is gone (window closed): nothing left to tell
            log.debug("task result after its receiver was deleted")


class Tasks(QObject):
    """Runs work off the GUI thread; results come back on it."""

    #: Failures of tasks started without a ``failed`` handler.
    failed = Signal(object)
    #: Number of tasks running changed (the window shows a busy cursor while > 0).
    busyChanged = Signal(int)

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False, threads: int = 2) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max(1, threads))
        self._db_pool = QThreadPool(self)
        self._db_pool.setMaxThreadCount(1)  # one writer
        self._running: set[Task[Any]] = set()
        self._closing = False

    @property
    def closing(self) -> bool:
        return self._closing

    @property
    def busy(self) -> int:
        return len(self._running)

    def run(
        self,
        work: Callable[[TaskControl], R],
        *,
        done: Callable[[R], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
        writes: bool = False,
        label: str = "",
    ) -> Task[R]:
        """Start ``work``; ``writes=True`` puts it on the single database-writer thread."""
        task: Task[R] = Task(label, self)

        def on_success(value: object) -> None:
            self._finish(task)
            if done is not None and not self._closing:
                done(value)  # type: ignore[arg-type]
            task.ended.emit()

        def on_error(exc: object) -> None:
            self._finish(task)
            assert isinstance(exc, BaseException)
            if self._closing:
                log.debug("task %s failed while closing: %s", label, exc)
            elif failed is not None:
                failed(exc)
            else:
                self.failed.emit(exc)
            task.ended.emit()

        self._running.add(task)
        self.busyChanged.emit(len(self._running))
        if self.synchronous:
            try:
                outcome = work(task.control)
            except BaseException as exc:  # noqa: BLE001 - handed to the failure handler, as a thread would
                on_error(exc)
            else:
                on_success(outcome)
            return task
        task.succeeded.connect(on_success, Qt.ConnectionType.QueuedConnection)
        task.errored.connect(on_error, Qt.ConnectionType.QueuedConnection)
        draw_pending()
        (self._db_pool if writes else self._pool).start(_Runnable(task, work))
        return task

    def _finish(self, task: Task[Any]) -> None:
        task.running = False
        self._running.discard(task)
        self.busyChanged.emit(len(self._running))
        task.deleteLater()

    def cancel_all(self) -> None:
        for task in list(self._running):
            task.cancel()

    def wait(self, msecs: int = 30_000) -> bool:
        """Wait for every started task's work to end (results may still be queued)."""
        return self._pool.waitForDone(msecs) and self._db_pool.waitForDone(msecs)

    def shutdown(self, msecs: int = 30_000) -> bool:
        """Cancel what can be cancelled and wait; results arriving afterwards are dropped."""
        self._closing = True
        self.cancel_all()
        return self.wait(msecs)


class Batch(QObject, Generic[T, R]):
    """Items run one task each, in order: a long import never blocks a decision for more than one bundle.

    The items share the progress dialog and the cancel flag; a task queued by someone else on the
    same pool (a decision on the writer thread) runs between two items rather than after all of them.
    """

    progressed = Signal(int, int, str)
    ended = Signal()

    def __init__(
        self,
        tasks: Tasks,
        items: Sequence[T],
        work: Callable[[T, TaskControl], R],
        *,
        describe: Callable[[T], str] = str,
        writes: bool = False,
        done: Callable[[list[tuple[T, R | BaseException]], bool], None] | None = None,
        item_done: Callable[[T, R | BaseException], None] | None = None,
        label: str = "",
    ) -> None:
        super().__init__(tasks)
        self.tasks = tasks
        self.items = list(items)
        self.work = work
        self.describe = describe
        self.writes = writes
        self.done = done
        self.item_done = item_done
        self.label = label
        self.results: list[tuple[T, R | BaseException]] = []
        self.running = True
        self._cancel = threading.Event()
        self._next = 0

    def start(self) -> Batch[T, R]:
        self._step()
        return self

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _record(self, item: T, outcome: R | BaseException) -> None:
        self.results.append((item, outcome))
        if self.item_done is not None and not self.tasks.closing:
            self.item_done(item, outcome)
        self._step()

    def _step(self) -> None:
        total = len(self.items)
        if self._next >= total or self._cancel.is_set() or self.tasks.closing:
            self.running = False
            self.progressed.emit(len(self.results), total, "")
            if self.done is not None and not self.tasks.closing:
                self.done(self.results, self._cancel.is_set())
            self.ended.emit()
            self.deleteLater()
            return
        item = self.items[self._next]
        self._next += 1
        self.progressed.emit(self._next - 1, total, self.describe(item))

        def run(control: TaskControl) -> R:
            return self.work(item, control)

        def ok(value: R) -> None:
            self._record(item, value)

        def bad(exc: BaseException) -> None:
            if not isinstance(exc, Exception):
                raise exc
            self._record(item, exc)

        self.tasks.run(run, done=ok, failed=bad, writes=self.writes, label=self.label)


class DelayedProgress(QObject):
    """A cancellable progress dialog for ``task``, shown only if it runs longer than half a second."""

    def __init__(
        self, task: Task[Any] | Batch[Any, Any], parent: QWidget, title: str, delay_ms: int = PROGRESS_DELAY_MS
    ) -> None:
        super().__init__(parent)
        self.task = task
        self.dialog = QProgressDialog(title, "Cancel", 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setAccessibleName(title)
        self.dialog.setToolTip("Cancel stops after the bundle being read now; what was imported stays.")
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumDuration(0)
        self.dialog.hide()
        self.dialog.canceled.connect(self._cancel)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show)
        self._timer.start(delay_ms)
        task.progressed.connect(self._progress)
        task.ended.connect(self._end)
        self.shown = False

    def _show(self) -> None:
        if self.task.running:
            self.shown = True
            self.dialog.show()

    def _progress(self, done: int, total: int, text: str) -> None:
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, max(total, 1)))
        if text:
            self.dialog.setLabelText(text)

    def _cancel(self) -> None:
        self.task.cancel()
        self.dialog.setLabelText("Cancelling after the current bundle…")

    def _end(self) -> None:
        self._timer.stop()
        self.dialog.hide()
        self.dialog.deleteLater()
        self.deleteLater()
