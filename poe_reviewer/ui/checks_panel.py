"""The checks of the open claim: the suggestion on top, then each check with its evidence.

Problems come first (reject-class failures, other failures, checks that could not run,
warnings), then what passed, then what did not apply, each in the spec's order, so the
reviewer reads what matters before scrolling. Each evidence item is a child row ("quote — where");
clicking it, or walking the items with ``E`` (:meth:`ChecksPanel.next_evidence`), asks the
window to open the document at that page with the box highlighted (``evidenceActivated``).

Status icons are drawn with QPainter, so the panel needs no image files and stays crisp at any
scale.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from textwrap import shorten

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QIcon,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from poe_reviewer.application.returning import WhatChanged
from poe_reviewer.checks import CHECK_IDS
from poe_reviewer.checks.base import CheckResult, Evidence
from poe_reviewer.findings.facts import SharedEvidenceFact
from poe_reviewer.ui.queue_model import RECOMMENDATION_COLORS, RECOMMENDATION_NAMES

#: The CHECK_ROLE of the "What changed since the last decision" item of a returning claim.
CHANGES_ID = "what_changed"
REASON_MARKS = {"met": "✓", "not_met": "✗", "no_longer_applicable": "–"}
DOCUMENT_CHANGE_WORDS = {"added": "added", "replaced": "replaced", "renamed": "renamed, same content",
                         "removed": "removed", "unchanged": "unchanged"}  # fmt: skip
EVIDENCE_ROLE = Qt.ItemDataRole.UserRole + 10
#: A "What changed" row that opens the two revisions side by side: the document path ("" for none).
REVISION_ROLE = Qt.ItemDataRole.UserRole + 13
CHECK_ROLE = Qt.ItemDataRole.UserRole + 11
#: An item that shows both sides of evidence shared with another claim (a SharedEvidenceFact).
SHARED_ROLE = Qt.ItemDataRole.UserRole + 12

CHECK_TITLES = {
    "required_documents": "Required documents",
    "customer_acknowledgement": "Customer acknowledgement",
    "partner_customer_names": "Partner and customer names",
    "activity_detail": "Activity detail",
    "workload_match": "Workloads evidenced",
    "acknowledgement_date": "Acknowledgement date",
    "customer_domain": "Customer e-mail domain",
    "ineligible_customer": "Eligible customer",
    "public_sector": "Public sector",
    "unacceptable_documents": "Acceptable documents",
    "document_language": "Document language",
    "invoice": "Invoice",
    "attestations": "Attestations",
    "reused_evidence": "Reused evidence",
    "submission_window": "Submission window",
}
STATUS_TEXT = {
    "pass": "Pass",
    "fail": "Fail",
    "warn": "Check by hand",
    "not_applicable": "Not applicable",
    "error": "Could not run",
}
STATUS_COLORS = {
    "pass": QColor("#1e8449"),
    "fail": QColor("#c0392b"),
    "warn": QColor("#d68910"),
    "not_applicable": QColor("#95a5a6"),
    "error": QColor("#7d3c98"),
}


def check_title(check_id: str) -> str:
    return CHECK_TITLES.get(check_id, check_id.replace("_", " ").capitalize())


def _severity(result: CheckResult) -> int:
    if result.status == "fail":
        return 0 if result.reject else 1
    return {"error": 2, "warn": 3, "pass": 4, "not_applicable": 5}.get(result.status, 6)


def ordered(results: Sequence[CheckResult]) -> list[CheckResult]:
    """Problems first, then passes, then not applicable; the spec's order within each."""
    spec = {cid: i for i, cid in enumerate(CHECK_IDS)}
    return sorted(results, key=lambda r: (_severity(r), spec.get(r.id, len(spec))))


