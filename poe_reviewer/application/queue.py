"""The review queue as both front ends use it: import, check again, reuse across the queue, export.

:class:`ReviewQueue` is the storage repository (:class:`~poe_reviewer.storage.store.ReviewStore`:
reading the queue, deciding, team mode) with the work that runs the pipeline on top: a bundle is
loaded, extracted (from the cache where possible) and checked here, and storage saves what was
found in one transaction. Storage itself runs no check, extracts no document and builds no export.

The front ends import the queue's records and errors from here, never from storage.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from poe_reviewer.bundle import Bundle, load_bundle
from poe_reviewer.checks import recommend, reused_evidence, run_checks
from poe_reviewer.checks.base import CheckContext, CheckResult
from poe_reviewer.documents.model import Document
from poe_reviewer.documents.registry import ExtractContext
from poe_reviewer.errors import BundleError, PoeReviewerError
from poe_reviewer.export import build_export, export_bytes, write_atomically
from poe_reviewer.findings.reuse.fingerprints import ClaimFingerprint
from poe_reviewer.findings.reuse.fingerprints import fingerprint as claim_fingerprint
from poe_reviewer.pipeline import LoadedClaim, check_claim, extract_bundle, validate_policy
from poe_reviewer.policy import Policy, load_policy
from poe_reviewer.review import Decision
from poe_reviewer.storage.db import APP_NAME, DatabaseError, NewerDatabaseError, display_url, resolve_url
from poe_reviewer.storage.store import (
    STATUSES,
    TO_REVIEW,
    AlreadyDecidedError,
    AuditEntry,
    ClaimDetail,
    ClaimSummary,
    DueFilter,
    ExportMode,
    ExportResult,
    ImportOutcome,
    ImportResult,
    ReviewStore,
    RevisionInfo,
    StaleDecisionError,
    StoredDecision,
    UnknownClaimError,
    UnknownConflictGroupError,
    default_actor,
)


class ReviewQueue(ReviewStore):
    """The review queue in one database (SQLite file by default, PostgreSQL by URL), with the
    services that check bundles and export decisions."""

    def __init__(self, url: str | None = None, *, policy: Policy | None = None, **options: Any) -> None:
        # a malformed policy file stops here, naming the file and key, before any bundle is read
        super().__init__(url, policy=validate_policy(policy or load_policy()), **options)

    # -- import ------------------------------------------------------------------------------------
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
                self.record_failed_import(p, str(exc))
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
            known = self.stored_import(bundle.digest)
            if known is not None:
                return known
            documents, fresh = self._extract(bundle)
            report = check_claim(LoadedClaim(bundle, documents), self.policy)
            # computed now, while the documents are in memory: the queue-wide reuse check reads only this
            fingerprint = claim_fingerprint(bundle.claim, documents, self.policy).to_json()
            payloads = self.cache_payloads(fresh)
            del documents, fresh
            return self.save_import(bundle, report, payloads, actor, fingerprint)

    def _extract(self, bundle: Bundle) -> tuple[list[Document], dict[str, Document]]:
        """Documents of the bundle, from the cache where possible; also those newly extracted."""
        ctx = ExtractContext()
        cached = self.prime_extraction(bundle, ctx)
        documents = extract_bundle(bundle, ctx)
        fresh: dict[str, Document] = {}
        for doc in documents:
            # a file that failed to extract is cheap to try again and may have failed for a passing reason
            if doc.sha256 not in cached and doc.error is None:
                fresh.setdefault(doc.sha256, doc)
        return documents, fresh

    # -- reuse across the stored queue -------------------------------------------------------------
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
        for revision_id, data in self.current_fingerprints():
            fp = ClaimFingerprint.from_json(data)
            index.add(fp)
            prints[fp.claim_id] = (revision_id, fp)
        affected = {c for c in wanted if c in prints}
        for claim_id in sorted(affected):
            affected.update(f.other_claim for f in index.matches(prints[claim_id][1]) if f.other_claim in prints)
        results: list[tuple[str, int, CheckResult, Sequence[str]]] = []
        for claim_id in sorted(affected):
            revision_id, fp = prints[claim_id]
            found = index.check(fp)
            named = [f.other_claim for f in index.matches(fp) if f.other_claim]
            results.append((claim_id, revision_id, found, named))
        self.save_reuse_results(results, recommend, actor=actor)
        return {claim_id: found.status for claim_id, _, found, _ in results}

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

    def load_documents(self, claim_id: str, revision: int | None = None) -> list[Document]:
        """The extracted documents of a revision (the current one by default), from the cache.

        Files missing from the cache are read from the bundle again (and cached), provided the
        bundle at the recorded path still has the recorded digest.
        """
        documents, bundle_path, digest = self.cached_documents(claim_id, revision)
        if documents is not None:
            return documents
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
        self.cache_documents(fresh)
        return documents

    # -- export ------------------------------------------------------------------------------------
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
        The file is written atomically before the record of its delivery commits: a crash in
        between can only deliver a decision again, never drop one.
        """
        return self.export_decisions(
            out, mode, since=since, exported_by=exported_by, render=_render_export, write=write_atomically
        )


def _render_export(decisions: list[Decision], exported_by: str, exported_at: dt.datetime) -> bytes:
    return export_bytes(build_export(decisions, exported_by=exported_by, exported_at=exported_at))


__all__ = [
    "APP_NAME",
    "STATUSES",
    "TO_REVIEW",
    "AlreadyDecidedError",
    "AuditEntry",
    "ClaimDetail",
    "ClaimSummary",
    "DatabaseError",
    "DueFilter",
    "ExportMode",
    "ExportResult",
    "ImportOutcome",
    "ImportResult",
    "NewerDatabaseError",
    "ReviewQueue",
    "RevisionInfo",
    "StaleDecisionError",
    "StoredDecision",
    "UnknownClaimError",
    "UnknownConflictGroupError",
    "default_actor",
    "display_url",
    "resolve_url",
]
