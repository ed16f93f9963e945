"""The contract of a check.

A check is a module in :mod:`poe_reviewer.checks` with one job. It exposes

* ``CHECK_ID``: the id from the spec's check table (section 3);
* ``run(ctx: CheckContext) -> CheckResult``: a pure function of the claim, its
  documents and the policy (and, for ``reused_evidence``, the queue index).

It must return a result for every claim: ``not_applicable`` where the rule does not
apply, ``warn`` with the reason where it cannot decide (never a silent pass), ``fail``
with a summary a reviewer could paste into a comment, ``pass`` with the evidence that
convinced it. ``reject=True`` on a failure marks it reject-class (the rule leaves the
partner nothing to fix); other failures are fixable and lead to Action Required.
An exception escaping ``run`` becomes status ``error`` for that check only.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from poe_reviewer.checks.facts import CheckFact
from poe_reviewer.claim import Claim
from poe_reviewer.documents.model import BBox, Document, Hit

if TYPE_CHECKING:
    from poe_reviewer.policy import Policy

Status = Literal["pass", "fail", "warn", "not_applicable", "error"]
STATUSES: tuple[Status, ...] = ("pass", "fail", "warn", "not_applicable", "error")

#: Roles whose documents are POE evidence (the customer's acknowledgement and the activities).
EVIDENCE_ROLES = ("poe", "supporting", "public_sector_disclosure")


@dataclass(frozen=True)
class Evidence:
    """Where a verdict comes from: a quote, on a page, in a box (PDF points, top-left origin)."""

    document: str
    quote: str
    page: int | None = None
    bbox: BBox | None = None

    @classmethod
    def from_hit(cls, hit: Hit, quote: str | None = None) -> Evidence:
        return cls(document=hit.document.path, quote=quote or hit.quote, page=hit.page, bbox=hit.bbox)

    @classmethod
    def of_document(cls, doc: Document, quote: str) -> Evidence:
        """Evidence about a whole document (no page, no box)."""
        return cls(document=doc.path, quote=quote)

    def to_json(self) -> dict[str, object]:
        return {
            "document": self.document,
            "page": self.page,
            "quote": self.quote,
            "bbox": list(self.bbox) if self.bbox is not None else None,
        }


def examined(documents: Iterable[Document], limit: int = 6) -> list[Evidence]:
    """Evidence for a verdict of absence ("nothing of the kind found"): the documents looked at,
    each quoted by its first line of text so the reviewer sees what was read."""
    out: list[Evidence] = []
    for doc in documents:
        if len(out) >= limit:
            break
        seg = next((s for s in doc.segments if s.text.strip() and s.label not in ("headers",)), None)
        if seg is None:
            continue
        first = next(line.strip() for line in seg.text.splitlines() if line.strip())
        start = seg.text.find(first)
        hit = Hit.from_match(doc, seg, start, start + len(first))
        out.append(Evidence.from_hit(hit, quote=first[:160]))
    return out


@dataclass(frozen=True)
class CheckResult:
    id: str
    status: Status
    summary: str
    evidence: tuple[Evidence, ...] = ()
    #: A failure the partner cannot fix by uploading better POE (leads to Reject).
    reject: bool = False
    #: What the verdict rests on, typed (checks/facts.py), for the parts of the program that need more
    #: than the prose; not part of the spec's report. None: never recorded (a result stored by an
    #: older version of the program, before schema 0004).
    facts: tuple[CheckFact, ...] | None = ()

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "status": self.status,
            "summary": self.summary,
            "evidence": [e.to_json() for e in self.evidence],
        }


def result(
    check_id: str,
    status: Status,
    summary: str,
    evidence: Sequence[Evidence] = (),
    *,
    reject: bool = False,
    facts: Sequence[CheckFact] = (),
) -> CheckResult:
    """Shorthand used by the checks; de-duplicates evidence, keeping order."""
    seen: set[tuple[object, ...]] = set()
    unique: list[Evidence] = []
    for e in evidence:
        key = (e.document, e.page, e.quote, e.bbox)
        if key not in seen:
            seen.add(key)
            unique.append(e)
    return CheckResult(check_id, status, summary, tuple(unique), reject=reject and status == "fail", facts=tuple(facts))


@dataclass
class CheckContext:
    """Everything a check may look at. Checks must not change it."""

    claim: Claim
    #: The bundle's top-level documents (children reachable through ``Document.children``).
    documents: list[Document]
    policy: Policy
    #: Index of the other claims of the queue (``--queue``), or None for a lone bundle.
    queue: QueueView | None = None
    #: Documents of the bundle that claim.json lists but that are missing.
    missing: list[str] = field(default_factory=list)

    def all_documents(self) -> Iterator[Document]:
        """Every document including attachments and embedded messages."""
        for d in self.documents:
            yield from d.walk()

    def by_role(self, *roles: str) -> list[Document]:
        """Top-level documents with one of ``roles``."""
        return [d for d in self.documents if d.role in roles]

    def evidence_documents(self) -> list[Document]:
        """POE documents and their children (supporting documents included), readable or not."""
        return [d for top in self.documents if top.role in EVIDENCE_ROLES for d in top.walk()]


class QueueView:
    """What a check may know about the rest of a queue (filled by the engine for ``--queue``)."""

    def __init__(self) -> None:
        self.entries: list[QueueEntry] = []
        #: Indexes built once per queue by the checks that need them (keyed by check id).
        self.indexes: dict[str, object] = {}

    def others(self, claim_id: str) -> list[QueueEntry]:
        return [e for e in self.entries if e.claim.claim_id != claim_id]


@dataclass
class QueueEntry:
    claim: Claim
    documents: list[Document]
    bundle: str
