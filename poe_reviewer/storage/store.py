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
from pathlib import Path
from typing import Any, Literal, NamedTuple, cast

from sqlalchemy import CursorResult, Engine, and_, delete, exists, func, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from poe_reviewer import clocks
from poe_reviewer.bundle import CLAIM_FILE, Bundle, BundleLimits, load_bundle
from poe_reviewer.checks import recommend, run_checks
from poe_reviewer.checks.base import CheckContext, CheckResult, Evidence, Status
from poe_reviewer.claim import Claim, parse_claim
from poe_reviewer.documents.model import Document
from poe_reviewer.documents.registry import ExtractContext
from poe_reviewer.errors import BundleError, PoeReviewerError
from poe_reviewer.export import build_export, export_bytes, write_atomically
from poe_reviewer.names import normalize_name
from poe_reviewer.pipeline import LoadedClaim, check_claim, extract_bundle
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


def _review_start(claim: Claim, imported_at: dt.datetime, previous: dt.datetime | None) -> dt.datetime:
    """When this revision went Under Review: its latest submission/history moment, else its import."""
    moments = [claim.submitted_at, *(h.at for h in claim.history)]
    start = max(x.astimezone(dt.UTC) for x in moments)
    if start > imported_at:
        start = imported_at
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
        self.policy = policy or load_policy()
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
        for i, p in enumerate(items):
            if cancelled and cancelled():
                return
            if progress:
                progress(i, len(items), p)
            try:
                yield p, self.import_bundle(p)
            except BundleError as exc:
                with self._write() as s:
                    self._audit(s, "import_failed", details={"path": p, "reason": str(exc)})
                yield p, exc
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
            payloads = {sha: (doc.kind, encode_document(doc)) for sha, doc in fresh.items()}
            del documents, fresh
            for attempt in range(3):
                try:
                    return self._save_import(bundle, claim_text, report, payloads, actor or self.actor)
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
            since = _review_start(claim, now, previous_since)
            if row is None:
                number = 1
                row = m.Claim(claim_id=claim.claim_id, version=0, created_at=now, flags={})
                s.add(row)
            else:
                number = (
                    s.scalar(select(func.max(m.ClaimRevision.revision)).where(m.ClaimRevision.claim_pk == row.id))
                    or 0
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
            self._update_badges(s, row, report, rev.id, now)
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
        s.add_all(
            m.CheckResultRow(
                revision_id=revision_id,
                position=i,
                check_id=c.id,
                status=c.status,
                summary=c.summary,
                reject=c.reject,
                evidence=[_evidence_json(e) for e in c.evidence],
                checked_at=now,
            )
            for i, c in enumerate(results)
        )

    def _update_badges(self, s: Session, row: m.Claim, report: Report, revision_id: int, now: dt.datetime) -> None:
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

        conflict_with = self._conflicting(s, row)
        if conflict_with:
            flags["conflict_with"] = conflict_with
            window = clocks.conflict_window_end(now, self.policy)
            row.conflict = True
            row.conflict_until = window
            for other in s.scalars(select(m.Claim).where(m.Claim.claim_id.in_(conflict_with))):
                other.conflict = True
                other_flags = dict(other.flags or {})
                ids = list(dict.fromkeys([*other_flags.get("conflict_with", []), row.claim_id]))[:_SHOWN_IDS]
                other.flags = {**other_flags, "conflict_with": ids}
                if other.status == TO_REVIEW and other.conflict_until is None:
                    _set_clocks(
                        other,
                        clocks.ClaimClocks(other.review_due, other.respond_by, other.dispute_until, window),
                    )
            _set_clocks(row, clocks.ClaimClocks(row.review_due, row.respond_by, row.dispute_until, window))
        row.flags = flags

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

    def _conflicting(self, s: Session, row: m.Claim) -> list[str]:
        """Other CPOR claims of the same customer and workload by another partner ("Conflicting Claims - CPOR")."""
        if row.program != "cpor":
            return []
        names = select(m.ClaimWorkload.name).where(m.ClaimWorkload.claim_pk == row.id)
        stmt = (
            select(m.Claim.claim_id)
            .join(m.ClaimWorkload, m.ClaimWorkload.claim_pk == m.Claim.id)
            .where(
                m.ClaimWorkload.name.in_(names),
                m.Claim.customer_key == row.customer_key,
                m.Claim.partner_location_id != row.partner_location_id,
                m.Claim.program == "cpor",
                m.Claim.id != row.id,
            )
            .distinct()
            .order_by(m.Claim.claim_id)
            .limit(_SHOWN_IDS)
        )
        return list(s.scalars(stmt))

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
            checks = [
                CheckResult(
                    c.check_id,
                    cast(Status, c.status),
                    c.summary,
                    tuple(_evidence_of(e) for e in c.evidence),
                    reject=c.reject,
                )
                for c in s.scalars(
                    select(m.CheckResultRow)
                    .where(m.CheckResultRow.revision_id == current.id)
                    .order_by(m.CheckResultRow.position)
                )
            ]
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
                        {"sha256": sha, "options": key, "kind": d.kind, "payload": encode_document(d),
                         "created_at": now}
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
            active = s.scalar(
                select(m.DecisionRow).where(
                    m.DecisionRow.revision_id == rev.id, m.DecisionRow.superseded_by.is_(None)
                )
            )
            if active is not None and active.version > seen:
                # landed after we read the claim (PostgreSQL reads committed data statement by statement)
                raise self._stale(s, row, seen)
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
            reviewer_id = self._reviewer_id(s, reviewer)
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
            self._audit(
                s,
                "decision",
                claim_id=claim_id,
                revision=rev.revision,
                actor=reviewer,
                at=now,
                details={
                    "decision_id": drow.id,
                    "decision": decision.decision,
                    "workloads": {w.name: w.decision for w in decision.workloads},
                    "template_id": decision.template_id,
                    "respond_by": decision.respond_by.isoformat() if decision.respond_by else None,
                    "version": seen + 1,
                    "replaced": active.id if active is not None else None,
                },
            )
            stored = StoredDecision(drow.id, rev.revision, seen + 1, decision, None, None, None)
        return stored

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
    "default_actor",
]
