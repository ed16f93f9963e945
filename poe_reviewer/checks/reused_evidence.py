"""Check ``reused_evidence``: does this claim's evidence also appear on another claim of the queue?

The seed counts "generic POE templates submitted on other partner claims" as insufficient
material; reviewers also meet the same invoice filed twice and one signature image pasted into
many POE documents. Three things are compared with every OTHER claim (another claim id) of the
queue:

* POE text that survives small edits, reformatting and a changed customer name: text is folded
  to words, numbers and the claim's own party names are masked, Microsoft's template lines
  (``resources/policy/reuse.toml``) and e-signature platforms' boilerplate pages (DocuSign's
  Certificate of Completion, Adobe's audit report, the e-signature disclosure, identical in
  every envelope) are removed, and overlapping runs of words ("shingles") are
  hashed. A sample of the hashes goes into an inverted index, so a claim is compared with the
  few claims sharing its runs, never with every claim. Runs found in the POE of many partners
  are boilerplate and do not count;
* invoices: the same file, or the same invoice number with the same total (same partner);
* signature images: the same picture (sha256) or a near copy (perceptual hash within a few
  bits), found with a multi-block index on the hash.

The index is built once per queue and kept in ``ctx.queue.indexes["reused_evidence"]``; claims
added to the queue later are indexed on the next call. Severity follows the policy
(``reuse.toml``): another partner's evidence and the same partner's evidence for another
customer are fixable failures by default (the seed calls reused templates insufficient
material), the same partner and customer on another claim is a warning.
"""

from __future__ import annotations

import re
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from poe_reviewer.checks.base import CheckContext, CheckResult, Evidence, QueueEntry, QueueView, examined, result
from poe_reviewer.claim import Claim, Party
from poe_reviewer.documents.model import Document, Hit, ImageInfo
from poe_reviewer.names import fold, mask_addresses, normalize_name, tokens

CHECK_ID = "reused_evidence"

Severity = Literal["reject", "fixable", "warn", "ignore"]
_SEVERITY_ORDER: dict[str, int] = {"reject": 3, "fixable": 2, "warn": 1, "ignore": 0}
_TOKEN = re.compile(r"[^\W_]+")
_SKIP_LABELS = ("headers", "filename")
#: The claim's own names to mask, by first word: (word sequence, placeholder), longest first.
_Masks = Mapping[str, list[tuple[tuple[str, ...], str]]]


# -- policy ------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Rules:
    seed: str
    rule: str
    other_partner: Severity
    same_partner_other_customer: Severity
    same_partner_same_customer: Severity
    image_same_customer: Severity
    k: int
    modulus: int
    min_words: int
    min_shared: int
    min_containment: float
    passage_shared: int
    min_passage_words: int
    common_partners: int
    common_partner_share: float
    text_roles: frozenset[str]
    max_markup: float
    #: folded template lines, by first word, longest first
    templates: dict[str, list[tuple[str, ...]]]
    #: where an e-signature platform's boilerplate (audit certificate, disclosure) starts on a page
    boilerplate: tuple[re.Pattern[str], ...]
    invoice_roles: frozenset[str]
    invoice_number: tuple[re.Pattern[str], ...]
    invoice_total: tuple[re.Pattern[str], ...]
    max_hamming: int
    signature_gap: float
    signature_labels: tuple[re.Pattern[str], ...]
    min_pixels: int
    min_bits: int
    common_claims: int


def _severity(value: Any, default: Severity) -> Severity:
    text = str(value or default)
    if text not in _SEVERITY_ORDER:
        return default
    return text  # type: ignore[return-value]  # checked against the known severities above


_CACHE: dict[int, tuple[Mapping[str, Any], _Rules]] = {}


def policy_rules(section: Mapping[str, Any]) -> _Rules:
    cached = _CACHE.get(id(section))
    if cached is not None and cached[0] is section:
        return cached[1]
    sev = section.get("severity", {})
    tx = section.get("text", {})
    inv = section.get("invoice", {})
    img = section.get("images", {})
    templates: dict[str, list[tuple[str, ...]]] = {}
    for line in tx.get("template_lines", []):
        seq = tuple(_fold_tokens(str(line)))
        if seq:
            templates.setdefault(seq[0], []).append(seq)
    for seqs in templates.values():
        seqs.sort(key=len, reverse=True)
    compiled = _Rules(
        seed=str(section.get("seed", "")),
        rule=str(section.get("rule", "")),
        other_partner=_severity(sev.get("other_partner"), "reject"),
        same_partner_other_customer=_severity(sev.get("same_partner_other_customer"), "fixable"),
        same_partner_same_customer=_severity(sev.get("same_partner_same_customer"), "warn"),
        image_same_customer=_severity(sev.get("image_same_customer"), "ignore"),
        k=max(2, int(tx.get("shingle_words", 5))),
        modulus=max(1, int(tx.get("sample_modulus", 4))),
        min_words=int(tx.get("min_words", 40)),
        min_shared=max(1, int(tx.get("min_shared", 6))),
        min_containment=float(tx.get("min_containment", 0.5)),
        passage_shared=int(tx.get("passage_shared", 25)),
        min_passage_words=int(tx.get("min_passage_words", 25)),
        common_partners=int(tx.get("common_partners", 5)),
        common_partner_share=float(tx.get("common_partner_share", 0.02)),
        text_roles=frozenset(str(r) for r in tx.get("roles", ["poe", "supporting", "public_sector_disclosure"])),
        max_markup=float(tx.get("max_markup_share", 0.2)),
        templates=templates,
        boilerplate=tuple(re.compile(str(p), re.IGNORECASE) for p in tx.get("esignature_boilerplate", [])),
        invoice_roles=frozenset(str(r) for r in inv.get("roles", ["invoice"])),
        invoice_number=tuple(re.compile(str(p), re.IGNORECASE) for p in inv.get("number", [])),
        invoice_total=tuple(re.compile(str(p), re.IGNORECASE) for p in inv.get("total", [])),
        max_hamming=int(img.get("max_hamming", 4)),
        signature_gap=float(img.get("signature_gap_points", 150)),
        signature_labels=tuple(re.compile(str(p), re.IGNORECASE) for p in img.get("signature_labels", [])),
        min_pixels=int(img.get("min_pixels", 40)),
        min_bits=int(img.get("min_bits", 4)),
        common_claims=int(img.get("common_claims", 10)),
    )
    _CACHE[id(section)] = (section, compiled)
    return compiled


