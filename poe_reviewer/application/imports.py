"""Importing bundles into the queue: read and checked (several at once, each reading in its own process),
saved one by one in order; the queue-wide reuse check over the stored fingerprints; documents again from
the extraction cache."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from poe_reviewer.application.qc import QcQueue
from poe_reviewer.bundle import Bundle, BundleLimits, load_bundle
from poe_reviewer.checks import recommend, reused_evidence
from poe_reviewer.checks.base import CheckResult
from poe_reviewer.documents.model import Document
from poe_reviewer.documents.registry import ExtractContext
from poe_reviewer.errors import BundleError, PoeReviewerError
from poe_reviewer.findings.reuse.fingerprints import ClaimFingerprint
from poe_reviewer.findings.reuse.fingerprints import fingerprint as claim_fingerprint
from poe_reviewer.pipeline import (
    UNFORESEEN,
    LoadedClaim,
    check_claim,
    extract_bundle,
    in_order,
    in_process,
    unforeseen,
)
from poe_reviewer.policy import Policy, load_policy
from poe_reviewer.report import Report
from poe_reviewer.storage.store import ImportResult

#: The queue-wide reuse check runs after this many new bundles (or seconds) of an import, and at its end.
REUSE_EVERY = 200


@dataclass
class Prepared:
    """A bundle read and checked, not yet stored (its bundle open until it is)."""

    bundle: Bundle
    report: Report
    payloads: dict[str, tuple[str, bytes]]
    fingerprint: dict[str, Any]


#: What costs one bundle of an import, never the import: its own errors and the unforeseen ones.
_IMPORT_ERRORS: tuple[type[BaseException], ...] = (BundleError, PoeReviewerError, *UNFORESEEN)


def _close(item: object) -> None:
    if isinstance(item, Prepared):
        item.bundle.close()


@dataclass(frozen=True)
class Checked:
    """What saving a bundle needs of its reading and checking (sent back from a checking process)."""

    digest: str
    report: Report
    payloads: dict[str, tuple[str, bytes]]
    fingerprint: dict[str, Any]


def _fresh(documents: Sequence[Document], cached: set[str]) -> dict[str, Document]:
    """The documents newly extracted, by SHA-256 (for the extraction cache)."""
    fresh: dict[str, Document] = {}
    for doc in documents:
        # a file that failed to extract is cheap to try again and may have failed for a passing reason
        if doc.sha256 not in cached and doc.error is None:
            fresh.setdefault(doc.sha256, doc)
    return fresh


def _checked(bundle: Bundle, ctx: ExtractContext, cached: set[str], policy: Policy | None) -> Checked:
    documents = extract_bundle(bundle, ctx)
    policy = policy or load_policy()
    report = check_claim(LoadedClaim(bundle, documents), policy)
    # computed now, while the documents are in memory: the queue-wide reuse check reads only this
    fingerprint = claim_fingerprint(bundle.claim, documents, policy).to_json()
    return Checked(bundle.digest, report, ImportingQueue.cache_payloads(_fresh(documents, cached)), fingerprint)


def read_and_check(
    path: str, limits: BundleLimits, ctx: ExtractContext, cached: set[str], policy: Policy | None
) -> Checked:
    """Read and check one bundle of an import in a checking process (its cached documents come in ``ctx``)."""
    with load_bundle(path, limits) as bundle:
        return _checked(bundle, ctx, cached, policy)


class ImportingQueue(QcQueue):
    """The queue's import services over the store (storage/store_imports.py)."""

    # -- import ------------------------------------------------------------------------------------
    def import_paths(
        self,
        paths: Iterable[str | Path],
        *,
        progress: Callable[[int, int, str], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        jobs: int = 1,
    ) -> Iterator[tuple[str, ImportResult | BundleError]]:
        """Import bundles in order; a bad bundle yields its error and the rest go on. With ``jobs`` > 1 the next
        bundles are read and checked by that many threads (each reading in its own process) while this one is
        saved: the database sees one writer, in the order given.

        Each bundle is checked alone; the queue-wide reuse check of what was imported runs every
        :data:`REUSE_EVERY` bundles (or seconds) and at the end. What it still owes is kept in the
        database (``reuse_pending``), so an import killed at any moment is caught up by the next one.
        """
        items = [str(p) for p in paths]
        jobs = max(1, min(jobs, len(items)))
        self.catch_up_reuse()
        last = time.monotonic()
        since = 0
        try:
            prepare = partial(self._prepare_one, jobs=jobs)
            for i, (p, prepared) in enumerate(in_order(items, prepare, jobs, discard=_close)):
                if cancelled and cancelled():
                    _close(prepared)
                    return
                if progress:
                    progress(i, len(items), p)
                done = self._save_one(p, prepared)
                yield p, done
                if isinstance(done, ImportResult) and done.outcome != "unchanged":
                    since += 1
                if since >= REUSE_EVERY or (since and time.monotonic() - last > REUSE_EVERY):
                    self.catch_up_reuse()
                    last, since = time.monotonic(), 0
        finally:
            # also when the caller stops early (a cancelled or abandoned import)
            self.catch_up_reuse()
        if progress:
            progress(len(items), len(items), "")

    def import_one(self, path: str | Path) -> ImportResult | BundleError:
        """Import one bundle; any failure of it is its one error (recorded), never the caller's crash."""
        return self._save_one(str(path), self._prepare_one(str(path)))

    def _prepare_one(self, path: str, jobs: int = 1) -> Prepared | ImportResult | BundleError:
        try:
            return self.prepare_import(path, jobs)
        except _IMPORT_ERRORS as exc:
            return self._failed(path, exc)

    def _save_one(self, path: str, prepared: Prepared | ImportResult | BundleError) -> ImportResult | BundleError:
        if not isinstance(prepared, Prepared):
            if isinstance(prepared, BundleError):
                self.record_failed_import(path, str(prepared))
            return prepared
        try:
            with prepared.bundle:
                return self.save_prepared(prepared)
        except _IMPORT_ERRORS as exc:
            error = self._failed(path, exc)
        self.record_failed_import(path, str(error))
        return error

    @staticmethod
    def _failed(path: str, exc: BaseException) -> BundleError:
        if isinstance(exc, BundleError):
            return exc
        if isinstance(exc, PoeReviewerError):
            return BundleError(path, f"could not be imported ({exc})")
        # a bundle that breaks something unforeseen costs that bundle, not the queue
        return unforeseen(path, exc)

    def catch_up_reuse(self) -> dict[str, str]:
        """Run the queue-wide reuse check the queue still owes: claims imported since it last ran (an import
        killed midway included), and claims stored before fingerprints existed (rebuilt from their cached
        documents). Returns the new status by claim id."""
        for claim_id, revision_id in self.revisions_without_fingerprint():
            try:
                documents = self.load_documents(claim_id)
            except PoeReviewerError:
                continue  # neither cached nor readable again: it stays owed, and the next run tries again
            claim, _missing = self.recheck_inputs(claim_id)
            self.save_fingerprint(claim_id, revision_id, claim_fingerprint(claim, documents, self.policy).to_json())
        pending = self.pending_reuse()
        return self.refresh_reuse(pending) if pending else {}

    def import_bundle(self, path: str | Path, *, actor: str | None = None) -> ImportResult:
        """Import one bundle (raises :class:`BundleError` when it cannot be loaded)."""
        prepared = self.prepare_import(path)
        if not isinstance(prepared, Prepared):
            return prepared
        with prepared.bundle:
            return self.save_prepared(prepared, actor)

    def prepare_import(self, path: str | Path, jobs: int = 1) -> Prepared | ImportResult:
        """Read and check one bundle, ready to save (or its stored import when it is known): the part of an
        import that may run on another thread, its reading and checking (with ``jobs`` > 1) in one of the
        checking processes. The bundle stays open until it is saved or closed."""
        bundle = load_bundle(path, self.limits)
        try:
            known = self.stored_import(bundle.digest)
            if known is not None:
                bundle.close()
                return known
            ctx = ExtractContext()
            cached = self.prime_extraction(bundle, ctx)
            if jobs <= 1:
                checked = _checked(bundle, ctx, cached, self.policy)
            else:
                policy = None if self.policy is load_policy() else self.policy  # a process loads its own
                checked = in_process(read_and_check, str(path), self.limits, ctx, cached, policy)
                if checked.digest != bundle.digest:
                    raise BundleError(str(path), "changed while it was being imported; import it again")
            return Prepared(bundle, checked.report, checked.payloads, checked.fingerprint)
        except BaseException:
            bundle.close()
            raise

    def save_prepared(self, prepared: Prepared, actor: str | None = None) -> ImportResult:
        """Store a prepared import; the same bundle prepared twice in one run is stored once."""
        known = self.stored_import(prepared.bundle.digest)
        if known is not None:
            return known
        return self.save_import(prepared.bundle, prepared.report, prepared.payloads, actor, prepared.fingerprint)

    def _extract(self, bundle: Bundle) -> tuple[list[Document], dict[str, Document]]:
        """Documents of the bundle, from the cache where possible; also those newly extracted."""
        ctx = ExtractContext()
        cached = self.prime_extraction(bundle, ctx)
        documents = extract_bundle(bundle, ctx)
        return documents, _fresh(documents, cached)

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
            # what the new claims share with others, flagged or not: a run they share may have just become
            # boilerplate, and a flag that rested on it must be lifted
            affected.update(c for c in index.sharing(prints[claim_id][1]) if c in prints)
        results: list[tuple[str, int, CheckResult, Sequence[str]]] = []
        for claim_id in sorted(affected):
            revision_id, fp = prints[claim_id]
            found = index.check(fp)
            named = [f.other_claim for f in index.matches(fp) if f.other_claim]
            results.append((claim_id, revision_id, found, named))
        self.save_reuse_results(results, recommend, actor=actor)
        return {claim_id: found.status for claim_id, _, found, _ in results}

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
