"""Deciding several claims at once: A, R or X with more than one claim selected in the queue.

The plan is read in the background (each claim under the guards of a single decision, see
:mod:`poe_reviewer.application.batch`) and shown claim by claim: what will be decided, with the first line of
its comment, and what is refused, with the reason. One confirmation saves them on the writer thread, one task
per claim (the window stays responsive, a decision elsewhere is never held up by the whole batch), with a
progress dialog that can stop the batch; what was saved stays saved.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    SignalInstance,
)
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from poe_reviewer.application.batch import BatchItem, BatchPlan, plan_batch, save_item
from poe_reviewer.application.queue import ClaimSummary, ReviewQueue, StoredDecision
from poe_reviewer.errors import PoeReviewerError
from poe_reviewer.review import Verdict
from poe_reviewer.templates import comment_templates
from poe_reviewer.ui.decision_panel import VERDICT_COLORS
from poe_reviewer.ui.settings import Settings
from poe_reviewer.ui.tasks import Batch, DelayedProgress, Tasks
from poe_reviewer.ui.widgets import named

#: How a batch's verdict reads in its confirmation ("Reject 12 claims?").
VERDICT_VERB = {"approve": "Approve", "reject": "Reject", "action_required": "Ask for action on"}
#: What a chunk of a batch gives back: the decisions saved, the claims refused on saving (and why), and the
#: chunk's rows as they now are.
Saved = tuple[list[StoredDecision], list[tuple[str, str]], list[ClaimSummary]]
#: Claims saved per task on the writer thread.
CHUNK = 25
VERDICT_DONE = {"approve": "approved", "reject": "rejected", "action_required": "set to Action Required"}


class Window(Protocol):
    """What batch decisions use of the workbench window."""

    store: ReviewQueue
    settings: Settings
    tasks: Tasks
    decisionSaved: SignalInstance

    def say(self, text: str, level: str = "info") -> None: ...

    def show_error(self, exc: object) -> None: ...

    @property
    def current_claim_id(self) -> str | None: ...

    def refresh_claim(self, claim_id: str) -> None: ...

    def update_rows(self, summaries: Sequence[ClaimSummary]) -> None: ...

    def settle_queue(self) -> None: ...

    def count_decision(self, count: int = 1) -> None: ...

    def ask_identity(self) -> None: ...


class PlanRows(QAbstractTableModel):
    """The plan's claims as the confirmation lists them: refused first, each with what happens to it.

    A model rather than a table of items: a plan of hundreds of claims is shown at once, and only the rows on
    screen are ever read."""

    HEADERS = ("Claim", "Customer", "What happens")

    def __init__(self, plan: BatchPlan, titles: dict[str, str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.refused_color = QColor(VERDICT_COLORS["reject"])
        # refused claims first: they are what the reviewer must notice
        self.items = sorted(plan.items, key=lambda i: i.refused is None)
        self.rows = [self._cells(item, titles) for item in self.items]

    @staticmethod
    def _cells(item: BatchItem, titles: dict[str, str]) -> tuple[str, str, str]:
        # the template's title and the comment's first words after the greeting ("Dear Partner,")
        lines = [line.strip() for line in item.comment.splitlines() if line.strip()]
        if lines and lines[0].endswith(",") and len(lines[0].split()) <= 4:
            lines = lines[1:]
        title = titles.get(item.template_id or "", "no template")
        text = f"Refused: {item.refused}" if item.refused else f"{title}: {lines[0] if lines else ''}"
        return item.claim_id, item.customer, text

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.refused or item.comment
        if role == Qt.ItemDataRole.ForegroundRole and item.refused:
            return self.refused_color
        return None


class BatchDecisionDialog(QDialog):
    """The plan of a batch decision, claim by claim, to confirm or cancel."""

    def __init__(self, plan: BatchPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        n, refused = len(plan.to_decide), len(plan.refused)
        verb = VERDICT_VERB.get(plan.verdict, plan.verdict)
        self.setWindowTitle(f"{verb} {n} claim{'s' if n != 1 else ''}?")
        named(self, "Batch decision", "What the decision will do to each selected claim")
        what = (
            f"{n} of the {len(plan.items)} selected claims will be {VERDICT_DONE.get(plan.verdict, plan.verdict)}, "
            "each with its template's comment filled in for it."
        )
        if refused:
            what += f" {refused} {'is' if refused == 1 else 'are'} refused and stay{'s' if refused == 1 else ''} as "
            what += "they are: the reason is beside each."
        self.intro = QLabel(what)
        self.intro.setWordWrap(True)
        named(self.intro, "What will happen", what)
        self.rows = PlanRows(plan, {t.id: t.title for t in comment_templates()}, self)
        self.table = QTableView(self)
        self.table.setModel(self.rows)
        named(self.table, "Claims of the batch", "Each selected claim: decided with this comment, or refused and why")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        # measured once from the text, not row by row: a batch of hundreds of claims opens at once
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(0, self.fontMetrics().horizontalAdvance("0000000 r00") + 24)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setColumnWidth(1, 220)
        self.refused_rows = sum(1 for i in plan.items if i.refused)
        self.table.setWordWrap(True)  # a refusal's reason is read whole (rows fitted once the columns are laid out)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(f"{verb} {n} claim{'s' if n != 1 else ''}")
        ok.setEnabled(n > 0)
        named(ok, "Confirm the batch", "Save the decision on every claim listed as decided")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(860, min(560, 160 + 28 * len(plan.items)))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._fit_refusals)

    def _fit_refusals(self) -> None:
        # only a refusal's reason is read whole; fitting every row of a long batch would hold the window
        # still for a moment (a text layout per cell)
        for row in range(self.refused_rows):
            self.table.resizeRowToContents(row)


class BatchFlow:
    """From A, R or X on several selected claims to their saved decisions."""

    def __init__(self, window: Window, parent_widget: QWidget) -> None:
        self.window = window
        self.parent_widget = parent_widget
        self.dialog: BatchDecisionDialog | None = None
        self.running: Batch[list[BatchItem], Saved] | None = None

    def start(self, verdict: Verdict, claim_ids: list[str]) -> None:
        """Read the plan in the background, then show it to confirm."""
        window = self.window
        if self.running is not None or (self.dialog is not None and self.dialog.isVisible()):
            return
        if not window.settings.identified:
            window.ask_identity()  # a decision records who made it
            return
        store, reviewer, name = window.store, window.settings.reviewer, window.settings.reviewer_name
        window.say(f"Reading {len(claim_ids)} claims for one decision…")
        window.settle_queue()
        window.tasks.run(
            lambda _c: plan_batch(store, claim_ids, verdict, reviewer=reviewer, reviewer_name=name),
            done=self.confirm,
            failed=window.show_error,
            label=f"Planning a decision on {len(claim_ids)} claims",
        )

    def confirm(self, plan: BatchPlan) -> None:
        """Show the plan (``self.dialog``) to confirm or cancel."""
        dialog = BatchDecisionDialog(plan, self.parent_widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.save(plan))
        dialog.finished.connect(lambda *_: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def save(self, plan: BatchPlan) -> Batch[list[BatchItem], Saved]:
        """A task per few claims on the writer thread (a decision elsewhere waits for at most one chunk); each
        chunk's rows update together as it is saved."""
        window = self.window
        store, reviewer = window.store, window.settings.reviewer
        todo = plan.to_decide
        chunks = [todo[i : i + CHUNK] for i in range(0, len(todo), CHUNK)]

        def one(chunk: list[BatchItem], _c: object) -> Saved:
            saved: list[StoredDecision] = []
            failed: list[tuple[str, str]] = []
            for item in chunk:
                try:
                    saved.append(save_item(store, plan, item, reviewer=reviewer))
                except PoeReviewerError as exc:
                    failed.append((item.claim_id, str(exc)))
            return saved, failed, store.summaries([i.claim_id for i in chunk])

        def chunk_done(_chunk: list[BatchItem], outcome: Saved | BaseException) -> None:
            if isinstance(outcome, BaseException):
                return
            saved, _failed, summaries = outcome
            window.update_rows(summaries)
            window.settle_queue()  # drawn before the next chunk starts (tasks.draw_pending)
            if saved:
                window.count_decision(len(saved))
            for decision in saved:
                window.decisionSaved.emit(decision)

        def done(results: list[tuple[list[BatchItem], Saved | BaseException]], stopped: bool) -> None:
            self.running = None
            saved = 0
            failed: list[tuple[str, object]] = []
            reached = 0
            for chunk, outcome in results:
                reached += len(chunk)
                if isinstance(outcome, BaseException):
                    failed.extend((item.claim_id, outcome) for item in chunk)
                    continue
                saved += len(outcome[0])
                failed.extend(outcome[1])
            failed_count = len(failed)
            decided = {d.decision.claim_id for _c, o in results if not isinstance(o, BaseException) for d in o[0]}
            if window.current_claim_id in decided:
                # the claim open in the panels was decided: they show its decision, not the form it had before
                window.refresh_claim(window.current_claim_id)
            text = f"Batch: {saved} claim{'s' if saved != 1 else ''} {VERDICT_DONE.get(plan.verdict, plan.verdict)}"
            if stopped:
                text += f", stopped before the other {len(todo) - reached}"
            if plan.refused:
                text += f"; {len(plan.refused)} refused ({', '.join(i.claim_id for i in plan.refused[:5])}"
                text += "…)" if len(plan.refused) > 5 else ")"
            # refused claims stay in the queue: the reviewer reads why
            window.say(text + ".", "warning" if failed_count or stopped or plan.refused else "info")
            if failed:
                lines = "; ".join(f"{claim_id}: {why}" for claim_id, why in failed[:5])
                window.show_error(PoeReviewerError(f"{failed_count} claim(s) of the batch were not decided: {lines}"))

        batch: Batch[list[BatchItem], Saved] = Batch(
            window.tasks,
            chunks,
            one,
            describe=lambda chunk: f"Deciding claims {chunk[0].claim_id}…",
            writes=True,
            done=done,
            item_done=chunk_done,
            label="Deciding a batch of claims",
        )
        self.running = batch
        DelayedProgress(batch, self.parent_widget, "Deciding claims")
        window.settle_queue()
        QTimer.singleShot(0, batch.start)  # the window, uncovered by the confirmation, is drawn first
        return batch
