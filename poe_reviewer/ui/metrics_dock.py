"""The reviewer metrics dock: the team's pace, the checks reviewers disagree with most, QC, due-date health.

The numbers are :func:`poe_reviewer.application.metrics.compute_metrics`'s (the same as ``poe-reviewer stats``),
computed on a worker thread when the dock is shown and after decisions; the charts are drawn with QPainter
(QtCharts is not part of PySide6-Essentials).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QHeaderView, QLabel, QSizePolicy, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from poe_reviewer.application.metrics import Metrics
from poe_reviewer.ui.widgets import WrappedLabel, named

DUE_PARTS = (
    ("overdue", "overdue", QColor("#c0392b")),
    ("today", "due today", QColor("#e67e22")),
    ("week", "this week", QColor("#f1c40f")),
    ("later", "later", QColor("#7f8c8d")),
    ("none", "no deadline", QColor("#bdc3c7")),
)
BAR = QColor("#2e86c1")


class Bars(QWidget):
    """Labelled horizontal bars (label, value, text shown at the bar's end), longest value the full width."""

    def __init__(self, name: str, tip: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, name, tip)
        self.rows: list[tuple[str, float, str, QColor]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_rows(self, rows: Sequence[tuple[str, float, str, QColor]]) -> None:
        self.rows = list(rows)
        self.setFixedHeight(max(1, len(self.rows)) * self._line() + 4)
        self.setAccessibleDescription("; ".join(f"{label}: {text}" for label, _v, text, _c in self.rows))
        self.update()

    def _line(self) -> int:
        return self.fontMetrics().height() + 6

    def sizeHint(self) -> QSize:
        return QSize(240, max(1, len(self.rows)) * self._line() + 4)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_color = self.palette().color(QPalette.ColorRole.WindowText)
        if not self.rows:
            p.setPen(text_color)
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, "Nothing yet.")
            return
        fm = self.fontMetrics()
        label_w = min(max(fm.horizontalAdvance(r[0]) for r in self.rows) + 8, self.width() // 2)
        top = max((r[1] for r in self.rows), default=0.0) or 1.0
        line = self._line()
        for i, (label, value, text, color) in enumerate(self.rows):
            y = 2 + i * line
            p.setPen(text_color)
            p.drawText(QRectF(0, y, label_w - 4, line), Qt.AlignmentFlag.AlignVCenter,
                       fm.elidedText(label, Qt.TextElideMode.ElideRight, label_w - 6))  # fmt: skip
            room = self.width() - label_w - fm.horizontalAdvance(text) - 10
            width = max(2.0, room * value / top) if value else 0.0
            p.fillRect(QRectF(label_w, y + 3, width, line - 6), color)
            p.drawText(QRectF(label_w + width + 4, y, self.width(), line), Qt.AlignmentFlag.AlignVCenter, text)


class MetricsPanel(QWidget):
    """Headline numbers, decisions per day, checks disagreed with, QC, due dates, and the reviewers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.metrics: Metrics | None = None
        self.headline = WrappedLabel()
        self.headline.setTextFormat(Qt.TextFormat.RichText)
        named(self.headline, "Metrics summary", "Decisions, pace, time to decision, suggestions overridden, QC")
        self.days = Bars("Decisions per day", "Decisions saved per day (UTC), the last fourteen days with any")
        self.checks = Bars(
            "Checks disagreed with",
            "How often a check failed and the reviewer approved all the same: the verdicts reviewers disagree "
            "with most, the first place to improve the checks",
        )
        self.due = Bars("Due dates", "Claims still to review, by their next deadline")
        self.reviewers = QTableWidget(0, 5)
        named(self.reviewers, "Reviewers", "Each reviewer's pace, suggestions overridden and QC overturns")
        self.reviewers.setHorizontalHeaderLabels(["Reviewer", "Decided", "Per hour", "Overridden", "QC overturned"])
        self.reviewers.verticalHeader().hide()
        named(self.reviewers.horizontalHeader(), "Reviewer columns", "Reviewer, decided, per hour, overridden, QC")
        named(self.reviewers.verticalHeader(), "Reviewer rows", "One row per reviewer")
        self.reviewers.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.reviewers.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.headline)
        sections = (
            ("Decisions per day", self.days),
            ("Checks reviewers disagree with most (failed, approved all the same)", self.checks),
            ("To review, by deadline", self.due),
        )
        for title, widget in sections:
            heading = QLabel(f"<b>{title}</b>")
            heading.setWordWrap(True)  # a long heading must not make the window wider than a laptop screen
            named(heading, title, title)
            layout.addWidget(heading)
            layout.addWidget(widget)
        layout.addWidget(self.reviewers, 1)
        self.set_metrics(None)

    def set_metrics(self, metrics: Metrics | None) -> None:
        self.metrics = metrics
        if metrics is None:
            self.headline.setText("Computing…")
            return
        hours = metrics.median_hours_to_decision
        qc = metrics.qc
        overturned = sum(r.overturned for r in qc.by_reviewer.values())
        checked = sum(r.checked for r in qc.by_reviewer.values())
        self.headline.setText(
            f"<b>{metrics.decided}</b> decisions"
            + (f"; median <b>{hours:.1f} h</b> from import to decision" if hours is not None else "")
            + f"; suggestions overridden <b>{metrics.overridden_share:.0%}</b> ({metrics.overridden} of "
            f"{metrics.followed + metrics.overridden})"
            + (f"; QC: {qc.pending} waiting, {overturned} of {checked} overturned" if qc.pending or checked else "")
        )
        recent = metrics.per_day[-14:]
        self.days.set_rows([(f"{d:%a %d %b}", n, str(n), BAR) for d, n in recent])
        disagreed = [c for c in metrics.by_check if c.failed][:6]
        self.checks.set_rows(
            [(c.check_id.replace("_", " "), c.share, f"{c.approved_anyway} of {c.failed} ({c.share:.0%})",
              QColor("#b9770e")) for c in disagreed]
        )  # fmt: skip
        self.due.set_rows([(label, metrics.due.get(key, 0), str(metrics.due.get(key, 0)), color)
                           for key, label, color in DUE_PARTS])  # fmt: skip
        self.reviewers.setRowCount(len(metrics.reviewers))
        for row, r in enumerate(metrics.reviewers):
            rate = qc.by_reviewer.get(r.reviewer)
            cells = (r.reviewer, str(r.decided), f"{r.per_hour:.1f}", str(r.overridden),
                     f"{rate.overturned} of {rate.checked}" if rate else "—")  # fmt: skip
            for column, text in enumerate(cells):
                self.reviewers.setItem(row, column, QTableWidgetItem(text))