# -- words ----------------------------------------------------------------------------------------------
# Chunks that may hold an e-mail address, a web address or a file name: names.mask_addresses run
# over a whole long page is slow, and none of those contain spaces, so only these chunks are masked.
_SUSPECT = re.compile(r"(?<!\S)[^\s.@:/]*[.@:/]\S*")
# A number standing alone: "1000 users" and "1200 users" are the same sentence.
_NUMBER = re.compile(r"(?<![^\W_])\d+(?![^\W_])")


def _mask(text: str) -> str:
    return _SUSPECT.sub(lambda m: mask_addresses(m.group()), text)


def _fold_text(text: str) -> str:
    """Folded (:func:`poe_reviewer.names.fold`), numbers as ``0`` (offsets are not kept)."""
    return _NUMBER.sub("0", fold(text))


def _fold_tokens(text: str) -> list[str]:
    return _TOKEN.findall(_fold_text(_mask(text)))


def _party_masks(claim: Claim) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """The claim's own names as word sequences to replace by a placeholder, by first word."""
    masks: dict[str, list[tuple[tuple[str, ...], str]]] = {}

    def add(seq: Sequence[str], placeholder: str) -> None:
        if seq:
            masks.setdefault(seq[0], []).append((tuple(seq), placeholder))

    for party, placeholder in ((claim.customer, "\x00customer"), (claim.partner, "\x00partner")):
        words = _fold_tokens(" ".join(tokens(party.name)))
        add(words, placeholder)
        if len(words) > 1 and len(words[0]) >= 4:
            add(words[:1], placeholder)  # "Northwind" for "Northwind Traders"
        if party.contact:
            add(_fold_tokens(party.contact.name), "\x00person")
    for seqs in masks.values():
        seqs.sort(key=lambda item: len(item[0]), reverse=True)
    return masks


def _normalize(words: list[str], masks: _Masks, templates: Mapping[str, list[tuple[str, ...]]]) -> set[int]:
    """Positions of ``words`` to drop (template lines, the tails of masked names).

    Masked names are replaced in place by their placeholder. Only positions whose word can
    start a template line or a name are looked at: most words are neither.
    """
    starts = masks.keys() | templates.keys()
    drop: set[int] = set()
    skip_to = 0
    for i in [i for i, w in enumerate(words) if w in starts]:
        if i < skip_to:
            continue
        w = words[i]
        matched = next((seq for seq in templates.get(w, ()) if tuple(words[i : i + len(seq)]) == seq), None)
        if matched is not None:
            drop.update(range(i, i + len(matched)))
            skip_to = i + len(matched)
            continue
        for seq, placeholder in masks.get(w, ()):
            if tuple(words[i : i + len(seq)]) == seq:
                words[i] = placeholder
                drop.update(range(i + 1, i + len(seq)))
                skip_to = i + len(seq)
                break
    return drop


@dataclass
class _Located:
    """A document's normalised words with where each stands (segment, start, end)."""

    words: list[str]
    spans: list[tuple[int, int, int]]
    segments: list[Any]


def compared_text(text: str, rules: _Rules) -> str:
    """The part of a page compared between claims: up to where e-signature boilerplate starts.

    A DocuSign Certificate of Completion, an Adobe Acrobat Sign audit report or the electronic
    record and signature disclosure is the same text in every envelope of that platform, whoever
    signed what: it is no POE text of anyone's, so it never counts as reuse.
    """
    cut = len(text)
    for rx in rules.boilerplate:
        m = rx.search(text, 0, cut)
        if m is not None:
            cut = m.start()
    return text[:cut]


def _located_words(doc: Document, masks: _Masks, rules: _Rules) -> _Located:
    """The same words as :func:`_doc_words`, with their places (slower; used to quote a passage)."""
    raw: list[str] = []
    spans: list[tuple[int, int, int]] = []
    segments = [s for s in doc.segments if s.text and s.label not in _SKIP_LABELS]
    for si, seg in enumerate(segments):
        for m in _TOKEN.finditer(_mask(compared_text(seg.text, rules))):
            for word in _TOKEN.findall(_fold_text(m.group())):
                raw.append(word)
                spans.append((si, m.start(), m.end()))
    drop = _normalize(raw, masks, rules.templates)
    kept = [i for i in range(len(raw)) if i not in drop]
    return _Located([raw[i] for i in kept], [spans[i] for i in kept], segments)


