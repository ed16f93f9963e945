"""Deciding a claim: the verdict keys (A, R, X), the confirmation, saving on the writer thread, and
moving on to the next claim to review.

What the flow needs of the workbench window is the :class:`Window` protocol, so this module does not
import the window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtWidgets import QTableView, QWidget

from poe_reviewer.application.claims import OpenedClaim
from poe_reviewer.application.queue import TO_REVIEW, ClaimSummary, ReviewQueue, StaleDecisionError, StoredDecision
from poe_reviewer.review import Verdict, fitting_templates
from poe_reviewer.ui.batch import BatchFlow
from poe_reviewer.ui.decision_panel import OUTCOME_TEXT, ConfirmDecisionDialog, DecisionPanel, DecisionRequest
from poe_reviewer.ui.queue_model import QueueFilter
from poe_reviewer.ui.settings import Settings
from poe_reviewer.ui.tasks import TaskControl, Tasks


class Window(Protocol):
    """What deciding uses of the workbench window."""

    store: ReviewQueue
    settings: Settings
    tasks: Tasks
    current: OpenedClaim | None
    decision: DecisionPanel
    proxy: QueueFilter
    table: QTableView
    decisionSaved: SignalInstance
    batch: BatchFlow

    def selected_ids(self) -> list[str]: ...

    def say(self, text: str, level: str = "info") -> None: ...

    def show_error(self, exc: object) -> None: ...

    def update_row(self, summary: ClaimSummary) -> None: ...

    def refresh_claim(self, claim_id: str) -> None: ...

    def advance_after(
        self,
        claim_id: str,
        order: list[str],
        wants: Callable[[ClaimSummary], bool] | None = None,
        none_left: str = ...,
    ) -> None: ...

    def count_decision(self) -> None: ...

    def activateWindow(self) -> None: ...

    def ask_identity(self) -> None: ...

    def compare_conflicts(self) -> object: ...


class DecidingFlow:
    """From a verdict key to a saved decision and the next claim."""

    def __init__(self, window: Window, parent_widget: QWidget) -> None:
        self.window = window
        self.parent_widget = parent_widget
        self._saving = False
        self._confirm: ConfirmDecisionDialog | None = None
        #: the verdict and template of this reviewer's last decision saved here ("same as my last decision")
        self.last: tuple[Verdict, str | None] | None = None

    @property
    def saving(self) -> bool:
        return self._saving

    def start(self, verdict: Verdict) -> None:
        """A/R/X: choose the verdict (keeping the comment if it already was the one) and confirm; with several
        claims selected in the queue, one decision for all of them (a batch, confirmed claim by claim)."""
        selected = self.window.selected_ids()
        if len(selected) > 1 and not self._saving:
            self.window.batch.start(verdict, selected)
            return
        if self._single_decision_refused():
            return
        if self.window.decision.verdict != verdict:
            self.window.decision.choose_verdict(verdict)
        self.confirm()

    def _single_decision_refused(self) -> bool:
        """True (and says so) when no single decision may be made now: no claim open, a decision being saved, or
        a claim of an undecided conflict group, which is decided with its group, side by side."""
        if self.window.current is None or self._saving:
            return True
        summary = self.window.current.detail.summary
        if summary.conflict and summary.status == TO_REVIEW:
            self.window.say(
                f"Claim {summary.claim_id} conflicts with another partner's claim: decide the group together in "
                "the comparison (the other claims are decided with it).",
                "warning",
            )
            self.window.compare_conflicts()
            return True
        return False

    def repeat_last(self) -> None:
        """The open claim decided as this reviewer's last decision was (its verdict and template, the comment
        filled in for this claim), shown to confirm like any decision."""
        if self.last is None:
            self.window.say("No decision saved yet in this session to repeat.")
            return
        if self._single_decision_refused():
            return
        verdict, template_id = self.last
        self.window.decision.choose_verdict(verdict)
        if template_id is not None and self.window.current is not None:
            statuses = {c.id: c.status for c in self.window.current.detail.checks}
            fits = template_id in {t.id for t in fitting_templates({verdict}, statuses)}
            if not (fits and self.window.decision.select_template(template_id)):
                # a template names a problem; one this claim does not have would tell the partner something false
                self.window.say(
                    f"The last decision's template ({template_id}) explains a problem this claim does not have: "
                    "the claim's own is shown instead.",
                    "warning",
                )
        self.confirm()

    def confirm(self) -> None:
        if self.window.current is None or self._saving or (self._confirm is not None and self._confirm.isVisible()):
            return
        if not self.window.settings.identified:
            # a decision records who made it: never saved under the login name or nobody
            self.window.ask_identity()
            return
        request = self.window.decision.request()
        if request is None:
            self.window.say("Choose Approve, Reject or Action required first (A, R or X).")
            return
        dialog = ConfirmDecisionDialog(request, self.window.current.detail, self.parent_widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.save(dialog.final_request()))
        dialog.finished.connect(self._confirm_closed)
        self._confirm = dialog
        dialog.open()

    def _confirm_closed(self, *_: object) -> None:
        self._confirm = None
        # back to the queue, so the next key (J, K, A...) works at once
        self.window.activateWindow()
        self.window.table.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def dialog(self) -> ConfirmDecisionDialog | None:
        """The confirmation on screen, if any."""
        return self._confirm

    def save(self, request: DecisionRequest) -> None:
        """Save through the store on the writer thread; then show the next claim to review."""
        if self._saving:
            return
        self._saving = True
        store = self.window.store
        reviewer = self.window.settings.reviewer
        order = self.window.proxy.visible_ids()

        def work(_c: TaskControl) -> tuple[StoredDecision, ClaimSummary]:
            if request.overturns:
                # second-level QC: the second reviewer's decision replaces the one under QC, with the reason
                overturned = store.overturn(
                    request.claim_id,
                    request.verdict,
                    reason=request.overturn_reason,
                    reviewer=reviewer,
                    comment=request.comment,
                    template_id=request.template_id,
                    workload_verdicts=request.workload_verdicts,
                    resolutions=request.resolutions or None,
                )
                return overturned, store.get_claim(request.claim_id).summary
            saved = store.decide(
                request.claim_id,
                request.verdict,
                reviewer=reviewer,
                comment=request.comment,
                template_id=request.template_id,
                workload_verdicts=request.workload_verdicts,
                expected_version=request.expected_version,
                replace=request.replace,
                resolutions=request.resolutions or None,
            )
            return saved, store.get_claim(request.claim_id).summary

        def done(result: tuple[StoredDecision, ClaimSummary]) -> None:
            self._saving = False
            saved, summary = result
            self.last = (request.verdict, request.template_id)
            self.window.update_row(summary)
            self.window.count_decision()
            d = saved.decision
            text = f"Saved: claim {d.claim_id} {OUTCOME_TEXT.get(d.decision, d.decision)}"
            if request.overturns:
                text = f"Overturned (QC): claim {d.claim_id} is now {OUTCOME_TEXT.get(d.decision, d.decision)}"
            if d.respond_by:
                text += f"; the partner must respond by {d.respond_by.isoformat()}"
            self.window.say(text + ".")
            self.window.decisionSaved.emit(saved)
            self.window.advance_after(request.claim_id, order)

        def failed(exc: BaseException) -> None:
            self._saving = False
            self.window.show_error(exc)
            if isinstance(exc, StaleDecisionError):
                self.window.refresh_claim(request.claim_id)

        label = f"Saving the decision on {request.claim_id}"
        self.window.tasks.run(work, done=done, failed=failed, writes=True, label=label)

    def agree_qc(self) -> None:
        """Q: the second reviewer agrees with the decision under QC; it goes out with the next export."""
        current = self.window.current
        if current is None or self._saving:
            return
        if current.qc is None:
            self.window.say(f"Claim {current.claim_id} has no decision waiting for QC.")
            return
        if not self.window.settings.identified:
            self.window.ask_identity()
            return
        reviewer = self.window.settings.reviewer
        if current.qc.decision.reviewer.strip().casefold() == reviewer.strip().casefold():
            self.window.say("You made this decision: QC needs a second reviewer (four eyes).", "warning")
            return
        self._saving = True
        store = self.window.store
        claim_id = current.claim_id
        order = self.window.proxy.visible_ids()

        def work(_c: TaskControl) -> ClaimSummary:
            store.qc_agree(claim_id, by=reviewer)
            return store.get_claim(claim_id).summary

        def done(summary: ClaimSummary) -> None:
            self._saving = False
            self.window.update_row(summary)
            me = reviewer.strip().casefold()
            self.window.advance_after(
                claim_id,
                order,
                wants=lambda s: s.qc_pending and (s.decided_by or "").casefold() != me,
                none_left="No other decision waits for your QC with these filters.",
            )
            self.window.say(f"Agreed (QC): claim {claim_id} goes out with the next export.")

        def failed(exc: BaseException) -> None:
            self._saving = False
            self.window.show_error(exc)
            self.window.refresh_claim(claim_id)

        self.window.tasks.run(work, done=done, failed=failed, writes=True, label=f"Agreeing with {claim_id} (QC)")

