"""What changed since the last decision on a returning claim: a resubmission after Action Required or
a dispute of a rejection, compared with the revision that was decided.

A reviewer meeting a claim again needs, first: which documents the partner added, removed or replaced
(by content, so a renamed file is not new), which checks changed their verdict, the decision given
last time with its comment, and for each reason given then (each failing check, each workload not
approved) whether it is now met, still not met or no longer applicable, with the evidence.

Seed, "Disputing a rejection": "be sure ... your dispute response and updated documentation addresses
and resolves all the reasons given for the original rejection".
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from poe_reviewer.findings.context import Evidence
from poe_reviewer.findings.facts import ClaimLifeFact, WorkloadFact
from poe_reviewer.findings.results import CheckResult, claim_life_of
from poe_reviewer.report import DocumentEntry, Report
from poe_reviewer.storage.store_records import ClaimDetail, StoredDecision, UnknownClaimError

if TYPE_CHECKING:
    from poe_reviewer.application.queue import ReviewQueue

DocumentChangeKind = Literal["added", "replaced", "renamed", "removed", "unchanged"]
ReasonState = Literal["met", "not_met", "no_longer_applicable"]

#: How a reason given last time stands now, in the reviewer's words.
REASON_LABELS: Mapping[str, str] = {
    "met": "met",
    "not_met": "still not met",
    "no_longer_applicable": "no longer applicable",
}
_CHILD = "!/"  # an attachment or embedded message: it changes with its parent


@dataclass(frozen=True)
class DocumentChange:
    """One document of either revision and what became of it."""

    path: str
    change: DocumentChangeKind
    sha256: str | None
    #: the earlier name of a renamed document
    previous_path: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"path": self.path, "change": self.change, "sha256": self.sha256, "previous_path": self.previous_path}


@dataclass(frozen=True)
class CheckChange:
    check: str
    before: str
    now: str

    def to_json(self) -> dict[str, str]:
        return {"check": self.check, "before": self.before, "now": self.now}


@dataclass(frozen=True)
class ReasonStatus:
    """One reason given with the last decision, and how it stands on this revision."""

    #: check id, or the workload's name
    reason: str
    kind: Literal["check", "workload"]
    #: what it was at the last decision: the check's status, or the workload's decision
    before: str
    state: ReasonState
    #: what this revision's check says about it
    summary: str
    evidence: tuple[Evidence, ...] = ()

    @property
    def label(self) -> str:
        return REASON_LABELS[self.state]

    def to_json(self) -> dict[str, Any]:
        return {
            "reason": self.reason,
            "kind": self.kind,
            "before": self.before,
            "state": self.state,
            "summary": self.summary,
            "evidence": [e.to_json() for e in self.evidence],
        }


@dataclass(frozen=True)
class WhatChanged:
    """A returning claim's revision against the revision decided last."""

    claim_id: str
    revision: int
    previous_revision: int
    previous: StoredDecision
    documents: tuple[DocumentChange, ...]
    checks: tuple[CheckChange, ...]
    reasons: tuple[ReasonStatus, ...]
    #: where this revision stands in the claim's life (resubmission, dispute), if the checks said
    life: ClaimLifeFact | None = None

    @property
    def new_documents(self) -> tuple[str, ...]:
        """Paths of the documents to read first: added and replaced ones."""
        return tuple(d.path for d in self.documents if d.change in ("added", "replaced"))

    @property
    def changed_documents(self) -> tuple[DocumentChange, ...]:
        return tuple(d for d in self.documents if d.change != "unchanged")

    def headline(self) -> str:
        """One line: what kind of return, what was decided, how many reasons are met."""
        what = {"dispute": "Dispute", "resubmission": "Resubmission"}.get(
            self.life.kind if self.life else "", "Revision"
        )
        d = self.previous.decision
        met = sum(r.state == "met" for r in self.reasons)
        open_ = sum(r.state == "not_met" for r in self.reasons)
        parts = [
            f"{what} (revision {self.revision}) of a claim decided {d.decision.replace('_', ' ')} "
            f"by {d.reviewer} on {d.decided_at:%Y-%m-%d} (revision {self.previous_revision})."
        ]
        if self.reasons:
            parts.append(f"Reasons given then: {met} met, {open_} still not met, "
                         f"{len(self.reasons) - met - open_} no longer applicable.")  # fmt: skip
        changed = self.changed_documents
        parts.append(
            f"{len(changed)} document change(s)." if changed else "The partner changed no document (same content)."
        )
        return " ".join(parts)

    def to_json(self) -> dict[str, Any]:
        d = self.previous.decision
        return {
            "revision": self.revision,
            "previous_revision": self.previous_revision,
            "kind": self.life.kind if self.life else None,
            "previous_decision": {
                "decision": d.decision,
                "template_id": d.template_id,
                "comment": d.comment,
                "reviewer": d.reviewer,
                "decided_at": d.to_export_json()["decided_at"],
                "workloads": [w.to_export_json() for w in d.workloads],
            },
            "documents": [c.to_json() for c in self.changed_documents],
            "checks": [c.to_json() for c in self.checks],
            "reasons": [r.to_json() for r in self.reasons],
        }