def _doc_words(doc: Document, masks: _Masks, rules: _Rules) -> list[str]:
    raw: list[str] = []
    for seg in doc.segments:
        if seg.text and seg.label not in _SKIP_LABELS:
            raw.extend(_fold_tokens(compared_text(seg.text, rules)))
    drop = _normalize(raw, masks, rules.templates)
    return [w for i, w in enumerate(raw) if i not in drop] if drop else raw


class _WordIds:
    """A stable number for each word, so that shingle hashes are the same in every run.

    Python's string hash changes from one process to the next; the same queue must give the
    same verdicts every time, so words are numbered by CRC-32 and runs of numbers hashed as
    tuples of ints (whose hash is fixed).
    """

    def __init__(self) -> None:
        self._ids: dict[str, int] = {}

    def __call__(self, words: Sequence[str]) -> list[int]:
        ids = self._ids
        out: list[int] = []
        append = out.append
        for w in words:
            n = ids.get(w)
            if n is None:
                n = ids[w] = zlib.crc32(w.encode("utf-8", "surrogatepass"))
            append(n)
        return out


def _shingles(ids: Sequence[int], k: int) -> list[int]:
    if len(ids) < k:
        return []
    return [hash(s) for s in zip(*(ids[j:] for j in range(k)), strict=False)]


# -- the index --------------------------------------------------------------------------------------------
@dataclass
class _ClaimRef:
    claim_id: str
    partner: Party
    customer: Party
    bundle: str
    partner_key: str
    claim: Claim | None  # None for a claim known by its fingerprint only


@dataclass
class _TextRef:
    claim: int
    doc: Document
    sampled: frozenset[int]


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


def _party_key(party: Party) -> str:
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


def _phash_bits(value: str | None) -> int | None:
    if not value:
        return None
    try:
        return int(value, 16)
    except ValueError:
        return None


class ReuseIndex:
    """Shingles, files, invoices and signature images of every claim of a queue."""

    def __init__(self, rules: _Rules) -> None:
        self.rules = rules
        self.claims: list[_ClaimRef] = []
        self.texts: list[_TextRef] = []
        self.text_by_doc: dict[int, int] = {}
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
        self._masks: dict[int, dict[str, list[tuple[tuple[str, ...], str]]]] = {}
        self.word_ids = _WordIds()

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
        ref = _ClaimRef(claim.claim_id, claim.partner, claim.customer, entry.bundle, _party_key(claim.partner), claim)
        self.claims.append(ref)
        self.claim_ids[claim.claim_id] += 1
        self.partners.add(ref.partner_key)
        self._common.clear()
        masks = _party_masks(claim)
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

    def _add_text(self, ci: int, doc: Document, masks: _Masks) -> None:
        sampled = self.sample(doc, masks)
        if not sampled:
            return
        ti = len(self.texts)
        self.texts.append(_TextRef(ci, doc, sampled))
        self.text_by_doc[id(doc)] = ti
        postings = self.postings
        for h in sampled:
            cur = postings.get(h)
            if cur is None:
                postings[h] = ti
            elif isinstance(cur, int):
                postings[h] = [cur, ti]
            else:
                cur.append(ti)

    def sample(self, doc: Document, masks: _Masks) -> frozenset[int]:
        words = _doc_words(doc, masks, self.rules)
        if len(words) < self.rules.min_words:
            return frozenset()
        if doc.kind == "json" or sum(s.text.count("<") for s in doc.segments) > self.rules.max_markup * len(words):
            return frozenset()  # machine data (e-invoice XML, JSON): its markup is the same everywhere
        mod = self.rules.modulus
        return frozenset(h for h in _shingles(self.word_ids(words), self.rules.k) if h % mod == 0)

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
            bits = _phash_bits(img.phash)
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

    def masks_for(self, ci: int) -> _Masks:
        return self._masks[ci]

    def text_matches(self, claim_id: str, sampled: frozenset[int]) -> list[tuple[int, int, int]]:
        """(other text, shared sampled runs, this document's effective runs) above the thresholds."""
        counts: Counter[int] = Counter()
        effective = 0
        for h in sampled:
            if self.is_common(h):
                continue
            effective += 1
            posting = self.postings.get(h)
            if posting is None:
                continue
            for t in (posting,) if isinstance(posting, int) else posting:
                if self.claims[self.texts[t].claim].claim_id != claim_id:
                    counts[t] += 1
        rules = self.rules
        found: list[tuple[int, int, int]] = []
        for t, shared in counts.items():
            if shared < rules.min_shared:
                continue
            other_eff = sum(1 for h in self.texts[t].sampled if not self.is_common(h)) or 1
            containment = max(shared / max(effective, 1), shared / other_eff)
            if containment >= rules.min_containment or shared >= rules.passage_shared:
                found.append((t, shared, effective))
        found.sort(key=lambda item: -item[1])
        return found

    def image_matches(self, claim_id: str, img: ImageInfo) -> list[int]:
        found: set[int] = set(self.image_by_sha.get(img.sha256, []))
        bits = _phash_bits(img.phash)
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


def _index(ctx: CheckContext, rules: _Rules) -> ReuseIndex:
    assert ctx.queue is not None
    existing = ctx.queue.indexes.get(CHECK_ID)
    if isinstance(existing, ReuseIndex) and existing.rules is rules:
        index = existing
    else:
        index = ReuseIndex(rules)
        ctx.queue.indexes[CHECK_ID] = index
    index.sync(ctx.queue)
    return index


