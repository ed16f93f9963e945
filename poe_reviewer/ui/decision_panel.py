"""The decision on the open claim: verdict, comment template, comment, per-workload verdicts, history.

When a claim opens, the panel preselects the verdict the checks suggest and fills the comment
from the suggested template (:func:`~poe_reviewer.templates.suggest_template`), so a clean
claim is one confirmation away. The reviewer can pick another verdict (``A``/``R``/``X`` or
the buttons), another template of that verdict, edit the comment (edits are kept per
template while the claim is open), and, for CPOR claims, give single workloads their own
verdict; the panel shows what that adds up to and the date the partner will have to respond
by. Saving asks for a confirmation that shows the comment (:class:`ConfirmDecisionDialog`);
the window saves it through the store.

Below, the claim's history: the review database's audit trail of the claim, and the history
the claims system sent with the bundle.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from poe_reviewer import clocks
from poe_reviewer.application.queue import AuditEntry, ClaimDetail, QcItem
from poe_reviewer.findings.results import final_round
from poe_reviewer.policy import Policy
from poe_reviewer.review import (
    MIN_RESOLUTION_NOTE,
    DecisionKind,
    Verdict,
    WorkloadDecisionKind,
    checks_to_resolve,
    derive_decision,
)
from poe_reviewer.templates import (
    CommentTemplate,
    comment_templates,
    default_template,
    long_date,
    render_comment,
    suggest_template,
)
from poe_reviewer.ui.checks_panel import WrappingDelegate, WrappingTree, check_title
from poe_reviewer.ui.widgets import WrappedLabel

VERDICT_TEXT: dict[str, str] = {"approve": "Approve", "reject": "Reject", "action_required": "Action required"}
VERDICT_KEYS: dict[str, str] = {"approve": "A", "reject": "R", "action_required": "X"}
VERDICT_KIND: dict[str, WorkloadDecisionKind] = {
    "approve": "approved",
    "reject": "rejected",
    "action_required": "action_required",
}
OUTCOME_TEXT = {
    "approved": "approved",
    "rejected": "rejected",
    "action_required": "action required",
    "partially_approved": "partially approved",
}
VERDICT_COLORS = {"approve": "#1e8449", "reject": "#c0392b", "action_required": "#b9770e"}
_SAME = "same"


def recommended_verdict(recommendation: str) -> Verdict:
    if recommendation in ("approve", "reject", "action_required"):
        return cast(Verdict, recommendation)
    return "action_required"


@dataclass(frozen=True)
class DecisionRequest:
    """What the reviewer asks to save."""

    claim_id: str
    verdict: Verdict
    template_id: str | None
    comment: str
    workload_verdicts: dict[str, WorkloadDecisionKind] | None
    #: The claim version the reviewer saw (optimistic lock).
    expected_version: int
    #: The claim already has a decision on this revision, which this one replaces.
    replace: bool
    #: What the decision adds up to.
    outcome: DecisionKind
    respond_by: dt.date | None
    #: Check id -> what the reviewer confirmed by hand (filled in by the confirmation).
    resolutions: dict[str, str] = field(default_factory=dict)
    #: A second reviewer's decision that overturns the one under QC (second-level QC), and why.
    overturns: bool = False
    overturn_reason: str = ""


def _named(widget: QWidget, name: str, tip: str) -> None:
    widget.setAccessibleName(name)
    widget.setToolTip(tip)


def _audit_text(e: AuditEntry) -> str:
    d = e.details
    suggested = str(d.get("recommendation", "?")).replace("_", " ")
    if e.action == "import":
        return f"Imported (revision {e.revision}); checks suggested {suggested}"
    if e.action == "revision":
        return f"New revision {e.revision} imported; checks suggested {suggested}"
    if e.action == "decision":
        text = f"Decided: {OUTCOME_TEXT.get(str(d.get('decision')), str(d.get('decision')))}"
        if d.get("template_id"):
            text += f" (template {d['template_id']})"
        if d.get("respond_by"):
            text += f"; partner to respond by {d['respond_by']}"
        if d.get("replaced"):
            text += "; replaced the earlier decision"
        return text
    if e.action == "recheck":
        return f"Checks run again; suggested {suggested}"
    if e.action == "qc":
        event = str(d.get("event", ""))
        if event == "drawn":
            return "Drawn for second-level QC: the decision waits for a second reviewer before it is exported"
        if event == "agreed":
            return "QC: a second reviewer agreed with the decision" + (f" ({d['note']})" if d.get("note") else "")
        if event == "overturned":
            was, now = (OUTCOME_TEXT.get(str(d.get(k)), str(d.get(k))) for k in ("from", "to"))
            return f"QC: overturned ({was} → {now}): {d.get('reason', '')}"
        return "Second-level QC"
    if e.action == "note":
        if d.get("removed"):
            return f"Note {d.get('note_id')} taken back"
        where = f" ({d['document']}" + (f" p.{d['page']}" if d.get("page") else "") + ")" if d.get("document") else ""
        tags = " ".join(f"#{t}" for t in d.get("tags") or [])
        return f"Note{where}: {d.get('text', '')}" + (f" {tags}" if tags else "")
    if e.action == "lease":
        return "Opened for review (next claim)"
    if e.action == "release":
        return "Given back to the queue"
    return e.action.replace("_", " ").capitalize()


def _verdict_of(kind: str) -> Verdict:
    """The verdict that makes a decision of this kind (a partial approval is an approval with workloads)."""
    return cast(Verdict, {"approved": "approve", "partially_approved": "approve", "rejected": "reject"}.get(
        kind, "action_required"))  # fmt: skip


class DecisionPanel(QWidget):
    """Verdict, template, comment, workloads, respond-by, and the claim's history."""

    #: The reviewer asked to save (button or Ctrl+Return).
    saveRequested = Signal()
    #: A template could not be filled in (the window shows the message).
    failed = Signal(object)
    #: The second reviewer agrees with the decision under QC (button or Q).
    qcAgreeRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: ClaimDetail | None = None
        self.policy: Policy | None = None
        self.reviewer_name = ""
        self.suggested: str | None = None
        #: the claim is an Action Required whose partner did not answer in time
        self.expired = False
        self._templates = comment_templates()
        self._edited: dict[tuple[str, str], str] = {}
        self._filling = False
        #: the claim's decision under second-level QC, and whether it is this reviewer's own
        self.qc: QcItem | None = None
        self.qc_mine = False

        # second-level QC: what the second reviewer checks, and Agree
        self.qc_text = WrappedLabel()
        self.qc_text.setTextFormat(Qt.TextFormat.RichText)
        _named(self.qc_text, "Second-level QC", "The decision waiting for a second reviewer, and why it was drawn.")
        self.qc_agree = QPushButton("Agree (Q)")
        _named(self.qc_agree, "Agree with the decision", "The decision is right: it goes out with the next export (Q).")
        self.qc_agree.clicked.connect(self.qcAgreeRequested.emit)
        self.qc_box = QWidget()
        self.qc_box.setObjectName("qc_box")
        self.qc_box.setStyleSheet("#qc_box { background-color: #fdf2e9; border: 1px solid #e59866; }")
        qc_column = QVBoxLayout(self.qc_box)
        qc_column.setContentsMargins(6, 4, 6, 4)
        qc_column.setSpacing(2)
        qc_column.addWidget(self.qc_text)
        qc_column.addWidget(self.qc_agree, 0, Qt.AlignmentFlag.AlignRight)
        self.qc_box.hide()

        # verdict buttons
        self.buttons: dict[str, QPushButton] = {}
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        verdict_row = QHBoxLayout()
        for verdict, text in VERDICT_TEXT.items():
            b = QPushButton(f"{text} ({VERDICT_KEYS[verdict]})")
            b.setCheckable(True)
            _named(b, text, f"{text} this claim (key {VERDICT_KEYS[verdict]}: asks to confirm with the comment)")
            b.setStyleSheet(f"QPushButton:checked {{ background-color: {VERDICT_COLORS[verdict]}; color: white; }}")
            b.clicked.connect(lambda _checked=False, v=verdict: self.choose_verdict(cast(Verdict, v)))
            self.group.addButton(b)
            self.buttons[verdict] = b
            verdict_row.addWidget(b)

        self.template = QComboBox()
        _named(
            self.template,
            "Comment template",
            "Comment templates for the chosen verdict; the suggested one is marked ★.",
        )
        self.template.currentIndexChanged.connect(self._template_changed)

        self.comment = QPlainTextEdit()
        _named(
            self.comment, "Comment to the partner", "The comment the partner receives; edit it freely before saving."
        )
        self.comment.setPlaceholderText("Comment to the partner (required to reject or ask for action)")
        self.comment.textChanged.connect(self._comment_edited)

        self.workloads = QTableWidget(0, 2)
        _named(self.workloads, "Workload decisions", "CPOR: give a workload its own decision (partial approval).")
        self.workloads.setHorizontalHeaderLabels(["Workload", "Decision"])
        self.workloads.verticalHeader().hide()
        _named(self.workloads.horizontalHeader(), "Workload columns", "Workload and its decision")
        _named(self.workloads.verticalHeader(), "Workload rows", "One row per claimed workload")
        self.workloads.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.workloads.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.workloads.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.workloads.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.workloads_label = QLabel("Per workload (CPOR):")
        _named(self.workloads_label, "Workload decisions label", "Workload decisions apply to CPOR claims only.")

        self.outcome = QLabel()
        _named(self.outcome, "Outcome", "What the decision adds up to, and the partner's deadline.")
        self.outcome.setWordWrap(True)
        self.outcome.setTextFormat(Qt.TextFormat.RichText)

        self.save = QPushButton("Save decision… (Ctrl+Return)")
        _named(self.save, "Save decision", "Save the decision shown above; asks to confirm with the comment.")
        self.save.clicked.connect(self.saveRequested.emit)

        self.history = WrappingTree()
        _named(self.history, "Claim history", "Everything that happened to this claim, oldest first.")
        self.history.setHeaderHidden(True)
        self.history.setRootIsDecorated(False)
        self.history.setUniformRowHeights(False)
        self.history.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.history.setItemDelegate(WrappingDelegate(self.history, heading="muted"))
        _named(self.history.header(), "History columns", "When, who, what")

        top = QWidget()
        form = QVBoxLayout(top)
        form.setContentsMargins(4, 4, 4, 4)
        form.addWidget(self.qc_box)
        form.addLayout(verdict_row)
        tform = QFormLayout()
        tform.addRow("&Template:", self.template)
        form.addLayout(tform)
        form.addWidget(self.comment, 3)
        form.addWidget(self.workloads_label)
        form.addWidget(self.workloads, 1)
        form.addWidget(self.outcome)
        form.addWidget(self.save)
        history_box = QWidget()
        hl = QVBoxLayout(history_box)
        hl.setContentsMargins(4, 0, 4, 4)
        title = QLabel("<b>History</b>")
        _named(title, "History title", "The claim's audit trail")
        hl.addWidget(title)
        hl.addWidget(self.history)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(top)
        self.splitter.addWidget(history_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.clear()

    # -- claim ---------------------------------------------------------------------------------------
    def clear(self) -> None:
        self.detail = None
        self._edited = {}
        self.suggested = None
        self._filling = True
        self.template.clear()
        self.comment.clear()
        self._filling = False
        self.workloads.setRowCount(0)
        self.history.clear()
        self.outcome.setText("No claim open.")
        self.set_qc(None)
        self.setEnabled(False)

    def set_claim(
        self,
        detail: ClaimDetail,
        audit: Sequence[AuditEntry],
        *,
        policy: Policy,
        reviewer_name: str = "",
    ) -> None:
        self.detail = detail
        self.policy = policy
        self.reviewer_name = reviewer_name
        self._edited = {}
        # an Action Required whose days ran out unanswered: the claims system rejects it ("no response")
        self.expired = detail.summary.expired(dt.date.today())
        self.suggested = suggest_template(detail.checks, detail.claim, expired=self.expired)
        self.setEnabled(True)
        self._fill_workloads()
        self._fill_history(audit)
        self.choose_verdict(recommended_verdict(detail.summary.suggestion(dt.date.today())))

    def set_qc(self, item: QcItem | None, *, mine: bool = False, why: str = "") -> None:
        """Show the claim's decision under second-level QC: to a second reviewer with Agree (deciding otherwise
        overturns it), to its own reviewer as waiting (four eyes)."""
        self.qc, self.qc_mine = item, mine
        if item is None:
            self.qc_box.hide()
            return
        d = item.decision
        kind = OUTCOME_TEXT.get(d.decision, d.decision)
        when = f"{d.decided_at:%Y-%m-%d %H:%M} UTC"
        if mine:
            text = f"<b>Waiting for QC</b>: your decision ({kind}) goes out once a second reviewer has checked it."
        else:
            text = f"<b>QC</b>: {kind} by {d.reviewer}, {when}. Agree, or save another decision and say why."
            # the panel shows the decision under QC: the second reviewer changes what they disagree with
            self.choose_verdict(_verdict_of(d.decision))
        self.qc_text.setText(text)
        self.qc_text.setToolTip(f"Second-level QC: {kind} by {d.reviewer} on {when}, drawn because {why}.")
        self.qc_agree.setVisible(not mine)
        self.qc_box.show()
        if self.detail is not None:
            self._update_outcome()

    def _fill_workloads(self) -> None:
        assert self.detail is not None
        claim = self.detail.claim
        shown = claim.is_cpor and len(claim.workloads) > 0
        self.workloads_label.setVisible(shown)
        self.workloads.setVisible(shown)
        self.workloads.setRowCount(0)
        if not shown:
            return
        names = Counter(w.name.casefold() for w in claim.workloads)
        self.workloads.setRowCount(len(claim.workloads))
        for row, w in enumerate(claim.workloads):
            label = w.name if not w.subscription_id else f"{w.name} ({w.subscription_id})"
            item = QTableWidgetItem(label)
            item.setToolTip(label)
            key = w.name if names[w.name.casefold()] == 1 or not w.subscription_id else f"{w.name}@{w.subscription_id}"
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.workloads.setItem(row, 0, item)
            combo = QComboBox()
            _named(
                combo, f"Decision for {w.name}", f"Decision for workload {label}; 'as the claim' follows the verdict."
            )
            combo.addItem("As the claim", _SAME)
            combo.addItem("Approve", "approved")
            combo.addItem("Reject", "rejected")
            combo.addItem("Action required", "action_required")
            combo.currentIndexChanged.connect(self._update_outcome)
            self.workloads.setCellWidget(row, 1, combo)
            self.workloads.setColumnWidth(1, combo.sizeHint().width() + 4)
        height = self.workloads.horizontalHeader().height() + sum(
            self.workloads.rowHeight(r) for r in range(self.workloads.rowCount())
        )
        self.workloads.setMaximumHeight(height + 4)

    def _fill_history(self, audit: Sequence[AuditEntry]) -> None:
        assert self.detail is not None
        self.history.clear()
        rows: list[tuple[dt.datetime, str, str]] = []
        for h in self.detail.claim.history:
            rows.append((h.at, h.by or "claims system", f"Claims system: {h.action.replace('_', ' ')}"))
        for e in audit:
            rows.append((e.at, e.actor, _audit_text(e)))
        rows.sort(key=lambda r: r[0].astimezone(dt.UTC) if r[0].tzinfo else r[0].replace(tzinfo=dt.UTC))
        for at, who, what in rows:
            moment = at if at.tzinfo else at.replace(tzinfo=dt.UTC)
            when = moment.astimezone().strftime("%Y-%m-%d %H:%M")
            item = QTreeWidgetItem([f"{when} · {who}\n{what}"])
            item.setToolTip(0, f"{when} {who}: {what}")
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{when}, {who}: {what}")
            self.history.addTopLevelItem(item)
        if rows:
            last = self.history.topLevelItem(self.history.topLevelItemCount() - 1)
            if last is not None:
                self.history.scrollToItem(last)

    # -- verdict and template ------------------------------------------------------------------------
    @property
    def verdict(self) -> Verdict | None:
        for v, b in self.buttons.items():
            if b.isChecked():
                return cast(Verdict, v)
        return None

    def templates_for(self, verdict: str) -> list[CommentTemplate]:
        program = self.detail.claim.program if self.detail else None
        return [t for t in self._templates if t.verdict == verdict and (program is None or program in t.programs)]

    def choose_verdict(self, verdict: Verdict) -> None:
        """Select ``verdict``, list its templates (the suggested one first choice) and fill the comment."""
        if self.detail is None:
            return
        self.buttons[verdict].setChecked(True)
        templates = self.templates_for(verdict)
        # the same default as the command line's (templates.default_template)
        preferred = default_template(verdict, self.detail.checks, self.detail.claim, expired=self.expired) or ""
        self._filling = True
        self.template.clear()
        for t in templates:
            self.template.addItem(("★ " if t.id == self.suggested else "") + t.title, t.id)
            self.template.setItemData(
                self.template.count() - 1, f"{t.title}\nFrom the guide: {t.seed}", Qt.ItemDataRole.ToolTipRole
            )
        self._filling = False
        index = self.template.findData(preferred)
        self.template.setCurrentIndex(-1)
        self.template.setCurrentIndex(max(index, 0))
        self._update_outcome()

    def select_template(self, template_id: str) -> bool:
        index = self.template.findData(template_id)
        if index < 0:
            return False
        self.template.setCurrentIndex(index)
        return True

    @property
    def template_id(self) -> str | None:
        data = self.template.currentData()
        return str(data) if data else None

    def _template_changed(self, _index: int) -> None:
        if self._filling or self.detail is None or self.policy is None:
            return
        verdict, tid = self.verdict, self.template_id
        if verdict is None or tid is None:
            return
        text = self._edited.get((verdict, tid))
        if text is None:
            try:
                text = render_comment(
                    tid, self.detail.claim, self.detail.checks, reviewer_name=self.reviewer_name, policy=self.policy
                )
            except Exception as exc:  # noqa: BLE001 - a broken template must not stop the decision; shown to the reviewer
                self.failed.emit(exc)
                text = ""
        self._filling = True
        self.comment.setPlainText(text)
        self._filling = False

    def _comment_edited(self) -> None:
        if self._filling:
            return
        verdict, tid = self.verdict, self.template_id
        if verdict is not None and tid is not None:
            self._edited[(verdict, tid)] = self.comment.toPlainText()

    # -- workloads and outcome -----------------------------------------------------------------------
    def set_workload(self, row: int, decision: str) -> None:
        combo = self.workloads.cellWidget(row, 1)
        if isinstance(combo, QComboBox):
            combo.setCurrentIndex(max(0, combo.findData(decision)))

    def workload_verdicts(self) -> dict[str, WorkloadDecisionKind] | None:
        out: dict[str, WorkloadDecisionKind] = {}
        for row in range(self.workloads.rowCount()):
            combo = self.workloads.cellWidget(row, 1)
            item = self.workloads.item(row, 0)
            if isinstance(combo, QComboBox) and item is not None and combo.currentData() != _SAME:
                out[str(item.data(Qt.ItemDataRole.UserRole))] = cast(WorkloadDecisionKind, combo.currentData())
        return out or None

    def outcome_kind(self) -> DecisionKind | None:
        verdict = self.verdict
        if verdict is None or self.detail is None:
            return None
        chosen = self.workload_verdicts()
        if not chosen:
            return VERDICT_KIND[verdict]
        kinds: list[WorkloadDecisionKind] = []
        for row in range(self.workloads.rowCount()):
            combo = self.workloads.cellWidget(row, 1)
            data = combo.currentData() if isinstance(combo, QComboBox) else _SAME
            kinds.append(VERDICT_KIND[verdict] if data == _SAME else cast(WorkloadDecisionKind, data))
        return derive_decision(kinds)

    def respond_by(self, now: dt.datetime | None = None) -> dt.date | None:
        """The partner's deadline if the decision were saved now (None when nothing is asked of them)."""
        kind = self.outcome_kind()
        if self.detail is None or self.policy is None or kind is None:
            return None
        asks = kind == "action_required" or (
            kind == "partially_approved" and "action_required" in (self.workload_verdicts() or {}).values()
        )
        if not asks:
            return None
        return clocks.respond_by(self.detail.claim, now or dt.datetime.now(dt.UTC), self.policy)

    def _update_outcome(self, *_: Any) -> None:
        kind = self.outcome_kind()
        if kind is None or self.detail is None or self.policy is None:
            self.outcome.setText("")
            return
        parts = [f"Outcome: <b>{OUTCOME_TEXT[kind]}</b>."]
        verdict = self.verdict
        if verdict and self.workload_verdicts() and kind != "partially_approved" and kind != VERDICT_KIND[verdict]:
            parts.append(
                f"<span style='color:#c0392b'>The workload decisions add up to {OUTCOME_TEXT[kind]}, not "
                f"{OUTCOME_TEXT[VERDICT_KIND[verdict]]}: choose {OUTCOME_TEXT[kind]}.</span>"
            )
        due = self.respond_by()
        dispute = final_round(self.detail.checks)
        expired = self.detail.check_statuses.get("submission_window") == "fail"
        if dispute and kind in ("action_required", "partially_approved") and verdict == "action_required":
            parts.append(
                "<span style='color:#c0392b'>This claim is a dispute: a decision on a dispute is final, so "
                "nothing can be asked of the partner again. Approve what it resolves and reject the rest.</span>"
            )
        elif dispute or (kind == "rejected" and expired):
            why = "a decision on a dispute" if dispute else "the rejection of an expired claim"
            parts.append(f"This decision is <b>final</b> ({why}): the partner cannot dispute it.")
        elif due is not None and due < dt.date.today():
            parts.append(
                f"<span style='color:#c0392b'>The partner's time to respond ended on {long_date(due)}: the claim "
                "has expired (seed: Claim Expiration Timelines); reject it instead.</span>"
            )
        elif due is not None:
            days = clocks.respond_days(self.detail.claim, self.policy)
            span = f" ({days} days)" if days and self.detail.claim.is_cpor else ""
            parts.append(f"The partner must respond by <b>{long_date(due)}</b>{span}.")
        elif kind in ("action_required", "partially_approved") and verdict == "action_required":
            parts.append("No respond-by date can be set (no consent date or no deadline for this activity).")
        elif kind == "rejected":
            until = clocks.dispute_window_end(dt.datetime.now(dt.UTC), self.policy)
            parts.append(f"The partner may dispute until {long_date(until)}.")
        else:
            parts.append("Nothing is asked of the partner.")
        current = self.detail.current_decision
        if current is not None:
            d = current.decision
            then = "Saving overturns it (QC)." if self.qc is not None and not self.qc_mine else "Saving replaces it."
            parts.append(
                f"<br><span style='color:#b9770e'>Already decided: {OUTCOME_TEXT.get(d.decision, d.decision)} by "
                f"{d.reviewer} on {d.decided_at.astimezone():%Y-%m-%d %H:%M}. {then}</span>"
            )
        self.outcome.setText(" ".join(parts))

    # -- the request ---------------------------------------------------------------------------------
    def request(self) -> DecisionRequest | None:
        verdict, kind = self.verdict, self.outcome_kind()
        if self.detail is None or verdict is None or kind is None:
            return None
        return DecisionRequest(
            claim_id=self.detail.summary.claim_id,
            verdict=verdict,
            template_id=self.template_id,
            comment=self.comment.toPlainText().strip(),
            workload_verdicts=self.workload_verdicts(),
            expected_version=self.detail.summary.version,
            replace=self.detail.current_decision is not None,
            outcome=kind,
            respond_by=self.respond_by(),
            overturns=self.qc is not None and not self.qc_mine,
        )


class ConfirmDecisionDialog(QDialog):
    """ "Approve claim 3079758?" with the comment; Enter saves, Esc goes back."""

    def __init__(self, request: DecisionRequest, detail: ClaimDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.request = request
        verdict = VERDICT_TEXT[request.verdict]
        self.setWindowTitle(f"{verdict} claim {request.claim_id}?")
        self.setAccessibleName("Confirm decision")
        claim = detail.claim
        lines = [
            f"<b style='color:{VERDICT_COLORS[request.verdict]}'>{verdict}</b> claim <b>{request.claim_id}</b> — "
            f"{claim.partner.name} for {claim.customer.name}.",
            f"Outcome: <b>{OUTCOME_TEXT[request.outcome]}</b>"
            + (f" (template: {request.template_id})" if request.template_id else " (no template)"),
        ]
        if request.workload_verdicts:
            lines.append(
                "Workloads: "
                + ", ".join(f"{name.split('@')[0]}: {OUTCOME_TEXT[k]}" for name, k in request.workload_verdicts.items())
            )
        if request.respond_by:
            lines.append(f"The partner must respond by <b>{long_date(request.respond_by)}</b>.")
        if request.overturns:
            lines.append(
                "<span style='color:#b9770e'>Second-level QC: this <b>overturns</b> the decision under QC and "
                "replaces it. Say why below (recorded, and counted in the overturn rates).</span>"
            )
        elif request.replace:
            lines.append("<span style='color:#b9770e'>This replaces the decision already saved.</span>")
        # the same rule the save applies (review.checks_to_resolve): asked here, refused there
        to_resolve = checks_to_resolve(detail.check_statuses, request.outcome)
        self.notes: dict[str, QLineEdit] = {}
        notes_box: QWidget | None = None
        if to_resolve:
            lines.append(
                f"<b style='color:#c0392b'>{len(to_resolve)} check(s) are open.</b> Approving needs each one "
                "confirmed by hand: say what you verified."
            )
            notes_box = QWidget()
            form = QFormLayout(notes_box)
            form.setContentsMargins(0, 0, 0, 0)
            summaries = {c.id: c.summary for c in detail.checks}
            for check_id, status in to_resolve.items():
                edit = QLineEdit(request.resolutions.get(check_id, ""))
                edit.setPlaceholderText(f"What you confirmed ({status}: {summaries.get(check_id, '')[:80]})")
                _named(edit, f"Resolution of {check_title(check_id)}",
                       f"{check_title(check_id)} ({status}): {summaries.get(check_id, '')}")  # fmt: skip
                edit.textChanged.connect(self._notes_changed)
                form.addRow(f"{check_title(check_id)} ({status}):", edit)
                self.notes[check_id] = edit
        self.reason: QLineEdit | None = None
        if request.overturns:
            self.reason = QLineEdit(request.overturn_reason)
            self.reason.setPlaceholderText("Why the decision under QC is wrong")
            _named(self.reason, "Why you overturn it", "The reason the decision under QC is overturned (required).")
            self.reason.textChanged.connect(self._notes_changed)
            if notes_box is None:
                notes_box = QWidget()
                form = QFormLayout(notes_box)
                form.setContentsMargins(0, 0, 0, 0)
            cast(QFormLayout, notes_box.layout()).insertRow(0, "Why you overturn it:", self.reason)
        header = QLabel("<br>".join(lines))
        header.setWordWrap(True)
        header.setTextFormat(Qt.TextFormat.RichText)
        _named(header, "Decision summary", "What will be saved")
        self.comment = QPlainTextEdit(request.comment or "(no comment)")
        self.comment.setReadOnly(True)
        # Enter must reach the Save button, not the text view
        self.comment.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        _named(
            self.comment, "Comment to be sent", "The comment the partner will receive (edit it in the decision panel)."
        )
        if not request.comment and request.outcome != "approved":
            self.comment.setStyleSheet(f"color: {QColor('#c0392b').name()}")
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton("&Save decision", QDialogButtonBox.ButtonRole.AcceptRole)
        _named(self.save_button, "Save decision", "Save this decision (Enter)")
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        _named(cancel, "Cancel", "Go back without saving (Esc)")
        self.save_button.setDefault(True)
        self.save_button.setAutoDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        if notes_box is not None:
            layout.addWidget(notes_box)
        layout.addWidget(self.comment, 1)
        layout.addWidget(buttons)
        self.setAccessibleDescription(f"{verdict} claim {request.claim_id}. Comment: {request.comment}")
        self.resize(640, 440 + 34 * (len(self.notes) + (self.reason is not None)))
        self._notes_changed()
        first = self.reason or next(iter(self.notes.values()), None)
        (first or self.save_button).setFocus()

    def _notes_changed(self, *_: object) -> None:
        # Save stays off until every open check has a note long enough to say something
        missing = [c for c, e in self.notes.items() if len(" ".join(e.text().split())) < MIN_RESOLUTION_NOTE]
        if self.reason is not None and len(" ".join(self.reason.text().split())) < MIN_RESOLUTION_NOTE:
            missing.insert(0, "the reason for overturning")
        self.save_button.setEnabled(not missing)
        self.save_button.setToolTip(
            "Save this decision (Enter)"
            if not missing
            else f"Confirm each open check first ({len(missing)} left, at least {MIN_RESOLUTION_NOTE} characters)"
        )

    def final_request(self) -> DecisionRequest:
        """The request as confirmed, with the reviewer's resolution notes."""
        return replace(
            self.request,
            resolutions={c: e.text().strip() for c, e in self.notes.items()},
            overturn_reason=self.reason.text().strip() if self.reason is not None else "",
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # the keyboard belongs to the question being asked: Enter saves at once (after the notes, if any)
        self.activateWindow()
        first = self.reason or next(iter(self.notes.values()), None)
        (first or self.save_button).setFocus(Qt.FocusReason.ActiveWindowFocusReason)


SAVE_SHORTCUT = QKeySequence("Ctrl+Return")
