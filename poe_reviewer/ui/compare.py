"""The side-by-side view of a conflict group (issue 6): compare the claims, decide them as one.

Two or more CPOR claims from different partners on the same customer workload form a conflict
group (:mod:`poe_reviewer.conflicts`). This window shows one row per criterion and one column per
claim, each cell with its evidence quote; clicking a cell opens that document at its page in the
viewer of that claim, and two viewers stay visible at once so the two POEs can be read together.
Above them, the group's clock (who was notified, the fourteen-day window, days left); on the
right, one decision for the whole group: the winner of each contested workload, what happens to
the others, the reason written once, and a preview of every claim's comment before saving.

All database work runs on :class:`~poe_reviewer.ui.tasks.Tasks` (the save on the writer thread).
"""

from __future__ import annotations

import datetime as dt
import html
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QCloseEvent, QColor, QGuiApplication, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from poe_reviewer.application.claims import bundle_files
from poe_reviewer.application.queue import ClaimDetail, ReviewQueue, StoredDecision
from poe_reviewer.bundle import Bundle
from poe_reviewer.checks.base import Evidence
from poe_reviewer.conflicts import Cell, Column, Comparison, WorkloadKeys
from poe_reviewer.documents.model import Document
from poe_reviewer.errors import PoeReviewerError
from poe_reviewer.review import Decision, checks_to_resolve
from poe_reviewer.ui.checks_panel import check_title
from poe_reviewer.ui.errors import show_unexpected, user_message
from poe_reviewer.ui.tasks import TaskControl, Tasks
from poe_reviewer.ui.viewer import DocumentPane

_Index = QModelIndex | QPersistentModelIndex

#: Cell colours by the status of the fact behind it (pale, so the text stays readable).
STATUS_COLORS: dict[str, str] = {"pass": "#e9f7ef", "warn": "#fef5e7", "fail": "#fdedec"}
#: The data role that gives a cell's :class:`~poe_reviewer.conflicts.Cell`.
CELL_ROLE = Qt.ItemDataRole.UserRole + 1
#: "Whatever the checks recommend" for an uncontested workload: nothing is passed to the core.
AS_RECOMMENDED = ""


class ConflictGroupMissing(PoeReviewerError):
    """The claim is not (or no longer) in a conflict group."""


# -- loading, off the GUI thread -----------------------------------------------------------------------
@dataclass
class ClaimDocuments:
    """One claim's documents and the bundle's files on disk (for its viewer)."""

    claim_id: str
    documents: list[Document]
    files: dict[str, Path]
    bundle: Bundle | None = None
    problem: str | None = None

    def close(self) -> None:
        if self.bundle is not None:
            self.bundle.close()
            self.bundle = None


@dataclass
class LoadedGroup:
    comparison: Comparison
    today: dt.date
    claims: dict[str, ClaimDocuments] = field(default_factory=dict)
    #: Claim id -> names of its workloads that no other partner claims.
    uncontested: dict[str, list[str]] = field(default_factory=dict)
    recommendations: dict[str, str] = field(default_factory=dict)
    #: Claim id -> (check id, status, summary) of every check an approval must resolve by hand.
    open_checks: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict)

    def close(self) -> None:
        for c in self.claims.values():
            c.close()


def load_claim_documents(store: ReviewQueue, detail: ClaimDetail) -> ClaimDocuments:
    """A claim's documents (read at import) and its bundle's files on disk, where they still are."""
    bundle, files, problem = bundle_files(store, detail)
    documents = store.load_documents(detail.summary.claim_id)
    return ClaimDocuments(detail.summary.claim_id, documents, files, bundle, problem)