# -- invoices and signature images -------------------------------------------------------------------------
def _amount(raw: str) -> str:
    """``1.234,50`` / ``1,234.50`` / ``1 234.50`` -> ``1234.50``."""
    s = raw.replace(" ", "").replace("\u00a0", "")
    last_dot, last_comma = s.rfind("."), s.rfind(",")
    decimal = max(last_dot, last_comma)
    if decimal >= 0 and len(s) - decimal - 1 == 2:
        whole, cents = s[:decimal], s[decimal + 1 :]
    else:
        whole, cents = s, "00"
    whole = re.sub(r"[.,]", "", whole) or "0"
    return f"{int(whole)}.{cents}"


def invoice_key(doc: Document, rules: _Rules) -> tuple[str, str, Evidence] | None:
    """(invoice number, total, evidence) of an invoice, when both can be read."""
    number_hit: Hit | None = None
    number = ""
    for rx in rules.invoice_number:
        for hit in doc.search(rx):
            m = rx.search(hit.segment.text, hit.start)
            value = m.group("value") if m else ""
            if any(c.isdigit() for c in value):
                number_hit, number = hit, value.upper().strip(".-/")
                break
        if number_hit:
            break
    if number_hit is None:
        return None
    totals: list[float] = []
    for rx in rules.invoice_total:
        for seg in doc.segments:
            for m in rx.finditer(seg.text):
                try:
                    totals.append(float(_amount(m.group("value"))))
                except ValueError:
                    continue
    if not totals:
        return None
    total = f"{max(totals):.2f}"
    return number, total, Evidence.from_hit(number_hit)


def _label_hits(doc: Document, rules: _Rules) -> list[Hit]:
    hits: list[Hit] = []
    for rx in rules.signature_labels:
        hits.extend(doc.search(rx))
    return hits


def signature_images(doc: Document, rules: _Rules) -> list[ImageInfo]:
    """Pictures of ``doc`` that may be signatures: image documents, scans, pictures near a signature label."""
    images = [i for i in doc.images if min(i.width, i.height) >= rules.min_pixels]
    if not images:
        return []
    if doc.kind == "image":
        return images
    if doc.kind != "pdf":
        return []  # pictures in Word files and e-mails are mostly logos: no geometry to tell them apart
    text_pages = {s.page for s in doc.segments if s.text.strip() and s.label != "ocr"}
    labels = [h for h in _label_hits(doc, rules) if h.bbox is not None]
    chosen: list[ImageInfo] = []
    for img in images:
        if img.page not in text_pages:
            chosen.append(img)  # a scanned page
            continue
        if img.bbox is None:
            continue
        for h in labels:
            if h.page != img.page or h.bbox is None:
                continue
            gap = max(img.bbox[1] - h.bbox[3], h.bbox[1] - img.bbox[3], 0.0)
            if gap <= rules.signature_gap:
                chosen.append(img)
                break
    return chosen


# -- findings ----------------------------------------------------------------------------------------------
@dataclass
class Finding:
    severity: Severity
    sentence: str
    evidence: list[Evidence] = field(default_factory=list)
    other_claim: str = ""


def _classify(this: Claim | ClaimFingerprint, other: _ClaimRef, rules: _Rules) -> tuple[Severity, str]:
    if not same_party(this.partner, other.partner):
        return rules.other_partner, "another partner's claim"
    if not same_party(this.customer, other.customer):
        return rules.same_partner_other_customer, "this partner's claim for another customer"
    return rules.same_partner_same_customer, "this partner's claim for the same customer"


def _claim_label(other: _ClaimRef) -> str:
    return f"claim {other.claim_id} ({other.customer.name}, partner {other.partner.name})"


def _passage(index: ReuseIndex, this_doc: Document, this_masks: _Masks, other: _TextRef) -> tuple[Hit | None, str, int]:
    """The longest run of words this document shares with the other one, located in this one,
    and its length in words."""
    rules = index.rules
    mine = _located_words(this_doc, this_masks, rules)
    theirs = _doc_words(other.doc, index.masks_for(other.claim), rules)
    their_set = set(_shingles(index.word_ids(theirs), rules.k))
    my_shingles = _shingles(index.word_ids(mine.words), rules.k)
    best_start, best_len, run_start, run_len = 0, 0, 0, 0
    for i, h in enumerate(my_shingles):
        if h in their_set:
            if run_len == 0:
                run_start = i
            run_len += 1
            if run_len > best_len:
                best_start, best_len = run_start, run_len
        else:
            run_len = 0
    if best_len == 0:
        return None, "", 0
    first = mine.spans[best_start]
    last_index = min(best_start + best_len - 1 + rules.k - 1, len(mine.spans) - 1)
    last = mine.spans[last_index]
    seg = mine.segments[first[0]]
    end = last[2] if last[0] == first[0] else len(seg.text)
    hit = Hit.from_match(this_doc, seg, first[1], end)
    return hit, hit.quote, best_len + rules.k - 1


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _where(doc: Document, page: int | None) -> str:
    return f"{doc.path} p.{page}" if page else doc.path


