"""The review queue as both front ends use it: import, check again, reuse across the queue, export.

:class:`ReviewQueue` is the storage repository (:class:`~poe_reviewer.storage.store.ReviewStore`:
reading the queue, deciding, team mode) with the work that runs the pipeline on top: a bundle is
loaded, extracted (from the cache where possible) and checked here, and storage saves what was
found in one transaction. Storage itself runs no check, extracts no document and builds no export.

The front ends import the queue's records and errors from here, never from storage.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import replace as dc_replace
from pathlib import Path
from typing import Any

from poe_reviewer import conflicts
from poe_reviewer.application.imports import REUSE_EVERY, ImportingQueue
from poe_reviewer.application.qc import QueueQcRules
from poe_reviewer.checks import recommend, reused_evidence, run_checks
from poe_reviewer.checks.base import CheckContext, CheckResult
from poe_reviewer.claim import Claim
from poe_reviewer.errors import PoeReviewerError
from poe_reviewer.export import build_export, check_target, export_bytes, read_receipt, write_new
from poe_reviewer.pipeline import validate_policy
from poe_reviewer.policy import Policy, load_policy
from poe_reviewer.review import (
    OVERRIDE_PREFIX,
    ConflictInfo,
    Decision,
    UnresolvedChecksError,
    Verdict,
    WorkloadDecisionKind,
    make_decision,
)
from poe_reviewer.storage.db import (
    APP_NAME,
    DatabaseError,
    NewerDatabaseError,
    check_integrity,
    display_url,
    resolve_url,
)
from poe_reviewer.storage.store import (
    STATUSES,
    TO_REVIEW,
    Acknowledgement,
    AlreadyDecidedError,
    AuditEntry,
    ClaimDetail,
    ClaimSummary,
    ConflictOpenError,
    DueFilter,
    ExportMode,
    ExportResult,
    ImportOutcome,
    ImportResult,
    NothingToUndoError,
    PendingExport,
    RevisionInfo,
    StaleDecisionError,
    StoredDecision,
    UnknownClaimError,
    UnknownConflictGroupError,
    UnknownExportError,
    default_actor,
)
from poe_reviewer.storage.store_decisions import PlanGroup
from poe_reviewer.storage.store_notes import Note, NoteError, normalize_tag
from poe_reviewer.storage.store_qc import OwnDecisionError, QcError, QcItem, QcStats, Rate


class ReviewQueue(ImportingQueue):
    """The review queue in one database (SQLite file by default, PostgreSQL by URL), with the
    services that check bundles and export decisions."""

    def __init__(self, url: str | None = None, *, policy: Policy | None = None, **options: Any) -> None:
        # a malformed policy file stops here, naming the file and key, before any bundle is read
        checked = validate_policy(policy or load_policy())
        self.qc = QueueQcRules(checked)
        super().__init__(url, policy=checked, conflict_rules=QueueConflictRules(checked), qc_rules=self.qc, **options)

    # -- deciding ----------------------------------------------------------------------------------
    def decide(
        self,
        claim_id: str,
        verdict: Verdict,
        *,
        reviewer: str | None = None,
        comment: str = "",
        template_id: str | None = None,
        workload_verdicts: Mapping[str, WorkloadDecisionKind] | None = None,
        expected_version: int | None = None,
        replace: bool = False,
        conflict: ConflictInfo | None = None,
        resolutions: Mapping[str, str] | None = None,
        override_conflict: str | None = None,
    ) -> StoredDecision:
        """Record a decision on the claim's current revision; the commit is durable when this returns.

        ``expected_version`` is the claim version the reviewer looked at (``ClaimSummary.version``):
        if anyone changed the claim since, :class:`StaleDecisionError`. Without it, a claim that
        already has a decision raises :class:`AlreadyDecidedError` unless ``replace`` is set.

        ``resolutions``: check id -> what the reviewer confirmed by hand (an approval over open checks
        needs one per check, :func:`poe_reviewer.review.checks_to_resolve`). A claim of an undecided
        conflict group is decided with its group (:meth:`decide_group`), or alone with
        ``override_conflict``, the reason, recorded in the decision's conflict block.
        """
        who = (reviewer or self.actor).strip()
        if override_conflict is not None:
            conflict = self._override(claim_id, verdict, override_conflict)

        def build(claim: Claim, statuses: dict[str, str], bundle_sha256: str, now: dt.datetime) -> Decision:
            return make_decision(
                claim,
                verdict,
                reviewer=who,
                comment=comment,
                template_id=template_id,
                workload_verdicts=workload_verdicts,
                check_statuses=statuses,
                bundle_sha256=bundle_sha256,
                decided_at=now,
                policy=self.policy,
                conflict=conflict,
                resolutions=resolutions,
            )

        return self.record_decision(
            claim_id,
            build,
            expected_version=expected_version,
            replace=replace,
            group_id=conflict.group_id if conflict is not None else None,
        )

    def _override(self, claim_id: str, verdict: Verdict, reason: str) -> ConflictInfo:
        """The conflict block of a claim decided alone, outside its open group, for ``reason``."""
        text = " ".join(reason.split())
        if len(text) < 15:
            raise PoeReviewerError(
                "Deciding a conflicting claim outside its group needs a reason a colleague can check later "
                "(at least 15 characters)."
            )
        state = self.conflict_group_of(claim_id)
        if state is None or state.decided:
            raise PoeReviewerError(f"Claim {claim_id} is in no open conflict group: decide it without an override.")
        winner = claim_id if verdict == "approve" else None
        return ConflictInfo(state.group.group_id, state.group.claim_ids, winner, OVERRIDE_PREFIX + text)

    # -- conflicting claims --------------------------------------------------------------------------
    def compare_conflict(self, group_id: str, *, today: dt.date | None = None) -> conflicts.Comparison:
        """The side-by-side comparison of a group's claims, with the rule's clock and a suggested winner."""
        state = self.conflict_group(group_id)
        records = {c: self.claim_record(c) for c in state.group.claim_ids}
        return conflicts.compare(
            state.group,
            records,
            policy=self.policy,
            today=today or self.now().date(),
            notified_at=state.notified_at,
            window_end=state.window_end,
            notices=self.conflict_notices(state),
        )

    def _group_plan(
        self,
        *,
        winner: str,
        reason: str,
        workload_winners: Mapping[str, str] | None,
        others: str,
        uncontested: Mapping[str, Mapping[str, str]] | None,
        reviewer: str,
        reviewer_name: str,
        comments: Mapping[str, str] | None,
        resolutions: Mapping[str, Mapping[str, str]] | None = None,
        early_reason: str | None = None,
    ) -> PlanGroup:
        """The group decision rule (conflicts/decide.py) for these choices, as storage runs it."""

        def plan(
            group: conflicts.ConflictGroup,
            records: dict[str, conflicts.ClaimRecord],
            window_end: dt.date | None,
            now: dt.datetime,
        ) -> list[Decision]:
            if window_end is None:
                raise PoeReviewerError(
                    f"The partners of conflict group {group.group_id} have not been notified yet, so its fourteen-day "
                    f"window has not started: record the notification first (`poe-reviewer notify "
                    f"{group.group_id} --how 'e-mail to both partners'`, or Notify partners in the compare view)."
                )
            text = conflicts.check_reason(group, records, reason)
            early = " ".join((early_reason or "").split())
            if others == "reject" and now.date() <= window_end and len(early) < 15:
                raise PoeReviewerError(
                    f"The fourteen-day window of conflict group {group.group_id} runs until {window_end.isoformat()}: "
                    "rejecting the other claims before it ends needs a reason (--early-reason, at least 15 "
                    "characters), or put their contested workloads in Action Required until then "
                    "(--others action_required)."
                )
            before_end = early and now.date() <= window_end
            recorded = text + (f" Decided before the window ended: {early}" if before_end else "")
            plans = conflicts.plan_group_decision(
                group,
                records,
                winner=winner,
                workload_winners=workload_winners,
                others=others,
                uncontested=uncontested,
                window_end=window_end,
                today=now.date(),
                policy=self.policy,
            )
            info = ConflictInfo(group.group_id, group.claim_ids, winner, recorded)
            decisions: list[Decision] = []
            for planned in plans:
                record = records[planned.claim_id]
                # The partner asked for an up-to-date POE has until the end of the window, not longer.
                asks = "action_required" in planned.workload_verdicts.values()
                respond_by = window_end if asks and planned.lost else None
                comment = (comments or {}).get(planned.claim_id) or conflicts.render_group_comment(
                    planned,
                    record,
                    reason=text,
                    reviewer_name=reviewer_name,
                    window_end=window_end,
                    respond_by=respond_by,
                    policy=self.policy,
                )
                decision = make_decision(
                    record.claim,
                    planned.verdict,
                    reviewer=reviewer,
                    comment=comment,
                    template_id=planned.template_id,
                    workload_verdicts=planned.workload_verdicts,
                    check_statuses={c.id: c.status for c in record.checks},
                    bundle_sha256=record.bundle_sha256,
                    decided_at=now,
                    policy=self.policy,
                    conflict=info,
                    resolutions=(resolutions or {}).get(planned.claim_id),
                )
                if respond_by is not None and decision.respond_by is not None:
                    decision = dc_replace(decision, respond_by=min(respond_by, decision.respond_by))
                decisions.append(decision)
            return decisions

        return plan

    def preview_group_decision(
        self,
        group_id: str,
        *,
        winner: str,
        reason: str,
        workload_winners: Mapping[str, str] | None = None,
        others: str = "reject",
        uncontested: Mapping[str, Mapping[str, str]] | None = None,
        reviewer: str | None = None,
        reviewer_name: str = "",
        resolutions: Mapping[str, Mapping[str, str]] | None = None,
        early_reason: str | None = None,
    ) -> list[Decision]:
        """The decisions :meth:`decide_group` would save, comments filled in, without saving anything
        (the reviewer reads and edits the comments, then passes them back as ``comments``)."""
        plan = self._group_plan(winner=winner, reason=reason, workload_winners=workload_winners, others=others,
                                uncontested=uncontested, reviewer=(reviewer or self.actor).strip(),
                                reviewer_name=reviewer_name, comments=None, resolutions=resolutions,
                                early_reason=early_reason)  # fmt: skip
        return self.plan_group_decision_now(group_id, plan)

    def decide_group(
        self,
        group_id: str,
        *,
        winner: str,
        reason: str,
        workload_winners: Mapping[str, str] | None = None,
        others: str = "reject",
        uncontested: Mapping[str, Mapping[str, str]] | None = None,
        reviewer: str | None = None,
        reviewer_name: str = "",
        comments: Mapping[str, str] | None = None,
        expected_versions: Mapping[str, int] | None = None,
        replace: bool = False,
        resolutions: Mapping[str, Mapping[str, str]] | None = None,
        early_reason: str | None = None,
    ) -> list[StoredDecision]:
        """Decide a conflict group as one: every claim's decision, or none of them, is saved.

        ``winner`` wins every contested workload it claimed, unless ``workload_winners`` (workload
        name, or ``NAME@SUBSCRIPTION_ID`` -> claim id) says otherwise; the other claims' contested
        workloads are rejected (template ``conflicting_claim``) or, while the fourteen-day window is
        open, put in Action Required until its end (``conflicting_claim_update_poe``). ``reason`` is
        written once, goes into every claim's comment (so it may not name the partners) and into every
        decision's ``conflict`` block. ``comments`` replaces the rendered comment of a claim.

        Every claim must still be at ``expected_versions`` (when given) and no one may change it
        meanwhile (:class:`StaleDecisionError`). A decision made outside the group (an approved
        association) is replaced; one made by this group before only with ``replace``.

        The partners must have been notified (:meth:`notify_conflict`); rejecting the others before the
        window ends needs ``early_reason``. ``resolutions``: claim id -> check id -> note, for an approved
        claim with open checks (as in :meth:`decide`).
        """
        who = (reviewer or self.actor).strip()
        plan = self._group_plan(winner=winner, reason=reason, workload_winners=workload_winners, others=others,
                                uncontested=uncontested, reviewer=who, reviewer_name=reviewer_name,
                                comments=comments, resolutions=resolutions, early_reason=early_reason)  # fmt: skip
        return self.record_group_decision(
            group_id,
            plan,
            reviewer=who,
            audit={"winner_claim_id": winner, "others": others, "early_reason": early_reason or None},
            expected_versions=expected_versions,
            replace=replace,
        )

    # -- checking again ----------------------------------------------------------------------------
    def recheck(self, claim_id: str, *, actor: str | None = None) -> list[CheckResult]:
        """Run the checks again on the current revision (after a policy change), from cached documents."""
        documents = self.load_documents(claim_id)
        claim, missing = self.recheck_inputs(claim_id)
        results = run_checks(CheckContext(claim=claim, documents=documents, policy=self.policy, missing=missing))
        self.save_recheck(claim_id, results, recommend(results), actor=actor)
        # The checks above saw this claim alone: reuse is judged against the stored queue.
        reuse = self.refresh_reuse([claim_id], actor=actor).get(claim_id)
        if reuse is not None:
            stored = {c.id: c for c in self.get_claim(claim_id).checks}
            results = [stored.get(r.id, r) if r.id == reused_evidence.CHECK_ID else r for r in results]
        return results

    # -- export ------------------------------------------------------------------------------------
    def export(
        self,
        out: str | Path,
        mode: ExportMode = "undelivered",
        *,
        since: dt.date | None = None,
        exported_by: str | None = None,
    ) -> ExportResult:
        """Record an export and write its ``poe-decisions/1`` file, which carries the export's id.

        ``undelivered``: every decision in no export yet, recorded as a *pending* export that
        commits before its file is written; a crash in between leaves it pending, and running the
        export again writes the very same file under the same id (also when there is nothing new:
        the result says ``resumed``). With nothing new and nothing pending, nothing is written.
        ``since``: decisions made on or after ``since`` (UTC); ``all``: every decision; both are
        copies with ids of their own that change no decision's delivery. Replaced decisions are
        never exported. An existing file is never overwritten (:class:`ExportError` names it).

        Nothing is exported from a damaged database (SQLite ``integrity_check``) or from an audit trail
        that fails verification (the claims are named): what reaches the claims system is what was decided.
        """
        check_integrity(self.engine, full=True)
        return self.export_decisions(
            out,
            mode,
            since=since,
            exported_by=exported_by,
            render=_render_export,
            check=check_target,
            write=write_new,
        )

    def acknowledge_receipt(self, path: str | Path, *, by: str | None = None) -> Acknowledgement:
        """Acknowledge the export named by the claims system's receipt file (``{"export_id": ...}``)."""
        return self.acknowledge_export(read_receipt(Path(path)), by=by)


