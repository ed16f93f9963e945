"""A claim's compact fingerprint, stored at import, so the stored queue is compared without its documents."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from poe_reviewer.claim import Claim, Party
from poe_reviewer.documents.model import Document, Hit
from poe_reviewer.findings.context import Evidence
from poe_reviewer.findings.reuse.artefacts import (
    invoice_key,
    names_customer,
    page_names,
    page_sized,
    shows_claim_id,
    signature_images,
)
from poe_reviewer.findings.reuse.rules import PartyMasks, ReuseRules, policy_rules
from poe_reviewer.findings.reuse.specific import document_figures
from poe_reviewer.findings.reuse.words import (
    WordIds,
    doc_words,
    located_words,
    names_partner,
    party_masks,
    shingles,
    shorten,
)
from poe_reviewer.findings.workloads import CatalogueEntry, claimed_entries, names_workload

# -- fingerprints: the check across a stored queue -------------------------------------------------------
# A stored queue cannot keep every claim's documents in memory. What the check compares is small:
# the sampled shingle hashes of each POE text, the signature pictures' hashes, the invoice keys and
# the file digests. A fingerprint keeps those, computed once at import, plus a few short passages
# (one per sampled run, at most _QUOTES a document) so that a finding can still quote the text.
_QUOTES = 24


@dataclass
class TextPrint:
    path: str
    sampled: list[int]
    #: sampled hash -> (page, bbox, the run's words as they stand in the document)
    quotes: dict[int, tuple[int | None, tuple[float, float, float, float] | None, str]]
    #: the text's scope figures ("1200 devices"); empty in fingerprints stored before they were kept
    figures: frozenset[str] = frozenset()
    #: whether the text names one of its claim's workloads (None in fingerprints stored before it was kept)
    names_work: bool | None = None
    #: whether the text names its claim's partner, by name or domain (None: stored before it was kept)
    names_partner: bool | None = None
    #: whether the text names its claim's customer, by name or domain (None: stored before it was kept)
    names_customer: bool | None = None


@dataclass
class ImagePrint:
    path: str
    page: int | None
    bbox: tuple[float, float, float, float] | None
    sha256: str
    phash: str | None
    page_sized: bool
    #: its page names the claim's customer (None in prints stored before this was kept)
    names_customer: bool | None = None


@dataclass
class InvoicePrint:
    path: str
    sha256: str
    number: str
    total: str
    evidence: Evidence


@dataclass
class ClaimFingerprint:
    """What ``reused_evidence`` needs of one claim revision: hashes and a few passages, no documents."""

    claim_id: str
    partner: Party
    customer: Party
    texts: list[TextPrint] = field(default_factory=list)
    images: list[ImagePrint] = field(default_factory=list)
    invoices: list[InvoicePrint] = field(default_factory=list)
    #: (sha256, path, role) of top-level files and non-image attachments
    files: list[tuple[str, str, str]] = field(default_factory=list)
    #: the claimed workloads (catalogue names); empty in fingerprints stored before they were kept
    workloads: tuple[str, ...] = ()
    #: invoice files that show this claim's ID (the claim an invoice belongs to holds its original)
    own_invoices: tuple[str, ...] = ()
    #: when the claims system received the claim (None in fingerprints stored before it was kept)
    submitted_at: dt.datetime | None = None
    #: path -> scope figures of POE texts too short to compare (a one-paragraph schedule): they bear out
    #: the figures of a shared text (see specific.corroborated)
    short_figures: dict[str, frozenset[str]] = field(default_factory=dict)
    #: the claims this one was opened to follow up (what they share is one engagement's evidence)
    related: tuple[str, ...] = ()

    def figures_besides(self, text: TextPrint) -> list[frozenset[str]]:
        """The scope figures of this claim's POE texts other than ``text``."""
        return [t.figures for t in self.texts if t.path != text.path] + [
            f for path, f in self.short_figures.items() if path != text.path
        ]

    def to_json(self) -> dict[str, Any]:
        def party(p: Party) -> dict[str, Any]:
            return {"name": p.name, "country": p.country, "domains": list(p.domains),
                    "location_id": p.location_id, "tenant_id": p.tenant_id}  # fmt: skip

        return {
            "claim_id": self.claim_id,
            "partner": party(self.partner),
            "customer": party(self.customer),
            "texts": [
                {"path": t.path, "sampled": t.sampled,
                 "quotes": [[h, pg, list(bb) if bb else None, q] for h, (pg, bb, q) in t.quotes.items()],
                 "figures": sorted(t.figures), "names_work": t.names_work, "names_partner": t.names_partner,
                 "names_customer": t.names_customer}
                for t in self.texts
            ],
            "images": [
                {"path": i.path, "page": i.page, "bbox": list(i.bbox) if i.bbox else None, "sha256": i.sha256,
                 "phash": i.phash, "page_sized": i.page_sized, "names_customer": i.names_customer}
                for i in self.images
            ],
            "invoices": [
                {"path": v.path, "sha256": v.sha256, "number": v.number, "total": v.total,
                 "evidence": v.evidence.to_json()}
                for v in self.invoices
            ],
            "files": [list(f) for f in self.files],
            "workloads": list(self.workloads),
            "own_invoices": list(self.own_invoices),
            "submitted_at": self.submitted_at.isoformat() if self.submitted_at else None,
            "short_figures": {path: sorted(f) for path, f in self.short_figures.items()},
            "related": list(self.related),
        }  # fmt: skip

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ClaimFingerprint:
        def party(d: Mapping[str, Any]) -> Party:
            return Party(name=str(d.get("name", "")), country=str(d.get("country", "")), contact=None,
                         domains=tuple(d.get("domains", ())), location_id=d.get("location_id"),
                         tenant_id=d.get("tenant_id"))  # fmt: skip

        def box(v: Any) -> tuple[float, float, float, float] | None:
            return (float(v[0]), float(v[1]), float(v[2]), float(v[3])) if v else None

        def evidence(d: Mapping[str, Any]) -> Evidence:
            return Evidence(str(d.get("document", "")), str(d.get("quote", "")), d.get("page"), box(d.get("bbox")))

        return cls(
            claim_id=str(data["claim_id"]),
            partner=party(data.get("partner", {})),
            customer=party(data.get("customer", {})),
            texts=[
                TextPrint(str(t["path"]), [int(h) for h in t["sampled"]],
                          {int(q[0]): (q[1], box(q[2]), str(q[3])) for q in t.get("quotes", [])},
                          frozenset(str(f) for f in t.get("figures", [])),
                          t.get("names_work") if isinstance(t.get("names_work"), bool) else None,
                          t.get("names_partner") if isinstance(t.get("names_partner"), bool) else None,
                          t.get("names_customer") if isinstance(t.get("names_customer"), bool) else None)
                for t in data.get("texts", [])
            ],
            images=[
                ImagePrint(str(i["path"]), i.get("page"), box(i.get("bbox")), str(i["sha256"]), i.get("phash"),
                           bool(i.get("page_sized")),
                           i.get("names_customer") if isinstance(i.get("names_customer"), bool) else None)
                for i in data.get("images", [])
            ],
            invoices=[
                InvoicePrint(str(v["path"]), str(v["sha256"]), str(v["number"]), str(v["total"]),
                             evidence(v.get("evidence", {})))
                for v in data.get("invoices", [])
            ],
            files=[(str(f[0]), str(f[1]), str(f[2])) for f in data.get("files", [])],
            workloads=tuple(str(w) for w in data.get("workloads", [])),
            own_invoices=tuple(str(p) for p in data.get("own_invoices", [])),
            submitted_at=_when(data.get("submitted_at")),
            short_figures={str(p): frozenset(str(f) for f in fs) for p, fs in data.get("short_figures", {}).items()},
            related=tuple(str(c) for c in data.get("related", [])),
        )  # fmt: skip