def _text_findings(ctx: CheckContext, index: ReuseIndex, docs: Sequence[Document]) -> list[Finding]:
    rules = index.rules
    claim = ctx.claim
    masks = _party_masks(claim)
    findings: list[Finding] = []
    seen_claims: set[tuple[str, str]] = set()
    for doc in docs:
        if doc.role not in rules.text_roles:
            continue
        ti = index.text_by_doc.get(id(doc))
        sampled = index.texts[ti].sampled if ti is not None else index.sample(doc, masks)
        if not sampled:
            continue
        for t, shared, effective in index.text_matches(claim.claim_id, sampled):
            other_text = index.texts[t]
            other = index.claims[other_text.claim]
            key = (doc.path, other.claim_id)
            if key in seen_claims:
                continue
            seen_claims.add(key)
            severity, whose = _classify(claim, other, rules)
            if severity == "ignore":
                continue
            hit, quote, run_words = _passage(index, doc, masks, other_text)
            if run_words < rules.min_passage_words:
                continue  # the same form filled in differently (an invoice layout), not copied text
            page = hit.page if hit else None
            share = min(100, round(100 * shared / max(effective, 1)))
            sentence = (
                f"The POE text of {_where(doc, page)} matches {_claim_label(other)}, {whose}: "
                f"'{_short(quote)}' (about {share}% of this document's text is in that claim's "
                f"{other_text.doc.path})"
            )
            ev = (
                Evidence.from_hit(hit, _short(quote, 240)) if hit is not None
                else Evidence.of_document(doc, f"text also in claim {other.claim_id}")
            )  # fmt: skip
            findings.append(Finding(severity, sentence, [ev], other.claim_id))
    return findings


def _file_findings(ctx: CheckContext, index: ReuseIndex, docs: Sequence[Document]) -> list[Finding]:
    rules = index.rules
    claim = ctx.claim
    findings: list[Finding] = []
    tops = {id(d) for d in ctx.documents}
    limit = index.common_threshold()
    for doc in docs:
        if id(doc) not in tops and doc.kind == "image":
            continue
        holders = index.files.get(doc.sha256, [])
        others = [(ci, d) for ci, d in holders if index.claims[ci].claim_id != claim.claim_id]
        if not others:
            continue
        if len({index.claims[ci].partner_key for ci, _ in holders}) >= limit:
            continue  # a file everyone uploads (a blank template)
        ci, other_doc = others[0]
        other = index.claims[ci]
        severity, whose = _classify(claim, other, rules)
        if doc.role in rules.invoice_roles and severity == "warn":
            severity = rules.same_partner_other_customer  # one invoice is never good for two claims
        if severity == "ignore":
            continue
        what = "invoice" if doc.role in rules.invoice_roles else "file"
        sentence = f"The {what} {doc.path} is the same file as {other_doc.path} of {_claim_label(other)}, {whose}"
        ev = Evidence.of_document(doc, f"same file as claim {other.claim_id}")
        findings.append(Finding(severity, sentence, [ev], other.claim_id))
    return findings


def _invoice_findings(ctx: CheckContext, index: ReuseIndex, docs: Sequence[Document]) -> list[Finding]:
    rules = index.rules
    claim = ctx.claim
    findings: list[Finding] = []
    for doc in docs:
        if doc.role not in rules.invoice_roles:
            continue
        ref = index.invoice_by_doc.get(id(doc))
        key_info = (ref.number, ref.total, ref.evidence) if ref else invoice_key(doc, rules)
        if key_info is None:
            continue
        number, total, ev = key_info
        for other_ref in index.invoices.get((number, total), []):
            other = index.claims[other_ref.claim]
            if other.claim_id == claim.claim_id or other_ref.doc.sha256 == doc.sha256:
                continue  # the same file is reported as such
            if not same_party(claim.partner, other.partner):
                continue  # invoice numbers and fixed amounts coincide between partners
            sentence = (
                f"Invoice {number} (total {total}) in {doc.path} is also filed on {_claim_label(other)} "
                f"({other_ref.doc.path})"
            )
            findings.append(Finding(rules.same_partner_other_customer, sentence, [ev], other.claim_id))
            break
    return findings


def _image_findings(ctx: CheckContext, index: ReuseIndex, docs: Sequence[Document]) -> list[Finding]:
    rules = index.rules
    claim = ctx.claim
    findings: list[Finding] = []
    seen: set[tuple[str, str]] = set()
    for doc in docs:
        if doc.role not in rules.text_roles:
            continue
        known = index.images_by_doc.get(id(doc))
        images = [index.images[i].image for i in known] if known is not None else signature_images(doc, rules)
        for img in images:
            for ii in index.image_matches(claim.claim_id, img):
                ref = index.images[ii]
                if ref.image.sha256 != img.sha256 and (_page_sized(doc, img) or _page_sized(ref.doc, ref.image)):
                    # Two scans of the same printed template look alike page for page: only the
                    # very same file counts for whole pages; near copies count for signature pictures.
                    continue
                other = index.claims[ref.claim]
                if (doc.path, other.claim_id) in seen:
                    continue
                if same_party(claim.customer, other.customer):
                    severity = rules.image_same_customer
                    whose = "a claim for the same customer"
                else:
                    severity, whose = _classify(claim, other, rules)
                if severity == "ignore":
                    continue
                seen.add((doc.path, other.claim_id))
                same = "the same picture" if ref.image.sha256 == img.sha256 else "a near copy of the picture"
                sentence = (
                    f"The signature image in {_where(doc, img.page)} is {same} in "
                    f"{_where(ref.doc, ref.image.page)} of {_claim_label(other)}, {whose}"
                )
                ev = Evidence(doc.path, f"image also in claim {other.claim_id}", page=img.page, bbox=img.bbox)
                findings.append(Finding(severity, sentence, [ev], other.claim_id))
    return findings


