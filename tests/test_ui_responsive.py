"""The window stays responsive beside background work: what is pending is drawn before a task starts (painted
while a worker runs, each call from Qt into Python waits for the interpreter).

The interpreter's set-up for the window is tested with the command (test_ui_window.py)."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QLabel

from poe_reviewer.ui.tasks import Tasks


class CountingLabel(QLabel):
    def __init__(self) -> None:
        super().__init__("Ready")
        self.paints = 0

    def paintEvent(self, event: QPaintEvent) -> None:
        self.paints += 1
        super().paintEvent(event)


def test_a_task_starts_after_the_window_has_drawn_what_was_pending(qtbot: Any) -> None:
    label = CountingLabel()
    qtbot.addWidget(label)
    label.show()
    qtbot.waitExposed(label)
    qtbot.waitUntil(lambda: label.paints > 0)
    tasks = Tasks()
    before = label.paints
    label.setText("Working on 500 claims…")  # a change the window has yet to paint
    seen: list[int] = []
    started = threading.Event()

    def work(_control: object) -> None:
        seen.append(label.paints)  # what the window had drawn when the worker began
        started.set()

    tasks.run(work)
    # the GUI thread waits here without turning its event loop: only a paint done before the start counts
    assert started.wait(10)
    assert seen[0] > before
    qtbot.waitUntil(lambda: tasks.busy == 0)
