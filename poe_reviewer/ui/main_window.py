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
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QShowEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from poe_reviewer import __version__
from poe_reviewer.application import claims as claim_service
from poe_reviewer.application.bundles import expand_bundle_paths
from poe_reviewer.application.claims import OpenedClaim
from poe_reviewer.application.metrics import compute_metrics
from poe_reviewer.application.qc import describe_reasons
from poe_reviewer.application.queue import (
    TO_REVIEW,
    ClaimSummary,
    ImportResult,
    ReviewQueue,
    StoredDecision,
)
from poe_reviewer.checks.base import Evidence
from poe_reviewer.findings.facts import SharedEvidenceFact
from poe_reviewer.review import Verdict
from poe_reviewer.ui import settings as opts
from poe_reviewer.ui.batch import BatchFlow
from poe_reviewer.ui.checks_panel import ChecksPanel
from poe_reviewer.ui.compare import CompareDialog
from poe_reviewer.ui.deciding import DecidingFlow
from poe_reviewer.ui.decision_panel import (
    OUTCOME_TEXT,
    ConfirmDecisionDialog,
    DecisionPanel,
    DecisionRequest,
)
from poe_reviewer.ui.errors import show_unexpected, user_message
from poe_reviewer.ui.imports import ExportFlow, ImportFlow, ImportReport
from poe_reviewer.ui.metrics_dock import MetricsPanel
from poe_reviewer.ui.notes import NoteDialog
from poe_reviewer.ui.overview import OverviewChart, compute_overview, decisions_since, start_of_local_day
from poe_reviewer.ui.queue_dock import QueueDock
from poe_reviewer.ui.revisions import RevisionsDialog
from poe_reviewer.ui.settings import Settings, SettingsDialog
from poe_reviewer.ui.shared_evidence import SharedEvidenceDialog
from poe_reviewer.ui.shortcuts import SHORTCUTS, ShortcutsDialog, key_sequences
from poe_reviewer.ui.tasks import Batch, TaskControl, Tasks
from poe_reviewer.ui.viewer import DocumentPane
from poe_reviewer.ui.widgets import MessageBar, header_text, named

log = logging.getLogger(__name__)


#: The window's size on first use, on a screen large enough for it.
FIRST_SIZE = (1600, 980)