def _page_sized(doc: Document, img: ImageInfo) -> bool:
    """A picture that is a whole page (an image document, or a scan covering most of a PDF page)."""
    if doc.kind == "image":
        return True
    if img.bbox is None or img.page is None or not (0 < img.page <= len(doc.page_sizes)):
        return False
    width, height = doc.page_sizes[img.page - 1]
    x0, y0, x1, y1 = img.bbox
    return width > 0 and height > 0 and (x1 - x0) * (y1 - y0) >= 0.5 * width * height


def _all_docs(documents: Iterable[Document]) -> list[Document]:
    return [d for top in documents for d in top.walk()]


def run(ctx: CheckContext) -> CheckResult:
    if ctx.queue is None:
        return result(CHECK_ID, "not_applicable", "A lone bundle: reuse is looked for in a queue of claims.")
    rules = policy_rules(ctx.policy["reuse"])
    index = _index(ctx, rules)
    others = len(index.claim_ids) - (1 if index.claim_ids.get(ctx.claim.claim_id) else 0)
    if not others:
        return result(CHECK_ID, "not_applicable", "The queue holds no other claim to compare with.")
    docs = _all_docs(ctx.documents)
    findings = (
        _text_findings(ctx, index, docs)
        + _file_findings(ctx, index, docs)
        + _invoice_findings(ctx, index, docs)
        + _image_findings(ctx, index, docs)
    )
    findings = [f for f in findings if f.severity != "ignore"]
    compared = [d for d in docs if d.role in rules.text_roles]
    return _verdict(rules, findings, others, examined(compared), len(compared))


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


@dataclass
class ImagePrint:
    path: str
    page: int | None
    bbox: tuple[float, float, float, float] | None
    sha256: str
    phash: str | None
    page_sized: bool


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
                 "quotes": [[h, pg, list(bb) if bb else None, q] for h, (pg, bb, q) in t.quotes.items()]}
                for t in self.texts
            ],
            "images": [
                {"path": i.path, "page": i.page, "bbox": list(i.bbox) if i.bbox else None, "sha256": i.sha256,
                 "phash": i.phash, "page_sized": i.page_sized}
                for i in self.images
            ],
            "invoices": [
                {"path": v.path, "sha256": v.sha256, "number": v.number, "total": v.total,
                 "evidence": v.evidence.to_json()}
                for v in self.invoices
            ],
            "files": [list(f) for f in self.files],
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
                          {int(q[0]): (q[1], box(q[2]), str(q[3])) for q in t.get("quotes", [])})
                for t in data.get("texts", [])
            ],
            images=[
                ImagePrint(str(i["path"]), i.get("page"), box(i.get("bbox")), str(i["sha256"]), i.get("phash"),
                           bool(i.get("page_sized")))
                for i in data.get("images", [])
            ],
            invoices=[
                InvoicePrint(str(v["path"]), str(v["sha256"]), str(v["number"]), str(v["total"]),
                             evidence(v.get("evidence", {})))
                for v in data.get("invoices", [])
            ],
            files=[(str(f[0]), str(f[1]), str(f[2])) for f in data.get("files", [])],
        )  # fmt: skip


