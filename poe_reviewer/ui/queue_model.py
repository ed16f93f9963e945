"""The queue table: a thin Qt model over the rows :meth:`ReviewQueue.list_claims` returns.

The model holds the :class:`~poe_reviewer.application.queue.ClaimSummary` tuples of one query and
never touches the database: ``data()`` formats what is already in memory, so scrolling ten
thousand claims costs no query at all. Sorting happens in the model (one Python sort of the
row list, a few milliseconds for 10,000 claims) rather than in the proxy, whose per-comparison
calls into Python would take a large part of a second; the :class:`QueueFilter` proxy only
filters (status, program, suggestion, due, reviewer, free-text search) and forwards sorting to
the model.

Custom roles: :data:`SUMMARY_ROLE` (the row's ClaimSummary), :data:`BADGES_ROLE` (the badge
names), :data:`SORT_ROLE` (the value a column sorts by).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPalette
from PySide6.QtWidgets import QWidget

from poe_reviewer.application.queue import TO_REVIEW, ClaimSummary

SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1
BADGES_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3
CLAIM_ID_ROLE = Qt.ItemDataRole.UserRole + 4
#: The smaller second line of a cell when the queue is narrow: what the folded columns would show
#: (partner and customer under the claim, the program under the due date, the status under the
#: suggestion, the workloads under the flags; ui/queue_rows.py draws it).
SECOND_LINE_ROLE = Qt.ItemDataRole.UserRole + 5

ModelIndex = QModelIndex | QPersistentModelIndex

PROGRAM_NAMES = {"cpor": "CPOR", "partner_activities": "Partner Activities"}
STATUS_NAMES = {
    TO_REVIEW: "To review",
    "approved": "Approved",
    "rejected": "Rejected",
    "action_required": "Action required",
    "partially_approved": "Partly approved",
}
RECOMMENDATION_NAMES = {
    "approve": "Approve",
    "review": "Review",
    "reject": "Reject",
    "action_required": "Action required",
}
CLOCK_NAMES = {
    "review": "review deadline (5 business days)",
    "respond": "partner's deadline to respond",
    "dispute": "end of the dispute window",
    "conflict": "end of the conflicting-claim window",
}
BADGE_NAMES = {
    "conflict": "conflict",
    "reused": "reused evidence",
    "overdue": "overdue",
    "expired": "expired",
    "returning": "returning",
    "public_sector": "public sector",
}
#: Badge colours (background); text is drawn white on them.
BADGE_COLORS = {
    "conflict": QColor("#8e44ad"),
    "reused": QColor("#c0392b"),
    "overdue": QColor("#d35400"),
    "expired": QColor("#7b241c"),
    "returning": QColor("#117a65"),
    "public_sector": QColor("#2471a3"),
}
#: A reviewer's tag (from a note): one colour, apart from the checks' flags.
TAG_COLOR = QColor("#566573")
RECOMMENDATION_COLORS = {
    "approve": QColor("#1e8449"),
    "reject": QColor("#c0392b"),
    "action_required": QColor("#b9770e"),
    "review": QColor("#2e86c1"),
}
OVERDUE_COLOR = QColor("#c0392b")
#: Colour of the dot before a decided claim's id (the status column may be scrolled away).
DECISION_COLORS = {
    "approved": QColor("#1e8449"),
    "rejected": QColor("#c0392b"),
    "action_required": QColor("#b9770e"),
    "partially_approved": QColor("#16a085"),
}


@cache
def decision_dot(status: str, size: int = 12) -> QImage:
    # a QImage, not a QPixmap: data() may be asked from a model test without a GUI application
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(DECISION_COLORS.get(status, QColor("#7f8c8d")))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return image


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    tip: str


COLUMNS: tuple[Column, ...] = (
    # what a reviewer triages by first; the parties and workloads after
    Column("claim_id", "Claim", "Claim id (and revision when resubmitted)"),
    Column("due", "Due in", "Days to the next deadline (red: overdue)"),
    Column("recommendation", "Suggested", "What the checks suggest"),
    Column("badges", "Flags", "Conflict, reused evidence, overdue, public sector"),
    Column("partner", "Partner", "The partner that claims the incentive"),
    Column("customer", "Customer", "The end customer"),
    Column("workloads", "Workloads", "Claimed workloads"),
    Column("program", "Program", "CPOR or Partner Activities"),
    Column("status", "Status", "To review, or the decision saved"),
)
COLUMN = {c.key: i for i, c in enumerate(COLUMNS)}
_NO_DUE = 10**9


def due_days(summary: ClaimSummary, today: dt.date) -> int | None:
    return None if summary.next_due is None else (summary.next_due - today).days


def due_text(days: int | None) -> str:
    if days is None:
        return "—"
    if days < 0:
        return f"{-days} d late"
    if days == 0:
        return "today"
    return f"in {days} d"


def badges(summary: ClaimSummary, today: dt.date) -> tuple[str, ...]:
    # the rare, decisive flags first: "overdue" is also said by the red due date
    out: list[str] = []
    if summary.conflict:
        out.append("conflict")
    if summary.reused:
        out.append("reused")
    if summary.public_sector:
        out.append("public_sector")
    if summary.expired(today):
        out.append("expired")  # the Action Required's days ran out unanswered: suggest the rejection
    elif summary.overdue(today):
        out.append("overdue")
    if summary.revision > 1 and summary.status == TO_REVIEW:
        out.append("returning")  # back after a decision: what changed is shown first
    # the reviewers' own tags (notes), after the checks' flags
    out += [f"#{t}" for t in summary.tags.split(",") if t]
    return tuple(out)


class QueueModel(QAbstractTableModel):
    """The claims of the queue, one row each, in memory."""

    def __init__(self, parent: QObject | None = None, *, today: Callable[[], dt.date] | None = None) -> None:
        super().__init__(parent)
        self._today_fn = today or dt.date.today
        self.today = self._today_fn()
        self._rows: list[ClaimSummary] = []
        self._search: list[str] = []
        self._row_of: dict[str, int] = {}
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # -- loading -------------------------------------------------------------------------------------
    def set_claims(self, claims: Sequence[ClaimSummary]) -> None:
        """Replace every row (the result of one ``list_claims`` query), keeping the current sort."""
        self.beginResetModel()
        self.today = self._today_fn()
        self._rows = list(claims)
        if self._sort is not None:
            self._rows.sort(key=self._key_fn(self._sort[0]), reverse=self._sort[1] == Qt.SortOrder.DescendingOrder)
        self._reindex()
        self.endResetModel()

    def update_claim(self, summary: ClaimSummary) -> None:
        """Replace (or add) one claim's row after a decision or an import."""
        row = self._row_of.get(summary.claim_id)
        if row is None:
            at = len(self._rows)
            self.beginInsertRows(QModelIndex(), at, at)
            self._rows.append(summary)
            self._search.append(self._haystack(summary))
            self._row_of[summary.claim_id] = at
            self.endInsertRows()
            return
        self._rows[row] = summary
        self._search[row] = self._haystack(summary)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def _reindex(self) -> None:
        self._search = [self._haystack(s) for s in self._rows]
        self._row_of = {s.claim_id: i for i, s in enumerate(self._rows)}

    @staticmethod
    def _haystack(s: ClaimSummary) -> str:
        tags = " ".join(f"#{t}" for t in s.tags.split(",") if t)
        return f"{s.claim_id}\n{s.partner}\n{s.customer}\n{s.workloads}\n{tags}".casefold()

    # -- access --------------------------------------------------------------------------------------
    def summary(self, row: int) -> ClaimSummary:
        return self._rows[row]

    def search_text(self, row: int) -> str:
        return self._search[row]

    def row_of(self, claim_id: str) -> int | None:
        return self._row_of.get(claim_id)

    def claims(self) -> list[ClaimSummary]:
        return list(self._rows)

    # -- the Qt model --------------------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section].title
        if role == Qt.ItemDataRole.ToolTipRole:
            return COLUMNS[section].tip
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(COLUMNS):
            return None
        s = self._rows[index.row()]
        key = COLUMNS[index.column()].key
        if role == Qt.ItemDataRole.DisplayRole or role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display(s, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(s, key)
        if role == Qt.ItemDataRole.ForegroundRole:
            if key == "due" and s.overdue(self.today):
                return OVERDUE_COLOR
            if key == "recommendation":
                return RECOMMENDATION_COLORS.get(s.suggestion(self.today))
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            if key == "claim_id" and s.status != TO_REVIEW:
                return decision_dot(s.status)
            return None
        if role == Qt.ItemDataRole.FontRole:
            if key == "status" and s.status == TO_REVIEW:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "due":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == SUMMARY_ROLE:
            return s
        if role == CLAIM_ID_ROLE:
            return s.claim_id
        if role == BADGES_ROLE:
            return badges(s, self.today)
        if role == SORT_ROLE:
            return self._key_fn(index.column())(s)
        if role == SECOND_LINE_ROLE:
            return self._second_line(s, key)
        return None

    def _second_line(self, s: ClaimSummary, key: str) -> str:
        if key == "claim_id":
            return f"{s.partner} → {s.customer}"  # queue_rows.ARROW: each name elided on its own
        if key == "due":
            return "CPOR" if s.program == "cpor" else "PA"
        if key == "recommendation":
            return self._display(s, "status")
        if key == "badges":
            return s.workloads
        return ""

    def _display(self, s: ClaimSummary, key: str) -> str:
        if key == "claim_id":
            return s.claim_id if s.revision <= 1 else f"{s.claim_id} r{s.revision}"
        if key == "program":
            return PROGRAM_NAMES.get(s.program, s.program)
        if key == "status":
            # a decision a second reviewer has still to check is not final yet (second-level QC)
            return STATUS_NAMES.get(s.status, s.status) + (" · QC" if s.qc_pending else "")
        if key == "due":
            return due_text(due_days(s, self.today))
        if key == "recommendation":
            if s.expired(self.today):
                return f"{RECOMMENDATION_NAMES['reject']} (no response)"
            return RECOMMENDATION_NAMES.get(s.recommendation, s.recommendation)
        if key == "badges":
            return ", ".join(BADGE_NAMES.get(b, b) for b in badges(s, self.today))
        value: str = getattr(s, key)
        return value

    def _tooltip(self, s: ClaimSummary, key: str) -> str:
        if key == "due":
            if s.next_due is None:
                return "No deadline is running for this claim."
            clock = CLOCK_NAMES.get(s.next_clock or "", s.next_clock or "deadline")
            days = (s.next_due - self.today).days
            late = f" ({-days} days overdue)" if days < 0 else ""
            return f"{clock.capitalize()}: {s.next_due.isoformat()}{late}"
        if key == "status" and s.decided_by:
            qc = "; waiting for a second reviewer (QC) before it is exported" if s.qc_pending else ""
            return f"{STATUS_NAMES.get(s.status, s.status)} by {s.decided_by}{qc}"
        if key == "claim_id":
            # the parties and workloads, whichever columns the queue is narrow enough to fold away
            program = PROGRAM_NAMES.get(s.program, s.program)
            parts = [f"{s.claim_id}: {s.partner} for {s.customer}; {s.workloads}; {program}"]
            if s.status != TO_REVIEW:
                parts.append(
                    f"{STATUS_NAMES.get(s.status, s.status)}" + (f" by {s.decided_by}" if s.decided_by else "")
                )
            if s.leased_by:
                parts.append(f"open by {s.leased_by}")
            return " — ".join(parts)
        return self._display(s, key)

    # -- sorting -------------------------------------------------------------------------------------
    def _key_fn(self, column: int) -> Callable[[ClaimSummary], Any]:
        key = COLUMNS[column].key if 0 <= column < len(COLUMNS) else "due"
        today = self.today
        if key == "due":
            return lambda s: (s.next_due - today).days if s.next_due is not None else _NO_DUE
        if key == "badges":
            return lambda s: (-len(badges(s, today)), badges(s, today))
        if key == "claim_id":
            return lambda s: (len(s.claim_id), s.claim_id, s.revision)
        if key in ("partner", "customer", "workloads"):
            return lambda s: getattr(s, key).casefold()
        if key == "program":
            return lambda s: PROGRAM_NAMES.get(s.program, s.program)
        if key == "status":
            order = list(STATUS_NAMES)
            return lambda s: order.index(s.status) if s.status in order else len(order)
        if key == "recommendation":
            order = ["reject", "action_required", "approve"]
            return lambda s: order.index(s.recommendation) if s.recommendation in order else len(order)
        return lambda s: getattr(s, key)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows in place (stable), keeping selections and persistent indexes on their claims."""
        if not 0 <= column < len(COLUMNS):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        claim_of = [(p, self._rows[p.row()].claim_id, p.column()) for p in persistent if p.isValid()]
        self._rows.sort(key=self._key_fn(column), reverse=order == Qt.SortOrder.DescendingOrder)
        self._reindex()
        self.changePersistentIndexList(
            [p for p, _, _ in claim_of],
            [self.index(self._row_of[cid], col) for _, cid, col in claim_of],
        )
        self.layoutChanged.emit()


#: The status filter's choice for the decisions waiting for this reviewer's second-level QC.
QC_WAITING = "@qc"


@dataclass
class QueueFilters:
    """What the filter bar selects; empty means "any"."""

    status: str = ""
    program: str = ""
    recommendation: str = ""
    #: ``overdue``, ``today`` (due today or before) or ``week`` (within 7 days), as the store's filter.
    due: str = ""
    #: A reviewer's e-mail (decided by or has it open), ``@me`` or ``@nobody``.
    reviewer: str = ""
    search: str = ""


class QueueFilter(QSortFilterProxyModel):
    """Filters the queue; sorting is the source model's (see the module docstring)."""

    def __init__(self, parent: QObject | None = None, *, me: str = "") -> None:
        super().__init__(parent)
        self.filters = QueueFilters()
        self.me = me
        self._words: list[str] = []
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    def set_filters(self, filters: QueueFilters) -> None:
        self.beginFilterChange()
        self.filters = filters
        self._words = filters.search.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def queue(self) -> QueueModel:
        model = self.sourceModel()
        assert isinstance(model, QueueModel)
        return model

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        model = self.queue()
        s = model.summary(source_row)
        f = self.filters
        if f.status == QC_WAITING:
            # the decisions this reviewer may check: waiting for QC, and not their own (four eyes)
            if not s.qc_pending or (s.decided_by or "").casefold() == self.me.casefold():
                return False
        # an Action Required left unanswered past its days is the reviewer's again: listed to review
        elif f.status and s.status != f.status and not (f.status == TO_REVIEW and s.expired(model.today)):
            return False
        if f.program and s.program != f.program:
            return False
        if f.recommendation and s.suggestion(model.today) != f.recommendation:
            return False
        if f.due:
            if s.next_due is None:
                return False
            days = (s.next_due - model.today).days
            if (f.due == "overdue" and days >= 0) or (f.due == "today" and days > 0) or (f.due == "week" and days > 7):
                return False
        if f.reviewer:
            people = {p for p in (s.decided_by, s.leased_by) if p}
            if f.reviewer == "@nobody":
                if people:
                    return False
            elif (self.me if f.reviewer == "@me" else f.reviewer) not in people:
                return False
        if self._words:
            hay = model.search_text(source_row)
            return all(w in hay for w in self._words)
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        self.queue().sort(column, order)

    def summary_at(self, proxy_row: int) -> ClaimSummary:
        return self.queue().summary(self.mapToSource(self.index(proxy_row, 0)).row())

    def proxy_row_of(self, claim_id: str) -> int | None:
        row = self.queue().row_of(claim_id)
        if row is None:
            return None
        mapped = self.mapFromSource(self.queue().index(row, 0))
        return mapped.row() if mapped.isValid() else None

    def visible_ids(self) -> list[str]:
        return [self.summary_at(r).claim_id for r in range(self.rowCount())]


def palette_text_color(widget: QWidget) -> QColor:
    return widget.palette().color(QPalette.ColorRole.Text)