class QueueConflictRules:
    """The conflict rules storage runs inside its transactions (storage/rules.py), from the policy."""

    def __init__(self, policy: Policy) -> None:
        self._keys = conflicts.WorkloadKeys(policy)

    def workload_key(self, name: str, subscription_id: str | None, solution_area: str) -> str:
        return self._keys.key(name, subscription_id, solution_area)

    def find_groups(self, contenders: Iterable[conflicts.Contender]) -> list[conflicts.ConflictGroup]:
        return conflicts.find_groups(contenders)


def _render_export(
    decisions: list[Decision], exported_by: str, exported_at: dt.datetime, export_id: str, audit_chain_head: str
) -> bytes:
    return export_bytes(
        build_export(
            decisions,
            exported_by=exported_by,
            exported_at=exported_at,
            export_id=export_id,
            audit_chain_head=audit_chain_head,
        )
    )


__all__ = [
    "APP_NAME",
    "REUSE_EVERY",
    "STATUSES",
    "TO_REVIEW",
    "Acknowledgement",
    "AlreadyDecidedError",
    "AuditEntry",
    "ClaimDetail",
    "ClaimSummary",
    "ConflictOpenError",
    "DatabaseError",
    "DueFilter",
    "ExportMode",
    "ExportResult",
    "ImportOutcome",
    "ImportResult",
    "NewerDatabaseError",
    "Note",
    "NoteError",
    "NothingToUndoError",
    "OwnDecisionError",
    "PendingExport",
    "QcError",
    "QcItem",
    "QcStats",
    "Rate",
    "ReviewQueue",
    "RevisionInfo",
    "StaleDecisionError",
    "StoredDecision",
    "UnknownClaimError",
    "UnknownConflictGroupError",
    "UnknownExportError",
    "UnresolvedChecksError",
    "default_actor",
    "display_url",
    "normalize_tag",
    "resolve_url",
]