def _text_print(doc: Document, masks: _Masks, rules: _Rules, ids: _WordIds) -> TextPrint | None:
    words = _doc_words(doc, masks, rules)
    if len(words) < rules.min_words:
        return None
    if doc.kind == "json" or sum(s.text.count("<") for s in doc.segments) > rules.max_markup * len(words):
        return None
    located = _located_words(doc, masks, rules)
    shingles = _shingles(ids(located.words), rules.k)
    sampled = sorted({h for h in shingles if h % rules.modulus == 0})
    if not sampled:
        return None
    quotes: dict[int, tuple[int | None, tuple[float, float, float, float] | None, str]] = {}
    step = max(1, len(sampled) // _QUOTES)
    wanted = set(sampled[::step][:_QUOTES])
    for i, h in enumerate(shingles):
        if h not in wanted or h in quotes:
            continue
        first, last = located.spans[i], located.spans[min(i + rules.k - 1, len(located.spans) - 1)]
        seg = located.segments[first[0]]
        end = last[2] if last[0] == first[0] else len(seg.text)
        hit = Hit.from_match(doc, seg, first[1], end)
        quotes[h] = (hit.page, hit.bbox, _short(hit.quote, 120))
    return TextPrint(doc.path, sampled, quotes)


def fingerprint(claim: Claim, documents: Sequence[Document], policy: Mapping[str, Any]) -> ClaimFingerprint:
    """The claim's fingerprint, computed while its documents are in memory (at import)."""
    rules = policy_rules(policy["reuse"])
    masks = _party_masks(claim)
    ids = _WordIds()
    fp = ClaimFingerprint(claim.claim_id, claim.partner, claim.customer)
    for top in documents:
        fp.files.append((top.sha256, top.path, top.role))
        for doc in top.walk():
            if doc.error is not None:
                continue
            if doc is not top and doc.kind != "image":
                fp.files.append((doc.sha256, doc.path, doc.role))
            if doc.role in rules.text_roles:
                tp = _text_print(doc, masks, rules, ids)
                if tp is not None:
                    fp.texts.append(tp)
                for img in signature_images(doc, rules):
                    fp.images.append(
                        ImagePrint(doc.path, img.page, img.bbox, img.sha256, img.phash, _page_sized(doc, img))
                    )
            if doc.role in rules.invoice_roles:
                found = invoice_key(doc, rules)
                if found is not None:
                    fp.invoices.append(InvoicePrint(doc.path, doc.sha256, found[0], found[1], found[2]))
    return fp


class FingerprintIndex:
    """The reuse index of a stored queue, built from fingerprints: hashes and short passages only.

    It asks the same questions as :class:`ReuseIndex` (shared sampled runs above the containment
    thresholds, runs common to many partners ignored, same file, same invoice of one partner, same or
    near signature picture) without any document. The longest-shared-passage test of the in-memory
    check needs both texts, so here the quote is one of the stored passages the two texts share.
    """

    def __init__(self, rules: _Rules) -> None:
        self.rules = rules
        self.prints: list[ClaimFingerprint] = []
        self._keys: list[str] = []
        self._helper = ReuseIndex(rules)  # for the image blocks and the common-run threshold
        self.postings: dict[int, list[tuple[int, int]]] = {}
        self.files: dict[str, list[int]] = {}
        self.invoices: dict[tuple[str, str], list[tuple[int, InvoicePrint]]] = {}
        self.image_by_sha: dict[str, list[tuple[int, int]]] = {}
        self.image_blocks: dict[tuple[int, int], list[tuple[int, int]]] = {}

    @classmethod
    def for_policy(cls, policy: Mapping[str, Any]) -> FingerprintIndex:
        return cls(policy_rules(policy["reuse"]))

    def add(self, fp: ClaimFingerprint) -> None:
        ci = len(self.prints)
        self.prints.append(fp)
        self._keys.append(_party_key(fp.partner))
        self._helper.partners.add(self._keys[-1])
        for ti, t in enumerate(fp.texts):
            for h in t.sampled:
                self.postings.setdefault(h, []).append((ci, ti))
        for sha, _path, _role in fp.files:
            holders = self.files.setdefault(sha, [])
            if ci not in holders:
                holders.append(ci)
        for inv in fp.invoices:
            self.invoices.setdefault((inv.number, inv.total), []).append((ci, inv))
        for ii, img in enumerate(fp.images):
            self.image_by_sha.setdefault(img.sha256, []).append((ci, ii))
            bits = _phash_bits(img.phash)
            if self._helper._distinctive(bits):
                assert bits is not None
                for key in self._helper._blocks(bits):
                    self.image_blocks.setdefault(key, []).append((ci, ii))

    def _common(self, h: int) -> bool:
        posting = self.postings.get(h, [])
        limit = self._helper.common_threshold()
        return len(posting) >= limit and len({self._keys[ci] for ci, _ in posting}) >= limit

    def _other(self, fp: ClaimFingerprint) -> _ClaimRef:
        return _ClaimRef(fp.claim_id, fp.partner, fp.customer, "", _party_key(fp.partner), None)

    def matches(self, fp: ClaimFingerprint) -> list[Finding]:
        """What the ``reused_evidence`` check finds for ``fp`` against every other claim of the index."""
        rules = self.rules
        this = fp
        findings: list[Finding] = []
        for t in fp.texts:
            counts: Counter[tuple[int, int]] = Counter()
            effective = 0
            for h in t.sampled:
                if self._common(h):
                    continue
                effective += 1
                for ci, ti in self.postings.get(h, []):
                    if self.prints[ci].claim_id != fp.claim_id:
                        counts[(ci, ti)] += 1
            done: set[str] = set()
            for (ci, ti), shared in counts.most_common():
                other_fp = self.prints[ci]
                if shared < rules.min_shared or other_fp.claim_id in done:
                    continue
                other_text = other_fp.texts[ti]
                other_eff = sum(1 for h in other_text.sampled if not self._common(h)) or 1
                if max(shared / max(effective, 1), shared / other_eff) < rules.min_containment and (
                    shared < rules.passage_shared
                ):
                    continue
                done.add(other_fp.claim_id)
                other = self._other(other_fp)
                severity, whose = _classify(this, other, rules)
                if severity == "ignore":
                    continue
                theirs = set(other_text.sampled)
                quoted = next(((h, q) for h, q in t.quotes.items() if h in theirs), None)
                share = min(100, round(100 * shared / max(effective, 1)))
                if quoted is not None:
                    page, bbox, quote = quoted[1]
                    ev = Evidence(t.path, quote, page, bbox)
                    said = f"'{_short(quote)}' "
                else:
                    page, ev, said = None, Evidence(t.path, f"text also in claim {other.claim_id}"), ""
                where = f"{t.path} p.{page}" if page else t.path
                sentence = (
                    f"The POE text of {where} matches {_claim_label(other)}, {whose}: {said}(about {share}% of "
                    f"this document's text is in that claim's {other_text.path})"
                )
                findings.append(Finding(severity, sentence, [ev], other.claim_id))
        findings += self._file_findings(fp, this)
        findings += self._invoice_findings(fp, this)
        findings += self._image_findings(fp, this)
        return [f for f in findings if f.severity != "ignore"]

    def _file_findings(self, fp: ClaimFingerprint, this: ClaimFingerprint) -> list[Finding]:
        rules = self.rules
        findings: list[Finding] = []
        limit = self._helper.common_threshold()
        for sha, path, role in fp.files:
            holders = self.files.get(sha, [])
            others = [ci for ci in holders if self.prints[ci].claim_id != fp.claim_id]
            if not others or len({self._keys[ci] for ci in holders}) >= limit:
                continue
            other_fp = self.prints[others[0]]
            other = self._other(other_fp)
            severity, whose = _classify(this, other, rules)
            if role in rules.invoice_roles and severity == "warn":
                severity = rules.same_partner_other_customer
            if severity == "ignore":
                continue
            other_path = next(p for s, p, _ in other_fp.files if s == sha)
            what = "invoice" if role in rules.invoice_roles else "file"
            sentence = f"The {what} {path} is the same file as {other_path} of {_claim_label(other)}, {whose}"
            findings.append(Finding(severity, sentence, [Evidence(path, f"same file as claim {other.claim_id}")],
                                    other.claim_id))  # fmt: skip
        return findings

    def _invoice_findings(self, fp: ClaimFingerprint, this: ClaimFingerprint) -> list[Finding]:
        findings: list[Finding] = []
        for inv in fp.invoices:
            for ci, other_inv in self.invoices.get((inv.number, inv.total), []):
                other_fp = self.prints[ci]
                if other_fp.claim_id == fp.claim_id or other_inv.sha256 == inv.sha256:
                    continue
                if not same_party(fp.partner, other_fp.partner):
                    continue
                other = self._other(other_fp)
                sentence = (
                    f"Invoice {inv.number} (total {inv.total}) in {inv.path} is also filed on {_claim_label(other)} "
                    f"({other_inv.path})"
                )
                findings.append(Finding(self.rules.same_partner_other_customer, sentence, [inv.evidence],
                                        other.claim_id))  # fmt: skip
                break
        return findings

    def _image_findings(self, fp: ClaimFingerprint, this: ClaimFingerprint) -> list[Finding]:
        rules = self.rules
        findings: list[Finding] = []
        seen: set[tuple[str, str]] = set()
        for img in fp.images:
            found = set(self.image_by_sha.get(img.sha256, []))
            bits = _phash_bits(img.phash)
            if bits is not None and self._helper._distinctive(bits):
                for key in self._helper._blocks(bits):
                    for ci, ii in self.image_blocks.get(key, []):
                        other_bits = _phash_bits(self.prints[ci].images[ii].phash)
                        if other_bits is not None and bin(other_bits ^ bits).count("1") <= rules.max_hamming:
                            found.add((ci, ii))
            if len({self.prints[ci].claim_id for ci, _ in found}) > rules.common_claims:
                continue
            for ci, ii in sorted(found):
                other_fp = self.prints[ci]
                ref = other_fp.images[ii]
                if other_fp.claim_id == fp.claim_id or (img.path, other_fp.claim_id) in seen:
                    continue
                if ref.sha256 != img.sha256 and (img.page_sized or ref.page_sized):
                    continue
                other = self._other(other_fp)
                if same_party(fp.customer, other_fp.customer):
                    severity, whose = rules.image_same_customer, "a claim for the same customer"
                else:
                    severity, whose = _classify(this, other, rules)
                if severity == "ignore":
                    continue
                seen.add((img.path, other_fp.claim_id))
                same = "the same picture" if ref.sha256 == img.sha256 else "a near copy of the picture"
                here = f"{img.path} p.{img.page}" if img.page else img.path
                there = f"{ref.path} p.{ref.page}" if ref.page else ref.path
                sentence = f"The signature image in {here} is {same} in {there} of {_claim_label(other)}, {whose}"
                ev = Evidence(img.path, f"image also in claim {other.claim_id}", page=img.page, bbox=img.bbox)
                findings.append(Finding(severity, sentence, [ev], other.claim_id))
        return findings

    def check(self, fp: ClaimFingerprint) -> CheckResult:
        """The ``reused_evidence`` result of ``fp``'s claim in this queue."""
        others = len({p.claim_id for p in self.prints} - {fp.claim_id})
        if not others:
            return result(CHECK_ID, "not_applicable", "The queue holds no other claim to compare with.")
        return _verdict(self.rules, self.matches(fp), others, [Evidence(t.path, "POE text compared") for t in fp.texts],
                        len(fp.texts))  # fmt: skip


def _verdict(
    rules: _Rules, findings: list[Finding], others: int, examined_evidence: Sequence[Evidence], compared: int
) -> CheckResult:
    if not findings:
        return result(
            CHECK_ID,
            "pass",
            f"No POE text, signature image or invoice of this claim ({compared} POE document(s)) appears on "
            f"any of the {others} other claim(s) of the queue.",
            list(examined_evidence),
        )
    findings = sorted(findings, key=lambda f: -_SEVERITY_ORDER[f.severity])
    worst = findings[0].severity
    shown = "; ".join(f.sentence for f in findings[:4])
    if len(findings) > 4:
        shown += f"; and {len(findings) - 4} more"
    evidence = [e for f in findings for e in f.evidence]
    if worst == "warn":
        return result(
            CHECK_ID,
            "warn",
            f"{shown}. The same evidence on two claims of one partner and customer can be legitimate: "
            "make sure the claims do not cover the same workloads.",
            evidence,
        )
    cite = f'(seed, "{rules.seed}": "{rules.rule}")'
    if worst == "reject":
        tail = f"Evidence taken from another partner's claim cannot be fixed by the partner {cite}."
    else:
        tail = f"Ask the partner for POE that belongs to this claim and customer {cite}."
    return result(CHECK_ID, "fail", f"{shown}. {tail}", evidence, reject=worst == "reject")