def _top_level(documents: Sequence[DocumentEntry]) -> list[DocumentEntry]:
    """The bundle's own files that are there (a listed file the bundle lacks has no content to compare)."""
    return [d for d in documents if _CHILD not in d.path and d.sha256]


def document_changes(before: Sequence[DocumentEntry], now: Sequence[DocumentEntry]) -> tuple[DocumentChange, ...]:
    """Each document of the new revision (added, replaced, renamed, unchanged), then those removed.

    By content: a file whose bytes were there before under another name is renamed, not new; a name
    that now holds other bytes is replaced."""
    old = _top_level(before)
    new = _top_level(now)
    old_by_path = {d.path: d for d in old}
    old_by_sha: dict[str, DocumentEntry] = {}
    for d in old:
        if d.sha256:
            old_by_sha.setdefault(d.sha256, d)
    new_shas = {d.sha256 for d in new if d.sha256}
    new_paths = {d.path for d in new}
    changes: list[DocumentChange] = []
    for d in new:
        same_bytes = old_by_sha.get(d.sha256) if d.sha256 else None
        if same_bytes is not None:
            if same_bytes.path == d.path:
                changes.append(DocumentChange(d.path, "unchanged", d.sha256))
            else:
                changes.append(DocumentChange(d.path, "renamed", d.sha256, same_bytes.path))
        elif d.path in old_by_path:
            changes.append(DocumentChange(d.path, "replaced", d.sha256, d.path))
        else:
            changes.append(DocumentChange(d.path, "added", d.sha256))
    for d in old:
        if d.path not in new_paths and not (d.sha256 and d.sha256 in new_shas):
            changes.append(DocumentChange(d.path, "removed", d.sha256))
    return tuple(changes)


def _workload_facts(checks: Sequence[CheckResult]) -> dict[str, WorkloadFact]:
    return {
        " ".join(f.workload.split()).casefold(): f
        for c in checks
        if c.id == "workload_match"
        for f in c.facts or ()
        if isinstance(f, WorkloadFact)
    }


def reason_statuses(
    previous: StoredDecision,
    checks: Sequence[CheckResult],
    claimed: Sequence[str],
    previous_checks: Sequence[CheckResult] = (),
) -> tuple[ReasonStatus, ...]:
    """Each reason of the last decision (failing checks, workloads not approved) as it stands now."""
    now = {c.id: c for c in checks}
    reasons: list[ReasonStatus] = []
    for check_id, before in previous.decision.checks.items():
        if before != "fail":
            continue
        current = now.get(check_id)
        if current is None or current.status == "not_applicable":
            state: ReasonState = "no_longer_applicable"
        elif current.status == "pass":
            state = "met"
        else:
            state = "not_met"
        summary = current.summary if current is not None else "The check is no longer run."
        reasons.append(ReasonStatus(check_id, "check", before, state, summary, current.evidence if current else ()))
    workloads = _workload_facts(checks)
    shown_before = _workload_facts(previous_checks)
    claimed_keys = {" ".join(n.split()).casefold() for n in claimed}
    # a workload is a reason of its own when it was decided apart from the others, or when the POE
    # did not show it then; a whole claim sent back for other reasons lists those reasons only
    apart = len({w.decision for w in previous.decision.workloads}) > 1
    for w in previous.decision.workloads:
        before_fact = shown_before.get(" ".join(w.name.split()).casefold())
        if w.decision == "approved" or not (apart or before_fact is None or before_fact.state != "evidenced"):
            continue
        key = " ".join(w.name.split()).casefold()
        fact = workloads.get(key)
        if key not in claimed_keys:
            state, summary = "no_longer_applicable", f"{w.name} is no longer claimed."
        elif fact is None:
            state, summary = "not_met", f"The POE was not read for {w.name}."
        else:
            state = "met" if fact.state == "evidenced" else "not_met"
            summary = fact.text
        reasons.append(ReasonStatus(w.name, "workload", w.decision, state, summary))
    return tuple(reasons)


