"""The claim under review as every finder and check sees it, and where a verdict's evidence lies.

:class:`CheckContext` (the claim, its documents, the run's policy, the rest of the queue) and
:class:`Evidence` (a quote, on a page, in a box) belong below the checks: the findings (acknowledgements,
parties, dates) are found from the context and point at their evidence before any check judges them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from poe_reviewer.claim import Claim
from poe_reviewer.documents.model import BBox, Document, Hit

if TYPE_CHECKING:
    from poe_reviewer.policy import Policy

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
    #: What the finders found for this claim, found once and shared by every check (keyed by finder).
    findings: dict[str, object] = field(default_factory=dict, repr=False, compare=False)

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