def load_group(store: ReviewQueue, *, group_id: str | None = None, claim_id: str | None = None) -> LoadedGroup:
    """The comparison of a group (given, or the live group of ``claim_id``) and every claim's documents."""
    if group_id is None:
        if claim_id is None:
            raise ValueError("load_group needs a group id or a claim id")
        state = store.conflict_group_of(claim_id)
        if state is None:
            raise ConflictGroupMissing(f"Claim {claim_id} is not in a conflict group (any more).")
        group_id = state.group_id
    today = store.now().date()
    comparison = store.compare_conflict(group_id, today=today)
    loaded = LoadedGroup(comparison, today)
    contested = {w.key for w in comparison.group.workloads}
    keys = WorkloadKeys(store.policy)
    try:
        for column in comparison.columns:
            detail = store.get_claim(column.claim_id)
            loaded.claims[column.claim_id] = load_claim_documents(store, detail)
            loaded.recommendations[column.claim_id] = detail.summary.recommendation
            to_resolve = checks_to_resolve(detail.check_statuses, "approved")
            loaded.open_checks[column.claim_id] = [(c.id, c.status, c.summary) for c in detail.checks
                                                   if c.id in to_resolve]  # fmt: skip
            loaded.uncontested[column.claim_id] = [
                w.name for w in detail.claim.workloads if keys.of(detail.claim, w) not in contested
            ]
    except BaseException:
        loaded.close()
        raise
    return loaded


