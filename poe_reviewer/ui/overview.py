"""The queue at a glance: claims by review state and by suggestion, overdue claims, decisions today.

:func:`compute_overview` counts from the queue rows the window already holds (no query);
:func:`decisions_since` is the one count that needs the database (decisions are not in the queue
rows), a single ``COUNT`` run on a worker thread. :class:`OverviewChart` draws it all with
QPainter (QtCharts is not part of PySide6-Essentials).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from poe_reviewer.application.queue import STATUSES, TO_REVIEW, ClaimSummary, ReviewQueue
from poe_reviewer.ui.queue_model import RECOMMENDATION_COLORS, RECOMMENDATION_NAMES, STATUS_NAMES

STATUS_COLORS = {
    TO_REVIEW: QColor("#5d6d7e"),
    "approved": QColor("#1e8449"),
    "rejected": QColor("#c0392b"),
    "action_required": QColor("#b9770e"),
    "partially_approved": QColor("#16a085"),
}


@dataclass(frozen=True)
class Overview:
    total: int = 0
    by_status: dict[str, int] = field(default_factory=dict)
    #: Suggestions of the claims still to review.
    by_recommendation: dict[str, int] = field(default_factory=dict)
    overdue: int = 0
    decided_today: int = 0

    def describe(self) -> str:
        states = ", ".join(f"{STATUS_NAMES.get(k, k).lower()} {v}" for k, v in self.by_status.items() if v)
        sugg = ", ".join(
            f"{RECOMMENDATION_NAMES.get(k, k).lower()} {v}" for k, v in self.by_recommendation.items() if v
        )
        return (
            f"{self.total} claims ({states or 'none'}); to review, the checks suggest: {sugg or 'nothing'}; "
            f"{self.overdue} overdue; {self.decided_today} decided today."
        )


def compute_overview(claims: Sequence[ClaimSummary], today: dt.date, decided_today: int = 0) -> Overview:
    # an Action Required left unanswered past its days is to review again, suggested reject (issue 16)
    to_review = [c for c in claims if c.status == TO_REVIEW or c.expired(today)]
    by_status = Counter(TO_REVIEW if c.expired(today) else c.status for c in claims)
    by_rec = Counter(c.suggestion(today) for c in to_review)
    return Overview(
        total=len(claims),
        by_status={s: by_status.get(s, 0) for s in STATUSES},
        by_recommendation={r: by_rec.get(r, 0) for r in ("approve", "review", "action_required", "reject")},
        overdue=sum(1 for c in claims if c.overdue(today)),
        decided_today=decided_today,
    )


def start_of_local_day(now: dt.datetime | None = None) -> dt.datetime:
    """Midnight of the reviewer's local day, as an aware UTC moment."""
    local = (now or dt.datetime.now(dt.UTC)).astimezone()
    return local.replace(hour=0, minute=0, second=0, microsecond=0).astimezone(dt.UTC)


def decisions_since(store: ReviewQueue, since: dt.datetime) -> int:
    """How many decisions were saved since ``since`` (replaced ones included: they were work done)."""
    return store.count_decisions_since(since)


def segment_widths(counts: dict[str, int], width: float, least: Callable[[int], float]) -> dict[str, float]:
    """Each non-empty segment's width in a bar of ``width``: in proportion to its count, but never narrower than
    ``least(count)`` (room for its number), so that every segment is labelled; the rest share what is left."""
    shown = {k: n for k, n in counts.items() if n}
    floors = {k: least(n) for k, n in shown.items()}
    if not shown or sum(floors.values()) >= width:
        total = sum(shown.values()) or 1
        return {k: width * n / total for k, n in shown.items()}
    fixed: dict[str, float] = {}
    while True:
        free = width - sum(fixed.values())
        rest = {k: n for k, n in shown.items() if k not in fixed}
        if not rest:  # every segment at its least: they share the bar in that proportion
            return {k: w * width / sum(fixed.values()) for k, w in fixed.items()}
        total = sum(rest.values())
        small = {k: floors[k] for k, n in rest.items() if free * n / total < floors[k]}
        if not small:
            return {**fixed, **{k: free * n / total for k, n in rest.items()}}
        fixed.update(small)


