"""The workbench window: the queue, the documents, the checks and the decision on one screen.

Layout: the document viewer in the middle; the overview and the queue docked on the left; the
checks and the decision docked on the right (docks can be moved; the layout is remembered).

Everything that reads or writes the database runs through :class:`~poe_reviewer.ui.tasks.Tasks`:
reads (the queue, a claim with its documents) on the general pool, writes (imports, decisions,
exports) one at a time on the writer thread. Opening claims is "latest wins": while one claim
loads, moving on with J/J/J only remembers the last one asked for, and a result that arrives for
a claim no longer wanted is dropped.

After a decision is saved, the next claim still to review (in the queue's current order and
filter) opens by itself.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, ClassVar

from PySide6.QtCore import QByteArray, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from poe_reviewer import __version__
from poe_reviewer.application import claims as claim_service
from poe_reviewer.application.bundles import expand_bundle_paths
from poe_reviewer.application.claims import OpenedClaim
from poe_reviewer.application.queue import (
    TO_REVIEW,
    ClaimDetail,
    ClaimSummary,
    ImportResult,
    ReviewQueue,
    StaleDecisionError,
    StoredDecision,
)
from poe_reviewer.checks.base import Evidence
from poe_reviewer.ui import settings as opts
from poe_reviewer.ui.checks_panel import ChecksPanel
from poe_reviewer.ui.compare import CompareDialog
from poe_reviewer.ui.decision_panel import (
    OUTCOME_TEXT,
    ConfirmDecisionDialog,
    DecisionPanel,
    DecisionRequest,
)
from poe_reviewer.ui.errors import show_unexpected, user_message
from poe_reviewer.ui.imports import ExportFlow, ImportFlow, ImportReport
from poe_reviewer.ui.overview import OverviewChart, compute_overview, decisions_since, start_of_local_day
from poe_reviewer.ui.queue_model import (
    COLUMN,
    PROGRAM_NAMES,
    RECOMMENDATION_NAMES,
    STATUS_NAMES,
    BadgeDelegate,
    QueueFilter,
    QueueFilters,
    QueueModel,
)
from poe_reviewer.ui.settings import Settings, SettingsDialog
from poe_reviewer.ui.shortcuts import SHORTCUTS, ShortcutsDialog, key_sequences
from poe_reviewer.ui.tasks import Batch, TaskControl, Tasks
from poe_reviewer.ui.viewer import DocumentPane

log = logging.getLogger(__name__)


# -- widgets -----------------------------------------------------------------------------------------------
def _named(widget: QWidget, name: str, tip: str) -> QWidget:
    widget.setAccessibleName(name)
    widget.setToolTip(tip)
    return widget


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
        _named(self.label, "Message text", "The message (selectable, to copy)")
        close = QPushButton("×")
        close.setFlat(True)
        close.setFixedWidth(28)
        _named(close, "Dismiss message", "Hide this message")
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


class MainWindow(QMainWindow):
    """The workbench over one review database (the window owns and closes the store)."""

    queueLoaded = Signal()
    #: A claim is on screen: checks, decision and documents are filled in.
    claimShown = Signal(str)
    decisionSaved = Signal(object)
    importFinished = Signal(object)
    exportFinished = Signal(object)
    #: Every message shown to the reviewer (status bar or message bar): (level, text).
    messageShown = Signal(str, str)

    def __init__(
        self,
        store: ReviewQueue,
        settings: Settings | None = None,
        *,
        tasks: Tasks | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings or Settings()
        self.tasks = tasks or Tasks(self)
        self.imports = ImportFlow(self, self)
        self.exports = ExportFlow(self, self)
        if self.tasks.parent() is None:
            self.tasks.setParent(self)
        self.tasks.failed.connect(self.show_error)
        self.setWindowTitle(f"POE Reviewer — {store.url}")
        self.setAccessibleName("POE Reviewer")
        self.setAcceptDrops(True)
        self.resize(1600, 980)

        self.current: OpenedClaim | None = None
        self._wanted: str | None = None
        self._loading: str | None = None
        self._saving = False
        self._queue_loaded = False
        self._decided_today = 0
        self._confirm: ConfirmDecisionDialog | None = None
        self.last_open_ms: float | None = None
        self._open_requested = time.perf_counter()
        self._layout_restored = False
        self._shown_once = False
        self._closed = False
        self.commands: dict[str, QAction] = {}
        self.compare_dialog: CompareDialog | None = None

        self._build_central()
        self._build_queue()
        self._build_docks()
        self._build_actions()
        self._build_status()
        self._restore_layout()
        self.reload_queue()
        # Other reviewers' decisions land in a shared queue: re-read it now and then, when idle.
        self._poll = QTimer(self)
        self._poll.setInterval(self.QUEUE_POLL_MS)
        self._poll.timeout.connect(self._poll_queue)
        self._poll.start()

    #: How often the queue is re-read for decisions and imports made by others (milliseconds).
    QUEUE_POLL_MS = 20_000

    def _poll_queue(self) -> None:
        if not self.tasks.busy:
            self.reload_queue()

    # -- construction --------------------------------------------------------------------------------
    def _build_central(self) -> None:
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.setSpacing(4)
        self.message_bar = MessageBar()
        self.claim_header = QLabel("Open a claim from the queue (J/K).")
        self.claim_header.setWordWrap(True)
        self.claim_header.setTextFormat(Qt.TextFormat.RichText)
        self.claim_header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        _named(self.claim_header, "Claim", "The open claim: partner, customer, workloads, dates and flags")
        self.viewer = DocumentPane(central)
        _named(self.viewer, "Documents", "The bundle's documents; evidence boxes are highlighted")
        layout.addWidget(self.message_bar)
        layout.addWidget(self.claim_header)
        layout.addWidget(self.viewer, 1)
        self.setCentralWidget(central)

    def _build_queue(self) -> None:
        self.model = QueueModel(self)
        self.proxy = QueueFilter(self, me=self.settings.reviewer)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        _named(self.table, "Queue", "The claims; J/K move, click a column to sort")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(COLUMN["due"], Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setItemDelegateForColumn(COLUMN["badges"], BadgeDelegate(self.table))
        header = self.table.horizontalHeader()
        _named(header, "Queue columns", "Click a column to sort by it; drag a column to move it")
        _named(self.table.verticalHeader(), "Queue rows", "One row per claim")
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        widths = {"claim_id": 66, "due": 86, "recommendation": 104, "badges": 160, "partner": 150, "customer": 150,
                  "workloads": 150, "program": 70, "status": 90}  # fmt: skip
        for key, width in widths.items():
            self.table.setColumnWidth(COLUMN[key], width)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

        self.search = QLineEdit()
        self.search.setPlaceholderText("Search id, partner, customer, workload (Ctrl+Shift+F)")
        self.search.setClearButtonEnabled(True)
        _named(
            self.search, "Search the queue", "Show claims whose id, partner, customer or workloads contain every word"
        )
        self.search.textChanged.connect(self._filters_changed)

        def combo(name: str, tip: str, items: Sequence[tuple[str, str]]) -> QComboBox:
            box = QComboBox()
            _named(box, name, tip)
            for text, value in items:
                box.addItem(text, value)
            box.currentIndexChanged.connect(self._filters_changed)
            return box

        self.status_filter = combo(
            "Status filter",
            "Show claims in this review state",
            [
                ("To review", TO_REVIEW),
                ("Any status", ""),
                *((v, k) for k, v in STATUS_NAMES.items() if k != TO_REVIEW),
            ],
        )
        self.program_filter = combo(
            "Program filter",
            "Show claims of this program",
            [("Any program", ""), *((v, k) for k, v in PROGRAM_NAMES.items())],
        )
        self.recommendation_filter = combo(
            "Suggestion filter",
            "Show claims the checks suggest this for",
            [("Any suggestion", ""), *((v, k) for k, v in RECOMMENDATION_NAMES.items())],
        )
        self.due_filter = combo(
            "Due filter",
            "Show claims by their next deadline",
            [("Any due date", ""), ("Overdue", "overdue"), ("Due today", "today"), ("Due this week", "week")],
        )
        self.reviewer_filter = combo(
            "Reviewer filter",
            "Show claims decided or opened by a reviewer",
            [("Any reviewer", ""), ("Mine", "@me"), ("Nobody's", "@nobody")],
        )
        self.queue_widget = QWidget()
        ql = QVBoxLayout(self.queue_widget)
        ql.setContentsMargins(4, 4, 4, 4)
        ql.setSpacing(4)
        ql.addWidget(self.search)
        grid = QGridLayout()
        grid.setSpacing(4)
        boxes = (self.status_filter, self.program_filter, self.recommendation_filter, self.due_filter,
                 self.reviewer_filter)  # fmt: skip
        for i, box in enumerate(boxes):
            # shrinkable: the queue dock must not force the window wider than a laptop screen
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(4)
            grid.addWidget(box, i // 3, i % 3)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        ql.addLayout(grid)
        ql.addWidget(self.table, 1)
        self.proxy.set_filters(self._filters())

    def _build_docks(self) -> None:
        self.overview = OverviewChart()
        self.overview.segmentClicked.connect(self._overview_clicked)
        self.checks = ChecksPanel()
        self.checks.evidenceActivated.connect(self.show_evidence)
        self.decision = DecisionPanel()
        self.decision.saveRequested.connect(self.confirm_decision)
        self.decision.failed.connect(self.show_error)
        self.setDockNestingEnabled(True)
        self.docks: dict[str, QDockWidget] = {}
        for name, title, widget, area in (
            ("overview", "Overview", self.overview, Qt.DockWidgetArea.LeftDockWidgetArea),
            ("queue", "Queue", self.queue_widget, Qt.DockWidgetArea.LeftDockWidgetArea),
            ("checks", "Checks", self.checks, Qt.DockWidgetArea.RightDockWidgetArea),
            ("decision", "Decision", self.decision, Qt.DockWidgetArea.RightDockWidgetArea),
        ):
            dock = QDockWidget(title, self)
            dock.setObjectName(f"dock_{name}")
            _named(dock, f"{title} panel", f"The {title.lower()} panel (drag its title to move it)")
            dock.setWidget(widget)
            dock.setFeatures(
                QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                | QDockWidget.DockWidgetFeature.DockWidgetClosable
            )  # fmt: skip
            self.addDockWidget(area, dock)
            self.docks[name] = dock
        self._default_dock_sizes()

    def _default_dock_sizes(self) -> None:
        # the viewer takes what is left; the queue wide enough for partner names
        self.resizeDocks([self.docks["queue"], self.docks["checks"]], [520, 380], Qt.Orientation.Horizontal)
        self.resizeDocks([self.docks["overview"], self.docks["queue"]], [110, 800], Qt.Orientation.Vertical)
        self.resizeDocks([self.docks["checks"], self.docks["decision"]], [430, 520], Qt.Orientation.Vertical)

    def _build_actions(self) -> None:
        handlers: dict[str, Callable[[], Any]] = {
            "next_claim": lambda: self.step_claim(1),
            "previous_claim": lambda: self.step_claim(-1),
            "approve": lambda: self.start_decision("approve"),
            "reject": lambda: self.start_decision("reject"),
            "action_required": lambda: self.start_decision("action_required"),
            "save_decision": self.confirm_decision,
            "next_evidence": self.next_evidence,
            "find": self.focus_find,
            "search_queue": self.focus_search,
            "focus_queue": self.focus_queue,
            "export": self.export_decisions,
            "import_bundles": self.choose_bundles,
            "import_folder": self.choose_folder,
            "reload": self.reload,
            "settings": self.edit_settings,
            "help_shortcuts": self.show_shortcuts,
            "quit": self.close,
            "compare_conflicts": self.compare_conflicts,
        }
        for s in SHORTCUTS:
            action = QAction(s.text, self)
            action.setShortcuts(key_sequences(s))
            action.setToolTip(f"{s.description} ({', '.join(s.keys)})")
            action.setStatusTip(s.description)
            action.triggered.connect(handlers[s.name])
            if s.name == "focus_queue":
                # Esc only where it means "leave this text": the viewer's find box has its own Esc
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                self.decision.addAction(action)
                self.queue_widget.addAction(action)
            else:
                action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
                self.addAction(action)
            self.commands[s.name] = action
        menu = self.menuBar()
        menu.setAccessibleName("Menu bar")
        menu.setToolTip("File, Claim, View and Help menus")
        file_menu = menu.addMenu("&File")
        for name in ("import_bundles", "import_folder", "export", None, "settings", None, "quit"):
            if name is None:
                file_menu.addSeparator()
            else:
                file_menu.addAction(self.commands[name])
        claim_menu = menu.addMenu("&Claim")
        for name in ("next_claim", "previous_claim", None, "approve", "reject", "action_required", "save_decision",
                     None, "next_evidence", "find", "search_queue", "reload"):  # fmt: skip
            if name is None:
                claim_menu.addSeparator()
            else:
                claim_menu.addAction(self.commands[name])
        # Compare conflicts (issue 6): C, only while the claim shown has the conflict badge.
        compare = self.commands["compare_conflicts"]
        compare.setEnabled(False)
        claim_menu.addSeparator()
        claim_menu.addAction(compare)
        view_menu = menu.addMenu("&View")
        for dock in self.docks.values():
            view_menu.addAction(dock.toggleViewAction())
        help_menu = menu.addMenu("&Help")
        help_menu.addAction(self.commands["help_shortcuts"])
        about = QAction("About POE Reviewer", self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _build_status(self) -> None:
        bar = self.statusBar()
        bar.setAccessibleName("Status bar")
        bar.setToolTip("What just happened, how many claims are shown, who you are")
        self.count_label = QLabel()
        _named(self.count_label, "Claim count", "Claims shown with the current filter / claims in the database")
        self.busy_label = QLabel()
        _named(self.busy_label, "Background work", "Work running in the background (the window stays usable)")
        self.reviewer_label = QLabel()
        _named(self.reviewer_label, "Reviewer", "Decisions are saved under this name (Settings, Ctrl+,)")
        bar.addPermanentWidget(self.busy_label)
        bar.addPermanentWidget(self.count_label)
        bar.addPermanentWidget(self.reviewer_label)
        self.tasks.busyChanged.connect(lambda n: self.busy_label.setText("Working…" if n else ""))
        self._update_reviewer_label()

    def _update_reviewer_label(self) -> None:
        name = self.settings.reviewer_name
        who = self.settings.reviewer
        self.reviewer_label.setText(f"{name} <{who}>" if name else who)

    def _restore_layout(self) -> None:
        geometry = self.settings.get(opts.WINDOW_GEOMETRY)
        state = self.settings.get(opts.WINDOW_STATE)
        header = self.settings.get(opts.QUEUE_HEADER)
        if geometry:
            self.restoreGeometry(QByteArray(geometry))
        self._layout_restored = bool(state) and self.restoreState(QByteArray(state))
        if header:
            self.table.horizontalHeader().restoreState(QByteArray(header))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._layout_restored and not self._shown_once:
            # dock sizes asked for before the window had a size are not kept: ask again once shown
            self._shown_once = True
            QTimer.singleShot(0, self, self._default_dock_sizes)

    def save_layout(self) -> None:
        self.settings.set(opts.WINDOW_GEOMETRY, bytes(self.saveGeometry().data()))
        self.settings.set(opts.WINDOW_STATE, bytes(self.saveState().data()))
        self.settings.set(opts.QUEUE_HEADER, bytes(self.table.horizontalHeader().saveState().data()))
        self.settings.sync()

    # -- messages ------------------------------------------------------------------------------------
    def say(self, text: str, level: str = "info") -> None:
        """Status bar for news; the message bar for what needs reading."""
        self.statusBar().showMessage(text.split("\n", 1)[0], 10_000)
        if level != "info" or "\n" in text:
            self.message_bar.show_message(text, level)
        self.messageShown.emit(level, text)

    def show_error(self, exc: object) -> None:
        if not isinstance(exc, BaseException):
            return
        message = user_message(exc)
        self.say(f"{message.title}: {message.text}", "error")
        if not message.expected:
            show_unexpected(message, self)  # a bug: the details, in a box that does not block work

    # -- the queue -----------------------------------------------------------------------------------
    def _filters(self) -> QueueFilters:
        return QueueFilters(
            status=str(self.status_filter.currentData() or ""),
            program=str(self.program_filter.currentData() or ""),
            recommendation=str(self.recommendation_filter.currentData() or ""),
            due=str(self.due_filter.currentData() or ""),
            reviewer=str(self.reviewer_filter.currentData() or ""),
            search=self.search.text(),
        )

    def _filters_changed(self, *_: object) -> None:
        self.proxy.set_filters(self._filters())
        self._update_counts()
        self._ensure_selection()

    def set_status_filter(self, status: str) -> None:
        index = self.status_filter.findData(status)
        if index >= 0:
            self.status_filter.setCurrentIndex(index)

    def _overview_clicked(self, kind: str, value: str) -> None:
        if kind == "status":
            self.set_status_filter(value)
        elif kind == "recommendation":
            self.set_status_filter(TO_REVIEW)
            self.recommendation_filter.setCurrentIndex(max(0, self.recommendation_filter.findData(value)))
        elif kind == "due":
            self.due_filter.setCurrentIndex(max(0, self.due_filter.findData(value)))

    def reload_queue(self, then: Callable[[], None] | None = None) -> None:
        store = self.store

        def done(rows: list[ClaimSummary]) -> None:
            keep = self.current_claim_id
            self.model.set_claims(rows)
            self._fill_reviewers(rows)
            self._queue_loaded = True
            self._update_counts()
            self._refresh_overview()
            if keep is not None:
                self._select(keep, open_it=False)
            self._ensure_selection()
            self.queueLoaded.emit()
            if then is not None:
                then()

        self.tasks.run(lambda _c: store.list_claims(), done=done, label="Reading the queue")

    def _fill_reviewers(self, rows: Sequence[ClaimSummary]) -> None:
        """The reviewer filter lists everyone who decided or holds a claim, after Mine and Nobody's."""
        people = sorted({p for r in rows for p in (r.decided_by, r.leased_by) if p}, key=str.casefold)
        box = self.reviewer_filter
        chosen = box.currentData()
        box.blockSignals(True)
        while box.count() > 3:
            box.removeItem(3)
        for person in people:
            box.addItem(person, person)
        index = box.findData(chosen)
        box.setCurrentIndex(index if index >= 0 else 0)
        box.blockSignals(False)
        if index < 0 and chosen:
            self._filters_changed()

    def _refresh_overview(self) -> None:
        store = self.store
        since = start_of_local_day()

        def done(count: int) -> None:
            self._decided_today = count
            self.overview.set_overview(compute_overview(self.model.claims(), self.model.today, count))

        self.overview.set_overview(compute_overview(self.model.claims(), self.model.today, self._decided_today))
        self.tasks.run(lambda _c: decisions_since(store, since), done=done, label="Counting decisions")

    def _update_counts(self) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        self.count_label.setText(f"{shown} of {total} claims shown" if shown != total else f"{total} claims")

    def _ensure_selection(self) -> None:
        """Keep a claim open: the selected one if still shown, else the first of the view."""
        if not self._queue_loaded:
            return
        current = self.table.currentIndex()
        if current.isValid():
            return
        if self.proxy.rowCount() > 0:
            self._select_row(0)

    def _select_row(self, row: int) -> None:
        index = self.proxy.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)

    def _select(self, claim_id: str, *, open_it: bool = True) -> bool:
        row = self.proxy.proxy_row_of(claim_id)
        if row is None:
            return False
        if not open_it:
            self.table.selectionModel().blockSignals(True)
        try:
            self._select_row(row)
        finally:
            if not open_it:
                self.table.selectionModel().blockSignals(False)
        return True

    def select_claim(self, claim_id: str) -> bool:
        """Open ``claim_id`` (clearing filters that hide it)."""
        if self.proxy.proxy_row_of(claim_id) is None and self.model.row_of(claim_id) is not None:
            self.search.clear()
            for box in (self.status_filter, self.program_filter, self.recommendation_filter, self.due_filter,
                        self.reviewer_filter):  # fmt: skip
                box.setCurrentIndex(box.findData(""))
        return self._select(claim_id)

    def step_claim(self, step: int) -> None:
        rows = self.proxy.rowCount()
        if rows == 0:
            self.say("No claim in the queue with these filters.")
            return
        current = self.table.currentIndex()
        row = current.row() + step if current.isValid() else 0
        if row < 0 or row >= rows:
            self.say("First claim of the queue." if row < 0 else "Last claim of the queue.")
            return
        self._select_row(row)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        self.open_claim(self.proxy.summary_at(current.row()).claim_id)

    @property
    def current_claim_id(self) -> str | None:
        return self.current.claim_id if self.current is not None else None

    # -- opening a claim -----------------------------------------------------------------------------
    def open_claim(self, claim_id: str, *, force: bool = False) -> None:
        """Load ``claim_id`` in the background and show it (the latest request wins)."""
        if not force and self._wanted == claim_id and (self._loading == claim_id or self.current_claim_id == claim_id):
            return
        self._wanted = claim_id
        self._open_requested = time.perf_counter()
        if self._loading is None:
            self._start_load(claim_id)

    def _start_load(self, claim_id: str) -> None:
        self._loading = claim_id
        store = self.store
        self.tasks.run(
            lambda _c: claim_service.open_claim(store, claim_id),
            done=self._claim_loaded,
            failed=lambda exc: self._claim_failed(claim_id, exc),
            label=f"Opening claim {claim_id}",
        )

    def _claim_loaded(self, opened: OpenedClaim) -> None:
        self._loading = None
        if self._wanted != opened.claim_id:
            opened.close()
            if self._wanted is not None:
                self._start_load(self._wanted)
            return
        self._show(opened)

    def _claim_failed(self, claim_id: str, exc: BaseException) -> None:
        self._loading = None
        if self._wanted != claim_id and self._wanted is not None:
            self._start_load(self._wanted)
            return
        self.show_error(exc)

    def _show(self, opened: OpenedClaim) -> None:
        previous = self.current
        self.current = opened
        detail = opened.detail
        self.checks.set_checks(detail.summary.recommendation, detail.checks)
        self.decision.set_claim(
            detail, opened.audit, policy=self.store.policy, reviewer_name=self.settings.reviewer_name
        )
        self.claim_header.setText(self._header_text(detail))
        self.viewer.set_claim(opened.claim_id, opened.documents, opened.files)
        if previous is not None and previous is not opened:
            previous.close()
        if opened.problem:
            self.say(opened.problem, "warning")
        elif self.message_bar.level == "warning" and "bundle" in self.message_bar.text():
            self.message_bar.hide()
        self.commands["compare_conflicts"].setEnabled(detail.summary.conflict)
        self.last_open_ms = (time.perf_counter() - self._open_requested) * 1000
        self.claimShown.emit(opened.claim_id)

    def _header_text(self, detail: ClaimDetail) -> str:
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

    # -- evidence ------------------------------------------------------------------------------------
    def show_evidence(self, evidence: object) -> None:
        if not isinstance(evidence, Evidence):
            return
        found = self.viewer.open_evidence(evidence.document, evidence.page, evidence.bbox, evidence.quote)
        if not found:
            self.say(f"{evidence.document} cannot be shown (not among this claim's readable documents).", "warning")

    def next_evidence(self) -> None:
        if self.current is None:
            return
        if self.checks.next_evidence() is None:
            self.say("The checks of this claim cite no evidence.")

    def focus_find(self) -> None:
        self.viewer.focus_find()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def focus_queue(self) -> None:
        self.table.setFocus()

    # -- deciding ------------------------------------------------------------------------------------
    def start_decision(self, verdict: str) -> None:
        """A/R/X: choose the verdict (keeping the comment if it already was the one) and confirm."""
        if self.current is None or self._saving:
            return
        if self.decision.verdict != verdict:
            self.decision.choose_verdict(verdict)  # type: ignore[arg-type]
        self.confirm_decision()

    def confirm_decision(self) -> None:
        if self.current is None or self._saving or (self._confirm is not None and self._confirm.isVisible()):
            return
        request = self.decision.request()
        if request is None:
            self.say("Choose Approve, Reject or Action required first (A, R or X).")
            return
        dialog = ConfirmDecisionDialog(request, self.current.detail, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.save_decision(request))
        dialog.finished.connect(self._confirm_closed)
        self._confirm = dialog
        dialog.open()

    def _confirm_closed(self, *_: object) -> None:
        self._confirm = None
        # back to the queue, so the next key (J, K, A...) works at once
        self.activateWindow()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def confirm_dialog(self) -> ConfirmDecisionDialog | None:
        return self._confirm

    def save_decision(self, request: DecisionRequest) -> None:
        """Save through the store on the writer thread; then show the next claim to review."""
        if self._saving:
            return
        self._saving = True
        store = self.store
        reviewer = self.settings.reviewer
        order = self.proxy.visible_ids()

        def work(_c: TaskControl) -> tuple[StoredDecision, ClaimSummary]:
            saved = store.decide(
                request.claim_id,
                request.verdict,
                reviewer=reviewer,
                comment=request.comment,
                template_id=request.template_id,
                workload_verdicts=request.workload_verdicts,
                expected_version=request.expected_version,
                replace=request.replace,
            )
            return saved, store.get_claim(request.claim_id).summary

        def done(result: tuple[StoredDecision, ClaimSummary]) -> None:
            self._saving = False
            saved, summary = result
            self._update_row(summary)
            self._decided_today += 1
            self._refresh_overview()
            d = saved.decision
            text = f"Saved: claim {d.claim_id} {OUTCOME_TEXT.get(d.decision, d.decision)}"
            if d.respond_by:
                text += f"; the partner must respond by {d.respond_by.isoformat()}"
            self.say(text + ".")
            self.decisionSaved.emit(saved)
            self._advance_after(request.claim_id, order)

        def failed(exc: BaseException) -> None:
            self._saving = False
            self.show_error(exc)
            if isinstance(exc, StaleDecisionError):
                self._refresh_claim(request.claim_id)

        self.tasks.run(work, done=done, failed=failed, writes=True, label=f"Saving the decision on {request.claim_id}")

    def _update_row(self, summary: ClaimSummary) -> None:
        """Change one row without the selection wandering to a neighbour (and opening it) when the
        row leaves the filtered view; the reviewer decides where to go next."""
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        try:
            self.model.update_claim(summary)
            current = self.current_claim_id
            row = self.proxy.proxy_row_of(current) if current else None
            if row is None:
                selection.clear()
            else:
                self._select_row(row)
        finally:
            selection.blockSignals(False)
        self.table.viewport().update()
        self._update_counts()

    def _refresh_claim(self, claim_id: str) -> None:
        """Read one claim again (after someone else changed it): its row and, if open, the panels."""
        store = self.store

        def done(summary: ClaimSummary) -> None:
            self._update_row(summary)
            if self.current_claim_id == claim_id:
                self.open_claim(claim_id, force=True)

        self.tasks.run(lambda _c: store.get_claim(claim_id).summary, done=done, label=f"Reloading {claim_id}")

    def _advance_after(self, claim_id: str, order: list[str]) -> None:
        """Open the next claim still to review after ``claim_id`` in the order the reviewer saw."""
        start = order.index(claim_id) + 1 if claim_id in order else 0
        candidates = order[start:] + order[:start]
        for cid in candidates:
            if cid == claim_id:
                continue
            row = self.model.row_of(cid)
            if row is not None and self.model.summary(row).status == TO_REVIEW and self._select(cid):
                return
        if self.proxy.proxy_row_of(claim_id) is not None:
            self._select(claim_id, open_it=False)
            self.open_claim(claim_id, force=True)
        self.say("No claim left to review with these filters. Well done!")

    # -- import (ui/imports.py) ---------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self.imports.drag_enter(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self.imports.drop(event)

    def choose_bundles(self) -> None:
        self.imports.choose_bundles()

    def choose_folder(self) -> None:
        self.imports.choose_folder()

    def import_paths(self, paths: Sequence[str | Path]) -> Batch[str, ImportResult | BaseException] | None:
        """Import bundles one per task on the writer thread, with a cancellable progress dialog."""
        return self.imports.import_paths(paths)

    # -- export (ui/imports.py) ---------------------------------------------------------------------
    def ask_export_path(self) -> str:
        """Where to write the export (tests replace this)."""
        return self.exports.ask_path()

    def export_decisions(self) -> None:
        self.exports.export_decisions()

    # -- other commands ------------------------------------------------------------------------------
    def compare_conflicts(self) -> CompareDialog | None:
        """Open the side-by-side view of the current claim's conflict group (non-modal)."""
        detail = self.current.detail if self.current is not None else None
        if detail is None or not detail.summary.conflict:
            self.say("The claim shown is not in a conflict group.")
            return None
        dialog = CompareDialog(
            self.store, self.tasks, claim_id=detail.summary.claim_id, reviewer_name=self.settings.reviewer_name,
            parent=self,
        )  # fmt: skip
        dialog.setWindowFlag(Qt.WindowType.Window, True)
        if self.compare_dialog is not None:  # one comparison at a time: it holds two claims' bundles open
            self.compare_dialog.close()
            self.compare_dialog.deleteLater()
        dialog.groupDecided.connect(lambda _saved: self.reload())
        self.compare_dialog = dialog
        dialog.show()
        return dialog

    def reload(self) -> None:
        claim_id = self.current_claim_id
        self.reload_queue(then=(lambda: self.open_claim(claim_id, force=True)) if claim_id else None)

    def show_shortcuts(self) -> ShortcutsDialog:
        dialog = ShortcutsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self._shortcuts_dialog = dialog
        return dialog

    def edit_settings(self) -> None:
        dialog = SettingsDialog(self.settings, self.store.url, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def accepted() -> None:
            changed = dialog.save()
            opts.apply_ocr(self.settings.get(opts.OCR))
            self.proxy.me = self.settings.reviewer
            self._update_reviewer_label()
            if changed:
                self.switch_database(opts.database_url(None, self.settings))

        dialog.accepted.connect(accepted)
        dialog.open()

    def switch_database(self, url: str) -> None:
        """Open another review database (after the settings changed) and show its queue."""
        if self.tasks.busy:
            self.say("The database changes after the work in progress ends; open Settings again then.", "warning")
            return

        def done(store: ReviewQueue) -> None:
            old = self.store
            self.store = store
            if self.current is not None:
                self.current.close()
            self.current = None
            self._wanted = None
            self.checks.clear()
            self.decision.clear()
            self.viewer.clear()
            self.setWindowTitle(f"POE Reviewer — {store.url}")
            old.close()
            self.say(f"Opened the review database {store.url}.")
            self.table.clearSelection()
            self.table.setCurrentIndex(QModelIndex())
            self.reload_queue()

        actor = self.settings.reviewer
        self.tasks.run(lambda _c: ReviewQueue(url, actor=actor), done=done, writes=True, label="Opening the database")

    def _about(self) -> None:
        QMessageBox.about(
            self,
            "About POE Reviewer",
            f"POE Reviewer {__version__}\nChecks Proof of Execution of Microsoft partner incentive claims.\n\n"
            f"Database: {self.store.url}\nSettings: {self.settings.path}",
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closed:
            super().closeEvent(event)
            return
        self._closed = True
        self.save_layout()
        self.tasks.shutdown()
        if self.current is not None:
            self.current.close()
            self.current = None
        self.viewer.clear()
        self.store.close()
        super().closeEvent(event)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


__all__ = ["ImportReport", "MainWindow", "OpenedClaim", "expand_bundle_paths"]
