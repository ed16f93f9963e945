"""Batch decisions: one verdict and its template applied to many claims, each under a single decision's guards.

A reviewer selects claims in the queue and chooses a verdict once. :func:`plan_batch` says, per claim, whether it
will be decided and with which comment (the verdict's template filled in for that claim), or why it is refused:
a claim already decided, a claim of an open conflict group (decided with its group, side by side), open checks
an approval needs confirmed one by one, a claim another reviewer has open, or anything the decision rules refuse
(:func:`poe_reviewer.review.make_decision` is run on each claim as it would be on saving). Nothing is saved until
the reviewer confirms the plan; :func:`decide_batch` then saves each decision as its own durable commit, so a
batch stopped half-way keeps what it saved, and a claim changed by someone else meanwhile is refused, not
overwritten (its version is the one the plan read).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from poe_reviewer.application.queue import ReviewQueue
from poe_reviewer.dates import utc_date
from poe_reviewer.errors import PoeReviewerError
from poe_reviewer.findings.results import CheckResult
from poe_reviewer.review import DecisionError, Verdict, checks_to_resolve, make_decision
from poe_reviewer.storage.store import TO_REVIEW, ClaimSummary, StoredDecision
from poe_reviewer.templates import TemplateError, default_template, render_comment

#: A bundle digest that stands for the revision's own when a decision is only tried, not saved.
_TRIAL_SHA256 = "0" * 64


@dataclass(frozen=True)
class BatchItem:
    """One claim of a batch: the comment it will be decided with, or why it is refused."""

    claim_id: str
    #: the claim's version when the plan was made: a claim changed since is refused on saving
    version: int
    customer: str
    template_id: str | None
    comment: str
    refused: str | None = None


@dataclass(frozen=True)
class BatchPlan:
    """What a batch decision will do, shown to the reviewer before anything is saved."""

    verdict: Verdict
    items: tuple[BatchItem, ...]

    @property
    def to_decide(self) -> list[BatchItem]:
        return [i for i in self.items if i.refused is None]

    @property
    def refused(self) -> list[BatchItem]:
        return [i for i in self.items if i.refused is not None]


@dataclass(frozen=True)
class BatchOutcome:
    """What a batch saved, what failed on saving (and why), and whether the reviewer stopped it."""

    saved: tuple[StoredDecision, ...]
    failed: tuple[tuple[str, str], ...]
    stopped: bool = False


def _refusal(
    summary: ClaimSummary, checks: list[CheckResult], verdict: Verdict, reviewer: str, today: dt.date
) -> str | None:
    """Why a claim cannot take ``verdict`` in a batch, before the decision rules are tried; None when it can."""
    s = summary
    if s.status != TO_REVIEW:
        by = f" by {s.decided_by}" if s.decided_by else ""
        return f"already decided ({s.status.replace('_', ' ')}{by}): open it to replace the decision"
    if s.conflict:
        return "conflicts with another partner's claim: decide its group together in the comparison (C)"
    if s.leased_by and s.leased_by.casefold() != reviewer.casefold():
        return f"{s.leased_by} has it open"
    statuses = {c.id: c.status for c in checks}
    open_checks = checks_to_resolve(statuses, "approved" if verdict == "approve" else verdict)
    if open_checks:
        names = ", ".join(sorted(open_checks))
        return f"an approval needs these checks confirmed one by one, in the claim: {names}"
    if verdict == "approve" and s.expired(today):
        return "the partner did not answer the Action Required in time: the claim is rejected, not approved"
    return None


def plan_batch(
    queue: ReviewQueue,
    claim_ids: Iterable[str],
    verdict: Verdict,
    *,
    reviewer: str,
    template_id: str | None = None,
    reviewer_name: str = "",
) -> BatchPlan:
    """The plan of deciding ``claim_ids`` with ``verdict``: per claim, the comment of ``template_id`` (or of the
    verdict's template suggested for that claim) or why the claim is refused. Saves nothing."""
    policy = queue.policy
    now = queue.now()
    today = utc_date(now)
    wanted = list(dict.fromkeys(claim_ids))
    inputs = queue.decision_inputs(wanted)
    items: list[BatchItem] = []
    for claim_id in wanted:
        if claim_id not in inputs:
            items.append(BatchItem(claim_id, 0, "", None, "", "is not in the queue (removed meanwhile?)"))
            continue
        s, claim, checks = inputs[claim_id]
        why = _refusal(s, checks, verdict, reviewer, today)
        # a refused claim needs no comment: its template is not looked for
        tid = None if why else template_id or default_template(verdict, checks, claim, expired=s.expired(today))
        comment = ""
        if why is None and tid is not None:
            try:
                comment = render_comment(tid, claim, checks, reviewer_name=reviewer_name, policy=policy)
            except TemplateError as exc:
                why = f"its comment could not be written: {exc}"
        if why is None:
            try:  # the decision rules, as on saving
                make_decision(
                    claim, verdict, reviewer=reviewer, comment=comment, template_id=tid, workload_verdicts=None,
                    check_statuses={c.id: c.status for c in checks}, bundle_sha256=_TRIAL_SHA256,
                    decided_at=now, policy=policy,
                )  # fmt: skip
            except DecisionError as exc:
                why = str(exc)
        items.append(BatchItem(claim_id, s.version, s.customer, tid, comment, why))
    return BatchPlan(verdict, tuple(items))


def save_item(queue: ReviewQueue, plan: BatchPlan, item: BatchItem, *, reviewer: str) -> StoredDecision:
    """Save one claim of the plan, durable when this returns; refused (:class:`PoeReviewerError`) if the claim
    changed since the plan read it."""
    return queue.decide(
        item.claim_id,
        plan.verdict,
        reviewer=reviewer,
        comment=item.comment,
        template_id=item.template_id,
        expected_version=item.version,
    )


def decide_batch(
    queue: ReviewQueue,
    plan: BatchPlan,
    *,
    reviewer: str,
    progress: Callable[[int, int], None] | None = None,
    stop: Callable[[], bool] | None = None,
) -> BatchOutcome:
    """Save the plan's decisions one by one (each durable when saved); a claim that changed since the plan, or
    that the rules now refuse, is listed as failed with the reason, and the rest go on."""
    todo = plan.to_decide
    saved: list[StoredDecision] = []
    failed: list[tuple[str, str]] = []
    for done, item in enumerate(todo):
        if stop is not None and stop():
            return BatchOutcome(tuple(saved), tuple(failed), stopped=True)
        try:
            saved.append(save_item(queue, plan, item, reviewer=reviewer))
        except PoeReviewerError as exc:
            failed.append((item.claim_id, str(exc)))
        if progress is not None:
            progress(done + 1, len(todo))
    return BatchOutcome(tuple(saved), tuple(failed))