# -- the table -----------------------------------------------------------------------------------------
class ComparisonModel(QAbstractTableModel):
    """Rows = criteria, columns = claims; a cell's text is its fact, its tooltip the evidence quotes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.comparison: Comparison | None = None

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.beginResetModel()
        self.comparison = comparison
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() or self.comparison is None else len(self.comparison.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() or self.comparison is None else len(self.comparison.columns)

    def column(self, col: int) -> Column:
        assert self.comparison is not None
        return self.comparison.columns[col]

    def cell(self, index: _Index) -> Cell | None:
        if self.comparison is None or not index.isValid():
            return None
        return self.comparison.rows[index.row()].cells[index.column()]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        cell = self.cell(index)
        if cell is None:
            return None
        quote = next((e.quote for e in cell.evidence if e.quote.strip()), "")
        if role == Qt.ItemDataRole.DisplayRole:
            text = cell.text
            if quote:
                text += f"\n“{_short(quote, 160)}”"
            return text
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            lines = [cell.text]
            lines += [f"“{_short(e.quote, 300)}” — {e.document}{_page(e)}" for e in cell.evidence]
            if cell.evidence and role == Qt.ItemDataRole.ToolTipRole:
                lines.append("Click to open the document at this evidence in this claim's viewer.")
            return "\n".join(lines)
        if role == Qt.ItemDataRole.BackgroundRole and cell.status in STATUS_COLORS:
            return QBrush(QColor(STATUS_COLORS[cell.status]))
        if role == CELL_ROLE:
            return cell
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.comparison is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if section >= len(self.comparison.columns):
                return None
            c = self.comparison.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{c.claim_id}\n{c.partner_name}"
            if role == Qt.ItemDataRole.ToolTipRole:
                held = f"; holds the association for {', '.join(c.associated)}" if c.associated else ""
                return (
                    f"Claim {c.claim_id} of {c.partner_name} (location id {c.location_id}), "
                    f"{c.status.replace('_', ' ')}, checks recommend {c.recommendation.replace('_', ' ')}{held}"
                )
            return None
        if section >= len(self.comparison.rows):
            return None
        row = self.comparison.rows[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.label
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.label} ({row.section})"
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _page(e: Evidence) -> str:
    return f", page {e.page}" if e.page else ""


# -- the window ----------------------------------------------------------------------------------------
def _named(widget: QWidget, name: str, tip: str) -> QWidget:
    widget.setAccessibleName(name)
    widget.setToolTip(tip)
    return widget


class ClaimViewer(QWidget):
    """A document viewer with a chooser of the claim it shows."""

    def __init__(self, side: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.side = side
        self.claim_id: str | None = None
        self.chooser = QComboBox()
        _named(self.chooser, f"{side} viewer claim", f"The claim whose documents the {side.lower()} viewer shows")
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #7e5109;")
        _named(self.problem, f"{side} viewer note", "Why this claim's pages cannot be shown, if they cannot")
        self.problem.hide()
        self.pane = DocumentPane()
        self.pane.setAccessibleName(f"{side} documents")
        self.pane.setToolTip(f"The documents of the claim chosen above ({side.lower()} viewer)")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.chooser)
        layout.addWidget(self.problem)
        layout.addWidget(self.pane, 1)
        _named(self, f"{side} viewer", f"The {side.lower()} document viewer")

    def show_claim(self, claim: ClaimDocuments) -> None:
        self.claim_id = claim.claim_id
        self.pane.set_claim(claim.claim_id, claim.documents, claim.files)
        self.problem.setText(claim.problem or "")
        self.problem.setVisible(bool(claim.problem))


class CompareDialog(QDialog):
    """A conflict group side by side, and its one decision (non-modal; several may be open)."""

    #: The comparison is on screen.
    loaded = Signal()
    #: The group's decisions were saved: list[StoredDecision].
    groupDecided = Signal(object)
    #: The comments preview is on screen: list[Decision].
    previewed = Signal(object)
    #: A message was shown: (level, text).
    messageShown = Signal(str, str)

    OTHERS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("reject", "Reject (conflicting claim template)"),
        ("action_required", "Action required: ask for up-to-date POE (window open only)"),
    )
    UNCONTESTED: ClassVar[tuple[tuple[str, str], ...]] = (
        (AS_RECOMMENDED, "as the checks recommend"),
        ("approved", "approved"),
        ("rejected", "rejected"),
        ("action_required", "action required"),
    )

    def __init__(
        self,
        store: ReviewQueue,
        tasks: Tasks,
        *,
        group_id: str | None = None,
        claim_id: str | None = None,
        reviewer_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.tasks = tasks
        self.reviewer_name = reviewer_name
        self.group: LoadedGroup | None = None
        self._preview: dict[str, QPlainTextEdit] = {}
        self._saving = False
        self.setWindowTitle("Compare conflicting claims")
        self.setAccessibleName("Compare conflicting claims")
        self.setToolTip("")
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self._build()
        self._fit_screen(1600, 1000)
        self.tasks.run(
            lambda _c: load_group(store, group_id=group_id, claim_id=claim_id),
            done=self._loaded,
            failed=self._failed,
            label="Comparing the conflicting claims",
        )

    # -- construction ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.header = QLabel("Reading the conflict group…")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        _named(self.header, "Conflict group", "The group, its contested workloads, who was notified and the window")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        _named(self.message, "Message", "The latest message of this window")
        self.message.hide()

        self.model = ComparisonModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setAccessibleName("Claims")
        self.table.horizontalHeader().setToolTip("One column per claim of the group")
        self.table.verticalHeader().setAccessibleName("Criteria")
        self.table.verticalHeader().setToolTip("One row per criterion")
        _named(
            self.table,
            "Comparison",
            "One row per criterion, one column per claim; click a cell to open its evidence in that claim's viewer",
        )
        self.table.clicked.connect(self.open_cell)
        self.table.activated.connect(self.open_cell)

        self.viewers = (ClaimViewer("Left"), ClaimViewer("Right"))
        for viewer in self.viewers:
            viewer.chooser.activated.connect(lambda _i, v=viewer: self._chosen(v))
        viewers = QSplitter(Qt.Orientation.Horizontal)
        _named(viewers, "Viewers", "The documents of two claims of the group, side by side")
        for viewer in self.viewers:
            # An explicit minimum overrides the toolbars' sum, so both viewers and the decision fit on
            # an ordinary screen (the splitters let the reviewer widen either).
            viewer.setMinimumWidth(300)
            viewers.addWidget(viewer)

        left = QSplitter(Qt.Orientation.Vertical)
        _named(left, "Comparison and documents", "The comparison above, the two claims' documents below")
        left.addWidget(self.table)
        left.addWidget(viewers)
        left.setSizes([420, 560])

        self.decision_box = self._build_decision()
        self.decision_box.setMinimumWidth(300)
        main = QSplitter(Qt.Orientation.Horizontal)
        _named(main, "Compare and decide", "The comparison on the left, the group's decision on the right")
        main.addWidget(left)
        main.addWidget(self.decision_box)
        main.setSizes([1180, 420])

        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.message)
        layout.addWidget(main, 1)

    def _fit_screen(self, width: int, height: int) -> None:
        """Open at ``width`` x ``height``, but never larger than the screen it opens on."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry()
            width, height = min(width, room.width()), min(height, room.height())
        self.resize(width, height)

    def _build_decision(self) -> QGroupBox:
        box = QGroupBox("One decision for the group")
        _named(box, "Group decision", "The winner of each contested workload and what happens to the other claims")
        self.winners_form = QFormLayout()
        self.others = QComboBox()
        for value, text in self.OTHERS:
            self.others.addItem(text, value)
        _named(
            self.others,
            "The other claims",
            "What happens to the claims that lose: rejected, or asked for up-to-date POE while the window is open",
        )
        self.others.currentIndexChanged.connect(self._inputs_changed)
        self.uncontested_form = QFormLayout()
        self.uncontested_box = QGroupBox("Workloads no other partner claims")
        _named(self.uncontested_box, "Uncontested workloads", "The decision of each claim's uncontested workloads")
        self.uncontested_box.setLayout(self.uncontested_form)
        self.uncontested_box.hide()
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(
            "Why the winning POE shows the most influence (goes into every claim's comment; do not name partners)"
        )
        self.reason.setTabChangesFocus(True)
        _named(
            self.reason,
            "Reason",
            "Written once, carried into every claim's comment and the conflict block; must not name the partners",
        )
        self.reason.setMaximumHeight(130)
        self.reason.textChanged.connect(self._inputs_changed)
        # notifying the partners is a person's recorded act; it starts the window
        self.notify_box = QGroupBox("The partners have not been notified yet")
        _named(self.notify_box, "Notify partners", "Record how both partners were told: the fourteen-day window starts")
        self.notify_how = QLineEdit()
        self.notify_how.setPlaceholderText("How they were told, e.g. e-mail to both partners")
        _named(self.notify_how, "How the partners were notified", "Recorded with your name and the time")
        self.notify_button = QPushButton("Record notification")
        _named(self.notify_button, "Record notification", "Record that both partners were notified now")
        self.notify_button.setAutoDefault(False)
        self.notify_button.clicked.connect(self.notify_partners)
        notify_row = QHBoxLayout(self.notify_box)
        notify_row.addWidget(self.notify_how, 1)
        notify_row.addWidget(self.notify_button)
        self.notify_box.hide()
        self.early_reason = QLineEdit()
        self.early_reason.setPlaceholderText("Needed to reject the others while the window is still open")
        _named(
            self.early_reason,
            "Early decision reason",
            "Why the group is decided before the fourteen-day window ends (recorded, not sent to partners)",
        )
        self.early_reason.textChanged.connect(self._inputs_changed)
        self.resolutions_box = QGroupBox("Confirmed by hand (needed for a claim that is approved)")
        _named(self.resolutions_box, "Resolutions", "What you verified of each open check of an approved claim")
        self.resolutions_form = QFormLayout()
        # the note goes under its label: the panel is narrow and the check names are long
        self.resolutions_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self._notes: dict[tuple[str, str], str] = {}
        self._shown_for: set[str] = set()
        self.resolutions_box.setLayout(self.resolutions_form)
        self.resolutions_box.hide()
        self.preview_button = QPushButton("Preview comments")
        _named(self.preview_button, "Preview comments", "Render every claim's comment as it would be saved")
        self.preview_button.clicked.connect(self.preview)
        self.previews = QTabWidget()
        _named(self.previews, "Comment previews", "Each claim's decision and comment; edit a comment before saving")
        self.save_button = QPushButton("Save group decision")
        _named(self.save_button, "Save group decision", "Save every claim's decision at once (all or none)")
        self.save_button.clicked.connect(self.save)
        self.save_button.setDefault(False)
        self.save_button.setAutoDefault(False)
        self.preview_button.setAutoDefault(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        _named(close, "Close", "Close the comparison (nothing is saved)")
        close.setAutoDefault(False)
        buttons.rejected.connect(self.close)
        row = QHBoxLayout()
        row.addWidget(self.preview_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(box)
        layout.addWidget(self.notify_box)
        layout.addLayout(self.winners_form)
        form = QFormLayout()
        form.addRow("Other claims:", self.others)
        form.addRow("Decided early because:", self.early_reason)
        layout.addLayout(form)
        layout.addWidget(self.uncontested_box)
        layout.addWidget(self.resolutions_box)
        layout.addWidget(QLabel("Reason (written once):"))
        layout.addWidget(self.reason)
        layout.addLayout(row)
        layout.addWidget(self.previews, 1)
        layout.addWidget(buttons)
        box.setEnabled(False)
        return box

    # -- loading -----------------------------------------------------------------------------------
    def _loaded(self, group: LoadedGroup) -> None:
        if self.group is not None:
            self.group.close()
        self.group = group
        comparison = group.comparison
        self.model.set_comparison(comparison)
        self.header.setText(self._header_html(group))
        self.setWindowTitle(
            f"Compare conflicting claims — {comparison.group.group_id} ({comparison.group.customer_name})"
        )
        ids = [c.claim_id for c in comparison.columns]
        labels = [f"{c.claim_id} — {c.partner_name}" for c in comparison.columns]
        for i, viewer in enumerate(self.viewers):
            viewer.chooser.clear()
            for claim_id, label in zip(ids, labels, strict=True):
                viewer.chooser.addItem(label, claim_id)
            pick = min(i, len(ids) - 1)
            viewer.chooser.setCurrentIndex(pick)
            viewer.show_claim(group.claims[ids[pick]])
        self._fill_decision(group)
        self.decision_box.setEnabled(True)
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.header.setText("The conflict group cannot be shown.")
        self.show_error(exc)

    def _header_html(self, group: LoadedGroup) -> str:
        c = group.comparison
        g = c.group
        workloads = ", ".join(html.escape(w.label) for w in g.workloads)
        lines = [
            f"<b style='font-size:large'>{html.escape(g.group_id)}</b> · {html.escape(g.customer_name)} · "
            f"{len(c.columns)} claims from {g.partners} partners on {workloads}"
        ]
        days = c.days_left(group.today)
        if c.window_end is None:
            clock = (
                "<b style='color:#b9770e'>The partners have not been notified yet:</b> record the notification "
                "below to start the fourteen-day window; the group is decided after that."
            )
        elif days is not None and days >= 0:
            color = "#b9770e" if days <= 3 else "inherit"
            clock = (
                f"Window ends <b>{c.window_end.isoformat()}</b> · "
                f"<span style='color:{color}'><b>{days} day{'s' if days != 1 else ''} left</b></span> for the "
                "associated partner to provide up-to-date POE"
            )
        else:
            clock = (
                f"Window ended <b>{c.window_end.isoformat()}</b> ({-(days or 0)} days ago): the latest POE decides; "
                "the other claims can only be rejected"
            )
        lines.append(clock)
        if c.notices:
            notified = "; ".join(
                f"{html.escape(n.partner_name or n.claim_id)} ({html.escape(n.claim_id)}) on "
                f"{n.at.astimezone(dt.UTC).strftime('%Y-%m-%d %H:%M UTC')}"
                for n in c.notices
            )
            lines.append(f"Notified: {notified}")
        elif c.notified_at is not None:
            lines.append(f"Partners notified on {c.notified_at.astimezone(dt.UTC).strftime('%Y-%m-%d %H:%M UTC')}")
        if c.suggestion.explanation:
            explanation = html.escape(c.suggestion.explanation).replace("\n", "<br>")
            lines.append(f"<i>Suggested: {explanation}</i>")
        return "<br>".join(lines)

    def _fill_decision(self, group: LoadedGroup) -> None:
        c = group.comparison
        _clear_form(self.winners_form)
        self.winner_boxes: dict[str, QComboBox] = {}
        partner = {col.claim_id: col.partner_name for col in c.columns}
        for w in c.group.workloads:
            combo = QComboBox()
            for claim_id in w.claim_ids:
                combo.addItem(f"{claim_id} — {partner.get(claim_id, '')}", claim_id)
            suggested = c.suggestion.winners.get(w.key) or c.suggestion.winners.get(w.name)
            if suggested is None and c.suggestion.winner_claim_id in w.claim_ids:
                suggested = c.suggestion.winner_claim_id
            if suggested is not None and combo.findData(suggested) >= 0:
                combo.setCurrentIndex(combo.findData(suggested))
            _named(combo, f"Winner of {w.label}", f"The claim that keeps {w.label}: approved for it")
            combo.currentIndexChanged.connect(self._inputs_changed)
            self.winners_form.addRow(f"Winner of {w.label}:", combo)
            self.winner_boxes[w.key] = combo
        window_open = c.window_open(group.today)
        # Action required only while the window is open (after it, the latest POE decides).
        items = self.others.model()
        assert isinstance(items, QStandardItemModel)
        action_required = items.item(self.others.findData("action_required"))
        action_required.setEnabled(window_open)
        others = c.suggestion.others if window_open else "reject"
        self.others.setCurrentIndex(max(0, self.others.findData(others)))
        self.others.setToolTip(
            "What happens to the claims that lose"
            + ("" if window_open else " (the window has ended: they can only be rejected)")
        )
        _clear_form(self.uncontested_form)
        self.uncontested_boxes: dict[tuple[str, str], QComboBox] = {}
        for claim_id, names in group.uncontested.items():
            for name in names:
                combo = QComboBox()
                for value, text in self.UNCONTESTED:
                    combo.addItem(text, value)
                rec = group.recommendations.get(claim_id, "")
                _named(
                    combo,
                    f"{claim_id} {name}",
                    f"The decision on {name} of claim {claim_id}, which no other partner claims "
                    f"(its checks recommend {rec.replace('_', ' ')})",
                )
                combo.currentIndexChanged.connect(self._inputs_changed)
                self.uncontested_form.addRow(f"{claim_id} {name}:", combo)
                self.uncontested_boxes[(claim_id, name)] = combo
        self.uncontested_box.setVisible(bool(self.uncontested_boxes))
        self._notes = {}
        self._fill_resolutions()
        self.notify_box.setVisible(c.notified_at is None)
        self.early_reason.setEnabled(window_open)
        self.save_button.setEnabled(c.notified_at is not None)
        self.save_button.setToolTip(
            "Save every claim's decision at once (all or none)"
            if c.notified_at is not None
            else "Record the notification of the partners first: the group is decided after its window started"
        )
        self.reason.blockSignals(True)
        self.reason.setPlainText(c.suggestion.reason)
        self.reason.blockSignals(False)
        self._clear_preview()

    # -- the table and the viewers -----------------------------------------------------------------
    def viewer_of(self, claim_id: str) -> ClaimViewer | None:
        return next((v for v in self.viewers if v.claim_id == claim_id), None)

    def show_in_viewer(self, claim_id: str) -> ClaimViewer:
        """The viewer showing ``claim_id``; the right one switches to it if neither does."""
        viewer = self.viewer_of(claim_id)
        if viewer is not None:
            return viewer
        assert self.group is not None
        viewer = self.viewers[1]
        viewer.chooser.setCurrentIndex(viewer.chooser.findData(claim_id))
        viewer.show_claim(self.group.claims[claim_id])
        return viewer

    def _chosen(self, viewer: ClaimViewer) -> None:
        claim_id = viewer.chooser.currentData()
        if self.group is not None and claim_id in self.group.claims and claim_id != viewer.claim_id:
            viewer.show_claim(self.group.claims[claim_id])

    def open_cell(self, index: QModelIndex) -> bool:
        """Open the cell's first located evidence in its claim's viewer; False if it cites none."""
        cell = self.model.cell(index)
        if cell is None:
            return False
        viewer = self.show_in_viewer(cell.claim_id)
        for e in cell.evidence:
            if viewer.pane.open_evidence(e.document, e.page, e.bbox, e.quote):
                self.say(f"{cell.claim_id}: {e.document}{_page(e)}")
                return True
        if cell.evidence:
            self.say(f"The evidence of this cell is not among claim {cell.claim_id}'s readable documents.", "warning")
        return False

    # -- the decision ------------------------------------------------------------------------------
    def decision_inputs(self) -> dict[str, Any]:
        """The arguments of :meth:`ReviewQueue.decide_group` as set in the panel."""
        winners = {key: str(box.currentData()) for key, box in self.winner_boxes.items()}
        # The overall winner: the claim winning most contested workloads (the core needs one).
        counts = Counter(winners.values())
        winner = max(winners.values(), key=lambda c: (counts[c], -list(winners.values()).index(c)))
        uncontested: dict[str, dict[str, str]] = {}
        for (claim_id, name), box in self.uncontested_boxes.items():
            value = str(box.currentData() or "")
            if value:
                uncontested.setdefault(claim_id, {})[name] = value
        resolutions: dict[str, dict[str, str]] = {}
        for (claim_id, check_id), edit in self.resolution_edits.items():
            if edit.text().strip():
                resolutions.setdefault(claim_id, {})[check_id] = edit.text().strip()
        return {
            "winner": winner,
            "workload_winners": winners,
            "others": str(self.others.currentData()),
            "uncontested": uncontested or None,
            "reason": self.reason.toPlainText(),
            "early_reason": self.early_reason.text().strip() or None,
            "resolutions": resolutions or None,
        }

    def notify_partners(self) -> None:
        """Record that both partners were notified (now, by this reviewer), then show the group again."""
        if self.group is None:
            return
        group_id = self.group.comparison.group.group_id
        how = self.notify_how.text()
        store = self.store

        def work(_c: TaskControl) -> LoadedGroup:
            store.notify_conflict(group_id, how=how)
            return load_group(store, group_id=group_id)

        def done(group: LoadedGroup) -> None:
            self._loaded(group)
            self.say(f"Recorded: both partners notified ({how.strip()}); the fourteen-day window has started.")

        self.tasks.run(work, done=done, failed=self.show_error, writes=True, label="Recording the notification")

    def _winning(self) -> set[str]:
        """The claims the panel's choices approve something of."""
        winners = {str(box.currentData()) for box in self.winner_boxes.values()}
        approved = {c for (c, _n), box in self.uncontested_boxes.items() if box.currentData() == "approved"}
        return winners | approved

    def _fill_resolutions(self) -> None:
        """A note field for each open check of each claim that wins a workload (an approval needs them);
        what was typed is kept when the winners change."""
        for key, edit in getattr(self, "resolution_edits", {}).items():
            self._notes[key] = edit.text()
        _clear_form(self.resolutions_form)
        self.resolution_edits = {}
        if self.group is None:
            return
        winners = self._shown_for = self._winning()
        for claim_id, checks in self.group.open_checks.items():
            if claim_id not in winners:
                continue
            for check_id, status, summary in checks:
                edit = QLineEdit(self._notes.get((claim_id, check_id), ""))
                edit.setPlaceholderText(f"What you confirmed ({status})")
                tip = f"{claim_id} {check_title(check_id)} ({status}): {summary}"
                _named(edit, f"{claim_id} {check_id} resolution", tip)
                label = QLabel(f"{claim_id} · {check_title(check_id)} ({status}):")
                label.setToolTip(tip)
                self.resolutions_form.addRow(label, edit)
                self.resolution_edits[(claim_id, check_id)] = edit
        self.resolutions_box.setVisible(bool(self.resolution_edits))

    def _inputs_changed(self, *_: object) -> None:
        if self.group is not None and self._winning() != self._shown_for:
            self._fill_resolutions()
        # a preview no longer matches what would be saved: the reviewer previews again
        if self._preview:
            self._clear_preview()
            self.say("The decision changed: preview the comments again to see (and edit) them.")

    def _clear_preview(self) -> None:
        self._preview = {}
        self.previews.clear()

    def preview(self) -> None:
        if self.group is None:
            return
        group_id = self.group.comparison.group.group_id
        inputs = self.decision_inputs()
        store = self.store
        name = self.reviewer_name
        self.tasks.run(
            lambda _c: store.preview_group_decision(group_id, reviewer_name=name, **inputs),
            done=self._show_preview,
            failed=self.show_error,
            label="Previewing the group decision",
        )

    def _show_preview(self, decisions: list[Decision]) -> None:
        self._clear_preview()
        for d in decisions:
            page = QWidget()
            verdicts = ", ".join(f"{w.name}: {w.decision.replace('_', ' ')}" for w in d.workloads)
            head = QLabel(f"<b>{d.decision.replace('_', ' ')}</b> · {html.escape(verdicts)}")
            head.setWordWrap(True)
            _named(head, f"Decision of {d.claim_id}", "The decision this claim gets, per workload")
            edit = QPlainTextEdit(d.comment)
            _named(edit, f"Comment of {d.claim_id}", f"The comment claim {d.claim_id}'s partner reads; edit as needed")
            layout = QVBoxLayout(page)
            layout.setContentsMargins(2, 2, 2, 2)
            layout.addWidget(head)
            layout.addWidget(edit, 1)
            self.previews.addTab(page, f"{d.claim_id} · {d.decision.replace('_', ' ')}")
            self._preview[d.claim_id] = edit
        self.previewed.emit(decisions)

    def save(self) -> None:
        if self.group is None or self._saving:
            return
        group_id = self.group.comparison.group.group_id
        inputs = self.decision_inputs()
        comments = {claim_id: edit.toPlainText() for claim_id, edit in self._preview.items()} or None
        versions = {c.claim_id: c.version for c in self.group.comparison.columns}
        store = self.store
        name = self.reviewer_name

        def work(_c: TaskControl) -> list[StoredDecision]:
            return store.decide_group(
                group_id, reviewer_name=name, comments=comments, expected_versions=versions, **inputs
            )

        def done(saved: list[StoredDecision]) -> None:
            self._saving = False
            self.save_button.setEnabled(True)
            verdicts = ", ".join(f"{d.decision.claim_id} {d.decision.decision.replace('_', ' ')}" for d in saved)
            self.say(f"Group {group_id} decided: {verdicts}.")
            self.decision_box.setEnabled(False)
            self.groupDecided.emit(saved)

        def failed(exc: BaseException) -> None:
            self._saving = False
            self.save_button.setEnabled(True)
            self.show_error(exc)

        self._saving = True
        self.save_button.setEnabled(False)
        self.tasks.run(work, done=done, failed=failed, writes=True, label=f"Saving the decision of group {group_id}")

    # -- messages ----------------------------------------------------------------------------------
    def say(self, text: str, level: str = "info") -> None:
        colors = {"info": ("#d6eaf8", "#1b4f72"), "warning": ("#fdebd0", "#7e5109"), "error": ("#fadbd8", "#78281f")}
        bg, fg = colors.get(level, colors["info"])
        self.message.setStyleSheet(f"background: {bg}; color: {fg}; padding: 4px; border-radius: 4px;")
        self.message.setText(text)
        self.message.setAccessibleDescription(text)
        self.message.show()
        self.messageShown.emit(level, text)

    def show_error(self, exc: object) -> None:
        if not isinstance(exc, BaseException):
            return
        message = user_message(exc)
        if message.expected:
            self.say(f"{message.title}: {message.text}", "error")
        else:
            self.say(f"{message.title}: {message.text}", "error")
            show_unexpected(message, self)

    def closeEvent(self, event: QCloseEvent) -> None:
        for viewer in self.viewers:
            viewer.pane.clear()
        if self.group is not None:
            self.group.close()
            self.group = None
        super().closeEvent(event)


def _clear_form(form: QFormLayout) -> None:
    while form.rowCount():
        form.removeRow(0)