class OverviewChart(QWidget):
    """Two stacked bars (review states, suggestions to review) and two numbers (overdue, decided today).

    Clicking a segment asks the window to filter the queue by it (``segmentClicked``).
    """

    #: ("status", value) or ("recommendation", value) or ("due", "overdue")
    segmentClicked = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.overview = Overview()
        self._hits: list[tuple[QRectF, str, str]] = []
        self.setAccessibleName("Queue overview")
        self.setToolTip("Claims by review state and by suggestion; click a bar to filter the queue.")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(self.sizeHint().height())

    def sizeHint(self) -> QSize:
        fm = QFontMetrics(self.font())
        return QSize(300, fm.height() * 5 + 28)  # a laptop screen holds the queue beside it

    def set_overview(self, overview: Overview) -> None:
        self.overview = overview
        self.setAccessibleDescription(overview.describe())
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        for rect, kind, value in self._hits:
            if rect.contains(pos):
                self.segmentClicked.emit(kind, value)
                return
        super().mousePressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        muted = QColor(text)
        muted.setAlpha(150)
        fm = QFontMetrics(self.font())
        line = fm.height()
        margin = 6.0
        self._hits = []
        o = self.overview

        # the two numbers, on the right
        big = QFont(self.font())
        big.setPointSizeF(self.font().pointSizeF() * 1.9)
        big.setBold(True)
        bfm = QFontMetrics(big)
        numbers = [
            ("overdue", str(o.overdue), QColor("#c0392b") if o.overdue else text),
            ("decided today", str(o.decided_today), text),
        ]
        num_w = max(bfm.horizontalAdvance("0000"), fm.horizontalAdvance("decided today")) + 8
        x_num = self.width() - margin - num_w * len(numbers)
        for i, (label, value, color) in enumerate(numbers):
            x = x_num + i * num_w
            p.setFont(big)
            p.setPen(color)
            p.drawText(QRectF(x, margin, num_w, bfm.height()), int(Qt.AlignmentFlag.AlignHCenter), value)
            p.setFont(self.font())
            p.setPen(muted)
            p.drawText(QRectF(x, margin + bfm.height(), num_w, line), int(Qt.AlignmentFlag.AlignHCenter), label)
            if label == "overdue":
                self._hits.append((QRectF(x, margin, num_w, bfm.height() + line), "due", "overdue"))

        bar_x = margin
        bar_w = max(60.0, x_num - bar_x - 2 * margin)
        rows: list[tuple[str, str, dict[str, int], dict[str, QColor], dict[str, str]]] = [
            (f"Claims: {o.total}", "status", o.by_status, STATUS_COLORS, STATUS_NAMES),
            (
                f"To review, suggested: {sum(o.by_recommendation.values())}",
                "recommendation",
                o.by_recommendation,
                RECOMMENDATION_COLORS,
                RECOMMENDATION_NAMES,
            ),
        ]
        y = margin
        for title, kind, counts, colors, names in rows:
            p.setFont(self.font())
            p.setPen(text)
            p.drawText(QRectF(bar_x, y, bar_w, line), int(Qt.AlignmentFlag.AlignLeft), title)
            y += line + 2
            total = sum(counts.values())
            bar_h = line * 1.15
            if total == 0:
                p.setPen(muted)
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRoundedRect(QRectF(bar_x, y, bar_w, bar_h), 3, 3)
            else:
                x = bar_x
                widths = segment_widths(counts, bar_w, lambda n: fm.horizontalAdvance(str(n)) + 6)
                for key, count in counts.items():
                    if not count:
                        continue
                    w = widths[key]
                    rect = QRectF(x, y, w, bar_h)
                    p.setPen(Qt.PenStyle.NoPen)
                    p.setBrush(colors.get(key, muted))
                    p.drawRect(rect)
                    label = f"{names.get(key, key)} {count}"
                    short = str(count)
                    shown = (
                        label
                        if fm.horizontalAdvance(label) + 6 < w
                        else short
                        if fm.horizontalAdvance(short) + 4 < w
                        else ""
                    )
                    if shown:
                        p.setPen(QColor("white"))
                        p.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), shown)
                    self._hits.append((rect, kind, key))
                    x += w
            y += bar_h + 6
        p.end()
