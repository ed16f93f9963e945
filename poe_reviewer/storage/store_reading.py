"""Reading the queue: the claims with their clocks and badges, one claim in detail, its history and documents."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import and_, func, select

from poe_reviewer import clocks
from poe_reviewer.claim import Claim, parse_claim
from poe_reviewer.errors import PoeReviewerError
from poe_reviewer.findings.results import CheckResult
from poe_reviewer.report import DocumentEntry
from poe_reviewer.storage import models as m
from poe_reviewer.storage.store_base import StoreBase
from poe_reviewer.storage.store_records import (
    _SUMMARY_COLUMNS,
    STATUSES,
    AuditEntry,
    ClaimDetail,
    ClaimSummary,
    DecisionRecord,
    DueFilter,
    StoredDecision,
    UnknownClaimError,
)


class QueueReading(StoreBase):
    """Reading the queue: the claims with their clocks and badges, one claim in detail, its history and documents."""

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

    def summaries(self, claim_ids: Sequence[str]) -> list[ClaimSummary]:
        """The queue lines of ``claim_ids`` (those that exist), in one read: rows to refresh after a batch."""
        with self._read() as s:
            rows = s.execute(self.summary_select(self.now()).where(m.Claim.claim_id.in_(list(claim_ids)))).all()
        return [ClaimSummary._make(r) for r in rows]

    def decision_inputs(self, claim_ids: Sequence[str]) -> dict[str, tuple[ClaimSummary, Claim, list[CheckResult]]]:
        """What deciding each of ``claim_ids`` reads (its queue line, its current revision's claim and check
        results), in a few reads for all of them: a batch of hundreds is planned without a read per claim."""
        wanted = list(dict.fromkeys(claim_ids))
        out: dict[str, tuple[ClaimSummary, Claim, list[CheckResult]]] = {}
        with self._read() as s:
            summaries = {r.claim_id: r for r in map(ClaimSummary._make, s.execute(
                self.summary_select(self.now()).where(m.Claim.claim_id.in_(wanted))))}  # fmt: skip
            current = s.execute(
                select(m.Claim.claim_id, m.ClaimRevision)
                .join(m.ClaimRevision, m.ClaimRevision.claim_pk == m.Claim.id)
                .where(m.Claim.claim_id.in_(wanted), m.ClaimRevision.revision == m.Claim.current_revision)
            ).all()
            results: dict[int, list[CheckResult]] = {}
            for c in s.scalars(
                select(m.CheckResultRow)
                .where(m.CheckResultRow.revision_id.in_([rev.id for _, rev in current]))
                .order_by(m.CheckResultRow.revision_id, m.CheckResultRow.position)
            ):
                results.setdefault(c.revision_id, []).append(self._check_result(c))
            for claim_id, rev in current:
                if claim_id in summaries:
                    claim = parse_claim(json.loads(rev.claim_json), rev.bundle_path)
                    out[claim_id] = (summaries[claim_id], claim, results.get(rev.id, []))
        return out

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

    def revision_record(self, claim_id: str, revision: int) -> tuple[list[DocumentEntry], list[CheckResult]]:
        """The documents and check results of one stored revision of a claim (what changed since compares)."""
        with self._read() as s:
            row = self._claim_row(s, claim_id)
            rev = s.scalar(
                select(m.ClaimRevision).where(m.ClaimRevision.claim_pk == row.id, m.ClaimRevision.revision == revision)
            )
            if rev is None:
                raise UnknownClaimError(f"{claim_id} revision {revision}")
            documents = [
                DocumentEntry(d.path, d.role, d.sha256, d.kind, d.pages, d.error)
                for d in s.scalars(
                    select(m.DocumentRow).where(m.DocumentRow.revision_id == rev.id).order_by(m.DocumentRow.position)
                )
            ]
            return documents, self._checks_of(s, rev.id)

    def _stored_decision(self, d: m.DecisionRow, claim_id: str, revision: int) -> StoredDecision:
        return StoredDecision(
            d.id, revision, d.version, self._decision_of(d, claim_id), d.superseded_by, d.export_id, d.exported_at,
            d.undone_at,
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

    def decision_records(self, since: dt.datetime | None = None) -> list[DecisionRecord]:
        """Every decision made (not taken back), oldest first, with what the checks suggested for the revision
        and when it was imported: what the reviewer metrics are computed from (application/metrics.py)."""
        stmt = (
            select(
                m.Claim.claim_id, m.Claim.program, m.DecisionRow.reviewer, m.DecisionRow.decided_at,
                m.DecisionRow.decision, m.DecisionRow.checks, m.ClaimRevision.recommendation,
                m.ClaimRevision.imported_at, m.DecisionRow.superseded_by.is_not(None),
            )
            .join(m.Claim, m.Claim.id == m.DecisionRow.claim_pk)
            .join(m.ClaimRevision, m.ClaimRevision.id == m.DecisionRow.revision_id)
            .where(m.DecisionRow.undone_at.is_(None))
            .order_by(m.DecisionRow.decided_at, m.DecisionRow.id)
        )  # fmt: skip
        if since is not None:
            stmt = stmt.where(m.DecisionRow.decided_at >= since)
        with self.engine.connect() as conn:
            return [
                DecisionRecord(cid, prog, who, at, kind, dict(checks or {}), rec, imported, bool(replaced))
                for cid, prog, who, at, kind, checks, rec, imported, replaced in conn.execute(stmt).all()
            ]

