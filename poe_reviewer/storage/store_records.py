"""What the review queue hands out (claims, revisions, decisions, exports), its errors, and the
helpers its parts share to turn rows into records and back."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, NamedTuple

from sqlalchemy import exists

from poe_reviewer import clocks
from poe_reviewer.bundle import CLAIM_FILE, Bundle
from poe_reviewer.claim import Claim
from poe_reviewer.dates import utc_date
from poe_reviewer.errors import BundleError, PoeReviewerError
from poe_reviewer.findings.context import Evidence
from poe_reviewer.findings.facts import CheckFact, fact_from_json
from poe_reviewer.findings.results import CheckResult
from poe_reviewer.identity import env_email
from poe_reviewer.report import DocumentEntry
from poe_reviewer.review import Decision
from poe_reviewer.storage import models as m

log = logging.getLogger(__name__)

TO_REVIEW = "to_review"
#: Review states of a claim: waiting for a decision, or the kind of its decision.
STATUSES = (TO_REVIEW, "approved", "rejected", "action_required", "partially_approved")
DueFilter = Literal["overdue", "today", "week"]
ExportMode = Literal["undelivered", "since", "all"]
ImportOutcome = Literal["new", "revision", "unchanged"]
#: Roles whose files, found byte-for-byte on another claim, earn the "reused" badge.
_REUSE_ROLES = ("poe", "invoice", "customer_attestation", "partner_attestation", "public_sector_disclosure")
_SHOWN_IDS = 20


# -- errors ------------------------------------------------------------------------------------------------
#: The actor of what a program run did without a reviewer named (imports of a script, say).
UNIDENTIFIED = "unidentified"


class UnknownClaimError(PoeReviewerError):
    def __init__(self, claim_id: str) -> None:
        self.claim_id = claim_id
        super().__init__(f"There is no claim {claim_id} in the review database.")


class ConflictOpenError(PoeReviewerError):
    """A claim of an undecided conflict group was decided alone, without an override."""

    def __init__(self, message: str, group_id: str) -> None:
        super().__init__(message)
        self.group_id = group_id


class NothingToUndoError(PoeReviewerError):
    """There is no decision to undo, or it was exported already."""


class StaleDecisionError(PoeReviewerError):
    """The claim changed after the reviewer opened it; the decision was not saved."""


class AlreadyDecidedError(StaleDecisionError):
    """The claim's current revision already has a decision; replacing it must be asked for."""


class UnknownConflictGroupError(PoeReviewerError):
    def __init__(self, group_id: str, detail: str = "") -> None:
        self.group_id = group_id
        super().__init__(
            detail
            or f"There is no conflict group {group_id} in the review database; `poe-reviewer conflicts` lists them."
        )


# -- what the store hands out ------------------------------------------------------------------------------
@dataclass(frozen=True)
class ImportResult:
    path: str
    claim_id: str
    revision: int
    outcome: ImportOutcome
    recommendation: str
    bundle_sha256: str


class DecisionRecord(NamedTuple):
    """One decision as the reviewer metrics read it."""

    claim_id: str
    program: str
    reviewer: str
    decided_at: dt.datetime
    #: approved, rejected, action_required or partially_approved
    decision: str
    #: check id -> status at decision time
    checks: dict[str, str]
    #: what the checks suggested for the revision decided
    recommendation: str
    #: when the revision decided was imported (the claim reached the queue)
    imported_at: dt.datetime
    #: a later decision on the same revision replaced it
    replaced: bool


class ClaimSummary(NamedTuple):
    """One line of the queue: what a list shows and sorts by (details are in :class:`ClaimDetail`).

    A named tuple of few columns, so that the queue lists ten thousand claims in tens of milliseconds.
    """

    claim_id: str
    revision: int
    #: Review state: ``to_review`` or the kind of the current revision's decision.
    status: str
    program: str
    partner: str
    customer: str
    workloads: str
    #: What the checks suggest: approve, reject or action_required.
    recommendation: str
    #: The soonest running deadline, and which clock it is: ``review`` (five business days),
    #: ``respond`` (the partner's, after Action Required), ``dispute`` or ``conflict``.
    next_due: dt.date | None
    next_clock: str | None
    public_sector: bool
    reused: bool
    conflict: bool
    decided_by: str | None
    #: The claim's version: pass it back as ``expected_version`` when deciding.
    version: int
    #: Who holds a live lease on the claim (has it open from "next claim"), if anyone.
    leased_by: str | None = None
    #: When the current revision was decided (UTC; None: not decided).
    decided_at: dt.datetime | None = None
    #: The current decision waits for a second reviewer (second-level QC) before it is exported.
    qc_pending: bool = False
    #: The tags of the claim's notes, sorted, comma-separated ("ask the pdm,escalate").
    tags: str = ""

    def overdue(self, today: dt.date) -> bool:
        """True once the next deadline has passed (the deadline day itself is on time)."""
        return self.next_due is not None and self.next_due < today

    def expired(self, today: dt.date) -> bool:
        """An Action Required whose partner did not resubmit in time: "You have fourteen calendar days
        to resubmit your claim ... or it is automatically rejected" (seed, "Status of a claim")."""
        if not (self.status == "action_required" and self.next_clock == "respond" and self.overdue(today)):
            return False
        # the partner had time to answer: a decision made after the deadline expired nothing (it was late)
        decided = self.decided_at
        return decided is None or self.next_due is None or utc_date(decided) <= self.next_due

    def suggestion(self, today: dt.date) -> str:
        """What the queue suggests: the checks' recommendation, or reject for an expired Action Required."""
        return "reject" if self.expired(today) else self.recommendation


