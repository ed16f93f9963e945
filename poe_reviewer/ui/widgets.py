"""Small widgets the workbench window is built from."""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from poe_reviewer.application.queue import ClaimDetail
from poe_reviewer.ui.queue_model import PROGRAM_NAMES


def named(widget: QWidget, name: str, tip: str) -> QWidget:
    widget.setAccessibleName(name)
    widget.setToolTip(tip)
    return widget


class WrappedLabel(QLabel):
    """A word-wrapped label as tall as its text needs at its width (a layout otherwise gives it a fixed guess of
    lines, and the end of a longer text is cut off). The height is fitted once per width, after the resize: a
    height set inside the resize would resize the label again, without end."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self._fitted_for: tuple[int, str] | None = None

    def _fit(self) -> None:
        key = (self.width(), self.text())
        if self._fitted_for == key or self.width() <= 1:
            return
        self._fitted_for = key
        # a line to spare: Qt's estimate of rich text runs a line short where bold words wrap differently
        needed = self.heightForWidth(self.width())
        if needed > 0:
            self.setMinimumHeight(needed + self.fontMetrics().lineSpacing())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            QTimer.singleShot(0, self, self._fit)

    def setText(self, text: str) -> None:
        super().setText(text)
        QTimer.singleShot(0, self, self._fit)


class MessageBar(QFrame):
    """A message across the top of the window: warnings and errors stay until dismissed."""

    COLORS: ClassVar[dict[str, str]] = {"info": "#d6eaf8", "warning": "#fdebd0", "error": "#fadbd8"}
    TEXT: ClassVar[dict[str, str]] = {"info": "#1b4f72", "warning": "#7e5109", "error": "#78281f"}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Message")
        self.setToolTip("The latest message; dismiss it with the × button")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        named(self.label, "Message text", "The message (selectable, to copy)")
        close = QPushButton("×")
        close.setFlat(True)
        close.setFixedWidth(28)
        named(close, "Dismiss message", "Hide this message")
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.level = "info"
        self.hide()

    def show_message(self, text: str, level: str = "info") -> None:
        self.level = level
        self.setStyleSheet(
            f"MessageBar {{ background: {self.COLORS[level]}; border-radius: 4px; }} "
            f"QLabel, QPushButton {{ color: {self.TEXT[level]}; }}"
        )
        self.label.setText(text)
        self.setAccessibleDescription(text)
        self.show()

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""


def header_text(detail: ClaimDetail) -> str:
    """The open claim in three lines: id and program; partner and customer; subject, dates and flags."""
    c = detail.claim
    s = detail.summary
    kind = PROGRAM_NAMES.get(c.program, c.program) + (f" {c.claim_kind.replace('_', '-')}" if c.claim_kind else "")
    subject = c.engagement.name if c.engagement else ", ".join(w.name for w in c.workloads)
    parts = [
        f"<b style='font-size:large'>{s.claim_id}</b>"
        + (f" (revision {s.revision})" if s.revision > 1 else "")
        + f" · {kind} · {c.solution_area}",
        f"<b>{_esc(c.partner.name)}</b> ({c.partner.country}) for "
        f"<b>{_esc(c.customer.name)}</b> ({c.customer.country}{', public sector' if s.public_sector else ''})",
        f"{_esc(subject)} · submitted {c.submitted_on.isoformat()}",
    ]
    due = detail.clocks.next_due()
    if due is not None:
        late = due < dt.date.today()
        color = "#c0392b" if late else "inherit"
        parts[-1] += (
            f" · <span style='color:{color}'>next deadline {due.isoformat()}{' (overdue)' if late else ''}</span>"
        )
    flags = []
    if detail.flags.get("conflict_with"):
        flags.append(f"conflicts with {', '.join(detail.flags['conflict_with'])}")
    if detail.flags.get("reused_with"):
        flags.append(f"same evidence as {', '.join(detail.flags['reused_with'])}")
    if flags:
        parts.append("<span style='color:#8e44ad'>⚑ " + "; ".join(flags) + "</span>")
    return "<br>".join(parts)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
