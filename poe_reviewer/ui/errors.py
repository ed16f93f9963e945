"""How the workbench tells the reviewer that something went wrong: one translation, two presentations.

:func:`user_message` is the one place that turns an exception into words for the reviewer.
Expected errors (every :class:`~poe_reviewer.errors.PoeReviewerError`, files that cannot be
read) are shown in the window's message bar; anything else is a bug and goes to a non-modal box
with the details to copy. :func:`install_hooks` routes exceptions that escape anywhere (the GUI
thread, a worker thread) to that box instead of killing the program.

Tests switch error windows off with :func:`set_error_windows`; unexpected errors are then
collected in :data:`unexpected` (and logged) rather than shown.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from poe_reviewer.application.queue import (
    AlreadyDecidedError,
    DatabaseError,
    NewerDatabaseError,
    StaleDecisionError,
    UnknownClaimError,
)
from poe_reviewer.errors import BundleError, ExtractionError, PoeReviewerError, PolicyError
from poe_reviewer.export import ExportError
from poe_reviewer.review import DecisionError
from poe_reviewer.templates import TemplateError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class UserMessage:
    title: str
    text: str
    #: False for bugs: shown with the technical details.
    expected: bool = True
    details: str = ""


# Most specific first: the first matching class gives the title.
_TITLES: tuple[tuple[type[BaseException], str], ...] = (
    (AlreadyDecidedError, "This claim already has a decision"),
    (StaleDecisionError, "The claim changed while you were deciding"),
    (UnknownClaimError, "Claim not found"),
    (DecisionError, "The decision cannot be saved as it is"),
    (TemplateError, "The comment template cannot be used"),
    (NewerDatabaseError, "The database is newer than this program"),
    (DatabaseError, "Database problem"),
    (BundleError, "A bundle cannot be imported"),
    (ExtractionError, "A document cannot be read"),
    (PolicyError, "A policy file is broken"),
    (ExportError, "The export cannot be written"),
    (PoeReviewerError, "POE Reviewer"),
)


def user_message(exc: BaseException) -> UserMessage:
    """The reviewer's words for ``exc``."""
    for cls, title in _TITLES:
        if isinstance(exc, cls):
            text = str(exc) or title
            if isinstance(exc, StaleDecisionError):
                text += " The claim has been reloaded with what is saved now."
            return UserMessage(title, text)
    if isinstance(exc, OSError):
        where = f" ({exc.filename})" if exc.filename else ""
        return UserMessage("File problem", f"{exc.strerror or exc}{where}.")
    if isinstance(exc, MemoryError):
        return UserMessage("Out of memory", "The computer ran out of memory for this operation.")
    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    return UserMessage(
        "Unexpected error",
        f"Something went wrong inside POE Reviewer: {type(exc).__name__}: {exc}. "
        "Your saved decisions are safe. Please send the details below to the team.",
        expected=False,
        details=details,
    )


_error_windows = True
#: Unexpected errors seen while error windows are off (tests).
unexpected: list[UserMessage] = []
# Non-modal boxes must outlive the function that opened them (Python would delete them).
_open_boxes: list[QMessageBox] = []


def set_error_windows(enabled: bool) -> None:
    global _error_windows
    _error_windows = enabled


def show_unexpected(message: UserMessage, parent: QWidget | None = None) -> None:
    """A non-modal box with the details; logged and collected instead when error windows are off."""
    log.error("%s: %s\n%s", message.title, message.text, message.details)
    if not _error_windows:
        unexpected.append(message)
        return
    box = QMessageBox(QMessageBox.Icon.Critical, message.title, message.text, QMessageBox.StandardButton.Close, parent)
    box.setDetailedText(message.details)
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.setAccessibleName("Unexpected error")
    box.setToolTip("Copy the details with the 'Show Details…' button")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _open_boxes.append(box)
    box.destroyed.connect(lambda *_: _open_boxes.remove(box) if box in _open_boxes else None)
    box.show()


class _HookRelay(QObject):
    """Carries exceptions from any thread to the GUI thread (a queued signal)."""

    raised = Signal(object)


@dataclass
class _Hooks:
    relay: _HookRelay
    sys_hook: Callable[[type[BaseException], BaseException, TracebackType | None], object]
    thread_hook: Callable[[threading.ExceptHookArgs], object]


_installed: _Hooks | None = None


def install_hooks(present: Callable[[BaseException], None] | None = None) -> None:
    """Route uncaught exceptions of every thread to ``present`` (default: the unexpected-error box)."""
    global _installed
    if _installed is not None:
        return
    relay = _HookRelay()
    app = QApplication.instance()
    if app is not None:
        relay.moveToThread(app.thread())
    target = present or (lambda exc: show_unexpected(user_message(exc)))
    relay.raised.connect(target, Qt.ConnectionType.QueuedConnection)

    def sys_hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        relay.raised.emit(value)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            relay.raised.emit(args.exc_value)

    _installed = _Hooks(relay, sys.excepthook, threading.excepthook)
    sys.excepthook = sys_hook
    threading.excepthook = thread_hook


def uninstall_hooks() -> None:
    global _installed
    if _installed is None:
        return
    sys.excepthook = _installed.sys_hook
    threading.excepthook = _installed.thread_hook
    _installed = None