@dataclass(frozen=True)
class RevisionInfo:
    revision: int
    bundle_path: str
    bundle_sha256: str
    source_status: str
    submitted_at: dt.datetime
    recommendation: str
    imported_at: dt.datetime
    imported_by: str


@dataclass(frozen=True)
class StoredDecision:
    id: int
    revision: int
    #: The claim version this decision produced.
    version: int
    decision: Decision
    superseded_by: int | None
    export_id: int | None
    exported_at: dt.datetime | None
    #: When the decision was taken back (undo), if it was.
    undone_at: dt.datetime | None = None

    @property
    def live(self) -> bool:
        """Neither replaced by a later decision nor undone."""
        return self.superseded_by is None and self.undone_at is None


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: dt.datetime
    actor: str
    action: str
    claim_id: str | None
    revision: int | None
    details: Mapping[str, Any]


@dataclass(frozen=True)
class ClaimDetail:
    summary: ClaimSummary
    claim: Claim
    revision: RevisionInfo
    revisions: list[RevisionInfo]
    checks: list[CheckResult]
    documents: list[DocumentEntry]
    decisions: list[StoredDecision]
    #: Every running clock of the claim (the summary shows only the next one).
    clocks: clocks.ClaimClocks = field(default_factory=clocks.ClaimClocks)
    #: When the current revision entered review (the start of the review clock).
    under_review_since: dt.datetime | None = None
    #: Details behind the badges: {"reused_with": [claim ids], "conflict_with": [claim ids]}.
    flags: Mapping[str, Any] = field(default_factory=dict)

    @property
    def check_statuses(self) -> dict[str, str]:
        return {c.id: c.status for c in self.checks}

    @property
    def current_decision(self) -> StoredDecision | None:
        for d in reversed(self.decisions):
            if d.revision == self.revision.revision and d.live:
                return d
        return None


@dataclass(frozen=True)
class ExportResult:
    """What one export delivered: a new export, an earlier pending one delivered again
    (``resumed``), or nothing (``undelivered`` with nothing new and nothing pending)."""

    path: Path
    mode: ExportMode
    #: The export's row; None when there was nothing to export.
    export_id: int | None
    decisions: tuple[Decision, ...]
    #: The id the file carries (``export_id``), e.g. ``EXP-20261206-1a2b3c4d``.
    export_uid: str | None = None
    #: ``pending`` (until the claims system acknowledges it), ``acknowledged``, or ``copy`` (a re-delivery).
    state: str | None = None
    #: An earlier pending export delivered again: the same id and the very same bytes, nothing new.
    resumed: bool = False
    #: The file was written now (False when ``path`` already held exactly these bytes).
    file_written: bool = False
    #: The other exports still waiting for the claims system's acknowledgement, oldest first.
    pending: tuple[str, ...] = ()

    @property
    def count(self) -> int:
        return len(self.decisions)

    @property
    def written(self) -> bool:
        """An export was delivered (new or resumed)."""
        return self.export_id is not None


@dataclass(frozen=True)
class PendingExport:
    """An export delivered and not yet acknowledged by the claims system."""

    export_uid: str
    file: str
    exported_at: dt.datetime
    count: int


@dataclass(frozen=True)
class Acknowledgement:
    """The claims system's acknowledgement of an export, as recorded."""

    export_uid: str
    #: ``acknowledged``, or ``copy`` for a re-delivery (which has nothing to acknowledge).
    state: str
    acknowledged_at: dt.datetime | None
    acknowledged_by: str | None
    count: int
    #: Nothing changed: it was acknowledged before, or it is a copy.
    already: bool


class UnknownExportError(PoeReviewerError):
    def __init__(self, export_uid: str, pending: list[str]) -> None:
        self.export_uid = export_uid
        self.pending = pending
        waiting = ", ".join(pending) if pending else "none"
        super().__init__(
            f"There is no export {export_uid} in the review database; exports waiting for acknowledgement: {waiting}."
        )