@cache
def status_icon(status: str, size: int = 32) -> QIcon:
    """A coloured disc with a mark: ✓ pass, ✗ fail, ! warn, – not applicable, ? error."""
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    color = STATUS_COLORS.get(status, QColor("#7f8c8d"))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(color)
    s = float(size)
    if status == "warn":
        tri = QPainterPath()
        tri.moveTo(s / 2, s * 0.06)
        tri.lineTo(s * 0.97, s * 0.92)
        tri.lineTo(s * 0.03, s * 0.92)
        tri.closeSubpath()
        p.drawPath(tri)
    else:
        p.drawEllipse(QRectF(s * 0.06, s * 0.06, s * 0.88, s * 0.88))
    pen = QPen(QColor("white"), s * 0.12, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    if status == "pass":
        p.drawPolyline([QPointF(s * 0.28, s * 0.52), QPointF(s * 0.44, s * 0.68), QPointF(s * 0.72, s * 0.34)])
    elif status == "fail":
        p.drawLine(QPointF(s * 0.32, s * 0.32), QPointF(s * 0.68, s * 0.68))
        p.drawLine(QPointF(s * 0.68, s * 0.32), QPointF(s * 0.32, s * 0.68))
    elif status == "warn":
        p.drawLine(QPointF(s / 2, s * 0.36), QPointF(s / 2, s * 0.6))
        p.drawPoint(QPointF(s / 2, s * 0.78))
    elif status == "not_applicable":
        p.drawLine(QPointF(s * 0.3, s / 2), QPointF(s * 0.7, s / 2))
    else:
        font = QFont()
        font.setPixelSize(int(s * 0.7))
        font.setBold(True)
        p.setFont(font)
        p.drawText(QRectF(0, 0, s, s), int(Qt.AlignmentFlag.AlignCenter), "?")
    p.end()
    return QIcon(pix)


def _both_sides_item(fact: SharedEvidenceFact) -> QTreeWidgetItem:
    here = f"{fact.document} p.{fact.page}" if fact.page else fact.document
    there = f"{fact.other_document} p.{fact.other_page}" if fact.other_page else fact.other_document
    text = f"⇆ Both sides: {here} and claim {fact.other_claim}'s {there}"
    child = QTreeWidgetItem([text])
    child.setData(0, SHARED_ROLE, fact)
    child.setToolTip(0, f"{text}\n\nClick to see this claim's page and the other claim's side by side, the shared "
                        "passage marked on both.")  # fmt: skip
    child.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"Show both sides: {here} and claim {fact.other_claim}")
    return child


def evidence_location(e: Evidence) -> str:
    name = e.document.rsplit("!/", 1)[-1].rsplit("/", 1)[-1] or e.document
    if e.page is not None:
        return f"{name}, page {e.page}"
    return name


