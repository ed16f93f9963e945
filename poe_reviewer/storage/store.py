"""The review queue's API: import bundles, list the queue, decide, hand out claims, export decisions.

:class:`ReviewStore` is what the command line uses now and the workbench later; every read
and write of the review database goes through it. Rules it keeps:

* **Import is idempotent by bundle digest.** The same digest again changes nothing; the
  same claim id with another digest (a resubmission after Action Required, a dispute)
  becomes the next revision: history kept, the claim back in the queue, clocks restarted.
  Bundles are read one at a time and closed, and documents are not kept, so importing a
  queue runs in memory that does not grow with its length. Extracted documents are cached
  by file SHA-256, so re-importing or reopening a claim costs almost nothing.
* **A decision is saved once.** Every change of a claim bumps its ``version``; a decision
  is written only if the version is still the one the reviewer saw (or, without one, the
  claim has no decision yet), so of two concurrent saves exactly one wins and the other
  gets :class:`StaleDecisionError` / :class:`AlreadyDecidedError` with who decided what.
  A commit that returned is durable (SQLite ``synchronous=FULL``; PostgreSQL's commit).
* **"Next claim" hands each reviewer a different claim**, by a lease that expires:
  PostgreSQL locks the candidate row with ``FOR UPDATE SKIP LOCKED``; SQLite runs the
  choice in a single-writer (``BEGIN IMMEDIATE``) transaction.
* **Export delivers every decision exactly once in ``undelivered`` mode**: the file is
  written atomically before the transaction that marks its decisions delivered commits, so
  a crash in between can only deliver a decision again, never drop one; the decisions are
  locked while exporting so two exports never both take them.
* **Conflicting CPOR claims** (:mod:`poe_reviewer.conflicts`) are looked for whenever a claim of
  the customer is imported or decided: a group found for the first time is recorded
  (``conflict_groups``) with that moment, when both partners are notified and the fourteen-day
  window starts; its claims get the conflict badge and the window as their conflict clock until
  the group is decided. :meth:`ReviewStore.decide_group` saves the decisions of a whole group in
  one transaction, with the same version checks as a single decision.
* Everything that changes the queue appends to the audit trail.
"""

from __future__ import annotations

import datetime as dt
import getpass
import hashlib
import json
import logging
import os
import zipfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from dataclasses import replace as dc_replace
from pathlib import Path
from typing import Any, Literal, NamedTuple, cast

from sqlalchemy import CursorResult, Engine, and_, delete, exists, func, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from poe_reviewer import clocks, conflicts
from poe_reviewer.bundle import CLAIM_FILE, Bundle, BundleLimits, load_bundle
from poe_reviewer.checks import recommend, reused_evidence, run_checks
from poe_reviewer.checks.base import CheckContext, CheckResult, Evidence, Status
from poe_reviewer.claim import Claim, parse_claim
from poe_reviewer.documents.model import Document
from poe_reviewer.documents.registry import ExtractContext
from poe_reviewer.errors import BundleError, PoeReviewerError
from poe_reviewer.export import build_export, export_bytes, write_atomically
from poe_reviewer.findings.facts import CheckFact, fact_from_json
from poe_reviewer.findings.reuse.fingerprints import ClaimFingerprint
from poe_reviewer.findings.reuse.fingerprints import fingerprint as claim_fingerprint
from poe_reviewer.findings.reuse.matches import Finding
from poe_reviewer.names import normalize_name
from poe_reviewer.pipeline import LoadedClaim, check_claim, extract_bundle, validate_policy
from poe_reviewer.policy import Policy, load_policy
from poe_reviewer.report import DocumentEntry, Report
from poe_reviewer.review import ConflictInfo, Decision, Verdict, WorkloadDecisionKind, make_decision
from poe_reviewer.storage import models as m
from poe_reviewer.storage.db import WRITE, DatabaseError, display_url, open_engine
from poe_reviewer.storage.doccache import CacheDecodeError, decode_document, encode_document, options_key, relocate

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
class UnknownClaimError(PoeReviewerError):
    def __init__(self, claim_id: str) -> None:
        self.claim_id = claim_id
        super().__init__(f"There is no claim {claim_id} in the review database.")


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

    def overdue(self, today: dt.date) -> bool:
        """True once the next deadline has passed (the deadline day itself is on time)."""
        return self.next_due is not None and self.next_due < today


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
            if d.revision == self.revision.revision and d.superseded_by is None:
                return d
        return None


@dataclass(frozen=True)
class ExportResult:
    path: Path
    mode: ExportMode
    #: None when nothing was written (``undelivered`` with nothing new).
    export_id: int | None
    decisions: tuple[Decision, ...]

    @property
    def count(self) -> int:
        return len(self.decisions)

    @property
    def written(self) -> bool:
        return self.export_id is not None


def default_actor() -> str:
    """Who is working: ``POE_REVIEWER_EMAIL``, else the login name."""
    env = os.environ.get("POE_REVIEWER_EMAIL", "").strip()
    if env:
        return env
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name (containers without a passwd entry)
        return "unknown"


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


def _customer_key(claim: Claim) -> str:
    c = claim.customer
    if c.tenant_id:
        return f"tenant:{c.tenant_id.strip().lower()}"
    if c.domain:
        return f"domain:{c.domain}"
    return f"name:{normalize_name(c.name)}"[:320]


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
)


#: One claim of a group decision ready to save: its row, revision, claim, decision, version seen, live decision.
_Planned = tuple[m.Claim, m.ClaimRevision, Claim, Decision, int, "m.DecisionRow | None"]


