"""Writing what an import, a recheck and the queue-wide reuse check found: revisions, documents, check
results, fingerprints, badges, and the extraction cache.

Nothing here runs a check or reads a document: the application layer (``application/queue.py``)
extracts and checks, and hands the results over to be saved in one transaction each.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import and_, delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from poe_reviewer import clocks
from poe_reviewer.bundle import Bundle
from poe_reviewer.claim import Claim, parse_claim
from poe_reviewer.conflicts.records import customer_key
from poe_reviewer.documents.model import Document
from poe_reviewer.documents.registry import ExtractContext
from poe_reviewer.errors import PoeReviewerError
from poe_reviewer.findings.results import CheckResult
from poe_reviewer.report import Report
from poe_reviewer.storage import models as m
from poe_reviewer.storage.doccache import CacheDecodeError, decode_document, encode_document, options_key, relocate
from poe_reviewer.storage.store_conflicts import ConflictStore
from poe_reviewer.storage.store_records import (
    _REUSE_ROLES,
    _SHOWN_IDS,
    TO_REVIEW,
    ImportResult,
    _check_row,
    _claim_json_text,
    _review_start,
    _set_clocks,
    log,
)


def _same_files(flags: dict[str, Any]) -> list[str]:
    """The claims holding the very same file; a claim stored before these were kept apart names them as
    ``reused_with`` only."""
    return list(flags["same_files"] if "same_files" in flags else flags.get("reused_with", []))


class ImportStore(ConflictStore):
    """Writing what an import, a recheck and the queue-wide reuse check found: revisions, documents, check
    results, fingerprints, badges, and the extraction cache.

    Nothing here runs a check or reads a document: the application layer (``application/queue.py``)
    extracts and checks, and hands the results over to be saved in one transaction each.
    """

    def record_failed_import(self, path: str, reason: str) -> None:
        """An audit event for a bundle that could not be imported."""
        with self._write() as s:
            self._audit(s, "import_failed", details={"path": path, "reason": reason})

    def stored_import(self, digest: str) -> ImportResult | None:
        """The revision this bundle digest was imported as, if it was."""
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

    def prime_extraction(self, bundle: Bundle, ctx: ExtractContext) -> set[str]:
        """Put the bundle's cached documents into ``ctx`` (extraction then skips them); their SHA-256s."""
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
        return set(payloads)

    @staticmethod
    def cache_payloads(fresh: Mapping[str, Document]) -> dict[str, tuple[str, bytes]]:
        """What the extraction cache keeps of newly extracted documents, by SHA-256."""
        return {sha: (doc.kind, encode_document(doc)) for sha, doc in fresh.items()}

    def cache_documents(self, fresh: Mapping[str, Document]) -> None:
        """Keep newly extracted documents in the extraction cache."""
        if not fresh:
            return
        now = self.now()
        key = options_key(ExtractContext())
        with self._write() as s:
            s.execute(
                self._insert()(m.ExtractionCacheEntry).on_conflict_do_nothing(),
                [
                    {"sha256": sha, "options": key, "kind": kind, "payload": data, "created_at": now}
                    for sha, (kind, data) in self.cache_payloads(fresh).items()
                ],
            )

    def save_import(
        self,
        bundle: Bundle,
        report: Report,
        payloads: Mapping[str, tuple[str, bytes]],
        actor: str | None,
        fingerprint: dict[str, Any] | None = None,
    ) -> ImportResult:
        """Save a checked bundle as a new claim or its next revision (or find it already saved)."""
        claim_text = _claim_json_text(bundle)
        for attempt in range(3):
            try:
                return self._save_import(bundle, claim_text, report, payloads, actor or self.actor, fingerprint)
            except IntegrityError:
                # another process imported the same claim or bundle at the same moment: look again
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

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
            # the queue-wide reuse check of this claim is owed until its verdict is saved
            self._queue_reuse(s, [claim.claim_id], now)
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
        row.customer_key = customer_key(claim)
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
            # "same_files": the very same file on both claims, which no later check lifts; "reused_with": what
            # the badge names (those, and the claims the latest reuse check found)
            flags["reused_with"] = flags["same_files"] = reused_with
            for other in s.scalars(select(m.Claim).where(m.Claim.claim_id.in_(reused_with))):
                other.reused = True
                other_flags = dict(other.flags or {})
                ids = list(dict.fromkeys([*other_flags.get("reused_with", []), row.claim_id]))[:_SHOWN_IDS]
                same = list(dict.fromkeys([*_same_files(other_flags), row.claim_id]))[:_SHOWN_IDS]
                other.flags = {**other_flags, "reused_with": ids, "same_files": same}
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

    def _queue_reuse(self, s: Session, claim_ids: Sequence[str], now: dt.datetime) -> None:
        if claim_ids:
            ins = self._insert()(m.ReusePending).values([{"claim_id": c, "queued_at": now} for c in claim_ids])
            s.execute(ins.on_conflict_do_nothing(index_elements=["claim_id"]))

    def pending_reuse(self) -> list[str]:
        """The claims whose queue-wide reuse check is owed (oldest first)."""
        with self._read() as s:
            return list(s.scalars(select(m.ReusePending.claim_id).order_by(m.ReusePending.queued_at)))

    def revisions_without_fingerprint(self) -> list[tuple[str, int]]:
        """(claim id, revision id) of current revisions stored without reuse fingerprint (before schema 0003)."""
        with self._read() as s:
            return [
                (claim_id, revision_id)
                for claim_id, revision_id in s.execute(
                    select(m.Claim.claim_id, m.ClaimRevision.id)
                    .join(m.ClaimRevision, m.ClaimRevision.claim_pk == m.Claim.id)
                    .outerjoin(m.ReuseFingerprintRow, m.ReuseFingerprintRow.revision_id == m.ClaimRevision.id)
                    .where(
                        m.ClaimRevision.revision == m.Claim.current_revision,
                        m.ReuseFingerprintRow.revision_id.is_(None),
                    )
                    .order_by(m.Claim.claim_id)
                )
            ]

    def save_fingerprint(self, claim_id: str, revision_id: int, fingerprint: dict[str, Any]) -> None:
        """Store a rebuilt fingerprint and owe the claim its reuse check, in one transaction."""
        with self._write() as s:
            ins = self._insert()(m.ReuseFingerprintRow).values(revision_id=revision_id, fingerprint=fingerprint)
            s.execute(ins.on_conflict_do_nothing(index_elements=["revision_id"]))
            self._queue_reuse(s, [claim_id], self.now())

    def current_fingerprints(self) -> list[tuple[int, dict[str, Any]]]:
        """(revision id, fingerprint) of every claim's current revision, by claim id."""
        with self._read() as s:
            return [
                (revision_id, data)
                for revision_id, data in s.execute(
                    select(m.ClaimRevision.id, m.ReuseFingerprintRow.fingerprint)
                    .join(m.Claim, m.Claim.id == m.ClaimRevision.claim_pk)
                    .join(m.ReuseFingerprintRow, m.ReuseFingerprintRow.revision_id == m.ClaimRevision.id)
                    .where(m.ClaimRevision.revision == m.Claim.current_revision)
                    .order_by(m.Claim.claim_id)
                    .execution_options(yield_per=500)
                )
            ]

    def save_reuse_results(
        self,
        results: Sequence[tuple[str, int, CheckResult, Sequence[str]]],
        recommend: Callable[[list[CheckResult]], str],
        *,
        actor: str | None = None,
    ) -> None:
        """Save the queue-wide reuse verdicts, (claim id, revision id, result, the claims it shares with),
        in one transaction: each replaces the claim's stored reuse result, and ``recommend`` (the
        recommendation rule) sets the claim's recommendation again from its stored results."""
        now = self.now()
        with self._write() as s:
            for claim_id, revision_id, found, named in results:
                self._store_reuse(s, claim_id, revision_id, found, named, now, actor, recommend)
            # checked now: owed no more (in the same transaction as the verdicts)
            done = [claim_id for claim_id, *_ in results]
            for chunk in range(0, len(done), 500):
                s.execute(delete(m.ReusePending).where(m.ReusePending.claim_id.in_(done[chunk : chunk + 500])))

    def _store_reuse(
        self,
        s: Session,
        claim_id: str,
        revision_id: int,
        found: CheckResult,
        named: Sequence[str],
        now: dt.datetime,
        actor: str | None,
        recommend: Callable[[list[CheckResult]], str],
    ) -> None:
        row = self._claim_row(s, claim_id, lock=True)
        old = s.scalar(
            select(m.CheckResultRow).where(
                m.CheckResultRow.revision_id == revision_id, m.CheckResultRow.check_id == found.id
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
        same_files = _same_files(flags)
        # the claims this check no longer finds leave the badge (a run shared by two claims may since have
        # become everyone's boilerplate); the same file on another claim stays
        reused_with = list(dict.fromkeys([*same_files, *(named if found.status in ("fail", "warn") else ())]))
        flags.pop("reused_with", None)
        if reused_with:
            flags["reused_with"] = reused_with[:_SHOWN_IDS]
        flags["same_files"] = same_files
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
                         "reused_with": list(named[:_SHOWN_IDS])},
            )  # fmt: skip

    def recheck_inputs(self, claim_id: str) -> tuple[Claim, list[str]]:
        """The current revision's claim and the paths of its files that could not be read."""
        with self._read() as s:
            row = self._claim_row(s, claim_id)
            rev = self._current_revision(s, row)
            claim = parse_claim(json.loads(rev.claim_json), rev.bundle_path)
            missing = list(
                s.scalars(
                    select(m.DocumentRow.path).where(
                        m.DocumentRow.revision_id == rev.id, m.DocumentRow.sha256.is_(None)
                    )
                )
            )
        return claim, missing

    def save_recheck(
        self, claim_id: str, results: Sequence[CheckResult], recommendation: str, *, actor: str | None = None
    ) -> None:
        """Replace the current revision's check results (a recheck after a policy change)."""
        now = self.now()
        with self._write() as s:
            row = self._claim_row(s, claim_id, lock=True)
            rev = self._current_revision(s, row)
            before = self._check_statuses(s, rev.id)
            s.execute(delete(m.CheckResultRow).where(m.CheckResultRow.revision_id == rev.id))
            s.flush()
            self._save_checks(s, rev.id, results, now)
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

    def cached_documents(self, claim_id: str, revision: int | None = None) -> tuple[list[Document] | None, str, str]:
        """The extracted documents of a revision (the current one by default) from the cache, or None
        when any is missing; and the revision's bundle path and digest, to extract them again."""
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
                return None, bundle_path, digest
            try:
                documents.append(relocate(decode_document(bytes(payload)), path, role))
            except CacheDecodeError:
                return None, bundle_path, digest
        return documents, bundle_path, digest