def evidence_text(e: Evidence, limit: int = 160) -> str:
    quote = " ".join(e.quote.split())
    if len(quote) > limit:
        quote = quote[: limit - 1] + "…"
    return f"“{quote}” — {evidence_location(e)}" if quote else evidence_location(e)


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text at the tree's current width (QTreeView does not do that).

    A text with several lines shows its first line as a heading: bold (``heading="bold"``) or
    in a muted colour (``heading="muted"``); the rest wraps below it.
    """

    PAD = 3

    def __init__(self, tree: QTreeWidget, heading: str = "bold") -> None:
        super().__init__(tree)
        self.tree = tree
        self.heading = heading

    def _layout(self, opt: QStyleOptionViewItem, width: int) -> tuple[QFont, str, int, QFont, str, int]:
        # initStyleOption turns "\n" into U+2028 (Qt's line separator)
        head, _, body = opt.text.replace("\u2028", "\n").partition("\n")
        head_font = QFont(opt.font)
        if self.heading == "bold" and body:
            head_font.setBold(True)
        flags = int(Qt.TextFlag.TextWordWrap)
        head_h = QFontMetrics(head_font).boundingRect(QRect(0, 0, width, 1_000_000), flags, head).height()
        body_h = QFontMetrics(opt.font).boundingRect(QRect(0, 0, width, 1_000_000), flags, body).height() if body else 0
        return head_font, head, head_h, QFont(opt.font), body, body_h

    def _text_width(self, opt: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> int:
        depth = 1 if self.tree.rootIsDecorated() else 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        icon = self.tree.iconSize().width() + 6 if not opt.icon.isNull() else 0
        return max(60, self.tree.viewport().width() - self.tree.indentation() * depth - icon - 2 * self.PAD - 4)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        width = self._text_width(opt, index)
        _hf, _h, head_h, _bf, _b, body_h = self._layout(opt, width)
        height = max(head_h + body_h, self.tree.iconSize().height() if not opt.icon.isNull() else 0)
        return QSize(width, height + 2 * self.PAD)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, icon = opt.text, QIcon(opt.icon)
        opt.text = ""
        opt.icon = QIcon()
        style = self.tree.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, self.tree)
        rect = QRect(opt.rect).adjusted(self.PAD, self.PAD, -self.PAD, -self.PAD)
        painter.save()
        if not icon.isNull():
            size = self.tree.iconSize()
            icon.paint(painter, QRect(rect.left(), rect.top(), size.width(), size.height()))
            rect.setLeft(rect.left() + size.width() + 6)
        opt.text = text
        head_font, head, head_h, body_font, body, _body_h = self._layout(opt, rect.width())
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        color = opt.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = QColor(color)
        if not selected:
            muted.setAlpha(160)
        flags = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        painter.setFont(head_font)
        painter.setPen(muted if self.heading == "muted" and body else color)
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), head_h), flags, head)
        if body:
            painter.setFont(body_font)
            painter.setPen(color)
            painter.drawText(QRect(rect.left(), rect.top() + head_h, rect.width(), rect.height() - head_h), flags, body)
        painter.restore()


class WrappingTree(QTreeWidget):
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.doItemsLayout()  # row heights follow the new width


class ChecksPanel(QWidget):
    """Suggestion, checks and evidence of one claim."""

    #: An evidence item was clicked or reached with E.
    evidenceActivated = Signal(object)
    #: A "both sides" item was chosen: the SharedEvidenceFact to show.
    sharedActivated = Signal(object)
    #: A row of "What changed" was chosen: the document to show in both revisions ("" for the first new one).
    revisionsRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recommendation = QLabel("No claim open")
        self.recommendation.setAccessibleName("Suggestion")
        self.recommendation.setToolTip("What the checks suggest for this claim; you decide.")
        self.recommendation.setWordWrap(True)
        self.recommendation.setTextFormat(Qt.TextFormat.RichText)
        self.tree = WrappingTree(self)
        self.tree.setItemDelegate(WrappingDelegate(self.tree))
        self.tree.setIconSize(QSize(18, 18))
        self.tree.setAccessibleName("Checks")
        self.tree.setToolTip(
            "Each check with its verdict and evidence; click an evidence line to see it in the document."
        )
        self.tree.setHeaderHidden(True)
        self.tree.header().setAccessibleName("Checks header")
        self.tree.header().setToolTip("Checks")
        self.tree.setColumnCount(1)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(True)
        self.tree.itemClicked.connect(self._clicked)
        self.tree.itemActivated.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.recommendation)
        layout.addWidget(self.tree, 1)
        self.results: list[CheckResult] = []
        self.changes: WhatChanged | None = None
        self._evidence_items: list[QTreeWidgetItem] = []
        self._evidence_pos = -1

    def clear(self) -> None:
        self.results = []
        self.changes = None
        self.tree.clear()
        self._evidence_items = []
        self._evidence_pos = -1
        self.recommendation.setText("No claim open")

    def set_checks(self, recommendation: str, results: Sequence[CheckResult]) -> None:
        self.tree.clear()
        self.results = list(results)
        self._evidence_items = []
        self._evidence_pos = -1
        fails = sum(1 for r in results if r.status == "fail")
        warns = sum(1 for r in results if r.status == "warn")
        errors = sum(1 for r in results if r.status == "error")
        parts = [f"{fails} failed" if fails else "", f"{warns} to check by hand" if warns else "",
                 f"{errors} could not run" if errors else ""]  # fmt: skip
        reason = ", ".join(p for p in parts if p) or "every check passed or did not apply"
        if recommendation == "review":
            reason = f"a person must look before it can be approved: {reason}"
        color = RECOMMENDATION_COLORS.get(recommendation, QColor("#5d6d7e")).name()
        name = RECOMMENDATION_NAMES.get(recommendation, recommendation)
        self.recommendation.setText(
            f"<span style='font-size:large'>Suggested: <b style='color:{color}'>{name}</b></span>"
            f"<br><span>{reason}</span>"
        )
        self.recommendation.setAccessibleDescription(f"Suggested: {name}; {reason}")
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for r in ordered(results):
            status = STATUS_TEXT.get(r.status, r.status)
            if r.status == "fail" and r.reject:
                status = "Fail (reject)"
            item = QTreeWidgetItem([f"{check_title(r.id)} — {status}\n{r.summary}"])
            item.setIcon(0, status_icon(r.status))
            item.setData(0, CHECK_ROLE, r.id)
            item.setToolTip(0, f"{check_title(r.id)} ({r.id}): {status}\n\n{r.summary}")
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{check_title(r.id)}: {status}. {r.summary}")
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.tree.addTopLevelItem(item)
            for e in r.evidence:
                child = QTreeWidgetItem([evidence_text(e)])
                child.setData(0, EVIDENCE_ROLE, e)
                where = evidence_location(e) + (" (box highlighted)" if e.bbox else "")
                child.setToolTip(0, f"{e.quote}\n\n{e.document}\n{where}\nClick to show it in the document.")
                child.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"Evidence: {e.quote}. In {where}.")
                item.addChild(child)
                self._evidence_items.append(child)
            for fact in r.facts or ():
                if isinstance(fact, SharedEvidenceFact):
                    item.addChild(_both_sides_item(fact))
            # problems open, passes folded
            item.setExpanded(r.status in ("fail", "warn", "error"))

    def set_changes(self, changed: WhatChanged | None) -> None:
        """A returning claim: what changed since the last decision, first in the list and open, and the
        evidence in new or replaced documents first in the E walk (call after :meth:`set_checks`)."""
        self.changes = changed
        if changed is None:
            return
        d = changed.previous.decision
        top = QTreeWidgetItem([f"What changed since the last decision\n{changed.headline()}"])
        top.setData(0, CHECK_ROLE, CHANGES_ID)
        top.setIcon(0, status_icon("warn" if any(r.state == "not_met" for r in changed.reasons) else "pass"))
        top.setData(
            0, Qt.ItemDataRole.AccessibleTextRole, f"What changed since the last decision. {changed.headline()}"
        )
        top.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        top.setData(0, REVISION_ROLE, "")
        top.setToolTip(0, "Click to see the revision decided last and this one side by side.")
        self.tree.insertTopLevelItem(0, top)
        template = f", template {d.template_id}" if d.template_id else ""
        comment = " ".join(d.comment.split())
        last = QTreeWidgetItem([f"Last decision: {d.decision.replace('_', ' ')} by {d.reviewer} on "
                                f"{d.decided_at:%Y-%m-%d}{template}\n{shorten(comment, 180)}"])  # fmt: skip
        last.setToolTip(0, d.comment)
        top.addChild(last)
        walked: list[QTreeWidgetItem] = []
        for r in changed.reasons:
            name = check_title(r.reason) if r.kind == "check" else r.reason
            item = QTreeWidgetItem([f"{REASON_MARKS[r.state]} {name}: {r.label}\n{r.summary}"])
            item.setIcon(0, status_icon({"met": "pass", "not_met": "fail"}.get(r.state, "not_applicable")))
            item.setData(0, CHECK_ROLE, r.reason if r.kind == "check" else CHANGES_ID)
            item.setData(
                0, Qt.ItemDataRole.AccessibleTextRole, f"Reason given last time, {name}: {r.label}. {r.summary}"
            )
            top.addChild(item)
            for e in r.evidence:
                child = QTreeWidgetItem([evidence_text(e)])
                child.setData(0, EVIDENCE_ROLE, e)
                child.setToolTip(
                    0, f"{e.quote}\n\n{e.document}\n{evidence_location(e)}\nClick to show it in the document."
                )
                item.addChild(child)
                walked.append(child)
            item.setExpanded(True)
        for doc in changed.changed_documents:
            was = f" (was {doc.previous_path})" if doc.previous_path and doc.previous_path != doc.path else ""
            row = QTreeWidgetItem([f"Document {DOCUMENT_CHANGE_WORDS[doc.change]}: {doc.path}{was}"])
            row.setData(0, REVISION_ROLE, doc.path if doc.change != "removed" else (doc.previous_path or ""))
            row.setToolTip(0, "Click to see this document in the revision decided last and in this one.")
            top.addChild(row)
        for moved in changed.checks:
            before, now = STATUS_TEXT.get(moved.before, moved.before), STATUS_TEXT.get(moved.now, moved.now)
            top.addChild(QTreeWidgetItem([f"{check_title(moved.check)}: {before} → {now}"]))
        top.setExpanded(True)
        # evidence jumps (E) go to what the partner sent anew first
        new = changed.new_documents

        def in_new(item: QTreeWidgetItem) -> bool:
            e = item.data(0, EVIDENCE_ROLE)
            return isinstance(e, Evidence) and any(e.document == p or e.document.startswith(p + "!/") for p in new)

        rest = [i for i in self._evidence_items if i not in walked]
        self._evidence_items = (
            [i for i in walked if in_new(i)]
            + [i for i in rest if in_new(i)]
            + [i for i in walked + rest if not in_new(i)]
        )
        self.tree.scrollToTop()

    def shared_items(self) -> list[QTreeWidgetItem]:
        """The "both sides" items of the shared evidence (tests click them)."""
        found = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for j in range(top.childCount() if top is not None else 0):
                child = top.child(j) if top is not None else None
                if child is not None and isinstance(child.data(0, SHARED_ROLE), SharedEvidenceFact):
                    found.append(child)
        return found

    def evidence_items(self) -> list[tuple[str, Evidence]]:
        """(check id, evidence) in the order E walks them."""
        out: list[tuple[str, Evidence]] = []
        for item in self._evidence_items:
            parent = item.parent()
            e = item.data(0, EVIDENCE_ROLE)
            if parent is not None and isinstance(e, Evidence):
                out.append((str(parent.data(0, CHECK_ROLE)), e))
        return out

    def item_for(self, check_id: str, index: int = 0) -> QTreeWidgetItem | None:
        """The ``index``-th evidence item of ``check_id`` (tests click it)."""
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top is not None and top.data(0, CHECK_ROLE) == check_id:
                return top.child(index) if index < top.childCount() else None
        return None

    def next_evidence(self) -> Evidence | None:
        """Select the next evidence item (wrapping) and emit it; None when the claim has none."""
        if not self._evidence_items:
            return None
        current = self.tree.currentItem()
        if current in self._evidence_items:
            self._evidence_pos = self._evidence_items.index(current)
        self._evidence_pos = (self._evidence_pos + 1) % len(self._evidence_items)
        item = self._evidence_items[self._evidence_pos]
        parent = item.parent()
        if parent is not None:
            parent.setExpanded(True)
        self.tree.setCurrentItem(item)
        self.tree.scrollToItem(item)
        e = item.data(0, EVIDENCE_ROLE)
        assert isinstance(e, Evidence)
        self.evidenceActivated.emit(e)
        return e

    def _clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        revision_path = item.data(0, REVISION_ROLE)
        if isinstance(revision_path, str):
            self.revisionsRequested.emit(revision_path)
            return
        shared = item.data(0, SHARED_ROLE)
        if isinstance(shared, SharedEvidenceFact):
            self.sharedActivated.emit(shared)
            return
        e = item.data(0, EVIDENCE_ROLE)
        if isinstance(e, Evidence):
            if item in self._evidence_items:
                self._evidence_pos = self._evidence_items.index(item)
            self.evidenceActivated.emit(e)