def first_size(available: QSize | None) -> tuple[int, int]:
    """The window's first size: ``FIRST_SIZE``, or the screen's available area when that is smaller (a
    1366x768 laptop); later runs restore the size the reviewer left."""
    if available is None or available.isEmpty():
        return FIRST_SIZE
    return min(FIRST_SIZE[0], available.width()), min(FIRST_SIZE[1], available.height())


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
        self.deciding = DecidingFlow(self, self)
        self.batch = BatchFlow(self, self)
        if self.tasks.parent() is None:
            self.tasks.setParent(self)
        self.tasks.failed.connect(self.show_error)
        self._title(store)
        self.setAccessibleName("POE Reviewer")
        self.setAcceptDrops(True)
        self.resize(*first_size(self.screen().availableGeometry().size() if self.screen() else None))

        self.current: OpenedClaim | None = None
        self._wanted: str | None = None
        self._loading: str | None = None
        self._queue_loaded = False
        self._decided_today = 0
        #: the open claim's bundle problem the message bar shows (hidden when another claim opens)
        self._problem_shown = ""
        self.last_open_ms: float | None = None
        self._open_requested = time.perf_counter()
        self._layout_restored = False
        self._shown_once = False
        self._closed = False
        self.commands: dict[str, QAction] = {}
        self.compare_dialog: CompareDialog | None = None
        self.shared_dialog: SharedEvidenceDialog | None = None
        self.revisions_dialog: RevisionsDialog | None = None

        self._build_central()
        self._build_queue()
        self._build_docks()
        self._build_actions()
        self._build_status()
        self._restore_layout()
        self.reload_queue(then=self._catch_up_reuse)
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
        named(self.claim_header, "Claim", "The open claim: partner, customer, workloads, dates and flags")
        self.viewer = DocumentPane(central, settings=self.settings)
        named(self.viewer, "Documents", "The bundle's documents; evidence boxes are highlighted")
        layout.addWidget(self.message_bar)
        layout.addWidget(self.claim_header)
        layout.addWidget(self.viewer, 1)
        self.setCentralWidget(central)

    def _build_queue(self) -> None:
        self.queue = QueueDock(self.settings.reviewer)
        self.queue.attach_views(self.settings)
        # the queue's parts, by the names the window's flows and tests use
        self.model, self.proxy, self.table, self.search = (
            self.queue.model, self.queue.proxy, self.queue.table, self.queue.search)  # fmt: skip
        self.status_filter, self.program_filter, self.recommendation_filter, self.due_filter, self.reviewer_filter = (
            self.queue.filter_boxes)  # fmt: skip
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.queue.filtersChanged.connect(self._filters_changed)

    def _build_docks(self) -> None:
        self.overview = OverviewChart()
        self.overview.segmentClicked.connect(self._overview_clicked)
        self.checks = ChecksPanel()
        self.checks.evidenceActivated.connect(self.show_evidence)
        self.checks.sharedActivated.connect(self.show_shared_evidence)
        self.checks.revisionsRequested.connect(lambda path: self.compare_revisions(path or None))
        self.decision = DecisionPanel()
        self.decision.saveRequested.connect(self.confirm_decision)
        self.decision.qcAgreeRequested.connect(lambda: self.deciding.agree_qc())
        self.decision.failed.connect(self.show_error)
        self.metrics = MetricsPanel()
        self.setDockNestingEnabled(True)
        self.docks: dict[str, QDockWidget] = {}
        for name, title, widget, area in (
            ("overview", "Overview", self.overview, Qt.DockWidgetArea.LeftDockWidgetArea),
            ("queue", "Queue", self.queue, Qt.DockWidgetArea.LeftDockWidgetArea),
            ("checks", "Checks", self.checks, Qt.DockWidgetArea.RightDockWidgetArea),
            ("decision", "Decision", self.decision, Qt.DockWidgetArea.RightDockWidgetArea),
            ("metrics", "Reviewer metrics", self.metrics, Qt.DockWidgetArea.RightDockWidgetArea),
        ):
            dock = QDockWidget(title, self)
            dock.setObjectName(f"dock_{name}")
            named(dock, f"{title} panel", f"The {title.lower()} panel (drag its title to move it)")
            dock.setWidget(widget)
            dock.setFeatures(
                QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                | QDockWidget.DockWidgetFeature.DockWidgetClosable
            )  # fmt: skip
            self.addDockWidget(area, dock)
            self.docks[name] = dock
        # the team lead's view: opened from View, over the checks, and computed only while shown
        self.tabifyDockWidget(self.docks["checks"], self.docks["metrics"])
        self.docks["checks"].raise_()
        self._name_tab_bars()
        self.docks["metrics"].hide()
        self.docks["metrics"].visibilityChanged.connect(self._metrics_shown)
        self._default_dock_sizes()

    def _default_dock_sizes(self) -> None:
        # the viewer takes what is left; the queue wide enough for partner names (in proportion on a small
        # screen: a 1366x768 laptop shows all four panels)
        w, h = self.width(), self.height()
        queue, checks = min(520, int(w * 0.3)), min(380, int(w * 0.26))
        central = self.centralWidget()
        room = w - (central.minimumSizeHint().width() if central is not None else 0) - 24
        if queue + checks > room:
            # never wider than the screen: the side panels share what the document view leaves
            checks = max(300, int(room * 0.44))  # the decision buttons need about this much
            queue = max(240, room - checks)
        self.resizeDocks([self.docks["queue"], self.docks["checks"]], [queue, checks], Qt.Orientation.Horizontal)
        vertical = Qt.Orientation.Vertical
        self.resizeDocks([self.docks["overview"], self.docks["queue"]], [110, max(200, h - 200)], vertical)
        self.resizeDocks([self.docks["checks"], self.docks["decision"]], [int(h * 0.44), int(h * 0.53)],
                         Qt.Orientation.Vertical)  # fmt: skip

    def _build_actions(self) -> None:
        handlers: dict[str, Callable[[], Any]] = {
            "next_claim": lambda: self.step_claim(1),
            "previous_claim": lambda: self.step_claim(-1),
            "approve": lambda: self.start_decision("approve"),
            "reject": lambda: self.start_decision("reject"),
            "action_required": lambda: self.start_decision("action_required"),
            "save_decision": self.confirm_decision,
            "repeat_decision": self.repeat_decision,
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
            "compare_revisions": self.compare_revisions,
            "undo_decision": self.undo_decision,
            "agree_qc": self.deciding.agree_qc,
            "add_note": self.add_note,
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
                self.queue.addAction(action)
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
        for name in ("next_claim", "previous_claim", None, "approve", "reject", "action_required",
                     "repeat_decision", "save_decision", "undo_decision", "agree_qc", "add_note", None,
                     "next_evidence", "find", "search_queue", "reload"):  # fmt: skip
            if name is None:
                claim_menu.addSeparator()
            else:
                claim_menu.addAction(self.commands[name])
        # Compare conflicts (issue 6): C, only while the claim shown has the conflict badge.
        compare = self.commands["compare_conflicts"]
        compare.setEnabled(False)
        claim_menu.addSeparator()
        claim_menu.addAction(compare)
        # a returning claim (issue 16): V, only while the claim shown came back after a decision
        revisions = self.commands["compare_revisions"]
        revisions.setEnabled(False)
        claim_menu.addAction(revisions)
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
        named(self.count_label, "Claim count", "Claims shown with the current filter / claims in the database")
        self.busy_label = QLabel()
        named(self.busy_label, "Background work", "Work running in the background (the window stays usable)")
        self.reviewer_label = QLabel()
        named(self.reviewer_label, "Reviewer", "Decisions are saved under this name (Settings, Ctrl+,)")
        bar.addPermanentWidget(self.busy_label)
        bar.addPermanentWidget(self.count_label)
        bar.addPermanentWidget(self.reviewer_label)
        self.tasks.busyChanged.connect(lambda n: self.busy_label.setText("Working…" if n else ""))
        self._update_reviewer_label()

    def _update_reviewer_label(self) -> None:
        name = self.settings.reviewer_name
        who = self.settings.reviewer
        if not self.settings.identified:
            self.reviewer_label.setText("Who are you? Settings (Ctrl+,)")
            return
        self.reviewer_label.setText(f"{name} <{who}>" if name else who)

    def ask_identity(self) -> None:
        """First use: the reviewer's name and e-mail, which every decision records (never the login name)."""
        if self.settings.identified:
            return
        self.say("Set your name and e-mail address first: every decision records who made it.", "warning")
        self.edit_settings()

    def undo_decision(self) -> None:
        """Ctrl+Z: take back the reviewer's last decision not exported yet (an audit event, too)."""
        if not self.settings.identified:
            self.ask_identity()
            return
        store = self.store
        who = self.settings.reviewer

        def work(_c: TaskControl) -> list[tuple[StoredDecision, ClaimSummary]]:
            return [(d, store.get_claim(d.decision.claim_id).summary) for d in store.undo_decision(None, by=who)]

        def done(undone: list[tuple[StoredDecision, ClaimSummary]]) -> None:
            for _d, summary in undone:
                self.update_row(summary)
            names = ", ".join(
                f"{d.decision.claim_id} ({OUTCOME_TEXT.get(d.decision.decision, d.decision.decision)})"
                for d, _ in undone
            )
            self.say(f"Undone: {names}; back to {undone[0][1].status.replace('_', ' ')}.")
            current = self.current_claim_id
            if current and any(d.decision.claim_id == current for d, _ in undone):
                self.open_claim(current, force=True)

        self.tasks.run(work, done=done, failed=self.show_error, writes=True, label="Undoing the last decision")

    def _restore_layout(self) -> None:
        geometry = self.settings.get(opts.WINDOW_GEOMETRY)
        state = self.settings.get(opts.WINDOW_STATE)
        header = self.settings.get(opts.QUEUE_HEADER)
        if geometry:
            self.restoreGeometry(QByteArray(geometry))
        self._layout_restored = bool(state) and self.restoreState(QByteArray(state))
        if header:
            self.table.horizontalHeader().restoreState(QByteArray(header))
            # the widths and order come back; which columns show is the reviewer's choice and the width's
            self.queue.fit(again=True)

    def resize(self, *size: Any) -> None:
        super().resize(*size)
        if not self.isVisible():
            # the size asked before the window is shown: its first layout may grow past it (see showEvent)
            self._asked_size = self.size()

    def showEvent(self, event: QShowEvent) -> None:
        asked = getattr(self, "_asked_size", self.size())
        super().showEvent(event)
        if not self._layout_restored and not self._shown_once:
            # dock sizes asked for before the window had a size are not kept: ask again once shown. The first
            # layout may have grown the window past the size asked (the screen's, on a 1366x768 laptop): give
            # that back first, then size the docks for it once the window has taken it
            self._shown_once = True

            def back_to_size() -> None:
                if self.width() > asked.width() or self.height() > asked.height():
                    self.resize(asked)
                QTimer.singleShot(50, self, self._default_dock_sizes)

            QTimer.singleShot(0, self, back_to_size)

    def save_layout(self) -> None:
        self.settings.set(opts.WINDOW_GEOMETRY, bytes(self.saveGeometry().data()))
        self.settings.set(opts.WINDOW_STATE, bytes(self.saveState().data()))
        self.settings.set(opts.QUEUE_HEADER, bytes(self.table.horizontalHeader().saveState().data()))
        self.settings.sync()

    def _title(self, store: ReviewQueue) -> None:
        """ "POE Reviewer — <queue name>"; the database itself in the status bar's tooltip."""
        self.setWindowTitle(f"POE Reviewer — {store.queue_name}")
        self.statusBar().setToolTip(f"Review database: {store.url}")

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
    def _filters_changed(self) -> None:
        self._update_counts()
        self._ensure_selection()

    def set_status_filter(self, status: str) -> None:
        self.queue.set_status_filter(status)

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
            self.queue.fill_reviewers(rows)
            self._queue_loaded = True
            self._update_counts()
            self._refresh_overview()
            if keep is not None:
                self.queue.select(keep, open_it=False)
            self._ensure_selection()
            self.queueLoaded.emit()
            if then is not None:
                then()

        self.tasks.run(lambda _c: store.list_claims(), done=done, label="Reading the queue")

    def _catch_up_reuse(self) -> None:
        """On opening: the reused-evidence check an interrupted import still owes (or claims stored before
        fingerprints were kept) runs in the background, and the queue is read again if anything changed."""
        store = self.store

        def owed(_c: TaskControl) -> dict[str, str]:
            if not store.pending_reuse() and not store.revisions_without_fingerprint():
                return {}
            return store.catch_up_reuse()

        def done(found: dict[str, str]) -> None:
            if found:
                self.say(f"Checked {len(found)} claim(s) for evidence reused across the queue (an import had stopped).")
                self.reuse_checked(found)

        self.tasks.run(owed, done=done, writes=True, label="Checking the queue for reused evidence")

    def reuse_checked(self, found: Mapping[str, str]) -> None:
        """The queue-wide reuse check has judged ``found`` (claim id -> status): read the queue again,
        and the claim shown too when it is among them (it was shown with the verdict from before)."""
        if self.current_claim_id is not None and self.current_claim_id in found:
            self.reload()
        else:
            self.reload_queue()

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
            self.queue.select_row(0)

    def select_claim(self, claim_id: str) -> bool:
        """Open ``claim_id`` (clearing filters that hide it)."""
        if self.proxy.proxy_row_of(claim_id) is None and self.model.row_of(claim_id) is not None:
            self.queue.clear_filters()
        return self.queue.select(claim_id)

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
        self.queue.select_row(row)

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
        self.checks.set_changes(opened.changes)
        self.decision.set_claim(
            detail, opened.audit, policy=self.store.policy, reviewer_name=self.settings.reviewer_name
        )
        if opened.qc is not None:
            mine = opened.qc.decision.reviewer.strip().casefold() == self.settings.reviewer.strip().casefold()
            why = describe_reasons(opened.qc.reasons, self.store.qc.settings)
            self.decision.set_qc(opened.qc, mine=mine, why=why)
        self.claim_header.setText(header_text(detail))
        changes = {c.path: c for c in opened.changes.documents} if opened.changes else None
        self.viewer.set_claim(
            opened.claim_id, opened.documents, opened.files, changes, claim=detail.claim, policy=self.store.policy
        )
        if previous is not None and previous is not opened:
            previous.close()
        if opened.problem:
            self.say(opened.problem, "warning")
            self._problem_shown = opened.problem
        elif self._problem_shown and self.message_bar.text() == self._problem_shown:
            # the previous claim's bundle problem, not this one's; any other message (an import's report) stays
            self.message_bar.hide()
            self._problem_shown = ""
        self.commands["compare_conflicts"].setEnabled(detail.summary.conflict)
        self.commands["compare_revisions"].setEnabled(opened.changes is not None)
        self.last_open_ms = (time.perf_counter() - self._open_requested) * 1000
        self.claimShown.emit(opened.claim_id)

    # -- evidence ------------------------------------------------------------------------------------
    def show_evidence(self, evidence: object) -> None:
        if not isinstance(evidence, Evidence):
            return
        found = self.viewer.open_evidence(evidence.document, evidence.page, evidence.bbox, evidence.quote)
        if not found:
            self.say(f"{evidence.document} cannot be shown (not among this claim's readable documents).", "warning")

    def compare_revisions(self, path: str | None = None) -> RevisionsDialog | None:
        """The revision decided last and this one side by side (non-modal), at ``path`` or the first new document."""
        changes = self.current.changes if self.current is not None else None
        if changes is None:
            self.say("The claim shown has no earlier decided revision to compare with.")
            return None
        dialog = RevisionsDialog(self.store, self.tasks, changes, path if isinstance(path, str) else None, self)
        dialog.setWindowFlag(Qt.WindowType.Window, True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.revisions_dialog = dialog
        dialog.show()
        return dialog

    def show_shared_evidence(self, fact: object) -> SharedEvidenceDialog | None:
        """This claim's side and the other claim's side of a shared piece, side by side (non-modal)."""
        if not isinstance(fact, SharedEvidenceFact) or self.current is None:
            return None
        dialog = SharedEvidenceDialog(self.store, self.tasks, self.current.claim_id, fact, self)
        dialog.setWindowFlag(Qt.WindowType.Window, True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.shared_dialog = dialog
        dialog.show()
        return dialog

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

    # -- deciding (ui/deciding.py) ------------------------------------------------------------------
    def start_decision(self, verdict: Verdict) -> None:
        self.deciding.start(verdict)

    def repeat_decision(self) -> None:
        self.deciding.repeat_last()

    def selected_ids(self) -> list[str]:
        """The claims selected in the queue (several: A, R or X decides them as a batch)."""
        return self.queue.selected_ids()

    def confirm_decision(self) -> None:
        self.deciding.confirm()

    @property
    def confirm_dialog(self) -> ConfirmDecisionDialog | None:
        return self.deciding.dialog

    def save_decision(self, request: DecisionRequest) -> None:
        self.deciding.save(request)

    def count_decision(self, count: int = 1) -> None:
        """More decisions today (the overview counts them, and the metrics if they are shown)."""
        self._decided_today += count
        self._refresh_overview()
        if self.docks["metrics"].isVisible():
            self.refresh_metrics()

    def add_note(self) -> None:
        """N: a note (and tags) on the open claim or the page shown, saved on the writer thread."""
        if self.current is None:
            return
        if not self.settings.identified:
            self.ask_identity()
            return
        doc = self.viewer.current
        page = self.viewer.current_page()
        page_of = (doc.path, page) if doc is not None and page else None
        claim_id = self.current.claim_id
        # the tags in use, from the queue rows the window holds (no query on the GUI thread)
        in_use = sorted({t for c in self.model.claims() for t in c.tags.split(",") if t})
        dialog = NoteDialog(claim_id, page_of, in_use, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        store, by = self.store, self.settings.reviewer

        def save() -> None:
            where = dialog.page()
            words, tags = dialog.words(), dialog.tag_list()

            def work(_c: TaskControl) -> ClaimSummary:
                store.add_note(claim_id, words, by=by, tags=tags, document=where[0] if where else None,
                               page=where[1] if where else None)  # fmt: skip
                return store.get_claim(claim_id).summary

            def done(summary: ClaimSummary) -> None:
                self.update_row(summary)
                self.say(f"Note kept on claim {claim_id} (never sent to the partner).")
                self.refresh_claim(claim_id)

            self.tasks.run(work, done=done, failed=self.show_error, writes=True, label=f"Noting on {claim_id}")

        dialog.accepted.connect(save)
        self.note_dialog: NoteDialog | None = dialog
        dialog.open()

    def _metrics_shown(self, shown: bool) -> None:
        self._name_tab_bars()
        if shown:
            self.refresh_metrics()

    def _name_tab_bars(self) -> None:
        """The tabs of docks placed together, and their scroll buttons, named for screen readers."""
        for bar in self.findChildren(QTabBar):
            named(bar, "Panel tabs", "Panels sharing this place: click a tab to show it")
            for button in bar.findChildren(QToolButton):
                left = "Left" in button.objectName()
                named(button, f"Scroll {'left' if left else 'right'}", "Show more panel tabs")

    def refresh_metrics(self) -> None:
        """The reviewer metrics, computed on a worker thread (read only)."""
        store = self.store
        self.tasks.run(
            lambda _c: compute_metrics(store), done=self.metrics.set_metrics, failed=self.show_error,
            label="Computing the reviewer metrics",
        )  # fmt: skip

    def update_row(self, summary: ClaimSummary) -> None:
        self.update_rows([summary])

    def update_rows(self, summaries: Sequence[ClaimSummary]) -> None:
        """Change rows without the selection wandering to a neighbour (and opening it) when a row leaves the
        filtered view; the reviewer decides where to go next."""
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        try:
            for summary in summaries:
                self.model.update_claim(summary)
            current = self.current_claim_id
            row = self.proxy.proxy_row_of(current) if current else None
            if row is None:
                selection.clear()
            else:
                self.queue.select_row(row)
        finally:
            selection.blockSignals(False)
        self.table.viewport().update()
        self._update_counts()

    def settle_queue(self) -> None:
        """Lay out the queue's changed rows now rather than on Qt's later timer, so that they are painted when
        the next background task starts (see :func:`~poe_reviewer.ui.tasks.draw_pending`), not while it runs."""
        self.table.executeDelayedItemsLayout()

    def refresh_claim(self, claim_id: str) -> None:
        """Read one claim again (after someone else changed it): its row and, if open, the panels."""
        store = self.store

        def done(summary: ClaimSummary) -> None:
            self.update_row(summary)
            if self.current_claim_id == claim_id:
                self.open_claim(claim_id, force=True)

        self.tasks.run(lambda _c: store.get_claim(claim_id).summary, done=done, label=f"Reloading {claim_id}")

    def advance_after(
        self,
        claim_id: str,
        order: list[str],
        wants: Callable[[ClaimSummary], bool] | None = None,
        none_left: str = "No claim left to review with these filters. Well done!",
    ) -> None:
        """Open the next claim still to review (or that ``wants`` picks) after ``claim_id`` in the order the
        reviewer saw."""
        pick = wants or (lambda summary: summary.status == TO_REVIEW)
        start = order.index(claim_id) + 1 if claim_id in order else 0
        candidates = order[start:] + order[:start]
        for cid in candidates:
            if cid == claim_id:
                continue
            row = self.model.row_of(cid)
            if row is not None and pick(self.model.summary(row)) and self.queue.select(cid):
                return
        if self.proxy.proxy_row_of(claim_id) is not None:
            self.queue.select(claim_id, open_it=False)
            self.open_claim(claim_id, force=True)
        self.say(none_left)

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

    def import_sample_queue(self, folder: Path, as_of: dt.date | None = None) -> None:
        """The sample queue with its past (earlier revisions and their decisions), its clocks counted back
        from ``as_of`` (today by default), in the background."""
        self.imports.import_sample_queue(folder, as_of)

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
        """Read the queue again and show what it now holds: the claim shown, if the view still lists
        it; else the claim the queue now selects (a group just decided has left the view, and showing
        it again would leave the selected row unopened until the next poll)."""
        claim_id = self.current_claim_id

        def then() -> None:
            if claim_id is not None and self.proxy.proxy_row_of(claim_id) is not None:
                self.open_claim(claim_id, force=True)
                return
            current = self.table.currentIndex()
            if current.isValid():
                self.open_claim(self.proxy.summary_at(current.row()).claim_id)

        self.reload_queue(then=then)

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
            # what this window saves from now on is recorded under the reviewer just set
            self.store.actor = self.settings.reviewer or self.store.actor
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
            self._title(store)
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


__all__ = ["ImportReport", "MainWindow", "OpenedClaim", "expand_bundle_paths"]