class ReviewStore:
    """The review queue in one database (SQLite file by default, PostgreSQL by URL)."""

    def __init__(
        self,
        url: str | None = None,
        *,
        policy: Policy | None = None,
        limits: BundleLimits | None = None,
        actor: str | None = None,
        lease_duration: dt.timedelta = dt.timedelta(minutes=30),
        now: Callable[[], dt.datetime] | None = None,
        engine: Engine | None = None,
    ) -> None:
        self.engine = engine or open_engine(url)
        self.policy = validate_policy(policy or load_policy())
        self.limits = limits or BundleLimits()
        self.actor = actor or default_actor()
        self.lease_duration = lease_duration
        self._now = now or _utcnow
        self._read_sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(self.engine.execution_options(**{WRITE: True}), expire_on_commit=False)
        self.is_postgresql = self.engine.dialect.name == "postgresql"

    # -- plumbing ------------------------------------------------------------------------------------
    @property
    def url(self) -> str:
        return display_url(self.engine.url)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> ReviewStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def now(self) -> dt.datetime:
        return self._now().astimezone(dt.UTC)

    @contextmanager
    def _read(self) -> Iterator[Session]:
        with self._read_sessions() as s:
            try:
                yield s
            finally:
                s.rollback()

    @contextmanager
    def _write(self) -> Iterator[Session]:
        """One write transaction, committed on success (durably) and rolled back on any error."""
        try:
            with self._write_sessions.begin() as s:
                yield s
        except OperationalError as exc:
            raise DatabaseError(f"the review database {self.url} could not be written: {exc.orig}") from exc

    def _insert(self) -> Any:
        return pg_insert if self.is_postgresql else sqlite_insert

    def _audit(
        self,
        s: Session,
        action: str,
        *,
        claim_id: str | None = None,
        revision: int | None = None,
        details: Mapping[str, Any] | None = None,
        actor: str | None = None,
        at: dt.datetime | None = None,
    ) -> None:
        s.add(
            m.AuditEvent(
                at=at or self.now(),
                actor=actor or self.actor,
                action=action,
                claim_id=claim_id,
                revision=revision,
                details=dict(details or {}),
            )
        )

    def _reviewer_id(self, s: Session, email: str) -> int:
        email = email.strip()
        rid = s.scalar(select(m.Reviewer.id).where(m.Reviewer.email == email))
        if rid is not None:
            return rid
        stmt = self._insert()(m.Reviewer).values(email=email, name="", created_at=self.now())
        s.execute(stmt.on_conflict_do_nothing(index_elements=["email"]))
        rid = s.scalar(select(m.Reviewer.id).where(m.Reviewer.email == email))
        assert rid is not None
        return rid

    def _claim_row(self, s: Session, claim_id: str, *, lock: bool = False) -> m.Claim:
        stmt = select(m.Claim).where(m.Claim.claim_id == claim_id)
        if lock and self.is_postgresql:
            stmt = stmt.with_for_update()
        row = s.scalar(stmt.execution_options(populate_existing=True))
        if row is None:
            raise UnknownClaimError(claim_id)
        return row

    def _current_revision(self, s: Session, row: m.Claim) -> m.ClaimRevision:
        rev = s.scalar(
            select(m.ClaimRevision).where(
                m.ClaimRevision.claim_pk == row.id, m.ClaimRevision.revision == row.current_revision
            )
        )
        assert rev is not None, f"claim {row.claim_id} lost its revision {row.current_revision}"
        return rev

    # -- import --------------------------------------------------------------------------------------
    def import_paths(
        self,
        paths: Iterable[str | Path],
        *,
        progress: Callable[[int, int, str], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> Iterator[tuple[str, ImportResult | BundleError]]:
        """Import bundles one at a time; a bad bundle yields its error and the rest go on."""
        items = [str(p) for p in paths]
        imported: list[str] = []
        for i, p in enumerate(items):
            if cancelled and cancelled():
                self.refresh_reuse(imported)
                return
            if progress:
                progress(i, len(items), p)
            try:
                done = self.import_bundle(p)
            except BundleError as exc:
                with self._write() as s:
                    self._audit(s, "import_failed", details={"path": p, "reason": str(exc)})
                yield p, exc
                continue
            if done.outcome != "unchanged":
                imported.append(done.claim_id)
            yield p, done
        # Each bundle was checked alone: reuse across the stored queue is looked for once all are in.
        self.refresh_reuse(imported)
        if progress:
            progress(len(items), len(items), "")

    def import_bundle(self, path: str | Path, *, actor: str | None = None) -> ImportResult:
        """Import one bundle (raises :class:`BundleError` when it cannot be loaded)."""
        bundle = load_bundle(path, self.limits)
        with bundle:
            known = self._known_digest(bundle.digest)
            if known is not None:
                return known
            claim_text = _claim_json_text(bundle)
            documents, fresh = self._extract(bundle)
            report = check_claim(LoadedClaim(bundle, documents), self.policy)
            # computed now, while the documents are in memory: the queue-wide reuse check reads only this
            fingerprint = claim_fingerprint(bundle.claim, documents, self.policy).to_json()
            payloads = {sha: (doc.kind, encode_document(doc)) for sha, doc in fresh.items()}
            del documents, fresh
            for attempt in range(3):
                try:
                    return self._save_import(bundle, claim_text, report, payloads, actor or self.actor, fingerprint)
                except IntegrityError:
                    # another process imported the same claim or bundle at the same moment: look again
                    if attempt == 2:
                        raise
            raise AssertionError("unreachable")

    def _known_digest(self, digest: str) -> ImportResult | None:
        with self._read() as s:
            found = s.execute(
                select(m.ClaimRevision, m.Claim.claim_id)
                .join(m.Claim, m.Claim.id == m.ClaimRevision.claim_pk)
                .where(m.ClaimRevision.bundle_sha256 == digest)
            ).first()
            if found is None:
                return None
            rev, claim_id = found
            return ImportResult(rev.bundle_path, claim_id, rev.revision, "unchanged", rev.recommendation, digest)

    def _extract(self, bundle: Bundle) -> tuple[list[Document], dict[str, Document]]:
        """Documents of the bundle, from the cache where possible; also those newly extracted."""
        ctx = ExtractContext()
        key = options_key(ctx)
        shas = sorted({f.sha256 for f in bundle.files})
        payloads: dict[str, bytes] = {}
        if shas:
            with self._read() as s:
                for chunk in range(0, len(shas), 500):
                    rows = s.execute(
                        select(m.ExtractionCacheEntry.sha256, m.ExtractionCacheEntry.payload).where(
                            m.ExtractionCacheEntry.options == key,
                            m.ExtractionCacheEntry.sha256.in_(shas[chunk : chunk + 500]),
                        )
                    )
                    payloads.update({sha: bytes(p) for sha, p in rows})
        for f in bundle.files:
            payload = payloads.get(f.sha256)
            if payload is None:
                continue
            try:
                ctx.cache[(f.sha256, f.path, f.role)] = relocate(decode_document(payload), f.path, f.role)
            except CacheDecodeError as exc:
                log.debug("cache entry for %s unusable: %s", f.sha256, exc)
                payloads.pop(f.sha256, None)
        documents = extract_bundle(bundle, ctx)
        fresh: dict[str, Document] = {}
        for doc in documents:
            # a file that failed to extract is cheap to try again and may have failed for a passing reason
            if doc.sha256 not in payloads and doc.error is None:
                fresh.setdefault(doc.sha256, doc)
        return documents, fresh

    def _save_import(
        self,
        bundle: Bundle,
        claim_text: str,
        report: Report,
        payloads: Mapping[str, tuple[str, bytes]],
        actor: str,
        fingerprint: dict[str, Any] | None = None,
    ) -> ImportResult:
        claim = bundle.claim
        with self._write() as s:
            if s.scalar(select(m.ClaimRevision.id).where(m.ClaimRevision.bundle_sha256 == bundle.digest)):
                known = self._known_digest_in(s, bundle.digest)
                return known
            now = self.now()
            stmt = select(m.Claim).where(m.Claim.claim_id == claim.claim_id)
            if self.is_postgresql:
                stmt = stmt.with_for_update()
            row = s.scalar(stmt)
            previous_since = row.under_review_since if row is not None else None
            previous_key = row.customer_key if row is not None else None
            since = _review_start(claim, now, previous_since)
            if row is None:
                number = 1
                row = m.Claim(claim_id=claim.claim_id, version=0, created_at=now, flags={})
                s.add(row)
            else:
                number = (
                    s.scalar(select(func.max(m.ClaimRevision.revision)).where(m.ClaimRevision.claim_pk == row.id)) or 0
                ) + 1
            self._fill_claim(row, claim, report, since, number, now)
            s.flush()
            rev = m.ClaimRevision(
                claim_pk=row.id,
                revision=number,
                bundle_path=str(bundle.source),
                bundle_sha256=bundle.digest,
                claim_sha256=bundle.claim_sha256,
                claim_json=claim_text,
                source_status=claim.status,
                submitted_at=claim.submitted_at,
                under_review_since=since,
                recommendation=report.recommendation,
                imported_at=now,
                imported_by=actor,
                checked_at=now,
            )
            s.add(rev)
            s.flush()
            sizes = {f.path: f.size for f in bundle.files}
            self._save_report(s, rev.id, report, sizes, now)
            if fingerprint is not None:
                s.add(m.ReuseFingerprintRow(revision_id=rev.id, fingerprint=fingerprint))
            s.execute(delete(m.ClaimWorkload).where(m.ClaimWorkload.claim_pk == row.id))
            s.add_all(
                m.ClaimWorkload(claim_pk=row.id, name=w.name, subscription_id=w.subscription_id)
                for w in claim.workloads
            )
            if payloads:
                ins = self._insert()(m.ExtractionCacheEntry).on_conflict_do_nothing()
                s.execute(
                    ins,
                    [
                        {"sha256": sha, "options": options_key(ExtractContext()), "kind": kind, "payload": data,
                         "created_at": now}
                        for sha, (kind, data) in payloads.items()
                    ],
                )  # fmt: skip
            s.flush()
            self._update_badges(s, row, report, rev.id, now, previous_key)
            self._audit(
                s,
                "import" if number == 1 else "revision",
                claim_id=claim.claim_id,
                revision=number,
                actor=actor,
                at=now,
                details={
                    "path": str(bundle.source),
                    "bundle_sha256": bundle.digest,
                    "recommendation": report.recommendation,
                    "source_status": claim.status,
                    "documents": len(report.documents),
                    "checks": {c.id: c.status for c in report.checks},
                },
            )
            return ImportResult(
                str(bundle.source),
                claim.claim_id,
                number,
                "new" if number == 1 else "revision",
                report.recommendation,
                bundle.digest,
            )

    def _known_digest_in(self, s: Session, digest: str) -> ImportResult:
        rev, claim_id = s.execute(
            select(m.ClaimRevision, m.Claim.claim_id)
            .join(m.Claim, m.Claim.id == m.ClaimRevision.claim_pk)
            .where(m.ClaimRevision.bundle_sha256 == digest)
        ).one()
        return ImportResult(rev.bundle_path, claim_id, rev.revision, "unchanged", rev.recommendation, digest)

    def _fill_claim(
        self, row: m.Claim, claim: Claim, report: Report, since: dt.datetime, number: int, now: dt.datetime
    ) -> None:
        row.current_revision = number
        row.status = TO_REVIEW
        row.source_status = claim.status
        row.program = claim.program
        row.claim_kind = claim.claim_kind
        row.solution_area = claim.solution_area
        row.partner_name = claim.partner.name
        row.partner_location_id = claim.partner.location_id or ""
        row.partner_country = claim.partner.country
        row.customer_name = claim.customer.name
        row.customer_country = claim.customer.country
        row.customer_segment = claim.customer.segment or ""
        row.customer_key = _customer_key(claim)
        row.workloads = ", ".join(w.name for w in claim.workloads)
        row.submitted_at = claim.submitted_at
        row.under_review_since = since
        row.recommendation = report.recommendation
        row.public_sector = claim.customer.segment == "public_sector"
        row.decision = None
        row.decided_by = None
        row.decided_at = None
        row.version = (row.version or 0) + 1
        row.updated_at = now
        row.reused = False
        row.conflict = False
        _set_clocks(row, clocks.claim_clocks(claim, self.policy, under_review_since=since))

    def _save_report(
        self, s: Session, revision_id: int, report: Report, sizes: Mapping[str, int], now: dt.datetime
    ) -> None:
        s.add_all(
            m.DocumentRow(
                revision_id=revision_id,
                position=i,
                path=d.path,
                role=d.role,
                kind=d.kind,
                sha256=d.sha256,
                size=sizes.get(d.path, 0),
                pages=d.pages,
                error=d.error,
                top_level="!/" not in d.path,
            )
            for i, d in enumerate(report.documents)
        )
        self._save_checks(s, revision_id, report.checks, now)

    def _save_checks(self, s: Session, revision_id: int, results: Sequence[CheckResult], now: dt.datetime) -> None:
        s.add_all(_check_row(revision_id, i, c, now) for i, c in enumerate(results))

    def _update_badges(
        self,
        s: Session,
        row: m.Claim,
        report: Report,
        revision_id: int,
        now: dt.datetime,
        previous_key: str | None = None,
    ) -> None:
        """Reused evidence (the check, or the same file on another claim) and conflicting claims (CPOR)."""
        flags: dict[str, Any] = {}
        reuse_check = next((c for c in report.checks if c.id == "reused_evidence"), None)
        reused_with = self._same_files_elsewhere(s, row, revision_id)
        if reused_with:
            flags["reused_with"] = reused_with
            for other in s.scalars(select(m.Claim).where(m.Claim.claim_id.in_(reused_with))):
                other.reused = True
                other_flags = dict(other.flags or {})
                ids = list(dict.fromkeys([*other_flags.get("reused_with", []), row.claim_id]))[:_SHOWN_IDS]
                other.flags = {**other_flags, "reused_with": ids}
        row.reused = bool(reused_with) or (reuse_check is not None and reuse_check.status in ("fail", "warn"))
        row.flags = flags
        # A new revision may name another customer: the groups of the old one change too.
        self._refresh_conflicts(s, {row.customer_key, previous_key or row.customer_key}, now)

    def _same_files_elsewhere(self, s: Session, row: m.Claim, revision_id: int) -> list[str]:
        mine = select(m.DocumentRow.sha256).where(
            m.DocumentRow.revision_id == revision_id,
            m.DocumentRow.top_level.is_(True),
            m.DocumentRow.sha256.is_not(None),
            m.DocumentRow.role.in_(_REUSE_ROLES),
        )
        stmt = (
            select(m.Claim.claim_id)
            .join(m.ClaimRevision, m.ClaimRevision.claim_pk == m.Claim.id)
            .join(m.DocumentRow, m.DocumentRow.revision_id == m.ClaimRevision.id)
            .where(
                m.DocumentRow.sha256.in_(mine),
                m.DocumentRow.top_level.is_(True),
                m.DocumentRow.role.in_(_REUSE_ROLES),
                m.Claim.id != row.id,
            )
            .distinct()
            .order_by(m.Claim.claim_id)
            .limit(_SHOWN_IDS)
        )
        return list(s.scalars(stmt))

    # -- reused evidence across the stored queue (poe_reviewer.checks.reused_evidence) -----------------------
    def refresh_reuse(self, claim_ids: Iterable[str], *, actor: str | None = None) -> dict[str, str]:
        """Run ``reused_evidence`` for these claims and the claims they share evidence with.

        The index is built from the stored fingerprints of every current revision (hashes and a few
        short passages), never from documents. Results are stored as a recheck stores them, with
        the "reused" badge and an audit event for each claim whose result changed. Returns the new
        status by claim id.
        """
        wanted = set(claim_ids)
        if not wanted:
            return {}
        index = reused_evidence.FingerprintIndex.for_policy(self.policy)
        prints: dict[str, tuple[int, ClaimFingerprint]] = {}
        now = self.now()
        with self._write() as s:
            rows = s.execute(
                select(m.ClaimRevision.id, m.ReuseFingerprintRow.fingerprint)
                .join(m.Claim, m.Claim.id == m.ClaimRevision.claim_pk)
                .join(m.ReuseFingerprintRow, m.ReuseFingerprintRow.revision_id == m.ClaimRevision.id)
                .where(m.ClaimRevision.revision == m.Claim.current_revision)
                .order_by(m.Claim.claim_id)
                .execution_options(yield_per=500)
            )
            for revision_id, data in rows:
                fp = ClaimFingerprint.from_json(data)
                index.add(fp)
                prints[fp.claim_id] = (revision_id, fp)
            affected = {c for c in wanted if c in prints}
            for claim_id in sorted(affected):
                affected.update(f.other_claim for f in index.matches(prints[claim_id][1]) if f.other_claim in prints)
            statuses: dict[str, str] = {}
            for claim_id in sorted(affected):
                revision_id, fp = prints[claim_id]
                found = index.check(fp)
                statuses[claim_id] = found.status
                self._store_reuse(s, claim_id, revision_id, found, index.matches(fp), now, actor)
        return statuses

    def _store_reuse(
        self,
        s: Session,
        claim_id: str,
        revision_id: int,
        found: CheckResult,
        findings: Sequence[Finding],
        now: dt.datetime,
        actor: str | None,
    ) -> None:
        row = self._claim_row(s, claim_id, lock=True)
        old = s.scalar(
            select(m.CheckResultRow).where(
                m.CheckResultRow.revision_id == revision_id, m.CheckResultRow.check_id == reused_evidence.CHECK_ID
            )
        )
        before = old.status if old is not None else None
        if old is not None:
            position = old.position
            s.delete(old)
            s.flush()
        else:
            position = (
                s.scalar(select(func.max(m.CheckResultRow.position)).where(m.CheckResultRow.revision_id == revision_id))
                or 0
            ) + 1
        s.add(_check_row(revision_id, position, found, now))
        s.flush()
        rev = s.get(m.ClaimRevision, revision_id)
        assert rev is not None
        recommendation = recommend(self._checks_of(s, revision_id))
        rev.recommendation = recommendation
        row.recommendation = recommendation
        flags = dict(row.flags or {})
        same_files = list(flags.get("reused_with", []))
        named = [f.other_claim for f in findings if f.other_claim]
        reused_with = list(dict.fromkeys([*same_files, *named]))[:_SHOWN_IDS]
        if reused_with:
            flags["reused_with"] = reused_with
        row.flags = flags
        row.reused = bool(same_files) or found.status in ("fail", "warn")
        if before != found.status:
            self._audit(
                s,
                "reuse_check",
                claim_id=claim_id,
                revision=rev.revision,
                actor=actor,
                at=now,
                details={"changed": {found.id: [before, found.status]}, "recommendation": recommendation,
                         "reused_with": named[:_SHOWN_IDS]},
            )  # fmt: skip

    # -- conflicting claims (poe_reviewer.conflicts) ------------------------------------------------------
    def _current_decisions(self, s: Session, claim_pks: Sequence[int]) -> dict[int, m.DecisionRow]:
        """The live decision on the current revision of each claim that has one."""
        out: dict[int, m.DecisionRow] = {}
        for chunk in range(0, len(claim_pks), 500):
            part = claim_pks[chunk : chunk + 500]
            stmt = (
                select(m.DecisionRow)
                .join(m.ClaimRevision, m.ClaimRevision.id == m.DecisionRow.revision_id)
                .join(m.Claim, m.Claim.id == m.DecisionRow.claim_pk)
                .where(
                    m.DecisionRow.claim_pk.in_(part),
                    m.DecisionRow.superseded_by.is_(None),
                    m.ClaimRevision.revision == m.Claim.current_revision,
                )
            )
            out.update({d.claim_pk: d for d in s.scalars(stmt)})
        return out

    def _contenders(self, s: Session, customer_keys: Iterable[str] | None) -> list[conflicts.Contender]:
        """The CPOR claims of these customers (None: of every customer claimed by two partners or more).

        A workload that the claim's current decision rejected no longer contends: that partner is out
        (a dispute or resubmission makes a new revision, which contends again).
        """
        stmt = select(
            m.Claim.id,
            m.Claim.claim_id,
            m.Claim.partner_name,
            m.Claim.partner_location_id,
            m.Claim.customer_key,
            m.Claim.customer_name,
            m.Claim.claim_kind,
            m.Claim.solution_area,
            m.Claim.status,
            m.Claim.submitted_at,
        ).where(m.Claim.program == "cpor")
        # Only customers claimed by two partners or more can have a conflict: one aggregate on the
        # customer index spares loading the claims of every other customer (or of a customer with
        # many claims from one partner).
        shared = (
            select(m.Claim.customer_key)
            .where(m.Claim.program == "cpor")
            .group_by(m.Claim.customer_key)
            .having(func.count(func.distinct(m.Claim.partner_location_id)) >= 2)
        )
        if customer_keys is not None:
            keys = sorted({k for k in customer_keys if k})
            if not keys:
                return []
            found = list(s.scalars(shared.where(m.Claim.customer_key.in_(keys))))
            if not found:
                return []
            stmt = stmt.where(m.Claim.customer_key.in_(found))
        else:
            stmt = stmt.where(m.Claim.customer_key.in_(shared))
        rows = list(s.execute(stmt.order_by(m.Claim.id)))
        if not rows:
            return []
        pks = [r.id for r in rows]
        workloads: dict[int, list[tuple[str, str | None]]] = {}
        for chunk in range(0, len(pks), 500):
            for pk, name, sub in s.execute(
                select(m.ClaimWorkload.claim_pk, m.ClaimWorkload.name, m.ClaimWorkload.subscription_id)
                .where(m.ClaimWorkload.claim_pk.in_(pks[chunk : chunk + 500]))
                .order_by(m.ClaimWorkload.id)
            ):
                workloads.setdefault(pk, []).append((name, sub))
        decisions = self._current_decisions(s, pks)
        keys_ = conflicts.WorkloadKeys(self.policy)
        out: list[conflicts.Contender] = []
        for r in rows:
            verdicts: dict[tuple[str, str | None], str] = {}
            d = decisions.get(r.id)
            if d is not None:
                for w in d.workloads:
                    verdicts[(str(w.get("name")), w.get("subscription_id"))] = str(w.get("decision"))
            claimed: list[conflicts.ClaimedWorkload] = []
            associated: set[str] = set()
            for name, sub in workloads.get(r.id, []):
                verdict = verdicts.get((name, sub))
                if verdict == "rejected":
                    continue
                key = keys_.key(name, sub, r.solution_area)
                claimed.append(conflicts.ClaimedWorkload(name, sub, key))
                if verdict == "approved":
                    associated.add(key)
            out.append(
                conflicts.Contender(
                    claim_id=r.claim_id,
                    partner_name=r.partner_name,
                    location_id=r.partner_location_id,
                    customer_key=r.customer_key,
                    customer_name=r.customer_name,
                    claim_kind=r.claim_kind,
                    workloads=tuple(claimed),
                    status=r.status,
                    associated=frozenset(associated),
                    submitted_at=r.submitted_at,
                )
            )
        return out

    def _record_groups(
        self, s: Session, groups: Sequence[conflicts.ConflictGroup], now: dt.datetime
    ) -> dict[str, dt.datetime]:
        """When each group was first found; a group found now is recorded and its partners notified."""
        ids = [g.group_id for g in groups]
        known: dict[str, dt.datetime] = {}
        if ids:
            known = dict(
                s.execute(
                    select(m.ConflictGroupRow.group_id, m.ConflictGroupRow.notified_at).where(
                        m.ConflictGroupRow.group_id.in_(ids)
                    )
                ).all()
            )
        for g in groups:
            if g.group_id in known:
                continue
            ins = self._insert()(m.ConflictGroupRow).values(
                group_id=g.group_id,
                customer_key=g.customer_key,
                customer_name=g.customer_name,
                claim_kind=g.claim_kind,
                claim_ids=list(g.claim_ids),
                workloads=[w.to_json() for w in g.workloads],
                notified_at=now,
                notified_by=self.actor,
            )
            # RETURNING, not rowcount: psycopg reports no row count for INSERT ... ON CONFLICT DO NOTHING
            inserted = s.scalar(
                ins.on_conflict_do_nothing(index_elements=["group_id"]).returning(m.ConflictGroupRow.group_id)
            )
            stored = s.scalar(select(m.ConflictGroupRow.notified_at).where(m.ConflictGroupRow.group_id == g.group_id))
            assert stored is not None
            known[g.group_id] = stored
            if inserted is None:
                continue  # another process recorded it at the same moment, and notified the partners
            window = clocks.conflict_window_end(now, self.policy)
            for member in g.members:
                self._audit(
                    s,
                    "conflict_notified",
                    claim_id=member.claim_id,
                    at=now,
                    details={
                        "group_id": g.group_id,
                        "partner": member.partner_name,
                        "location_id": member.location_id,
                        "claim_ids": list(g.claim_ids),
                        "workloads": [w.label for w in g.workloads if member.claim_id in w.claim_ids],
                        "window_end": window.isoformat(),
                        "seed": conflicts.SEED,
                    },
                )
        return known

    def _refresh_conflicts(self, s: Session, customer_keys: Iterable[str], now: dt.datetime) -> None:
        """Find the conflict groups of these customers and set the conflict badges and clocks of their claims.

        A member of a group shows the conflict badge, the other claims of its group (``flags``) and,
        until the group has decided it, the group's window as its conflict clock.
        """
        keys = sorted({k for k in customer_keys if k})
        if not keys:
            return
        contenders = self._contenders(s, keys)
        groups = conflicts.find_groups(contenders)
        notified = self._record_groups(s, groups, now)
        member_of = {cid: g for g in groups for cid in g.claim_ids}
        # The members, and the claims that were flagged before (a claim may have left its group);
        # populate_existing: a decision just saved by a Core UPDATE is what these rows must start from.
        touched = or_(m.Claim.conflict.is_(True), m.Claim.conflict_until.is_not(None))
        if member_of:
            touched = or_(touched, m.Claim.claim_id.in_(sorted(member_of)))
        rows = list(
            s.scalars(
                select(m.Claim)
                .where(m.Claim.customer_key.in_(keys), touched)
                .order_by(m.Claim.id)
                .execution_options(populate_existing=True)
            )
        )
        decided_in = {
            pk: (d.conflict or {}).get("group_id") for pk, d in self._current_decisions(s, [r.id for r in rows]).items()
        }
        for row in rows:
            flags = dict(row.flags or {})
            group = member_of.get(row.claim_id)
            until: dt.date | None = None
            if group is None:
                row.conflict = False
                flags.pop("conflict_with", None)
            else:
                row.conflict = True
                flags["conflict_with"] = [c for c in group.claim_ids if c != row.claim_id][:_SHOWN_IDS]
                if decided_in.get(row.id) != group.group_id:
                    until = clocks.conflict_window_end(notified[group.group_id], self.policy)
            if flags != (row.flags or {}):
                row.flags = flags
            if row.conflict_until != until:
                _set_clocks(row, clocks.ClaimClocks(row.review_due, row.respond_by, row.dispute_until, until))

    def refresh_conflicts(self) -> int:
        """Find every conflict group of the queue (recording and notifying new ones); returns how many there are."""
        now = self.now()
        with self._write() as s:
            keys = sorted({c.customer_key for c in self._contenders(s, None)})
            self._refresh_conflicts(s, keys, now)
            return len(conflicts.find_groups(self._contenders(s, keys)))

    def _group_states(
        self, s: Session, groups: Sequence[conflicts.ConflictGroup], rows: Mapping[str, m.ConflictGroupRow], live: bool
    ) -> list[conflicts.GroupState]:
        ids = sorted({c for g in groups for c in g.claim_ids})
        pk_of: dict[str, int] = {}
        for chunk in range(0, len(ids), 500):
            pk_of.update(
                dict(
                    s.execute(
                        select(m.Claim.claim_id, m.Claim.id).where(m.Claim.claim_id.in_(ids[chunk : chunk + 500]))
                    ).all()
                )
            )
        current = self._current_decisions(s, list(pk_of.values()))
        states: list[conflicts.GroupState] = []
        for g in groups:
            decisions: dict[str, str | None] = {}
            for c in g.claim_ids:
                d = current.get(pk_of.get(c, -1))
                in_group = d is not None and (d.conflict or {}).get("group_id") == g.group_id
                decisions[c] = d.decision if d is not None and in_group else None
            row = rows.get(g.group_id)
            at = row.notified_at if row is not None else None
            window = clocks.conflict_window_end(at, self.policy) if at is not None else None
            states.append(conflicts.GroupState(g, at, window, decisions, live))
        return states

    def _stored_group(self, s: Session, row: m.ConflictGroupRow) -> conflicts.ConflictGroup:
        """A group as it was recorded (its rejected claims may have left it since)."""
        ids = [str(c) for c in row.claim_ids]
        found = {
            r.claim_id: r
            for r in s.execute(
                select(
                    m.Claim.claim_id,
                    m.Claim.partner_name,
                    m.Claim.partner_location_id,
                    m.Claim.status,
                    m.Claim.submitted_at,
                ).where(m.Claim.claim_id.in_(ids))
            )
        }
        members = tuple(
            conflicts.Contender(
                claim_id=c,
                partner_name=found[c].partner_name if c in found else "",
                location_id=found[c].partner_location_id if c in found else "",
                customer_key=row.customer_key,
                customer_name=row.customer_name,
                claim_kind=row.claim_kind,
                workloads=(),
                status=found[c].status if c in found else "",
                submitted_at=found[c].submitted_at if c in found else None,
            )
            for c in ids
        )
        workloads = tuple(
            conflicts.ContestedWorkload(
                key=str(w["key"]),
                name=str(w["name"]),
                subscription_id=w.get("subscription_id"),
                claim_ids=tuple(str(c) for c in w.get("claim_ids", [])),
                associated=tuple(str(c) for c in w.get("associated", [])),
            )
            for w in row.workloads
        )
        return conflicts.ConflictGroup(
            row.group_id, row.customer_key, row.customer_name, row.claim_kind, tuple(ids), workloads, members
        )

    def conflict_groups(self, *, include_decided: bool = False) -> list[conflicts.GroupState]:
        """The conflict groups of the queue, by customer; ``include_decided`` adds decided groups whose
        rejected claims have left them."""
        with self._read() as s:
            groups = conflicts.find_groups(self._contenders(s, None))
            ids = [g.group_id for g in groups]
            rows = {
                r.group_id: r
                for r in s.scalars(select(m.ConflictGroupRow).where(m.ConflictGroupRow.group_id.in_(ids)))
            } if ids else {}  # fmt: skip
            states = self._group_states(s, groups, rows, True)
            if include_decided:
                past = list(
                    s.scalars(
                        select(m.ConflictGroupRow)
                        .where(m.ConflictGroupRow.group_id.not_in(ids))
                        .order_by(m.ConflictGroupRow.notified_at)
                    )
                )
                stored = [self._stored_group(s, r) for r in past]
                old = self._group_states(s, stored, {r.group_id: r for r in past}, False)
                states += [st for st in old if any(st.decisions.values())]
            return states

    def conflict_group(self, group_id: str) -> conflicts.GroupState:
        """One group, live or decided (raises :class:`UnknownConflictGroupError`)."""
        for state in self.conflict_groups(include_decided=True):
            if state.group_id == group_id:
                return state
        raise UnknownConflictGroupError(group_id)

    def conflict_group_of(self, claim_id: str) -> conflicts.GroupState | None:
        """The live group a claim belongs to, if any (the queue's badge links to it)."""
        with self._read() as s:
            key = s.scalar(select(m.Claim.customer_key).where(m.Claim.claim_id == claim_id))
            if key is None:
                raise UnknownClaimError(claim_id)
            groups = [g for g in conflicts.find_groups(self._contenders(s, [key])) if claim_id in g.claim_ids]
            if not groups:
                return None
            rows = {
                r.group_id: r
                for r in s.scalars(
                    select(m.ConflictGroupRow).where(m.ConflictGroupRow.group_id.in_([g.group_id for g in groups]))
                )
            }
            return self._group_states(s, groups, rows, True)[0]

    def _claim_record(self, detail: ClaimDetail) -> conflicts.ClaimRecord:
        current = detail.current_decision
        return conflicts.ClaimRecord(
            claim=detail.claim,
            checks=tuple(detail.checks),
            status=detail.summary.status,
            version=detail.summary.version,
            revision=detail.revision.revision,
            recommendation=detail.summary.recommendation,
            bundle_path=detail.revision.bundle_path,
            decision=current.decision.decision if current else None,
            decision_group=current.decision.conflict.group_id if current and current.decision.conflict else None,
        )

    def conflict_notices(self, state: conflicts.GroupState) -> list[conflicts.Notice]:
        """Who was notified of the group's conflict, and when (from the audit trail)."""
        with self._read() as s:
            events = s.scalars(
                select(m.AuditEvent)
                .where(m.AuditEvent.action == "conflict_notified", m.AuditEvent.claim_id.in_(state.group.claim_ids))
                .order_by(m.AuditEvent.id)
            )
            return [
                conflicts.Notice(str(e.claim_id), str(e.details.get("partner", "")), e.at)
                for e in events
                if e.details.get("group_id") == state.group_id
            ]

    def compare_conflict(self, group_id: str, *, today: dt.date | None = None) -> conflicts.Comparison:
        """The side-by-side comparison of a group's claims, with the rule's clock and a suggested winner."""
        state = self.conflict_group(group_id)
        records = {c: self._claim_record(self.get_claim(c)) for c in state.group.claim_ids}
        return conflicts.compare(
            state.group,
            records,
            policy=self.policy,
            today=today or self.now().date(),
            notified_at=state.notified_at,
            window_end=state.window_end,
            notices=self.conflict_notices(state),
        )

    # -- reading -------------------------------------------------------------------------------------
    def summary_select(self, now: dt.datetime) -> Any:
        """The queue's columns; ``leased_by`` only while the lease is live."""
        return (
            select(*_SUMMARY_COLUMNS)
            .select_from(m.Claim)
            .outerjoin(m.Lease, and_(m.Lease.claim_pk == m.Claim.id, m.Lease.expires_at > now))
            .outerjoin(m.Reviewer, m.Reviewer.id == m.Lease.reviewer_id)
        )

    def list_claims(
        self,
        status: str | Sequence[str] | None = None,
        due: DueFilter | None = None,
        *,
        today: dt.date | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[ClaimSummary]:
        """The queue, soonest deadline first (claims without a running clock last)."""
        stmt = self.summary_select(self.now())
        if status:
            wanted = [status] if isinstance(status, str) else list(status)
            unknown = [x for x in wanted if x not in STATUSES]
            if unknown:
                raise PoeReviewerError(f"unknown status {unknown[0]!r}; use one of {', '.join(STATUSES)}")
            stmt = stmt.where(m.Claim.status.in_(wanted))
        if due:
            day = today or dt.date.today()
            if due == "overdue":
                stmt = stmt.where(m.Claim.sort_due < day)
            elif due == "today":
                stmt = stmt.where(m.Claim.sort_due <= day)
            elif due == "week":
                stmt = stmt.where(m.Claim.sort_due <= day + dt.timedelta(days=7))
            else:
                raise PoeReviewerError(f"unknown due filter {due!r}; use overdue, today or week")
        stmt = stmt.order_by(m.Claim.sort_due, m.Claim.id).offset(offset)
        if limit is not None:
            stmt = stmt.limit(limit)
        # a plain connection, no ORM session: rows go straight into the named tuples
        with self.engine.connect() as conn:
            make = ClaimSummary._make
            return [make(r) for r in conn.execute(stmt).all()]

    def count_claims(self) -> int:
        with self._read() as s:
            return int(s.scalar(select(func.count()).select_from(m.Claim)) or 0)

    def count_decisions_since(self, since: dt.datetime) -> int:
        """How many decisions were saved since ``since`` (replaced ones included: they were work done)."""
        with self._read() as s:
            return int(
                s.scalar(select(func.count()).select_from(m.DecisionRow).where(m.DecisionRow.decided_at >= since)) or 0
            )

    def get_claim(self, claim_id: str) -> ClaimDetail:
        with self._read() as s:
            found = s.execute(self.summary_select(self.now()).where(m.Claim.claim_id == claim_id)).first()
            if found is None:
                raise UnknownClaimError(claim_id)
            summary = ClaimSummary._make(found)
            row = self._claim_row(s, claim_id)
            revisions = list(
                s.scalars(
                    select(m.ClaimRevision).where(m.ClaimRevision.claim_pk == row.id).order_by(m.ClaimRevision.revision)
                )
            )
            current = next(r for r in revisions if r.revision == row.current_revision)
            claim = parse_claim(json.loads(current.claim_json), current.bundle_path)
            checks = self._checks_of(s, current.id)
            documents = [
                DocumentEntry(d.path, d.role, d.sha256, d.kind, d.pages, d.error)
                for d in s.scalars(
                    select(m.DocumentRow)
                    .where(m.DocumentRow.revision_id == current.id)
                    .order_by(m.DocumentRow.position)
                )
            ]
            number_of = {r.id: r.revision for r in revisions}
            decisions = [
                self._stored_decision(d, claim_id, number_of[d.revision_id])
                for d in s.scalars(
                    select(m.DecisionRow).where(m.DecisionRow.claim_pk == row.id).order_by(m.DecisionRow.id)
                )
            ]
            return ClaimDetail(
                summary=summary,
                claim=claim,
                revision=self._revision_info(current),
                revisions=[self._revision_info(r) for r in revisions],
                checks=checks,
                documents=documents,
                decisions=decisions,
                clocks=clocks.ClaimClocks(row.review_due, row.respond_by, row.dispute_until, row.conflict_until),
                under_review_since=row.under_review_since,
                flags=dict(row.flags or {}),
            )

    @staticmethod
    def _revision_info(r: m.ClaimRevision) -> RevisionInfo:
        return RevisionInfo(
            r.revision,
            r.bundle_path,
            r.bundle_sha256,
            r.source_status,
            r.submitted_at,
            r.recommendation,
            r.imported_at,
            r.imported_by,
        )

    @staticmethod
    def _decision_of(d: m.DecisionRow, claim_id: str) -> Decision:
        return Decision.from_export_json(
            {
                "claim_id": claim_id,
                "decision": d.decision,
                "workloads": d.workloads,
                "comment": d.comment,
                "template_id": d.template_id,
                "reviewer": d.reviewer,
                "decided_at": d.decided_at.isoformat(),
                "respond_by": d.respond_by.isoformat() if d.respond_by else None,
                "conflict": d.conflict,
                "checks": d.checks,
                "bundle_sha256": d.bundle_sha256,
            }
        )

    def _stored_decision(self, d: m.DecisionRow, claim_id: str, revision: int) -> StoredDecision:
        return StoredDecision(
            d.id, revision, d.version, self._decision_of(d, claim_id), d.superseded_by, d.export_id, d.exported_at
        )

    def audit_trail(self, claim_id: str | None = None, *, limit: int | None = None) -> list[AuditEntry]:
        """Audit events, oldest first (of one claim, or all)."""
        stmt = select(m.AuditEvent).order_by(m.AuditEvent.id)
        if claim_id is not None:
            stmt = stmt.where(m.AuditEvent.claim_id == claim_id)
        if limit is not None:
            stmt = stmt.limit(limit)
        with self._read() as s:
            return [
                AuditEntry(e.id, e.at, e.actor, e.action, e.claim_id, e.revision, dict(e.details))
                for e in s.scalars(stmt)
            ]

    def load_documents(self, claim_id: str, revision: int | None = None) -> list[Document]:
        """The extracted documents of a revision (the current one by default), from the cache.

        Files missing from the cache are read from the bundle again (and cached), provided the
        bundle at the recorded path still has the recorded digest.
        """
        key = options_key(ExtractContext())
        with self._read() as s:
            row = self._claim_row(s, claim_id)
            number = revision or row.current_revision
            rev = s.scalar(
                select(m.ClaimRevision).where(m.ClaimRevision.claim_pk == row.id, m.ClaimRevision.revision == number)
            )
            if rev is None:
                raise PoeReviewerError(f"Claim {claim_id} has no revision {number}.")
            tops = list(
                s.execute(
                    select(m.DocumentRow.path, m.DocumentRow.role, m.DocumentRow.sha256, m.ExtractionCacheEntry.payload)
                    .outerjoin(
                        m.ExtractionCacheEntry,
                        and_(
                            m.ExtractionCacheEntry.sha256 == m.DocumentRow.sha256,
                            m.ExtractionCacheEntry.options == key,
                        ),
                    )
                    .where(
                        m.DocumentRow.revision_id == rev.id,
                        m.DocumentRow.top_level.is_(True),
                        m.DocumentRow.sha256.is_not(None),
                    )
                    .order_by(m.DocumentRow.position)
                )
            )
            bundle_path, digest = rev.bundle_path, rev.bundle_sha256
        documents: list[Document] = []
        for path, role, _sha, payload in tops:
            if payload is None:
                break
            try:
                documents.append(relocate(decode_document(bytes(payload)), path, role))
            except CacheDecodeError:
                break
        else:
            return documents
        return self._reextract(claim_id, bundle_path, digest)

    def _reextract(self, claim_id: str, bundle_path: str, digest: str) -> list[Document]:
        try:
            bundle = load_bundle(bundle_path, self.limits)
        except BundleError as exc:
            raise PoeReviewerError(
                f"Claim {claim_id}: its documents are not cached and its bundle cannot be read again ({exc})."
            ) from None
        with bundle:
            if bundle.digest != digest:
                raise PoeReviewerError(
                    f"Claim {claim_id}: the bundle at {bundle_path} has changed since it was imported; import it again."
                )
            documents, fresh = self._extract(bundle)
        if fresh:
            now = self.now()
            key = options_key(ExtractContext())
            with self._write() as s:
                s.execute(
                    self._insert()(m.ExtractionCacheEntry).on_conflict_do_nothing(),
                    [
                        {
                            "sha256": sha,
                            "options": key,
                            "kind": d.kind,
                            "payload": encode_document(d),
                            "created_at": now,
                        }
                        for sha, d in fresh.items()
                    ],
                )
        return documents

    def recheck(self, claim_id: str, *, actor: str | None = None) -> list[CheckResult]:
        """Run the checks again on the current revision (after a policy change), from cached documents."""
        documents = self.load_documents(claim_id)
        now = self.now()
        with self._write() as s:
            row = self._claim_row(s, claim_id, lock=True)
            rev = self._current_revision(s, row)
            claim = parse_claim(json.loads(rev.claim_json), rev.bundle_path)
            missing = list(
                s.scalars(
                    select(m.DocumentRow.path).where(
                        m.DocumentRow.revision_id == rev.id, m.DocumentRow.sha256.is_(None)
                    )
                )
            )
            ctx = CheckContext(claim=claim, documents=documents, policy=self.policy, missing=missing)
            results = run_checks(ctx)
            before = self._check_statuses(s, rev.id)
            s.execute(delete(m.CheckResultRow).where(m.CheckResultRow.revision_id == rev.id))
            s.flush()
            self._save_checks(s, rev.id, results, now)
            recommendation = recommend(results)
            rev.recommendation = recommendation
            rev.checked_at = now
            row.recommendation = recommendation
            changed = {c.id: [before.get(c.id), c.status] for c in results if before.get(c.id) != c.status}
            self._audit(
                s,
                "recheck",
                claim_id=claim_id,
                revision=rev.revision,
                actor=actor,
                at=now,
                details={"recommendation": recommendation, "changed": changed},
            )
        # The checks above saw this claim alone: reuse is judged against the stored queue.
        reuse = self.refresh_reuse([claim_id], actor=actor).get(claim_id)
        if reuse is not None:
            stored = {c.id: c for c in self.get_claim(claim_id).checks}
            results = [stored.get(r.id, r) if r.id == "reused_evidence" else r for r in results]
        return results

    # -- deciding ------------------------------------------------------------------------------------
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
    ) -> StoredDecision:
        """Record a decision on the claim's current revision; the commit is durable when this returns.

        ``expected_version`` is the claim version the reviewer looked at (``ClaimSummary.version``):
        if anyone changed the claim since, :class:`StaleDecisionError`. Without it, a claim that
        already has a decision raises :class:`AlreadyDecidedError` unless ``replace`` is set.
        """
        reviewer = (reviewer or self.actor).strip()
        with self._write() as s:
            row = self._claim_row(s, claim_id)
            seen = row.version
            if expected_version is not None and expected_version != seen:
                raise self._stale(s, row, expected_version)
            rev = self._current_revision(s, row)
            active = self._active_decision(s, row, rev, seen)
            if active is not None and not replace:
                raise AlreadyDecidedError(
                    f"Claim {claim_id} already has a decision on revision {rev.revision}: "
                    f"{active.decision.replace('_', ' ')} by {active.reviewer} at "
                    f"{active.decided_at:%Y-%m-%d %H:%M} UTC. Replace it explicitly to change it."
                )
            claim = parse_claim(json.loads(rev.claim_json), rev.bundle_path)
            statuses = self._check_statuses(s, rev.id)
            now = self.now()
            decision = make_decision(
                claim,
                verdict,
                reviewer=reviewer,
                comment=comment,
                template_id=template_id,
                workload_verdicts=workload_verdicts,
                check_statuses=statuses,
                bundle_sha256=rev.bundle_sha256,
                decided_at=now,
                policy=self.policy,
                conflict=conflict,
            )
            stored = self._save_decision(s, row, rev, claim, decision, seen=seen, active=active, now=now)
            if row.program == "cpor":
                # a rejection takes a partner out of its conflict group; an approval makes an association
                self._refresh_conflicts(s, [row.customer_key], now)
        return stored

    def _active_decision(self, s: Session, row: m.Claim, rev: m.ClaimRevision, seen: int) -> m.DecisionRow | None:
        """The live decision on the revision (raises :class:`StaleDecisionError` if it is newer than ``seen``)."""
        active = s.scalar(
            select(m.DecisionRow).where(m.DecisionRow.revision_id == rev.id, m.DecisionRow.superseded_by.is_(None))
        )
        if active is not None and active.version > seen:
            # landed after we read the claim (PostgreSQL reads committed data statement by statement)
            raise self._stale(s, row, seen)
        return active

    def _save_decision(
        self,
        s: Session,
        row: m.Claim,
        rev: m.ClaimRevision,
        claim: Claim,
        decision: Decision,
        *,
        seen: int,
        active: m.DecisionRow | None,
        now: dt.datetime,
    ) -> StoredDecision:
        """Write a decision if the claim is still at version ``seen`` (the optimistic lock), replacing ``active``."""
        reviewer_id = self._reviewer_id(s, decision.reviewer)
        new_clocks = self._clocks_after(claim, decision)
        values: dict[str, Any] = {
            "version": seen + 1,
            "status": decision.decision,
            "decision": decision.decision,
            "decided_by": decision.reviewer,
            "decided_at": decision.decided_at,
            **_clock_values(new_clocks),
            "updated_at": now,
        }
        # The optimistic lock: only the save that still sees the version it read may write.
        result = cast(
            CursorResult[Any],
            s.execute(
                update(m.Claim)
                .where(m.Claim.id == row.id, m.Claim.version == seen)
                .values(**values)
                .execution_options(synchronize_session=False)
            ),
        )
        if result.rowcount != 1:
            raise self._stale(s, row, seen)
        drow = m.DecisionRow(
            claim_pk=row.id,
            revision_id=rev.id,
            decision=decision.decision,
            workloads=[w.to_export_json() for w in decision.workloads],
            comment=decision.comment,
            template_id=decision.template_id,
            reviewer=decision.reviewer,
            reviewer_id=reviewer_id,
            decided_at=decision.decided_at,
            respond_by=decision.respond_by,
            conflict=decision.conflict.to_export_json() if decision.conflict else None,
            checks=dict(decision.checks),
            bundle_sha256=decision.bundle_sha256,
            version=seen + 1,
        )
        s.add(drow)
        s.flush()
        if active is not None:
            active.superseded_by = drow.id
        s.execute(delete(m.Lease).where(m.Lease.claim_pk == row.id))
        details: dict[str, Any] = {
            "decision_id": drow.id,
            "decision": decision.decision,
            "workloads": {w.name: w.decision for w in decision.workloads},
            "template_id": decision.template_id,
            "respond_by": decision.respond_by.isoformat() if decision.respond_by else None,
            "version": seen + 1,
            "replaced": active.id if active is not None else None,
        }
        if decision.conflict is not None:
            details["group_id"] = decision.conflict.group_id
        self._audit(
            s,
            "decision",
            claim_id=row.claim_id,
            revision=rev.revision,
            actor=decision.reviewer,
            at=now,
            details=details,
        )
        return StoredDecision(drow.id, rev.revision, seen + 1, decision, None, None, None)

    # -- deciding a conflict group -------------------------------------------------------------------
    def _plan_group(
        self,
        s: Session,
        group_id: str,
        *,
        winner: str,
        reason: str,
        workload_winners: Mapping[str, str] | None,
        others: str,
        uncontested: Mapping[str, Mapping[str, str]] | None,
        reviewer: str,
        reviewer_name: str,
        comments: Mapping[str, str] | None,
        expected_versions: Mapping[str, int] | None,
        replace: bool,
        now: dt.datetime,
        lock: bool,
    ) -> tuple[conflicts.ConflictGroup, list[_Planned]]:
        """Read the group's claims (locked when saving), check their versions and build every decision."""
        recorded = s.scalar(select(m.ConflictGroupRow).where(m.ConflictGroupRow.group_id == group_id))
        if recorded is None:
            raise UnknownConflictGroupError(group_id)
        group = next(
            (g for g in conflicts.find_groups(self._contenders(s, [recorded.customer_key])) if g.group_id == group_id),
            None,
        )
        if group is None:
            stored = self._group_states(s, [self._stored_group(s, recorded)], {group_id: recorded}, False)[0]
            decided = {c: d for c, d in stored.decisions.items() if d}
            if decided:
                what = ", ".join(f"{c} {d.replace('_', ' ')}" for c, d in sorted(decided.items()))
                raise UnknownConflictGroupError(
                    group_id,
                    f"The conflict group {group_id} was decided ({what}) and its rejected claims have left it; to "
                    "change one claim's decision, use `poe-reviewer decide CLAIM_ID --replace`.",
                )
            raise UnknownConflictGroupError(
                group_id,
                f"The conflict group {group_id} has changed since it was listed (a claim was decided, withdrawn or "
                "resubmitted): run `poe-reviewer conflicts` again and decide the group it lists now.",
            )
        stmt = select(m.Claim).where(m.Claim.claim_id.in_(group.claim_ids)).order_by(m.Claim.id)
        if lock and self.is_postgresql:
            stmt = stmt.with_for_update()  # in id order: two group decisions never deadlock
        rows = list(s.scalars(stmt.execution_options(populate_existing=True)))
        records: dict[str, conflicts.ClaimRecord] = {}
        read: dict[str, tuple[m.Claim, m.ClaimRevision, Claim, int, m.DecisionRow | None]] = {}
        for row in rows:
            seen = row.version
            wanted = (expected_versions or {}).get(row.claim_id)
            if wanted is not None and wanted != seen:
                raise self._stale(s, row, wanted)
            rev = self._current_revision(s, row)
            active = self._active_decision(s, row, rev, seen)
            active_group = (active.conflict or {}).get("group_id") if active is not None else None
            if active is not None and active_group == group_id and not replace:
                raise AlreadyDecidedError(
                    f"Claim {row.claim_id} was already decided in conflict group {group_id}: "
                    f"{active.decision.replace('_', ' ')} by {active.reviewer} at {active.decided_at:%Y-%m-%d %H:%M} "
                    "UTC. Replace the group's decision explicitly to change it."
                )
            claim = parse_claim(json.loads(rev.claim_json), rev.bundle_path)
            records[row.claim_id] = conflicts.ClaimRecord(
                claim=claim,
                checks=tuple(self._checks_of(s, rev.id)),
                status=row.status,
                version=seen,
                revision=rev.revision,
                recommendation=row.recommendation,
                bundle_path=rev.bundle_path,
                decision=active.decision if active is not None else None,
                decision_group=active_group,
            )
            read[row.claim_id] = (row, rev, claim, seen, active)
        window_end = clocks.conflict_window_end(recorded.notified_at, self.policy)
        text = conflicts.check_reason(group, records, reason)
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
        info = ConflictInfo(group.group_id, group.claim_ids, winner, text)
        out: list[_Planned] = []
        for plan in plans:
            row, rev, claim, seen, active = read[plan.claim_id]
            record = records[plan.claim_id]
            # The partner asked for an up-to-date POE has until the end of the window, not longer.
            asks = "action_required" in plan.workload_verdicts.values()
            respond_by = window_end if asks and plan.lost else None
            comment = (comments or {}).get(plan.claim_id) or conflicts.render_group_comment(
                plan,
                record,
                reason=text,
                reviewer_name=reviewer_name,
                window_end=window_end,
                respond_by=respond_by,
                policy=self.policy,
            )
            decision = make_decision(
                claim,
                plan.verdict,
                reviewer=reviewer,
                comment=comment,
                template_id=plan.template_id,
                workload_verdicts=plan.workload_verdicts,
                check_statuses={c.id: c.status for c in record.checks},
                bundle_sha256=rev.bundle_sha256,
                decided_at=now,
                policy=self.policy,
                conflict=info,
            )
            if respond_by is not None and decision.respond_by is not None:
                decision = dc_replace(decision, respond_by=min(respond_by, decision.respond_by))
            out.append((row, rev, claim, decision, seen, active))
        return group, out

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
    ) -> list[Decision]:
        """The decisions :meth:`decide_group` would save, comments filled in, without saving anything
        (the reviewer reads and edits the comments, then passes them back as ``comments``)."""
        with self._read() as s:
            _group, planned = self._plan_group(
                s,
                group_id,
                winner=winner,
                reason=reason,
                workload_winners=workload_winners,
                others=others,
                uncontested=uncontested,
                reviewer=(reviewer or self.actor).strip(),
                reviewer_name=reviewer_name,
                comments=None,
                expected_versions=None,
                replace=True,
                now=self.now(),
                lock=False,
            )
            return [d for _row, _rev, _claim, d, _seen, _active in planned]

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
        """
        reviewer = (reviewer or self.actor).strip()
        now = self.now()
        with self._write() as s:
            group, planned = self._plan_group(
                s,
                group_id,
                winner=winner,
                reason=reason,
                workload_winners=workload_winners,
                others=others,
                uncontested=uncontested,
                reviewer=reviewer,
                reviewer_name=reviewer_name,
                comments=comments,
                expected_versions=expected_versions,
                replace=replace,
                now=now,
                lock=True,
            )
            stored = [
                self._save_decision(s, row, rev, claim, decision, seen=seen, active=active, now=now)
                for row, rev, claim, decision, seen, active in planned
            ]
            self._audit(
                s,
                "group_decision",
                actor=reviewer,
                at=now,
                details={
                    "group_id": group.group_id,
                    "claim_ids": list(group.claim_ids),
                    "winner_claim_id": winner,
                    "others": others,
                    "decisions": {d.decision.claim_id: d.decision.decision for d in stored},
                    "decision_ids": [d.id for d in stored],
                },
            )
            self._refresh_conflicts(s, [group.customer_key], now)
        return stored

    @staticmethod
    def _checks_of(s: Session, revision_id: int) -> list[CheckResult]:
        return [
            CheckResult(
                c.check_id,
                cast(Status, c.status),
                c.summary,
                tuple(_evidence_of(e) for e in c.evidence),
                reject=c.reject,
                facts=_facts_of(c.facts),
            )
            for c in s.scalars(
                select(m.CheckResultRow)
                .where(m.CheckResultRow.revision_id == revision_id)
                .order_by(m.CheckResultRow.position)
            )
        ]

    @staticmethod
    def _check_statuses(s: Session, revision_id: int) -> dict[str, str]:
        rows = s.execute(
            select(m.CheckResultRow.check_id, m.CheckResultRow.status)
            .where(m.CheckResultRow.revision_id == revision_id)
            .order_by(m.CheckResultRow.position)
        )
        return {check_id: status for check_id, status in rows}

    def _clocks_after(self, claim: Claim, decision: Decision) -> clocks.ClaimClocks:
        rejected = decision.decision == "rejected" or (
            decision.decision == "partially_approved" and any(w.decision == "rejected" for w in decision.workloads)
        )
        return clocks.ClaimClocks(
            review_due=None,
            respond_by=decision.respond_by,
            dispute_until=clocks.dispute_window_end(decision.decided_at, self.policy) if rejected else None,
            conflict_until=None,
        )

    def _stale(self, s: Session, row: m.Claim, seen: int) -> StaleDecisionError:
        fresh = s.execute(
            select(m.Claim.version, m.Claim.decision, m.Claim.decided_by, m.Claim.decided_at, m.Claim.current_revision)
            .where(m.Claim.id == row.id)
            .execution_options(populate_existing=True)
        ).one()
        version, decision, by, at, revision = fresh
        if decision:
            what = f"{decision.replace('_', ' ')} by {by} at {at:%Y-%m-%d %H:%M} UTC"
        else:
            what = f"revision {revision} was imported"
        return StaleDecisionError(
            f"Claim {row.claim_id} changed after you opened it (version {seen}, now {version}): {what}. "
            "Your decision was not saved; reload the claim and decide again."
        )

    # -- team mode: next claim -----------------------------------------------------------------------
    def next_claim(self, reviewer: str | None = None, *, status: Sequence[str] = (TO_REVIEW,)) -> ClaimSummary | None:
        """Lease the next claim to review (soonest deadline first) to ``reviewer``; None when none is free.

        A reviewer who already holds a live lease on a claim still waiting gets that claim again.
        """
        reviewer = (reviewer or self.actor).strip()
        now = self.now()
        expires = now + self.lease_duration
        with self._write() as s:
            rid = self._reviewer_id(s, reviewer)
            own = s.scalar(
                select(m.Claim.id)
                .join(m.Lease, m.Lease.claim_pk == m.Claim.id)
                .where(m.Lease.reviewer_id == rid, m.Lease.expires_at > now, m.Claim.status.in_(status))
                .order_by(m.Claim.sort_due, m.Claim.id)
                .limit(1)
            )
            chosen = own if own is not None else self._free_claim(s, rid, now, status)
            if chosen is None:
                return None
            ins = self._insert()(m.Lease).values(claim_pk=chosen, reviewer_id=rid, acquired_at=now, expires_at=expires)
            s.execute(
                ins.on_conflict_do_update(
                    index_elements=["claim_pk"],
                    set_={"reviewer_id": rid, "acquired_at": now, "expires_at": expires},
                )
            )
            claim_id = s.scalar(select(m.Claim.claim_id).where(m.Claim.id == chosen))
            self._audit(
                s, "lease", claim_id=claim_id, actor=reviewer, at=now, details={"expires_at": expires.isoformat()}
            )
            found = s.execute(self.summary_select(now).where(m.Claim.id == chosen)).one()
            return ClaimSummary._make(found)

    def _free_claim(self, s: Session, rid: int, now: dt.datetime, status: Sequence[str]) -> int | None:
        held_by_other = exists().where(
            m.Lease.claim_pk == m.Claim.id, m.Lease.expires_at > now, m.Lease.reviewer_id != rid
        )
        base = (
            select(m.Claim.id)
            .where(m.Claim.status.in_(status), ~held_by_other)
            .order_by(m.Claim.sort_due, m.Claim.id)
            .limit(1)
        )
        if not self.is_postgresql:
            # BEGIN IMMEDIATE made this the only writer: what it reads cannot change under it
            return s.scalar(base)
        skipped: list[int] = []
        while True:
            stmt = base.where(m.Claim.id.not_in(skipped)) if skipped else base
            candidate = s.scalar(stmt.with_for_update(skip_locked=True, of=m.Claim))
            if candidate is None:
                return None
            # We hold the row lock now, and every lease is taken under it: a lease committed
            # after this statement's snapshot is visible to a new statement.
            lease = s.execute(
                select(m.Lease.reviewer_id, m.Lease.expires_at).where(m.Lease.claim_pk == candidate)
            ).first()
            if lease is None or lease.reviewer_id == rid or lease.expires_at <= now:
                return candidate
            skipped.append(candidate)

    def release(self, claim_id: str, reviewer: str | None = None) -> bool:
        """Give a leased claim back to the queue; True when the reviewer held it."""
        reviewer = (reviewer or self.actor).strip()
        with self._write() as s:
            row = self._claim_row(s, claim_id)
            rid = s.scalar(select(m.Reviewer.id).where(m.Reviewer.email == reviewer))
            if rid is None:
                return False
            result = cast(
                CursorResult[Any],
                s.execute(delete(m.Lease).where(m.Lease.claim_pk == row.id, m.Lease.reviewer_id == rid)),
            )
            if result.rowcount:
                self._audit(s, "release", claim_id=claim_id, actor=reviewer)
            return bool(result.rowcount)

    # -- export --------------------------------------------------------------------------------------
    def export(
        self,
        out: str | Path,
        mode: ExportMode = "undelivered",
        *,
        since: dt.date | None = None,
        exported_by: str | None = None,
    ) -> ExportResult:
        """Write the ``poe-decisions/1`` file and record what it held.

        ``undelivered``: every decision not exported before (nothing is written when there is
        none, so an earlier file is not replaced by an empty one); ``since``: decisions made on
        or after ``since`` (UTC); ``all``: every decision. Replaced decisions are never exported.
        """
        if mode == "since" and since is None:
            raise PoeReviewerError("an export --since needs a date")
        target = Path(out)
        by = (exported_by or self.actor).strip()
        with self._write() as s:
            stmt = (
                select(m.DecisionRow, m.Claim.claim_id)
                .join(m.Claim, m.Claim.id == m.DecisionRow.claim_pk)
                .where(m.DecisionRow.superseded_by.is_(None))
                .order_by(m.DecisionRow.decided_at, m.DecisionRow.id)
            )
            if mode == "undelivered":
                stmt = stmt.where(m.DecisionRow.export_id.is_(None))
            elif mode == "since":
                assert since is not None
                stmt = stmt.where(m.DecisionRow.decided_at >= dt.datetime.combine(since, dt.time(), dt.UTC))
            elif mode != "all":
                raise PoeReviewerError(f"unknown export mode {mode!r}; use undelivered, since or all")
            if self.is_postgresql:
                # a concurrent export waits here, then finds these decisions delivered
                stmt = stmt.with_for_update(of=m.DecisionRow)
            rows = [(d, cid) for d, cid in s.execute(stmt)]
            decisions = tuple(self._decision_of(d, cid) for d, cid in rows)
            if not rows and mode == "undelivered":
                return ExportResult(target, mode, None, ())
            now = self.now()
            document = build_export(list(decisions), exported_by=by, exported_at=now)
            data = export_bytes(document)
            export = m.Export(
                file=str(target.resolve()),
                exported_at=now,
                exported_by=by,
                mode=mode,
                since=since if mode == "since" else None,
                count=len(rows),
                sha256=hashlib.sha256(data).hexdigest(),
            )
            s.add(export)
            s.flush()
            ids = [d.id for d, _ in rows]
            for chunk in range(0, len(ids), 500):
                part = ids[chunk : chunk + 500]
                s.add_all(m.ExportItem(export_id=export.id, decision_id=i) for i in part)
                s.execute(
                    update(m.DecisionRow)
                    .where(m.DecisionRow.id.in_(part), m.DecisionRow.export_id.is_(None))
                    .values(export_id=export.id, exported_at=now)
                    .execution_options(synchronize_session=False)
                )
            self._audit(
                s,
                "export",
                actor=by,
                at=now,
                details={
                    "export_id": export.id,
                    "file": str(target.resolve()),
                    "mode": mode,
                    "since": since.isoformat() if since else None,
                    "count": len(rows),
                    "claim_ids": [cid for _, cid in rows][:1000],
                },
            )
            # The file first, the record second: a crash between the two re-delivers, never drops.
            write_atomically(target, data)
            export_id = export.id
        return ExportResult(target, mode, export_id, decisions)

    def exports(self) -> list[tuple[int, str, dt.datetime, str, str, int]]:
        """(id, file, exported_at, exported_by, mode, count) of every export, oldest first."""
        with self._read() as s:
            return [
                (e.id, e.file, e.exported_at, e.exported_by, e.mode, e.count)
                for e in s.scalars(select(m.Export).order_by(m.Export.id))
            ]

    def undelivered_count(self) -> int:
        with self._read() as s:
            return int(
                s.scalar(
                    select(func.count())
                    .select_from(m.DecisionRow)
                    .where(m.DecisionRow.export_id.is_(None), m.DecisionRow.superseded_by.is_(None))
                )
                or 0
            )


__all__ = [
    "STATUSES",
    "TO_REVIEW",
    "AlreadyDecidedError",
    "AuditEntry",
    "ClaimDetail",
    "ClaimSummary",
    "ExportResult",
    "ImportResult",
    "ReviewStore",
    "RevisionInfo",
    "StaleDecisionError",
    "StoredDecision",
    "UnknownClaimError",
    "UnknownConflictGroupError",
    "default_actor",
]