def default_actor() -> str:
    """Who is working when no reviewer was named: ``POE_REVIEWER_EMAIL`` when it is an address, else
    "unidentified" (never the operating system's login: "root" in an audit trail says nothing)."""
    return env_email() or UNIDENTIFIED


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _claim_json_text(bundle: Bundle) -> str:
    """The exact claim.json of the bundle (checked against the digest it was loaded with)."""
    src = bundle.source
    raw: bytes | None = None
    try:
        if src.is_dir():
            raw = (src / CLAIM_FILE).read_bytes()
        else:
            with zipfile.ZipFile(src) as zf:
                for name in zf.namelist():
                    parts = name.replace("\\", "/").strip("/").split("/")
                    if parts[-1] == CLAIM_FILE and len(parts) <= 2:
                        data = zf.read(name)
                        if hashlib.sha256(data).hexdigest() == bundle.claim_sha256:
                            raw = data
                            break
    except (OSError, zipfile.BadZipFile) as exc:
        raise BundleError(str(src), f"claim.json cannot be read again ({exc})") from None
    if raw is None or hashlib.sha256(raw).hexdigest() != bundle.claim_sha256:
        raise BundleError(str(src), "claim.json changed while the bundle was being imported")
    return raw.decode("utf-8-sig")


def _facts_of(stored: list[Any] | None) -> tuple[CheckFact, ...] | None:
    """The typed facts of a stored result; None where they were never recorded (before schema 0004)."""
    if stored is None:
        return None
    return tuple(fact_from_json(f) for f in stored)


def _check_row(revision_id: int, position: int, c: CheckResult, now: dt.datetime) -> m.CheckResultRow:
    """One stored check result (the import, the recheck and the queue-wide reuse check all store them)."""
    return m.CheckResultRow(
        revision_id=revision_id,
        position=position,
        check_id=c.id,
        status=c.status,
        summary=c.summary,
        reject=c.reject,
        evidence=[_evidence_json(e) for e in c.evidence],
        facts=None if c.facts is None else [f.to_json() for f in c.facts],
        checked_at=now,
    )


def _review_start(claim: Claim, imported_at: dt.datetime, previous: dt.datetime | None) -> dt.datetime:
    """When this revision went Under Review, which starts the five-business-day review clock.

    Seed (claim statuses): "You should expect a response within five business days after your
    claim status is changed to Under Review"; a *submitted* claim has not been taken up yet. So a
    claim that arrives ``under_review`` starts at the claims system's latest "review" history
    moment; any other claim goes under review when it enters this queue (its import).
    """
    start = imported_at
    if claim.status == "under_review":
        marks = [h.at.astimezone(dt.UTC) for h in claim.history if "review" in h.action.lower()]
        if marks:
            start = min(max(marks), imported_at)
    if previous is not None and start <= previous:
        # a resubmission whose claim.json carries no newer moment: the clock restarts at import
        start = imported_at
    return start


def _next_clock(c: clocks.ClaimClocks) -> str | None:
    """Which clock is the next deadline: review, respond, dispute or conflict."""
    due = c.next_due()
    for name, value in (
        ("review", c.review_due),
        ("respond", c.respond_by),
        ("dispute", c.dispute_until),
        ("conflict", c.conflict_until),
    ):
        if value is not None and value == due:
            return name
    return None


def _clock_values(c: clocks.ClaimClocks) -> dict[str, Any]:
    due = c.next_due()
    return {
        "review_due": c.review_due,
        "respond_by": c.respond_by,
        "dispute_until": c.dispute_until,
        "conflict_until": c.conflict_until,
        "next_due": due,
        "next_clock": _next_clock(c),
        "sort_due": due or m.NO_DUE_DATE,
    }


def _set_clocks(row: m.Claim, c: clocks.ClaimClocks) -> None:
    for key, value in _clock_values(c).items():
        setattr(row, key, value)


def _evidence_json(e: Evidence) -> dict[str, Any]:
    return e.to_json()


def _evidence_of(data: Any) -> Evidence:
    bbox = data.get("bbox")
    return Evidence(
        document=str(data.get("document", "")),
        quote=str(data.get("quote", "")),
        page=data.get("page"),
        bbox=tuple(float(x) for x in bbox) if bbox else None,  # type: ignore[arg-type]
    )


_SUMMARY_COLUMNS = (
    m.Claim.claim_id,
    m.Claim.current_revision,
    m.Claim.status,
    m.Claim.program,
    m.Claim.partner_name,
    m.Claim.customer_name,
    m.Claim.workloads,
    m.Claim.recommendation,
    m.Claim.next_due,
    m.Claim.next_clock,
    m.Claim.public_sector,
    m.Claim.reused,
    m.Claim.conflict,
    m.Claim.decided_by,
    m.Claim.version,
    m.Reviewer.email,
    m.Claim.decided_at,
    # the live decision is drawn for QC and no second reviewer has checked it yet
    exists()
    .where(
        m.QcReview.claim_pk == m.Claim.id,
        m.QcReview.state == "pending",
        m.QcReview.decision_id == m.DecisionRow.id,
        m.DecisionRow.superseded_by.is_(None),
        m.DecisionRow.undone_at.is_(None),
    )
    .label("qc_pending"),
    m.Claim.tags,
)


#: One claim of a group decision ready to save: its row, revision, claim, decision, version seen, live decision.
_Planned = tuple[m.Claim, m.ClaimRevision, Claim, Decision, int, "m.DecisionRow | None"]
