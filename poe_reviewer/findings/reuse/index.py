"""The queue's index of POE text, signature images, files and invoices, built once per queue."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from poe_reviewer.claim import Claim, Party
from poe_reviewer.documents.model import Document, ImageInfo
from poe_reviewer.findings.context import CheckContext, Evidence, QueueEntry, QueueView
from poe_reviewer.findings.reuse.artefacts import invoice_key, signature_images
from poe_reviewer.findings.reuse.rules import PartyMasks, ReuseRules
from poe_reviewer.findings.reuse.specific import PairVerdict, document_figures, judge_pair
from poe_reviewer.findings.reuse.words import WordIds, doc_words, party_masks, shingles
from poe_reviewer.names import normalize_name

INDEX_KEY = "reused_evidence"


# -- the index --------------------------------------------------------------------------------------------
@dataclass
class ClaimRef:
    claim_id: str
    partner: Party
    customer: Party
    bundle: str
    partner_key: str
    claim: Claim | None  # None for a claim known by its fingerprint only
    #: when the claims system received the claim (None in fingerprints stored before it was kept)
    submitted_at: dt.datetime | None = None
    #: the claims this one was opened to follow up
    related: tuple[str, ...] = ()


@dataclass
class TextRef:
    claim: int
    doc: Document
    sampled: frozenset[int]
    #: its scope figures ("1200 devices"): what is specific to the claim
    figures: frozenset[str] = frozenset()


@dataclass
class _ImageRef:
    claim: int
    doc: Document
    image: ImageInfo
    bits: int | None


@dataclass
class _InvoiceRef:
    claim: int
    doc: Document
    number: str
    total: str
    evidence: Evidence


def party_key(party: Party) -> str:
    return normalize_name(party.name) or party.name.lower()


def same_party(a: Party, b: Party) -> bool:
    """The same organisation: same location or tenant id, same normalised name, or a shared domain."""
    if a.location_id and b.location_id and a.location_id == b.location_id:
        return True
    if a.tenant_id and b.tenant_id and a.tenant_id.lower() == b.tenant_id.lower():
        return True
    na, nb = normalize_name(a.name), normalize_name(b.name)
    if na and na == nb:
        return True
    return bool(set(a.domains) & set(b.domains))


def phash_bits(value: str | None) -> int | None:
    if not value:
        return None
    try:
        return int(value, 16)
    except ValueError:
        return None


class ReuseIndex:
    """Shingles, files, invoices and signature images of every claim of a queue."""

    def __init__(self, rules: ReuseRules) -> None:
        self.rules = rules
        self.claims: list[ClaimRef] = []
        self.texts: list[TextRef] = []
        self.text_by_doc: dict[int, int] = {}
        #: claim -> (document, scope figures) of its POE texts too short to compare
        self.short_figures: dict[int, list[tuple[Document, frozenset[str]]]] = {}
        self.postings: dict[int, int | list[int]] = {}
        self.files: dict[str, list[tuple[int, Document]]] = {}
        self.invoices: dict[tuple[str, str], list[_InvoiceRef]] = {}
        self.invoice_by_doc: dict[int, _InvoiceRef] = {}
        self.images: list[_ImageRef] = []
        self.image_by_sha: dict[str, list[int]] = {}
        self.image_blocks: dict[tuple[int, int], list[int]] = {}
        self.images_by_doc: dict[int, list[int]] = {}
        self.partners: set[str] = set()
        self._entries: set[int] = set()
        self._kept: list[QueueEntry] = []
        self._synced = 0
        self._last: QueueEntry | None = None
        #: how many indexed entries carry each claim id
        self.claim_ids: Counter[str] = Counter()
        self._common: dict[int, bool] = {}
        self._boiler: dict[int, bool] = {}
        self.figure_postings: dict[str, list[int]] = {}
        self._constant: frozenset[str] | None = None
        self._masks: dict[int, dict[str, list[tuple[tuple[str, ...], str]]]] = {}
        self.word_ids = WordIds()

    # -- building ----------------------------------------------------------------------------------
    def sync(self, queue: QueueView) -> None:
        """Index the queue's entries not indexed yet (entries are appended; anything else rescans)."""
        entries = queue.entries
        done = self._synced
        if done and len(entries) >= done and entries[done - 1] is self._last:
            fresh = entries[done:]
        else:
            fresh = [e for e in entries if id(e) not in self._entries]
        for entry in fresh:
            if id(entry) not in self._entries:
                self._entries.add(id(entry))
                self._kept.append(entry)  # keeps ids unique while indexed
                self.add(entry)
        self._synced = len(entries)
        self._last = entries[-1] if entries else None

    def add(self, entry: QueueEntry) -> None:
        claim = entry.claim
        ci = len(self.claims)
        key = party_key(claim.partner)
        ref = ClaimRef(claim.claim_id, claim.partner, claim.customer, entry.bundle, key, claim, claim.submitted_at,
                       self.rules.follow_up_of(claim))  # fmt: skip
        self.claims.append(ref)
        self.claim_ids[claim.claim_id] += 1
        self.partners.add(ref.partner_key)
        self._common.clear()
        self._boiler.clear()
        self._constant = None
        masks = party_masks(claim)
        self._masks[ci] = masks
        for top in entry.documents:
            self.files.setdefault(top.sha256, []).append((ci, top))
            for doc in top.walk():
                if doc is not top and doc.kind != "image":
                    self.files.setdefault(doc.sha256, []).append((ci, doc))
                if doc.role in self.rules.text_roles:
                    self._add_text(ci, doc, masks)
                    self._add_images(ci, doc)
                if doc.role in self.rules.invoice_roles:
                    self._add_invoice(ci, doc)

    def _add_text(self, ci: int, doc: Document, masks: PartyMasks) -> None:
        sampled = self.sample(doc, masks)
        if not sampled:
            if figures := self.figures(doc):  # too short to compare, not to bear out another text's figures
                self.short_figures.setdefault(ci, []).append((doc, figures))
            return
        ti = len(self.texts)
        figures = self.figures(doc)
        self.texts.append(TextRef(ci, doc, sampled, figures))
        self.text_by_doc[id(doc)] = ti
        for f in figures:
            self.figure_postings.setdefault(f, []).append(ti)
        postings = self.postings
        for h in sampled:
            cur = postings.get(h)
            if cur is None:
                postings[h] = ti
            elif isinstance(cur, int):
                postings[h] = [cur, ti]
            else:
                cur.append(ti)

    def sample(self, doc: Document, masks: PartyMasks) -> frozenset[int]:
        words = doc_words(doc, masks, self.rules)
        if len(words) < self.rules.min_words:
            return frozenset()
        if doc.kind == "json" or sum(s.text.count("<") for s in doc.segments) > self.rules.max_markup * len(words):
            return frozenset()  # machine data (e-invoice XML, JSON): its markup is the same everywhere
        mod = self.rules.modulus
        return frozenset(h for h in shingles(self.word_ids(words), self.rules.k) if h % mod == 0)

    def figures(self, doc: Document) -> frozenset[str]:
        return document_figures(doc, self.rules)

    def claim_figures(self, ci: int, but: Document) -> list[frozenset[str]]:
        """The scope figures of claim ``ci``'s other POE texts (not ``but``, nor another copy of its file)."""
        texts = [(t.doc, t.figures) for t in self.texts if t.claim == ci] + self.short_figures.get(ci, [])
        return [f for doc, f in texts if doc is not but and doc.sha256 != but.sha256]

    def _add_invoice(self, ci: int, doc: Document) -> None:
        found = invoice_key(doc, self.rules)
        if found is None:
            return
        number, total, ev = found
        ref = _InvoiceRef(ci, doc, number, total, ev)
        self.invoices.setdefault((number, total), []).append(ref)
        self.invoice_by_doc[id(doc)] = ref

    def _add_images(self, ci: int, doc: Document) -> None:
        for img in signature_images(doc, self.rules):
            ii = len(self.images)
            bits = phash_bits(img.phash)
            if not self._distinctive(bits):
                bits = None  # a blank or flat picture: its hash matches every other blank picture
            self.images.append(_ImageRef(ci, doc, img, bits))
            self.images_by_doc.setdefault(id(doc), []).append(ii)
            self.image_by_sha.setdefault(img.sha256, []).append(ii)
            if bits is not None:
                for key in self._blocks(bits):
                    self.image_blocks.setdefault(key, []).append(ii)

    def _distinctive(self, bits: int | None) -> bool:
        if bits is None:
            return False
        return self.rules.min_bits <= bin(bits).count("1") <= 64 - self.rules.min_bits

    def _blocks(self, bits: int) -> Iterator[tuple[int, int]]:
        # pigeonhole: two hashes within d bits agree exactly on at least one of d+1 blocks
        parts = self.rules.max_hamming + 1
        size = -(-64 // parts)
        for b in range(parts):
            yield b, (bits >> (b * size)) & ((1 << size) - 1)

    # -- asking ------------------------------------------------------------------------------------
    def common_threshold(self) -> int:
        return max(self.rules.common_partners, round(self.rules.common_partner_share * len(self.partners)))

    def is_common(self, h: int) -> bool:
        """A run used by the POE of many partners: template or boilerplate, not reuse."""
        posting = self.postings.get(h)
        if posting is None or isinstance(posting, int):
            return False
        limit = self.common_threshold()
        if len(posting) < limit:
            return False
        cached = self._common.get(h)
        if cached is None:
            partners = {self.claims[self.texts[t].claim].partner_key for t in posting}
            cached = len(partners) >= limit
            self._common[h] = cached
        return cached

    def is_boilerplate(self, h: int) -> bool:
        """A run on the POE of many different customers' claims: a template's words, not anyone's proof."""
        posting = self.postings.get(h)
        limit = self.rules.boilerplate_customers
        if posting is None or isinstance(posting, int) or len(posting) < limit:
            return False
        cached = self._boiler.get(h)
        if cached is None:
            customers = {party_key(self.claims[self.texts[t].claim].customer) for t in posting}
            cached = self._boiler[h] = len(customers) >= limit
        return cached

    def masks_for(self, ci: int) -> PartyMasks:
        return self._masks[ci]

    def constant_figures(self) -> frozenset[str]:
        """Figures found on the claims of many different customers: a template's constants."""
        if self._constant is None:
            limit = self.rules.boilerplate_customers
            self._constant = frozenset(
                f
                for f, posting in self.figure_postings.items()
                if len(posting) >= limit
                and len({party_key(self.claims[self.texts[t].claim].customer) for t in posting}) >= limit
            )
        return self._constant

    def text_matches(
        self, claim_id: str, sampled: frozenset[int], figures: frozenset[str] = frozenset()
    ) -> list[tuple[int, PairVerdict, int]]:
        """(other text, what the two share, this document's sampled runs outside boilerplate) for
        every text of another claim that shares claim-specific content with this one."""
        rules = self.rules
        counts: Counter[int] = Counter()
        effective = 0
        for h in sampled:
            if not self.is_common(h):
                effective += 1
            posting = self.postings.get(h)
            if posting is None:
                continue
            holders = (posting,) if isinstance(posting, int) else posting
            if len(holders) > rules.candidate_postings:
                continue  # everyone's boilerplate: it makes no pair
            for t in holders:
                if self.claims[self.texts[t].claim].claim_id != claim_id:
                    counts[t] += 1
        candidates = {t for t, n in counts.items() if n >= rules.min_shared}
        figure_counts: Counter[int] = Counter()
        for f in figures:
            for t in self.figure_postings.get(f, ()):
                if self.claims[self.texts[t].claim].claim_id != claim_id:
                    figure_counts[t] += 1
        candidates |= {t for t, n in figure_counts.items() if n >= rules.min_shared_figures}
        constant = self.constant_figures() if candidates else frozenset()
        found: list[tuple[int, PairVerdict, int]] = []
        for t in candidates:
            other = self.texts[t]
            verdict = judge_pair(
                sampled, other.sampled, figures, other.figures, rules,
                constant=constant, boilerplate=self.is_boilerplate,
            )  # fmt: skip
            if verdict is not None:
                found.append((t, verdict, effective))
        found.sort(key=lambda item: (-item[1].share, item[0]))
        return found

    def image_matches(self, claim_id: str, img: ImageInfo) -> list[int]:
        found: set[int] = set(self.image_by_sha.get(img.sha256, []))
        bits = phash_bits(img.phash)
        if bits is not None and self._distinctive(bits):
            for key in self._blocks(bits):
                for ii in self.image_blocks.get(key, []):
                    other = self.images[ii].bits
                    if other is not None and bin(other ^ bits).count("1") <= self.rules.max_hamming:
                        found.add(ii)
        matches = [ii for ii in found if self.claims[self.images[ii].claim].claim_id != claim_id]
        claims_with = {self.claims[self.images[ii].claim].claim_id for ii in found}
        if len(claims_with) > self.rules.common_claims:
            return []  # a logo or stamp on many claims
        return matches


def queue_index(ctx: CheckContext, rules: ReuseRules) -> ReuseIndex:
    assert ctx.queue is not None
    existing = ctx.queue.indexes.get(INDEX_KEY)
    if isinstance(existing, ReuseIndex) and existing.rules is rules:
        index = existing
    else:
        index = ReuseIndex(rules)
        ctx.queue.indexes[INDEX_KEY] = index
    index.sync(ctx.queue)
    return index
