"""Opening a claim of the queue for review: its detail, history, documents and the bundle's files."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from poe_reviewer.application.queue import AuditEntry, ClaimDetail, QcItem, ReviewQueue
from poe_reviewer.application.returning import WhatChanged, compare_with_last_decision
from poe_reviewer.bundle import Bundle, load_bundle
from poe_reviewer.documents.model import Document
from poe_reviewer.errors import BundleError


@dataclass
class OpenedClaim:
    """A claim ready to show: its detail, history, documents, and the bundle's files on disk."""

    claim_id: str
    detail: ClaimDetail
    audit: list[AuditEntry]
    documents: list[Document]
    files: dict[str, Path]
    bundle: Bundle | None = None
    #: Why pages cannot be shown (bundle moved or changed), or None.
    problem: str | None = None
    #: A returning claim: what changed since the last decision (None for a claim not decided before).
    changes: WhatChanged | None = None
    started: float = field(default_factory=time.perf_counter)
    #: The claim's decision waits for second-level QC (None: it does not).
    qc: QcItem | None = None

    def close(self) -> None:
        if self.bundle is not None:
            self.bundle.close()
            self.bundle = None


def bundle_files(store: ReviewQueue, detail: ClaimDetail) -> tuple[Bundle | None, dict[str, Path], str | None]:
    """The bundle's files on disk, if the bundle is still where it was imported from and unchanged;
    else no files and the reason (the viewer then shows the text read at import)."""
    claim_id = detail.summary.claim_id
    source = Path(detail.revision.bundle_path)
    if not source.exists():
        why = f"The bundle of claim {claim_id} is no longer at {source}: pages cannot be shown"
        return None, {}, f"{why}; the text read at import is shown instead."
    try:
        bundle = load_bundle(source, store.limits)
    except BundleError as exc:
        return None, {}, f"The bundle of claim {claim_id} cannot be read again ({exc.reason})."
    if bundle.digest != detail.revision.bundle_sha256:
        bundle.close()
        why = f"The bundle at {source} has changed since claim {claim_id} was imported"
        return None, {}, f"{why}: its pages are not shown (they may not be what was checked). Import it again."
    return bundle, {f.path: f.disk_path for f in bundle.files}, None


def open_claim(store: ReviewQueue, claim_id: str) -> OpenedClaim:
    started = time.perf_counter()
    detail = store.get_claim(claim_id)
    audit = store.audit_trail(claim_id)
    documents = store.load_documents(claim_id)
    bundle, files, problem = bundle_files(store, detail)
    changes = compare_with_last_decision(store, claim_id, detail)
    qc = store.qc_item(claim_id) if detail.summary.qc_pending else None
    return OpenedClaim(claim_id, detail, audit, documents, files, bundle, problem, changes, started, qc)