def last_decided_revision(detail: ClaimDetail) -> StoredDecision | None:
    """The live decision on the latest earlier revision of the claim, if any (what this revision answers)."""
    current = detail.revision.revision
    earlier = [d for d in detail.decisions if d.revision < current and d.live]
    return max(earlier, key=lambda d: (d.revision, d.id)) if earlier else None


def compare(
    claim_id: str,
    revision: int,
    previous: StoredDecision,
    before: tuple[Sequence[DocumentEntry], Sequence[CheckResult]],
    now: tuple[Sequence[DocumentEntry], Sequence[CheckResult]],
    claimed: Sequence[str],
) -> WhatChanged:
    """A revision (its documents and check results) against the decided one."""
    previous_documents, previous_checks = before
    documents, checks = now
    statuses: dict[str, str] = {c.id: c.status for c in previous_checks} or dict(previous.decision.checks)
    check_changes = tuple(
        CheckChange(c.id, statuses[c.id], c.status) for c in checks if c.id in statuses and statuses[c.id] != c.status
    )
    return WhatChanged(
        claim_id=claim_id,
        revision=revision,
        previous_revision=previous.revision,
        previous=previous,
        documents=document_changes(previous_documents, documents),
        checks=check_changes,
        reasons=reason_statuses(previous, checks, claimed, previous_checks),
        life=claim_life_of(checks),
    )


def what_changed(
    detail: ClaimDetail, previous_documents: Sequence[DocumentEntry], previous_checks: Sequence[CheckResult]
) -> WhatChanged | None:
    """The comparison of ``detail``'s current revision with the last decided one (None if none was)."""
    previous = last_decided_revision(detail)
    if previous is None:
        return None
    return compare(
        detail.summary.claim_id,
        detail.revision.revision,
        previous,
        (previous_documents, previous_checks),
        (detail.documents, detail.checks),
        [w.name for w in detail.claim.workloads],
    )


def compare_with_last_decision(
    store: ReviewQueue, claim_id: str, detail: ClaimDetail | None = None
) -> WhatChanged | None:
    """What changed on ``claim_id``'s current revision since the last decided one (None: not returning)."""
    detail = detail or store.get_claim(claim_id)
    previous = last_decided_revision(detail)
    if previous is None:
        return None
    documents, checks = store.revision_record(claim_id, previous.revision)
    return what_changed(detail, documents, checks)


def compare_report(store: ReviewQueue, report: Report) -> WhatChanged | None:
    """A bundle just checked (``check --db``) against the queue's last decision on the same claim: the
    decided revision before it when the bundle is the claim's current revision, else the latest."""
    try:
        detail = store.get_claim(report.claim_id)
    except UnknownClaimError:
        return None
    imported = report.bundle_sha256 == detail.revision.bundle_sha256
    if imported:
        previous = last_decided_revision(detail)
        revision = detail.revision.revision
    else:
        live = [d for d in detail.decisions if d.live]
        previous = max(live, key=lambda d: (d.revision, d.id)) if live else None
        revision = detail.revision.revision + 1
    if previous is None:
        return None
    before = store.revision_record(report.claim_id, previous.revision)
    # the workloads the checked bundle claims: workload_match judges each of them
    claimed = [f.workload for f in _workload_facts(report.checks).values()] or [w.name for w in detail.claim.workloads]
    return compare(report.claim_id, revision, previous, before, (report.documents, report.checks), claimed)
