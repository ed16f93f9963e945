"""Importing bundles into the queue, checking again, and the reused-evidence check across the stored queue."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import and_, delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from poe_reviewer import clocks
from poe_reviewer.bundle import Bundle, load_bundle
from poe_reviewer.checks import recommend, reused_evidence, run_checks
from poe_reviewer.checks.base import CheckContext, CheckResult
from poe_reviewer.claim import Claim, parse_claim
from poe_reviewer.documents.model import Document
from poe_reviewer.documents.registry import ExtractContext
from poe_reviewer.errors import BundleError, PoeReviewerError
from poe_reviewer.findings.reuse.fingerprints import ClaimFingerprint
from poe_reviewer.findings.reuse.fingerprints import fingerprint as claim_fingerprint
from poe_reviewer.findings.reuse.matches import Finding
from poe_reviewer.pipeline import LoadedClaim, check_claim, extract_bundle
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
    _customer_key,
    _review_start,
    _set_clocks,
    log,
)


class ImportStore(ConflictStore):
    """Importing bundles into the queue, checking again, and the reused-evidence check across the stored queue."""

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