def _when(value: Any) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _text_print(
    doc: Document,
    masks: PartyMasks,
    rules: ReuseRules,
    ids: WordIds,
    work: Sequence[CatalogueEntry] = (),
    partner: Party | None = None,
    claim: Claim | None = None,
) -> TextPrint | None:
    words = doc_words(doc, masks, rules)
    if len(words) < rules.min_words:
        return None
    if doc.kind == "json" or sum(s.text.count("<") for s in doc.segments) > rules.max_markup * len(words):
        return None
    located = located_words(doc, masks, rules)
    hashes = shingles(ids(located.words), rules.k)
    sampled = sorted({h for h in hashes if h % rules.modulus == 0})
    if not sampled:
        return None
    quotes: dict[int, tuple[int | None, tuple[float, float, float, float] | None, str]] = {}
    step = max(1, len(sampled) // _QUOTES)
    wanted = set(sampled[::step][:_QUOTES])
    for i, h in enumerate(hashes):
        if h not in wanted or h in quotes:
            continue
        first, last = located.spans[i], located.spans[min(i + rules.k - 1, len(located.spans) - 1)]
        seg = located.segments[first[0]]
        end = last[2] if last[0] == first[0] else len(seg.text)
        hit = Hit.from_match(doc, seg, first[1], end)
        quotes[h] = (hit.page, hit.bbox, shorten(hit.quote, 120))
    named = names_partner(doc, partner.name, partner.domains) if partner is not None else None
    customer = names_customer(doc, claim, rules) if claim is not None else None
    return TextPrint(
        doc.path, sampled, quotes, document_figures(doc, rules), names_workload(doc, work), named, customer
    )


def fingerprint(claim: Claim, documents: Sequence[Document], policy: Mapping[str, Any]) -> ClaimFingerprint:
    """The claim's fingerprint, computed while its documents are in memory (at import)."""
    rules = policy_rules(policy["reuse"])
    masks = party_masks(claim)
    ids = WordIds()
    work = claimed_entries([w.name for w in claim.workloads], policy)
    fp = ClaimFingerprint(
        claim.claim_id, claim.partner, claim.customer, workloads=tuple(e.name for e in work),
        submitted_at=claim.submitted_at, related=rules.follow_up_of(claim),
    )  # fmt: skip
    for top in documents:
        fp.files.append((top.sha256, top.path, top.role))
        for doc in top.walk():
            if doc.error is not None:
                continue
            if doc is not top and doc.kind != "image":
                fp.files.append((doc.sha256, doc.path, doc.role))
            if doc.role in rules.text_roles:
                tp = _text_print(doc, masks, rules, ids, work, claim.partner, claim)
                if tp is not None:
                    fp.texts.append(tp)
                elif figures := document_figures(doc, rules):
                    fp.short_figures[doc.path] = figures
                for img in signature_images(doc, rules):
                    fp.images.append(
                        ImagePrint(doc.path, img.page, img.bbox, img.sha256, img.phash, page_sized(doc, img),
                                   page_names(doc, img.page, claim.customer.name, rules.generic_first_words))
                    )  # fmt: skip
            if doc.role in rules.invoice_roles:
                if shows_claim_id(doc, claim.claim_id):
                    fp.own_invoices = (*fp.own_invoices, doc.path)
                found = invoice_key(doc, rules)
                if found is not None:
                    fp.invoices.append(InvoicePrint(doc.path, doc.sha256, found[0], found[1], found[2]))
    return fp
